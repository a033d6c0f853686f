"""Students: list with search and keyset paging, detail with both identities, validated writes.

What the list and the detail show (columns, rows, the record) is built in student_views.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, tuple_
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import StudentStatus, StudyMode
from jilin_apprentice.domain.errors import ConflictError, NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.record_checks import (
    StudentFacts,
    blocking,
    check_guardian,
    check_student,
)
from jilin_apprentice.services.access import PII
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.dto import (
    Changes,
    GuardianDraft,
    ListQuery,
    Page,
    StudentDetail,
    StudentDraft,
    StudentRow,
)
from jilin_apprentice.services.student_identities import current_enterprise_names, identities_of
from jilin_apprentice.services.student_pii import holds_mask, keep_stored, masked_detail
from jilin_apprentice.services.student_views import (
    SORT_COLUMNS,
    shown_columns,
    student_detail,
    student_row,
)
from jilin_apprentice.storage.models import (
    Certificate,
    Guardian,
    LogEntry,
    Placement,
    SchoolClass,
    Staff,
    Student,
)
from jilin_apprentice.storage.search import like_pattern, rebuild_student_search
from jilin_apprentice.storage.uow import UnitOfWork

_STUDENT_FIELDS = (
    "name",
    "student_no",
    "id_number",
    "birth_date",
    "sex",
    "phone",
    "address",
    "enrolment_date",
    "study_mode",
    "status",
    "class_id",
    "school_supervisor_id",
    "health_check_date",
    "notes",
)


class StudentService:
    """Create, read, update and delete students; one unit of work per call."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow = uow
        self._audit = audit
        self._today = today

    # --- lists -------------------------------------------------------------------------------
    def _filtered(self, stmt: Select[Any], query: ListQuery) -> Select[Any]:
        term = query.search.strip()
        if term:
            stmt = stmt.where(Student.search_text.like(like_pattern(term), escape="\\"))
        return stmt

    def count(self, query: ListQuery) -> int:
        stmt = self._filtered(select(func.count(Student.id)), query)
        with self._uow.read() as session:
            return int(session.scalar(stmt) or 0)

    def first_page(self, query: ListQuery, *, limit: int) -> Page[StudentRow]:
        """The first page and the total; a search does both in one scan of the table."""
        rows, total = self._select(query, after=None, limit=limit, with_total=True)
        return Page(rows, self.count(query) if total is None else total)

    def page(
        self, query: ListQuery, *, after: tuple[object, int] | None, limit: int
    ) -> list[StudentRow]:
        """One page in sort order, continuing after the sort key of the last row shown."""
        return self._select(query, after=after, limit=limit, with_total=False)[0]

    def _select(
        self, query: ListQuery, *, after: tuple[object, int] | None, limit: int, with_total: bool
    ) -> tuple[list[StudentRow], int | None]:
        """Keys first (narrow, keyset-paged), then the columns shown for those rows only.

        With a search term the sort key is wrapped so SQLite scans the covering search index,
        filters, and sorts just the matches; walking the name index instead visits rows in
        random order until 200 match (130 ms for a rare term over 100,000 students). The
        total comes from the same scan via `count(*) OVER ()`.
        """
        searching = bool(query.search.strip())
        column = SORT_COLUMNS.get(query.sort, Student.name_sort)
        order_key = func.coalesce(column, column) if searching else column
        key_columns: list[Any] = [Student.id, column]
        if with_total and searching:
            key_columns.append(func.count().over())
        stmt = select(*key_columns)
        if query.sort in ("class_name", "cohort_year"):
            stmt = stmt.join(SchoolClass, SchoolClass.id == Student.class_id)
        stmt = self._filtered(stmt, query)
        key: ColumnElement[Any] = tuple_(order_key, Student.id)
        if after is not None:
            stmt = stmt.where(key < tuple_(*after) if query.descending else key > tuple_(*after))
        order = (
            (order_key.desc(), Student.id.desc()) if query.descending else (order_key, Student.id)
        )
        with self._uow.read() as session:
            keys = session.execute(stmt.order_by(*order).limit(limit)).all()
            ids = [k[0] for k in keys]
            shown = {r[0]: r for r in session.execute(shown_columns().where(Student.id.in_(ids)))}
            employers = current_enterprise_names(session, ids, self._today())
        total = (int(keys[0][2]) if keys else 0) if with_total and searching else None
        rows = [
            student_row(shown[student_id], sort_value, employers.get(student_id))
            for student_id, sort_value, *_ in keys
        ]
        return rows, total

    def class_choices(self) -> list[tuple[int, str]]:
        with self._uow.read() as session:
            rows = session.execute(
                select(SchoolClass.id, SchoolClass.name).order_by(SchoolClass.name)
            )
            return [(r[0], r[1]) for r in rows]

    # --- detail ------------------------------------------------------------------------------
    def get(self, student_id: int, *, for_edit: bool = False) -> StudentDetail:
        """The record; ID number and phones masked without the personal-data right (R-PI-7).

        With the right, opening it in the edit form (`for_edit`) shows the full numbers and so
        is recorded as a view of sensitive data; the list and detail panel stay masked.
        """
        detail = self._load(student_id)
        if not self._audit.access.can(PII):
            return masked_detail(detail)
        if for_edit:
            with self._uow() as session:
                self._audit.record(
                    session,
                    action="view",
                    entity="student",
                    entity_id=student_id,
                    changes={"id_number": (None, None)},
                )
        return detail

    def _load(self, student_id: int) -> StudentDetail:
        today = self._today()
        with self._uow.read() as session:
            s = session.get(Student, student_id)
            if s is None:
                raise NotFound("student.not_found", id=student_id)
            supervisor = (
                session.get(Staff, s.school_supervisor_id) if s.school_supervisor_id else None
            )
            current, history = identities_of(session, s.id, today)
            return student_detail(s, supervisor, current, history, today)

    # --- writes ------------------------------------------------------------------------------
    def validate(self, draft: StudentDraft, student_id: int | None = None) -> list[Violation]:
        """All field violations of a draft (blocking and warnings); reads the stored record only
        when editing one whose personal data is shown masked."""
        return self._check(self._keep_stored(student_id, draft))[1]

    def _keep_stored(self, student_id: int | None, draft: StudentDraft) -> StudentDraft:
        """Masked text left unchanged in the form keeps the stored number (never asterisks)."""
        if student_id is None or not holds_mask(draft):
            return draft
        with self._uow.read() as session:
            s = session.get(Student, student_id)
            if s is None:
                return draft
            return keep_stored(draft, s.id_number, s.phone, [g.phone for g in s.guardians])

    def _check(self, draft: StudentDraft) -> tuple[StudentFacts | None, list[Violation]]:
        """One pass over the draft: derived facts (if the ID is valid) and every violation."""
        facts, violations = check_student(
            name=draft.name,
            id_number=draft.id_number,
            phone=draft.phone,
            class_id=draft.class_id,
            enrolment_date=draft.enrolment_date,
            today=self._today(),
        )
        for i, g in enumerate(draft.guardians):
            violations += check_guardian(
                name=g.name, relationship=g.relationship, phone=g.phone, index=i
            )
        try:
            StudyMode(draft.study_mode)
            StudentStatus(draft.status)
        except ValueError:
            violations.append(Violation("status", "choice.invalid"))
        return facts, violations

    def _values(self, draft: StudentDraft) -> dict[str, Any]:
        facts, violations = self._check(draft)
        problems = blocking(violations)
        if facts is None or problems:
            raise ValidationFailed(problems)
        return {
            "name": draft.name.strip(),
            "student_no": (draft.student_no or "").strip() or None,
            "id_number": facts.id_number,
            "birth_date": facts.birth_date,
            "sex": facts.sex,
            "phone": facts.phone,
            "address": (draft.address or "").strip() or None,
            "enrolment_date": draft.enrolment_date,
            "study_mode": StudyMode(draft.study_mode),
            "status": StudentStatus(draft.status),
            "class_id": draft.class_id,
            "school_supervisor_id": draft.school_supervisor_id,
            "health_check_date": draft.health_check_date,
            "notes": draft.notes or None,
        }

    def _check_unique(self, session: Session, values: dict[str, Any], own_id: int | None) -> None:
        clash = session.scalar(
            select(Student.id).where(
                Student.id_number == values["id_number"], Student.id != (own_id or 0)
            )
        )
        if clash is not None:
            raise ValidationFailed([Violation("id_number", "id.duplicate")])
        if values["student_no"]:
            clash = session.scalar(
                select(Student.id).where(
                    Student.student_no == values["student_no"], Student.id != (own_id or 0)
                )
            )
            if clash is not None:
                raise ValidationFailed([Violation("student_no", "student_no.duplicate")])
        if session.get(SchoolClass, values["class_id"]) is None:
            raise ValidationFailed([Violation("class_id", "choice.invalid")])

    def create(self, draft: StudentDraft) -> int:
        values = self._values(draft)
        with self._uow() as session:
            self._check_unique(session, values, None)
            student = Student(**values)
            student.guardians = [
                Guardian(
                    name=g.name.strip(),
                    relationship_=g.relationship.strip(),
                    phone=g.phone,
                    address=g.address,
                )
                for g in draft.guardians
            ]
            session.add(student)
            session.flush()
            rebuild_student_search(session, student.id)
            self._audit.record(
                session,
                action="create",
                entity="student",
                entity_id=student.id,
                changes={k: (None, v) for k, v in values.items() if v is not None},
            )
            return student.id

    def update(self, student_id: int, draft: StudentDraft, *, expected_version: int) -> Changes:
        """Save changes; raises ConflictError if someone else saved the record meanwhile."""
        draft = self._keep_stored(student_id, draft)
        values = self._values(draft)
        with self._uow() as session:
            student = session.get(Student, student_id)
            if student is None:
                raise NotFound("student.not_found", id=student_id)
            if student.version != expected_version:
                raise ConflictError("record.conflict")
            self._check_unique(session, values, student_id)
            before = {k: getattr(student, k) for k in _STUDENT_FIELDS}
            for key, value in values.items():
                setattr(student, key, value)
            changes = diff(before, values)
            changes.update(self._replace_guardians(student, draft.guardians))
            session.flush()
            rebuild_student_search(session, student_id)
            if changes:
                self._audit.record(
                    session,
                    action="update",
                    entity="student",
                    entity_id=student_id,
                    changes=changes,
                )
        return Changes(frozenset({"student"}), (student_id,))

    @staticmethod
    def _replace_guardians(
        student: Student, drafts: tuple[GuardianDraft, ...]
    ) -> dict[str, tuple[Any, Any]]:
        before = [(g.name, g.relationship_, g.phone) for g in student.guardians]
        after = [(g.name.strip(), g.relationship.strip(), g.phone) for g in drafts]
        if before == after:
            return {}
        student.guardians.clear()
        for g in drafts:
            student.guardians.append(
                Guardian(
                    name=g.name.strip(),
                    relationship_=g.relationship.strip(),
                    phone=g.phone,
                    address=g.address,
                )
            )
        return {"guardians": (", ".join(b[0] for b in before), ", ".join(a[0] for a in after))}

    def delete(self, student_id: int) -> Changes:
        """Delete a student who has no placements; placements are legal records and stay."""
        with self._uow() as session:
            student = session.get(Student, student_id)
            if student is None:
                raise NotFound("student.not_found", id=student_id)
            has_records = session.scalar(
                select(func.count(Placement.id)).where(Placement.student_id == student_id)
            )
            if has_records or student.apprenticeships:
                raise ValidationFailed([Violation("student", "student.has_placements")])
            kept = (
                select(Certificate.id).where(Certificate.student_id == student_id),
                select(LogEntry.id).where(LogEntry.student_id == student_id),
            )
            if any(session.scalar(stmt.limit(1)) is not None for stmt in kept):
                raise ValidationFailed([Violation("student", "student.has_records")])
            session.delete(student)  # guardians go with it (cascade delete-orphan)
            self._audit.record(
                session,
                action="delete",
                entity="student",
                entity_id=student_id,
                changes={"name": (student.name, None), "id_number": (student.id_number, None)},
            )
        return Changes(frozenset({"student"}), (student_id,))
