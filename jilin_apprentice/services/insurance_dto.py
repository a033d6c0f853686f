"""Plain frozen records the insurance and incident services hand to the UI (no ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jilin_apprentice.domain.rules.model import Finding


@dataclass(frozen=True)
class PolicyDraft:
    """What the policy form edits; amounts in fen, `type` and `premium_payer` as enum values."""

    insurer: str
    policy_no: str
    type: str
    premium_payer: str
    start_date: dt.date | None
    end_date: dt.date | None
    sum_insured_per_person_fen: int | None = None
    premium_fen: int | None = None


@dataclass(frozen=True)
class PolicyRow:
    """One line of the insurance register (and the form's record): the policy, how many
    students and student-days it covers, and its document."""

    id: int
    version: int
    draft: PolicyDraft
    covered_students: int
    covered_days: int
    document_path: str | None  # relative to the data folder


@dataclass(frozen=True)
class CoveredRow:
    """One Coverage row: a student covered by the policy for a placement's days."""

    coverage_id: int
    student_id: int
    student_name: str
    class_name: str
    placement_id: int | None
    start_date: dt.date
    end_date: dt.date


@dataclass(frozen=True)
class CoverResult:
    """Outcome of adding students: new rows, rows already there (idempotent), rows whose days
    were brought up to date, and placements outside the policy period."""

    added: int
    unchanged: int
    refreshed: int
    outside_period: int


@dataclass(frozen=True)
class GapRange:
    start: dt.date
    end: dt.date
    days: int
    enterprise_name: str  # where the student was on those days


@dataclass(frozen=True)
class GapRow:
    """A placement with days no liability policy covers (R-INS-1)."""

    placement_id: int
    student_id: int
    student_name: str
    class_name: str
    enterprise_name: str
    status: str
    start_date: dt.date
    end_date: dt.date
    gaps: tuple[GapRange, ...]
    uncovered_days: int


@dataclass(frozen=True)
class ExpiryRow:
    """Liability cover of a running placement ends soon, and the placement goes on after it."""

    placement_id: int
    student_id: int
    student_name: str
    class_name: str
    enterprise_name: str
    policy_no: str
    ends: dt.date
    days_left: int
    within: int  # the warning step reached (30 or 7 by default)
    placement_end: dt.date


@dataclass(frozen=True)
class IncidentDraft:
    """What the incident form edits; `injury` is health data (masked in the audit trail)."""

    placement_id: int | None
    occurred_on: dt.date | None
    description: str
    injury: str | None = None
    reported_to_insurer_on: dt.date | None = None
    claim_no: str | None = None
    claim_status: str | None = None
    amount_claimed_fen: int | None = None
    amount_paid_fen: int | None = None


@dataclass(frozen=True)
class IncidentView:
    """An incident with its student, and the policy in force that day (or the lack of one)."""

    id: int
    version: int
    draft: IncidentDraft
    student_id: int
    student_name: str
    enterprise_name: str
    policy_id: int | None
    policy_no: str | None
    policy_type: str | None
    insurer: str | None
    liability_in_force: bool  # False: flagged
    findings: tuple[Finding, ...] = ()  # R-INS-1 {"incident_on": iso} when not in force

    @property
    def uninsured(self) -> bool:
        """No policy of any kind covered the student that day."""
        return self.policy_id is None
