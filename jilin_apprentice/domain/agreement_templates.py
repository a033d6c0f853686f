"""Default clause texts of the agreements and the informed-consent form, as plain data.

Why data and not code: the school edits the wording in the app (R-TPL-2), the services store each
version as JSON (`to_json`/`from_json`), and a placement's agreement records the version it used.
The texts follow the order of rulebook §2.3 (= REG-2021 Art 15) and cover its nine items (R-AGR-2);
nothing in them allows fees, deposits, document retention, overtime or night shifts (R-AGR-3).
Values come from the placement record through `{name}` placeholders (R-TPL-3); `fill` refuses to
produce clauses while a required value is missing, so no agreement is printed with gaps (R-TPL-1).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from jilin_apprentice.domain.errors import DomainError

# REG-2021 Art 15 para 2: the minimum contents of the agreement, in the order of the article.
ART15_ITEMS: dict[int, str] = {
    1: "各方基本信息",
    2: "实习的时间、地点、内容、要求与条件保障",
    3: "实习期间的食宿、工作时间和休息休假安排",
    4: "实习报酬及支付方式",
    5: "实习期间劳动保护和劳动安全、卫生、职业病危害防护条件",
    6: "责任保险与伤亡事故处理办法",
    7: "实习考核方式",
    8: "各方违约责任",
    9: "三方认为应当明确约定的其他事项",
}

KINDS = ("cognitive", "post", "apprenticeship", "consent")
# Which Art 15 items each document must cover: 认识实习 has no pay regime (R-TYPE-2); the consent
# form is not the agreement (R-CONSENT-1) and has its own contents.
REQUIRED_ITEMS: dict[str, frozenset[int]] = {
    "cognitive": frozenset(ART15_ITEMS) - {4},
    "post": frozenset(ART15_ITEMS),
    "apprenticeship": frozenset(ART15_ITEMS),
    "consent": frozenset(),
}

# Placeholders a template may leave unfilled, with the text used then. A paragraph whose optional
# placeholders are all empty is left out (e.g. no agreed split of liability beyond the cover).
OPTIONAL_PLACEHOLDERS: dict[str, str] = {
    "other_terms": "无",
    "copies": "三",
    "shift_time": "",
    "excess_liability_text": "",
}

_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_CN_DIGITS = "零一二三四五六七八九"


@dataclass(frozen=True)
class Clause:
    """One numbered section as printed (re-exported by pdf.agreement_model, which the renderer and
    the services use; defined here because the domain may not import the pdf layer)."""

    heading: str  # "第三条 实习期间的食宿、工作时间和休息休假安排"; "" for the preamble
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class ClauseTemplate:
    """One clause before filling; `covers` lists the Art 15 items it satisfies (R-TPL-1)."""

    heading: str
    paragraphs: tuple[str, ...]
    covers: tuple[int, ...] = ()
    numbered: bool = True  # False: the preamble, printed without a number


@dataclass(frozen=True)
class Template:
    """A versioned document template; `numbering` is "article" (第一条) or "list" (一、)."""

    kind: str
    version: int
    title: str
    clauses: tuple[ClauseTemplate, ...]
    numbering: str = "article"


class MissingPlaceholders(DomainError):
    """Required values are missing: the services show it as "missing mandatory fields"."""

    def __init__(self, kind: str, version: int, fields: list[str]) -> None:
        super().__init__("agreement.missing_fields", kind=kind, version=version, fields=fields)
        self.fields = fields

    def __str__(self) -> str:
        return f"template {self.params['kind']} v{self.params['version']} is missing: " + (
            ", ".join(self.fields)
        )


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 13 -> 十三, 21 -> 二十一 (clause numbers and copies, up to 99)."""
    if not 0 < n < 100:
        raise ValueError(f"clause number out of range: {n}")
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones else "")


def placeholders(template: Template) -> frozenset[str]:
    """Every placeholder name used in the template's headings and paragraphs."""
    texts = [t for c in template.clauses for t in (c.heading, *c.paragraphs)]
    return frozenset(m for text in texts for m in _PLACEHOLDER.findall(text))


def required_placeholders(template: Template) -> tuple[str, ...]:
    """The values the services must supply for this template, sorted."""
    return tuple(sorted(placeholders(template) - OPTIONAL_PLACEHOLDERS.keys()))


def missing_items(template: Template) -> tuple[int, ...]:
    """Art 15 items the template's kind needs but no clause covers (checks edited templates)."""
    covered = {item for c in template.clauses for item in c.covers}
    return tuple(sorted(REQUIRED_ITEMS.get(template.kind, frozenset()) - covered))


def fill(template: Template, values: Mapping[str, str]) -> tuple[Clause, ...]:
    """Substitute the placeholders and number the clauses; pure.

    Raises MissingPlaceholders naming every required placeholder that is absent or blank, so one
    message lists all gaps. Keys not used by the template are ignored.
    """
    needed = required_placeholders(template)
    missing = [name for name in needed if not str(values.get(name, "")).strip()]
    if missing:
        raise MissingPlaceholders(template.kind, template.version, missing)

    def value(name: str) -> str:
        given = str(values.get(name, "")).strip()
        return given or OPTIONAL_PLACEHOLDERS.get(name, "")

    def substitute(text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: value(m.group(1)), text)

    clauses, number = [], 0
    for clause in template.clauses:
        paragraphs = []
        for text in clause.paragraphs:
            optional = [n for n in _PLACEHOLDER.findall(text) if n in OPTIONAL_PLACEHOLDERS]
            if optional and not any(value(n) for n in optional):
                continue
            paragraphs.append(substitute(text))
        heading = substitute(clause.heading)
        if clause.numbered:
            number += 1
            cn = chinese_number(number)
            heading = (
                f"第{cn}条 {heading}" if template.numbering == "article" else f"{cn}、{heading}"
            )
        clauses.append(Clause(heading=heading, paragraphs=tuple(paragraphs)))
    return tuple(clauses)


def to_json(template: Template) -> str:
    """The template as JSON (stored as clauses_json in the agreement_template table)."""
    return json.dumps(asdict(template), ensure_ascii=False, indent=1)


def from_json(text: str) -> Template:
    """Read a template written by `to_json` (possibly edited by the school).

    Raises DomainError("agreement.template_invalid", reason=...) for anything malformed, so a
    damaged row never reaches the renderer.
    """
    try:
        data = json.loads(text)
        clauses = tuple(
            ClauseTemplate(
                heading=_text(c["heading"]),
                paragraphs=tuple(_text(p) for p in c["paragraphs"]),
                covers=tuple(int(i) for i in c.get("covers", ())),
                numbered=bool(c.get("numbered", True)),
            )
            for c in data["clauses"]
        )
        template = Template(
            kind=_text(data["kind"]),
            version=int(data["version"]),
            title=_text(data["title"]),
            clauses=clauses,
            numbering=_text(data.get("numbering", "article")),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DomainError("agreement.template_invalid", reason=str(exc)) from exc
    if template.kind not in KINDS or template.numbering not in ("article", "list"):
        raise DomainError("agreement.template_invalid", reason=f"kind {template.kind!r}")
    return template


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


# ---------------------------------------------------------------------------- clause texts


def _c(heading: str, covers: tuple[int, ...], *paragraphs: str) -> ClauseTemplate:
    return ClauseTemplate(heading, paragraphs, covers)


_LAW_BASIS = (
    "《中华人民共和国职业教育法》《中华人民共和国劳动法》《中华人民共和国安全生产法》"
    "《中华人民共和国未成年人保护法》《中华人民共和国民法典》《职业学校学生实习管理规定》"
)
_PARTIES = _c(
    "各方基本信息",
    (1,),
    "（一）各方的名称、住所、联系方式等基本信息以本协议首部各方信息栏所载为准。"
    "丙方未满十八周岁的，一并载明其法定监护人（或家长）的基本信息。",
    "（二）各方保证所提供的信息真实、准确、完整；信息发生变化的，应当及时书面告知其他各方。",
    "（三）各方因履行本协议知悉的个人信息，仅用于实习管理，应当依法予以保护，"
    "不得泄露或者非法向他人提供。",
)
_LODGING = _c(
    ART15_ITEMS[3],
    (3,),
    "（一）食宿安排：{lodging_text}。丙方申请在统一安排的住宿以外居住的，须经其法定监护人"
    "（或家长）签字同意，由甲方备案后方可办理。",
    "（二）工作时间：丙方每日实习{hours_per_day}小时，每周实习{days_per_week}天，"
    "休息日为{rest_days}。乙方应当遵守国家关于工作时间和休息休假的规定。",
    "（三）乙方不得安排丙方加班和上夜班，不得安排丙方在休息日、法定节假日实习。",
    "（四）丙方因病、因事需要请假的，按照甲乙双方共同制定的请假制度办理，经乙方实习指导人员"
    "和甲方实习指导教师同意后方可离岗；情况紧急的，可以先行口头请假，事后补办手续。",
    "（五）作息时间：{shift_time}。",
)
_PAY = _c(
    ART15_ITEMS[4],
    (4,),
    "（一）实习报酬：{pay_text}。实习报酬参照乙方相同岗位的报酬标准和丙方的工作量、工作强度、"
    "工作时间等因素合理确定；丙方能够相对独立参与实际工作的，其实习报酬原则上不低于乙方"
    "相同岗位工资标准的80%或者最低档工资标准。",
    "（二）支付方式：{pay_method}。乙方应当以货币形式及时、足额、直接支付给丙方本人，"
    "支付周期原则上不超过1个月，不得以物品或者代金券等代替，不得通过第三方转发。",
    "（三）支付时间：{pay_schedule}。",
    "（四）任何一方不得从丙方实习报酬中提取提成或者抵扣保险费、管理费等任何费用。",
)
_SAFETY = _c(
    "劳动保护和劳动安全、卫生、职业病危害防护条件",
    (5,),
    "（一）乙方应当为丙方提供符合国家规定的劳动安全、卫生条件和必要的劳动防护用品："
    "{protection_text}。",
    "（二）乙方应当在丙方上岗前对其进行安全生产教育培训并组织考核；未经教育培训或者未通过"
    "考核的，不得安排丙方参加实习。甲方应当在实习前对丙方进行安全教育。",
    "（三）乙方不得安排丙方从事高空、井下、放射性、有毒、易燃易爆以及其他具有较高安全风险的"
    "实习，不得安排丙方从事Ⅲ级强度及以上体力劳动或者其他有害身心健康的实习；丙方为未成年人"
    "的，不得安排其从事《未成年工特殊保护规定》中禁忌从事的劳动；丙方为女性的，不得安排其"
    "从事女职工禁忌从事的劳动。",
    "（四）实习岗位存在职业病危害因素的，乙方应当如实告知丙方，采取有效防护措施，"
    "并依法组织职业健康检查。",
    "（五）丙方应当遵守乙方的安全生产规章制度和操作规程，正确佩戴和使用劳动防护用品，"
    "发现事故隐患或者其他不安全因素时立即报告。",
)
_INSURANCE = _c(
    ART15_ITEMS[6],
    (6,),
    "（一）实习责任保险：{insurance_text}。保险期间应当覆盖本协议约定的实习期间。",
    "（二）保险费由{premium_payer}承担，不得向丙方另行收取或者从丙方实习报酬中抵扣。"
    "鼓励乙方为丙方购买意外伤害保险。",
    "（三）丙方在实习期间发生人身伤害事故的，乙方应当立即组织救治，并及时通知甲方和丙方的"
    "法定监护人（或家长）；甲方和乙方应当妥善做好善后工作，依照保险合同及时办理理赔。",
    "（四）丙方在实习期间受到人身伤害，属于实习责任保险赔付范围的，由承保保险公司按照保险"
    "合同赔付；不属于保险赔付范围或者超出保险赔付额度的部分，由乙方、甲方和丙方依法承担"
    "相应责任。",
    "（五）各方另行约定：{excess_liability_text}。该约定不减轻任何一方依法应当承担的责任。",
)
_ASSESSMENT = _c(
    ART15_ITEMS[7],
    (7,),
    "（一）甲方和乙方共同制定实习考核办法和标准，过程考核与结果考核相结合，共同实施考核。"
    "考核方式：{assessment_text}。",
    "（二）不得简单套用乙方考勤制度，不得对丙方简单套用员工标准进行考核。",
    "（三）考核结果记入丙方学业成绩，作为丙方毕业的重要依据。丙方应当撰写实习日志，"
    "并在实习结束时提交实习报告。",
)
_DUTIES = _c(
    "各方的权利和义务",
    (),
    "（一）甲方会同乙方制订实习方案，组织实习前培训，指派实习指导教师全程指导、共同管理"
    "丙方实习，做好实习材料的立卷归档。",
    "（二）乙方为丙方提供与所学专业对口或者相近的实习岗位和必要的实习条件，指定专门人员"
    "指导丙方，依照本协议支付实习报酬，保障丙方休息休假和人身安全。",
    "（三）丙方遵守法律法规和甲乙双方的规章制度，服从实习安排和管理，完成实习任务；"
    "依法享有获得实习报酬、休息休假、劳动安全卫生保护和实习责任保险保障等权利。",
    "（四）甲方和乙方不得向丙方收取实习押金、培训费、实习报酬提成、管理费、实习材料费、"
    "就业服务费或者其他形式的实习费用，不得扣押丙方的学生证、居民身份证或者其他证件，"
    "不得要求丙方提供担保或者以其他名义收取丙方财物，不得通过中介机构或者有偿代理组织、"
    "安排和管理实习。",
)
_CHANGE = _c(
    "协议的变更与解除",
    (),
    "（一）乙方需要调整丙方实习岗位、实习地点或者实习内容的，应当事先征得甲方同意并告知"
    "丙方；涉及本协议约定事项的，各方应当另行签订书面协议。",
    "（二）乙方严重违反法律法规或者本协议约定、损害丙方合法权益的，丙方严重违反实习纪律"
    "经教育仍不改正的，或者因不可抗力致使本协议无法履行的，一方可以书面通知其他各方解除"
    "本协议。",
    "（三）本协议解除的，甲方应当妥善安排丙方后续实习或者学习，乙方应当结清丙方已实习期间"
    "的实习报酬。",
)
_BREACH = _c(
    ART15_ITEMS[8],
    (8,),
    "（一）任何一方违反本协议约定的，应当承担相应的违约责任；给其他方造成损失的，"
    "依法承担赔偿责任。",
    "（二）乙方违反本协议关于工作时间、休息休假、实习报酬或者劳动安全的约定的，甲方有权要求"
    "乙方立即改正，并可以终止在乙方的实习安排。",
    "（三）丙方违反实习纪律或者乙方规章制度的，由甲方会同乙方进行批评教育，并依照甲方"
    "学生管理规定处理；造成损失的，依法承担相应责任。",
)
_DISPUTE = _c(
    "争议解决",
    (),
    "因履行本协议发生争议的，各方应当协商解决；协商不成的，可以提请甲方主管部门协调；"
    "仍不能解决的，任何一方可以依法向有管辖权的人民法院提起诉讼。",
)
_OTHER = _c(
    "其他约定事项",
    (9,),
    "（一）各方约定的其他事项：{other_terms}。",
    "（二）其他约定事项不得违反法律法规和《职业学校学生实习管理规定》，不得减损丙方依法享有的"
    "权益。",
)
_FINAL = _c(
    "附则",
    (),
    "（一）本协议未尽事宜，依照国家有关法律法规和《职业学校学生实习管理规定》执行。",
    "（二）本协议一式{copies}份，各方各执一份，具有同等效力，自各方签字（盖章）之日起生效。"
    "丙方未满十八周岁的，本协议还应当由其法定监护人（或家长）签字。",
    "（三）丙方及其法定监护人（或家长）签署的知情同意书是本协议的附件。",
)
_POST_SCOPE = _c(
    ART15_ITEMS[2],
    (2,),
    "（一）实习时间：自{start_date}起至{end_date}止。",
    "（二）实习地点：{place}。",
    "（三）实习岗位：{post_title}；实习内容：{post_content}。实习内容应当与丙方所学专业对口"
    "或者相近，不得仅安排丙方从事简单重复劳动。",
    "（四）实习要求：丙方按照甲乙双方共同制订的实习方案完成实习任务，达到实习方案规定的"
    "目标和要求。",
    "（五）条件保障：乙方提供必要的实习场所、设施设备和实习条件，指定{mentor}为丙方的实习"
    "指导人员；甲方指定{supervisor}为丙方的实习指导教师。双方指导人员共同管理丙方实习，"
    "原则上每日检查并向甲乙双方报告丙方实习情况。",
)


def _preamble(
    subject: str, parties: str, purpose: str = "学生实习管理", basis: str = _LAW_BASIS
) -> ClauseTemplate:
    text = (
        f"为规范{purpose}，保障各方合法权益，根据{basis}等有关规定，{parties}本着平等自愿、"
        f"诚实信用的原则，经协商一致，就{subject}订立本协议。"
    )
    return ClauseTemplate("", (text,), numbered=False)


_THREE = "甲方（职业学校）、乙方（实习单位）、丙方（学生）"
POST = Template(
    "post",
    1,
    "职业学校学生岗位实习三方协议",
    (
        _preamble("丙方到乙方进行岗位实习的有关事项", _THREE),
        _PARTIES,
        _POST_SCOPE,
        _LODGING,
        _PAY,
        _SAFETY,
        _INSURANCE,
        _ASSESSMENT,
        _DUTIES,
        _CHANGE,
        _BREACH,
        _DISPUTE,
        _OTHER,
        _FINAL,
    ),
)

_APPRENTICE_STATUS = (
    "（四）丙方已与乙方签订劳动合同、按照企业新型学徒制接受培养的，丙方与乙方之间的劳动关系"
    "以及工资、工作时间、休息休假、社会保险等事项，依照《中华人民共和国劳动合同法》等法律法规"
    "和双方签订的劳动合同执行，本协议仅约定培养事项；本协议与劳动合同不一致的，劳动关系事项"
    "以劳动合同为准。丙方未与乙方建立劳动关系的，其在乙方岗位学习期间依照《职业学校学生实习"
    "管理规定》和本协议执行。"
)
APPRENTICESHIP = Template(
    "apprenticeship",
    1,
    "学徒培养协议",
    (
        _preamble(
            "甲乙双方联合招收丙方为学徒并进行培养的有关事项",
            "甲方（职业学校）、乙方（企业）、丙方（学生学徒）",
            "学徒培养",
            "《中华人民共和国职业教育法》第三十条和《中华人民共和国劳动合同法》"
            + _LAW_BASIS.replace("《中华人民共和国职业教育法》", ""),
        ),
        ClauseTemplate(_PARTIES.heading, (*_PARTIES.paragraphs, _APPRENTICE_STATUS), (1,)),
        _c(
            "培养的时间、地点、内容、要求与条件保障",
            (2,),
            "（一）培养期限：自{start_date}起至{end_date}止。",
            "（二）培养专业（工种）及目标：{programme_text}。",
            "（三）岗位学习地点：{place}；岗位：{post_title}；岗位学习内容：{post_content}。",
            "（四）甲乙双方共同制订培养方案，实行校企双基地培养；丙方按照培养方案完成学习任务。",
            "（五）乙方指定{mentor}为企业导师，甲方指定{supervisor}为学校导师，双导师共同指导"
            "和管理丙方，原则上每日检查并向甲乙双方报告丙方岗位学习情况。",
        ),
        *POST.clauses[3:],
    ),
)

COGNITIVE = Template(
    "cognitive",
    1,
    "职业学校学生认识实习协议",
    (
        _preamble("丙方参加甲方组织的、在乙方进行的认识实习的有关事项", _THREE),
        _PARTIES,
        _c(
            "实习的时间、地点、内容、要求与条件保障",
            (2,),
            "（一）实习时间：自{start_date}起至{end_date}止；实习地点：{place}。",
            "（二）实习内容：{post_content}。认识实习由甲方组织安排，以参观、观摩和体验为主，"
            "不安排丙方从事生产性劳动，不涉及实习报酬。",
            "（三）甲方指定{supervisor}为带队指导教师，乙方指定{mentor}负责现场讲解和安全管理。",
        ),
        _c(
            "实习期间的食宿和作息安排",
            (3,),
            "（一）食宿安排：{lodging_text}。",
            "（二）每日实习活动不超过{hours_per_day}小时，不得安排在夜间、休息日或者法定节假日。",
        ),
        _c(
            "安全、卫生和防护",
            (5,),
            "（一）乙方在活动前向丙方进行安全告知，提供必要的防护用品，不得安排丙方进入具有较高"
            "安全风险或者存在职业病危害的区域。",
            "（二）丙方服从带队教师和乙方人员的管理，遵守乙方的安全和卫生制度。",
        ),
        _c(
            "责任保险与伤亡事故处理",
            (6,),
            _INSURANCE.paragraphs[0],
            "（二）保险费由{premium_payer}承担，不得向丙方收取。",
            *_INSURANCE.paragraphs[2:4],
        ),
        _c(
            "实习考核方式",
            (7,),
            "考核方式：{assessment_text}。丙方应当在实习结束时提交实习报告。",
        ),
        _c(
            "各方的责任",
            (),
            "甲方和乙方不得向丙方收取任何费用，不得扣押丙方的学生证、居民身份证或者其他证件。",
        ),
        _c(
            ART15_ITEMS[8],
            (8,),
            "任何一方违反本协议约定的，应当承担相应的违约责任；给其他方造成损失的，依法承担赔偿"
            "责任。丙方违反实习纪律的，由甲方依照学生管理规定处理。",
        ),
        _DISPUTE,
        _OTHER,
        ClauseTemplate(_FINAL.heading, _FINAL.paragraphs[:2]),
    ),
)

CONSENT = Template(
    "consent",
    1,
    "学生岗位实习知情同意书",
    (
        ClauseTemplate(
            "",
            (
                "{student_name}同学是{school_name}在校学生。根据《职业学校学生实习管理规定》第九条，"
                "学校组织学生岗位实习，应当取得学生及其法定监护人（或家长）签字的知情同意书。"
                "现告知如下：",
            ),
            numbered=False,
        ),
        _c(
            "实习安排",
            (),
            "实习单位：{enterprise_name}；实习岗位：{post_title}；实习地点：{place}；"
            "实习时间：自{start_date}起至{end_date}止。",
            "学校实习指导教师：{supervisor}；实习单位指导人员：{mentor}。",
        ),
        _c(
            "食宿、工作时间、实习报酬和保险",
            (),
            "食宿安排：{lodging_text}。每日实习{hours_per_day}小时，每周实习{days_per_week}天；"
            "不安排加班和夜班，不安排在休息日、法定节假日实习。",
            "实习报酬：{pay_text}，{pay_schedule}，以货币形式直接支付给学生本人。实习责任保险："
            "{insurance_text}，保险费不由学生承担。学生上岗前须接受安全教育培训并通过考核。",
        ),
        _c(
            "学生和家长的权利",
            (),
            "学校和实习单位不得向学生收取任何实习费用，不得扣押学生的学生证、居民身份证或者"
            "其他证件。学生申请在统一安排的住宿以外居住的，须经法定监护人（或家长）签字同意，"
            "由学校备案后方可办理。",
            "学生及其法定监护人（或家长）明确拒绝学校安排的，学生可以自行选择符合条件的实习"
            "单位，由学生本人及其法定监护人（或家长）申请，经学校同意后实施。",
        ),
        _c(
            "确认",
            (),
            "学生本人及其法定监护人（或家长）已认真阅读并知悉上述实习安排和各项权利义务，"
            "同意{student_name}参加上述岗位实习，并教育、督促其遵守实习纪律和安全规定。"
            "本知情同意书一式两份，学校和学生各执一份。",
        ),
    ),
    numbering="list",
)

DEFAULT_TEMPLATES: dict[str, Template] = {
    t.kind: t for t in (COGNITIVE, POST, APPRENTICESHIP, CONSENT)
}
REQUIRED_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    kind: required_placeholders(t) for kind, t in DEFAULT_TEMPLATES.items()
}
# Art 15 item -> heading of the clause that covers it, per agreement kind (R-TPL-1).
MANDATORY_ITEMS: dict[str, dict[int, str]] = {
    kind: {item: c.heading for c in t.clauses for item in c.covers}
    for kind, t in DEFAULT_TEMPLATES.items()
    if REQUIRED_ITEMS[kind]
}
