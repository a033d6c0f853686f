"""Logbook rules: ISO weeks, prefilled days, the review state machine, R-LOG-1 findings."""

from __future__ import annotations

import datetime as dt

import pytest

from jilin_apprentice.domain import logbook_rules as rules
from jilin_apprentice.domain.enums import DayType, LogStatus

D = dt.date


def test_monday_and_weeks_between():
    assert rules.monday(D(2026, 11, 29)) == D(2026, 11, 23)  # Sunday
    assert rules.monday(D(2026, 11, 23)) == D(2026, 11, 23)
    assert rules.weeks_between(D(2026, 12, 31), D(2027, 1, 4)) == [D(2026, 12, 28), D(2027, 1, 4)]
    assert rules.week_in_range(D(2026, 11, 23), D(2026, 11, 29), D(2026, 12, 31))  # Sunday start
    assert not rules.week_in_range(D(2026, 11, 16), D(2026, 11, 23), D(2026, 12, 31))


def test_prefilled_days_from_working_days_and_calendar():
    week = D(2026, 11, 23)
    six = rules.prefilled_days(week, D(2026, 11, 25), D(2027, 1, 1), 6)
    assert [t for _d, t in six] == [None, None] + [DayType.ENTERPRISE] * 4 + [None]
    cal = {D(2026, 11, 23): DayType.SCHOOL, D(2026, 11, 24): DayType.HOLIDAY}
    days = rules.prefilled_days(week, D(2026, 1, 1), D(2026, 11, 24), 5, cal)
    assert [t for _d, t in days] == [DayType.SCHOOL, DayType.HOLIDAY] + [None] * 5


@pytest.mark.parametrize(
    ("action", "status", "allowed"),
    [
        ("submit", LogStatus.DRAFT, True),
        ("submit", LogStatus.RETURNED, True),
        ("submit", LogStatus.SUBMITTED, False),
        ("submit", LogStatus.APPROVED, False),
        ("approve", LogStatus.SUBMITTED, True),
        ("approve", LogStatus.DRAFT, False),
        ("approve", LogStatus.APPROVED, False),
        ("return", LogStatus.SUBMITTED, True),
        ("return", LogStatus.APPROVED, False),
        ("return", LogStatus.RETURNED, False),
    ],
)
def test_state_machine(action, status, allowed):
    assert rules.transition_allowed(action, status) is allowed


def test_only_draft_and_returned_are_editable():
    assert [s for s in LogStatus if rules.can_edit(s)] == [LogStatus.DRAFT, LogStatus.RETURNED]


def test_missing_weeks_boundaries():
    start, end = D(2026, 11, 2), D(2026, 12, 31)
    # today Monday 11-23: the week of 11-16 ended yesterday and counts; 11-23 does not
    assert rules.missing_weeks(start, end, D(2026, 11, 23), []) == [
        D(2026, 11, 2),
        D(2026, 11, 9),
        D(2026, 11, 16),
    ]
    assert rules.missing_weeks(start, end, D(2026, 11, 22), [D(2026, 11, 2)]) == [D(2026, 11, 9)]
    assert rules.missing_weeks(start, end, D(2026, 11, 2), []) == []


def test_findings():
    assert rules.log_missing_finding([]) is None
    weeks = [D(2026, 11, 2), D(2026, 11, 9), D(2026, 11, 16), D(2026, 11, 23)]
    f = rules.log_missing_finding(weeks)
    assert (f.rule_id, f.severity, f.field) == ("R-LOG-1", "warn", "logbook")
    assert f.params == {"count": 4, "weeks": "2026-11-02, 2026-11-09, 2026-11-16"}
    c = rules.copy_finding(D(2026, 11, 16), 92, "王** 2026-11-16")
    assert (c.rule_id, c.severity) == ("R-LOG-COPY", "warn")
    assert c.params == {"week": "2026-11-16", "similarity": 92, "source": "王** 2026-11-16"}
