"""What a rule sees (plain facts), what it may be tuned by (sourced parameters), what it says."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

BLOCK = "block"
WARN = "warn"
INFO = "info"


@dataclass(frozen=True)
class Parameter:
    """A threshold with its source; thresholds are data, never law hard-coded in a check."""

    value: Any
    source: str
    verified: bool


@dataclass(frozen=True)
class RuleParams:
    """Defaults mirror rulebook §1; the app loads overrides from `reference_value` rows."""

    min_post_age: Parameter = Parameter(16, "REG-2021 Art 16(2)", True)
    adult_age: Parameter = Parameter(18, "LABOUR Art 58; MINOR-WORK Art 2", True)
    max_hours_per_day: Parameter = Parameter(8, "WT-1995 Art 3; LABOUR Art 36", True)
    warn_hours_per_week: Parameter = Parameter(40, "WT-1995 Art 3", True)
    max_hours_per_week: Parameter = Parameter(44, "LABOUR Art 36", True)
    night_start: Parameter = Parameter(dt.time(22, 0), "convention (R-TIME-3)", False)
    night_end: Parameter = Parameter(dt.time(6, 0), "convention (R-TIME-3)", False)
    pay_ratio_percent: Parameter = Parameter(80, "REG-2021 Art 18", True)
    max_intensity_level: Parameter = Parameter(2, "REG-2021 Art 16(7): level III and above", True)


@dataclass(frozen=True)
class PlacementFacts:
    """Everything the placement rules read, loaded by a service inside one unit of work."""

    placement_type: str  # cognitive / post / apprenticeship
    source: str  # school_arranged / self_chosen / via_agent
    start_date: dt.date
    end_date: dt.date
    birth_date: dt.date
    sex: str
    study_mode: str
    grade_year_at_start: int
    hours_per_day_x10: int | None = None
    days_per_week: int | None = None
    shift_start: dt.time | None = None
    shift_end: dt.time | None = None
    overtime_allowed: bool = False
    work_on_rest_days: bool = False
    work_on_public_holidays: bool = False
    independence: str = "assisting"
    pay_amount_fen: int | None = None
    pay_monthly_equiv_fen: int | None = None
    pay_method: str = "bank_to_student"
    payee_is_student: bool = True
    same_post_wage_fen: int | None = None
    lowest_wage_grade_fen: int | None = None
    venue_type: str = "ordinary"
    is_intermediary: bool = False
    hazards: tuple[str, ...] = ()
    intensity_level: int = 1
    minor_prohibited: bool = False
    female_prohibited: bool = False
    credit_restricted: bool = False
    consent_student_signed: bool = False
    consent_guardian_signed: bool = False
    enterprise_mentor_id: int | None = None
    school_supervisor_id: int | None = None
    insured_until: dt.date | None = None  # last day covered without a gap from start_date
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_post(self) -> bool:
        return self.placement_type in ("post", "apprenticeship")


@dataclass(frozen=True)
class Finding:
    """One broken rule: its ID, severity, the field it concerns and the figures for the text."""

    rule_id: str
    severity: str
    field: str
    params: dict[str, Any] = field(default_factory=dict)
