"""Reading the logbook's rows: the queries behind LogbookService (kept apart for size)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain import logbook_rules as rules
from jilin_apprentice.domain.copy_detection import CopyMatch
from jilin_apprentice.domain.enums import DayType, StaffKind
from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.services.logbook_dto import CopyInfo, DayPlan, LogDraft, LogRow
from jilin_apprentice.storage.models import (
    Apprenticeship,
    Enterprise,
    LogEntry,
    Placement,
    Post,
    SchoolClass,
    Staff,
    Student,
    TrainingDay,
)
from jilin_apprentice.storage.portable_sql import week_start

MAX_TEXT = 5000
MAX_HOURS_X10 = 1680  # 168 h: every hour of the week


def mask_name(name: str) -> str:
    """Another student's name in a copy hint: the family name only (王**)."""
    return name[:1] + "*" * max(len(name) - 1, 1) if name else ""


def draft_violations(session: Session, d: LogDraft, today: dt.date) -> list[Violation]:
    problems: list[Violation] = []
    p = session.get(Placement, d.placement_id) if d.placement_id else None
    if d.placement_id is None:
        problems.append(Violation("placement_id", "required"))
    elif p is None:
        problems.append(Violation("placement_id", "placement.not_found"))
    if d.week_start is None:
        problems.append(Violation("log_week", "required"))
    elif p is not None:
        week = rules.monday(d.week_start)
        span = {
            "week": week.isoformat(),
            "start": p.start_date.isoformat(),
            "end": p.end_date.isoformat(),
        }
        if not rules.week_in_range(week, p.start_date, p.end_date):
            problems.append(Violation("log_week", "logbook.outside_placement", span))
        elif week > rules.monday(today):
            problems.append(Violation("log_week", "logbook.future_week", span))
        else:
            other = session.scalar(
                select(LogEntry.id).where(
                    LogEntry.student_id == p.student_id, LogEntry.week_start == week
                )
            )
            if other is not None and other != d.entry_id:
                problems.append(Violation("log_week", "logbook.duplicate_week", span))
    if len(d.text.strip()) > MAX_TEXT:
        problems.append(Violation("log_text", "too_long", {"max": MAX_TEXT}))
    if d.hours_x10 is not None and not 0 <= d.hours_x10 <= MAX_HOURS_X10:
        problems.append(
            Violation("log_hours", "number.range", {"min": 0, "max": MAX_HOURS_X10 // 10})
        )
    if d.entry_id is not None:
        e = session.get(LogEntry, d.entry_id)
        if e is None:
            problems.append(Violation("log_entry", "logbook.not_found"))
        elif not rules.can_edit(e.status):
            problems.append(Violation("log_entry", "logbook.not_editable"))
    return problems


def allowed_reviewers(session: Session, e: LogEntry) -> list[int]:
    ids: list[int | None] = []
    p = session.get(Placement, e.placement_id) if e.placement_id else None
    if p is not None:
        ids += [p.enterprise_mentor_id, p.school_supervisor_id]
    a = session.get(Apprenticeship, e.apprenticeship_id) if e.apprenticeship_id else None
    if a is not None:
        ids += [a.enterprise_mentor_id, a.school_mentor_id]
    return list(dict.fromkeys(i for i in ids if i is not None))


def reviewer_choices(session: Session, e: LogEntry) -> list[tuple[int, str]]:
    out = []
    for i in allowed_reviewers(session, e):
        s = session.get(Staff, i)
        if s is not None:
            out.append((s.id, s.name))
    return out


def reviewer_violations(session: Session, e: LogEntry, reviewer_id: int | None) -> list[Violation]:
    if reviewer_id is None:
        return [Violation("log_reviewer", "required")]
    staff = session.get(Staff, reviewer_id)
    if staff is None:
        return [Violation("log_reviewer", "staff.not_found")]
    if reviewer_id in allowed_reviewers(session, e):
        return []
    p = session.get(Placement, e.placement_id) if e.placement_id else None
    enterprise = p.enterprise_id if p else None
    if staff.kind == StaffKind.ENTERPRISE_MENTOR and staff.enterprise_id != enterprise:
        return [Violation("log_reviewer", "logbook.reviewer_other_enterprise")]
    return [Violation("log_reviewer", "logbook.reviewer_not_assigned")]


def calendar_days(
    session: Session, student_id: int, start: dt.date, end: dt.date
) -> dict[dt.date, DayType]:
    rows = session.execute(
        select(TrainingDay.day, TrainingDay.day_type).where(
            TrainingDay.student_id == student_id, TrainingDay.day >= start, TrainingDay.day <= end
        )
    )
    return {day: DayType(kind) for day, kind in rows}


def plans(week: dt.date, p: Placement, calendar: dict[dt.date, DayType]) -> tuple[DayPlan, ...]:
    days = rules.prefilled_days(week, p.start_date, p.end_date, p.days_per_week, calendar)
    return tuple(DayPlan(d, t.value if t else None) for d, t in days)


def enterprise_name(session: Session, enterprise_id: int) -> str:
    e = session.get(Enterprise, enterprise_id)
    return e.name if e else ""


def to_row(session: Session, e: LogEntry) -> LogRow:
    student = e.student
    cls = session.get(SchoolClass, student.class_id) if student.class_id else None
    p = session.get(Placement, e.placement_id) if e.placement_id else None
    a = session.get(Apprenticeship, e.apprenticeship_id) if e.apprenticeship_id else None
    enterprise_id = p.enterprise_id if p else (a.employer_id if a else None)
    post = session.get(Post, p.post_id) if p else None
    return LogRow(
        id=e.id,
        version=e.version,
        student_id=e.student_id,
        student_name=student.name,
        class_name=cls.name if cls else "",
        enterprise_id=enterprise_id,
        enterprise_name=enterprise_name(session, enterprise_id) if enterprise_id else "",
        post_title=post.title if post else "",
        placement_id=e.placement_id,
        apprenticeship_id=e.apprenticeship_id,
        week_start=e.week_start,
        status=e.status.value,
        length=len(e.text.strip()),
        hours_x10=e.hours_x10,
        submitted_on=e.submitted_on,
        reviewer_id=e.reviewer_id,
        reviewer_name=e.reviewer.name if e.reviewer else "",
        reviewed_on=e.reviewed_on,
        review_comment=e.review_comment,
    )


def copy_info(session: Session, m: CopyMatch) -> CopyInfo:
    s = session.get(Student, m.source_student_id)
    name = (s.name if m.same_student else mask_name(s.name)) if s else ""
    return CopyInfo(m.source_id, name, m.source_week, m.similarity_pct, m.same_student)


def with_copy(session: Session, row: LogRow, match: CopyMatch | None) -> LogRow:
    if match is None:
        return row
    return dataclasses.replace(row, copy=copy_info(session, match))


def _as_day(value: Any) -> dt.date:
    """SQLite returns the week's Monday as text, PostgreSQL's date_trunc as a timestamp."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def weeks_without_enterprise_days(
    session: Session, student_ids: list[int]
) -> dict[int, set[dt.date]]:
    """Weeks the learner's calendar spends wholly at school, on holiday or on leave: no log is
    expected for them (R-LOG-1 asks for the enterprise weeks). Grouped in SQL: a school's
    calendars hold hundreds of thousands of days."""
    wanted = set(student_ids)
    week = week_start(session.get_bind().dialect.name, TrainingDay.day).label("week")
    at_work = func.sum(case((TrainingDay.day_type == DayType.ENTERPRISE, 1), else_=0))
    rows = session.execute(
        select(TrainingDay.student_id, week)
        .group_by(TrainingDay.student_id, week)
        .having(at_work == 0)
    )
    away: dict[int, set[dt.date]] = {}
    for sid, monday in rows:
        if sid in wanted:
            away.setdefault(sid, set()).add(_as_day(monday))
    return away
