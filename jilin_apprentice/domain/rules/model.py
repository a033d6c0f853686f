"""What a rule sees (plain facts), what it may be tuned by (sourced parameters), what it says."""
# ruff: noqa: RUF009  (the helpers return dataclasses.field(...) specs built from reference data)

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from jilin_apprentice.domain.rules.reference_keys import BY_KEY
from jilin_apprentice.domain.validators import age_on

BLOCK = "block"
WARN = "warn"
INFO = "info"


@dataclass(frozen=True)
class Parameter:
    """A threshold with its source; thresholds are data, never law hard-coded in a check."""

    value: Any
    source: str
    verified: bool


def _p(key: str, name: str) -> Any:
    """Default Parameter from the seeded reference value `key` (one source of truth)."""
    ref = BY_KEY[key]
    return field(default=Parameter(ref.default[name], ref.source, ref.verified))


@dataclass(frozen=True)
class MinWageTable:
    """One dated Jilin minimum-wage table: monthly fen by area class 1..4 (R-JL-MW-1)."""

    effective_from: dt.date
    monthly_fen: dict[int, int]
    source: str
    verified: bool


def _default_min_wage() -> tuple[MinWageTable, ...]:
    ref = BY_KEY["min_wage.jilin"]
    table = {row["class"]: row["monthly_fen"] for row in ref.default["classes"]}
    return (MinWageTable(ref.effective_from, table, ref.source, ref.verified),)


def _night(name: str) -> Any:
    ref = BY_KEY["night_window"]
    value = dt.time.fromisoformat(ref.default[name])
    return field(default=Parameter(value, ref.source, ref.verified))


def _codes(key: str) -> Any:
    ref = BY_KEY[key]
    return field(default=Parameter(tuple(ref.default["codes"]), ref.source, ref.verified))


@dataclass(frozen=True)
class RuleParams:
    """Thresholds the rules read; defaults are the seeded reference values, the app loads rows."""

    min_post_age: Parameter = _p("ages", "min_post_age")
    adult_age: Parameter = _p("ages", "adult_age")
    max_hours_per_day: Parameter = _p("working_time", "max_hours_per_day")
    warn_hours_per_week: Parameter = _p("working_time", "warn_hours_per_week")
    max_hours_per_week: Parameter = _p("working_time", "max_hours_per_week")
    max_days_per_week: Parameter = _p("working_time", "max_days_per_week")
    night_start: Parameter = _night("start")
    night_end: Parameter = _night("end")
    pay_ratio_percent: Parameter = _p("pay", "ratio_percent")
    max_pay_cycle_days: Parameter = _p("pay", "max_cycle_days")
    pay_grace_days: Parameter = _p("pay", "grace_days")
    enterprise_cap_pct: Parameter = _p("intern_caps", "enterprise_max_pct")
    post_cap_pct: Parameter = _p("intern_caps", "post_max_pct")
    post_warn_days: Parameter = _p("post_duration", "warn_days")
    app_warn_min_months: Parameter = _p("apprenticeship", "warn_min_months")
    app_warn_max_months: Parameter = _p("apprenticeship", "warn_max_months")
    app_max_months: Parameter = _p("apprenticeship", "max_months")
    app_min_contract_months: Parameter = _p("apprenticeship", "min_contract_months")
    max_intensity_level: Parameter = _p("physical_intensity", "max_level")
    high_risk_hazards: Parameter = _codes("high_risk_hazards")
    entertainment_venues: Parameter = _codes("entertainment_venues")
    min_wage_staleness_months: Parameter = _p("min_wage.staleness_months", "months")
    min_wage_tables: tuple[MinWageTable, ...] = field(default_factory=_default_min_wage)


# reference_value key -> {json field: RuleParams attribute}; `apply_reference_rows` reads it
SCALAR_KEYS: dict[str, dict[str, str]] = {
    "ages": {"min_post_age": "min_post_age", "adult_age": "adult_age"},
    "working_time": {
        "max_hours_per_day": "max_hours_per_day",
        "warn_hours_per_week": "warn_hours_per_week",
        "max_hours_per_week": "max_hours_per_week",
        "max_days_per_week": "max_days_per_week",
    },
    "pay": {
        "ratio_percent": "pay_ratio_percent",
        "max_cycle_days": "max_pay_cycle_days",
        "grace_days": "pay_grace_days",
    },
    "intern_caps": {"enterprise_max_pct": "enterprise_cap_pct", "post_max_pct": "post_cap_pct"},
    "post_duration": {"warn_days": "post_warn_days"},
    "apprenticeship": {
        "warn_min_months": "app_warn_min_months",
        "warn_max_months": "app_warn_max_months",
        "max_months": "app_max_months",
        "min_contract_months": "app_min_contract_months",
    },
    "physical_intensity": {"max_level": "max_intensity_level"},
    "min_wage.staleness_months": {"months": "min_wage_staleness_months"},
}


@dataclass(frozen=True)
class StoredValue:
    """A `reference_value` row as the loader hands it over (no ORM in the domain)."""

    key: str
    value: Any
    effective_from: dt.date
    source: str
    verified: bool


def apply_reference_rows(rows: list[StoredValue], on: dt.date) -> RuleParams:
    """RuleParams from stored rows: for each key the latest row in force on `on`.

    Minimum-wage tables are kept whole (every dated table) because each placement is judged by
    the table in force on its own start date.
    """
    latest: dict[str, StoredValue] = {}
    wages: list[MinWageTable] = []
    for row in sorted(rows, key=lambda r: r.effective_from):
        if row.key == "min_wage.jilin":
            table = {int(c["class"]): int(c["monthly_fen"]) for c in row.value["classes"]}
            wages.append(MinWageTable(row.effective_from, table, row.source, row.verified))
        elif row.effective_from <= on:
            latest[row.key] = row
    changes: dict[str, Any] = {}
    for key, names in SCALAR_KEYS.items():
        if key in latest:
            row = latest[key]
            for json_name, attr in names.items():
                if json_name in row.value:  # a row from an older version may lack a field
                    changes[attr] = Parameter(row.value[json_name], row.source, row.verified)
    if "night_window" in latest:
        row = latest["night_window"]
        for name in ("start", "end"):
            value = dt.time.fromisoformat(row.value[name])
            changes[f"night_{name}"] = Parameter(value, row.source, row.verified)
    for key in ("high_risk_hazards", "entertainment_venues"):
        if key in latest:
            row = latest[key]
            changes[key] = Parameter(tuple(row.value["codes"]), row.source, row.verified)
    if wages:
        changes["min_wage_tables"] = tuple(wages)
    return dataclasses.replace(RuleParams(), **changes)


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
    status: str = "draft"
    health_check_date: dt.date | None = None
    pay_cycle_days: int = 30
    min_wage_area_class: int | None = None
    self_choice_application: bool = False
    school_approval_date: dt.date | None = None
    # caps: peak number of this school's open 岗位实习 on any one day of the period, this one
    # included, plus interns of other schools at the enterprise (R-CAP-1, R-CAP-2)
    enterprise_on_post_staff: int = 0
    enterprise_peak_interns: int = 0
    enterprise_peak_day: dt.date | None = None
    post_on_post_staff: int = 0
    post_peak_interns: int = 0
    post_peak_day: dt.date | None = None
    student_post_days: int = 0  # all the student's 岗位实习 days, this one included (R-DUR-1)
    outside_province: bool = False
    cross_province_approval_ref: str | None = None
    filing_ref: str | None = None
    away_from_school: bool = False
    lodging: str = "unified"
    lodging_guardian_consent: bool = False
    lodging_filing_ref: str | None = None
    safety_training_date: dt.date | None = None
    safety_assessment_passed: bool = False
    agreement_signed_all: bool = False
    student_major_category: str | None = None
    post_major_category: str | None = None
    post_unrelated_to_major: bool = False
    post_simple_repetitive_only: bool = False
    site_assessment_done: bool = False
    enterprise_attestations_given: bool = False
    exception_reason: str | None = None
    exception_filing_ref: str | None = None
    exception_filing_date: dt.date | None = None
    exception_approver: str | None = None
    # apprenticeship the period belongs to (R-APP-*); programme None: not an apprenticeship
    programme: str | None = None
    training_agreement_ref: str | None = None
    labour_contract_start: dt.date | None = None
    labour_contract_end: dt.date | None = None
    apprenticeship_start: dt.date | None = None
    apprenticeship_end: dt.date | None = None
    apprentice_wage_fen: int | None = None

    @functools.cached_property
    def age_at_start(self) -> int:
        """Full years (周岁) on the start date, computed once for the four rules that ask."""
        return age_on(self.birth_date, self.start_date)

    @property
    def is_post(self) -> bool:
        """Intern rules apply: 岗位实习, and apprenticeship periods of students who are not
        employees (R-APP-3; 企业新型学徒制 apprentices hold a labour contract)."""
        if self.programme == "enterprise_new":
            return False
        return self.placement_type in ("post", "apprenticeship")


@dataclass(frozen=True)
class Finding:
    """One broken rule: its ID, severity, the field it concerns and the figures for the text."""

    rule_id: str
    severity: str
    field: str
    params: dict[str, Any] = field(default_factory=dict)
