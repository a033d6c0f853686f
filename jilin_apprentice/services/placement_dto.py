"""Plain data the placement services take and return (no ORM objects leave a service)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class PlacementDraft:
    """Everything an officer fills in for one placement (the editor's form, a batch template)."""

    student_id: int | None = None
    enterprise_id: int | None = None
    post_id: int | None = None
    type: str = "post"
    source: str = "school_arranged"
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    enterprise_mentor_id: int | None = None
    school_supervisor_id: int | None = None
    independence: str = "assisting"
    hours_per_day_x10: int | None = 80
    days_per_week: int | None = 5
    shift_start: dt.time | None = dt.time(8, 30)
    shift_end: dt.time | None = dt.time(17, 30)
    overtime_allowed: bool = False
    work_on_rest_days: bool = False
    work_on_public_holidays: bool = False
    pay_amount_fen: int | None = None
    pay_unit: str = "month"
    pay_method: str = "bank_to_student"
    payee_name: str | None = None
    pay_cycle_days: int = 30
    payday: int | None = 10
    consent_student_signed: bool = False
    consent_guardian_signed: bool = False
    consent_signed_date: dt.date | None = None
    self_choice_application: bool = False
    school_approval_date: dt.date | None = None
    lodging: str = "unified"
    lodging_guardian_consent: bool = False
    lodging_filing_ref: str | None = None
    cross_province_approval_ref: str | None = None
    filing_ref: str | None = None
    safety_training_date: dt.date | None = None
    safety_assessment_passed: bool = False
    exception_reason: str | None = None
    exception_filing_ref: str | None = None
    exception_filing_date: dt.date | None = None
    exception_approver: str | None = None
    apprenticeship_id: int | None = None
    batch_id: int | None = None


DRAFT_FIELDS = tuple(PlacementDraft.__dataclass_fields__)


@dataclass(frozen=True)
class PostHistoryRow:
    enterprise_name: str
    post_title: str
    from_date: dt.date
    to_date: dt.date | None
    reason: str | None


@dataclass(frozen=True)
class PlacementDetail:
    """A stored placement for the editor: the draft, its state and what it hangs off."""

    id: int
    version: int
    status: str
    draft: PlacementDraft
    student_name: str
    enterprise_name: str
    post_title: str
    termination_reason: str | None
    agreement_number: str | None
    agreement_signed: bool
    history: list[PostHistoryRow] = field(default_factory=list)


@dataclass(frozen=True)
class PlacementRow:
    """One line of the placements list (names resolved, nothing sensitive)."""

    id: int
    student_name: str
    class_name: str
    enterprise_name: str
    post_title: str
    type: str
    status: str
    start_date: dt.date
    end_date: dt.date
    supervisor_name: str


@dataclass(frozen=True)
class BatchResult:
    batch_id: int
    placement_ids: list[int]
