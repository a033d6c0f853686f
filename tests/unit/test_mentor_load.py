"""Mentor load against the limit (R-APP-10 / R-SUP-3) and pay-month helpers."""

from __future__ import annotations

import datetime as dt

from jilin_apprentice.domain.mentor_load import (
    last_months,
    load_limit,
    load_state,
    month_end,
    month_start,
    overlaps_month,
    overload_finding,
)

D = dt.date
DEFAULTS = {"enterprise_mentor": 10, "school_supervisor": 40}


def test_own_limit_wins_over_the_default() -> None:
    assert load_limit(3, "enterprise_mentor", DEFAULTS) == (3, False)
    assert load_limit(None, "enterprise_mentor", DEFAULTS) == (10, True)
    assert load_limit(None, "school_supervisor", DEFAULTS) == (40, True)


def test_no_default_means_no_limit() -> None:
    assert load_limit(None, "enterprise_mentor", None) == (None, False)
    state = load_state(range(500), None, "enterprise_mentor", None)
    assert state.load == 500 and not state.over_limit


def test_exactly_at_the_limit_is_not_over_one_more_is() -> None:
    at = load_state([1, 2, 3], 3, "enterprise_mentor", DEFAULTS)
    assert (at.load, at.limit, at.over_limit) == (3, 3, False)
    over = load_state([1, 2, 3, 4], 3, "enterprise_mentor", DEFAULTS)
    assert over.over_limit


def test_the_same_learner_twice_counts_once() -> None:
    assert load_state([7, 7, 8], 1, "school_supervisor", DEFAULTS).load == 2


def test_default_limit_boundary() -> None:
    assert not load_state(range(10), None, "enterprise_mentor", DEFAULTS).over_limit
    assert load_state(range(11), None, "enterprise_mentor", DEFAULTS).over_limit


def test_overload_finding_names_the_rule_by_kind() -> None:
    f = overload_finding("enterprise_mentor", "李师傅", 11, 10)
    assert (f.rule_id, f.severity, f.field) == ("R-APP-10", "warn", "enterprise_mentor_id")
    assert f.params == {"name": "李师傅", "load": 11, "limit": 10}
    assert overload_finding("school_supervisor", "张老师", 41, 40).rule_id == "R-SUP-3"


def test_months() -> None:
    assert month_start(D(2026, 2, 17)) == D(2026, 2, 1)
    assert month_end(D(2028, 2, 5)) == D(2028, 2, 29)
    assert month_end(D(2026, 12, 1)) == D(2026, 12, 31)
    assert last_months(D(2026, 2, 15), 3) == [D(2025, 12, 1), D(2026, 1, 1), D(2026, 2, 1)]


def test_overlap_includes_first_and_last_day() -> None:
    month = D(2026, 10, 1)
    assert overlaps_month(D(2026, 9, 1), D(2026, 10, 1), month)
    assert overlaps_month(D(2026, 10, 31), D(2027, 1, 1), month)
    assert not overlaps_month(D(2026, 9, 1), D(2026, 9, 30), month)
    assert not overlaps_month(D(2026, 11, 1), D(2026, 12, 1), month)
