"""The compliance scan over the demo database finds every planted rule breach, and only those."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from jilin_apprentice.services.compliance import ComplianceService
from jilin_apprentice.services.demo import build_demo
from jilin_apprentice.services.placement_context import insured_until
from jilin_apprentice.services.placement_facts import monthly_equivalent_fen

D = dt.date


def test_scan_finds_the_planted_cases(services):
    build_demo(services, size=300, seed=20261126)
    findings = ComplianceService(services.uow, services.today).scan()
    rules = Counter(f.rule_id for f in findings)
    for rule in (
        "R-AGE-1",
        "R-TIME-3",
        "R-PAY-2",
        "R-CONSENT-1",
        "R-TYPE-2",
        "R-PROH-1",
        "R-JL-2",
        "R-INS-1",
    ):
        assert rules[rule] >= 1, rule
    assert all(f.severity in ("block", "warn", "info") for f in findings)
    age = next(f for f in findings if f.rule_id == "R-AGE-1")
    assert age.params["age"] == 15


def test_insured_until_follows_unbroken_cover():
    start = D(2026, 9, 1)
    assert insured_until(start, []) is None
    assert insured_until(start, [(D(2026, 9, 2), D(2027, 1, 1))]) is None  # first day uncovered
    joined = [(D(2026, 8, 1), D(2026, 12, 31)), (D(2027, 1, 1), D(2027, 6, 30))]
    assert insured_until(start, joined) == D(2027, 6, 30)
    gap = [(D(2026, 8, 1), D(2026, 12, 30)), (D(2027, 1, 1), D(2027, 6, 30))]
    assert insured_until(start, gap) == D(2026, 12, 30)


def test_monthly_equivalent_uses_21_75_paid_days():
    assert monthly_equivalent_fen(300_000, "month", None) == 300_000
    assert monthly_equivalent_fen(10_000, "day", None) == 217_500
    assert monthly_equivalent_fen(2_000, "hour", 80) == 348_000
    assert monthly_equivalent_fen(None, "month", None) is None


def test_night_window_comes_from_the_reference_table(services):
    import json

    from jilin_apprentice.services.rule_params import load_rule_params
    from jilin_apprentice.storage.models import ReferenceValue

    with services.uow() as session:
        session.add(
            ReferenceValue(
                key="night_window",
                value_json=json.dumps({"start": "23:00", "end": "05:00"}),
                effective_from=D(2026, 1, 1),
                source="test school rule",
                verified=True,
            )
        )
    with services.uow.read() as session:
        before = load_rule_params(session, D(2025, 12, 31))
        after = load_rule_params(session, D(2026, 1, 1))
    assert before.night_start.value == dt.time(22, 0)  # rulebook default
    assert after.night_start.value == dt.time(23, 0)
    assert after.night_start.source == "test school rule"
