"""The pay schedule of a placement, derived from its pay terms (R-PAY-1, R-PAY-4): pure.

Why calendar months: REG-2021 Art 18 asks for pay at least monthly, and enterprises run payroll
by calendar month, so a period is a calendar month clipped to the placement's dates and split
again where the terms change. A partial month of monthly pay is paid pro rata by calendar days
(monthly pay × days in the period / days in that month); day and hour pay count the scheduled
working days (the first `days_per_week` weekdays from Monday). Each period is due on the payday
of the following month, clipped to that month's last day (payday 31 in February -> 28th/29th).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from dateutil.relativedelta import relativedelta
from dateutil.rrule import DAILY, MONTHLY, weekdays
from dateutil.rrule import rrule as make_rrule

from jilin_apprentice.domain.errors import ValidationFailed, Violation

MONTH, DAY, HOUR = "month", "day", "hour"
UNITS = (MONTH, DAY, HOUR)
DEFAULT_PAYDAY = 10
DEFAULT_DAYS_PER_WEEK = 5
DEFAULT_HOURS_X10 = 80
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class PayTerms:
    """What the agreement says about pay; None falls back to the usual 10th, 5 days, 8 hours."""

    amount_fen: int
    unit: str = MONTH
    payday: int | None = None  # day of the month after the period
    days_per_week: int | None = None  # day and hour pay
    hours_per_day_x10: int | None = None  # hour pay: 8.0 h -> 80


@dataclass(frozen=True, slots=True)
class SchedulePeriod:
    """One period of the schedule: what is due for [start, end] and by when."""

    start: dt.date
    end: dt.date
    due_date: dt.date
    amount_due_fen: int
    work_days: int | None  # scheduled working days (day and hour pay only)
    terms: PayTerms

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


TermsInput = PayTerms | Sequence[tuple[dt.date, PayTerms]]


def pay_schedule(start: dt.date, end: dt.date, terms: TermsInput) -> list[SchedulePeriod]:
    """The periods of a placement from `start` to `end` (inclusive).

    `terms` is one `PayTerms`, or (from_date, terms) spans for changes of terms during the
    placement: each span applies from its date until the next one; the earliest span also
    covers any days before its date (the terms signed at the start), and of two spans with the
    same date the later one in the list wins. Refused with ValidationFailed: end before start,
    a negative amount, an unknown unit, a payday outside 1..31, days per week outside 0..7.
    """
    spans = [(start, terms)] if isinstance(terms, PayTerms) else list(terms)
    _check(start, end, spans)
    periods: list[SchedulePeriod] = []
    for span_start, span_end, span_terms in _cut_spans(start, end, spans):
        for month_start in _month_starts(span_start, span_end):
            period_start = max(span_start, month_start)
            period_end = min(span_end, _month_end(month_start))
            periods.append(_period(period_start, period_end, span_terms))
    return periods


@functools.lru_cache(maxsize=4096)
def due_date_for(period_end: dt.date, payday: int | None) -> dt.date:
    """Payday of the month after `period_end`, clipped to that month's last day (cached: a
    demo seed asks the same few hundred questions 200,000 times)."""
    day = payday or DEFAULT_PAYDAY
    return period_end + relativedelta(months=1, day=day)  # relativedelta clips day=31 to 28..30


def scheduled_work_days(start: dt.date, end: dt.date, days_per_week: int | None) -> int:
    """Working days in [start, end]: the first `days_per_week` weekdays (Monday first)."""
    per_week = DEFAULT_DAYS_PER_WEEK if days_per_week is None else days_per_week
    if per_week <= 0 or end < start:
        return 0
    if per_week >= 7:
        return (end - start).days + 1
    rule = make_rrule(
        DAILY,
        dtstart=dt.datetime.combine(start, dt.time()),
        until=dt.datetime.combine(end, dt.time()),
        byweekday=weekdays[:per_week],
    )
    return rule.count()


def amount_due(start: dt.date, end: dt.date, terms: PayTerms) -> tuple[int, int | None]:
    """(fen due, working days) for one period inside one calendar month; half a fen rounds up."""
    if terms.unit == MONTH:
        days = (end - start).days + 1
        in_month = calendar.monthrange(start.year, start.month)[1]
        return _round_div(terms.amount_fen * days, in_month), None
    work_days = scheduled_work_days(start, end, terms.days_per_week)
    if terms.unit == DAY:
        return terms.amount_fen * work_days, work_days
    hours_x10 = DEFAULT_HOURS_X10 if terms.hours_per_day_x10 is None else terms.hours_per_day_x10
    return _round_div(terms.amount_fen * work_days * hours_x10, 10), work_days


def _round_div(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up, in integers (money never goes through float)."""
    return (2 * numerator + denominator) // (2 * denominator)


def _period(start: dt.date, end: dt.date, terms: PayTerms) -> SchedulePeriod:
    fen, work_days = amount_due(start, end, terms)
    return SchedulePeriod(start, end, due_date_for(end, terms.payday), fen, work_days, terms)


@functools.lru_cache(maxsize=4096)
def _month_end(day: dt.date) -> dt.date:
    return day + relativedelta(day=31)  # relativedelta clips to the month's last day


@functools.lru_cache(maxsize=4096)
def _month_starts(start: dt.date, end: dt.date) -> tuple[dt.date, ...]:
    """First day of every calendar month that [start, end] touches (cached like the above)."""
    first = start.replace(day=1)
    rule = make_rrule(
        MONTHLY,
        dtstart=dt.datetime.combine(first, dt.time()),
        until=dt.datetime.combine(end, dt.time()),
    )
    return tuple(d.date() for d in rule)


def _cut_spans(
    start: dt.date, end: dt.date, spans: Sequence[tuple[dt.date, PayTerms]]
) -> list[tuple[dt.date, dt.date, PayTerms]]:
    """(from, to, terms) pieces covering [start, end] exactly, in order."""
    by_date: dict[dt.date, PayTerms] = {}
    for since, terms in sorted(spans, key=lambda span: span[0]):  # stable: later one wins a tie
        by_date[max(since, start)] = terms  # before the start: the latest is in force on day 1
    if start not in by_date:  # the earliest terms also cover the days before their date
        by_date[start] = by_date.pop(min(by_date))
    dates = sorted(d for d in by_date if d <= end)
    pieces = []
    for i, since in enumerate(dates):
        until = dates[i + 1] - ONE_DAY if i + 1 < len(dates) else end
        pieces.append((since, until, by_date[since]))
    return pieces


def _check(start: dt.date, end: dt.date, spans: Sequence[tuple[dt.date, PayTerms]]) -> None:
    problems: list[Violation] = []
    if end < start:
        problems.append(
            Violation(
                "end_date",
                "date.end_before_start",
                {"start": start.isoformat(), "end": end.isoformat()},
            )
        )
    if not spans:
        problems.append(Violation("pay_amount", "required"))
    for _, terms in spans:
        if terms.amount_fen < 0:
            problems.append(Violation("pay_amount", "number.negative"))
        if terms.unit not in UNITS:
            problems.append(Violation("pay_unit", "choice.invalid"))
        if terms.payday is not None and not 1 <= terms.payday <= 31:
            problems.append(Violation("payday", "number.range", {"min": 1, "max": 31}))
        if terms.days_per_week is not None and not 0 <= terms.days_per_week <= 7:
            problems.append(Violation("days_per_week", "number.range", {"min": 0, "max": 7}))
    if problems:
        unique: list[Violation] = []
        for problem in problems:
            if problem not in unique:
                unique.append(problem)
        raise ValidationFailed(unique)


def period_index(spans: Sequence[tuple[dt.date, dt.date]], day: dt.date) -> int | None:
    """Index of the (start, end) period containing `day`, else of the first one starting in the
    same calendar month (a placement that begins on the 15th: "November" means that period)."""
    for i, (start, end) in enumerate(spans):
        if start <= day <= end:
            return i
    month = (day.year, day.month)
    return next(
        (i for i, (start, _) in enumerate(spans) if (start.year, start.month) == month), None
    )


def nearest_index(spans: Sequence[tuple[dt.date, dt.date]], days: Sequence[dt.date]) -> int | None:
    """Where a payment goes when its period is rebuilt: the first period containing one of
    `days` in turn (the old period's start, its end, the payment date), else the nearest."""
    for day in days:
        for i, (start, end) in enumerate(spans):
            if start <= day <= end:
                return i
    if not spans or not days:
        return None
    last = days[-1]
    distance = [min(abs((s - last).days), abs((e - last).days)) for s, e in spans]
    return distance.index(min(distance))


def rebuilt_schedule(
    start: dt.date,
    end: dt.date,
    terms: PayTerms | None,
    stored: Sequence[tuple[dt.date, dt.date]],
    terms_from: dt.date | None = None,
    previous: PayTerms | None = None,
) -> tuple[int, list[SchedulePeriod]]:
    """(how many stored periods to keep, the new periods after them) for new terms or dates.

    Without `terms_from` nothing is kept. With it, stored periods (in date order) that lie in
    the placement and end before it are kept as history, and the rest is computed with
    `previous` up to the day before `terms_from` (when given) and `terms` from it on.
    """
    kept = 0
    if terms_from is not None:
        for period_start, period_end in stored:
            if not start <= period_start or period_end >= terms_from:
                break
            kept += 1
    since = stored[kept - 1][1] + ONE_DAY if kept else start
    if terms is None or since > end:
        return kept, []
    if terms_from is not None and previous is not None and terms_from > since:
        return kept, pay_schedule(since, end, [(since, previous), (terms_from, terms)])
    return kept, pay_schedule(since, end, terms)


# --- amounts and dates typed as text (payroll sheets, pasted figures) ----------------------

DATE_TEXT = re.compile(r"([0-9]{4})\s*[年/.-]\s*([0-9]{1,2})\s*[月/.-]\s*([0-9]{1,2})\s*日?")
EXCEL_SERIALS = (20_000, 80_000)  # 1954..2119: a plausible payday stored as a bare serial


def plain_text(value: Any) -> str:
    """NFKC (full-width digits and letters to ASCII) without any whitespace."""
    if value is None:
        return ""
    return "".join(unicodedata.normalize("NFKC", str(value)).split())


def money_fen(value: Any) -> tuple[int | None, bool]:
    """(fen, ok): numbers and text such as "３,５００.００元" or "￥3500"; blank is (None, True)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, True
    if isinstance(value, bool):
        return None, False
    text = plain_text(value) if isinstance(value, str) else repr(value)
    text = text.replace(",", "").replace("¥", "").replace("￥", "").removesuffix("元")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None, False
    if not amount.is_finite():
        return None, False
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)), True


def sheet_date(value: Any) -> tuple[dt.date | None, bool]:
    """(date, ok): a date cell, an Excel serial, or 2026年11月10日 / 2026/11/10 / 2026-11-10."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, True
    if isinstance(value, dt.datetime):
        return value.date(), True
    if isinstance(value, dt.date):
        return value, True
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not EXCEL_SERIALS[0] <= value <= EXCEL_SERIALS[1]:
            return None, False
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value)), True
    text = plain_text(value)
    match = DATE_TEXT.fullmatch(text) or (re.fullmatch(r"([0-9]{4})([0-9]{2})([0-9]{2})", text))
    if not match:
        return None, False
    try:
        return dt.date(*(int(g) for g in match.groups())), True
    except ValueError:
        return None, False
