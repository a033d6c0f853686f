"""The programme checks (R-APP-2, R-APP-4, R-APP-5, R-APP-6) at their boundaries."""

from __future__ import annotations

import datetime as dt

import pytest

from jilin_apprentice.domain.programme_checks import (
    AppParams,
    MemberFacts,
    agreement_findings,
    contract_findings,
    duration_findings,
    longer_than,
    member_findings,
    mentor_findings,
    months_reach,
    percent,
    programme_findings,
)

D = dt.date
P = AppParams()


def ids(found) -> list[tuple[str, str]]:
    return [(f.rule_id, f.severity) for f in found]


def test_params_from_the_reference_value():
    assert AppParams.from_value(None) == P
    custom = AppParams.from_value({"min_contract_months": 18, "max_months": 30})
    assert (custom.min_contract_months, custom.max_months, custom.warn_max_months) == (18, 30, 24)


@pytest.mark.parametrize(
    ("start", "end", "months", "expected"),
    [
        (D(2026, 3, 1), D(2027, 2, 28), 12, True),  # exactly a year
        (D(2026, 3, 1), D(2027, 2, 27), 12, False),  # a day short
        (D(2026, 1, 31), D(2026, 2, 26), 1, False),
        (D(2026, 1, 31), D(2026, 2, 27), 1, True),  # month end clamps, as in the engine
        (D(2028, 2, 29), D(2029, 2, 27), 12, True),  # leap day start
    ],
)
def test_months_reach(start, end, months, expected):
    assert months_reach(start, end, months) is expected


def test_longer_than():
    assert not longer_than(D(2026, 3, 1), D(2028, 2, 29), 24)
    assert longer_than(D(2026, 3, 1), D(2028, 3, 1), 24)


def test_mentors_r_app_5():
    assert mentor_findings(1, 2) == []
    only_school = mentor_findings(1, None)
    assert ids(only_school) == [("R-APP-5", "warn")]
    assert only_school[0].field == "school_mentor_id"
    assert only_school[0].params == {"role": "school"}
    assert [f.field for f in mentor_findings(None, None)] == [
        "enterprise_mentor_id",
        "school_mentor_id",
    ]


@pytest.mark.parametrize(
    ("programme", "ref", "expected"),
    [
        ("school_joint", None, [("R-APP-2", "block")]),
        ("school_joint", "  ", [("R-APP-2", "block")]),
        ("school_joint", "XTPY-1", []),
        ("enterprise_new", None, []),
    ],
)
def test_agreement_r_app_2(programme, ref, expected):
    assert ids(agreement_findings(programme, ref)) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2026, 3, 1), D(2027, 2, 28), []),  # exactly 12 months
        (D(2026, 3, 1), D(2027, 2, 27), [("R-APP-4", "block")]),  # a day short
        (None, D(2027, 2, 28), [("R-APP-4", "block")]),
        (D(2026, 3, 1), None, [("R-APP-4", "block")]),
    ],
)
def test_contract_r_app_4(start, end, expected):
    found = contract_findings("enterprise_new", start, end, P)
    assert ids(found) == expected
    if found:
        assert found[0].params == {"months": 12}
        assert found[0].field == "labour_contract_end"
    assert contract_findings("school_joint", start, end, P) == []


def test_contract_threshold_is_data():
    longer = AppParams(min_contract_months=24)
    assert ids(contract_findings("enterprise_new", D(2026, 3, 1), D(2027, 2, 28), longer)) == [
        ("R-APP-4", "block")
    ]


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        (D(2027, 2, 27), [("R-APP-6", "warn")]),  # a day short of 12 months
        (D(2027, 2, 28), []),  # exactly 12
        (D(2028, 2, 29), []),  # exactly 24
        (D(2028, 3, 1), [("R-APP-6", "warn")]),  # 24 months and a day
        (D(2029, 2, 28), [("R-APP-6", "warn")]),  # exactly 36
        (D(2029, 3, 1), [("R-APP-6", "block")]),  # 36 months and a day
    ],
)
def test_duration_r_app_6(end, expected):
    found = duration_findings("enterprise_new", D(2026, 3, 1), end, P)
    assert ids(found) == expected
    if expected == [("R-APP-6", "block")]:
        assert found[0].params == {"max": 36}
    elif expected:
        assert found[0].params == {"min": 12, "max": 24}
    assert duration_findings("school_joint", D(2026, 3, 1), end, P) == []


def test_duration_ignores_unusable_dates():
    assert duration_findings("enterprise_new", None, D(2027, 1, 1), P) == []
    assert duration_findings("enterprise_new", D(2027, 1, 1), D(2026, 1, 1), P) == []


def test_member_findings_blocking_first():
    facts = MemberFacts(
        programme="enterprise_new",
        enterprise_mentor_id=None,
        school_mentor_id=3,
        training_agreement_ref=None,
        start_date=D(2026, 3, 1),
        end_date=D(2028, 2, 29),
        labour_contract_start=D(2026, 3, 1),
        labour_contract_end=D(2026, 12, 31),
    )
    assert ids(member_findings(facts, P)) == [("R-APP-4", "block"), ("R-APP-5", "warn")]


def test_programme_findings():
    found = programme_findings("school_joint", D(2026, 9, 1), D(2028, 6, 30), None, P)
    assert ids(found) == [("R-APP-2", "block")]
    found = programme_findings("enterprise_new", D(2026, 3, 1), D(2029, 3, 1), None, P)
    assert ids(found) == [("R-APP-6", "block")]


@pytest.mark.parametrize(
    ("done", "planned", "expected"),
    [(0, 0, 0), (5, 0, 0), (50, 200, 25), (199, 200, 99), (300, 200, 100)],
)
def test_percent(done, planned, expected):
    assert percent(done, planned) == expected
