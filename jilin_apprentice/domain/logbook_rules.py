"""The weekly logbook's rules: weeks, prefilled days, review states, and its findings.

REG-2021 Art 21 has the intern write an internship log (R-LOG-1), which the school files as
archive item (5) of R-REC-1; the enterprise mentor and the school supervisor read it as part of
their guidance (R-SUP-4). Pure functions: the service reads the rows and the reference data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from jilin_apprentice.domain.enums import DayType, LogStatus
from jilin_apprentice.domain.rules.model import WARN, Finding

LOG_RULE = "R-LOG-1"
COPY_RULE = "R-LOG-COPY"
FIRST_WEEKS_SHOWN = 3
EDITABLE = frozenset({LogStatus.DRAFT, LogStatus.RETURNED})
DONE = frozenset({LogStatus.SUBMITTED, LogStatus.APPROVED})
# review state machine: draft → submitted → approved | returned; returned → (edit) → submitted
TRANSITIONS: dict[str, frozenset[LogStatus]] = {
    "submit": frozenset({LogStatus.DRAFT, LogStatus.RETURNED}),
    "approve": frozenset({LogStatus.SUBMITTED}),
    "return": frozenset({LogStatus.SUBMITTED}),
}
TARGET = {
    "submit": LogStatus.SUBMITTED,
    "approve": LogStatus.APPROVED,
    "return": LogStatus.RETURNED,
}


def monday(day: dt.date) -> dt.date:
    """The ISO week's Monday: entries are one per student and ISO week."""
    return day - dt.timedelta(days=day.weekday())


def weeks_between(start: dt.date, end: dt.date) -> list[dt.date]:
    """Mondays of every ISO week that has at least one day in [start, end]."""
    first, weeks = monday(start), []
    while first <= end:
        weeks.append(first)
        first += dt.timedelta(weeks=1)
    return weeks


def week_in_range(week: dt.date, start: dt.date, end: dt.date) -> bool:
    """The week shares at least one day with the placement."""
    return week <= end and week + dt.timedelta(days=6) >= start


def prefilled_days(
    week: dt.date,
    start: dt.date,
    end: dt.date,
    days_per_week: int | None,
    calendar: Mapping[dt.date, DayType] | None = None,
) -> list[tuple[dt.date, DayType | None]]:
    """The week's seven days with their type: from the learner's calendar when there is one,
    else enterprise on the placement's working days (the first `days_per_week`, Monday first);
    None = rest day or a day outside the placement."""
    working = days_per_week if days_per_week is not None else 5
    days: list[tuple[dt.date, DayType | None]] = []
    for offset in range(7):
        day = week + dt.timedelta(days=offset)
        if not start <= day <= end:
            days.append((day, None))
        elif calendar:
            days.append((day, calendar.get(day)))
        else:
            days.append((day, DayType.ENTERPRISE if offset < working else None))
    return days


def transition_allowed(action: str, status: LogStatus) -> bool:
    return status in TRANSITIONS[action]


def can_edit(status: LogStatus) -> bool:
    """Only a draft or a returned entry may change; a submitted one waits for its review."""
    return status in EDITABLE


def missing_weeks(
    start: dt.date, end: dt.date, today: dt.date, done_weeks: Iterable[dt.date]
) -> list[dt.date]:
    """R-LOG-1: weeks of the placement that are over (Sunday before today) and have no
    submitted or approved entry."""
    done = set(done_weeks)
    last = min(end, today - dt.timedelta(days=1))
    return [
        w for w in weeks_between(start, last) if w + dt.timedelta(days=6) < today and w not in done
    ]


def log_missing_finding(weeks: list[dt.date]) -> Finding | None:
    """R-LOG-1 (REG-2021 Art 21): one WARN per placement listing how many past weeks have no
    submitted or approved log entry, and the first of them."""
    if not weeks:
        return None
    first = ", ".join(w.isoformat() for w in weeks[:FIRST_WEEKS_SHOWN])
    return Finding(LOG_RULE, WARN, "logbook", {"count": len(weeks), "weeks": first})


def copy_finding(week: dt.date, similarity: int, source: str) -> Finding:
    """R-LOG-1 / R-REC-1 (5): the week's entry is a copy (`source`: the masked student and the
    week copied — the learner's own earlier week, or another student's); a copied log is no
    evidence of the week it claims to describe."""
    params = {"week": week.isoformat(), "similarity": similarity, "source": source}
    return Finding(COPY_RULE, WARN, "logbook", params)
