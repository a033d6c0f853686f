"""Incidents and claims (issue 4): what happened to an intern, and which policy answers for it.

The policy in force on the day is looked up when the incident is saved (internship liability
first, then accident, then work injury) and kept on the row, so the claim record says what was
in force then even if cover is edited later. No liability cover that day is flagged (R-INS-1).
The injury is health data (PIPL sensitive information): the audit trail records that it
changed, never what it says.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.coverage import GAP_RULE, LIABILITY, MAX_FEN
from jilin_apprentice.domain.enums import PolicyType
from jilin_apprentice.domain.errors import ConflictError, NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.rules.model import BLOCK, Finding
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.insurance_dto import IncidentDraft, IncidentView
from jilin_apprentice.storage.models import (
    Coverage,
    Enterprise,
    Incident,
    InsurancePolicy,
    Placement,
    PlacementPostHistory,
    Student,
)
from jilin_apprentice.storage.uow import UnitOfWork

CLAIM_STATUSES = ("reported", "submitted", "approved", "paid", "rejected", "withdrawn")
PREFERENCE = {  # which policy answers first when several cover the day
    PolicyType.INTERNSHIP_LIABILITY: 0,
    PolicyType.PERSONAL_ACCIDENT: 1,
    PolicyType.WORK_INJURY: 2,
}
SENSITIVE = "injury"
MASK = "[health data]"
DRAFT_FIELDS = tuple(f.name for f in dataclasses.fields(IncidentDraft))
TEXT_LIMITS = {"claim_no": 60, "claim_status": 20}


def policy_in_force(session: Session, student_id: int, day: dt.date) -> int | None:
    """The policy covering the student on `day`: liability first, then the latest started."""
    rows = session.execute(
        select(InsurancePolicy.id, InsurancePolicy.type, InsurancePolicy.start_date)
        .join(Coverage, Coverage.policy_id == InsurancePolicy.id)
        .where(
            Coverage.student_id == student_id,
            Coverage.start_date <= day,
            Coverage.end_date >= day,
        )
    ).all()
    if not rows:
        return None
    best = min(rows, key=lambda r: (PREFERENCE[r.type], -r.start_date.toordinal(), r.id))
    return int(best.id)


def incident_finding(occurred_on: dt.date) -> Finding:
    """R-INS-1 on an incident: no internship liability insurance covered the student that day."""
    return Finding(GAP_RULE, BLOCK, "insurance", {"incident_on": occurred_on.isoformat()})


def _masked(changes: dict[str, tuple[Any, Any]]) -> dict[str, tuple[Any, Any]]:
    if SENSITIVE in changes:
        old, new = changes[SENSITIVE]
        changes[SENSITIVE] = (MASK if old else None, MASK if new else None)
    return changes


def _violations(session: Session, d: IncidentDraft, today: dt.date) -> list[Violation]:
    """Bad input, each naming its field: the day lies within the placement and not ahead."""
    problems: list[Violation] = []
    placement = session.get(Placement, d.placement_id) if d.placement_id else None
    if d.placement_id is None:
        problems.append(Violation("placement_id", "required"))
    elif placement is None:
        problems.append(Violation("placement_id", "placement.not_found"))
    if d.occurred_on is None:
        problems.append(Violation("occurred_on", "required"))
    elif d.occurred_on > today:
        problems.append(Violation("occurred_on", "date.in_future"))
    elif placement is not None and not placement.start_date <= d.occurred_on <= placement.end_date:
        span = {"start": placement.start_date.isoformat(), "end": placement.end_date.isoformat()}
        problems.append(Violation("occurred_on", "incident.outside_placement", span))
    if not d.description.strip():
        problems.append(Violation("description", "required"))
    reported = d.reported_to_insurer_on
    if reported is not None and reported > today:
        problems.append(Violation("reported_to_insurer_on", "date.in_future"))
    elif reported is not None and d.occurred_on is not None and reported < d.occurred_on:
        problems.append(Violation("reported_to_insurer_on", "incident.reported_before"))
    for name, limit in TEXT_LIMITS.items():
        if len((getattr(d, name) or "").strip()) > limit:
            problems.append(Violation(name, "too_long", {"max": limit}))
    if d.claim_status and d.claim_status not in CLAIM_STATUSES:
        problems.append(Violation("claim_status", "choice.invalid"))
    for name in ("amount_claimed_fen", "amount_paid_fen"):
        fen = getattr(d, name)
        if fen is not None and fen < 0:
            problems.append(Violation(name, "number.negative"))
        elif fen is not None and fen > MAX_FEN:
            problems.append(Violation(name, "money.range"))
    return problems


def _columns(d: IncidentDraft) -> dict[str, Any]:
    values = {k: getattr(d, k) for k in DRAFT_FIELDS}
    values["description"] = d.description.strip()
    for name in ("injury", "claim_no", "claim_status"):
        values[name] = (values[name] or "").strip() or None
    return values


def _view_stmt() -> Select[Any]:
    return (
        select(Incident, Student.id, Student.name, Enterprise.name)
        .add_columns(InsurancePolicy.policy_no, InsurancePolicy.type, InsurancePolicy.insurer)
        .join(Placement, Placement.id == Incident.placement_id)
        .join(Student, Student.id == Placement.student_id)
        .join(Enterprise, Enterprise.id == Placement.enterprise_id)
        .outerjoin(InsurancePolicy, InsurancePolicy.id == Incident.policy_id)
        .order_by(Incident.occurred_on.desc(), Incident.id.desc())
    )


class IncidentService:
    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow = uow
        self._audit = audit
        self._today = today

    def list_incidents(
        self, *, placement_id: int | None = None, flagged_only: bool = False
    ) -> list[IncidentView]:
        """Newest first; `flagged_only`: those without liability cover on the day."""
        stmt = _view_stmt()
        if placement_id is not None:
            stmt = stmt.where(Incident.placement_id == placement_id)
        with self._uow.read() as session:
            views = _views(session, stmt)
        return [v for v in views if not (flagged_only and v.liability_in_force)]

    def get(self, incident_id: int) -> IncidentView:
        with self._uow.read() as session:
            views = _views(session, _view_stmt().where(Incident.id == incident_id))
        if not views:
            raise NotFound("incident.not_found", id=incident_id)
        return views[0]

    def validate(self, draft: IncidentDraft) -> list[Violation]:
        with self._uow.read() as session:
            return _violations(session, draft, self._today())

    def record(self, draft: IncidentDraft) -> IncidentView:
        """Save a new incident with the policy in force that day (or none, flagged)."""
        with self._uow() as session:
            problems = _violations(session, draft, self._today())
            if problems:
                raise ValidationFailed(problems)
            values = _columns(draft)
            incident = Incident(**values, policy_id=self._policy_for(session, draft))
            session.add(incident)
            session.flush()
            changes = {k: (None, v) for k, v in values.items() if v is not None}
            changes["policy_id"] = (None, incident.policy_id)
            self._audit.record(
                session,
                action="create",
                entity="incident",
                entity_id=incident.id,
                changes=_masked(changes),
            )
            incident_id = incident.id
        return self.get(incident_id)

    def update(self, incident_id: int, draft: IncidentDraft, *, version: int) -> IncidentView:
        """Save the form; the policy is looked up again (the day or the placement may change)."""
        with self._uow() as session:
            incident = session.get(Incident, incident_id)
            if incident is None:
                raise NotFound("incident.not_found", id=incident_id)
            if incident.version != version:
                raise ConflictError("record.conflict", id=incident_id)
            problems = _violations(session, draft, self._today())
            if problems:
                raise ValidationFailed(problems)
            values = _columns(draft)
            values["policy_id"] = self._policy_for(session, draft)
            changes = diff({k: getattr(incident, k) for k in values}, values)
            for key, value in values.items():
                setattr(incident, key, value)
            if changes:
                self._audit.record(
                    session,
                    action="update",
                    entity="incident",
                    entity_id=incident_id,
                    changes=_masked(changes),
                )
        return self.get(incident_id)

    def findings_for_all(self) -> list[tuple[int, Finding]]:
        """(placement_id, R-INS-1) for each incident on a day without liability cover."""
        return [
            (v.draft.placement_id or 0, f)
            for v in self.list_incidents(flagged_only=True)
            for f in v.findings
        ]

    @staticmethod
    def _policy_for(session: Session, draft: IncidentDraft) -> int | None:
        placement = session.get(Placement, draft.placement_id)
        assert placement is not None and draft.occurred_on is not None  # validated above
        return policy_in_force(session, placement.student_id, draft.occurred_on)


def _views(session: Session, stmt: Select[Any]) -> list[IncidentView]:
    """Views with the enterprise the student was at on the day (before a change, the earlier)."""
    rows = session.execute(stmt).all()
    earlier: dict[int, list[tuple[dt.date, dt.date | None, str]]] = defaultdict(list)
    placement_ids = {row[0].placement_id for row in rows}
    H = PlacementPostHistory  # noqa: N806
    for pid, frm, to, name in session.execute(
        select(H.placement_id, H.from_date, H.to_date, Enterprise.name)
        .join(Enterprise, Enterprise.id == H.enterprise_id)
        .where(H.placement_id.in_(placement_ids))
    ):
        earlier[pid].append((frm, to, name))
    views = []
    for incident, sid, sname, ename, policy_no, policy_type, insurer in rows:
        day = incident.occurred_on
        there = next(
            (n for frm, to, n in earlier[incident.placement_id] if frm <= day <= (to or day)),
            ename,
        )
        draft = IncidentDraft(**{k: getattr(incident, k) for k in DRAFT_FIELDS})
        views.append(
            IncidentView(
                id=incident.id,
                version=incident.version,
                draft=draft,
                student_id=sid,
                student_name=sname,
                enterprise_name=there,
                policy_id=incident.policy_id,
                policy_no=policy_no,
                policy_type=policy_type.value if policy_type else None,
                insurer=insurer,
                liability_in_force=policy_type == LIABILITY,
                findings=() if policy_type == LIABILITY else (incident_finding(day),),
            )
        )
    return views
