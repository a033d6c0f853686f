"""The pay ledger (issue 4): schedule, payments, arrears and the pay findings of every placement.

The schedule is stored as PayPeriod rows so that a payment can name the period it was for and
the monthly views are plain queries; `regenerate` rebuilds it when terms or dates change and
never deletes a payment (pay_periods.py). The checks are the pure functions of
domain/pay_checks.py; pay_accounts.py loads their facts in bulk (Core rows, no ORM objects per
placement) so the scan stays fast.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from jilin_apprentice.domain import pay_checks as checks
from jilin_apprentice.domain.enums import DeductionKind, PayMethod, PlacementStatus
from jilin_apprentice.domain.errors import NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.pay_schedule import PayTerms, period_index
from jilin_apprentice.domain.rules.model import Finding
from jilin_apprentice.services import pay_dto as dto
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.pay_accounts import bulk, load_accounts
from jilin_apprentice.services.pay_periods import (
    computed_periods,
    due_period,
    pay_settings,
    rebuild_periods,
    stored_periods,
    terms_of,
)
from jilin_apprentice.services.payroll_import import write_confirmation_sheet
from jilin_apprentice.storage.models import Payment, PaymentDeduction, PayPeriod, Placement
from jilin_apprentice.storage.uow import UnitOfWork

DRAFT = PlacementStatus.DRAFT


class PayLedgerService:
    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow = uow
        self._audit = audit
        self._today = today

    def regenerate(
        self,
        placement_id: int,
        *,
        terms_from: dt.date | None = None,
        previous_terms: PayTerms | None = None,
    ) -> dto.RegenerateResult:
        """Rebuild the stored periods from the placement's current terms and dates.

        Without `terms_from` every period is recomputed (dates changed, a typo fixed). With it,
        the current terms apply from that day: stored periods ending before it keep their
        amounts (the earlier terms are history), and the month it falls in is split, the days
        before at `previous_terms` (None: no split). Payments are never deleted: one whose
        period disappears moves to the new period covering that period's days, else its date.
        """
        with self._uow() as session:
            placement = _placement(session, placement_id)
            result = rebuild_periods(session, placement, terms_from, previous_terms)
            before = result.periods - result.added + result.removed
            changes = {"periods": (before, result.periods), "reattached": (0, result.reattached)}
            self._audit.record(
                session,
                action="regenerate",
                entity="pay_schedule",
                entity_id=placement_id,
                changes=changes,
            )
            return result

    def refresh_if_stored(self, placement_id: int) -> dto.RegenerateResult | None:
        """After the placement's dates or pay terms changed: rebuild a stored schedule (a
        schedule not stored yet is computed from the terms anyway)."""
        with self._uow.read() as session:
            stored = bool(stored_periods(session, placement_id))
        return self.regenerate(placement_id) if stored else None

    def ledger(self, placement_id: int, *, grace_days: int | None = None) -> dto.LedgerView:
        """Periods with due, paid, short, late and status; payments with their deductions.

        Before the schedule is stored (no payment yet) the periods are computed from the terms.
        """
        today = self._today()
        with self._uow.read() as session:
            placement = _placement(session, placement_id)
            settings = pay_settings(session, today, grace_days)
            rows = stored_periods(session, placement_id)
            periods = [due_period(r) for r in rows] or computed_periods(placement)
            payments = _payments(session, placement_id)
            student = placement.student.name
            check = checks.check_pay(
                periods, [_fact(p, student) for p in payments], today, settings
            )
            starts = {r.id: r.period_start for r in rows}
            return dto.LedgerView(
                placement_id=placement_id,
                student_name=student,
                enterprise_name=placement.enterprise.name,
                pay_amount_fen=placement.pay_amount_fen,
                pay_unit=placement.pay_unit.value,
                schedule_stored=bool(rows),
                periods=tuple(
                    dto.LedgerPeriod(
                        period_id=r.key if rows else None,
                        arrears_fen=r.arrears_fen,
                        **{k: v for k, v in r._asdict().items() if k != "key"},
                    )
                    for r in check.periods
                ),
                payments=tuple(_ledger_payment(p, starts.get(p.period_id)) for p in payments),
                findings=check.findings,
                due_fen=check.due_fen,
                gross_fen=check.gross_fen,
                forbidden_fen=check.forbidden_fen,
                paid_fen=check.paid_fen,
                arrears_fen=check.arrears_fen,
            )

    def arrears(
        self, month: dt.date, *, enterprise_id: int | None = None, grace_days: int | None = None
    ) -> list[dto.ArrearsRow]:
        """Every placement with a period starting in `month` (any day of it), by enterprise and
        student: that month's due, paid and short, and its arrears of any month on today."""
        first, last = _month(month)
        today = self._today()
        only = None  # all enterprises: load everything once and pick the month in Python
        if enterprise_id is not None:  # one enterprise: let SQL narrow it down
            only = (
                select(PayPeriod.placement_id)
                .join(Placement, Placement.id == PayPeriod.placement_id)
                .where(Placement.enterprise_id == enterprise_id)
                .where(PayPeriod.period_start >= first, PayPeriod.period_start <= last)
            )
        with bulk():
            with self._uow.read() as session:
                settings = pay_settings(session, today, grace_days)
                accounts = load_accounts(session, only)
            rows = [
                dto.arrears_row(
                    acc, checks.period_results(*acc.facts, today, settings), first, last
                )
                for acc in accounts
                if any(first <= p.start <= last for p in acc.periods)
            ]
        rows.sort(
            key=lambda r: (r.enterprise_name, r.enterprise_id, r.student_name, r.placement_id)
        )
        return rows

    def findings_for_all(
        self, today: dt.date | None = None, *, grace_days: int | None = None
    ) -> list[tuple[int, Finding]]:
        """(placement_id, finding) for every placement past draft, for the compliance scan."""
        today = today or self._today()
        found: list[tuple[int, Finding]] = []
        with bulk():
            with self._uow.read() as session:
                settings = pay_settings(session, today, grace_days)
                accounts = load_accounts(session, None)
            for acc in accounts:
                for finding in checks.pay_findings(acc.periods, acc.payments, today, settings):
                    found.append((acc.placement_id, finding))
        return found

    def confirmation_sheet(self, enterprise_id: int, month: dt.date, path: Path) -> int:
        """Write one enterprise's pay confirmation sheet for `month` (xlsx); returns the lines.

        One line per intern: period, due, paid, date and an empty signature column, for the
        students to sign, the enterprise to stamp and the school to file (R-PAY-3 evidence).
        """
        rows = self.arrears(month, enterprise_id=enterprise_id)
        return write_confirmation_sheet(self._uow, enterprise_id, month, rows, path)

    def record_payment(self, placement_id: int, draft: dto.PaymentDraft) -> dto.RecordedPayment:
        """Validate and save one payment (`checks.payment_violations` lists what is refused).

        Forbidden deductions (fees, commissions, premiums) are saved, because the record is the
        evidence, and come back as R-PAY-6 findings, as does a payment via a third party.
        """
        with self._uow() as session:
            placement = _placement(session, placement_id)
            problems, period = self._check(session, placement, draft)
            if problems:
                raise ValidationFailed(problems)
            return self._write(session, placement, draft, period)

    def bulk_entry(
        self, enterprise_id: int, month: dt.date, rows: Sequence[dto.BulkRow]
    ) -> list[dto.RecordedPayment]:
        """One enterprise's payments for one month in one transaction, all or nothing.

        Each violation carries `row` (1-based, as the entry table numbers its rows); a row
        naming no period is booked to the placement's period of `month`.
        """
        with self._uow() as session:
            problems, checked = self._check_rows(session, enterprise_id, month, rows)
            if problems:
                raise ValidationFailed(problems)
            return [self._write(session, p, d, period) for p, d, period in checked]

    def _check_rows(
        self,
        session: Session,
        enterprise_id: int,
        month: dt.date,
        rows: Sequence[dto.BulkRow],
    ) -> tuple[list[Violation], list[tuple[Placement, dto.PaymentDraft, PayPeriod | None]]]:
        ids = {r.placement_id for r in rows}
        found = session.scalars(select(Placement).where(Placement.id.in_(ids))).all()
        placements = {p.id: p for p in found}
        problems = [] if rows else [Violation("rows", "batch.empty")]
        checked = []
        for number, row in enumerate(rows, start=1):
            placement = placements.get(row.placement_id)
            if placement is None or placement.enterprise_id != enterprise_id:
                code = "placement.not_found" if placement is None else "payment.other_enterprise"
                problems.append(Violation("placement", code, {"row": number}))
                continue
            draft = row.draft
            if draft.period_start is None:
                draft = dataclasses.replace(draft, period_start=month.replace(day=1))
            row_problems, period = self._check(session, placement, draft)
            problems += [
                Violation(v.field, v.code, {**v.params, "row": number}) for v in row_problems
            ]
            checked.append((placement, draft, period))
        return problems, checked

    def _check(
        self, session: Session, placement: Placement, draft: dto.PaymentDraft
    ) -> tuple[list[Violation], PayPeriod | None]:
        """Violations of one payment, and the period it is booked to (a schedule not stored
        yet is stored first, so that the payment can point at its period)."""
        problems = checks.payment_violations(
            paid_on=draft.paid_on,
            amount_fen=draft.amount_fen,
            method=draft.method,
            payee_name=draft.payee_name,
            deductions=[(d.kind, d.amount_fen, d.reason) for d in draft.deductions],
            student_name=placement.student.name,
            placement_start=placement.start_date,
            today=self._today(),
        )
        if placement.status is DRAFT:
            problems.insert(0, Violation("placement", "payment.placement_draft"))
        periods = stored_periods(session, placement.id)
        if not periods and terms_of(placement) is not None:
            self._store_schedule(session, placement)
            periods = stored_periods(session, placement.id)
        spans = [(p.period_start, p.period_end) for p in periods]
        index = None
        if draft.period_start is not None:
            index = period_index(spans, draft.period_start)
            if index is None:
                day = draft.period_start.isoformat()
                problems.append(Violation("period", "payment.no_period", {"period": day}))
        elif draft.paid_on is not None and periods:
            facts = [_fact(p, "") for p in _payments(session, placement.id)]
            index = checks.open_period_index([due_period(p) for p in periods], facts, draft.paid_on)
        return problems, periods[index] if index is not None else None

    def _store_schedule(self, session: Session, placement: Placement) -> None:
        result = rebuild_periods(session, placement, None, None)
        self._audit.record(
            session,
            action="regenerate",
            entity="pay_schedule",
            entity_id=placement.id,
            changes={"periods": (0, result.periods)},
        )

    def _write(
        self,
        session: Session,
        placement: Placement,
        draft: dto.PaymentDraft,
        period: PayPeriod | None,
    ) -> dto.RecordedPayment:
        assert draft.paid_on is not None and draft.amount_fen is not None
        lines = [d for d in draft.deductions if d.amount_fen > 0]  # a zero line says nothing
        payment = Payment(
            placement_id=placement.id,
            period_id=period.id if period else None,
            paid_on=draft.paid_on,
            amount_fen=draft.amount_fen,
            method=PayMethod(draft.method),
            payer=(draft.payer or "").strip() or None,
            payee_name=(draft.payee_name or "").strip(),
            note=(draft.note or "").strip() or None,
            deductions=[
                PaymentDeduction(
                    kind=DeductionKind(d.kind),
                    amount_fen=d.amount_fen,
                    reason=(d.reason or "").strip() or None,
                )
                for d in lines
            ],
        )
        session.add(payment)
        session.flush()
        period_start = period.period_start if period else None
        changes: dict[str, tuple[Any, Any]] = {
            "placement_id": (None, placement.id),
            "period_start": (None, period_start),
            "paid_on": (None, draft.paid_on),
            "amount_fen": (None, draft.amount_fen),
            "method": (None, draft.method),
            "payee_name": (None, payment.payee_name),
        }
        if lines:
            changes["deductions"] = (None, ", ".join(f"{d.kind}:{d.amount_fen}" for d in lines))
        self._audit.record(
            session, action="create", entity="payment", entity_id=payment.id, changes=changes
        )
        found = checks.payment_findings([_fact(payment, placement.student.name)])
        return dto.RecordedPayment(payment.id, placement.id, period_start, tuple(found))


# --- small conversions ------------------------------------------------------------------


def _placement(session: Session, placement_id: int) -> Placement:
    placement = session.get(Placement, placement_id)
    if placement is None:
        raise NotFound("placement.not_found", id=placement_id)
    return placement


def _payments(session: Session, placement_id: int) -> list[Payment]:
    stmt = select(Payment).where(Payment.placement_id == placement_id)
    stmt = stmt.options(selectinload(Payment.deductions)).order_by(Payment.paid_on, Payment.id)
    return list(session.scalars(stmt))


def _month(day: dt.date) -> tuple[dt.date, dt.date]:
    first = day.replace(day=1)
    return first, first + relativedelta(day=31)


def _fact(payment: Payment, student_name: str) -> checks.PaymentFact:
    return checks.PaymentFact(
        payment.paid_on,
        payment.amount_fen,
        payment.method.value,
        checks.same_name(payment.payee_name, student_name),
        tuple((d.kind.value, d.amount_fen) for d in payment.deductions),
        payment.period_id,
    )


def _ledger_payment(p: Payment, period_start: dt.date | None) -> dto.LedgerPayment:
    lines = tuple(
        dto.LedgerDeduction(d.kind.value, d.amount_fen, d.reason, d.kind.value in checks.FORBIDDEN)
        for d in p.deductions
    )
    deducted = sum(d.amount_fen for d in lines)
    return dto.LedgerPayment(
        payment_id=p.id,
        period_start=period_start,
        paid_on=p.paid_on,
        gross_fen=p.amount_fen,
        deducted_fen=deducted,
        forbidden_fen=sum(d.amount_fen for d in lines if d.forbidden),
        net_fen=p.amount_fen - deducted,
        method=p.method.value,
        payer=p.payer,
        payee_name=p.payee_name,
        note=p.note,
        deductions=lines,
    )
