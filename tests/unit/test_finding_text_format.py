"""Finding texts: overrides, money and figures, odd params, titles, translations."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jilin_apprentice import finding_messages as fm
from jilin_apprentice.domain.rules.engine import SOURCES
from tests.unit.test_finding_messages import FINDINGS, I18N, placeholders


def test_the_exception_turns_art_17_findings_into_notes_with_the_reference():
    notes = [f for name, f in FINDINGS if name == "exception_valid"]
    assert {f.rule_id for f in notes} == {"R-TIME-2", "R-TIME-3", "R-TIME-4", "R-PROH-2"}
    assert all(f.severity == "info" and "override" in f.params for f in notes)
    text = fm.finding_text(next(f for f in notes if f.rule_id == "R-PROH-2"))
    assert text == (
        "The post involves work at height, toxic substances; high-risk internships are "
        "prohibited (REG-2021 Art 17(1)). Allowed by the exception filed in advance under "
        "JY-2026-17 (REG-2021 Art 17 lead-in)."
    )


def test_severity_tells_the_weekly_ceiling_from_the_standard_week():
    params = {"hours": 45.0}
    block = fm.render_finding("R-TIME-2", "days_per_week", params, severity="block")
    warn = fm.render_finding("R-TIME-2", "days_per_week", params, severity="warn")
    assert "45 hours a week" in block and "44 hours" in block and "(LABOUR Art 36)." in block
    assert "45 hours a week" in warn and "40-hour week" in warn and "(WT-1995 Art 3)." in warn
    active = fm.render_finding("R-JL-2", "enterprise_id", {}, severity="warn")
    new = fm.render_finding("R-JL-2", "enterprise_id", {}, severity="block")
    assert "review this active placement" in active and "no new placement" in new


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (188_000, "1,880.00"),
        (0, "0.00"),
        (5, "0.05"),
        (123_456_789, "1,234,567.89"),
        (-150, "-1.50"),
    ],
)
def test_money_is_yuan_with_two_decimals(fen: int, text: str):
    assert fm.format_yuan(fen) == text


def test_money_reaches_the_template_already_formatted():
    params = {"pay_fen": 150_000, "min_fen": 188_000, "area_class": 1}
    text = fm.render_finding("R-PAY-5", "pay_amount", params)
    assert text.startswith(
        "Monthly pay of 1,500.00 yuan is below the minimum wage of 1,880.00 yuan"
    )
    seen: list[str] = []

    def chinese(context: str, source: str) -> str:
        seen.append(context)
        if source == fm.TEMPLATES["R-PAY-5"]:
            return "月报酬{pay_fen}元低于{area_class}类地区最低工资标准{min_fen}元"
        return {fm.FRAME: "{message}（{cite}）。", fm.CITES["R-PAY-5"]: "《劳动法》第四十八条"}.get(
            source, source
        )

    assert fm.render_finding("R-PAY-5", "pay_amount", params, chinese) == (
        "月报酬1,500.00元低于1类地区最低工资标准1,880.00元（《劳动法》第四十八条）。"
    )
    assert set(seen) == {"Findings"}


def test_cap_figures_are_worked_out():
    params = {"interns": 12, "staff": 55, "pct": 10, "day": "2026-10-01"}
    assert fm.render_finding("R-CAP-1", "enterprise_id", params) == (
        "On 2026-10-01, 12 interns are 21.8% of the enterprise's 55 on-post staff, above the 10% "
        "cap, which allows 5 (REG-2021 Art 11 para 1)."
    )


def generic(rule_id: str) -> str:
    return f"{fm.TITLES[rule_id]} ({fm.CITES[rule_id]})."


@pytest.mark.parametrize(
    "params",
    [
        None,
        {},
        {"age": None, "min": None},
        {"missing": 5},
        {"missing": ["someone"]},
        {"hours": "many"},
        {"pay_fen": "abc", "min_fen": None},
        {"hazards": 3, "venue": None},
        {"level": "III"},
        {"problem": None, "method": ["x"]},
        {"override": None},
        {"interns": 3, "staff": 0, "pct": 10},
    ],
)
@pytest.mark.parametrize("rule_id", [*sorted(SOURCES), "R-NEW-9"])
def test_odd_params_never_raise(rule_id: str, params: Any):
    for severity in (None, "block", "warn", "info"):
        text = fm.render_finding(rule_id, "some_field", params, severity=severity)
        assert text and "{" not in text


@given(
    rule_id=st.sampled_from([*sorted(SOURCES), "", "R-X"]),
    field=st.text(max_size=20),
    params=st.dictionaries(
        st.sampled_from(["age", "hours", "days", "missing", "pay_fen", "day", "override", "x"]),
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.floats(),
            st.text(max_size=5),
            st.lists(st.text(max_size=5), max_size=3),
        ),
    ),
)
def test_any_params_give_text(rule_id: str, field: str, params: dict[str, Any]):
    assert isinstance(fm.render_finding(rule_id, field, params), str)


def test_unusable_params_fall_back_to_the_rules_generic_text():
    assert fm.render_finding("R-AGE-1", "start_date", {}) == generic("R-AGE-1")
    assert fm.render_finding("R-PAY-3", "pay_method", {"method": "cheque"}) == generic("R-PAY-3")
    assert fm.render_finding("R-NEW-9", "x", {"a": 1}) == "Rule R-NEW-9 reported a problem."
    broken = fm.render_finding("R-AGE-1", "start_date", {"age": 15}, lambda _c, _t: "{oops}")
    assert isinstance(broken, str)


def test_rule_titles():
    assert fm.rule_title("R-AGE-1") == "Under 16 at the start date"
    assert fm.rule_title("R-TIME-3") == "Night shift or overtime"
    assert fm.rule_title("R-NEW-9") == "R-NEW-9"
    assert fm.rule_title("R-TIME-3", lambda context, text: f"{context}:{text}") == (
        "Findings:Night shift or overtime"
    )


@pytest.mark.parametrize("language", ["zh_CN", "en", "ko"])
def test_translations_keep_the_placeholders(language: str):
    root = ET.parse(I18N / f"app_{language}.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") != "Findings":
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source") or "", message.find("translation")
            if translation is not None and (translation.text or "").strip():
                assert placeholders(translation.text or "") == placeholders(source), source
