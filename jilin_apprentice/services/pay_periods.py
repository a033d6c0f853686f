"""The pay schedule as stored PayPeriod rows: the terms it follows, rebuilding it, its settings.

Split from pay_ledger.py (the service). The schedule is stored so that a payment can name the
period it was for; `rebuild_periods` brings it in line with changed terms or dates and never
deletes a payment (one whose period disappears moves to the period now covering its days).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain import pay_checks as checks
from jilin_apprentice.domain.pay_schedule import (
    PayTerms,
    nearest_index,
    pay_schedule,
    rebuilt_schedule,
)
from jilin_apprentice.services import pay_dto as dto
from jilin_apprentice.services.rule_params import value_in_force
from jilin_apprentice.storage.models import Payment, PayPeriod, Placement


def terms_of(placement: Placement) -> PayTerms | None:
    """The placement's pay terms; None for unpaid placements (no schedule)."""
    if placement.pay_amount_fen is None:
        return None
    return PayTerms(
        amount_fen=placement.pay_amount_fen,
        unit=placement.pay_unit.value,
        payday=placement.payday,
        days_per_week=placement.days_per_week,
        hours_per_day_x10=placement.hours_per_day_x10,
    )


def stored_periods(session: Session, placement_id: int) -> list[PayPeriod]:
    stmt = select(PayPeriod).where(PayPeriod.placement_id == placement_id)
    return list(session.scalars(stmt.order_by(PayPeriod.period_start)))


def rebuild_periods(
    session: Session, placement: Placement, terms_from: dt.date | None, previous: PayTerms | None
) -> dto.RegenerateResult:
    """Bring the stored periods in line with the terms (see `PayLedgerService.regenerate`);
    rows are updated in place where the start date is unchanged, so payments stay on them."""
    stored = stored_periods(session, placement.id)
    kept, new = rebuilt_schedule(
        placement.start_date,
        placement.end_date,
        terms_of(placement),
        [(p.period_start, p.period_end) for p in stored],
        terms_from,
        previous,
    )
    old = {p.period_start: p for p in stored[kept:]}
    rows, added, updated = stored[:kept], 0, 0
    for period in new:
        row = old.pop(period.start, None)
        values = (period.end, period.due_date, period.amount_due_fen)
        if row is None:
            row = PayPeriod(placement_id=placement.id, period_start=period.start)
            session.add(row)
            added += 1
        elif (row.period_end, row.due_date, row.amount_due_fen) != values:
            updated += 1
        row.period_end, row.due_date, row.amount_due_fen = values
        rows.append(row)
    session.flush()
    gone = {p.id: p for p in old.values()}
    moved = session.scalars(select(Payment).where(Payment.period_id.in_(gone))).all()
    spans = [(r.period_start, r.period_end) for r in rows]
    for payment in moved:
        was = gone[payment.period_id]  # type: ignore[index]
        index = nearest_index(spans, (was.period_start, was.period_end, payment.paid_on))
        payment.period_id = rows[index].id if index is not None else None
    session.flush()  # payments leave a period before it is deleted (else SET NULL)
    for row in gone.values():
        session.delete(row)
    session.flush()
    return dto.RegenerateResult(len(rows), added, updated, len(gone), len(moved))


def pay_settings(session: Session, on: dt.date, grace_days: int | None) -> checks.PaySettings:
    """Reference value "pay" in force on `on` (grace days, longest cycle); `grace_days` wins."""
    settings = checks.PaySettings.from_value(value_in_force(session, "pay", on))
    return settings if grace_days is None else dataclasses.replace(settings, grace_days=grace_days)


def computed_periods(placement: Placement) -> list[checks.DuePeriod]:
    """The schedule from the terms, not stored (keys 1, 2, ... stand in for ids)."""
    terms = terms_of(placement)
    if terms is None:
        return []
    schedule = pay_schedule(placement.start_date, placement.end_date, terms)
    return [
        checks.DuePeriod(i, p.start, p.end, p.due_date, p.amount_due_fen)
        for i, p in enumerate(schedule, start=1)
    ]


def due_period(row: PayPeriod) -> checks.DuePeriod:
    return checks.DuePeriod(
        row.id, row.period_start, row.period_end, row.due_date, row.amount_due_fen
    )
