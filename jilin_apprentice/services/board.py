"""The post board: openings, ranked suggestions and the class allocation (issue 7).

Openings and students' preferences are kept here; who may take which opening is decided in
board_match.py (board sifting + the rule engine), the allocation by domain/assignment.py, and
accepting turns suggestions into draft placements (board_accept.py), all or nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, or_, select

from jilin_apprentice.domain.enums import OpeningStatus, PayUnit, PlacementType, StudentStatus
from jilin_apprentice.domain.errors import ConflictError, NotFound, ValidationFailed, Violation
from jilin_apprentice.services import board_choices as choices
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.board_accept import accept_pairs
from jilin_apprentice.services.board_dto import (
    ClassChoice,
    OpeningDraft,
    OpeningRow,
    Preference,
    Proposal,
    SuggestionList,
)
from jilin_apprentice.services.board_match import fills_by_opening
from jilin_apprentice.services.board_propose import propose, suggestions
from jilin_apprentice.services.board_rules import opening_violations, preference_violations
from jilin_apprentice.services.placements import PlacementService
from jilin_apprentice.storage.models import (
    Enterprise,
    Major,
    Opening,
    OpeningFill,
    Post,
    SchoolClass,
    Student,
    StudentPreference,
)
from jilin_apprentice.storage.uow import UnitOfWork


def _row(o: Opening, filled: int) -> OpeningRow:
    return OpeningRow(
        id=o.id,
        version=o.version,
        enterprise_id=o.enterprise_id,
        enterprise_name=o.enterprise.name,
        post_id=o.post_id,
        post_title=o.post.title,
        title=o.title,
        count=o.count,
        filled=filled,
        remaining=max(0, o.count - filled),
        placement_type=o.placement_type.value,
        majors=tuple(json.loads(o.majors_json or "[]")),
        grade_years=tuple(json.loads(o.grade_years_json or "[]")),
        start_date=o.start_date,
        end_date=o.end_date,
        pay_amount_fen=o.pay_amount_fen,
        pay_unit=o.pay_unit.value,
        status=o.status.value,
        notes=o.notes,
    )


def _columns(d: OpeningDraft) -> dict[str, Any]:
    return {
        "enterprise_id": d.enterprise_id,
        "post_id": d.post_id,
        "title": d.title.strip(),
        "count": d.count,
        "placement_type": PlacementType(d.placement_type),
        "majors_json": json.dumps(list(dict.fromkeys(d.majors)), ensure_ascii=False),
        "grade_years_json": json.dumps(sorted(set(d.grade_years))),
        "start_date": d.start_date,
        "end_date": d.end_date,
        "pay_amount_fen": d.pay_amount_fen,
        "pay_unit": PayUnit(d.pay_unit),
        "notes": (d.notes or "").strip() or None,
    }


class BoardService:
    """Built once per database by services/container.py."""

    def __init__(
        self,
        uow: UnitOfWork,
        audit: AuditWriter,
        today: Callable[[], dt.date],
        placements: PlacementService,
    ) -> None:
        self._uow, self._audit, self._today = uow, audit, today
        self._placements = placements

    # --- openings ---------------------------------------------------------------------------

    def list_openings(self, *, status: str | None = None, search: str = "") -> list[OpeningRow]:
        """Openings, soonest start first; `search` matches title, enterprise or post."""
        stmt = (
            select(Opening)
            .join(Enterprise, Enterprise.id == Opening.enterprise_id)
            .join(Post, Post.id == Opening.post_id)
            .order_by(Opening.start_date, Opening.id)
        )
        if status:
            stmt = stmt.where(Opening.status == OpeningStatus(status))
        text = search.strip()
        if text:
            stmt = stmt.where(
                or_(
                    Opening.title.contains(text),
                    Enterprise.name.contains(text),
                    Post.title.contains(text),
                )
            )
        with self._uow.read() as session:
            rows = session.scalars(stmt).all()
            fills = fills_by_opening(session)
            return [_row(o, fills.get(o.id, 0)) for o in rows]

    def get_opening(self, opening_id: int) -> OpeningRow:
        with self._uow.read() as session:
            o = session.get(Opening, opening_id)
            if o is None:
                raise NotFound("opening.not_found", id=opening_id)
            return _row(o, fills_by_opening(session, [opening_id]).get(opening_id, 0))

    def save_opening(
        self, draft: OpeningDraft, opening_id: int | None = None, *, version: int | None = None
    ) -> int:
        """Create (no id) or update an opening; refused drafts write nothing."""
        with self._uow() as session:
            problems = opening_violations(session, draft)
            if problems:
                raise ValidationFailed(problems)
            values = _columns(draft)
            if opening_id is None:
                opening = Opening(**values, status=OpeningStatus.OPEN)
                session.add(opening)
                session.flush()
                changes = {k: (None, v) for k, v in values.items() if v not in (None, "", "[]")}
                self._audit.record(
                    session,
                    action="create",
                    entity="opening",
                    entity_id=opening.id,
                    changes=changes,
                )
                return opening.id
            opening = self._for_write(session, opening_id, version)
            filled = fills_by_opening(session, [opening_id]).get(opening_id, 0)
            if draft.count < filled:
                raise ValidationFailed(
                    [Violation("opening_count", "opening.count_below_filled", {"filled": filled})]
                )
            changes = diff({k: getattr(opening, k) for k in values}, values)
            for key, value in values.items():
                setattr(opening, key, value)
            if opening.status is OpeningStatus.FILLED and draft.count > filled:
                changes["status"] = (OpeningStatus.FILLED, OpeningStatus.OPEN)
                opening.status = OpeningStatus.OPEN
            if changes:
                self._audit.record(
                    session,
                    action="update",
                    entity="opening",
                    entity_id=opening_id,
                    changes=changes,
                )
            return opening_id

    def set_status(self, opening_id: int, status: str, *, version: int | None = None) -> None:
        """Close an opening (no more suggestions) or open it again."""
        target = OpeningStatus(status)
        with self._uow() as session:
            opening = self._for_write(session, opening_id, version)
            if opening.status is target:
                return
            filled = fills_by_opening(session, [opening_id]).get(opening_id, 0)
            if target is OpeningStatus.OPEN and filled >= opening.count:
                target = OpeningStatus.FILLED
            old, opening.status = opening.status, target
            self._audit.record(
                session,
                action="update",
                entity="opening",
                entity_id=opening_id,
                changes={"status": (old, target)},
            )

    def close_opening(self, opening_id: int, *, version: int | None = None) -> None:
        self.set_status(opening_id, "closed", version=version)

    def delete_opening(self, opening_id: int) -> None:
        """Only an opening nobody was placed from; otherwise close it (the fills are records)."""
        with self._uow() as session:
            opening = session.get(Opening, opening_id)
            if opening is None:
                raise NotFound("opening.not_found", id=opening_id)
            used = session.scalar(select(func.count()).where(OpeningFill.opening_id == opening_id))
            if used:
                raise ValidationFailed([Violation("status", "opening.has_fills", {"count": used})])
            session.delete(opening)
            self._audit.record(session, action="delete", entity="opening", entity_id=opening_id)

    def _for_write(self, session: Any, opening_id: int, version: int | None) -> Opening:
        opening = session.get(Opening, opening_id)
        if opening is None:
            raise NotFound("opening.not_found", id=opening_id)
        if version is not None and opening.version != version:
            raise ConflictError("record.conflict", id=opening_id)
        return opening

    # --- preferences ------------------------------------------------------------------------

    def get_preference(self, student_id: int) -> Preference:
        with self._uow.read() as session:
            if session.get(Student, student_id) is None:
                raise NotFound("student.not_found", id=student_id)
            p = session.scalar(
                select(StudentPreference).where(StudentPreference.student_id == student_id)
            )
            if p is None:
                return Preference(student_id)
            wishes = json.loads(p.preferences_json or "{}")
            return Preference(
                student_id,
                p.available_from,
                p.available_to,
                tuple(wishes.get("industries", ())),
                tuple(wishes.get("cities", ())),
                tuple(int(e) for e in wishes.get("enterprises", ())),
                p.note,
            )

    def save_preference(self, pref: Preference) -> None:
        with self._uow() as session:
            if session.get(Student, pref.student_id) is None:
                raise NotFound("student.not_found", id=pref.student_id)
            problems = preference_violations(session, pref)
            if problems:
                raise ValidationFailed(problems)
            wishes = {
                "industries": list(dict.fromkeys(pref.industries)),
                "cities": list(dict.fromkeys(c.strip() for c in pref.cities if c.strip())),
                "enterprises": list(dict.fromkeys(pref.enterprises)),
            }
            values = {
                "available_from": pref.available_from,
                "available_to": pref.available_to,
                "preferences_json": json.dumps(wishes, ensure_ascii=False),
                "note": (pref.note or "").strip() or None,
            }
            row = session.scalar(
                select(StudentPreference).where(StudentPreference.student_id == pref.student_id)
            )
            if row is None:
                row = StudentPreference(student_id=pref.student_id, **values)
                session.add(row)
                session.flush()
                changes = {k: (None, v) for k, v in values.items() if v is not None}
            else:
                changes = diff({k: getattr(row, k) for k in values}, values)
                for key, value in values.items():
                    setattr(row, key, value)
            if changes:
                self._audit.record(
                    session,
                    action="save",
                    entity="student_preference",
                    entity_id=pref.student_id,
                    changes=changes,
                )

    # --- choices for the forms ---------------------------------------------------------------

    def enterprise_choices(self) -> list[tuple[int, str]]:
        with self._uow.read() as session:
            return choices.enterprise_choices(session)

    def post_choices(self, enterprise_id: int) -> list[tuple[int, str, str]]:
        with self._uow.read() as session:
            return choices.post_choices(session, enterprise_id)

    def major_choices(self) -> list[tuple[str, str]]:
        with self._uow.read() as session:
            return choices.major_choices(session)

    def industry_choices(self) -> list[tuple[str, str]]:
        return choices.industry_choices()

    def city_choices(self) -> list[str]:
        return choices.city_choices()

    def student_label(self, student_id: int) -> str:
        with self._uow.read() as session:
            return choices.student_label(session, student_id)

    # --- matching ---------------------------------------------------------------------------

    def suggestions(self, opening_id: int, *, limit: int = 200) -> SuggestionList:
        """Free students who may take the opening, best score first (see board_match.py)."""
        with self._uow.read() as session:
            return suggestions(session, self._today(), opening_id, limit)

    def classes(self) -> list[ClassChoice]:
        """Classes with enrolled students, for the allocation dialog."""
        stmt = (
            select(SchoolClass.id, SchoolClass.name, Major.name, Major.category, func.count())
            .join(Major, Major.id == SchoolClass.major_id)
            .join(Student, Student.class_id == SchoolClass.id)
            .where(Student.status == StudentStatus.ENROLLED)
            .group_by(SchoolClass.id, SchoolClass.name, Major.name, Major.category)
            .order_by(SchoolClass.name)
        )
        with self._uow.read() as session:
            return [ClassChoice(*row) for row in session.execute(stmt)]

    def openings_for_class(self, class_id: int) -> list[int]:
        """Open openings whose wanted majors fit the class's major (the dialog's default)."""
        with self._uow.read() as session:
            cls = session.get(SchoolClass, class_id)
            if cls is None:
                raise NotFound("class.not_found", id=class_id)
            major, category = cls.major.name, cls.major.category
            fills = fills_by_opening(session)
            return [
                o.id
                for o in session.scalars(
                    select(Opening)
                    .where(Opening.status == OpeningStatus.OPEN)
                    .order_by(Opening.start_date, Opening.id)
                )
                if o.count > fills.get(o.id, 0)
                and (
                    not json.loads(o.majors_json or "[]")
                    or {major, category} & set(json.loads(o.majors_json))
                )
            ]

    def students_of_class(self, class_id: int) -> list[int]:
        with self._uow.read() as session:
            return list(
                session.scalars(
                    select(Student.id)
                    .where(Student.class_id == class_id, Student.status == StudentStatus.ENROLLED)
                    .order_by(Student.name_sort, Student.id)
                )
            )

    def propose(self, student_ids: list[int], opening_ids: list[int]) -> Proposal:
        """The best allocation of these students to these openings (domain/assignment.py)."""
        with self._uow.read() as session:
            return propose(session, self._today(), student_ids, opening_ids)

    # --- accepting --------------------------------------------------------------------------

    def accept(
        self, opening_id: int, student_id: int, *, school_supervisor_id: int | None = None
    ) -> int:
        """One suggestion → a draft placement (and its fill); returns the placement id."""
        return self.accept_all([(student_id, opening_id)], school_supervisor_id)[0]

    def accept_all(
        self, pairs: list[tuple[int, int]], school_supervisor_id: int | None = None
    ) -> list[int]:
        """(student, opening) pairs → draft placements in ONE transaction: all or nothing."""
        with self._uow() as session:
            return accept_pairs(session, self._audit, self._today(), pairs, school_supervisor_id)
