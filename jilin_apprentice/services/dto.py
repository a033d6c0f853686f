"""Plain dataclasses that cross the service boundary (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: search text, sort column and direction."""

    search: str = ""
    sort: str = "name"
    descending: bool = False
    enterprise_id: int | None = None


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    total: int


@dataclass(frozen=True)
class Changes:
    """What a write changed, so views reload only what they show (after Anki's OpChanges)."""

    kinds: frozenset[str]
    ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class StudentRow:
    id: int
    name: str
    student_no: str | None
    sex: str
    birth_date: dt.date
    id_number_masked: str
    phone_masked: str
    class_name: str
    major_name: str
    cohort_year: int
    status: str
    enterprise_name: str | None
    sort_key: tuple[object, int]


@dataclass(frozen=True)
class GuardianDraft:
    name: str
    relationship: str
    phone: str | None = None
    address: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class StudentDraft:
    """What an officer typed; the service validates every field before anything is stored."""

    name: str
    id_number: str
    class_id: int | None
    enrolment_date: dt.date | None
    student_no: str | None = None
    phone: str | None = None
    address: str | None = None
    study_mode: str = "full_time"
    status: str = "enrolled"
    school_supervisor_id: int | None = None
    health_check_date: dt.date | None = None
    notes: str | None = None
    guardians: tuple[GuardianDraft, ...] = ()


@dataclass(frozen=True)
class EnterpriseSide:
    """One apprenticeship or placement: the enterprise identity at one time."""

    kind: str  # "apprenticeship" or a PlacementType value
    enterprise_name: str
    post_title: str | None
    mentor_name: str | None
    supervisor_name: str | None
    start_date: dt.date
    end_date: dt.date
    status: str
    programme: str | None = None


@dataclass(frozen=True)
class StudentDetail:
    id: int
    version: int
    name: str
    student_no: str | None
    id_number: str
    id_number_masked: str
    birth_date: dt.date
    sex: str
    age_today: int
    phone: str | None
    address: str | None
    enrolment_date: dt.date
    study_mode: str
    status: str
    class_id: int
    class_name: str
    major_name: str
    major_category: str
    cohort_year: int
    grade_year: int
    school_supervisor_id: int | None
    school_supervisor_name: str | None
    health_check_date: dt.date | None
    notes: str | None
    guardians: tuple[GuardianDraft, ...]
    current: EnterpriseSide | None
    history: tuple[EnterpriseSide, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Choice:
    """An id with a display label, for combo boxes."""

    id: int
    label: str


@dataclass(frozen=True)
class EnterpriseRow:
    id: int
    name: str
    uscc: str
    industry_code: str
    county_code: str | None
    on_post_staff: int
    post_count: int
    credit_status: str
    flags: tuple[str, ...]
    sort_key: tuple[object, int]


@dataclass(frozen=True)
class EnterpriseDraft:
    name: str
    uscc: str
    industry_code: str
    address: str | None = None
    province: str = "吉林省"
    county_code: str | None = None
    legal_representative: str | None = None
    contact_person: str | None = None
    contact_phone: str | None = None
    on_post_staff: int = 0
    lowest_wage_grade_fen: int | None = None
    venue_type: str = "ordinary"
    is_intermediary_or_dispatch: bool = False
    is_training_base: bool = False
    site_assessment_date: dt.date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class EnterpriseDetail:
    id: int
    version: int
    draft: EnterpriseDraft
    min_wage_area_class: int | None
    credit_status: str


@dataclass(frozen=True)
class PostDraft:
    title: str
    major_category: str | None = None
    description: str | None = None
    hazards: tuple[str, ...] = ()
    physical_intensity_level: int = 1
    minor_prohibited: bool = False
    female_prohibited: bool = False
    same_post_wage_fen: int | None = None
    on_post_staff: int = 0


@dataclass(frozen=True)
class PostRow:
    id: int
    version: int
    enterprise_id: int
    draft: PostDraft


@dataclass(frozen=True)
class StaffRow:
    id: int
    kind: str
    name: str
    enterprise_name: str | None
    phone_masked: str
    title: str | None
    load: int


@dataclass(frozen=True)
class StaffDraft:
    kind: str
    name: str
    enterprise_id: int | None = None
    phone: str | None = None
    title: str | None = None
    department: str | None = None
    qualification: str | None = None
    max_load: int | None = None
    monthly_allowance_fen: int | None = None
    skill_level: str | None = None  # SkillLevel value (中级工 … 高级技师)
    is_part_time_teacher: bool = False  # enterprise staff teaching at the school (seed §(20))
