"""Mentors' load against their limit, and which month a pay record belongs to (pure rules).

R-APP-10 (enterprise mentor : apprentices) and R-SUP-3 (school supervisor : students) find no
national ratio, so the limit is a school setting: the person's own `max_load`, else the
`mentor_load` reference default for their kind. Exceeding it is a WARN, never a block.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from jilin_apprentice.domain.rules.model import WARN, Finding

MENTOR_RULE = "R-APP-10"  # enterprise mentor over the limit
SUPERVISOR_RULE = "R-SUP-3"  # school supervisor over the limit
RULE_BY_KIND = {"enterprise_mentor": MENTOR_RULE, "school_supervisor": SUPERVISOR_RULE}
FIELD_BY_KIND = {
    "enterprise_mentor": "enterprise_mentor_id",
    "school_supervisor": "school_supervisor_id",
}
MAX_HOURS = 744  # hours in a 31-day month: more teaching hours than that is a typing slip


@dataclass(frozen=True)
class LoadState:
    load: int
    limit: int | None  # None: neither an own limit nor a default for the kind
    limit_is_default: bool
    over_limit: bool


def load_limit(
    own: int | None, kind: str, defaults: Mapping[str, int] | None
) -> tuple[int | None, bool]:
    """(limit, is_default): own limit first, else the school default (R-APP-10 / R-SUP-3)."""
    if own is not None:
        return own, False
    value = (defaults or {}).get(kind)
    return (int(value), True) if isinstance(value, int) else (None, False)


def load_state(
    learners: Iterable[int], own: int | None, kind: str, defaults: Mapping[str, int] | None
) -> LoadState:
    """Distinct learners against the limit; exactly at the limit is fine, one more is over."""
    load = len(set(learners))
    limit, is_default = load_limit(own, kind, defaults)
    return LoadState(load, limit, is_default, limit is not None and load > limit)


def overload_finding(kind: str, name: str, load: int, limit: int) -> Finding:
    """WARN R-APP-10 (enterprise mentor) / R-SUP-3 (school supervisor): too many learners."""
    return Finding(
        RULE_BY_KIND.get(kind, MENTOR_RULE),
        WARN,
        FIELD_BY_KIND.get(kind, "enterprise_mentor_id"),
        {"name": name, "load": load, "limit": limit},
    )


def month_start(day: dt.date) -> dt.date:
    """Pay records are per month, stored as its first day (any day of the month normalises)."""
    return day.replace(day=1)


def month_end(month: dt.date) -> dt.date:
    return month_start(month) + relativedelta(months=1, days=-1)


def overlaps_month(start: dt.date, end: dt.date, month: dt.date) -> bool:
    """A span of guidance touches the month (its first and last day inclusive)."""
    return start <= month_end(month) and end >= month_start(month)


def last_months(today: dt.date, count: int) -> list[dt.date]:
    """The first days of the `count` months up to and including today's, oldest first."""
    this = month_start(today)
    return [this - relativedelta(months=n) for n in range(count - 1, -1, -1)]
