"""Plain data the pay ledger takes and returns (no ORM objects leave a service)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.domain.pay_checks import (
    IN_ARREARS,
    DuePeriod,
    PaymentFact,
    PeriodResult,
    worst_status,
)
from jilin_apprentice.domain.rules.model import Finding


@dataclass
class Account:
    """One placement's periods and payments as the pay checks read them (loaded in bulk)."""

    placement_id: int
    status: str
    enterprise_id: int
    enterprise_name: str
    student_id: int
    student_name: str
    periods: list[DuePeriod] = field(default_factory=list)
    payments: list[PaymentFact] = field(default_factory=list)

    @property
    def facts(self) -> tuple[list[DuePeriod], list[PaymentFact]]:
        return self.periods, self.payments


@dataclass(frozen=True)
class DeductionDraft:
    """One deduction line as typed: kind (DeductionKind value), amount and why."""

    kind: str
    amount_fen: int
    reason: str | None = None


@dataclass(frozen=True)
class PaymentDraft:
    """A payment as the officer (or a payroll sheet) reports it; amount is the gross.

    `period_start` names the period the payment is for; None lets the ledger pick the oldest
    period still open (arrears are paid first).
    """

    paid_on: dt.date | None
    amount_fen: int | None
    payee_name: str | None
    method: str = "bank_to_student"
    payer: str | None = None
    note: str | None = None
    period_start: dt.date | None = None
    deductions: tuple[DeductionDraft, ...] = ()


@dataclass(frozen=True)
class BulkRow:
    """One line of the monthly bulk entry for an enterprise."""

    placement_id: int
    draft: PaymentDraft


@dataclass(frozen=True)
class RecordedPayment:
    """A saved payment, and what the checks say about it (R-PAY-3 third party, R-PAY-6)."""

    payment_id: int
    placement_id: int
    period_start: dt.date | None
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class RegenerateResult:
    """What a rebuild of the schedule changed; `reattached` payments moved to a new period."""

    periods: int
    added: int
    updated: int
    removed: int
    reattached: int


@dataclass(frozen=True)
class LedgerPeriod:
    """One row of the ledger: due, paid (gross less forbidden deductions), short, late."""

    period_id: int | None  # None: computed from the terms, not stored yet
    start: dt.date
    end: dt.date
    due_date: dt.date
    due_fen: int
    paid_fen: int
    outstanding_fen: int
    arrears_fen: int
    first_paid_on: dt.date | None
    settled_on: dt.date | None  # the day it was paid in full
    days_late: int
    status: str


@dataclass(frozen=True)
class LedgerDeduction:
    kind: str
    amount_fen: int
    reason: str | None
    forbidden: bool  # R-PAY-6: recorded, reported, not counted as paid


@dataclass(frozen=True)
class LedgerPayment:
    """A payment with gross, what reached the student (net) and what counts as paid."""

    payment_id: int
    period_start: dt.date | None
    paid_on: dt.date
    gross_fen: int
    deducted_fen: int
    forbidden_fen: int
    net_fen: int  # gross less every deduction: what reached the student
    method: str
    payer: str | None
    payee_name: str
    note: str | None
    deductions: tuple[LedgerDeduction, ...] = ()


@dataclass(frozen=True)
class LedgerView:
    """The pay ledger of one placement, with totals and the findings of the pay checks."""

    placement_id: int
    student_name: str
    enterprise_name: str
    pay_amount_fen: int | None
    pay_unit: str
    schedule_stored: bool  # False: periods computed from the terms; regenerate to store them
    periods: tuple[LedgerPeriod, ...]
    payments: tuple[LedgerPayment, ...]
    findings: tuple[Finding, ...]
    due_fen: int
    gross_fen: int
    forbidden_fen: int
    paid_fen: int
    arrears_fen: int


@dataclass(frozen=True)
class ArrearsRow:
    """One placement in the monthly arrears view: that month's pay, and all arrears to date."""

    enterprise_id: int
    enterprise_name: str
    placement_id: int
    student_id: int
    student_name: str
    placement_status: str
    period_start: dt.date  # the month's periods (two when the terms changed in the month)
    period_end: dt.date
    due_fen: int
    paid_fen: int
    short_fen: int  # due less paid for the month, whether or not it is due yet
    paid_on: dt.date | None  # first payment towards the month
    last_paid_on: dt.date | None  # latest payment of the placement
    status: str  # the month's worst period status
    overdue_count: int  # periods in arrears, any month, on today's date
    arrears_fen: int  # arrears of every month, on today's date


@dataclass(frozen=True)
class EnterpriseArrears:
    """The monthly view rolled up per enterprise (what the officer phones about)."""

    enterprise_id: int
    enterprise_name: str
    placements: int
    due_fen: int
    paid_fen: int
    short_fen: int
    overdue_count: int
    arrears_fen: int
    rows: tuple[ArrearsRow, ...] = field(default_factory=tuple)


def arrears_row(
    acc: Account, results: Sequence[PeriodResult], first: dt.date, last: dt.date
) -> ArrearsRow:
    """One placement's line of the monthly view: its periods starting in [first, last], and
    the arrears of every month (`results` are all its periods on today's date)."""
    month = [r for r in results if first <= r.start <= last]
    return ArrearsRow(
        enterprise_id=acc.enterprise_id,
        enterprise_name=acc.enterprise_name,
        placement_id=acc.placement_id,
        student_id=acc.student_id,
        student_name=acc.student_name,
        placement_status=acc.status,
        period_start=month[0].start,
        period_end=month[-1].end,
        due_fen=sum(r.due_fen for r in month),
        paid_fen=sum(r.paid_fen for r in month),
        short_fen=sum(r.outstanding_fen for r in month),
        paid_on=min((r.first_paid_on for r in month if r.first_paid_on), default=None),
        last_paid_on=max((p.paid_on for p in acc.payments), default=None),
        status=worst_status([r.status for r in month]),
        overdue_count=sum(r.status in IN_ARREARS for r in results),
        arrears_fen=sum(r.outstanding_fen for r in results if r.status in IN_ARREARS),
    )


def by_enterprise(rows: Sequence[ArrearsRow]) -> list[EnterpriseArrears]:
    """Roll the monthly arrears rows up per enterprise, keeping the rows' order."""
    groups: dict[int, list[ArrearsRow]] = {}
    for row in rows:
        groups.setdefault(row.enterprise_id, []).append(row)
    return [
        EnterpriseArrears(
            enterprise_id=ent_id,
            enterprise_name=group[0].enterprise_name,
            placements=len(group),
            due_fen=sum(r.due_fen for r in group),
            paid_fen=sum(r.paid_fen for r in group),
            short_fen=sum(r.short_fen for r in group),
            overdue_count=sum(r.overdue_count for r in group),
            arrears_fen=sum(r.arrears_fen for r in group),
            rows=tuple(group),
        )
        for ent_id, group in groups.items()
    ]


@dataclass(frozen=True)
class ConfirmationHeading:
    """The top of the monthly confirmation sheet."""

    enterprise_name: str
    school_name: str
    month: dt.date


@dataclass(frozen=True)
class ImportRow:
    """One data row of a payroll sheet: what was read, whom it matched, what is wrong."""

    row: int  # the row number Excel and LibreOffice show
    name: str
    id_masked: str
    amount_fen: int | None  # gross
    deduction_fen: int
    paid_on: dt.date | None
    note: str | None
    student_id: int | None = None
    student_name: str | None = None
    placement_id: int | None = None
    matched_by: str | None = None  # "id_number" or "name"
    problems: tuple[Violation, ...] = ()
    draft: PaymentDraft | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and self.draft is not None and self.placement_id is not None


@dataclass(frozen=True)
class ImportPreview:
    """A payroll sheet as it would be imported; `problems` concern the sheet as a whole."""

    enterprise_id: int
    month: dt.date  # the month the pay is for (its periods), not the month it was paid
    source: str
    header_row: int
    columns: dict[str, str]  # field -> header text found
    rows: tuple[ImportRow, ...]
    problems: tuple[Violation, ...] = ()

    @property
    def valid(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.ok)

    @property
    def invalid(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if not r.ok)


@dataclass(frozen=True)
class ImportResult:
    payment_ids: tuple[int, ...]
    skipped_rows: tuple[int, ...] = ()
