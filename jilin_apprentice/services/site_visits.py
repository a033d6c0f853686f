"""Supervisors' site visits and enterprises' site assessments with expiry (issue 6 §5).

Visits (巡查/走访) are the school's inspection records, REG-2021 Art 23 (R-SUP-4) and archive
item (6) of Art 29 (R-REC-1): planned per supervisor (one at a time or a whole round from a
dateutil rrule), then recorded with the checklist of domain/site_checks.py. An on-site
assessment of an enterprise (R-ENT-1, Art 7) is kept with its expiry; the latest passed one is
copied onto the enterprise, because the rule engine's R-ENT-1 reads it from there.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from dateutil.rrule import MONTHLY, WEEKLY, rrule
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import PlacementStatus, StaffKind, VisitStatus
from jilin_apprentice.domain.errors import NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.site_checks import (
    ITEM_KEYS,
    checklist_violations,
    problem_items,
)
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.dto import Choice
from jilin_apprentice.services.site_assessments import OPEN, SiteAssessments
from jilin_apprentice.services.visit_dto import (
    RoundResult,
    VisitDraft,
    VisitRow,
)
from jilin_apprentice.storage.models import Enterprise, Placement, SiteVisit, Staff, Student
from jilin_apprentice.storage.uow import UnitOfWork

MAX_AHEAD_DAYS = 730  # a plan further ahead than two years is a typing mistake
LIMITS = {"students_seen": 500, "notes": 2000, "assessor": 60, "report": 260, "reason": 500}


def _too_long(name: str, value: str | None) -> list[Violation]:
    limit = LIMITS[name]
    return [Violation(name, "too_long", {"max": limit})] if len(value or "") > limit else []


def _supervisor_problems(session: Session, supervisor_id: int | None) -> list[Violation]:
    if supervisor_id is None:
        return [Violation("supervisor_id", "required")]
    staff = session.get(Staff, supervisor_id)
    if staff is None:
        return [Violation("supervisor_id", "staff.not_found")]
    if staff.kind != StaffKind.SCHOOL_SUPERVISOR:
        return [Violation("supervisor_id", "visit.not_supervisor", {"name": staff.name})]
    return []


def _plan_violations(session: Session, d: VisitDraft, today: dt.date) -> list[Violation]:
    problems = _supervisor_problems(session, d.supervisor_id)
    if d.enterprise_id is None:
        problems.append(Violation("enterprise_id", "required"))
    elif session.get(Enterprise, d.enterprise_id) is None:
        problems.append(Violation("enterprise_id", "enterprise.not_found"))
    if d.planned_on is None:
        problems.append(Violation("planned_on", "required"))
    elif (d.planned_on - today).days > MAX_AHEAD_DAYS:
        problems.append(Violation("planned_on", "date.too_far_future"))
    elif not problems and _planned_that_day(
        session, d.supervisor_id, d.enterprise_id, d.planned_on
    ):
        problems.append(
            Violation("planned_on", "visit.duplicate", {"day": d.planned_on.isoformat()})
        )
    return problems + _too_long("notes", d.notes)


def _planned_that_day(session: Session, supervisor_id: Any, enterprise_id: Any, day: Any) -> bool:
    return (
        session.scalar(
            select(SiteVisit.id).where(
                SiteVisit.supervisor_id == supervisor_id,
                SiteVisit.enterprise_id == enterprise_id,
                SiteVisit.planned_on == day,
                SiteVisit.status != VisitStatus.CANCELLED,
            )
        )
        is not None
    )


def _record_violations(
    visit: SiteVisit,
    visited_on: dt.date | None,
    checklist: dict[str, str],
    students_seen: str | None,
    notes: str | None,
    today: dt.date,
) -> list[Violation]:
    problems: list[Violation] = []
    if visit.status == VisitStatus.CANCELLED:
        problems.append(Violation("status", "visit.cancelled"))
    if visited_on is None:
        problems.append(Violation("visited_on", "required"))
    elif visited_on > today:
        problems.append(Violation("visited_on", "date.in_future"))
    problems += checklist_violations(checklist, notes)
    return problems + _too_long("students_seen", students_seen) + _too_long("notes", notes)


def _visit_stmt() -> Select[Any]:
    return (
        select(SiteVisit, Staff.name, Enterprise.name)
        .join(Staff, Staff.id == SiteVisit.supervisor_id)
        .join(Enterprise, Enterprise.id == SiteVisit.enterprise_id)
        .order_by(SiteVisit.planned_on.desc(), SiteVisit.id.desc())
    )


def _visit_row(v: SiteVisit, supervisor: str, enterprise: str, today: dt.date) -> VisitRow:
    checklist = json.loads(v.checklist_json) if v.checklist_json else {}
    return VisitRow(
        id=v.id,
        version=v.version,
        supervisor_id=v.supervisor_id,
        supervisor_name=supervisor,
        enterprise_id=v.enterprise_id,
        enterprise_name=enterprise,
        planned_on=v.planned_on,
        visited_on=v.visited_on,
        status=str(v.status),
        checklist=checklist,
        students_seen=v.students_seen,
        notes=v.notes,
        problems=len(problem_items(checklist)),
        overdue=v.status == VisitStatus.PLANNED and v.planned_on < today,
    )


class SiteVisitService(SiteAssessments):
    """Built once per database by services/container.py."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow, self._audit, self._today = uow, audit, today

    # --- visits ------------------------------------------------------------------------------
    def validate_plan(self, draft: VisitDraft) -> list[Violation]:
        with self._uow.read() as session:
            return _plan_violations(session, draft, self._today())

    def plan(self, draft: VisitDraft) -> int:
        """A planned visit; refused for a non-supervisor or a second plan on the same day."""
        with self._uow() as session:
            problems = _plan_violations(session, draft, self._today())
            if problems:
                raise ValidationFailed(problems)
            return self._add_plan(session, draft)

    def _add_plan(self, session: Session, d: VisitDraft) -> int:
        notes = (d.notes or "").strip() or None
        visit = SiteVisit(
            supervisor_id=d.supervisor_id,
            enterprise_id=d.enterprise_id,
            planned_on=d.planned_on,
            status=VisitStatus.PLANNED,
            notes=notes,
        )
        session.add(visit)
        session.flush()
        changes = {
            "supervisor_id": (None, d.supervisor_id),
            "enterprise_id": (None, d.enterprise_id),
            "planned_on": (None, d.planned_on),
        }
        self._audit.record(
            session, action="create", entity="site_visit", entity_id=visit.id, changes=changes
        )
        return visit.id

    def plan_round(
        self,
        supervisor_id: int | None,
        start: dt.date,
        end: dt.date,
        *,
        every_n_weeks: int | None = None,
        monthly: bool = False,
    ) -> RoundResult:
        """Plan a visit every n weeks (or monthly) to each enterprise where the supervisor has
        open placements, on the days within those placements' span; a day that already has a
        plan for that enterprise is skipped and counted. Monthly from the 29th–31st falls on
        the month's last day."""
        with self._uow() as session:
            problems = _supervisor_problems(session, supervisor_id)
            if end < start:
                span = {"start": start.isoformat(), "end": end.isoformat()}
                problems.append(Violation("end", "date.end_before_start", span))
            elif (end - self._today()).days > MAX_AHEAD_DAYS:
                problems.append(Violation("end", "date.too_far_future"))
            if not monthly and (every_n_weeks is None or not 1 <= every_n_weeks <= 26):
                problems.append(Violation("every_n_weeks", "number.range", {"min": 1, "max": 26}))
            if problems:
                raise ValidationFailed(problems)
            days = _round_days(start, end, every_n_weeks, monthly)
            spans = session.execute(
                select(Placement.enterprise_id, Placement.start_date, Placement.end_date).where(
                    Placement.school_supervisor_id == supervisor_id, Placement.status.in_(OPEN)
                )
            ).all()
            ids: list[int] = []
            skipped = 0
            for enterprise_id in sorted({s.enterprise_id for s in spans}):
                first = min(s.start_date for s in spans if s.enterprise_id == enterprise_id)
                last = max(s.end_date for s in spans if s.enterprise_id == enterprise_id)
                for day in (d for d in days if first <= d <= last):
                    if _planned_that_day(session, supervisor_id, enterprise_id, day):
                        skipped += 1
                        continue
                    ids.append(
                        self._add_plan(session, VisitDraft(supervisor_id, enterprise_id, day))
                    )
        return RoundResult(len(ids), skipped, tuple(ids))

    def validate_record(
        self,
        visit_id: int,
        visited_on: dt.date | None,
        checklist: dict[str, str],
        students_seen: str | None = None,
        notes: str | None = None,
    ) -> list[Violation]:
        with self._uow.read() as session:
            visit = self._visit(session, visit_id)
            return _record_violations(
                visit, visited_on, checklist, students_seen, notes, self._today()
            )

    def record(
        self,
        visit_id: int,
        visited_on: dt.date | None,
        checklist: dict[str, str],
        students_seen: str | None = None,
        notes: str | None = None,
    ) -> VisitRow:
        """Record (or correct) what the visit found; a cancelled visit cannot be recorded."""
        with self._uow() as session:
            visit = self._visit(session, visit_id)
            problems = _record_violations(
                visit, visited_on, checklist, students_seen, notes, self._today()
            )
            if problems:
                raise ValidationFailed(problems)
            ordered = {key: checklist[key] for key in ITEM_KEYS}
            values = {
                "visited_on": visited_on,
                "status": VisitStatus.DONE,
                "checklist_json": json.dumps(ordered, ensure_ascii=False),
                "students_seen": (students_seen or "").strip() or None,
                "notes": (notes or "").strip() or None,
            }
            changes = diff({k: getattr(visit, k) for k in values}, values)
            for key, value in values.items():
                setattr(visit, key, value)
            self._audit.record(
                session, action="record", entity="site_visit", entity_id=visit_id, changes=changes
            )
        return self.get(visit_id)

    def cancel(self, visit_id: int, reason: str) -> VisitRow:
        """Call a planned visit off; the reason is kept in the notes. A done visit stays done."""
        with self._uow() as session:
            visit = self._visit(session, visit_id)
            problems = _too_long("reason", reason)
            if not reason.strip():
                problems.append(Violation("reason", "required"))
            if visit.status != VisitStatus.PLANNED:
                problems.append(Violation("status", "visit.not_planned", {"status": visit.status}))
            if problems:
                raise ValidationFailed(problems)
            notes = "\n".join(p for p in (visit.notes, reason.strip()) if p)
            changes = {
                "status": (visit.status, VisitStatus.CANCELLED),
                "notes": (visit.notes, notes),
            }
            visit.status, visit.notes = VisitStatus.CANCELLED, notes
            self._audit.record(
                session, action="cancel", entity="site_visit", entity_id=visit_id, changes=changes
            )
        return self.get(visit_id)

    def get(self, visit_id: int) -> VisitRow:
        rows = self._rows(_visit_stmt().where(SiteVisit.id == visit_id))
        if not rows:
            raise NotFound("visit.not_found", id=visit_id)
        return rows[0]

    def list(
        self,
        *,
        supervisor_id: int | None = None,
        enterprise_id: int | None = None,
        status: str | None = None,
        overdue: bool | None = None,
    ) -> list[VisitRow]:
        """Newest plan first; `overdue=True`: planned days passed without a record."""
        stmt = _visit_stmt()
        if supervisor_id is not None:
            stmt = stmt.where(SiteVisit.supervisor_id == supervisor_id)
        if enterprise_id is not None:
            stmt = stmt.where(SiteVisit.enterprise_id == enterprise_id)
        if status is not None:
            stmt = stmt.where(SiteVisit.status == VisitStatus(status))
        rows = self._rows(stmt)
        return [r for r in rows if overdue is None or r.overdue == overdue]

    def _rows(self, stmt: Select[Any]) -> list[VisitRow]:
        today = self._today()
        with self._uow.read() as session:
            return [_visit_row(v, s, e, today) for v, s, e in session.execute(stmt)]

    @staticmethod
    def _visit(session: Session, visit_id: int) -> SiteVisit:
        visit = session.get(SiteVisit, visit_id)
        if visit is None:
            raise NotFound("visit.not_found", id=visit_id)
        return visit

    def enterprise_choices(self, supervisor_id: int | None = None) -> list[Choice]:
        """Enterprises for the plan dialog; with a supervisor: where they have open placements."""
        stmt = select(Enterprise.id, Enterprise.name).order_by(Enterprise.name)
        if supervisor_id is not None:
            stmt = stmt.where(
                Enterprise.id.in_(
                    select(Placement.enterprise_id).where(
                        Placement.school_supervisor_id == supervisor_id,
                        Placement.status.in_(OPEN),
                    )
                )
            )
        with self._uow.read() as session:
            return [Choice(i, n) for i, n in session.execute(stmt)]

    def inspected_placements(self) -> set[int]:
        """Placements with at least one recorded visit (R-REC-1 item (6), 检查记录): their
        supervisor visited their enterprise on a day within the placement."""
        with self._uow.read() as session:
            return set(
                session.scalars(
                    select(Placement.id)
                    .join(
                        SiteVisit,
                        (SiteVisit.enterprise_id == Placement.enterprise_id)
                        & (SiteVisit.supervisor_id == Placement.school_supervisor_id),
                    )
                    .where(
                        SiteVisit.status == VisitStatus.DONE,
                        SiteVisit.visited_on >= Placement.start_date,
                        SiteVisit.visited_on <= Placement.end_date,
                    )
                )
            )

    def students_at(self, visit_id: int) -> list[str]:
        """Names of the supervisor's students placed at the enterprise on the planned day."""
        with self._uow.read() as session:
            v = self._visit(session, visit_id)
            return list(
                session.scalars(
                    select(Student.name)
                    .join(Placement, Placement.student_id == Student.id)
                    .where(
                        Placement.enterprise_id == v.enterprise_id,
                        Placement.school_supervisor_id == v.supervisor_id,
                        Placement.start_date <= v.planned_on,
                        Placement.end_date >= v.planned_on,
                        Placement.status.notin_((PlacementStatus.DRAFT,)),
                    )
                    .order_by(Student.name)
                )
            )


def _round_days(
    start: dt.date, end: dt.date, every_n_weeks: int | None, monthly: bool
) -> list[dt.date]:
    """The round's days from a dateutil rrule (weekly by n, or monthly on start's day)."""
    first = dt.datetime.combine(start, dt.time())
    until = dt.datetime.combine(end, dt.time())
    if monthly:
        day = start.day if start.day <= 28 else -1
        rule = rrule(MONTHLY, dtstart=first, until=until, bymonthday=day)
    else:
        rule = rrule(WEEKLY, interval=every_n_weeks or 1, dtstart=first, until=until)
    return [d.date() for d in rule]
