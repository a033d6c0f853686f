"""Insurance register (issue 4): policies, whom they cover, their documents, and the gaps.

Gap and expiry detection read every open placement in a handful of Core queries and cut each
one against the student's merged liability cover (domain/coverage.py, insurance_cover.py), so
the whole register costs about as much as reading the rows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain import coverage as cov
from jilin_apprentice.domain.enums import Payer, PlacementStatus, PolicyType
from jilin_apprentice.domain.errors import ConflictError, NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.rules.model import Finding
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.insurance_cover import assess
from jilin_apprentice.services.insurance_dto import (
    CoveredRow,
    CoverResult,
    ExpiryRow,
    GapRange,
    GapRow,
    PolicyDraft,
    PolicyRow,
)
from jilin_apprentice.storage.models import (
    Coverage,
    Incident,
    InsurancePolicy,
    Placement,
    SchoolClass,
    Student,
)
from jilin_apprentice.storage.portable_sql import days_inclusive
from jilin_apprentice.storage.uow import UnitOfWork

POLICY_FIELDS = tuple(f.name for f in dataclasses.fields(PolicyDraft))
IP, C, P = InsurancePolicy, Coverage, Placement
Changes = dict[str, tuple[Any, Any]]


def _draft(p: InsurancePolicy) -> PolicyDraft:
    values = {k: getattr(p, k) for k in POLICY_FIELDS}
    return PolicyDraft(**{**values, "type": p.type.value, "premium_payer": p.premium_payer.value})


def _columns(draft: PolicyDraft) -> dict[str, Any]:
    values = {k: getattr(draft, k) for k in POLICY_FIELDS}
    values["insurer"] = draft.insurer.strip()
    values["policy_no"] = draft.policy_no.strip()
    values["type"] = PolicyType(draft.type)
    values["premium_payer"] = Payer(draft.premium_payer)
    return values


def _safe_name(name: str) -> str:
    """A file name without folders or characters Windows refuses (CJK stays readable)."""
    cleaned = re.sub(r"[^\w.\-]", "_", Path(name).name).strip("._")
    return cleaned or "document"


class InsuranceService:
    def __init__(
        self,
        uow: UnitOfWork,
        audit: AuditWriter,
        today: Callable[[], dt.date],
        data_dir: Path | None = None,
    ) -> None:
        self._uow = uow
        self._audit = audit
        self._today = today
        self._data_dir = data_dir

    def _log(self, session: Session, action: str, policy_id: int, changes: Changes) -> None:
        self._audit.record(
            session, action=action, entity="insurance_policy", entity_id=policy_id, changes=changes
        )

    # --- policies -----------------------------------------------------------------------

    def list_policies(self, *, search: str = "", policy_type: str | None = None) -> list[PolicyRow]:
        """The register: each policy with the students and student-days it covers."""
        days = func.sum(days_inclusive(self._uow.dialect_name(), C.start_date, C.end_date))
        stmt = (
            select(IP, func.count(func.distinct(C.student_id)), func.coalesce(days, 0))
            .outerjoin(C, C.policy_id == IP.id)
            .group_by(IP.id)
            .order_by(IP.start_date.desc(), IP.id.desc())
        )
        if policy_type:
            stmt = stmt.where(IP.type == PolicyType(policy_type))
        if text := search.strip():
            stmt = stmt.where(or_(IP.insurer.contains(text), IP.policy_no.contains(text)))
        with self._uow.read() as session:
            return [
                PolicyRow(p.id, p.version, _draft(p), int(n), int(d), p.document_path)
                for p, n, d in session.execute(stmt)
            ]

    def get_policy(self, policy_id: int) -> PolicyRow:
        with self._uow.read() as session:
            p = _policy(session, policy_id)
            days = sum((c.end_date - c.start_date).days + 1 for c in p.coverages)
            students = len({c.student_id for c in p.coverages})
            return PolicyRow(p.id, p.version, _draft(p), students, days, p.document_path)

    def validate_policy(self, draft: PolicyDraft, policy_id: int | None = None) -> list[Violation]:
        with self._uow.read() as session:
            return _policy_violations(session, draft, policy_id)

    def create_policy(self, draft: PolicyDraft) -> int:
        with self._uow() as session:
            problems = _policy_violations(session, draft, None)
            if problems:
                raise ValidationFailed(problems)
            values = _columns(draft)
            policy = InsurancePolicy(**values)
            session.add(policy)
            session.flush()
            changes = {k: (None, v) for k, v in values.items() if v is not None}
            self._log(session, "create", policy.id, changes)
            return policy.id

    def update_policy(self, policy_id: int, draft: PolicyDraft, *, version: int) -> None:
        """Save the form; covered days follow a changed period (clipped, or dropped if outside)."""
        with self._uow() as session:
            policy = _policy(session, policy_id)
            if policy.version != version:
                raise ConflictError("record.conflict", id=policy_id)
            problems = _policy_violations(session, draft, policy_id)
            if problems:
                raise ValidationFailed(problems)
            values = _columns(draft)
            changes: Changes = diff({k: getattr(policy, k) for k in values}, values)
            for key, value in values.items():
                setattr(policy, key, value)
            if "start_date" in changes or "end_date" in changes:
                dropped = _reclip(session, policy)
                if dropped:
                    changes["coverage.removed"] = (None, dropped)
            if changes:
                self._log(session, "update", policy_id, changes)

    def delete_policy(self, policy_id: int) -> None:
        """A policy named by an incident is part of a claim record and stays."""
        with self._uow() as session:
            policy = _policy(session, policy_id)
            if session.scalar(select(Incident.id).where(Incident.policy_id == policy_id).limit(1)):
                raise ValidationFailed([Violation("policy_no", "policy.has_incidents")])
            changes = {
                "policy_no": (policy.policy_no, None),
                "coverage": (len(policy.coverages), 0),
            }
            session.delete(policy)
            self._log(session, "delete", policy_id, changes)

    # --- covered students ---------------------------------------------------------------

    def add_coverage(
        self,
        policy_id: int,
        *,
        class_id: int | None = None,
        batch_id: int | None = None,
        placement_ids: Iterable[int] = (),
    ) -> CoverResult:
        """Cover the placements (not terminated) of a class, a batch or a choice, each for the
        days it shares with the policy. Idempotent: adding the same students again adds no
        rows, and brings a row up to date when its placement's dates changed."""
        wanted = list(placement_ids)
        conditions = []
        if class_id is not None:
            in_class = select(Student.id).where(Student.class_id == class_id)
            conditions.append(P.student_id.in_(in_class))
        if batch_id is not None:
            conditions.append(P.batch_id == batch_id)
        if wanted:
            conditions.append(P.id.in_(wanted))
        if not conditions:
            raise ValidationFailed([Violation("students", "batch.empty")])
        with self._uow() as session:
            policy = _policy(session, policy_id)
            placements = session.execute(
                select(P.id, P.student_id, P.start_date, P.end_date)
                .where(or_(*conditions), P.status != PlacementStatus.TERMINATED)
                .order_by(P.id)
            ).all()
            rows = {c.id: c for c in policy.coverages}
            plan = cov.plan_cover(
                (policy.start_date, policy.end_date),
                [tuple(r) for r in placements],
                [
                    cov.CoverRow(c.id, c.student_id, c.placement_id, c.start_date, c.end_date)
                    for c in rows.values()
                ],
            )
            for pid, sid, start, end in plan.add:
                policy.coverages.append(
                    Coverage(student_id=sid, placement_id=pid, start_date=start, end_date=end)
                )
            for key, pid, start, end in plan.update:
                row = rows[key]
                row.placement_id, row.start_date, row.end_date = pid, start, end
            if plan.add or plan.update:
                added = ",".join(str(a[0]) for a in plan.add) or None
                refreshed = ",".join(str(u[1]) for u in plan.update) or None
                changes = {"coverage.added": (None, added), "coverage.refreshed": (None, refreshed)}
                self._log(session, "update", policy_id, changes)
            return CoverResult(len(plan.add), plan.unchanged, len(plan.update), plan.outside)

    def remove_coverage(self, policy_id: int, coverage_ids: Sequence[int]) -> int:
        """Stop covering the chosen rows of this policy; returns how many were removed."""
        with self._uow() as session:
            policy = _policy(session, policy_id)
            chosen = set(coverage_ids)
            gone = [c for c in policy.coverages if c.id in chosen]
            for row in gone:
                policy.coverages.remove(row)
            if gone:
                removed = ",".join(f"{c.student_id}:{c.start_date}..{c.end_date}" for c in gone)
                self._log(session, "update", policy_id, {"coverage.removed": (removed, None)})
            return len(gone)

    def list_covered(self, policy_id: int) -> list[CoveredRow]:
        stmt = (
            select(C.id, C.student_id, Student.name, SchoolClass.name, C.placement_id)
            .add_columns(C.start_date, C.end_date)
            .join(Student, Student.id == C.student_id)
            .join(SchoolClass, SchoolClass.id == Student.class_id)
            .where(C.policy_id == policy_id)
            .order_by(SchoolClass.name, Student.name_sort, C.start_date)
        )
        with self._uow.read() as session:
            _policy(session, policy_id)
            return [CoveredRow(*row) for row in session.execute(stmt)]

    def attach_document(self, policy_id: int, source: Path, *, data_dir: Path | None = None) -> str:
        """Copy the policy document into the data folder's `documents/` and store the path
        relative to the data folder, so a moved or restored data folder keeps its documents."""
        root = data_dir or self._data_dir
        if root is None:
            raise ValueError("attach_document needs the data folder")
        source = Path(source)
        if not source.is_file():
            problem = Violation("document_path", "document.not_found", {"path": str(source)})
            raise ValidationFailed([problem])
        target = root / "documents" / f"policy-{policy_id}-{_safe_name(source.name)}"
        n = 1
        while target.exists():
            n += 1
            target = target.with_name(f"policy-{policy_id}-{n}-{_safe_name(source.name)}")
        try:
            with self._uow() as session:
                policy = _policy(session, policy_id)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
                relative = target.relative_to(root).as_posix()
                old, policy.document_path = policy.document_path, relative
                self._log(session, "update", policy_id, {"document_path": (old, relative)})
                return relative
        except Exception:
            target.unlink(missing_ok=True)  # the row was not saved: no stray copy either
            raise

    # --- gaps and expiry ----------------------------------------------------------------

    def gaps(self, today: dt.date | None = None) -> list[GapRow]:
        """Every open placement needing cover with days no liability policy covers."""
        with self._uow.read() as session:
            assessed, names = assess(session, today or self._today())
        out = []
        for a in assessed:
            if a.gaps:
                r = a.row
                ranges = tuple(
                    GapRange(g.start, g.end, g.days, names.get(g.enterprise_id, "")) for g in a.gaps
                )
                head = (r.id, r.student_id, r.s_name, r.c_name, r.e_name, r.status.value)
                total = sum(g.days for g in a.gaps)
                out.append(GapRow(*head, r.start_date, r.end_date, ranges, total))
        return sorted(out, key=lambda g: (g.gaps[0].start, g.class_name, g.student_name))

    def expiring(self, today: dt.date | None = None) -> list[ExpiryRow]:
        """Liability cover ending within the warning steps while the placement goes on."""
        with self._uow.read() as session:
            assessed, _ = assess(session, today or self._today())
        out = []
        for a in assessed:
            r = a.row
            for f in a.findings:
                if f.rule_id == cov.EXPIRY_RULE:
                    p = f.params
                    ends = dt.date.fromisoformat(p["ends"])
                    who = (r.id, r.student_id, r.s_name, r.c_name, r.e_name, p["policy_no"])
                    out.append(ExpiryRow(*who, ends, p["days_left"], p["within"], r.end_date))
        return sorted(out, key=lambda e: (e.days_left, e.class_name, e.student_name))

    def findings_for_all(self, today: dt.date | None = None) -> list[tuple[int, Finding]]:
        """(placement_id, finding) for the compliance scan: gaps (R-INS-1), lapses ahead
        (R-INS-EXPIRY) and problems of the policies that cover the placement (R-INS-2/4)."""
        with self._uow.read() as session:
            assessed, _ = assess(session, today or self._today())
        return [(a.row.id, f) for a in assessed for f in a.findings]


def _policy(session: Session, policy_id: int) -> InsurancePolicy:
    policy = session.get(InsurancePolicy, policy_id)
    if policy is None:
        raise NotFound("policy.not_found", id=policy_id)
    return policy


def _policy_violations(
    session: Session, draft: PolicyDraft, policy_id: int | None
) -> list[Violation]:
    """Field checks, then the one that needs the table: the same policy number may be reused
    only for a period that does not overlap (a renewal under the old number)."""
    problems = cov.policy_input_violations(**{k: getattr(draft, k) for k in POLICY_FIELDS})
    if problems or draft.start_date is None or draft.end_date is None:
        return problems
    clash = session.execute(
        select(IP.insurer, IP.start_date, IP.end_date)
        .where(
            func.upper(IP.policy_no) == draft.policy_no.strip().upper(),
            IP.start_date <= draft.end_date,
            IP.end_date >= draft.start_date,
            IP.id != (policy_id or 0),
        )
        .limit(1)
    ).first()
    if clash is not None:
        insurer, start, end = clash
        params = {"insurer": insurer, "start": start.isoformat(), "end": end.isoformat()}
        problems.append(Violation("policy_no", "policy.duplicate", params))
    return problems


def _reclip(session: Session, policy: InsurancePolicy) -> int:
    """Fit the covered days to a changed policy period; returns how many rows fell outside."""
    linked = [c.placement_id for c in policy.coverages if c.placement_id]
    stmt = select(P.id, P.start_date, P.end_date).where(P.id.in_(linked))
    own = {pid: (a, b) for pid, a, b in session.execute(stmt)}
    dropped = 0
    for row in list(policy.coverages):
        start, end = own.get(row.placement_id or 0, (row.start_date, row.end_date))
        days = cov.clip(start, end, policy.start_date, policy.end_date)
        if days is None:
            policy.coverages.remove(row)
            dropped += 1
        else:
            row.start_date, row.end_date = days
    return dropped
