"""The facts of an agreement worded in Korean, for the reading copy (issue 9).

agreement_values.py words the derived facts in Chinese (dates "2027年3月1日", "银行转账至学生
本人账户", the insurance line…); this module words the same record in Korean, placeholder for
placeholder. Names, addresses, enterprise, post and amounts stay as stored: only the wording
around them is translated. Party blocks are labelled in Korean with the Chinese label beside it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from jilin_apprentice.domain.masking import mask_id_number, mask_phone
from jilin_apprentice.domain.money import yuan_or_blank
from jilin_apprentice.pdf.agreement_model import Party
from jilin_apprentice.services.agreement_values import insurance_rows
from jilin_apprentice.storage.models import Placement

UNIT = {"month": "월", "day": "일", "hour": "시간"}
METHOD = {
    "bank_to_student": "학생 본인 계좌로 은행 이체",
    "cash_to_student": "학생 본인에게 현금으로 직접 지급",
    "third_party": "제3자를 통하여 전달 지급",
    "in_kind": "현물",
}
LODGING = {
    "unified": "실습기관(또는 학교)이 통일하여 숙소를 배정함",
    "home": "학생이 자택에서 거주함",
    "outside": "학생이 법정후견인의 서면 동의를 받고 학교에 등록한 후 스스로 숙소를 마련함",
}
POLICY_TYPE = {
    "internship_liability": "실습 책임보험",
    "personal_accident": "상해보험",
    "work_injury": "산재보험",
}
LEVEL = {
    "intermediate": "중급공(中级工)",
    "advanced": "고급공(高级工)",
    "technician": "기사(技师)",
    "senior_technician": "고급기사(高级技师)",
}
ASSESSMENT = (
    "갑과 을이 공동으로 평가하고, 과정 평가와 결과 평가를 결합하며, 평가 결과는 병의 학업 평가에 "
    "반영하고, 직원 기준을 그대로 적용하지 아니한다"
)
PARTY_TITLES = {
    "school": "갑(학교) 甲方（学校）",
    "enterprise": "을(실습기관) 乙方（实习单位）",
    "student": "병(학생) 丙方（学生）",
    "guardian": "정(법정후견인) 丁方（法定监护人）",
}
LABELS = {
    "名称": "명칭",
    "统一社会信用代码": "통일사회신용코드",
    "地址": "주소",
    "联系人": "담당자",
    "联系电话": "연락처",
    "姓名": "성명",
    "身份证号": "신분증 번호",
    "班级": "학급",
    "专业": "전공",
    "与学生关系": "학생과의 관계",
}
MASKED_LABELS = {"身份证号": mask_id_number, "联系电话": mask_phone}


def korean_date(day: dt.date | None) -> str:
    return f"{day.year}년 {day.month}월 {day.day}일" if day else ""


def _insurance_text(session: Session, p: Placement) -> str:
    parts = []
    for insurer, number, kind, start, end, sum_fen in insurance_rows(session, p):
        kind_text = POLICY_TYPE.get(getattr(kind, "value", kind), str(kind))
        amount = f", 1인당 보험금액 {yuan_or_blank(sum_fen)}위안" if sum_fen else ""
        parts.append(
            f"{insurer} {kind_text}(보험증권 번호 {number}, {korean_date(start)}부터 "
            f"{korean_date(end)}까지{amount})"
        )
    return "; ".join(parts)


def _programme_text(p: Placement) -> str:
    app = p.apprenticeship
    if app is None:
        return ""
    programme = getattr(app.programme, "value", app.programme)
    level = LEVEL.get(getattr(app.target_level, "value", "") or "", "양성 방안에 따라 정함")
    name = (
        "현대 도제제도(학교·기업 공동 모집)"
        if programme == "school_joint"
        else "기업 신형 도제제도(企业新型学徒制)"
    )
    return f"{name}, {p.student.school_class.major.name} 전공, 양성 목표 {level}"


def korean_values(session: Session, placement_id: int, chinese: dict[str, str]) -> dict[str, str]:
    """The Chinese values with every derived wording replaced by its Korean reading."""
    p = session.get(Placement, placement_id)
    assert p is not None  # the caller has loaded the Chinese facts of this placement
    unit = getattr(p.pay_unit, "value", p.pay_unit)
    method = getattr(p.pay_method, "value", p.pay_method)
    hazards = [h for h in (p.post.hazards or "").split(",") if h]
    level = ["", "Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"][p.post.physical_intensity_level]
    protection = (
        "을은 병에게 국가 표준에 맞는 노동보호용품과 안전방호시설을 제공하고 직무 배치 전 "
        f"안전교육훈련을 실시한다. 실습 직무의 육체노동 강도는 {level}급이며, "
        + (
            "직무에 존재하는 직업병 위해 요인은 병에게 서면으로 고지하였다"
            if hazards
            else "고위험 작업은 포함되지 않는다"
        )
    )
    paid = p.pay_amount_fen is not None
    payer = {"乙方": "을", "甲方": "갑"}.get(chinese.get("premium_payer", ""), "")
    return {
        **chinese,
        "start_date": korean_date(p.start_date),
        "end_date": korean_date(p.end_date),
        "today": "",
        "pay_text": f"{yuan_or_blank(p.pay_amount_fen)}위안/{UNIT.get(unit, unit)}" if paid else "",
        "pay_method": METHOD.get(method, method),
        "pay_schedule": f"매월 지급하며, 을은 매월 {p.payday or 10}일 전에 전월 실습 보수를 "
        "지급한다"
        if paid
        else "",
        "rest_days": {5: "매주 토요일·일요일", 6: "매주 일요일"}.get(
            p.days_per_week or 0, "매주 최소 1일"
        ),
        "protection_text": protection,
        "premium_payer": payer,
        "assessment_text": ASSESSMENT,
        "programme_text": _programme_text(p),
        "lodging_text": LODGING.get(getattr(p.lodging, "value", p.lodging), ""),
        "insurance_text": _insurance_text(session, p),
        "copies": "3",
        "other_terms": "없음",
    }


def korean_parties(parties: tuple[Party, ...], masked: bool) -> tuple[Party, ...]:
    """The party blocks with Korean labels ("성명(姓名)"); values as stored, the ID number and
    phones masked unless the caller may and asks to see them (the copy leaves the office)."""
    out = []
    for party in parties:
        lines = []
        for label, value in party.lines:
            shown = MASKED_LABELS[label](value) if masked and label in MASKED_LABELS else value
            lines.append((f"{LABELS.get(label, label)}({label})", shown))
        out.append(Party(party.role, PARTY_TITLES.get(party.role, party.title), tuple(lines)))
    return tuple(out)
