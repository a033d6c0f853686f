"""Plain values ProgrammeService takes and returns (never ORM rows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from jilin_apprentice.domain.rules.model import Finding


@dataclass(frozen=True)
class ProgrammeDraft:
    """A programme: 现代学徒制 ("school_joint", one class with one enterprise) or
    企业新型学徒制 ("enterprise_new", the enterprise's employees)."""

    name: str
    programme: str
    enterprise_id: int | None
    start_date: dt.date | None
    end_date: dt.date | None
    class_id: int | None = None
    target_level: str | None = None
    training_agreement_ref: str | None = None
    training_agreement_date: dt.date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    version: int
    draft: ProgrammeDraft
    enterprise_name: str
    class_name: str | None
    member_count: int
    module_count: int
    planned_hours: int
    finding_count: int
    blocking: bool  # some finding on it or a member blocks
    findings: tuple[Finding, ...] = ()  # the programme's own (R-APP-2, R-APP-6)


@dataclass(frozen=True)
class ModuleDraft:
    """A module or competency of the training plan; `place` is "school" or "enterprise"."""

    name: str
    planned_hours: int
    place: str = "enterprise"
    competency: str | None = None
    post_id: int | None = None
    rotation_start: dt.date | None = None
    rotation_end: dt.date | None = None
    seq: int | None = None  # None: after the last one


@dataclass(frozen=True)
class ModuleRow:
    id: int
    version: int
    programme_id: int
    seq: int
    draft: ModuleDraft
    post_title: str | None
    apprentices_passed: int


@dataclass(frozen=True)
class ProgrammeDetail:
    row: ProgrammeRow
    modules: tuple[ModuleRow, ...]


@dataclass(frozen=True)
class EnrolStudent:
    """One student of an enrolment, with what differs per person (the labour contract)."""

    student_id: int | None
    labour_contract_start: dt.date | None = None
    labour_contract_end: dt.date | None = None
    wage_monthly_fen: int | None = None


@dataclass(frozen=True)
class MemberDraft:
    """What an apprentice of a programme has (an Apprenticeship row's editable fields)."""

    enterprise_mentor_id: int | None
    school_mentor_id: int | None
    start_date: dt.date | None
    end_date: dt.date | None
    target_level: str | None = None
    training_agreement_ref: str | None = None
    training_agreement_date: dt.date | None = None
    labour_contract_start: dt.date | None = None
    labour_contract_end: dt.date | None = None
    wage_monthly_fen: int | None = None


@dataclass(frozen=True)
class EnrolDraft:
    """Shared fields (mentors, dates, level, agreement) and the students they apply to."""

    students: tuple[EnrolStudent, ...]
    enterprise_mentor_id: int | None
    school_mentor_id: int | None
    start_date: dt.date | None
    end_date: dt.date | None
    target_level: str | None = None
    training_agreement_ref: str | None = None
    training_agreement_date: dt.date | None = None

    def member(self, s: EnrolStudent) -> MemberDraft:
        return MemberDraft(
            self.enterprise_mentor_id,
            self.school_mentor_id,
            self.start_date,
            self.end_date,
            self.target_level,
            self.training_agreement_ref,
            self.training_agreement_date,
            s.labour_contract_start,
            s.labour_contract_end,
            s.wage_monthly_fen,
        )


@dataclass(frozen=True)
class MemberRow:
    """One apprentice of the cohort: who, the two mentors, progress, where today, findings."""

    apprenticeship_id: int
    version: int
    programme_id: int
    student_id: int
    student_name: str
    class_name: str
    id_masked: str
    enterprise_mentor_name: str | None
    school_mentor_name: str | None
    hours_done: int
    hours_planned: int
    percent: int
    modules_passed: int
    modules_total: int
    today_place: str | None  # a DayType code, None: no calendar day today
    status: str
    draft: MemberDraft
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def blocking(self) -> bool:
        return any(f.severity == "block" for f in self.findings)


@dataclass(frozen=True)
class ProgressRow:
    module_id: int
    seq: int
    name: str
    place: str
    planned_hours: int
    hours_done: int
    percent: int
    assessed_on: dt.date | None
    passed: bool


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


@dataclass(frozen=True)
class ProgressEntry:
    """One module's progress as the progress form sends it."""

    module_id: int
    hours_done: int
    assessed_on: dt.date | None = None
    passed: bool = False
