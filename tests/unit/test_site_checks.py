"""Site-visit checklist (R-SUP-4, R-REC-1 (6)) and assessment expiry (R-ENT-1)."""

from __future__ import annotations

import datetime as dt

import pytest

from jilin_apprentice.domain.site_checks import (
    ITEM_KEYS,
    SITE_ITEMS,
    assessment_state,
    checklist_violations,
    default_valid_until,
    expiry_finding,
    problem_items,
)

D = dt.date
TODAY = D(2026, 11, 26)
ALL_OK = dict.fromkeys(ITEM_KEYS, "ok")


def test_the_regulation_items_each_with_a_source():
    assert ITEM_KEYS == (
        "working_hours",
        "environment",
        "safety",
        "lodging",
        "pay_received",
        "talked_to_student",
    )
    assert all("REG-2021 Art" in item.source and "R-" in item.source for item in SITE_ITEMS)


def test_a_complete_checklist_passes():
    assert checklist_violations(ALL_OK, None) == []
    assert checklist_violations({**ALL_OK, "lodging": "n/a"}, "") == []


def test_every_item_must_be_answered_with_a_known_answer():
    checklist = {**ALL_OK, "safety": "maybe"}
    del checklist["lodging"]
    found = {(v.field, v.code) for v in checklist_violations(checklist, None)}
    assert found == {("checklist.lodging", "required"), ("checklist.safety", "choice.invalid")}


def test_unknown_items_are_refused():
    found = checklist_violations({**ALL_OK, "canteen": "ok"}, None)
    assert [(v.field, v.code, v.params) for v in found] == [
        ("checklist", "visit.unknown_items", {"items": "canteen"})
    ]


def test_a_problem_needs_a_note():
    checklist = {**ALL_OK, "pay_received": "problem", "safety": "problem"}
    found = checklist_violations(checklist, "   ")
    assert [(v.field, v.code, v.params) for v in found] == [
        ("notes", "visit.problem_needs_note", {"count": 2})
    ]
    assert checklist_violations(checklist, "10月工资未发，已约企业11月10日前补发") == []
    assert problem_items(checklist) == ["safety", "pay_received"]


def test_default_valid_until_clamps_month_ends():
    assert default_valid_until(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert default_valid_until(D(2024, 2, 29), 12) == D(2025, 2, 28)
    assert default_valid_until(D(2026, 3, 5), 0) == D(2026, 3, 5)


@pytest.mark.parametrize(
    ("passed", "until", "state"),
    [
        (True, TODAY - dt.timedelta(days=1), "expired"),
        (True, TODAY, "expiring"),
        (True, TODAY + dt.timedelta(days=30), "expiring"),
        (True, TODAY + dt.timedelta(days=31), "valid"),
        (False, TODAY + dt.timedelta(days=300), "failed"),
    ],
)
def test_assessment_state_boundaries(passed, until, state):
    assert assessment_state(passed, until, TODAY) == state


def passed(until: dt.date) -> tuple[tuple[bool, dt.date, dt.date], dt.date]:
    return (True, D(2025, 12, 1), until), until


def test_not_started_placement_needs_the_assessment_valid_on_its_start():
    start = D(2027, 3, 1)
    assert expiry_finding(*passed(start), start, TODAY) is None  # valid_until == start: fine
    finding = expiry_finding(*passed(start - dt.timedelta(days=1)), start, TODAY)
    assert finding is not None
    assert (finding.rule_id, finding.severity, finding.field) == (
        "R-ENT-1",
        "warn",
        "enterprise_id",
    )
    assert finding.params == {"expired": "2027-02-28"}


def test_running_placement_needs_it_valid_today():
    start = D(2026, 9, 1)
    assert expiry_finding(*passed(TODAY), start, TODAY) is None
    finding = expiry_finding(*passed(TODAY - dt.timedelta(days=1)), start, TODAY)
    assert finding is not None and finding.params == {"expired": "2026-11-25"}


def test_a_failed_latest_assessment_is_reported_as_failed():
    latest = (False, D(2026, 10, 8), D(2027, 10, 8))
    finding = expiry_finding(latest, D(2027, 6, 1), D(2027, 3, 1), TODAY)
    assert finding is not None and finding.params == {"failed": "2026-10-08"}


def test_no_assessment_is_left_to_the_rule_engine():
    assert expiry_finding(None, None, D(2027, 3, 1), TODAY) is None
