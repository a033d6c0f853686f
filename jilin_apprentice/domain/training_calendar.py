"""The alternating school/enterprise calendar (issue 6 §2) as pure functions.

A CalendarPattern says how a programme alternates: blocks of whole weeks at school and at the
enterprise, the weekdays worked, and the hours of a day at each place. `generate_days` turns it
into typed days; `working_time_findings` checks enterprise days against R-TIME-2 and R-TIME-4.

Weeks are counted from the Monday of the week the pattern starts in (ISO weeks, as school
timetables are), so a pattern starting on a Wednesday has a shorter first block and the cycle
stays aligned to calendar weeks whatever weekday the officer picks as the start.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from dateutil.relativedelta import relativedelta
from dateutil.rrule import WEEKLY, rrule, rrulestr, weekday

from jilin_apprentice.domain.enums import DayType
from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.domain.rules.model import BLOCK, WARN, Finding

MAX_YEARS = 3  # R-APP-6: a training period is at most three years
MAX_HOURS_X10 = 240
SHOWN_DATES = 3  # findings and conflicts name the first few dates and the count
BLOCK_TYPES = (DayType.SCHOOL, DayType.ENTERPRISE)
WEEKDAYS = tuple(weekday(n) for n in range(7))  # dateutil MO..SU


class Day(NamedTuple):
    """One generated or stored day: when, where, how long (hours x10, None if not worked)."""

    day: dt.date
    day_type: DayType
    hours_x10: int | None


@dataclass(frozen=True)
class CalendarPattern:
    """How a programme alternates between school and enterprise (stored as JSON).

    `weekdays` uses Python's numbering (0 = Monday … 6 = Sunday). `enterprise_rrule`, when set,
    is an RFC 5545 RRULE for the enterprise days that replaces the block alternation (every
    other worked weekday is then a school day), for programmes such as "Tuesdays and Thursdays
    at the enterprise".
    """

    start: dt.date
    end: dt.date
    first_block: DayType = DayType.SCHOOL
    school_weeks: int = 2
    enterprise_weeks: int = 2
    weekdays: frozenset[int] = field(default_factory=lambda: frozenset(range(5)))
    enterprise_hours_x10: int = 80
    school_hours_x10: int = 80
    enterprise_rrule: str | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "start": self.start.isoformat(),
                "end": self.end.isoformat(),
                "first_block": self.first_block.value,
                "school_weeks": self.school_weeks,
                "enterprise_weeks": self.enterprise_weeks,
                "weekdays": sorted(self.weekdays),
                "enterprise_hours_x10": self.enterprise_hours_x10,
                "school_hours_x10": self.school_hours_x10,
                "enterprise_rrule": self.enterprise_rrule,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> CalendarPattern:
        raw: dict[str, Any] = json.loads(text)
        return cls(
            start=dt.date.fromisoformat(raw["start"]),
            end=dt.date.fromisoformat(raw["end"]),
            first_block=DayType(raw.get("first_block", "school")),
            school_weeks=int(raw.get("school_weeks", 2)),
            enterprise_weeks=int(raw.get("enterprise_weeks", 2)),
            weekdays=frozenset(int(d) for d in raw.get("weekdays", range(5))),
            enterprise_hours_x10=int(raw.get("enterprise_hours_x10", 80)),
            school_hours_x10=int(raw.get("school_hours_x10", 80)),
            enterprise_rrule=raw.get("enterprise_rrule") or None,
        )


def _as_date(value: dt.datetime | dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def parse_rrule(text: str, start: dt.date) -> Any:
    """The rule of an RRULE string anchored at `start` (raises ValueError when unreadable)."""
    body = text.strip()
    if not body:
        raise ValueError("empty rule")
    return rrulestr(body, dtstart=_midnight(start), ignoretz=True)


def validate_pattern(p: CalendarPattern) -> list[Violation]:
    """Refuse a pattern that cannot make a calendar (nothing is generated from it)."""
    out: list[Violation] = []
    if p.end < p.start:
        out.append(
            Violation(
                "end_date",
                "date.end_before_start",
                {"end": p.end.isoformat(), "start": p.start.isoformat()},
            )
        )
    elif p.end > p.start + relativedelta(years=MAX_YEARS):  # R-APP-6 ceiling
        out.append(Violation("end_date", "calendar.too_long", {"years": MAX_YEARS}))
    if p.first_block not in BLOCK_TYPES:
        out.append(Violation("first_block", "choice.invalid"))
    for name, weeks in (("school_weeks", p.school_weeks), ("enterprise_weeks", p.enterprise_weeks)):
        if weeks < 0:
            out.append(Violation(name, "number.negative"))
    if p.enterprise_rrule is None and p.school_weeks + p.enterprise_weeks <= 0:
        out.append(Violation("school_weeks", "calendar.cycle_empty"))
    if not p.weekdays or not p.weekdays <= set(range(7)):
        out.append(Violation("weekdays", "calendar.no_weekdays"))
    for name, hours in (
        ("enterprise_hours_x10", p.enterprise_hours_x10),
        ("school_hours_x10", p.school_hours_x10),
    ):
        if not 0 <= hours <= MAX_HOURS_X10:
            out.append(Violation(name, "number.range", {"min": 0, "max": MAX_HOURS_X10 // 10}))
    if p.enterprise_rrule is not None:
        try:
            parse_rrule(p.enterprise_rrule, p.start)
        except (ValueError, TypeError):
            out.append(Violation("enterprise_rrule", "calendar.rrule_invalid"))
    return out


def _block_rules(p: CalendarPattern) -> dict[DayType, list[rrule]]:
    """One weekly rrule per week-in-block, repeating every cycle (INTERVAL = cycle length).

    Why rrule and not a loop over dates: RFC 5545 recurrence (dateutil) gets the week
    arithmetic right across year boundaries, 53-week years and 29 February, and each rule can
    be shown or exported as a standard RRULE string; a hand-rolled counter would re-derive
    that. Week k of a block is `FREQ=WEEKLY;INTERVAL=<cycle>;BYDAY=<weekdays>` starting on the
    Monday of that week; BYWEEKNO is not used because ISO week numbers restart every year.
    """
    anchor = p.start - dt.timedelta(days=p.start.weekday())  # Monday of the first week
    cycle = p.school_weeks + p.enterprise_weeks
    days = [WEEKDAYS[d] for d in sorted(p.weekdays)]
    order = [
        p.first_block,
        DayType.ENTERPRISE if p.first_block == DayType.SCHOOL else DayType.SCHOOL,
    ]
    lengths = {DayType.SCHOOL: p.school_weeks, DayType.ENTERPRISE: p.enterprise_weeks}
    rules: dict[DayType, list[rrule]] = {DayType.SCHOOL: [], DayType.ENTERPRISE: []}
    offset = 0
    for kind in order:
        for week in range(lengths[kind]):
            begin = anchor + dt.timedelta(weeks=offset + week)
            rules[kind].append(
                rrule(
                    WEEKLY,
                    interval=cycle,
                    byweekday=days,
                    dtstart=_midnight(begin),
                    until=_midnight(p.end),
                )
            )
        offset += lengths[kind]
    return rules


def _occurrences(rules: Iterable[Any], start: dt.date, end: dt.date) -> set[dt.date]:
    lo, hi = _midnight(start), _midnight(end)
    return {_as_date(d) for rule in rules for d in rule.between(lo, hi, inc=True)}


def generate_days(p: CalendarPattern, holidays: Collection[dt.date] = ()) -> list[Day]:
    """The typed days of a pattern, in date order (the pattern must validate).

    Days not in `weekdays` are rest days and get no row; a worked day that is a statutory
    public holiday (R-TIME-4, `public_holidays.<year>`) becomes HOLIDAY with no hours. With an
    explicit `enterprise_rrule` its occurrences are enterprise days (even outside `weekdays`)
    and the other worked weekdays are school days.
    """
    if p.end < p.start:
        return []
    if p.enterprise_rrule is not None:
        enterprise = _occurrences([parse_rrule(p.enterprise_rrule, p.start)], p.start, p.end)
        every = rrule(
            WEEKLY,
            byweekday=[WEEKDAYS[d] for d in sorted(p.weekdays)],
            dtstart=_midnight(p.start),
            until=_midnight(p.end),
        )
        school = _occurrences([every], p.start, p.end) - enterprise
    else:
        rules = _block_rules(p)
        enterprise = _occurrences(rules[DayType.ENTERPRISE], p.start, p.end)
        school = _occurrences(rules[DayType.SCHOOL], p.start, p.end)
    hours = {DayType.ENTERPRISE: p.enterprise_hours_x10, DayType.SCHOOL: p.school_hours_x10}
    out: list[Day] = []
    for day, kind in sorted(
        [(d, DayType.ENTERPRISE) for d in enterprise] + [(d, DayType.SCHOOL) for d in school]
    ):
        if day in holidays:
            out.append(Day(day, DayType.HOLIDAY, None))
        else:
            out.append(Day(day, kind, hours[kind]))
    return out


def clip(days: Iterable[Day], start: dt.date, end: dt.date) -> list[Day]:
    """The days within [start, end] (an apprentice's own dates inside the programme's)."""
    return [d for d in days if start <= d.day <= end]


def years_between(start: dt.date, end: dt.date) -> list[int]:
    return list(range(start.year, end.year + 1))


@dataclass(frozen=True)
class WorkingTimeLimits:
    """The `working_time` reference value (R-TIME-2), hours as stored (whole hours)."""

    max_hours_per_day: float = 8
    warn_hours_per_week: float = 40
    max_hours_per_week: float = 44
    max_days_per_week: int = 6

    @classmethod
    def from_value(cls, value: dict[str, Any] | None) -> WorkingTimeLimits:
        if not value:
            return cls()
        base = cls()
        return cls(
            max_hours_per_day=value.get("max_hours_per_day", base.max_hours_per_day),
            warn_hours_per_week=value.get("warn_hours_per_week", base.warn_hours_per_week),
            max_hours_per_week=value.get("max_hours_per_week", base.max_hours_per_week),
            max_days_per_week=value.get("max_days_per_week", base.max_days_per_week),
        )


def _dates_text(days: Sequence[str]) -> str:
    return ", ".join(days[:SHOWN_DATES])


def _week_label(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _hours(x10: int) -> float | int:
    return x10 // 10 if x10 % 10 == 0 else x10 / 10


def working_time_findings(
    days: Iterable[Day],
    limits: WorkingTimeLimits,
    holidays: Collection[dt.date] = (),
    *,
    intern: bool = True,
) -> list[Finding]:
    """R-TIME-2 and R-TIME-4 on a calendar's enterprise days; each finding names the first
    dates (or ISO weeks) concerned and how many there are.

    R-TIME-2 (≤ max_hours_per_day a day, BLOCK; weekly hours over warn/max, WARN/BLOCK; more
    than max_days_per_week days in an ISO week, BLOCK) applies to everyone. R-TIME-4 (no work
    on Saturdays, Sundays or statutory holidays) applies to interns only: a 现代学徒制
    apprentice without a labour contract is an intern (R-APP-3), a 企业新型学徒制 employee is not.
    Field names and params match the placement rules so the same texts render them.
    """
    work = sorted(d for d in days if d.day_type == DayType.ENTERPRISE)
    findings: list[Finding] = []
    long_days = [d for d in work if (d.hours_x10 or 0) > limits.max_hours_per_day * 10]
    if long_days:
        worst = max(d.hours_x10 or 0 for d in long_days)
        dates = [d.day.isoformat() for d in long_days]
        findings.append(
            Finding(
                "R-TIME-2",
                BLOCK,
                "hours_per_day",
                {"hours": _hours(worst), "dates": _dates_text(dates), "count": len(dates)},
            )
        )
    weeks: dict[str, list[Day]] = defaultdict(list)
    for d in work:
        weeks[_week_label(d.day)].append(d)
    too_many = [w for w, ds in sorted(weeks.items()) if len(ds) > limits.max_days_per_week]
    if too_many:
        most = max(len(weeks[w]) for w in too_many)
        findings.append(
            Finding(
                "R-TIME-2",
                BLOCK,
                "days_per_week",
                {"days": most, "weeks": _dates_text(too_many), "count": len(too_many)},
            )
        )
    totals = {w: sum(d.hours_x10 or 0 for d in ds) for w, ds in sorted(weeks.items())}
    over_max = [w for w, t in totals.items() if t > limits.max_hours_per_week * 10]
    over_warn = [
        w
        for w, t in totals.items()
        if limits.warn_hours_per_week * 10 < t <= limits.max_hours_per_week * 10
    ]
    for severity, found in ((BLOCK, over_max), (WARN, over_warn)):
        if found:
            most_x10 = max(totals[w] for w in found)
            findings.append(
                Finding(
                    "R-TIME-2",
                    severity,
                    "days_per_week",
                    {"hours": _hours(most_x10), "weeks": _dates_text(found), "count": len(found)},
                )
            )
    if intern:
        rest = [d.day.isoformat() for d in work if d.day.weekday() >= 5]
        if rest:
            findings.append(
                Finding(
                    "R-TIME-4",
                    BLOCK,
                    "work_on_rest_days",
                    {"dates": _dates_text(rest), "count": len(rest)},
                )
            )
        on_holiday = [d.day.isoformat() for d in work if d.day in holidays]
        if on_holiday:
            findings.append(
                Finding(
                    "R-TIME-4",
                    BLOCK,
                    "work_on_public_holidays",
                    {"dates": _dates_text(on_holiday), "count": len(on_holiday)},
                )
            )
    return findings


def summarize(days: Iterable[Day]) -> tuple[dict[DayType, int], int, int]:
    """Days per type and the hours (x10) at the enterprise and at school."""
    counts = dict.fromkeys(DayType, 0)
    hours = {DayType.ENTERPRISE: 0, DayType.SCHOOL: 0}
    for d in days:
        counts[d.day_type] += 1
        if d.day_type in hours:
            hours[d.day_type] += d.hours_x10 or 0
    return counts, hours[DayType.ENTERPRISE], hours[DayType.SCHOOL]


def share_pct(enterprise_x10: int, school_x10: int) -> int | None:
    """The enterprise's share of the training hours, in whole percent (None: no hours)."""
    total = enterprise_x10 + school_x10
    return None if total == 0 else round(enterprise_x10 * 100 / total)
