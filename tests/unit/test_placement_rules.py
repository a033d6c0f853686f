"""Placement rules at and around their boundaries (rulebook §1; issue 3 item 7)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from jilin_apprentice.domain.rules.engine import RULES, check_placement
from jilin_apprentice.domain.rules.model import PlacementFacts, RuleParams
from jilin_apprentice.domain.rules.placement_rules import shift_in_night

START = dt.date(2026, 9, 1)


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


def ids(f: PlacementFacts) -> list[str]:
    return [finding.rule_id for finding in check_placement(f)]


def test_the_baseline_passes_every_rule():
    assert check_placement(facts()) == []


def test_every_rule_has_an_id_source_and_severity():
    assert len({spec.rule_id for spec in RULES}) == len(RULES)
    assert all(spec.source and spec.severity in ("block", "warn", "info") for spec in RULES)


@pytest.mark.parametrize(
    ("birth", "blocked"),
    [
        (dt.date(2010, 9, 2), True),  # turns 16 the day after the start
        (dt.date(2010, 9, 1), False),  # 16th birthday on the start date
        (dt.date(2010, 8, 31), False),
    ],
)
def test_age_16_at_the_start_date(birth, blocked):
    found = [f for f in check_placement(facts(birth_date=birth)) if f.rule_id == "R-AGE-1"]
    assert bool(found) is blocked
    if blocked:
        assert found[0].params["age"] == 15 and found[0].severity == "block"


def test_under_16_is_fine_for_observation_internships():
    f = facts(placement_type="cognitive", birth_date=dt.date(2011, 1, 1))
    assert "R-AGE-1" not in ids(f)


def test_first_year_students_cannot_do_post_internships():
    assert "R-AGE-2" in ids(facts(grade_year_at_start=1))
    assert "R-AGE-2" not in ids(facts(grade_year_at_start=2))


@pytest.mark.parametrize(
    ("birth", "blocked"), [(dt.date(2008, 9, 2), True), (dt.date(2008, 9, 1), False)]
)
def test_minor_prohibited_post_until_the_18th_birthday(birth, blocked):
    assert ("R-AGE-3" in ids(facts(minor_prohibited=True, birth_date=birth))) is blocked


@pytest.mark.parametrize(
    ("end", "night"),
    [(dt.time(22, 0), False), (dt.time(22, 1), True), (dt.time(21, 59), False)],
)
def test_shift_ending_at_or_after_22(end, night):
    f = facts(shift_start=dt.time(14, 0), shift_end=end)
    assert ("R-TIME-3" in ids(f)) is night


def test_overnight_and_early_morning_shifts_are_night_work():
    assert shift_in_night(dt.time(23, 0), dt.time(7, 0), dt.time(22, 0), dt.time(6, 0))
    assert shift_in_night(dt.time(5, 30), dt.time(14, 0), dt.time(22, 0), dt.time(6, 0))
    assert not shift_in_night(dt.time(6, 0), dt.time(14, 0), dt.time(22, 0), dt.time(6, 0))


def test_night_window_is_a_parameter_not_a_constant():
    later = dataclasses.replace(
        RuleParams(),
        night_start=dataclasses.replace(RuleParams().night_start, value=dt.time(23, 0)),
    )
    f = facts(shift_start=dt.time(14, 0), shift_end=dt.time(22, 30))
    assert [x.rule_id for x in check_placement(f, later)] == []
    assert "R-TIME-3" in ids(f)


@pytest.mark.parametrize(
    ("hours_x10", "days", "expected"),
    [
        (80, 5, []),
        (81, 5, ["block", "warn"]),
        (80, 6, ["block"]),
        (70, 6, ["warn"]),
        (80, 7, ["block", "block"]),
    ],
)
def test_working_hours(hours_x10, days, expected):
    found = [
        f.severity
        for f in check_placement(facts(hours_per_day_x10=hours_x10, days_per_week=days))
        if f.rule_id == "R-TIME-2"
    ]
    assert found == expected


@pytest.mark.parametrize(("pay", "warned"), [(400_000, False), (399_999, True), (500_000, False)])
def test_pay_exactly_80_percent_passes(pay, warned):
    assert ("R-PAY-2" in ids(facts(pay_monthly_equiv_fen=pay))) is warned


def test_pay_below_80_percent_passes_on_the_lowest_grade():
    f = facts(pay_monthly_equiv_fen=300_000, lowest_wage_grade_fen=300_000)
    assert "R-PAY-2" not in ids(f)
    warned = check_placement(dataclasses.replace(f, lowest_wage_grade_fen=300_001))
    assert warned[0].rule_id == "R-PAY-2" and warned[0].severity == "warn"


def test_assisting_interns_are_not_held_to_the_80_percent_rule():
    assert "R-PAY-2" not in ids(facts(independence="assisting", pay_monthly_equiv_fen=1))


@pytest.mark.parametrize("method", ["in_kind", "third_party"])
def test_pay_in_kind_or_via_third_party_blocks(method):
    assert "R-PAY-3" in ids(facts(pay_method=method))


@pytest.mark.parametrize(
    ("insured_until", "blocked"),
    [(dt.date(2027, 2, 27), True), (dt.date(2027, 2, 28), False), (None, True)],
)
def test_insurance_must_reach_the_end_date(insured_until, blocked):
    found = [
        f for f in check_placement(facts(insured_until=insured_until)) if f.rule_id == "R-INS-1"
    ]
    assert bool(found) is blocked
    if insured_until == dt.date(2027, 2, 27):
        assert found[0].params["uncovered_days"] == 1


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        ({"venue_type": "ktv"}, "R-PROH-1"),
        ({"hazards": ("height",)}, "R-PROH-2"),
        ({"intensity_level": 3}, "R-PROH-3"),
        ({"female_prohibited": True}, "R-PROH-4"),
        ({"is_intermediary": True}, "R-PROH-5"),
        ({"source": "via_agent"}, "R-PROH-5"),
        ({"consent_guardian_signed": False}, "R-CONSENT-1"),
        ({"credit_restricted": True}, "R-JL-2"),
        ({"enterprise_mentor_id": None}, "R-SUP-1"),
        ({"overtime_allowed": True}, "R-TIME-3"),
        ({"work_on_public_holidays": True}, "R-TIME-4"),
        ({"study_mode": "part_time"}, "R-SCOPE-1"),
        ({"placement_type": "cognitive", "source": "self_chosen"}, "R-TYPE-2"),
    ],
)
def test_each_prohibition_is_found_alone(change, rule):
    assert ids(facts(**change)) == [rule]


def test_intensity_level_ii_is_allowed():
    assert "R-PROH-3" not in ids(facts(intensity_level=2))


def test_female_prohibition_does_not_apply_to_male_students():
    assert "R-PROH-4" not in ids(facts(female_prohibited=True, sex="M"))
