"""Cover arithmetic at the boundaries: gaps day by day, expiry steps, policy findings."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jilin_apprentice.domain import coverage as cov
from jilin_apprentice.domain.coverage import CoverRow, CoverSpan, Gap, Segment

D = dt.date
START, END = D(2027, 3, 1), D(2027, 6, 30)
TODAY = D(2027, 5, 1)


def gaps_of(cover: list[tuple[dt.date, dt.date]], start=START, end=END) -> list[tuple]:
    merged = cov.merge_cover(CoverSpan(a, b, f"P{i}") for i, (a, b) in enumerate(cover))
    return [(g.start, g.end) for g in cov.uncovered([Segment(start, end)], merged)]


def test_cover_ending_the_day_before_the_end_leaves_that_one_day():
    assert gaps_of([(START, END - dt.timedelta(days=1))]) == [(END, END)]


def test_cover_ending_on_the_end_date_leaves_no_gap():
    assert gaps_of([(START, END)]) == []
    assert gaps_of([(D(2026, 9, 1), D(2027, 8, 31))]) == []


def test_cover_starting_a_day_late_leaves_the_first_day():
    assert gaps_of([(START + dt.timedelta(days=1), END)]) == [(START, START)]


def test_one_uncovered_day_in_the_middle():
    assert gaps_of([(START, D(2027, 4, 14)), (D(2027, 4, 16), END)]) == [
        (D(2027, 4, 15), D(2027, 4, 15))
    ]


def test_abutting_policies_leave_no_gap_and_merge_into_one_block():
    cover = [(START, D(2027, 4, 30)), (D(2027, 5, 1), END)]
    assert gaps_of(cover) == []
    merged = cov.merge_cover([CoverSpan(*cover[0], "A"), CoverSpan(*cover[1], "B")])
    assert merged == [CoverSpan(START, END, "B")]  # the lapse that matters is B's


def test_policies_one_day_apart_leave_that_day():
    cover = [(START, D(2027, 4, 30)), (D(2027, 5, 2), END)]
    assert gaps_of(cover) == [(D(2027, 5, 1), D(2027, 5, 1))]


def test_overlapping_and_unsorted_spans_merge():
    merged = cov.merge_cover(
        [CoverSpan(D(2027, 4, 1), D(2027, 4, 20), "B"), CoverSpan(START, D(2027, 4, 10), "A")]
    )
    assert merged == [CoverSpan(START, D(2027, 4, 20), "B")]


def test_no_cover_at_all_is_one_gap_of_the_whole_placement():
    assert gaps_of([]) == [(START, END)]


def test_extension_past_the_cover_is_uncovered():
    extended = D(2027, 7, 31)
    assert gaps_of([(START, END)], end=extended) == [(D(2027, 7, 1), extended)]


def test_segments_split_at_each_change_of_enterprise():
    history = [(START, D(2027, 4, 14), 7)]
    parts = cov.segments(START, END, 9, history)
    assert parts == [Segment(START, D(2027, 4, 14), 7), Segment(D(2027, 4, 15), END, 9)]
    # two posts at one enterprise are one segment; no history is one segment
    same = cov.segments(START, END, 7, [(START, D(2027, 4, 14), 7)])
    assert same == [Segment(START, END, 7)]
    assert cov.segments(START, END, 9) == [Segment(START, END, 9)]


def test_cover_bought_at_the_first_enterprise_still_counts_after_a_change():
    """Decision: cover is per student, so a policy naming the student covers both enterprises.
    The gap after the cover ends is attributed to the second enterprise."""
    parts = cov.segments(START, END, 9, [(START, D(2027, 4, 14), 7)])
    first_only = cov.merge_cover([CoverSpan(START, D(2027, 4, 14), "A")])
    assert cov.uncovered(parts, first_only) == [Gap(D(2027, 4, 15), END, 9)]
    whole = cov.merge_cover([CoverSpan(START, END, "A")])
    assert cov.uncovered(parts, whole) == []


def test_gap_finding_joins_pieces_at_two_enterprises_and_is_json():
    gaps = [Gap(D(2027, 4, 10), D(2027, 4, 14), 7), Gap(D(2027, 4, 15), D(2027, 4, 20), 9)]
    finding = cov.gap_finding(gaps)
    assert finding is not None
    assert (finding.rule_id, finding.severity) == ("R-INS-1", "block")
    assert finding.params == {"gaps": [["2027-04-10", "2027-04-20"]], "uncovered_days": 11}
    assert json.loads(json.dumps(finding.params)) == finding.params
    assert cov.gap_finding([]) is None


@pytest.mark.parametrize(
    ("days_left", "within"), [(31, None), (30, 30), (8, 30), (7, 7), (0, 7), (-1, None)]
)
def test_expiry_warns_at_30_and_7_days(days_left, within):
    ends = TODAY + dt.timedelta(days=days_left)
    merged = [CoverSpan(START, ends, "P-1")]
    found = cov.expiry_findings(START, END, merged, TODAY, (30, 7))
    if within is None:
        assert found == []
    else:
        assert [(f.rule_id, f.severity) for f in found] == [("R-INS-EXPIRY", "warn")]
        assert found[0].params == {
            "policy_no": "P-1",
            "ends": ends.isoformat(),
            "days_left": days_left,
            "within": within,
        }


def test_no_expiry_warning_when_the_placement_ends_with_the_cover_or_it_is_renewed():
    ends = TODAY + dt.timedelta(days=5)
    assert cov.expiry_findings(START, ends, [CoverSpan(START, ends, "A")], TODAY) == []
    renewed = cov.merge_cover([CoverSpan(START, ends, "A"), CoverSpan(ends, END, "B")])
    assert cov.expiry_findings(START, END, renewed, TODAY) == []


def test_expiry_steps_come_from_the_reference_value():
    settings = cov.InsuranceSettings.from_value(
        {"min_sum_insured_fen": 5, "expiry_warn_days": [7, 45]}
    )
    assert settings == cov.InsuranceSettings(5, (45, 7))
    assert cov.InsuranceSettings.from_value(None) == cov.InsuranceSettings(0, (30, 7))
    merged = [CoverSpan(START, TODAY + dt.timedelta(days=40), "A")]
    found = cov.expiry_findings(START, END, merged, TODAY, settings.expiry_warn_days)
    assert found[0].params["within"] == 45


def test_placement_cover_findings_gives_gap_and_expiry_together():
    merged = [CoverSpan(START, TODAY + dt.timedelta(days=3), "A")]
    gaps, found = cov.placement_cover_findings(
        [Segment(START, END, 1)], merged, TODAY, cov.InsuranceSettings()
    )
    assert gaps == [Gap(TODAY + dt.timedelta(days=4), END, 1)]
    assert [f.rule_id for f in found] == ["R-INS-1", "R-INS-EXPIRY"]


def test_policy_findings_student_payer_and_minimum_sum():
    def rules(**kw):
        base = dict(policy_no="P", policy_type="internship_liability", premium_payer="school")
        return [(f.rule_id, f.severity, f.params) for f in cov.policy_findings(**{**base, **kw})]

    assert rules(sum_insured_fen=100) == []  # no minimum configured
    assert rules(premium_payer="student", sum_insured_fen=100) == [
        ("R-INS-2", "block", {"policy_no": "P"})
    ]
    assert rules(sum_insured_fen=99, min_sum_insured_fen=100) == [
        ("R-INS-4", "warn", {"policy_no": "P", "min_fen": 100, "sum_insured_fen": 99})
    ]
    assert rules(sum_insured_fen=100, min_sum_insured_fen=100) == []
    assert rules(sum_insured_fen=None, min_sum_insured_fen=100)[0][2]["missing"] is True
    accident = rules(policy_type="personal_accident", sum_insured_fen=1, min_sum_insured_fen=100)
    assert accident == []  # the minimum is about liability cover


def test_policy_input_names_each_bad_field():
    problems = cov.policy_input_violations(
        insurer=" ",
        policy_no="X" * 61,
        type="life",
        premium_payer="student",
        start_date=END,
        end_date=START,
        sum_insured_per_person_fen=-1,
        premium_fen=cov.MAX_FEN + 1,
    )
    assert {(v.field, v.code) for v in problems} == {
        ("insurer", "required"),
        ("policy_no", "too_long"),
        ("policy_type", "choice.invalid"),
        ("premium_payer", "policy.premium_payer_student"),
        ("end_date", "date.end_before_start"),
        ("sum_insured_per_person_fen", "number.negative"),
        ("premium_fen", "money.range"),
    }


def test_plan_cover_is_idempotent_and_clips_to_the_policy():
    period = (D(2027, 4, 1), D(2027, 8, 31))
    placements = [(1, 10, START, END), (2, 11, D(2027, 9, 1), D(2027, 12, 1))]
    plan = cov.plan_cover(period, placements, [])
    assert plan.add == [(1, 10, D(2027, 4, 1), END)] and plan.outside == 1
    again = cov.plan_cover(period, placements, [CoverRow(5, 10, 1, D(2027, 4, 1), END)])
    assert (again.add, again.update, again.unchanged) == ([], [], 1)
    extended = cov.plan_cover(
        period, [(1, 10, START, D(2027, 7, 31))], [CoverRow(5, 10, 1, D(2027, 4, 1), END)]
    )
    assert extended.update == [(5, 1, D(2027, 4, 1), D(2027, 7, 31))]
    legacy = cov.plan_cover(period, placements[:1], [CoverRow(6, 10, None, D(2027, 4, 1), END)])
    assert (legacy.add, legacy.update) == ([], [(6, 1, D(2027, 4, 1), END)])


days = st.integers(min_value=0, max_value=120)


@given(
    st.lists(st.tuples(days, st.integers(min_value=0, max_value=40)), max_size=6),
    days,
    st.integers(min_value=0, max_value=90),
)
def test_interval_arithmetic_matches_counting_day_by_day(spans, first, length):
    base = D(2027, 1, 1)
    cover = [(base + dt.timedelta(a), base + dt.timedelta(a + n)) for a, n in spans]
    start, end = base + dt.timedelta(first), base + dt.timedelta(first + length)
    expected = {
        start + dt.timedelta(i)
        for i in range(length + 1)
        if not any(a <= start + dt.timedelta(i) <= b for a, b in cover)
    }
    found = set()
    for a, b in gaps_of(cover, start, end):
        found |= {a + dt.timedelta(i) for i in range((b - a).days + 1)}
    assert found == expected
    ranges = gaps_of(cover, start, end)
    assert all(r1[1] + dt.timedelta(days=1) < r2[0] for r1, r2 in itertools.pairwise(ranges))


def test_every_code_and_field_raised_for_insurance_has_english_text():
    import re
    from pathlib import Path

    from jilin_apprentice import messages

    root = Path(__file__).resolve().parents[2] / "jilin_apprentice"
    raised = set()
    for name in ("domain/coverage.py", "services/insurance.py", "services/incidents.py"):
        source = (root / name).read_text(encoding="utf-8")
        raised |= set(re.findall(r'Violation\(\s*"([\w.]+)",\s*"([\w.]+)"', source))
        raised |= {(f, "required") for f in re.findall(r'Violation\((\w+), "required"\)', source)}
    codes = {code for _, code in raised}
    fields = {f for f, _ in raised if f not in ("name", "fen")}  # loop variables
    assert {"policy.premium_payer_student", "incident.outside_placement"} <= codes
    assert codes - set(messages.CODES) == set()
    assert fields - set(messages.FIELDS) == set()
    text = messages.render("policy.premium_payer_student", {}, "premium_payer")
    assert text.startswith("Premium paid by: the premium may not be charged to students")
    assert "R-INS-2" in text
