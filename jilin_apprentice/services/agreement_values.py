"""What an agreement says about one placement, read from the database as printable text.

The templates (domain/agreement_templates.py) hold the wording; this module supplies the facts
for their placeholders, the party blocks and the signature blocks (a minor's agreement has
the guardian's line, R-TPL-5 / R-CONSENT-1).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.agreement_templates import Template, chinese_number
from jilin_apprentice.domain.errors import NotFound
from jilin_apprentice.domain.money import yuan_or_blank
from jilin_apprentice.domain.validators import age_on
from jilin_apprentice.pdf.agreement_model import AgreementContent, Clause, Party, SignatureBlock
from jilin_apprentice.storage.models import (
    Coverage,
    Guardian,
    InsurancePolicy,
    Placement,
    SchoolProfile,
)

TITLES = {
    "post": "职业学校学生岗位实习三方协议",
    "cognitive": "职业学校学生认识实习协议",
    "apprenticeship": "学徒培养协议",
}
ADULT_AGE = 18  # LABOUR Art 58: 未成年工 are 16-17; a guardian signs for anyone under 18
KIND_OF_PLACEMENT = {"post": "post", "cognitive": "cognitive", "apprenticeship": "apprenticeship"}
UNIT = {"month": "月", "day": "日", "hour": "小时"}
METHOD = {
    "bank_to_student": "银行转账至学生本人账户",
    "cash_to_student": "以现金直接支付给学生本人",
    "third_party": "经第三方转付",
    "in_kind": "实物",
}
LODGING = {
    "unified": "由实习单位（或学校）统一安排住宿",
    "home": "学生在家居住",
    "outside": "学生经法定监护人书面同意并经学校备案后自行住宿",
}
POLICY_TYPE = {
    "internship_liability": "实习责任保险",
    "personal_accident": "人身意外伤害保险",
    "work_injury": "工伤保险",
}


ASSESSMENT = (  # R-EVAL-1: joint, process and result, never simply the employee standard
    "由甲方和乙方共同考核，过程考核与结果考核相结合，考核结果记入丙方学业评价，不简单套用员工标准"
)


@dataclass(frozen=True)
class AgreementFacts:
    """The values for the placeholders, the parties and who must sign."""

    kind: str
    values: dict[str, str]
    parties: tuple[Party, ...]
    signatures: tuple[SignatureBlock, ...]
    minor: bool
    start_year: int

    def fill_values(self) -> dict[str, str]:
        """What the template's placeholders get: these facts plus the fixed wording."""
        return {**self.values, "copies": chinese_number(3), "other_terms": "无"}

    def content(
        self,
        template: Template,
        clauses: tuple[Clause, ...],
        *,
        placement_id: int,
        number: str,
        version: int,
        signatures: tuple[SignatureBlock, ...] | None = None,
    ) -> AgreementContent:
        """The agreement as printed (and checksummed): generation and the reading copy's check
        that the record still gives the agreed text build it the same way."""
        return AgreementContent(
            kind=self.kind,
            title=template.title or TITLES.get(self.kind, ""),
            number=number,
            version=version,
            template_version=template.version,
            parties=self.parties,
            clauses=clauses,
            signatures=self.signatures if signatures is None else signatures,
            extra={"placement_id": str(placement_id)},
        )


def _d(day: dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def insurance_rows(session: Session, p: Placement) -> list:
    """The policies covering the placement (insurer, number, type, start, end, sum per person),
    in the order the agreement lists them; the Korean reading copy lists the same rows."""
    stmt = (
        select(
            InsurancePolicy.insurer,
            InsurancePolicy.policy_no,
            InsurancePolicy.type,
            Coverage.start_date,
            Coverage.end_date,
            InsurancePolicy.sum_insured_per_person_fen,
        )
        .join(Coverage, Coverage.policy_id == InsurancePolicy.id)
        .where(
            Coverage.student_id == p.student_id,
            Coverage.end_date >= p.start_date,
            Coverage.start_date <= p.end_date,
        )
        .order_by(InsurancePolicy.type, Coverage.start_date)
    )
    return list(session.execute(stmt))


def _insurance_text(session: Session, p: Placement) -> str:
    parts = []
    for insurer, number, kind, start, end, sum_fen in insurance_rows(session, p):
        kind_text = POLICY_TYPE.get(getattr(kind, "value", kind), str(kind))
        amount = f"，每人保险金额{yuan_or_blank(sum_fen)}元" if sum_fen else ""
        parts.append(f"{insurer}{kind_text}（保单号{number}，{_d(start)}至{_d(end)}{amount}）")
    return "；".join(parts)


def is_minor(birth: dt.date, start: dt.date) -> bool:
    """Under 18 on the start date: the guardian is a party too (R-TPL-5, R-CONSENT-1)."""
    return age_on(birth, start) < ADULT_AGE


def required_signers(minor: bool) -> tuple[str, ...]:
    return ("school", "enterprise", "student", *(("guardian",) if minor else ()))


def _premium_payer(session: Session, p: Placement) -> str:
    """Who pays the liability premium for this student's cover (never the student, R-INS-2)."""
    payer = session.scalar(
        select(InsurancePolicy.premium_payer)
        .join(Coverage, Coverage.policy_id == InsurancePolicy.id)
        .where(
            Coverage.student_id == p.student_id,
            Coverage.end_date >= p.start_date,
            Coverage.start_date <= p.end_date,
            InsurancePolicy.type == "internship_liability",
        )
        .limit(1)
    )
    code = getattr(payer, "value", payer)
    return {"enterprise": "乙方", "school": "甲方"}.get(code or "", "")


def _programme_text(p: Placement) -> str:
    app = p.apprenticeship
    if app is None:
        return ""
    programme = getattr(app.programme, "value", app.programme)
    level = {
        "intermediate": "中级工",
        "advanced": "高级工",
        "technician": "技师",
        "senior_technician": "高级技师",
    }.get(getattr(app.target_level, "value", "") or "", "")
    name = "现代学徒制（校企联合招生）" if programme == "school_joint" else "企业新型学徒制"
    major = p.student.school_class.major.name
    return f"{name}，{major}专业，培养目标{level or '按培养方案确定'}"


def load_agreement_facts(session: Session, placement_id: int, today: dt.date) -> AgreementFacts:
    p = session.get(Placement, placement_id)
    if p is None:
        raise NotFound("placement.not_found", id=placement_id)
    s, e, post = p.student, p.enterprise, p.post
    school = session.scalars(select(SchoolProfile).limit(1)).first()
    guardian = session.scalars(
        select(Guardian)
        .where(Guardian.student_id == s.id)
        .order_by(Guardian.is_primary.desc(), Guardian.id)
        .limit(1)
    ).first()
    minor = is_minor(s.birth_date, p.start_date)
    unit = getattr(p.pay_unit, "value", p.pay_unit)
    method = getattr(p.pay_method, "value", p.pay_method)
    hours = (p.hours_per_day_x10 or 0) / 10
    shift = f"{p.shift_start:%H:%M}—{p.shift_end:%H:%M}" if p.shift_start and p.shift_end else ""
    pay_text = (
        f"{yuan_or_blank(p.pay_amount_fen)}元/{UNIT.get(unit, unit)}"
        if p.pay_amount_fen is not None
        else ""
    )
    rest = {5: "每周六、周日", 6: "每周日"}.get(p.days_per_week or 0, "每周至少一天")
    hazards = [h for h in (post.hazards or "").split(",") if h]
    protection = (
        "乙方为丙方提供符合国家标准的劳动防护用品和安全防护设施，进行岗前安全教育培训；"
        f"实习岗位体力劳动强度为{['', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'][post.physical_intensity_level]}级"
        + ("，岗位存在的职业病危害因素已书面告知丙方" if hazards else "，不涉及高风险作业")
    )
    school_name = school.name if school else ""
    values = {
        "school_name": school_name,
        "school_uscc": (school.uscc or "") if school else "",
        "school_address": (school.address or "") if school else "",
        "school_contact": (school.contact_person or "") if school else "",
        "school_phone": (school.contact_phone or "") if school else "",
        "school_representative": (school.legal_representative or "") if school else "",
        "enterprise_name": e.name,
        "enterprise_uscc": e.uscc,
        "enterprise_address": e.address or "",
        "enterprise_contact": e.contact_person or "",
        "enterprise_phone": e.contact_phone or "",
        "enterprise_representative": e.legal_representative or "",
        "student_name": s.name,
        "student_id_number": s.id_number,
        "student_class": s.school_class.name,
        "student_major": s.school_class.major.name,
        "student_phone": s.phone or "",
        "guardian_name": guardian.name if guardian else "",
        "guardian_relationship": guardian.relationship_ if guardian else "",
        "guardian_phone": (guardian.phone or "") if guardian else "",
        "start_date": _d(p.start_date),
        "end_date": _d(p.end_date),
        "place": e.address or e.name,
        "post_title": post.title,
        "post_content": post.description or post.title,
        "hours_per_day": f"{hours:g}" if hours else "",
        "days_per_week": str(p.days_per_week or ""),
        "shift_time": shift,
        "pay_text": pay_text,
        "pay_method": METHOD.get(method, method),
        "pay_schedule": f"按月支付，乙方于每月{p.payday or 10}日前支付上月实习报酬"
        if p.pay_amount_fen is not None
        else "",
        "rest_days": rest,
        "protection_text": protection,
        "premium_payer": _premium_payer(session, p),
        "assessment_text": ASSESSMENT,
        "programme_text": _programme_text(p),
        "pay_amount": yuan_or_blank(p.pay_amount_fen),
        "lodging_text": LODGING.get(getattr(p.lodging, "value", p.lodging), ""),
        "insurance_text": _insurance_text(session, p),
        "mentor": p.enterprise_mentor.name if p.enterprise_mentor else "",
        "supervisor": p.school_supervisor.name if p.school_supervisor else "",
        "today": _d(today),
    }
    parties = [
        Party(
            "school",
            "甲方（学校）",
            (
                ("名称", school_name),
                ("统一社会信用代码", values["school_uscc"]),
                ("地址", values["school_address"]),
                ("联系人", values["school_contact"]),
                ("联系电话", values["school_phone"]),
            ),
        ),
        Party(
            "enterprise",
            "乙方（实习单位）",
            (
                ("名称", e.name),
                ("统一社会信用代码", e.uscc),
                ("地址", values["enterprise_address"]),
                ("联系人", values["enterprise_contact"]),
                ("联系电话", values["enterprise_phone"]),
            ),
        ),
        Party(
            "student",
            "丙方（学生）",
            (
                ("姓名", s.name),
                ("身份证号", s.id_number),
                ("班级", values["student_class"]),
                ("专业", values["student_major"]),
                ("联系电话", values["student_phone"]),
            ),
        ),
    ]
    blocks = [
        SignatureBlock("school", "甲方（盖章）"),
        SignatureBlock("enterprise", "乙方（盖章）"),
        SignatureBlock("student", "丙方（学生签字）"),
    ]
    if minor:
        parties.append(
            Party(
                "guardian",
                "丁方（法定监护人）",
                (
                    ("姓名", values["guardian_name"]),
                    ("与学生关系", values["guardian_relationship"]),
                    ("联系电话", values["guardian_phone"]),
                ),
            )
        )
        blocks.append(SignatureBlock("guardian", "丁方（法定监护人签字）"))
    kind = KIND_OF_PLACEMENT.get(getattr(p.type, "value", p.type), "post")
    return AgreementFacts(kind, values, tuple(parties), tuple(blocks), minor, p.start_date.year)
