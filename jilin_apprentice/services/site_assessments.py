"""Enterprises' on-site assessments with expiry (R-ENT-1, REG-2021 Art 7), part of the
site-visit service (services.visits).

The latest passed assessment is copied onto the enterprise in the same transaction, because
the rule engine's R-ENT-1 reads `site_assessment_date` / `site_assessment_report` from there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import PlacementStatus, PlacementType
from jilin_apprentice.domain.errors import ValidationFailed, Violation
from jilin_apprentice.domain.rules.model import Finding
from jilin_apprentice.domain.rules.reference_keys import BY_KEY
from jilin_apprentice.domain.site_checks import (
    assessment_state,
    default_valid_until,
    expiry_finding,
)
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.rule_params import value_in_force
from jilin_apprentice.services.visit_dto import AssessmentDraft, AssessmentRow
from jilin_apprentice.storage.models import Enterprise, Placement, SiteAssessment
from jilin_apprentice.storage.uow import UnitOfWork

OPEN = (PlacementStatus.DRAFT, PlacementStatus.APPROVED, PlacementStatus.ACTIVE)
LIMITS = {"assessor": 60, "report": 260, "notes": 2000}


def _too_long(name: str, value: str | None) -> list[Violation]:
    limit = LIMITS[name]
    return [Violation(name, "too_long", {"max": limit})] if len(value or "") > limit else []


def _valid_months(session: Session, on: dt.date) -> int:
    value = value_in_force(session, "site_assessment", on) or BY_KEY["site_assessment"].default
    return int(value["valid_months"])


def _assessment_violations(session: Session, d: AssessmentDraft, today: dt.date) -> list[Violation]:
    problems: list[Violation] = []
    if d.enterprise_id is None:
        problems.append(Violation("enterprise_id", "required"))
    elif session.get(Enterprise, d.enterprise_id) is None:
        problems.append(Violation("enterprise_id", "enterprise.not_found"))
    if d.assessed_on is None:
        problems.append(Violation("assessed_on", "required"))
    elif d.assessed_on > today:
        problems.append(Violation("assessed_on", "date.in_future"))
    elif d.valid_until is not None and d.valid_until < d.assessed_on:
        span = {"start": d.assessed_on.isoformat(), "end": d.valid_until.isoformat()}
        problems.append(Violation("valid_until", "date.end_before_start", span))
    if not d.assessor.strip():
        problems.append(Violation("assessor", "required"))
    problems += _too_long("assessor", d.assessor.strip())
    problems += _too_long("report", (d.report or "").strip())
    return problems + _too_long("notes", d.notes)


def _latest(session: Session, enterprise_id: int, passed_only: bool) -> SiteAssessment | None:
    stmt = select(SiteAssessment).where(SiteAssessment.enterprise_id == enterprise_id)
    if passed_only:
        stmt = stmt.where(SiteAssessment.passed.is_(True))
    order = (SiteAssessment.assessed_on.desc(), SiteAssessment.id.desc())
    return session.scalars(stmt.order_by(*order).limit(1)).first()


class SiteAssessments:
    """The assessment half of SiteVisitService (kept apart to keep each file readable)."""

    _uow: UnitOfWork
    _audit: AuditWriter
    _today: Callable[[], dt.date]

    def validate_assessment(self, draft: AssessmentDraft) -> list[Violation]:
        with self._uow.read() as session:
            return _assessment_violations(session, draft, self._today())

    def default_valid_until(self, assessed_on: dt.date) -> dt.date:
        with self._uow.read() as session:
            return default_valid_until(assessed_on, _valid_months(session, assessed_on))

    def record_assessment(self, draft: AssessmentDraft) -> AssessmentRow:
        """Store the assessment and copy the latest passed one onto the enterprise (R-ENT-1)."""
        with self._uow() as session:
            problems = _assessment_violations(session, draft, self._today())
            if problems:
                raise ValidationFailed(problems)
            assert draft.assessed_on is not None and draft.enterprise_id is not None
            until = draft.valid_until or default_valid_until(
                draft.assessed_on, _valid_months(session, draft.assessed_on)
            )
            values = {
                "enterprise_id": draft.enterprise_id,
                "assessed_on": draft.assessed_on,
                "assessor": draft.assessor.strip(),
                "passed": draft.passed,
                "valid_until": until,
                "report": (draft.report or "").strip() or None,
                "notes": (draft.notes or "").strip() or None,
            }
            row = SiteAssessment(**values)
            session.add(row)
            session.flush()
            self._audit.record(
                session,
                action="create",
                entity="site_assessment",
                entity_id=row.id,
                changes={k: (None, v) for k, v in values.items() if v is not None},
            )
            self._copy_to_enterprise(session, draft.enterprise_id)
            assessment_id = row.id
        return next(a for a in self.assessments(draft.enterprise_id) if a.id == assessment_id)

    def _copy_to_enterprise(self, session: Session, enterprise_id: int) -> None:
        latest = _latest(session, enterprise_id, passed_only=True)
        enterprise = session.get(Enterprise, enterprise_id)
        if latest is None or enterprise is None:
            return  # nothing passed yet: the enterprise keeps what it had
        values = {
            "site_assessment_date": latest.assessed_on,
            "site_assessment_report": latest.report,
        }
        changes = diff({k: getattr(enterprise, k) for k in values}, values)
        if changes:
            for key, value in values.items():
                setattr(enterprise, key, value)
            self._audit.record(
                session,
                action="update",
                entity="enterprise",
                entity_id=enterprise_id,
                changes=changes,
            )

    def assessments(
        self, enterprise_id: int | None = None, today: dt.date | None = None
    ) -> list[AssessmentRow]:
        """Newest first, each with its state: valid / expiring (≤ 30 days) / expired / failed."""
        day = today or self._today()
        stmt = (
            select(SiteAssessment, Enterprise.name)
            .join(Enterprise, Enterprise.id == SiteAssessment.enterprise_id)
            .order_by(SiteAssessment.assessed_on.desc(), SiteAssessment.id.desc())
        )
        if enterprise_id is not None:
            stmt = stmt.where(SiteAssessment.enterprise_id == enterprise_id)
        with self._uow.read() as session:
            return [
                AssessmentRow(
                    id=a.id,
                    enterprise_id=a.enterprise_id,
                    enterprise_name=name,
                    assessed_on=a.assessed_on,
                    assessor=a.assessor,
                    passed=a.passed,
                    valid_until=a.valid_until,
                    report=a.report,
                    notes=a.notes,
                    state=assessment_state(a.passed, a.valid_until, day),
                    days_left=(a.valid_until - day).days,
                )
                for a, name in session.execute(stmt)
            ]

    def findings_for_all(self, today: dt.date | None = None) -> list[tuple[int, Finding]]:
        """(placement_id, R-ENT-1 WARN) for open 岗位实习 whose enterprise's assessment failed or
        no longer holds on the start (not started) or today (running)."""
        day = today or self._today()
        with self._uow.read() as session:
            placements = session.execute(
                select(Placement.id, Placement.enterprise_id, Placement.start_date)
                .where(Placement.type == PlacementType.POST, Placement.status.in_(OPEN))
                .order_by(Placement.id)
            ).all()
            cache: dict[int, tuple[Any, Any]] = {}
            found: list[tuple[int, Finding]] = []
            for pid, enterprise_id, start in placements:
                if enterprise_id not in cache:
                    latest = _latest(session, enterprise_id, passed_only=False)
                    passed = _latest(session, enterprise_id, passed_only=True)
                    cache[enterprise_id] = (
                        (latest.passed, latest.assessed_on, latest.valid_until) if latest else None,
                        passed.valid_until if passed else None,
                    )
                finding = expiry_finding(*cache[enterprise_id], start, day)
                if finding is not None:
                    found.append((pid, finding))
        return found
