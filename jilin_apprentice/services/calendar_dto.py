"""What the training-calendar service hands out: plain frozen values, never ORM rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from jilin_apprentice.domain.enums import DayType


@dataclass(frozen=True)
class CalendarDay:
    """One stored day; `manual` marks a day the officer set by hand (kept on regeneration)."""

    day: dt.date
    day_type: DayType
    hours_x10: int | None
    note: str | None
    manual: bool


@dataclass(frozen=True)
class CalendarNote:
    """Something the officer should know about a generation (a message code and params)."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class GenerateResult:
    programme_id: int
    members: int
    days_written: int
    days_kept: int  # hand-set days left in place
    notes: tuple[CalendarNote, ...] = ()


@dataclass(frozen=True)
class CalendarSummary:
    apprenticeship_id: int
    days_by_type: dict[DayType, int]
    enterprise_hours_x10: int
    school_hours_x10: int
    enterprise_share_pct: int | None  # of the training hours; None when no hours
    first_day: dt.date | None
    last_day: dt.date | None


@dataclass(frozen=True)
class TodayPlace:
    """Where a student is on a day according to the calendar."""

    apprenticeship_id: int
    day: dt.date
    day_type: DayType
    hours_x10: int | None
    employer_name: str


@dataclass(frozen=True)
class ProgrammeChoice:
    id: int
    name: str
    start_date: dt.date
    end_date: dt.date
    has_pattern: bool


@dataclass(frozen=True)
class MemberChoice:
    apprenticeship_id: int
    student_id: int
    student_name: str
    student_no: str | None
    start_date: dt.date
    end_date: dt.date
