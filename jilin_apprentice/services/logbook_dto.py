"""Plain data the logbook service takes and returns (never ORM rows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from jilin_apprentice.domain.errors import Violation


@dataclass(frozen=True)
class LogDraft:
    """What the officer enters (or imports) for one student's week."""

    placement_id: int | None
    week_start: dt.date | None
    text: str = ""
    hours_x10: int | None = None  # 38.5 h -> 385
    entry_id: int | None = None  # None: a new entry
    version: int | None = None  # optimistic lock of an existing entry


@dataclass(frozen=True)
class DayPlan:
    day: dt.date
    day_type: str | None  # DayType value; None = rest day or outside the placement


@dataclass(frozen=True)
class WeekRow:
    """One week of a placement, prefilled, with the state of its entry (if any)."""

    week_start: dt.date
    days: tuple[DayPlan, ...]
    entry_id: int | None
    status: str | None  # LogStatus value
    from_calendar: bool


@dataclass(frozen=True)
class LogFilters:
    status: str | None = None
    week: dt.date | None = None  # any day of the week
    class_id: int | None = None
    enterprise_id: int | None = None
    only_copies: bool = False
    student_id: int | None = None
    placement_id: int | None = None


@dataclass(frozen=True)
class CopyInfo:
    """A suspected copy: the other entry's masked student, its week and the similarity."""

    source_entry_id: int
    source_student: str  # masked (王**) unless it is the same student
    source_week: dt.date
    similarity_pct: int
    same_student: bool


@dataclass(frozen=True)
class LogRow:
    id: int
    version: int
    student_id: int
    student_name: str
    class_name: str
    enterprise_id: int | None
    enterprise_name: str
    post_title: str
    placement_id: int | None
    apprenticeship_id: int | None
    week_start: dt.date
    status: str
    length: int  # characters of text
    hours_x10: int | None
    submitted_on: dt.date | None
    reviewer_id: int | None
    reviewer_name: str
    reviewed_on: dt.date | None
    review_comment: str | None
    copy: CopyInfo | None = None


@dataclass(frozen=True)
class LogEntryView:
    """One entry with its text and the prefilled week (the editor and the printed sheet)."""

    row: LogRow
    text: str
    days: tuple[DayPlan, ...]
    reviewers: tuple[tuple[int, str], ...] = field(default_factory=tuple)  # who may review


@dataclass(frozen=True)
class ImportRow:
    """A row of an imported sheet: what it would write, or why it cannot."""

    line: int
    student: str
    week_start: dt.date | None
    hours_x10: int | None
    text: str
    placement_id: int | None
    ok: bool
    reasons: tuple[Violation, ...]  # why the row cannot be imported (empty: it can)
    replaces_entry: int | None = None


@dataclass(frozen=True)
class ImportResult:
    written: int
    skipped: int
