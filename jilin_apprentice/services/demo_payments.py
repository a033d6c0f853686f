"""Pay periods and payments for the demo school, with a few planted pay problems.

Why: the pay ledger, the monthly arrears view and the compliance scan need realistic money to
show, and the benchmark needs 20,000 placements with a year of payments each. Most payments
are on time and in full (a few inside the grace days, a few with allowed deductions for meals
and lodging); four placements carry one planted problem each: a late payment, a short one, a
commission deducted (R-PAY-6) and a skipped month paid with the next (R-PAY-4 gap).

Why it is built this way: rows go in with SQLAlchemy Core `insert(Table)` and lists of dicts in
chunks, ids computed up front, inside the caller's transaction; ORM objects would take tens of
seconds at this size. Dates come from `today` and choices from `rng`, never the clock.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.pay_schedule import PayTerms, SchedulePeriod, pay_schedule
from jilin_apprentice.storage.models import Payment, PaymentDeduction, PayPeriod, Placement, Student

SEEDED_STATUSES = ("approved", "active", "completed")
PLANTED = ("payment.gap", "payment.late", "payment.short", "payment.commission")
CHUNK = 5000
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class PaymentSeedReport:
    """Rows written, and the placements carrying the planted problems ("payment.late" -> id)."""

    periods: int
    payments: int
    deductions: int
    flagged: dict[str, int] = field(default_factory=dict)


def seed_payments(
    conn_or_session: Connection | Session,
    placements: Iterable[Mapping[str, Any]] | None,
    today: dt.date,
    rng: random.Random,
) -> PaymentSeedReport:
    """Write the schedule of every paid approved, active or completed placement, and its
    payments for the periods already due on `today`.

    `placements` are mappings with the placement's columns: id, status, start_date, end_date,
    pay_amount_fen, pay_unit, payday, days_per_week, hours_per_day_x10, pay_method, and
    payee_name (else student_name) - the rows the demo planner writes, with their ids. None
    reads them from the database. Enum values may be enums or their strings.
    """
    conn = conn_or_session.connection() if isinstance(conn_or_session, Session) else conn_or_session
    rows = list(placements) if placements is not None else _read_placements(conn)
    writer = _Writer(conn, dt.datetime.combine(today, dt.time(8, 0)))
    planter = _Planter()
    for placement in rows:
        if str(_value(placement["status"])) not in SEEDED_STATUSES:
            continue
        amount = placement.get("pay_amount_fen")
        method = str(_value(placement.get("pay_method") or "bank_to_student"))
        if not amount or method == "in_kind":
            continue
        _seed_one(writer, planter, placement, method, today, rng)
    writer.flush()
    return PaymentSeedReport(
        writer.counts["pay_period"],
        writer.counts["payment"],
        writer.counts["payment_deduction"],
        dict(planter.flagged),
    )


def _seed_one(
    w: _Writer,
    planter: _Planter,
    p: Mapping[str, Any],
    method: str,
    today: dt.date,
    rng: random.Random,
) -> None:
    terms = PayTerms(
        amount_fen=int(p["pay_amount_fen"]),
        unit=str(_value(p.get("pay_unit") or "month")),
        payday=p.get("payday"),
        days_per_week=p.get("days_per_week"),
        hours_per_day_x10=p.get("hours_per_day_x10"),
    )
    periods = pay_schedule(p["start_date"], p["end_date"], terms)
    payee = p.get("payee_name") or p.get("student_name") or ""
    due = sum(q.due_date <= today and q.amount_due_fen > 0 for q in periods)
    plant, target = planter.choose(p, due) or (None, -1)
    carried = 0  # the skipped month, paid with the next one (the planted gap)
    for index, q in enumerate(periods):
        row = {"period_start": q.start, "period_end": q.end, "due_date": q.due_date}
        period_id = w.add(
            PayPeriod, {"placement_id": p["id"], **row, "amount_due_fen": q.amount_due_fen}
        )
        if q.due_date > today or q.amount_due_fen == 0:
            continue
        if plant == "payment.gap" and index == target:
            carried = q.amount_due_fen
            continue
        amount, paid_on, cut = _payment(q, plant if index == target else None, rng)
        payment = {"period_id": period_id, "paid_on": min(paid_on, today), "method": method}
        payment |= {"amount_fen": amount + carried, "payer": None, "payee_name": payee}
        payment_id = w.add(Payment, {"placement_id": p["id"], **payment, "note": None})
        carried = 0
        if cut is not None:
            kind, fen, reason = cut
            w.add(
                PaymentDeduction,
                {"payment_id": payment_id, "kind": kind, "amount_fen": fen, "reason": reason},
            )


def _payment(
    q: SchedulePeriod, plant: str | None, rng: random.Random
) -> tuple[int, dt.date, tuple[str, int, str] | None]:
    """(amount, date, deduction) of one period's payment: on time and in full, give or take
    a few days inside the grace days and an allowed deduction, unless `plant` says otherwise."""
    amount, paid_on = q.amount_due_fen, q.due_date - rng.randint(0, 3) * DAY
    if rng.random() < 0.03:  # a few days late, inside the grace days: no finding
        paid_on = q.due_date + rng.randint(1, 4) * DAY
    if plant == "payment.late":
        paid_on = q.due_date + rng.randint(12, 20) * DAY
    elif plant == "payment.short":
        amount = amount * 8 // 10
    if plant == "payment.commission":
        return amount, paid_on, ("commission", amount // 20, "中介提成")
    if rng.random() < 0.05:
        return amount, paid_on, ("meals_lodging", min(amount // 4, 30_000), "伙食费")
    return amount, paid_on, None


class _Planter:
    """Hands each planted problem to the first placement with enough periods due: two for a
    late, short or commission case (on the first period due, so it is settled by today),
    three for the gap (the second period is skipped, so there is a payment on each side)."""

    def __init__(self) -> None:
        self.flagged: dict[str, int] = {}

    def choose(self, placement: Mapping[str, Any], periods_due: int) -> tuple[str, int] | None:
        for name in PLANTED:
            needs = 3 if name == "payment.gap" else 2
            if name not in self.flagged and periods_due >= needs:
                self.flagged[name] = int(placement["id"])
                return name, needs - 2  # (problem, index of the period it sits on)
        return None


class _Writer:
    """Rows per table with ids from max(id) + 1, written in chunks, parents first."""

    ORDER = ("pay_period", "payment", "payment_deduction")

    def __init__(self, conn: Connection, stamp: dt.datetime) -> None:
        self.conn = conn
        self.stamp = stamp
        self.counts = dict.fromkeys(self.ORDER, 0)
        self.buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in self.ORDER}
        self.tables: dict[str, Table] = {}
        self.next: dict[str, int] = {}
        self.pending = 0

    def add(self, model: Any, row: dict[str, Any]) -> int:
        table: Table = model.__table__
        if table.name not in self.next:
            self.tables[table.name] = table
            self.next[table.name] = int(self.conn.scalar(select(func.max(table.c.id))) or 0) + 1
        row_id = self.next[table.name]
        self.next[table.name] += 1
        stamps = {"created_at": self.stamp, "updated_at": self.stamp, "version": 1}
        self.buffers[table.name].append({**row, **stamps, "id": row_id})
        self.counts[table.name] += 1
        self.pending += 1
        if self.pending >= CHUNK:
            self.flush()
        return row_id

    def flush(self) -> None:
        for name in self.ORDER:
            if self.buffers[name]:
                self.conn.execute(insert(self.tables[name]), self.buffers[name])
                self.buffers[name] = []
        self.pending = 0


def _read_placements(conn: Connection) -> list[dict[str, Any]]:
    p = Placement.__table__.c
    stmt = (
        select(
            p.id,
            p.status,
            p.start_date,
            p.end_date,
            p.pay_amount_fen,
            p.pay_unit,
            p.payday,
            p.days_per_week,
            p.hours_per_day_x10,
            p.pay_method,
            p.payee_name,
            Student.__table__.c.name.label("student_name"),
        )
        .join(Student.__table__, Student.__table__.c.id == p.student_id)
        .where(p.status.in_(SEEDED_STATUSES), p.pay_amount_fen.is_not(None))
        .order_by(p.id)
    )
    return [dict(row._mapping) for row in conn.execute(stmt)]


def _value(value: Any) -> Any:
    """An enum's stored value, or the value itself."""
    return getattr(value, "value", value)
