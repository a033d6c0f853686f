"""Enterprise mentors and school supervisors (双导师): the people who guide each placement."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import func, or_, select

from jilin_apprentice.domain.enums import SkillLevel, StaffKind
from jilin_apprentice.domain.errors import NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.masking import mask_phone
from jilin_apprentice.domain.validators import validate_mobile
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.dto import Choice, StaffDraft, StaffRow
from jilin_apprentice.storage.models import (
    Apprenticeship,
    Enterprise,
    Evaluation,
    LogEntry,
    MentorPayment,
    Placement,
    SiteVisit,
    Staff,
    Student,
)
from jilin_apprentice.storage.uow import UnitOfWork

_FIELDS = tuple(StaffDraft.__dataclass_fields__)
MAX_ALLOWANCE_FEN = 10_000_000  # ¥100,000 a month: anything above is a typing slip


class StaffService:
    def __init__(self, uow: UnitOfWork, audit: AuditWriter) -> None:
        self._uow = uow
        self._audit = audit

    def list(self, *, kind: str | None = None, search: str = "") -> list[StaffRow]:
        """All mentors/supervisors with their current load (students or placements assigned).

        Loads are three grouped counts, not a correlated subquery per person: with 100,000
        students and thousands of staff the latter took minutes.
        """
        stmt = select(Staff, Enterprise.name).outerjoin(
            Enterprise, Enterprise.id == Staff.enterprise_id
        )
        if kind:
            stmt = stmt.where(Staff.kind == StaffKind(kind))
        if search.strip():
            stmt = stmt.where(Staff.name.contains(search.strip()))
        live = Placement.status.in_(("approved", "active"))
        with self._uow.read() as session:
            load: Counter[int] = Counter()
            for column, condition in (
                (Student.school_supervisor_id, None),
                (Placement.enterprise_mentor_id, live),
                (Placement.school_supervisor_id, live),
            ):
                grouped = select(column, func.count()).where(column.is_not(None)).group_by(column)
                if condition is not None:
                    grouped = grouped.where(condition)
                load.update({key: n for key, n in session.execute(grouped)})
            rows = session.execute(stmt.order_by(Staff.kind, Staff.name, Staff.id)).all()
            return [
                StaffRow(
                    s.id,
                    s.kind.value,
                    s.name,
                    ename,
                    mask_phone(s.phone or ""),
                    s.title,
                    load[s.id],
                )
                for s, ename in rows
            ]

    def choices(self, kind: str, enterprise_id: int | None = None) -> list[Choice]:
        stmt = select(Staff.id, Staff.name).where(Staff.kind == StaffKind(kind))
        if enterprise_id is not None:
            stmt = stmt.where(Staff.enterprise_id == enterprise_id)
        with self._uow.read() as session:
            return [Choice(i, n) for i, n in session.execute(stmt.order_by(Staff.name))]

    def get(self, staff_id: int) -> StaffDraft:
        """The stored fields of one person, unmasked, for the edit form."""
        with self._uow.read() as session:
            staff = session.get(Staff, staff_id)
            if staff is None:
                raise NotFound("staff.not_found", id=staff_id)
            values = {k: getattr(staff, k) for k in _FIELDS}
            values["kind"] = staff.kind.value
            values["skill_level"] = staff.skill_level.value if staff.skill_level else None
            return StaffDraft(**values)

    def validate(self, draft: StaffDraft) -> list[Violation]:
        violations: list[Violation] = []
        if not draft.name.strip():
            violations.append(Violation("name", "required"))
        try:
            kind = StaffKind(draft.kind)
        except ValueError:
            return [*violations, Violation("kind", "choice.invalid")]
        if kind is StaffKind.ENTERPRISE_MENTOR and draft.enterprise_id is None:
            violations.append(Violation("enterprise_id", "mentor.needs_enterprise"))
        if draft.phone:
            violations += validate_mobile(draft.phone, field="phone")[1]
        if draft.max_load is not None and draft.max_load < 0:
            violations.append(Violation("max_load", "number.negative"))
        allowance = draft.monthly_allowance_fen
        if allowance is not None and allowance < 0:
            violations.append(Violation("monthly_allowance_fen", "number.negative"))
        elif allowance is not None and allowance > MAX_ALLOWANCE_FEN:
            violations.append(Violation("monthly_allowance_fen", "money.range"))
        if draft.skill_level and draft.skill_level not in {s.value for s in SkillLevel}:
            violations.append(Violation("skill_level", "choice.invalid"))
        return violations

    def save(self, draft: StaffDraft, *, staff_id: int | None = None) -> int:
        problems = [v for v in self.validate(draft) if v.severity == "block"]
        if problems:
            raise ValidationFailed(problems)
        values: dict[str, Any] = {k: getattr(draft, k) for k in _FIELDS}
        values["kind"] = StaffKind(draft.kind)
        values["name"] = draft.name.strip()
        values["skill_level"] = SkillLevel(draft.skill_level) if draft.skill_level else None
        if values["kind"] is StaffKind.SCHOOL_SUPERVISOR:
            values["enterprise_id"] = None
        with self._uow() as session:
            if staff_id is None:
                staff = Staff(**values)
                session.add(staff)
                session.flush()
                changes = {k: (None, v) for k, v in values.items() if v is not None}
            else:
                found = session.get(Staff, staff_id)
                if found is None:
                    raise NotFound("staff.not_found", id=staff_id)
                staff = found
                changes = diff({k: getattr(staff, k) for k in values}, values)
                for k, v in values.items():
                    setattr(staff, k, v)
            if changes:
                self._audit.record(
                    session,
                    action="create" if staff_id is None else "update",
                    entity="staff",
                    entity_id=staff.id,
                    changes=changes,
                )
            return staff.id

    def delete(self, staff_id: int) -> None:
        with self._uow() as session:
            staff = session.get(Staff, staff_id)
            if staff is None:
                raise NotFound("staff.not_found", id=staff_id)
            used = session.scalar(
                select(func.count(Placement.id)).where(
                    or_(
                        Placement.enterprise_mentor_id == staff_id,
                        Placement.school_supervisor_id == staff_id,
                    )
                )
            )
            if used:
                raise ValidationFailed([Violation("staff", "staff.has_placements")])
            if _has_records(session, staff_id):
                raise ValidationFailed([Violation("staff", "staff.has_records")])
            session.execute(
                Student.__table__.update()
                .where(Student.school_supervisor_id == staff_id)
                .values(school_supervisor_id=None)
            )
            session.delete(staff)
            self._audit.record(
                session,
                action="delete",
                entity="staff",
                entity_id=staff_id,
                changes={"name": (staff.name, None)},
            )


def _has_records(session: Any, staff_id: int) -> bool:
    """Apprenticeships, pay, visits, reviews and evaluations name the person: they are records
    of what happened (and pay records would vanish with the person by cascade)."""
    checks = (
        select(Apprenticeship.id).where(
            or_(
                Apprenticeship.enterprise_mentor_id == staff_id,
                Apprenticeship.school_mentor_id == staff_id,
            )
        ),
        select(MentorPayment.id).where(MentorPayment.staff_id == staff_id),
        select(SiteVisit.id).where(SiteVisit.supervisor_id == staff_id),
        select(LogEntry.id).where(LogEntry.reviewer_id == staff_id),
        select(Evaluation.id).where(Evaluation.evaluator_id == staff_id),
    )
    return any(session.scalar(stmt.limit(1)) is not None for stmt in checks)
