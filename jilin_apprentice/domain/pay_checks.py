"""Checks on what an enterprise paid against what was due (R-PAY-3, -4, -6, late, short): pure.

Money is a running account: each payment counts first for the period it was for, and anything
beyond that period's due amount settles the oldest period still open (then later ones), as a
catch-up payment or one payment for a month split by a change of terms does in real life.
What counts as paid is the gross minus forbidden deductions (fees, commissions, insurance
premiums: REG-2021 Art 20 and Art 35 say they must not come out of the intern's pay); tax,
social insurance, meals and lodging and other deductions with a reason count as paid.

A period is late when it is not paid in full by the due date plus the grace days: paid in full
later it is "late" (R-PAY-LATE), still partly unpaid it is "short" (R-PAY-SHORT), still wholly
unpaid "overdue" (R-PAY-LATE with the unpaid amount); short and overdue periods are arrears.
Counting to the day it was paid in full, not to the first payment, catches an enterprise that
pays most on time and the rest weeks later. The data types live in pay_types.py (re-exported
here, where the services and the UI import them).
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
import unicodedata
from collections.abc import Sequence
from typing import Any

from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.domain.pay_types import (
    DEDUCTION_KINDS,
    FORBIDDEN,
    IN_ARREARS,
    LATE,
    MAX_PAYMENT_FEN,
    METHODS,
    MONEY_TO_STUDENT,
    NOTHING_DUE,
    OVERDUE,
    PAID,
    SEVERITY_ORDER,
    SHORT,
    UPCOMING,
    DuePeriod,
    PayCheck,
    PaymentFact,
    PaymentGap,
    PaySettings,
    PeriodResult,
)
from jilin_apprentice.domain.rules.model import BLOCK, WARN, Finding

_PAID_ON = operator.itemgetter(0)  # PaymentFact.paid_on, at C speed


def allocate(
    periods: Sequence[DuePeriod], payments: Sequence[PaymentFact]
) -> tuple[list[int], list[dt.date | None], list[dt.date | None]]:
    """Credited fen, first payment date and date paid in full, per period (in `periods` order).

    Payments are applied in date order: first to the period they were for, the rest to the
    oldest period still open, then to later ones. A payment naming no period (or one that no
    longer exists) goes straight to the oldest open period.
    """
    n = len(periods)
    paid = [0] * n
    first: list[dt.date | None] = [None] * n
    settled: list[dt.date | None] = [None] * n
    if n == 0:
        return paid, first, settled
    due = [p.amount_due_fen for p in periods]
    index = {p.key: i for i, p in enumerate(periods)}
    keys = [(p.due_date, p.start) for p in periods]
    order = sorted(range(n), key=keys.__getitem__)
    for pay in sorted(payments, key=_PAID_ON):
        left, on = pay.credited_fen, pay.paid_on
        home = index.get(pay.period_key)
        for i in order if home is None else (home, *order):
            room = due[i] - paid[i]
            if left <= 0:
                break
            if room <= 0:
                continue
            take = room if room < left else left
            paid[i] += take
            left -= take
            first[i] = first[i] or on
            if take == room:
                settled[i] = on
        if left > 0:  # paid beyond everything due: keep it on its own period (or the last)
            i = home if home is not None else order[-1]
            paid[i] += left
            first[i] = first[i] or on
    return paid, first, settled


def open_period_index(
    periods: Sequence[DuePeriod], payments: Sequence[PaymentFact], paid_on: dt.date
) -> int | None:
    """Where a payment naming no period is booked: the oldest period begun by `paid_on` and not
    paid in full (arrears first), else the last period begun, else the first."""
    if not periods:
        return None
    paid, _, _ = allocate(periods, payments)
    order = sorted(range(len(periods)), key=lambda i: (periods[i].due_date, periods[i].start))
    begun = [i for i in order if periods[i].start <= paid_on]
    open_ = [i for i in begun if paid[i] < periods[i].amount_due_fen]
    return open_[0] if open_ else begun[-1] if begun else order[0]


def period_results(
    periods: Sequence[DuePeriod],
    payments: Sequence[PaymentFact],
    today: dt.date,
    settings: PaySettings,
) -> list[PeriodResult]:
    """Each period's paid amount, lateness and status on `today`."""
    paid, first, settled = allocate(periods, payments)
    grace = dt.timedelta(days=settings.grace_days)
    results = []
    for p, fen, first_on, settled_on in zip(periods, paid, first, settled, strict=True):
        due_fen, due_date = p.amount_due_fen, p.due_date
        outstanding = due_fen - fen if due_fen > fen else 0
        if due_fen == 0:
            status, late_by = NOTHING_DUE, 0
        elif outstanding == 0:
            done = settled_on or first_on or due_date
            late_by = (done - due_date).days if done > due_date + grace else 0
            status = LATE if late_by else PAID
        elif today <= due_date + grace:
            status, late_by = UPCOMING, 0
        else:
            status, late_by = (SHORT if fen > 0 else OVERDUE), (today - due_date).days
        done_on = settled_on if outstanding == 0 else None
        # key, start, end, due_date and due_fen are the period's own fields
        results.append(PeriodResult(*p, fen, outstanding, first_on, done_on, late_by, status))
    return results


def payment_gaps(
    periods: Sequence[DuePeriod], payments: Sequence[PaymentFact], settings: PaySettings
) -> list[PaymentGap]:
    """Gaps between consecutive payments while pay was still due (before the last due date).

    The grace days are allowed on either side of the monthly rhythm (paid three days early
    one month and within the grace days the next is not a gap, nor reported twice); months
    with no payment after the last one are reported as overdue by the period check instead.
    """
    if len(payments) < 2 or not periods:
        return []
    last_due = max(p.due_date for p in periods)
    limit = settings.max_cycle_days + 2 * settings.grace_days
    dates = sorted({p.paid_on for p in payments})
    return [
        PaymentGap(a, b)
        for a, b in itertools.pairwise(dates)
        if a < last_due and (b - a).days > limit
    ]


def check_pay(
    periods: Sequence[DuePeriod],
    payments: Sequence[PaymentFact],
    today: dt.date,
    settings: PaySettings | None = None,
) -> PayCheck:
    """Periods, gaps, totals and findings of one placement on `today`."""
    settings = settings or PaySettings()
    results = period_results(periods, payments, today, settings)
    gaps = payment_gaps(periods, payments, settings)
    return PayCheck(
        periods=tuple(results),
        gaps=tuple(gaps),
        findings=tuple(_findings(results, gaps, payments, settings)),
        due_fen=sum(r.due_fen for r in results),
        gross_fen=sum(p.gross_fen for p in payments),
        forbidden_fen=sum(p.forbidden_fen for p in payments),
        paid_fen=sum(p.credited_fen for p in payments),
        arrears_fen=sum(r.arrears_fen for r in results),
        overdue_count=sum(r.status in IN_ARREARS for r in results),
    )


def pay_findings(
    periods: Sequence[DuePeriod],
    payments: Sequence[PaymentFact],
    today: dt.date,
    settings: PaySettings,
) -> list[Finding]:
    """The findings of `check_pay` alone (the compliance scan needs no totals)."""
    results = period_results(periods, payments, today, settings)
    return _findings(results, payment_gaps(periods, payments, settings), payments, settings)


def _findings(
    results: Sequence[PeriodResult],
    gaps: Sequence[PaymentGap],
    payments: Sequence[PaymentFact],
    settings: PaySettings,
) -> list[Finding]:
    return period_findings(results) + gap_findings(gaps, settings) + payment_findings(payments)


def period_findings(results: Sequence[PeriodResult]) -> list[Finding]:
    """R-PAY-LATE for a period paid in full after the grace days or not paid at all,
    R-PAY-SHORT for one partly paid after them."""
    findings = []
    for r in results:
        if r.status not in (LATE, SHORT, OVERDUE):
            continue
        params: dict[str, Any] = {
            "period": r.start.isoformat(),
            "period_end": r.end.isoformat(),
            "due": r.due_date.isoformat(),
            "days_late": r.days_late,
        }
        if r.status == SHORT:
            params |= {"due_fen": r.due_fen, "paid_fen": r.paid_fen, "short_fen": r.outstanding_fen}
            findings.append(Finding("R-PAY-SHORT", WARN, "amount", params))
        elif r.status == OVERDUE:
            params |= {"paid_on": None, "unpaid_fen": r.outstanding_fen}
            findings.append(Finding("R-PAY-LATE", WARN, "paid_on", params))
        else:
            params["paid_on"] = r.settled_on.isoformat() if r.settled_on else None
            findings.append(Finding("R-PAY-LATE", WARN, "paid_on", params))
    return findings


def gap_findings(gaps: Sequence[PaymentGap], settings: PaySettings) -> list[Finding]:
    """R-PAY-4: params fit the existing "paid every {days} days, at most {max}" text."""
    return [
        Finding(
            "R-PAY-4",
            WARN,
            "paid_on",
            {
                "days": g.days,
                "max": settings.max_cycle_days,
                "from": g.after.isoformat(),
                "to": g.before.isoformat(),
            },
        )
        for g in gaps
    ]


def payment_findings(payments: Sequence[PaymentFact]) -> list[Finding]:
    """R-PAY-3 (in kind, via a third party, to someone else) and R-PAY-6 (forbidden
    deductions), one finding per method or deduction kind with the count and the dates."""
    not_direct: dict[str, list[PaymentFact]] = {}
    forbidden: dict[str, list[tuple[dt.date, int]]] = {}
    for pay in payments:
        if pay.method not in MONEY_TO_STUDENT or not pay.payee_is_student:
            not_direct.setdefault(str(pay.method), []).append(pay)
        for kind, fen in pay.deductions:
            if kind in FORBIDDEN:
                forbidden.setdefault(str(kind), []).append((pay.paid_on, fen))
    findings = []
    for method, pays in sorted(not_direct.items()):
        dates = sorted(p.paid_on for p in pays)
        field = "payee_name" if method in MONEY_TO_STUDENT else "method"
        params = {"method": method, "payments": len(pays)}
        params |= {"first": dates[0].isoformat(), "last": dates[-1].isoformat()}
        findings.append(Finding("R-PAY-3", BLOCK, field, params))
    for kind, lines in sorted(forbidden.items()):
        dates = sorted(d for d, _ in lines)
        params = {"kind": kind, "amount_fen": sum(f for _, f in lines), "payments": len(lines)}
        params |= {"first": dates[0].isoformat(), "last": dates[-1].isoformat()}
        findings.append(Finding("R-PAY-6", BLOCK, "deductions", params))
    return findings


def worst_status(statuses: Sequence[str]) -> str:
    """The status a month shows when it has several periods (a change of terms)."""
    return min(statuses, key=SEVERITY_ORDER.index) if statuses else NOTHING_DUE


def same_name(a: str | None, b: str | None) -> bool:
    """Names equal ignoring spaces, full-width forms and the middle dot of minority names."""
    return bool(a and b) and _name_key(a or "") == _name_key(b or "")


def _name_key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name)
    return "".join(ch for ch in text if not ch.isspace() and ch not in "·•‧・.")


def payment_violations(
    *,
    paid_on: dt.date | None,
    amount_fen: int | None,
    method: str,
    payee_name: str | None,
    deductions: Sequence[tuple[str, int, str | None]],
    student_name: str,
    placement_start: dt.date,
    today: dt.date,
) -> list[Violation]:
    """Bad input for one payment, each naming its field (deduction lines carry `line`).

    Refused: no date or amount, amount not above 0 or absurd, paid before the placement began
    or in the future, pay in kind, a payee who is not the student (R-PAY-3), deductions that
    are negative, of unknown kind, "other" without a reason, or more than the gross. Forbidden
    deduction kinds are not refused: they are evidence, recorded and reported as R-PAY-6.
    """
    problems: list[Violation] = []
    if paid_on is None:
        problems.append(Violation("paid_on", "required"))
    elif paid_on < placement_start:
        start = placement_start.isoformat()
        problems.append(Violation("paid_on", "payment.before_start", {"start": start}))
    elif paid_on > today:
        problems.append(Violation("paid_on", "payment.in_future", {"today": today.isoformat()}))
    if amount_fen is None:
        problems.append(Violation("amount", "required"))
    elif amount_fen <= 0:
        problems.append(Violation("amount", "payment.amount_not_positive"))
    elif amount_fen > MAX_PAYMENT_FEN:
        problems.append(Violation("amount", "money.range"))
    if method not in METHODS:
        problems.append(Violation("method", "choice.invalid"))
    elif method == "in_kind":
        problems.append(Violation("method", "pay.in_kind"))
    if not (payee_name or "").strip():
        problems.append(Violation("payee_name", "required"))
    elif not same_name(payee_name, student_name):
        params = {"student": student_name, "payee": (payee_name or "").strip()}
        problems.append(Violation("payee_name", "payment.payee_not_student", params))
    problems += _deduction_violations(deductions, amount_fen)
    return problems


def _deduction_violations(
    deductions: Sequence[tuple[str, int, str | None]], gross: int | None
) -> list[Violation]:
    problems: list[Violation] = []
    for line, (kind, fen, reason) in enumerate(deductions, start=1):
        if kind not in DEDUCTION_KINDS:
            problems.append(Violation("deduction_kind", "choice.invalid", {"line": line}))
        if fen < 0:
            problems.append(Violation("deduction_amount", "number.negative", {"line": line}))
        if kind == "other" and fen > 0 and not (reason or "").strip():
            problems.append(
                Violation("deduction_reason", "payment.deduction_reason_required", {"line": line})
            )
    total = sum(max(0, fen) for _, fen, _ in deductions)
    if gross is not None and gross > 0 and total > gross:
        params = {"total_fen": total, "gross_fen": gross}
        problems.append(Violation("deductions", "payment.deductions_exceed_gross", params))
    return problems


# --- deductions described in words (payroll sheets) --------------------------------------

# deduction kind by keyword in the note or the header (fees, commissions, premiums: R-PAY-6)
KINDS = (
    ("insurance_premium", ("保险费", "保费")),
    ("commission", ("提成", "抽成", "佣金")),
    ("fee", ("管理费", "服务费", "中介费", "介绍费", "培训费", "押金")),
    ("tax", ("个税", "个人所得税", "税")),
    ("social_insurance", ("社保", "养老", "医疗", "公积金")),
    ("meals_lodging", ("伙食", "餐", "住宿", "房租", "水电")),
)


def deduction_kind(text: str | None) -> str:
    """The deduction kind a description names ("管理费" is a fee), else "other"."""
    for kind, words in KINDS:
        if text and any(w in text for w in words):
            return kind
    return "other"
