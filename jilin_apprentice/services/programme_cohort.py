"""Cohort side of ProgrammeService: enrolment linked with hiring, members, progress.

A mixin so the service keeps one public API while each file stays short.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import (
    PlacementStatus,
    SkillLevel,
)
from jilin_apprentice.domain.errors import (
    ConflictError,
    DomainError,
    NotFound,
    ValidationFailed,
    Violation,
)
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.programme_dto import (
    EnrolDraft,
    MemberDraft,
    MemberRow,
    ProgressEntry,
    ProgressRow,
)
from jilin_apprentice.services.programme_progress import progress_violations, write_progress
from jilin_apprentice.services.programme_validation import (
    blocking,
    contract_violations,
    enrol_violations,
    member_shared_violations,
    overlap_violations,
)
from jilin_apprentice.services.programme_views import (
    MEMBER_FIELDS,
    cohort_rows,
    member_draft,
    progress_rows,
)
from jilin_apprentice.storage.models import (
    Apprenticeship,
    ApprenticeshipProgramme,
    ModuleProgress,
    Placement,
    ProgrammeMember,
)
from jilin_apprentice.storage.uow import UnitOfWork


def refuse(problems: list[Violation]) -> None:
    if blocking(problems):
        raise ValidationFailed(blocking(problems))


def _member_columns(d: MemberDraft) -> dict[str, Any]:
    values = {k: getattr(d, k) for k in MEMBER_FIELDS}
    values["training_agreement_ref"] = (d.training_agreement_ref or "").strip() or None
    values["target_level"] = SkillLevel(d.target_level) if d.target_level else None
    return values


def placements_of(session: Session, app_ids: list[int]) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Placement)
            .where(Placement.apprenticeship_id.in_(app_ids))
        )
        or 0
    )


class CohortOps:
    """Needs `_uow`, `_audit` and `_today` from ProgrammeService's constructor."""

    _uow: UnitOfWork
    _audit: AuditWriter
    _today: Callable[[], dt.date]

    # --- cohort --------------------------------------------------------------------------------
    def validate_enrol(self, programme_id: int, draft: EnrolDraft) -> list[Violation]:
        """Everything the enrolment form shows, warnings included."""
        with self._uow.read() as session:
            return enrol_violations(session, self._programme(session, programme_id), draft)

    def enrol(self, programme_id: int, draft: EnrolDraft) -> list[int]:
        """One Apprenticeship and one membership per student, all or nothing; returns the new
        apprenticeship ids in the order of `draft.students`."""
        with self._uow() as session:
            prog = self._programme(session, programme_id)
            refuse(enrol_violations(session, prog, draft))
            ids = []
            for s in draft.students:
                values = _member_columns(draft.member(s))
                app = Apprenticeship(
                    student_id=s.student_id,
                    programme=prog.programme,
                    employer_id=prog.enterprise_id,
                    status=self._status(values["start_date"], values["end_date"]),
                    **values,
                )
                session.add(app)
                session.flush()
                session.add(
                    ProgrammeMember(
                        programme_id=programme_id, apprenticeship_id=app.id, joined_on=self._today()
                    )
                )
                changes = {k: (None, v) for k, v in values.items() if v is not None}
                changes["programme_id"] = (None, programme_id)
                changes["student_id"] = (None, s.student_id)
                self._audit.record(
                    session,
                    action="enrol",
                    entity="apprenticeship",
                    entity_id=app.id,
                    changes=changes,
                )
                ids.append(app.id)
            return ids

    def attach(self, programme_id: int, apprenticeship_id: int) -> None:
        """Make an existing apprenticeship (of the same enterprise and type) a member."""
        with self._uow() as session:
            prog = self._programme(session, programme_id)
            app = session.get(Apprenticeship, apprenticeship_id)
            if app is None:
                raise NotFound("member.not_found", id=apprenticeship_id)
            field = "apprenticeship_id"
            already = session.scalar(
                select(ProgrammeMember.id).where(
                    ProgrammeMember.apprenticeship_id == apprenticeship_id
                )
            )
            if already is not None:
                raise ValidationFailed([Violation(field, "member.already")])
            if app.employer_id != prog.enterprise_id or app.programme != prog.programme:
                raise ValidationFailed([Violation(field, "member.other_programme")])
            refuse(member_shared_violations(session, prog, member_draft(app)))
            session.add(
                ProgrammeMember(
                    programme_id=programme_id,
                    apprenticeship_id=apprenticeship_id,
                    joined_on=self._today(),
                )
            )
            self._audit.record(
                session,
                action="attach",
                entity="apprenticeship",
                entity_id=apprenticeship_id,
                changes={"programme_id": (None, programme_id)},
            )

    def validate_member(self, apprenticeship_id: int, draft: MemberDraft) -> list[Violation]:
        with self._uow.read() as session:
            prog, app = self._member(session, apprenticeship_id)
            return self._member_violations(session, prog, app, draft)

    def update_member(self, apprenticeship_id: int, draft: MemberDraft, *, version: int) -> None:
        with self._uow() as session:
            prog, app = self._member(session, apprenticeship_id)
            if app.version != version:
                raise ConflictError("record.conflict", id=apprenticeship_id)
            refuse(self._member_violations(session, prog, app, draft))
            values = _member_columns(draft)
            changes = diff({k: getattr(app, k) for k in values}, values)
            for key, value in values.items():
                setattr(app, key, value)
            if changes:
                self._audit.record(
                    session,
                    action="update",
                    entity="apprenticeship",
                    entity_id=apprenticeship_id,
                    changes=changes,
                )

    def remove_member(self, apprenticeship_id: int) -> None:
        """Take an apprentice out (the enrolment is undone); refused once placements exist."""
        with self._uow() as session:
            prog, app = self._member(session, apprenticeship_id)
            if placements_of(session, [apprenticeship_id]):
                raise DomainError("member.has_placements")
            self._drop_apprenticeship(session, apprenticeship_id)
            self._audit.record(
                session,
                action="remove",
                entity="apprenticeship",
                entity_id=apprenticeship_id,
                changes={"programme_id": (prog.id, None), "student_id": (app.student_id, None)},
            )

    def cohort(self, programme_id: int) -> list[MemberRow]:
        with self._uow.read() as session:
            self._programme(session, programme_id)
            return cohort_rows(session, programme_id, self._today())

    # --- progress ------------------------------------------------------------------------------
    def record_progress(
        self,
        apprenticeship_id: int,
        module_id: int,
        hours_done: int,
        assessed_on: dt.date | None,
        passed: bool,
    ) -> None:
        """One module's hours, assessment date and result for one apprentice."""
        entry = ProgressEntry(module_id, hours_done, assessed_on, passed)
        self.record_progress_all(apprenticeship_id, [entry], prefixed=False)

    def record_progress_all(
        self, apprenticeship_id: int, entries: list[ProgressEntry], *, prefixed: bool = True
    ) -> None:
        """Several modules at once (the progress form), all or nothing; violations name the
        row as `modules[i].hours_done`."""
        with self._uow() as session:
            prog, _app = self._member(session, apprenticeship_id)
            problems: list[Violation] = []
            for i, e in enumerate(entries):
                prefix = f"modules[{i}]." if prefixed else ""
                problems += progress_violations(session, prog.id, e, self._today(), prefix)
            refuse(problems)
            for e in entries:
                write_progress(session, self._audit, apprenticeship_id, e)

    def progress(self, apprenticeship_id: int) -> list[ProgressRow]:
        with self._uow.read() as session:
            prog, _app = self._member(session, apprenticeship_id)
            return progress_rows(session, apprenticeship_id, prog.id)

    def _status(self, start: dt.date, end: dt.date) -> PlacementStatus:
        today = self._today()
        if start > today:
            return PlacementStatus.APPROVED
        return PlacementStatus.COMPLETED if end < today else PlacementStatus.ACTIVE

    @staticmethod
    def _member_violations(
        session: Session, prog: ApprenticeshipProgramme, app: Apprenticeship, d: MemberDraft
    ) -> list[Violation]:
        problems = member_shared_violations(session, prog, d)
        problems += contract_violations(session, prog, d)
        field = "start_date"
        problems += overlap_violations(
            session, app.student_id, d.start_date, d.end_date, field, exclude=app.id
        )
        return problems

    # --- shared helpers ----------------------------------------------------------------------
    @staticmethod
    def _programme(session: Session, programme_id: int) -> ApprenticeshipProgramme:
        row = session.get(ApprenticeshipProgramme, programme_id)
        if row is None:
            raise NotFound("programme.not_found", id=programme_id)
        return row

    @staticmethod
    def _member(
        session: Session, apprenticeship_id: int
    ) -> tuple[ApprenticeshipProgramme, Apprenticeship]:
        member = session.scalar(
            select(ProgrammeMember).where(ProgrammeMember.apprenticeship_id == apprenticeship_id)
        )
        if member is None:
            raise NotFound("member.not_found", id=apprenticeship_id)
        return member.programme, member.apprenticeship

    @staticmethod
    def _drop_apprenticeship(session: Session, apprenticeship_id: int) -> None:
        """Membership, progress and the apprenticeship itself (calendar days cascade)."""
        for model, column in (
            (ModuleProgress, ModuleProgress.apprenticeship_id),
            (ProgrammeMember, ProgrammeMember.apprenticeship_id),
        ):
            for row in session.scalars(select(model).where(column == apprenticeship_id)):
                session.delete(row)
        app = session.get(Apprenticeship, apprenticeship_id)
        if app is not None:
            session.delete(app)
