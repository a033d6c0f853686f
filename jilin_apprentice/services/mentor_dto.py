"""Plain rows of the mentor service (load, learners, monthly pay records)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class MentorLoadRow:
    """One mentor or supervisor: who they are, how many learners today, against which limit."""

    id: int
    name: str
    kind: str  # StaffKind value
    enterprise_id: int | None
    enterprise_name: str | None
    qualification: str | None
    skill_level: str | None  # SkillLevel value
    is_part_time_teacher: bool
    load: int
    limit: int | None
    limit_is_default: bool
    over_limit: bool
    monthly_allowance_fen: int | None


@dataclass(frozen=True)
class LearnerRow:
    """A learner guided by a person today, and through which record."""

    student_id: int
    student_name: str
    class_name: str | None
    record: str  # "placement" or "apprenticeship"
    record_id: int
    enterprise_name: str
    start_date: dt.date
    end_date: dt.date
    status: str


@dataclass(frozen=True)
class PaymentDraft:
    """A month's allowance (R-APP-9) or part-time-teacher pay (seed §(20)); month: any day of it."""

    staff_id: int | None
    month: dt.date | None
    kind: str  # MentorPayKind value
    amount_fen: int | None
    hours: int | None = None
    paid_on: dt.date | None = None
    payer: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class PaymentRow:
    id: int
    draft: PaymentDraft  # month normalised to the 1st
    staff_name: str
    staff_kind: str
    enterprise_name: str | None

    @property
    def month(self) -> dt.date:
        assert self.draft.month is not None
        return self.draft.month


@dataclass(frozen=True)
class MonthTotal:
    month: dt.date
    allowance_fen: int
    teaching_fen: int
    count: int

    @property
    def total_fen(self) -> int:
        return self.allowance_fen + self.teaching_fen
