"""What the pay checks read and return: periods, payments, settings, results (pure data).

Inputs and per-period results are NamedTuples, because the compliance scan builds half a million
of them; the rest are frozen dataclasses. Split from pay_checks.py, which re-exports every name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from jilin_apprentice.domain.rules.model import Finding

FORBIDDEN = frozenset({"fee", "commission", "insurance_premium"})  # R-PAY-6
DEDUCTION_KINDS = (
    "tax",
    "social_insurance",
    "meals_lodging",
    "fee",
    "commission",
    "insurance_premium",
    "other",
)
MONEY_TO_STUDENT = frozenset({"bank_to_student", "cash_to_student"})  # R-PAY-3
METHODS = ("bank_to_student", "cash_to_student", "third_party", "in_kind")
MAX_PAYMENT_FEN = 10_000_000  # 100,000 yuan in one payment: a typing slip, not intern pay
UPCOMING, PAID, LATE, SHORT, OVERDUE, NOTHING_DUE = (
    "upcoming",
    "paid",
    "late",
    "short",
    "overdue",
    "nothing_due",
)
IN_ARREARS = (SHORT, OVERDUE)
# worst first: the monthly view shows a month by its worst period
SEVERITY_ORDER = (OVERDUE, SHORT, LATE, UPCOMING, PAID, NOTHING_DUE)


class DuePeriod(NamedTuple):
    """A stored period: `key` is its id, which payments name."""

    key: int
    start: dt.date
    end: dt.date
    due_date: dt.date
    amount_due_fen: int


class PaymentFact(NamedTuple):
    """A recorded payment as the checks see it; deductions are (kind, fen) pairs."""

    paid_on: dt.date
    gross_fen: int
    method: str = "bank_to_student"
    payee_is_student: bool = True
    deductions: tuple[tuple[str, int], ...] = ()
    period_key: int | None = None

    @property
    def forbidden_fen(self) -> int:
        if not self.deductions:  # the usual case, and the scan asks 500,000 times
            return 0
        return sum(fen for kind, fen in self.deductions if kind in FORBIDDEN)

    @property
    def credited_fen(self) -> int:
        """What counts as paid: the gross less forbidden deductions."""
        return self.gross_fen - self.forbidden_fen if self.deductions else self.gross_fen


@dataclass(frozen=True)
class PaySettings:
    """Reference value "pay": grace days before a payment is late, the longest payment cycle."""

    grace_days: int = 5
    max_cycle_days: int = 31

    @classmethod
    def from_value(cls, value: Mapping[str, Any] | None) -> PaySettings:
        """From the stored JSON; keys an older row lacks keep the defaults."""
        value = value or {}
        return cls(
            grace_days=int(value.get("grace_days", cls.grace_days)),
            max_cycle_days=int(value.get("max_cycle_days", cls.max_cycle_days)),
        )


class PeriodResult(NamedTuple):
    """One period with what was paid towards it and where it stands today (a NamedTuple,
    not a dataclass: a scan builds one per period, 240,000 at 20,000 placements)."""

    key: int
    start: dt.date
    end: dt.date
    due_date: dt.date
    due_fen: int
    paid_fen: int  # credited: gross less forbidden deductions
    outstanding_fen: int  # due less paid, never negative
    first_paid_on: dt.date | None
    settled_on: dt.date | None  # the day it was paid in full
    days_late: int  # from the due date to the day paid in full (or to today, still open)
    status: str  # upcoming / paid / late / short / overdue / nothing_due

    @property
    def arrears_fen(self) -> int:
        return self.outstanding_fen if self.status in IN_ARREARS else 0


@dataclass(frozen=True)
class PaymentGap:
    """Consecutive payments further apart than a pay cycle and twice the grace days (R-PAY-4)."""

    after: dt.date
    before: dt.date

    @property
    def days(self) -> int:
        return (self.before - self.after).days


@dataclass(frozen=True)
class PayCheck:
    """Everything the ledger shows for one placement, and the findings for the scan."""

    periods: tuple[PeriodResult, ...]
    gaps: tuple[PaymentGap, ...]
    findings: tuple[Finding, ...]
    due_fen: int
    gross_fen: int
    forbidden_fen: int
    paid_fen: int
    arrears_fen: int
    overdue_count: int  # periods in arrears (short or overdue)
