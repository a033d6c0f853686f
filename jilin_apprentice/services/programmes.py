"""Apprenticeship programmes and cohorts, training plans, each apprentice's progress.

A programme is the school's frame with one enterprise (双主体): 现代学徒制 enrols one class
with the enterprise under a 学徒培养协议 (R-APP-2); 企业新型学徒制 trains the enterprise's
employees who hold a labour contract of at least a year (R-APP-4) for 1–2 years, at most 3
(R-APP-6). Enrolling creates each student's Apprenticeship (the enterprise side of the dual
identity) and the membership in one transaction: one bad row refuses the whole enrolment.

A school_joint student who is not in the programme's class is enrolled with a warning, not
refused: classes are regrouped and repeaters join later cohorts, and the officer knows that.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from jilin_apprentice.domain.enums import (
    DayType,
    PlacementStatus,
    PlacementType,
    Programme,
    SkillLevel,
)
from jilin_apprentice.domain.errors import (
    DomainError,
    NotFound,
    Violation,
)
from jilin_apprentice.domain.programme_checks import mentor_findings
from jilin_apprentice.domain.rules.model import Finding
from jilin_apprentice.services import programme_choices as choices
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.programme_cohort import CohortOps, refuse
from jilin_apprentice.services.programme_dto import (
    Choice,
    ModuleDraft,
    ProgrammeDetail,
    ProgrammeDraft,
    ProgrammeRow,
)
from jilin_apprentice.services.programme_validation import (
    module_violations,
    programme_violations,
)
from jilin_apprentice.services.programme_views import (
    DRAFT_FIELDS,
    MODULE_FIELDS,
    module_rows,
    programme_rows,
)
from jilin_apprentice.storage.models import (
    Apprenticeship,
    ApprenticeshipProgramme,
    ModuleProgress,
    Placement,
    ProgrammeMember,
    TrainingModule,
)
from jilin_apprentice.storage.uow import UnitOfWork

OPEN = (PlacementStatus.DRAFT, PlacementStatus.APPROVED, PlacementStatus.ACTIVE)


def _programme_columns(d: ProgrammeDraft) -> dict[str, Any]:
    values = {k: getattr(d, k) for k in DRAFT_FIELDS}
    values["name"] = d.name.strip()
    for k in ("training_agreement_ref", "notes"):
        values[k] = (values[k] or "").strip() or None
    values["programme"] = Programme(d.programme)
    values["target_level"] = SkillLevel(d.target_level) if d.target_level else None
    return values


class ProgrammeService(CohortOps):
    """Built once per database by services/container.py."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow, self._audit, self._today = uow, audit, today

    # --- programmes ----------------------------------------------------------------------------
    def list(self) -> list[ProgrammeRow]:
        """Newest first, each with its member count and the findings on it and its members."""
        with self._uow.read() as session:
            return programme_rows(session, self._today())

    def get(self, programme_id: int) -> ProgrammeDetail:
        with self._uow.read() as session:
            rows = programme_rows(session, self._today(), programme_id)
            if not rows:
                raise NotFound("programme.not_found", id=programme_id)
            return ProgrammeDetail(rows[0], tuple(module_rows(session, programme_id)))

    def validate(self, draft: ProgrammeDraft, programme_id: int | None = None) -> list[Violation]:
        with self._uow.read() as session:
            return programme_violations(session, draft, programme_id)

    def save(self, draft: ProgrammeDraft, programme_id: int | None = None) -> int:
        """Create (no id) or update a programme; warnings (an unusual length) do not refuse."""
        with self._uow() as session:
            refuse(programme_violations(session, draft, programme_id))
            values = _programme_columns(draft)
            if programme_id is None:
                row = ApprenticeshipProgramme(**values)
                session.add(row)
                session.flush()
                changes = {k: (None, v) for k, v in values.items() if v is not None}
                action = "create"
            else:
                row = self._programme(session, programme_id)
                changes = diff({k: getattr(row, k) for k in values}, values)
                for key, value in values.items():
                    setattr(row, key, value)
                action = "update"
            if changes or action == "create":
                self._audit.record(
                    session, action=action, entity="programme", entity_id=row.id, changes=changes
                )
            return row.id

    def delete(self, programme_id: int) -> None:
        """Remove the programme, its plan and its apprentices' enrolments; refused while any
        member has placements (legal records)."""
        with self._uow() as session:
            row = self._programme(session, programme_id)
            app_ids = [m.apprenticeship_id for m in row.members]
            linked = session.scalar(
                select(func.count(func.distinct(Placement.apprenticeship_id))).where(
                    Placement.apprenticeship_id.in_(app_ids)
                )
            )
            if linked:
                raise DomainError("programme.has_placements", count=linked)
            for app_id in app_ids:
                self._drop_apprenticeship(session, app_id)
            session.flush()
            session.expire(row, ["members"])
            session.delete(row)
            self._audit.record(
                session,
                action="delete",
                entity="programme",
                entity_id=programme_id,
                changes={"name": (row.name, None), "members": (len(app_ids), None)},
            )

    # --- modules -------------------------------------------------------------------------------
    def validate_module(self, programme_id: int, draft: ModuleDraft) -> list[Violation]:
        with self._uow.read() as session:
            return module_violations(session, self._programme(session, programme_id), draft)

    def save_module(
        self, programme_id: int, draft: ModuleDraft, module_id: int | None = None
    ) -> int:
        with self._uow() as session:
            prog = self._programme(session, programme_id)
            refuse(module_violations(session, prog, draft))
            values = {k: getattr(draft, k) for k in MODULE_FIELDS}
            values["name"] = draft.name.strip()
            values["competency"] = (draft.competency or "").strip() or None
            values["place"] = DayType(draft.place)
            if module_id is None:
                last = max((m.seq for m in prog.modules), default=0)
                module = TrainingModule(programme_id=programme_id, seq=draft.seq or last + 1)
                session.add(module)
                before: dict[str, Any] = {}
            else:
                found = session.get(TrainingModule, module_id)
                if found is None or found.programme_id != programme_id:
                    raise NotFound("module.not_found", id=module_id)
                module, before = found, {k: getattr(found, k) for k in values}
                if draft.seq is not None:
                    values["seq"] = draft.seq
            for key, value in values.items():
                setattr(module, key, value)
            session.flush()
            self._audit.record(
                session,
                action="update" if before else "create",
                entity="training_module",
                entity_id=module.id,
                changes=diff(before, values),
            )
            return module.id

    def delete_module(self, module_id: int) -> None:
        """The module and the progress recorded on it (the UI asks first)."""
        with self._uow() as session:
            module = session.get(TrainingModule, module_id)
            if module is None:
                raise NotFound("module.not_found", id=module_id)
            for progress in session.scalars(
                select(ModuleProgress).where(ModuleProgress.module_id == module_id)
            ):
                session.delete(progress)
            session.delete(module)
            self._audit.record(
                session,
                action="delete",
                entity="training_module",
                entity_id=module_id,
                changes={"name": (module.name, None)},
            )

    # --- compliance scan -----------------------------------------------------------------------
    def findings_for_all(self, today: dt.date | None = None) -> list[tuple[int, Finding]]:
        """(placement_id, R-APP-5) for open apprenticeship placements of programme members
        whose apprenticeship lacks a mentor; the engine checks R-APP-2/4/6/7 itself."""
        today = today or self._today()
        with self._uow.read() as session:
            rows = session.execute(
                select(
                    Placement.id,
                    Apprenticeship.enterprise_mentor_id,
                    Apprenticeship.school_mentor_id,
                )
                .join(Apprenticeship, Apprenticeship.id == Placement.apprenticeship_id)
                .join(ProgrammeMember, ProgrammeMember.apprenticeship_id == Apprenticeship.id)
                .where(
                    Placement.type == PlacementType.APPRENTICESHIP,
                    Placement.status.in_(OPEN),
                    Placement.end_date >= today,
                )
                .order_by(Placement.id)
            ).all()
        return [(pid, f) for pid, em, sm in rows for f in mentor_findings(em, sm)]

    # --- choices for the forms -------------------------------------------------------------------
    def enterprise_choices(self) -> list[Choice]:
        with self._uow.read() as session:
            return choices.enterprises(session)

    def class_choices(self) -> list[Choice]:
        with self._uow.read() as session:
            return choices.classes(session)

    def post_choices(self, enterprise_id: int) -> list[Choice]:
        with self._uow.read() as session:
            return choices.posts(session, enterprise_id)

    def mentor_choices(self, programme_id: int) -> tuple[list[Choice], list[Choice]]:
        """(enterprise mentors of the programme's enterprise, school supervisors)."""
        with self._uow.read() as session:
            prog = self._programme(session, programme_id)
            return choices.mentors(session, prog.enterprise_id)

    def student_choices(self, *, class_id: int | None = None, search: str = "") -> list[Choice]:
        """Enrolled students of a class, or those whose name or number matches (at most 50)."""
        with self._uow.read() as session:
            return choices.students(session, class_id, search)
