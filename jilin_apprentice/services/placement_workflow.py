"""The placement lifecycle: draft → approved → active → completed, or terminated with a reason.

A blocking rule stops the move it guards (engine.blocking); a change of post or enterprise keeps
the old one in the history; a class going to one enterprise is created as one batch, all or none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import AgreementStatus, PlacementStatus
from jilin_apprentice.domain.errors import (
    NotFound,
    RuleBlocked,
    ValidationFailed,
    Violation,
)
from jilin_apprentice.domain.rules.engine import blocking, check_placement
from jilin_apprentice.domain.rules.model import Finding
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.placement_checks import input_violations
from jilin_apprentice.services.placement_context import load_surroundings
from jilin_apprentice.services.placement_dto import DRAFT_FIELDS, BatchResult, PlacementDraft
from jilin_apprentice.services.placement_facts import build_facts, load_subject
from jilin_apprentice.services.placements import load_for_write, to_columns
from jilin_apprentice.services.rule_params import load_rule_params
from jilin_apprentice.storage.models import (
    Agreement,
    Placement,
    PlacementBatch,
    PlacementPostHistory,
    Post,
    Staff,
)
from jilin_apprentice.storage.uow import UnitOfWork

S = PlacementStatus
MOVES: dict[S, tuple[S, ...]] = {
    S.DRAFT: (S.APPROVED, S.TERMINATED),
    S.APPROVED: (S.ACTIVE, S.DRAFT, S.TERMINATED),
    S.ACTIVE: (S.COMPLETED, S.TERMINATED),
    S.COMPLETED: (),
    S.TERMINATED: (),
}


def findings_for(session: Session, placement: Placement, today: dt.date) -> list[Finding]:
    """The rule findings of a stored placement, read inside the caller's unit of work."""
    terms = {k: getattr(placement, k) for k in DRAFT_FIELDS}
    subject = load_subject(
        session, placement.student_id, placement.post_id, placement.apprenticeship_id
    )
    around = load_surroundings(
        session,
        on=today,
        enterprise_ids=[placement.enterprise_id],
        post_ids=[placement.post_id],
        student_ids=[placement.student_id],
    )
    facts = build_facts(
        terms, subject, around, placement_id=placement.id, status=placement.status.value
    )
    return check_placement(facts, load_rule_params(session, today))


class PlacementWorkflow:
    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow = uow
        self._audit = audit
        self._today = today

    def transition(
        self, placement_id: int, target: str, *, version: int, reason: str = ""
    ) -> list[Finding]:
        """Move to `target`; raises RuleBlocked listing the blocking findings. Returns the
        findings that remain (warnings) so the officer sees them after the move."""
        goal = S(target)
        with self._uow() as session:
            placement = load_for_write(session, placement_id, version, open_only=False)
            current = placement.status
            if goal not in MOVES[current]:
                raise ValidationFailed(
                    [
                        Violation(
                            "status",
                            "placement.bad_transition",
                            {"current": current.value, "target": goal.value},
                        )
                    ]
                )
            if goal is S.TERMINATED and not reason.strip():
                raise ValidationFailed([Violation("termination_reason", "required")])
            findings = findings_for(session, placement, self._today())
            stopping = blocking(findings, goal.value)
            if stopping:
                raise RuleBlocked(stopping)
            placement.status = goal
            changes: dict[str, tuple[object, object]] = {"status": (current, goal)}
            if goal is S.TERMINATED:
                placement.termination_reason = reason.strip()
                changes["termination_reason"] = (None, reason.strip())
            self._audit.record(
                session,
                action="update",
                entity="placement",
                entity_id=placement_id,
                changes=changes,
            )
            return findings

    def change_post(
        self,
        placement_id: int,
        *,
        version: int,
        post_id: int,
        mentor_id: int | None,
        change_date: dt.date,
        reason: str,
    ) -> None:
        """Move a placement to another post (or enterprise) from `change_date`; the previous
        post stays in the history with the days it covered."""
        with self._uow() as session:
            placement = load_for_write(session, placement_id, version)
            post = session.get(Post, post_id)
            if post is None:
                raise ValidationFailed([Violation("post_id", "post.not_found")])
            problems: list[Violation] = []
            if not placement.start_date < change_date <= placement.end_date:
                problems.append(
                    Violation(
                        "change_date",
                        "number.range",
                        {"min": placement.start_date, "max": placement.end_date},
                    )
                )
            if not reason.strip():
                problems.append(Violation("termination_reason", "required"))
            mentor = session.get(Staff, mentor_id) if mentor_id else None
            if mentor is not None and mentor.enterprise_id != post.enterprise_id:
                problems.append(Violation("enterprise_mentor_id", "mentor.other_enterprise"))
            if problems:
                raise ValidationFailed(problems)
            previous = max((h.to_date for h in placement.post_history if h.to_date), default=None)
            session.add(
                PlacementPostHistory(
                    placement_id=placement.id,
                    post_id=placement.post_id,
                    enterprise_id=placement.enterprise_id,
                    from_date=(previous + dt.timedelta(days=1))
                    if previous
                    else placement.start_date,
                    to_date=change_date - dt.timedelta(days=1),
                    reason=reason.strip(),
                )
            )
            changes = {
                "post_id": (placement.post_id, post.id),
                "enterprise_id": (placement.enterprise_id, post.enterprise_id),
                "enterprise_mentor_id": (placement.enterprise_mentor_id, mentor_id),
            }
            placement.post_id = post.id
            placement.enterprise_id = post.enterprise_id
            placement.enterprise_mentor_id = mentor_id
            self._audit.record(
                session,
                action="update",
                entity="placement",
                entity_id=placement_id,
                changes={k: v for k, v in changes.items() if v[0] != v[1]},
            )

    def record_paper_agreement(self, placement_id: int, number: str, signed_on: dt.date) -> int:
        """Record a tripartite agreement signed on paper by every party (R-AGR-1).

        Generated, signed PDFs come with issue 5; schools that sign on paper today record the
        number and date here so the placement can start.
        """
        number = number.strip()
        with self._uow() as session:
            placement = session.get(Placement, placement_id)
            if placement is None:
                raise NotFound("placement.not_found", id=placement_id)
            problems = []
            if not number:
                problems.append(Violation("agreement_number", "required"))
            elif session.scalar(select(Agreement.id).where(Agreement.number == number)):
                problems.append(Violation("agreement_number", "id.duplicate"))
            if signed_on > self._today():
                problems.append(Violation("agreement_signed_on", "date.too_far_future"))
            if problems:
                raise ValidationFailed(problems)
            versions = [
                a.agreement_version
                for a in session.scalars(
                    select(Agreement).where(Agreement.placement_id == placement_id)
                )
            ]
            agreement = Agreement(
                placement_id=placement_id,
                number=number,
                agreement_version=max(versions, default=0) + 1,
                status=AgreementStatus.SIGNED_ALL,
                copies=3,
            )
            session.add(agreement)
            session.flush()
            self._audit.record(
                session,
                action="create",
                entity="agreement",
                entity_id=agreement.id,
                changes={
                    "number": (None, number),
                    "signed_on": (None, signed_on),
                    "placement_id": (None, placement_id),
                },
            )
            return agreement.id

    def create_batch(
        self, name: str, class_id: int | None, student_ids: list[int], template: PlacementDraft
    ) -> BatchResult:
        """One draft placement per student from a template, in one transaction: if any student
        cannot be placed (overlap, not enrolled…), nothing is written and every problem is
        reported with the student's position (`students[3].start_date`)."""
        student_ids = list(dict.fromkeys(student_ids))
        if not student_ids:
            raise ValidationFailed([Violation("students", "batch.empty")])
        with self._uow() as session:
            problems: list[Violation] = []
            drafts = []
            for i, student_id in enumerate(student_ids):
                draft = dataclasses.replace(template, student_id=student_id)
                for v in input_violations(session, draft, None):
                    problems.append(dataclasses.replace(v, field=f"students[{i}].{v.field}"))
                drafts.append(draft)
            if problems:
                raise ValidationFailed(problems)
            batch = PlacementBatch(
                name=name.strip() or "batch",
                class_id=class_id,
                enterprise_id=template.enterprise_id,
            )
            session.add(batch)
            session.flush()
            ids = []
            for draft in drafts:
                values = to_columns(dataclasses.replace(draft, batch_id=batch.id))
                placement = Placement(**values, status=S.DRAFT)
                session.add(placement)
                session.flush()
                ids.append(placement.id)
            self._audit.record(
                session,
                action="create",
                entity="placement_batch",
                entity_id=batch.id,
                changes={"placements": (None, len(ids)), "name": (None, batch.name)},
            )
            return BatchResult(batch.id, ids)
