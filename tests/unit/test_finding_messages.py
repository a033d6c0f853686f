"""Every finding the rules can produce reads as a sentence with its figures and its article."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import re
import string
from pathlib import Path
from typing import Any

import pytest

from jilin_apprentice import finding_messages as fm
from jilin_apprentice.domain.rules.engine import LEDGER_RULES, SOURCES, check_placement
from jilin_apprentice.domain.rules.model import Finding, PlacementFacts, RuleParams

ROOT = Path(__file__).resolve().parents[2]
RULE_FILES = [
    ROOT / "jilin_apprentice" / "domain" / "rules" / name
    for name in ("placement_rules.py", "period_rules.py", "apprenticeship_rules.py", "engine.py")
]
I18N = ROOT / "resources" / "i18n"
RULE_ID = re.compile(r"R-[A-Z]+(-[A-Z]+)?-\d+")
START = dt.date(2026, 9, 1)
EXCEPTION = {
    "exception_reason": "Cold-chain line runs at night",
    "exception_approver": "Education bureau",
    "exception_filing_ref": "JY-2026-17",
}


def facts(**change: Any) -> PlacementFacts:
    """A post internship that passes every rule; each scenario changes a few things."""
    base = PlacementFacts(
        placement_type="post",
        source="school_arranged",
        start_date=START,
        end_date=dt.date(2027, 2, 28),
        birth_date=dt.date(2008, 5, 1),
        sex="F",
        study_mode="full_time",
        grade_year_at_start=3,
        hours_per_day_x10=80,
        days_per_week=5,
        shift_start=dt.time(8, 30),
        shift_end=dt.time(17, 30),
        independence="relatively_independent",
        pay_monthly_equiv_fen=400_000,
        same_post_wage_fen=500_000,
        consent_student_signed=True,
        consent_guardian_signed=True,
        enterprise_mentor_id=1,
        school_supervisor_id=2,
        insured_until=dt.date(2027, 2, 28),
        pay_amount_fen=400_000,
        health_check_date=dt.date(2026, 6, 1),
        enterprise_on_post_staff=200,
        enterprise_peak_interns=5,
        post_on_post_staff=50,
        post_peak_interns=5,
        student_post_days=181,
        filing_ref="备案-2026-001",
        safety_training_date=dt.date(2026, 8, 25),
        safety_assessment_passed=True,
        agreement_signed_all=True,
        site_assessment_done=True,
        enterprise_attestations_given=True,
    )
    return dataclasses.replace(base, **change)


MINOR = {"birth_date": dt.date(2009, 3, 1)}  # 17 at the start date
UNDER_16 = {"birth_date": dt.date(2011, 3, 1)}
SELF = {"source": "self_chosen"}
AWAY = {"away_from_school": True, "lodging": "outside"}
NEW_APP = {
    "placement_type": "apprenticeship",
    "programme": "enterprise_new",
    "labour_contract_start": START,
    "labour_contract_end": dt.date(2028, 8, 31),
    "apprenticeship_start": START,
    "apprenticeship_end": dt.date(2027, 12, 31),
    "min_wage_area_class": 1,
    "apprentice_wage_fen": 300_000,
}
NO_WAGE_TABLE = RuleParams(min_wage_tables=())

# name -> (changes to the passing placement, rule params or None)
SCENARIOS: dict[str, tuple[dict[str, Any], RuleParams | None]] = {
    "part_time": ({"study_mode": "part_time"}, None),
    "cognitive_self_chosen": ({"placement_type": "cognitive", **SELF}, None),
    "under_16": ({**UNDER_16}, None),
    "first_year": ({"grade_year_at_start": 1}, None),
    "minor_prohibited": ({**MINOR, "minor_prohibited": True}, None),
    "minor_no_health_check": ({**MINOR, "health_check_date": None}, None),
    "young_cognitive": ({"placement_type": "cognitive", **UNDER_16}, None),
    "no_student_consent": ({"consent_student_signed": False}, None),
    "no_guardian_consent": ({"consent_guardian_signed": False}, None),
    "no_consent": ({"consent_student_signed": False, "consent_guardian_signed": False}, None),
    "self_no_application": ({**SELF, "school_approval_date": dt.date(2026, 8, 1)}, None),
    "self_no_approval": ({**SELF, "self_choice_application": True}, None),
    "self_nothing": ({**SELF}, None),
    "unrelated_post": ({"post_unrelated_to_major": True}, None),
    "other_category": (
        {"student_major_category": "装备制造大类", "post_major_category": "电子与信息大类"},
        None,
    ),
    "simple_work": ({"post_simple_repetitive_only": True}, None),
    "no_site_assessment": ({"site_assessment_done": False}, None),
    "no_attestations": ({"enterprise_attestations_given": False}, None),
    "not_assessed": ({"site_assessment_done": False, "enterprise_attestations_given": False}, None),
    "long_post": ({"student_post_days": 200}, None),
    "cross_province": ({"outside_province": True}, None),
    "not_filed": ({"filing_ref": None}, None),
    "lodging_no_consent": ({**AWAY, "lodging_filing_ref": "住宿-1"}, None),
    "lodging_not_filed": ({**AWAY, "lodging_guardian_consent": True}, None),
    "lodging_nothing": ({**AWAY}, None),
    "no_agreement": ({"agreement_signed_all": False}, None),
    "long_day": ({"hours_per_day_x10": 95, "days_per_week": 4}, None),
    "week_over_40": ({"hours_per_day_x10": 70, "days_per_week": 6}, None),
    "week_over_44": ({"hours_per_day_x10": 75, "days_per_week": 6}, None),
    "seven_days": ({"hours_per_day_x10": 50, "days_per_week": 7}, None),
    "overtime": ({"overtime_allowed": True}, None),
    "night_shift": ({"shift_start": dt.time(18, 0), "shift_end": dt.time(23, 30)}, None),
    "rest_days": ({"work_on_rest_days": True}, None),
    "holidays": ({"work_on_public_holidays": True}, None),
    "exception_incomplete": ({"overtime_allowed": True, "exception_reason": "Harvest"}, None),
    "exception_late": (
        {"overtime_allowed": True, **EXCEPTION, "exception_filing_date": START},
        None,
    ),
    "exception_valid": (
        {
            "hours_per_day_x10": 95,
            "days_per_week": 5,
            "overtime_allowed": True,
            "shift_start": dt.time(20, 0),
            "shift_end": dt.time(4, 0),
            "work_on_public_holidays": True,
            "hazards": ("height", "toxic"),
            **EXCEPTION,
            "exception_filing_date": dt.date(2026, 8, 1),
        },
        None,
    ),
    "no_pay": ({"pay_amount_fen": None}, None),
    "zero_pay": ({"pay_amount_fen": 0}, None),
    "no_benchmark": ({"same_post_wage_fen": None}, None),
    "below_both": (
        {"pay_monthly_equiv_fen": 150_000, "lowest_wage_grade_fen": 200_000},
        None,
    ),
    "below_ratio": ({"pay_monthly_equiv_fen": 350_000}, None),
    "below_grade": (
        {"same_post_wage_fen": None, "lowest_wage_grade_fen": 450_000},
        None,
    ),
    "in_kind": ({"pay_method": "in_kind"}, None),
    "third_party": ({"pay_method": "third_party"}, None),
    "other_payee": ({"payee_is_student": False}, None),
    "slow_pay": ({"pay_cycle_days": 45}, None),
    "below_min_wage": ({"pay_monthly_equiv_fen": 150_000, "min_wage_area_class": 1}, None),
    "no_wage_table": ({"min_wage_area_class": 2}, NO_WAGE_TABLE),
    "unknown_area_class": ({"pay_monthly_equiv_fen": 150_000, "min_wage_area_class": 9}, None),
    "ktv": ({"venue_type": "ktv"}, None),
    "high_risk": ({"hazards": ("height", "toxic")}, None),
    "heavy_labour": ({"intensity_level": 3}, None),
    "female_prohibited": ({"female_prohibited": True}, None),
    "via_agent": ({"source": "via_agent"}, None),
    "no_enterprise_staff": ({"enterprise_on_post_staff": 0}, None),
    "enterprise_cap": (
        {"enterprise_peak_interns": 30, "enterprise_peak_day": dt.date(2026, 10, 8)},
        None,
    ),
    "enterprise_cap_no_day": ({"enterprise_on_post_staff": 55, "enterprise_peak_interns": 6}, None),
    "no_post_staff": ({"post_on_post_staff": 0}, None),
    "post_cap": ({"post_peak_interns": 12, "post_peak_day": dt.date(2026, 11, 2)}, None),
    "post_cap_no_day": ({"post_peak_interns": 11}, None),
    "credit_new": ({"credit_restricted": True}, None),
    "credit_active": ({"credit_restricted": True, "status": "active"}, None),
    "uninsured": ({"insured_until": None}, None),
    "insurance_ends": ({"insured_until": dt.date(2027, 1, 31)}, None),
    "no_supervisor": ({"school_supervisor_id": None}, None),
    "no_mentor": ({"enterprise_mentor_id": None}, None),
    "no_safety_training": ({"safety_training_date": None}, None),
    "safety_failed": ({"safety_assessment_passed": False}, None),
    "no_training_agreement": (
        {"placement_type": "apprenticeship", "programme": "school_joint"},
        None,
    ),
    "short_contract": ({**NEW_APP, "labour_contract_end": dt.date(2027, 6, 30)}, None),
    "apprenticeship_too_long": ({**NEW_APP, "apprenticeship_end": dt.date(2030, 1, 31)}, None),
    "apprenticeship_short": ({**NEW_APP, "apprenticeship_end": dt.date(2027, 2, 28)}, None),
    "apprentice_low_wage": ({**NEW_APP, "apprentice_wage_fen": 150_000}, None),
    "apprentice_no_wage": ({**NEW_APP, "apprentice_wage_fen": None}, None),
    "apprentice_no_table": ({**NEW_APP}, NO_WAGE_TABLE),
}


def produced() -> list[tuple[str, Finding]]:
    return [
        (name, finding)
        for name, (change, params) in SCENARIOS.items()
        for finding in check_placement(facts(**change), params)
    ]


# what the ledgers report (domain/pay_checks.py, domain/coverage.py, services/incidents.py),
# with the params those modules put in them (their own tests check they do)
LEDGER_FINDINGS = [
    (
        "pay_late",
        Finding(
            "R-PAY-LATE",
            "warn",
            "paid_on",
            {
                "period": "2026-09-08",
                "period_end": "2026-09-30",
                "due": "2026-10-06",
                "days_late": 13,
                "paid_on": "2026-10-19",
            },
        ),
    ),
    (
        "pay_overdue",
        Finding(
            "R-PAY-LATE",
            "warn",
            "paid_on",
            {
                "period": "2026-10-01",
                "period_end": "2026-10-31",
                "due": "2026-11-10",
                "days_late": 16,
                "paid_on": None,
                "unpaid_fen": 180000,
            },
        ),
    ),
    (
        "pay_short",
        Finding(
            "R-PAY-SHORT",
            "warn",
            "amount",
            {
                "period": "2026-09-21",
                "period_end": "2026-09-30",
                "due": "2026-10-05",
                "days_late": 52,
                "due_fen": 123000,
                "paid_fen": 98400,
                "short_fen": 24600,
            },
        ),
    ),
    (
        "pay_commission",
        Finding(
            "R-PAY-6",
            "block",
            "deductions",
            {
                "kind": "commission",
                "amount_fen": 1935,
                "payments": 1,
                "first": "2026-10-04",
                "last": "2026-10-04",
            },
        ),
    ),
    (
        "pay_gap",
        Finding(
            "R-PAY-4",
            "warn",
            "paid_on",
            {"days": 64, "max": 31, "from": "2026-04-07", "to": "2026-06-10"},
        ),
    ),
    (
        "ins_expiry",
        Finding(
            "R-INS-EXPIRY",
            "warn",
            "insurance",
            {"policy_no": "P1", "ends": "2026-12-20", "days_left": 24, "within": 30},
        ),
    ),
    ("ins_payer", Finding("R-INS-2", "block", "premium_payer", {"policy_no": "P1"})),
    (
        "ins_minimum",
        Finding(
            "R-INS-4",
            "warn",
            "sum_insured_per_person_fen",
            {"policy_no": "P1", "min_fen": 50000000, "sum_insured_fen": 20000000},
        ),
    ),
    (
        "ins_minimum_missing",
        Finding(
            "R-INS-4",
            "warn",
            "sum_insured_per_person_fen",
            {"policy_no": "P1", "min_fen": 50000000, "missing": True},
        ),
    ),
    ("ins_incident", Finding("R-INS-1", "block", "insurance", {"incident_on": "2026-11-02"})),
    (
        "ins_gaps",
        Finding(
            "R-INS-1",
            "block",
            "insurance",
            {"gaps": [["2026-12-01", "2026-12-14"]], "uncovered_days": 14},
        ),
    ),
]


def issue6_findings() -> list[tuple[str, Finding]]:
    """What the issue-6 checks report, made by their own functions where they are pure."""
    from jilin_apprentice.domain.enums import DayType
    from jilin_apprentice.domain.logbook_rules import copy_finding, log_missing_finding
    from jilin_apprentice.domain.mentor_load import overload_finding
    from jilin_apprentice.domain.programme_checks import mentor_findings
    from jilin_apprentice.domain.site_checks import expiry_finding
    from jilin_apprentice.domain.training_calendar import (
        Day,
        WorkingTimeLimits,
        working_time_findings,
    )

    d = dt.date
    long_week = [
        Day(d(2027, 3, 1) + dt.timedelta(days=i), DayType.ENTERPRISE, 90) for i in range(7)
    ]
    forty_two = [
        Day(d(2027, 3, 8) + dt.timedelta(days=i), DayType.ENTERPRISE, 84) for i in range(5)
    ]
    calendar = working_time_findings(long_week, WorkingTimeLimits(), {d(2027, 3, 3)})
    calendar += working_time_findings(forty_two, WorkingTimeLimits(), (), intern=False)
    found = [
        ("mentor_over", overload_finding("enterprise_mentor", "李师傅", 11, 10)),
        ("supervisor_over", overload_finding("school_supervisor", "张老师", 41, 40)),
        *[("no_mentor", f) for f in mentor_findings(None, None)],
        ("log_missing", log_missing_finding([d(2026, 10, 5), d(2026, 10, 12)])),
        ("log_copy", copy_finding(d(2026, 11, 16), 92, "王** 2026-11-16")),
        (
            "assessment_expired",
            expiry_finding(
                (True, d(2025, 9, 1), d(2026, 9, 1)), d(2026, 9, 1), d(2026, 9, 2), d(2026, 11, 26)
            ),
        ),
        (
            "assessment_failed",
            expiry_finding(
                (False, d(2026, 9, 1), d(2027, 9, 1)), None, d(2026, 9, 2), d(2026, 11, 26)
            ),
        ),
        (
            "grade_missing",
            Finding("R-EVAL-1", "warn", "evaluation", {"missing": ["school", "grade"]}),
        ),
        *[("calendar", f) for f in calendar],
    ]
    assert all(f is not None for _, f in found)
    return found  # type: ignore[return-value]


FINDINGS = produced() + LEDGER_FINDINGS + issue6_findings()
CASES = [
    pytest.param(finding, id=f"{name}-{finding.rule_id}-{finding.field}")
    for name, finding in FINDINGS
]


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _names(node: ast.expr) -> list[str]:
    if isinstance(node, ast.IfExp):
        return _names(node.body) + _names(node.orelse)
    return [node.id.lower()] if isinstance(node, ast.Name) else []


def finding_calls() -> set[tuple[str, str, str | None, frozenset[str]]]:
    """(rule, severity, field or None when computed, param keys) of every Finding(...) call."""
    shapes = set()
    for path in RULE_FILES:
        for func in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(func, ast.FunctionDef):
                continue
            local_ids = {
                c.value
                for c in ast.walk(func)
                if isinstance(c, ast.Constant) and RULE_ID.fullmatch(str(c.value))
            }
            for call in ast.walk(func):
                if not (isinstance(call, ast.Call) and getattr(call.func, "id", "") == "Finding"):
                    continue
                rule, severity, field, *rest = call.args
                rules = [rule.value] if isinstance(rule, ast.Constant) else sorted(local_ids)
                where = field.value if isinstance(field, ast.Constant) else None
                keys = frozenset(
                    k.value for k in (rest[0].keys if rest else []) if isinstance(k, ast.Constant)
                )
                shapes |= {(r, s, where, keys) for r in rules for s in _names(severity)}
    return shapes


def test_the_scan_sees_every_finding_call():
    calls = finding_calls()
    ledger_ids = {rule for rule, *_ in LEDGER_RULES}  # reported by the ledgers, not rule files
    assert {rule for rule, *_ in calls} == set(SOURCES) - ledger_ids
    assert ("R-JL-2", "warn", "enterprise_id", frozenset()) in calls
    assert ("R-CAP-2", "warn", None, frozenset({"missing"})) in calls  # field computed


def test_scenarios_produce_every_finding_shape_of_the_rule_files():
    made = {(f.rule_id, f.severity, f.field, frozenset(f.params)) for _, f in FINDINGS}
    missing = [
        shape
        for shape in finding_calls()
        if not any(
            m[0] == shape[0] and m[1] == shape[1] and shape[2] in (None, m[2]) and m[3] == shape[3]
            for m in made
        )
    ]
    assert missing == []


def test_every_template_is_reached_by_a_real_finding():
    used = {fm.template_key(f.rule_id, f.field, f.params, f.severity) for _, f in FINDINGS}
    assert set(fm.TEMPLATES) - used == set()
    assert None not in used


def test_every_rule_has_a_title_and_a_citation():
    assert set(fm.TITLES) == set(SOURCES)
    assert {key.split("/")[0] for key in fm.CITES} == set(SOURCES)
    assert {key.split("/")[0] for key in fm.TEMPLATES} == set(SOURCES)


DOCUMENT_IN_SOURCE = {"APP-2021": "人社部发〔2021〕39号", "MW-REG": "最低工资规定"}


@pytest.mark.parametrize("key", sorted(fm.CITES))
def test_citations_agree_with_the_rule_registry(key: str):
    source = SOURCES[key.split("/")[0]]
    numbers = set(re.findall(r"\d+", source))
    for piece in fm.CITES[key].split(";"):
        document = piece.split(" Art")[0].split(",")[0].strip()
        assert DOCUMENT_IN_SOURCE.get(document, document) in source, piece
        articles = re.findall(r"Arts? ([\d, ()]+)", piece)
        assert set(re.findall(r"\d+", " ".join(articles))) <= numbers, piece


def figures(params: dict[str, Any]) -> list[str]:
    """The figures a reader must find in the message."""
    words = {"ktv": "KTV or song hall", "height": "work at height", "toxic": "toxic substances"}
    out = []
    for key, value in params.items():
        if key in ("missing", "method", "problem", "unrelated", "zero", "override", "within"):
            continue
        if value is None or value == "" or (key == "percent" and not params["post_wage_fen"]):
            continue  # (the ratio does not matter when there is no same-post wage)
        if key.endswith("_fen"):
            out.append(f"{fm.format_yuan(value)} yuan")
        elif key == "level":
            out.append({3: "III", 4: "IV"}[value])
        elif key == "venue":
            out.append(words[value])
        elif key == "hazards":
            out.append(", ".join(words[h] for h in value))
        elif key == "gaps":
            out.append(", ".join(f"{a}–{b}" for a, b in value))
        elif key == "kind":
            out.append({"commission": "A commission"}.get(value, value))
        elif isinstance(value, float):
            out.append(f"{value:g}")
        else:
            out.append(str(value))
    return out


@pytest.mark.parametrize("finding", CASES)
def test_each_finding_reads_with_its_figures_and_article(finding: Finding):
    key = fm.template_key(finding.rule_id, finding.field, finding.params, finding.severity)
    text = fm.finding_text(finding)
    assert key is not None
    assert "{" not in text and "None" not in text
    cite = fm.CITES.get(key) or fm.CITES[finding.rule_id]
    assert f"({cite})." in text
    for figure in figures(finding.params):
        assert figure in text, (figure, text)
    if "override" in finding.params:
        assert text.endswith(
            f"under {EXCEPTION['exception_filing_ref']} (REG-2021 Art 17 lead-in)."
        )
    else:
        assert text.endswith(f"({cite}).")


@pytest.mark.parametrize("finding", CASES)
def test_template_placeholders_are_filled_by_the_params_rules_produce(finding: Finding):
    key = fm.template_key(finding.rule_id, finding.field, finding.params, finding.severity)
    assert key is not None
    assert placeholders(fm.TEMPLATES[key]) <= set(fm.values(finding.params, lambda _c, t: t))
