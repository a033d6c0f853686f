"""Period and apprenticeship rules at and around their thresholds (rulebook §1, §3, §4.2)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from jilin_apprentice.domain.rules.engine import check_placement
from jilin_apprentice.domain.rules.model import (
    Finding,
    MinWageTable,
    Parameter,
    PlacementFacts,
    RuleParams,
)

START = dt.date(2026, 9, 1)
# a table in force on START and less than two years old, so R-JL-MW-1 stays quiet
FRESH_TABLE = MinWageTable(
    dt.date(2026, 1, 1), {1: 200_000, 2: 190_000, 3: 180_000, 4: 170_000}, "test table", True
)


def facts(**change: object) -> PlacementFacts:
    """A placement that passes every rule; each test changes one thing."""
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
        lowest_wage_grade_fen=None,
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


def apprentice(**change: object) -> PlacementFacts:
    """企业新型学徒制 period that passes every rule (judged with `fresh()`)."""
    base = facts(
        placement_type="apprenticeship",
        programme="enterprise_new",
        labour_contract_start=START,
        labour_contract_end=dt.date(2028, 8, 31),
        apprenticeship_start=START,
        apprenticeship_end=dt.date(2028, 8, 31),
        apprentice_wage_fen=250_000,
        min_wage_area_class=1,
    )
    return dataclasses.replace(base, **change)


COG = {"placement_type": "cognitive"}
JOINT = {
    "placement_type": "apprenticeship",
    "programme": "school_joint",
    "training_agreement_ref": "X",
}
EMPLOYEE = {"placement_type": "apprenticeship", "programme": "enterprise_new"}


def fresh(**change: object) -> RuleParams:
    """Default parameters with FRESH_TABLE as the only minimum-wage table."""
    return dataclasses.replace(RuleParams(), **({"min_wage_tables": (FRESH_TABLE,)} | change))


def param(name: str, value: object) -> dict[str, Parameter]:
    return {name: dataclasses.replace(getattr(RuleParams(), name), value=value)}


def found(f: PlacementFacts, rule: str, params: RuleParams | None = None) -> list[Finding]:
    return [x for x in check_placement(f, params) if x.rule_id == rule]


def ids(f: PlacementFacts, params: RuleParams | None = None) -> list[str]:
    return [x.rule_id for x in check_placement(f, params)]


def test_the_baselines_pass_every_rule():
    assert check_placement(facts()) == []
    assert check_placement(apprentice(), fresh()) == []
    assert check_placement(facts(**JOINT)) == []


@pytest.mark.parametrize(
    ("birth", "change", "warned"),
    [
        (dt.date(2008, 9, 2), {}, True),  # 17 years 364 days on the start date
        (dt.date(2008, 9, 1), {}, False),  # 18th birthday on the start date
        (dt.date(2008, 2, 29), {"start_date": dt.date(2026, 2, 28)}, True),  # 18 on 1 March
        (dt.date(2008, 2, 29), {"start_date": dt.date(2026, 3, 1)}, False),
        (dt.date(2009, 1, 1), {"health_check_date": dt.date(2026, 6, 1)}, False),
        (dt.date(2009, 1, 1), COG, False),
        (dt.date(2009, 1, 1), JOINT, True),
        (dt.date(2009, 1, 1), EMPLOYEE, False),
    ],
)
def test_health_check_missing_warns_for_minors_at_a_post(birth, change, warned):
    got = found(facts(**({"birth_date": birth, "health_check_date": None} | change)), "R-AGE-4")
    assert got == ([Finding("R-AGE-4", "warn", "student_id", {"age": 17})] if warned else [])


@pytest.mark.parametrize(
    ("birth", "info"), [(dt.date(2010, 9, 2), True), (dt.date(2010, 9, 1), False)]
)
def test_young_cognitive_is_an_info_note_under_16(birth, info):
    f = facts(placement_type="cognitive", birth_date=birth, health_check_date=None)
    expected = [Finding("R-AGE-5", "info", "start_date", {"age": 15})] if info else []
    assert check_placement(f) == expected
    assert "R-AGE-5" not in ids(dataclasses.replace(f, placement_type="post"))


@pytest.mark.parametrize(
    ("application", "approved", "missing"),
    [
        (False, None, ["self_choice_application", "school_approval_date"]),
        (True, None, ["school_approval_date"]),
        (False, dt.date(2026, 8, 1), ["self_choice_application"]),
        (True, dt.date(2026, 8, 1), []),
    ],
)
def test_self_chosen_unit_needs_application_and_approval(application, approved, missing):
    f = facts(
        source="self_chosen", self_choice_application=application, school_approval_date=approved
    )
    block = [Finding("R-CONSENT-2", "block", missing[0], {"missing": missing})] if missing else []
    assert check_placement(f) == block
    assert ids(dataclasses.replace(f, placement_type="cognitive")) == ["R-TYPE-2"]


@pytest.mark.parametrize(
    ("days", "limit", "change", "warned"),
    [
        (182, 183, {}, False),
        (183, 183, {}, False),
        (184, 183, {}, True),
        (241, 240, {}, True),
        (400, 183, COG, False),
        (400, 183, JOINT, False),  # counts 岗位实习 days only
    ],
)
def test_post_days_over_183_warn(days, limit, change, warned):
    got = found(
        facts(student_post_days=days, **change), "R-DUR-1", fresh(**param("post_warn_days", limit))
    )
    expected = [Finding("R-DUR-1", "warn", "end_date", {"days": days, "max": limit})]
    assert got == (expected if warned else [])


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"outside_province": True}, [("block", "cross_province_approval_ref")]),
        ({"outside_province": True, "cross_province_approval_ref": "批-1"}, []),
        ({"filing_ref": None}, [("warn", "filing_ref")]),
        ({"filing_ref": ""}, [("warn", "filing_ref")]),
        ({**COG, "filing_ref": None}, []),
        ({**COG, "outside_province": True}, [("block", "cross_province_approval_ref")]),
    ],
)
def test_cross_province_approval_and_filing(change, expected):
    assert [(x.severity, x.field) for x in found(facts(**change), "R-DUR-2")] == expected


@pytest.mark.parametrize(
    ("away", "lodging", "consent", "ref", "missing"),
    [
        (True, "outside", False, None, ["lodging_guardian_consent", "lodging_filing_ref"]),
        (True, "outside", True, None, ["lodging_filing_ref"]),
        (True, "outside", False, "住-1", ["lodging_guardian_consent"]),
        (True, "outside", True, "住-1", []),
        (True, "unified", False, None, []),
        (False, "outside", False, None, []),
    ],
)
def test_lodging_outside_when_away_needs_consent_and_filing(away, lodging, consent, ref, missing):
    f = facts(away_from_school=away, lodging=lodging, lodging_guardian_consent=consent)
    f = dataclasses.replace(f, lodging_filing_ref=ref)
    expected = [Finding("R-LODGE-1", "block", "lodging", {"missing": missing})] if missing else []
    assert check_placement(f) == expected


@pytest.mark.parametrize(
    ("change", "missing"),
    [
        ({"safety_training_date": None}, "safety_training_date"),
        ({"safety_assessment_passed": False}, "safety_passed"),
        ({"safety_training_date": None, "safety_assessment_passed": False}, "safety_training_date"),
        ({**COG, "safety_training_date": None}, "safety_training_date"),
        ({**EMPLOYEE, "safety_assessment_passed": False}, "safety_passed"),
    ],
)
def test_safety_training_and_assessment_for_every_type(change, missing):
    assert found(facts(**change), "R-SAFE-1") == [
        Finding("R-SAFE-1", "block", "safety_training_date", {"missing": missing})
    ]


def test_post_needs_a_signed_agreement_cognitive_does_not():
    unsigned = facts(agreement_signed_all=False)
    assert check_placement(unsigned) == [Finding("R-AGR-1", "block", "agreement")]
    assert check_placement(dataclasses.replace(unsigned, placement_type="cognitive")) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"pay_amount_fen": None}, [Finding("R-PAY-1", "block", "pay_amount")]),
        ({"pay_amount_fen": 0}, [Finding("R-PAY-1", "warn", "pay_amount", {"zero": True})]),
        ({"pay_amount_fen": 1}, []),
        ({**COG, "pay_amount_fen": None}, []),
        ({**EMPLOYEE, "pay_amount_fen": None}, []),
    ],
)
def test_pay_amount_must_be_set_for_post_placements(change, expected):
    assert found(facts(**change), "R-PAY-1") == expected


@pytest.mark.parametrize(
    ("days", "limit", "change", "warned"),
    [
        (30, 31, {}, False),
        (31, 31, {}, False),
        (32, 31, {}, True),
        (31, 30, {}, True),
        (90, 31, COG, False),
        (90, 31, EMPLOYEE, False),
        (32, 31, JOINT, True),
    ],
)
def test_pay_cycle_of_at_most_31_days(days, limit, change, warned):
    got = found(
        facts(pay_cycle_days=days, **change), "R-PAY-4", fresh(**param("max_pay_cycle_days", limit))
    )
    expected = [Finding("R-PAY-4", "warn", "pay_cycle_days", {"days": days, "max": limit})]
    assert got == (expected if warned else [])


def paid(pay: int, **change: object) -> PlacementFacts:
    """Relatively independent intern whose R-PAY-2 benchmark is met, in area class 1."""
    values = {"pay_monthly_equiv_fen": pay, "same_post_wage_fen": pay, "min_wage_area_class": 1}
    return facts(**(values | change))


@pytest.mark.parametrize(("pay", "warned"), [(200_001, False), (200_000, False), (199_999, True)])
def test_pay_below_the_minimum_wage_warns(pay, warned):
    figures = {"pay_fen": pay, "min_fen": 200_000, "area_class": 1}
    expected = [Finding("R-PAY-5", "warn", "pay_amount", figures)] if warned else []
    assert check_placement(paid(pay), fresh()) == expected


@pytest.mark.parametrize(
    ("change", "warned"),
    [
        ({"min_wage_area_class": 2}, True),  # 190,000 in class 2
        ({"min_wage_area_class": 4}, False),  # 170,000 in class 4
        ({"min_wage_area_class": None}, False),
        ({"independence": "assisting"}, False),
        ({"pay_monthly_equiv_fen": None}, False),
        (COG, False),
        (JOINT, True),
        (EMPLOYEE, False),  # judged by R-APP-7 instead
    ],
)
def test_who_is_held_to_the_minimum_wage(change, warned):
    assert bool(found(paid(185_000, **change), "R-PAY-5", fresh())) is warned


@pytest.mark.parametrize(
    ("effective", "start", "stale"),
    [
        (dt.date(2024, 1, 15), dt.date(2026, 1, 14), False),
        (dt.date(2024, 1, 15), dt.date(2026, 1, 15), False),  # exactly 24 months
        (dt.date(2024, 1, 15), dt.date(2026, 1, 16), True),
        (dt.date(2024, 2, 29), dt.date(2026, 2, 28), False),  # leap-day table, month-end clip
        (dt.date(2024, 2, 29), dt.date(2026, 3, 1), True),
    ],
)
def test_min_wage_table_older_than_24_months_warns(effective, start, stale):
    table = dataclasses.replace(FRESH_TABLE, effective_from=effective)
    got = found(paid(300_000, start_date=start), "R-JL-MW-1", fresh(min_wage_tables=(table,)))
    figures = {"effective_from": effective.isoformat(), "months": 24}
    assert got == ([Finding("R-JL-MW-1", "warn", "pay_amount", figures)] if stale else [])


def test_seeded_2021_table_is_stale_in_2026_but_still_judges_pay():
    got = check_placement(paid(187_999))
    assert [(x.rule_id, x.params.get("effective_from")) for x in got] == [
        ("R-JL-MW-1", "2021-12-01"),
        ("R-PAY-5", None),
    ]
    assert ids(paid(188_000)) == ["R-JL-MW-1"]
    longer = RuleParams(**param("min_wage_staleness_months", 60))
    assert check_placement(paid(188_000), longer) == []


def test_no_table_in_force_refuses_to_judge():
    early = paid(1, start_date=dt.date(2025, 12, 31))
    expected = [Finding("R-JL-MW-1", "warn", "pay_amount", {"date": "2025-12-31"})]
    assert check_placement(early, fresh()) == expected


def test_each_start_date_is_judged_by_the_table_in_force_then():
    newer = dataclasses.replace(
        FRESH_TABLE, effective_from=dt.date(2027, 1, 1), monthly_fen={1: 250_000}
    )
    params = fresh(min_wage_tables=(newer, FRESH_TABLE))
    assert ids(paid(220_000), params) == []
    later = paid(220_000, start_date=dt.date(2027, 1, 1))
    assert [x.params["min_fen"] for x in check_placement(later, params)] == [250_000]


@pytest.mark.parametrize(
    "f",
    [paid(1, min_wage_area_class=3), apprentice(min_wage_area_class=3, apprentice_wage_fen=1)],
    ids=["R-PAY-5", "R-APP-7"],
)
def test_area_class_missing_from_the_table_is_reported(f):
    partial = dataclasses.replace(FRESH_TABLE, monthly_fen={1: 200_000})
    assert ids(f, fresh(min_wage_tables=(partial,))) != []


@pytest.mark.parametrize(
    ("ent", "ent_staff", "post", "post_staff", "warned"),
    [
        (20, 200, 5, 50, []),  # exactly 10 %
        (21, 200, 5, 50, ["R-CAP-1"]),
        (1, 9, 1, 5, ["R-CAP-1"]),  # 11.1 %
        (1, 10, 1, 5, []),
        (5, 200, 10, 50, []),  # exactly 20 %
        (5, 200, 11, 50, ["R-CAP-2"]),
        (21, 200, 11, 50, ["R-CAP-1", "R-CAP-2"]),
    ],
)
def test_intern_caps_at_10_and_20_percent(ent, ent_staff, post, post_staff, warned):
    f = facts(enterprise_peak_interns=ent, enterprise_on_post_staff=ent_staff)
    f = dataclasses.replace(f, post_peak_interns=post, post_on_post_staff=post_staff)
    assert ids(f) == warned


def test_cap_finding_names_the_peak_day_and_figures():
    f = facts(enterprise_peak_interns=21, enterprise_peak_day=dt.date(2026, 10, 8))
    figures = {"interns": 21, "staff": 200, "pct": 10, "day": "2026-10-08"}
    assert check_placement(f) == [Finding("R-CAP-1", "warn", "enterprise_id", figures)]
    assert found(facts(post_peak_interns=11), "R-CAP-2")[0].params["day"] == ""


@pytest.mark.parametrize(
    ("ent_staff", "post_staff", "expected"),
    [
        (0, 50, [("R-CAP-1", "enterprise_id")]),
        (200, 0, [("R-CAP-2", "post_id")]),
        (-1, 0, [("R-CAP-1", "enterprise_id"), ("R-CAP-2", "post_id")]),
    ],
)
def test_unknown_staff_counts_warn_as_missing(ent_staff, post_staff, expected):
    got = check_placement(facts(enterprise_on_post_staff=ent_staff, post_on_post_staff=post_staff))
    assert [(x.rule_id, x.field) for x in got] == expected
    assert all(x.severity == "warn" and x.params == {"missing": True} for x in got)


def test_caps_are_parameters_and_apply_to_post_placements_only():
    wider = RuleParams(**param("enterprise_cap_pct", 15), **param("post_cap_pct", 30))
    assert ids(facts(enterprise_peak_interns=30, post_peak_interns=15), wider) == []
    over = facts(enterprise_peak_interns=31, post_peak_interns=16)
    assert ids(over, wider) == ["R-CAP-1", "R-CAP-2"]
    assert ids(facts(**COG, enterprise_on_post_staff=0, post_on_post_staff=0)) == []


CROSS = {"student_major_category": "46", "post_major_category": "47"}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"post_unrelated_to_major": True}, [("R-MAJ-1", "block")]),
        (CROSS, [("R-MAJ-1", "warn")]),
        ({"student_major_category": "46", "post_major_category": "46"}, []),
        ({"student_major_category": "46"}, []),
        ({**CROSS, "post_unrelated_to_major": True}, [("R-MAJ-1", "block")]),
        ({"post_simple_repetitive_only": True}, [("R-MAJ-2", "warn")]),
        ({**COG, "post_unrelated_to_major": True}, []),
        ({**JOINT, **CROSS}, [("R-MAJ-1", "warn")]),
        ({**JOINT, "post_simple_repetitive_only": True}, []),  # R-MAJ-2 is for 岗位实习
    ],
)
def test_post_must_fit_the_major(change, expected):
    assert [(x.rule_id, x.severity) for x in check_placement(facts(**change))] == expected


@pytest.mark.parametrize(
    ("site", "attest", "missing"),
    [
        (False, True, ["site_assessment"]),
        (True, False, ["attestations"]),
        (False, False, ["site_assessment", "attestations"]),
    ],
)
def test_enterprise_needs_site_assessment_and_attestations(site, attest, missing):
    f = facts(site_assessment_done=site, enterprise_attestations_given=attest)
    assert check_placement(f) == [Finding("R-ENT-1", "warn", "enterprise_id", {"missing": missing})]
    assert check_placement(dataclasses.replace(f, placement_type="cognitive")) == []


def test_joint_enrolment_needs_a_training_agreement():
    assert check_placement(facts(**JOINT | {"training_agreement_ref": None})) == [
        Finding("R-APP-2", "block", "apprenticeship")
    ]
    assert check_placement(apprentice(training_agreement_ref=None), fresh()) == []


@pytest.mark.parametrize(
    ("start", "end", "blocked"),
    [
        (dt.date(2026, 1, 1), dt.date(2026, 12, 31), False),  # exactly 12 months
        (dt.date(2026, 1, 1), dt.date(2026, 12, 30), True),
        (dt.date(2026, 3, 31), dt.date(2027, 3, 30), False),
        (dt.date(2026, 3, 31), dt.date(2027, 3, 29), True),
        (None, dt.date(2027, 12, 31), True),
        (dt.date(2026, 1, 1), None, True),
    ],
)
def test_labour_contract_of_at_least_12_months(start, end, blocked):
    f = apprentice(labour_contract_start=start, labour_contract_end=end)
    expected = [Finding("R-APP-4", "block", "apprenticeship", {"months": 12})]
    assert check_placement(f, fresh()) == (expected if blocked else [])
    assert "R-APP-4" not in ids(dataclasses.replace(f, **JOINT), fresh())


@pytest.mark.parametrize(
    ("end", "severity"),
    [
        (dt.date(2027, 8, 30), "warn"),  # one day short of 12 months
        (dt.date(2027, 8, 31), None),  # exactly 12 months
        (dt.date(2028, 8, 31), None),  # exactly 24 months
        (dt.date(2028, 9, 1), "warn"),
        (dt.date(2029, 8, 31), "warn"),  # exactly 36 months
        (dt.date(2029, 9, 1), "block"),
    ],
)
def test_apprenticeship_duration_12_24_36_months(end, severity):
    got = found(apprentice(apprenticeship_end=end), "R-APP-6", fresh())
    expected = {"warn": {"min": 12, "max": 24}, "block": {"max": 36}}
    assert [(x.severity, x.params) for x in got] == (
        [(severity, expected[severity])] if severity else []
    )


def test_apprenticeship_duration_needs_both_dates_and_the_enterprise_programme():
    assert found(apprentice(apprenticeship_end=None), "R-APP-6", fresh()) == []
    long_joint = facts(**JOINT, apprenticeship_start=START, apprenticeship_end=dt.date(2031, 1, 1))
    assert ids(long_joint) == []


@pytest.mark.parametrize(
    ("wage", "blocked"), [(200_001, False), (200_000, False), (199_999, True), (None, True)]
)
def test_apprentice_wage_at_least_the_minimum_wage(wage, blocked):
    figures = {"pay_fen": wage, "min_fen": 200_000, "area_class": 1}
    expected = [Finding("R-APP-7", "block", "apprenticeship", figures)] if blocked else []
    assert check_placement(apprentice(apprentice_wage_fen=wage), fresh()) == expected


def test_apprentice_wage_with_stale_or_missing_tables():
    stale = check_placement(apprentice(apprentice_wage_fen=187_999))
    assert [x.rule_id for x in stale] == ["R-JL-MW-1", "R-APP-7"]
    early = apprentice(start_date=dt.date(2025, 6, 1), apprentice_wage_fen=1)
    expected = [Finding("R-JL-MW-1", "warn", "apprenticeship", {"date": "2025-06-01"})]
    assert check_placement(early, fresh()) == expected
    unknown_area = apprentice(min_wage_area_class=None, apprentice_wage_fen=1)
    assert check_placement(unknown_area, fresh()) == []


def test_employee_apprentices_are_not_held_to_intern_rules():
    unset = dict.fromkeys(
        ("pay_amount_fen", "insured_until", "health_check_date", "enterprise_mentor_id")
    )
    f = apprentice(**unset, consent_guardian_signed=False, grade_year_at_start=1, pay_cycle_days=60)
    f = dataclasses.replace(f, birth_date=dt.date(2009, 1, 1), apprentice_wage_fen=199_999)
    assert not f.is_post
    assert ids(f, fresh()) == ["R-APP-7"]


def test_joint_enrolment_apprentice_needs_informed_consent():
    f = facts(**JOINT, consent_guardian_signed=False)
    assert f.is_post
    assert "R-CONSENT-1" in ids(f)


@pytest.mark.parametrize(
    "change",
    [
        {"shift_start": dt.time(22, 0), "shift_end": dt.time(6, 0)},  # R-TIME-3 night shift
        {"work_on_rest_days": True},  # R-TIME-4
        {"outside_province": True},  # R-DUR-2 cross-province internship approval
        {"away_from_school": True, "lodging": "outside"},  # R-LODGE-1
    ],
)
def test_employee_apprentices_are_not_held_to_internship_only_rules(change):
    assert ids(apprentice(**change), fresh()) == []
