"""The default agreement texts: every Art 15 item covered, no forbidden terms, filling is strict."""

from __future__ import annotations

import re

import pytest

from jilin_apprentice.domain import agreement_templates as tpl
from jilin_apprentice.domain.errors import DomainError

# realistic values for every placeholder of every variant (also used by the PDF tests and the bench)
SAMPLE_VALUES: dict[str, str] = {
    "start_date": "2026年3月2日",
    "end_date": "2026年8月28日",
    "place": "吉林省长春市汽车经济技术开发区东风南街1399号"
    "长春一汽富维汽车零部件股份有限公司二号厂房",
    "post_title": "汽车零部件装配辅助工",
    "post_content": "在指导人员带领下参与汽车座椅骨架装配、来料检验和工位5S管理",
    "mentor": "刘建国（装配车间班组长，电话13904312255）",
    "supervisor": "王丽华（汽车运用与维修专业教师，电话13578901234）",
    "lodging_text": "乙方提供集体宿舍统一住宿（4人间，免费），每日提供午餐和晚餐两餐工作餐，"
    "餐费由乙方承担",
    "hours_per_day": "8",
    "days_per_week": "5",
    "rest_days": "每周六、周日",
    "shift_time": "8:30—12:00，13:30—17:30",
    "pay_text": "每月人民币3,200.00元（按乙方相同岗位工资标准4,000.00元的80%确定）",
    "pay_method": "银行转账至丙方本人名下的中国工商银行借记卡",
    "pay_schedule": "每月15日前支付上一自然月的实习报酬",
    "protection_text": "工作服、防砸安全鞋、防割手套和护目镜，上岗前免费发放",
    "insurance_text": "中国人民财产保险股份有限公司长春市分公司实习责任保险"
    "（保单号PICC-JL-2026-00012345，2026年3月1日至2026年8月31日，每人保险金额500,000.00元）",
    "premium_payer": "甲方",
    "assessment_text": "过程考核占60%（实习日志、出勤与岗位表现），"
    "结果考核占40%（实习报告与技能考核），考核结果分为优秀、良好、合格、不合格四个等级",
    "programme_text": "汽车装调工，目标为取得汽车装调工中级工（四级）职业技能等级证书",
    "student_name": "李明轩",
    "school_name": "吉林省长春汽车工业高等专科学校",
    "enterprise_name": "长春一汽富维汽车零部件股份有限公司",
}
AGREEMENTS = ("cognitive", "post", "apprenticeship")
FORBIDDEN = ("押金", "保证金", "培训费", "管理费", "中介", "扣押", "夜班", "加班", "担保", "提成")
NEGATIONS = ("不得", "不安排", "不由", "不涉及", "禁止")


def _all_text(template: tpl.Template) -> str:
    return "\n".join(t for c in template.clauses for t in (c.heading, *c.paragraphs))


def test_every_kind_has_a_template_and_its_placeholder_list() -> None:
    assert set(tpl.DEFAULT_TEMPLATES) == set(tpl.KINDS)
    for kind, template in tpl.DEFAULT_TEMPLATES.items():
        assert template.kind == kind and template.version >= 1 and template.title
        assert tpl.REQUIRED_PLACEHOLDERS[kind] == tpl.required_placeholders(template)
        assert set(tpl.REQUIRED_PLACEHOLDERS[kind]) <= set(SAMPLE_VALUES)


@pytest.mark.parametrize("kind", AGREEMENTS)
def test_all_mandatory_items_are_covered_in_the_order_of_art_15(kind: str) -> None:
    template = tpl.DEFAULT_TEMPLATES[kind]
    expected = set(range(1, 10)) - ({4} if kind == "cognitive" else set())
    assert set(tpl.MANDATORY_ITEMS[kind]) == expected == tpl.REQUIRED_ITEMS[kind]
    assert tpl.missing_items(template) == ()
    order = [item for c in template.clauses for item in c.covers]
    assert order == sorted(order)  # rulebook §2.3 follows REG-2021 Art 15
    headings = {c.heading for c in template.clauses}
    assert set(tpl.MANDATORY_ITEMS[kind].values()) <= headings


def test_cognitive_has_no_pay_regime_and_apprenticeship_names_the_labour_contract() -> None:
    cognitive = _all_text(tpl.COGNITIVE)
    assert "不涉及实习报酬" in cognitive
    assert "pay_text" not in tpl.REQUIRED_PLACEHOLDERS["cognitive"]
    apprenticeship = _all_text(tpl.APPRENTICESHIP)
    assert "企业新型学徒制" in apprenticeship
    assert "以劳动合同为准" in apprenticeship
    assert "第三十条" in apprenticeship  # VEL-2022 Art 30: the 学徒培养协议


def test_consent_form_is_for_student_and_guardian() -> None:
    text = _all_text(tpl.CONSENT)
    assert "学生及其法定监护人（或家长）" in text
    assert "自行选择" in text  # R-CONSENT-2: the right to refuse and choose
    assert "备案" in text  # R-LODGE-1
    assert tpl.missing_items(tpl.CONSENT) == ()


@pytest.mark.parametrize("kind", tpl.KINDS)
def test_no_clause_allows_what_r_agr_3_forbids(kind: str) -> None:
    for sentence in re.split(r"[。；]", _all_text(tpl.DEFAULT_TEMPLATES[kind])):
        if any(word in sentence for word in FORBIDDEN):
            assert any(neg in sentence for neg in NEGATIONS), sentence


@pytest.mark.parametrize("kind", AGREEMENTS)
def test_liability_beyond_the_cover_follows_the_law(kind: str) -> None:
    text = _all_text(tpl.DEFAULT_TEMPLATES[kind])
    assert "不属于保险赔付范围或者超出保险赔付额度的部分" in text
    assert "依法承担相应责任" in text  # R-INS-3 / REG-2021 Art 36, not "as agreed"


@pytest.mark.parametrize("kind", tpl.KINDS)
def test_fill_substitutes_everything_and_numbers_the_clauses(kind: str) -> None:
    template = tpl.DEFAULT_TEMPLATES[kind]
    clauses = tpl.fill(template, SAMPLE_VALUES)
    text = "".join(t for c in clauses for t in (c.heading, *c.paragraphs))
    assert "{" not in text and "}" not in text
    numbered = [c.heading for c in clauses if c.heading]
    marks = [tpl.chinese_number(i) for i in range(1, len(numbered) + 1)]
    if template.numbering == "article":
        assert [h.split(" ")[0] for h in numbered] == [f"第{m}条" for m in marks]
    else:
        assert [h.split("、")[0] for h in numbered] == marks
    assert SAMPLE_VALUES["start_date"] in text


def test_missing_and_blank_values_are_listed_by_name() -> None:
    values = dict(SAMPLE_VALUES)
    del values["pay_text"]
    values["end_date"] = "   "
    with pytest.raises(tpl.MissingPlaceholders) as err:
        tpl.fill(tpl.POST, values)
    assert err.value.code == "agreement.missing_fields"
    assert err.value.fields == ["end_date", "pay_text"]
    assert "end_date, pay_text" in str(err.value)
    assert isinstance(err.value, DomainError)


def test_optional_placeholders_use_defaults_or_drop_their_paragraph() -> None:
    base = {k: v for k, v in SAMPLE_VALUES.items() if k != "shift_time"}
    text = "".join(p for c in tpl.fill(tpl.POST, base) for p in c.paragraphs)
    assert "各方约定的其他事项：无。" in text
    assert "本协议一式三份" in text
    assert "另行约定" not in text and "作息时间" not in text
    extra = {**base, "excess_liability_text": "超出部分由乙方先行垫付", "copies": "四"}
    text = "".join(p for c in tpl.fill(tpl.POST, extra) for p in c.paragraphs)
    assert "各方另行约定：超出部分由乙方先行垫付。该约定不减轻" in text
    assert "本协议一式四份" in text


def test_values_are_inserted_literally() -> None:
    values = {**SAMPLE_VALUES, "post_title": "{end_date}　装配工"}
    text = "".join(p for c in tpl.fill(tpl.POST, values) for p in c.paragraphs)
    assert "{end_date}　装配工" in text  # no second substitution; ideographic space kept


@pytest.mark.parametrize("kind", tpl.KINDS)
def test_json_round_trip_keeps_the_template(kind: str) -> None:
    template = tpl.DEFAULT_TEMPLATES[kind]
    assert tpl.from_json(tpl.to_json(template)) == template


def test_edited_json_is_used_and_broken_json_is_refused() -> None:
    edited = tpl.to_json(tpl.POST).replace("争议解决", "争议的解决")
    assert any(c.heading == "争议的解决" for c in tpl.from_json(edited).clauses)
    for broken in ("{", '{"kind": "post"}', tpl.to_json(tpl.POST).replace('"post"', '"visit"')):
        with pytest.raises(DomainError) as err:
            tpl.from_json(broken)
        assert err.value.code == "agreement.template_invalid"


def test_an_edited_template_that_drops_an_item_is_detected() -> None:
    without_pay = tpl.Template(
        "post", 2, tpl.POST.title, tuple(c for c in tpl.POST.clauses if 4 not in c.covers)
    )
    assert tpl.missing_items(without_pay) == (4,)


def test_chinese_numbers() -> None:
    assert [tpl.chinese_number(n) for n in (1, 9, 10, 11, 13, 20, 21, 99)] == [
        "一", "九", "十", "十一", "十三", "二十", "二十一", "九十九",
    ]  # fmt: skip
    with pytest.raises(ValueError):
        tpl.chinese_number(0)
