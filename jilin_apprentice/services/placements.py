"""Placements: list, read, check live, validate and save (issue 3). Status changes, post
changes, paper agreements and batches are in placement_workflow.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from jilin_apprentice.domain.enums import (
    IndependenceLevel,
    Lodging,
    PayMethod,
    PayUnit,
    PlacementSource,
    PlacementStatus,
    PlacementType,
)
from jilin_apprentice.domain.errors import ConflictError, NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.rules.engine import check_placement
from jilin_apprentice.domain.rules.model import Finding, RuleParams
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.placement_checks import input_violations
from jilin_apprentice.services.placement_context import SIGNED, Surroundings, load_surroundings
from jilin_apprentice.services.placement_dto import (
    DRAFT_FIELDS,
    PlacementDetail,
    PlacementDraft,
    PlacementRow,
    PostHistoryRow,
)
from jilin_apprentice.services.placement_facts import build_facts, load_subject
from jilin_apprentice.services.rule_params import load_rule_params
from jilin_apprentice.storage.models import (
    Agreement,
    Apprenticeship,
    Enterprise,
    Placement,
    Post,
    SchoolClass,
    Staff,
    Student,
)
from jilin_apprentice.storage.uow import UnitOfWork

CLOSED = (PlacementStatus.COMPLETED, PlacementStatus.TERMINATED)
ENUMS: dict[str, type] = {
    "type": PlacementType,
    "source": PlacementSource,
    "independence": IndependenceLevel,
    "pay_unit": PayUnit,
    "pay_method": PayMethod,
    "lodging": Lodging,
}


TEXT_FIELDS = (
    "payee_name",
    "filing_ref",
    "lodging_filing_ref",
    "cross_province_approval_ref",
    "exception_reason",
    "exception_filing_ref",
    "exception_approver",
)


@dataclass
class EditorContext:
    """What the live check needs besides the form: loaded once per student/post choice."""

    subject: dict[str, Any]
    around: Surroundings
    params: RuleParams
    placement_id: int | None
    status: str
    agreement_signed: bool


def to_columns(draft: PlacementDraft) -> dict[str, Any]:
    values = {k: getattr(draft, k) for k in DRAFT_FIELDS}
    for name, enum in ENUMS.items():
        values[name] = enum(values[name])
    for name in TEXT_FIELDS:
        values[name] = (values[name] or "").strip() or None
    return values


class PlacementService:
    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow = uow
        self._audit = audit
        self._today = today

    # --- reading ------------------------------------------------------------------------

    def list(
        self,
        *,
        status: str | None = None,
        search: str = "",
        enterprise_id: int | None = None,
        class_id: int | None = None,
        limit: int = 5000,
    ) -> list[PlacementRow]:
        supervisor = aliased(Staff)
        stmt = (
            select(
                Placement.id,
                Student.name,
                SchoolClass.name,
                Enterprise.name,
                Post.title,
                Placement.type,
                Placement.status,
                Placement.start_date,
                Placement.end_date,
                supervisor.name,
            )
            .join(Student, Student.id == Placement.student_id)
            .join(SchoolClass, SchoolClass.id == Student.class_id)
            .join(Enterprise, Enterprise.id == Placement.enterprise_id)
            .join(Post, Post.id == Placement.post_id)
            .outerjoin(supervisor, supervisor.id == Placement.school_supervisor_id)
            .order_by(Placement.start_date.desc(), Placement.id.desc())
            .limit(limit)
        )
        if status:
            stmt = stmt.where(Placement.status == PlacementStatus(status))
        if enterprise_id is not None:
            stmt = stmt.where(Placement.enterprise_id == enterprise_id)
        if class_id is not None:
            stmt = stmt.where(Student.class_id == class_id)
        text = search.strip()
        if text:
            stmt = stmt.where(
                or_(
                    Student.name.contains(text),
                    Enterprise.name.contains(text),
                    SchoolClass.name.contains(text),
                )
            )
        with self._uow.read() as session:
            return [
                PlacementRow(pid, sname, cname, ename, title, kind.value, st.value, a, b, sup or "")
                for pid, sname, cname, ename, title, kind, st, a, b, sup in session.execute(stmt)
            ]

    def students_of_class(self, class_id: int) -> list[tuple[int, str]]:
        """Enrolled students of a class, by name (the batch dialog's list)."""
        stmt = (
            select(Student.id, Student.name)
            .where(Student.class_id == class_id, Student.status == "enrolled")
            .order_by(Student.name_sort, Student.id)
        )
        with self._uow.read() as session:
            return [(i, n) for i, n in session.execute(stmt)]

    def apprenticeships_of(self, student_id: int) -> list[tuple[int, str]]:
        """The student's apprenticeships (programme, employer, years) for an apprenticeship
        period's link."""
        stmt = (
            select(
                Apprenticeship.id,
                Apprenticeship.programme,
                Enterprise.name,
                Apprenticeship.start_date,
                Apprenticeship.end_date,
            )
            .join(Enterprise, Enterprise.id == Apprenticeship.employer_id)
            .where(Apprenticeship.student_id == student_id)
            .order_by(Apprenticeship.start_date)
        )
        with self._uow.read() as session:
            return [
                (i, f"{name} {a:%Y-%m}–{b:%Y-%m} ({programme.value})")
                for i, programme, name, a, b in session.execute(stmt)
            ]

    def get(self, placement_id: int) -> PlacementDetail:
        with self._uow.read() as session:
            p = session.get(Placement, placement_id)
            if p is None:
                raise NotFound("placement.not_found", id=placement_id)
            values = {k: getattr(p, k) for k in DRAFT_FIELDS}
            for name in ENUMS:
                values[name] = values[name].value
            agreement = session.scalars(
                select(Agreement)
                .where(Agreement.placement_id == placement_id)
                .order_by(Agreement.agreement_version.desc(), Agreement.id.desc())
                .limit(1)
            ).first()
            history = [
                PostHistoryRow(
                    session.get(Enterprise, h.enterprise_id).name,  # type: ignore[union-attr]
                    session.get(Post, h.post_id).title,  # type: ignore[union-attr]
                    h.from_date,
                    h.to_date,
                    h.reason,
                )
                for h in sorted(p.post_history, key=lambda h: h.from_date)
            ]
            return PlacementDetail(
                id=p.id,
                version=p.version,
                status=p.status.value,
                draft=PlacementDraft(**values),
                student_name=p.student.name,
                enterprise_name=p.enterprise.name,
                post_title=p.post.title,
                termination_reason=p.termination_reason,
                agreement_number=agreement.number if agreement else None,
                agreement_signed=bool(agreement and agreement.status in SIGNED),
                history=history,
            )

    # --- live rules ---------------------------------------------------------------------

    def context(
        self, draft: PlacementDraft, placement_id: int | None = None, status: str = "draft"
    ) -> EditorContext | None:
        """Load what the rules need about the chosen student and post (None: not chosen yet)."""
        if draft.student_id is None or draft.post_id is None:
            return None
        with self._uow.read() as session:
            subject = load_subject(
                session, draft.student_id, draft.post_id, draft.apprenticeship_id
            )
            if "s_id" not in subject or "t_id" not in subject:
                return None
            ent, post = subject["t_enterprise_id"], subject["t_id"]
            around = load_surroundings(
                session,
                on=self._today(),
                enterprise_ids=[ent],
                post_ids=[post],
                student_ids=[draft.student_id],
            )
            params = load_rule_params(session, self._today())
        signed = placement_id is not None and placement_id in around.signed
        return EditorContext(subject, around, params, placement_id, status, signed)

    def evaluate(self, draft: PlacementDraft, context: EditorContext | None) -> list[Finding]:
        """The rule findings for a draft as typed; pure once the context is loaded (~1 ms)."""
        if context is None or draft.start_date is None or draft.end_date is None:
            return []
        if draft.end_date < draft.start_date:
            return []
        facts = build_facts(
            dataclasses.asdict(draft),
            context.subject,
            context.around,
            placement_id=context.placement_id,
            status=context.status,
            agreement_signed=context.agreement_signed,
        )
        return check_placement(facts, context.params)

    # --- validation and saving ----------------------------------------------------------

    def validate(self, draft: PlacementDraft, placement_id: int | None = None) -> list[Violation]:
        """Bad input (not rule findings): refused with the field and the rule named."""
        with self._uow.read() as session:
            return input_violations(session, draft, placement_id)

    def create(self, draft: PlacementDraft) -> int:
        with self._uow() as session:
            problems = input_violations(session, draft, None)
            if problems:
                raise ValidationFailed(problems)
            values = to_columns(draft)
            placement = Placement(**values, status=PlacementStatus.DRAFT)
            session.add(placement)
            session.flush()
            changes = {k: (None, v) for k, v in values.items() if v not in (None, False)}
            self._audit.record(
                session,
                action="create",
                entity="placement",
                entity_id=placement.id,
                changes=changes,
            )
            return placement.id

    def update(self, placement_id: int, draft: PlacementDraft, *, version: int) -> None:
        """Save the form; a change of post goes through `change_post` to keep its history."""
        with self._uow() as session:
            placement = load_for_write(session, placement_id, version)
            problems = input_violations(session, draft, placement_id)
            if problems:
                raise ValidationFailed(problems)
            values = to_columns(draft)
            changes = diff({k: getattr(placement, k) for k in values}, values)
            for key, value in values.items():
                setattr(placement, key, value)
            if changes:
                self._audit.record(
                    session,
                    action="update",
                    entity="placement",
                    entity_id=placement_id,
                    changes=changes,
                )

    def delete(self, placement_id: int) -> None:
        """Only drafts can be deleted; anything approved is a record (terminate it instead)."""
        with self._uow() as session:
            placement = session.get(Placement, placement_id)
            if placement is None:
                raise NotFound("placement.not_found", id=placement_id)
            if placement.status is not PlacementStatus.DRAFT:
                raise ValidationFailed(
                    [Violation("status", "placement.not_editable", {"status": placement.status})]
                )
            session.delete(placement)
            self._audit.record(session, action="delete", entity="placement", entity_id=placement_id)


def load_for_write(
    session: Session, placement_id: int, version: int, *, open_only: bool = True
) -> Placement:
    """The placement to change, if it exists, nobody changed it since `version` was read,
    and (with `open_only`) it is not a closed record."""
    placement = session.get(Placement, placement_id)
    if placement is None:
        raise NotFound("placement.not_found", id=placement_id)
    if placement.version != version:
        raise ConflictError("record.conflict", id=placement_id)
    if open_only and placement.status in CLOSED:
        raise ValidationFailed(
            [Violation("status", "placement.not_editable", {"status": placement.status.value})]
        )
    return placement
