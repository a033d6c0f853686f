"""Plain rows and drafts of the site-visit service (issue 6 §5); no ORM objects leave it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class VisitDraft:
    """A planned visit: which school supervisor goes to which enterprise on which day."""

    supervisor_id: int | None = None
    enterprise_id: int | None = None
    planned_on: dt.date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class VisitReport:
    """What the supervisor found: the checklist {item: "ok"|"problem"|"n/a"} and notes."""

    visited_on: dt.date | None = None
    checklist: dict[str, str] = field(default_factory=dict)
    students_seen: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class VisitRow:
    id: int
    version: int
    supervisor_id: int
    supervisor_name: str
    enterprise_id: int
    enterprise_name: str
    planned_on: dt.date
    visited_on: dt.date | None
    status: str  # planned / done / cancelled
    checklist: dict[str, str]
    students_seen: str | None
    notes: str | None
    problems: int  # checklist items answered "problem"
    overdue: bool  # planned day passed without a record


@dataclass(frozen=True)
class RoundResult:
    """plan_round: how many visits were planned and how many days already had one."""

    planned: int
    skipped: int
    visit_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class AssessmentDraft:
    """An on-site assessment of an enterprise (R-ENT-1); valid_until defaults from the setting."""

    enterprise_id: int | None = None
    assessed_on: dt.date | None = None
    assessor: str = ""
    passed: bool = True
    report: str | None = None
    notes: str | None = None
    valid_until: dt.date | None = None


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    enterprise_id: int
    enterprise_name: str
    assessed_on: dt.date
    assessor: str
    passed: bool
    valid_until: dt.date
    report: str | None
    notes: str | None
    state: str  # valid / expiring / expired / failed
    days_left: int  # valid_until - today (negative once expired)
