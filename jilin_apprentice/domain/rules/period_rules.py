"""Rules about the placement as a whole: caps, duration, approvals, paperwork, pay, majors.

Same contract as placement_rules: pure functions of (facts, params) returning findings.
"""

from __future__ import annotations

import datetime as dt
import functools

from dateutil.relativedelta import relativedelta

from jilin_apprentice.domain.rules.model import (
    BLOCK,
    INFO,
    WARN,
    Finding,
    MinWageTable,
    PlacementFacts,
    RuleParams,
)


def health_check_for_minors(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-AGE-4: minors at a post should have had a health check (LABOUR Art 65, as reference)."""
    age = f.age_at_start
    if f.is_post and age < p.adult_age.value and f.health_check_date is None:
        return [Finding("R-AGE-4", WARN, "student_id", {"age": age})]
    return []


def young_cognitive(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-AGE-5: under-16s only on school-organised educational practice, no productive work."""
    age = f.age_at_start
    if f.placement_type == "cognitive" and age < p.min_post_age.value:
        return [Finding("R-AGE-5", INFO, "start_date", {"age": age})]
    return []


def self_chosen_approved(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-CONSENT-2: a self-chosen unit needs the student's and guardian's application and the
    school's approval."""
    if f.source != "self_chosen" or f.placement_type == "cognitive":
        return []
    missing = [
        name
        for name, ok in (
            ("self_choice_application", f.self_choice_application),
            ("school_approval_date", f.school_approval_date is not None),
        )
        if not ok
    ]
    return [Finding("R-CONSENT-2", BLOCK, missing[0], {"missing": missing})] if missing else []


def post_duration(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-DUR-1: 岗位实习 is generally 6 months; more in total is worth a look (WARN)."""
    limit = p.post_warn_days.value
    if f.placement_type == "post" and f.student_post_days > limit:
        return [Finding("R-DUR-1", WARN, "end_date", {"days": f.student_post_days, "max": limit})]
    return []


def approvals_and_filing(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-DUR-2: cross-province needs prior approval (BLOCK); 岗位实习 is filed (WARN)."""
    findings = []
    if f.outside_province and not f.cross_province_approval_ref:
        findings.append(Finding("R-DUR-2", BLOCK, "cross_province_approval_ref"))
    if f.placement_type == "post" and not f.filing_ref:
        findings.append(Finding("R-DUR-2", WARN, "filing_ref"))
    return findings


def lodging_away(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-LODGE-1: away from the school, living outside the unified lodging needs the
    guardian's signed consent and the school's filing first."""
    if not f.away_from_school or f.lodging != "outside":
        return []
    missing = [
        name
        for name, ok in (
            ("lodging_guardian_consent", f.lodging_guardian_consent),
            ("lodging_filing_ref", bool(f.lodging_filing_ref)),
        )
        if not ok
    ]
    return [Finding("R-LODGE-1", BLOCK, "lodging", {"missing": missing})] if missing else []


def safety_training(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-SAFE-1: no internship without safety training and a passed assessment (every type)."""
    if f.safety_training_date is None or not f.safety_assessment_passed:
        missing = "safety_training_date" if f.safety_training_date is None else "safety_passed"
        return [Finding("R-SAFE-1", BLOCK, "safety_training_date", {"missing": missing})]
    return []


def signed_agreement(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-AGR-1: no 岗位实习 before school, unit and student have signed the agreement."""
    if f.placement_type == "post" and not f.agreement_signed_all:
        return [Finding("R-AGR-1", BLOCK, "agreement")]
    return []


def pay_amount_set(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-PAY-1: 岗位实习 is paid; no amount blocks, an amount of 0 is a warning."""
    if not f.is_post:
        return []
    if f.pay_amount_fen is None:
        return [Finding("R-PAY-1", BLOCK, "pay_amount")]
    if f.pay_amount_fen == 0:
        return [Finding("R-PAY-1", WARN, "pay_amount", {"zero": True})]
    return []


def pay_cycle(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-PAY-4: paid at least monthly."""
    limit = p.max_pay_cycle_days.value
    if f.is_post and f.pay_cycle_days > limit:
        return [
            Finding("R-PAY-4", WARN, "pay_cycle_days", {"days": f.pay_cycle_days, "max": limit})
        ]
    return []


@functools.lru_cache(maxsize=256)
def months_after(day: dt.date, months: int) -> dt.date:
    """`day` plus whole months (cached: a scan asks the same few thousand times)."""
    return day + relativedelta(months=months)


def min_wage_table(tables: tuple[MinWageTable, ...], on: dt.date) -> MinWageTable | None:
    """The Jilin table in force on `on` (None: no table yet)."""
    in_force = [t for t in tables if t.effective_from <= on]
    return max(in_force, key=lambda t: t.effective_from) if in_force else None


def min_wage_table_problems(f: PlacementFacts, p: RuleParams, field: str) -> list[Finding]:
    """R-JL-MW-1: refuse to judge with no table, warn when the table is over two years old."""
    table = min_wage_table(p.min_wage_tables, f.start_date)
    if table is None:
        return [Finding("R-JL-MW-1", WARN, field, {"date": f.start_date.isoformat()})]
    months = p.min_wage_staleness_months.value
    if f.start_date > months_after(table.effective_from, months):
        return [
            Finding(
                "R-JL-MW-1",
                WARN,
                field,
                {"effective_from": table.effective_from.isoformat(), "months": months},
            )
        ]
    return []


def below_min_wage(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-PAY-5: pay under the local minimum wage is a red flag for independent interns."""
    if not f.is_post or f.independence != "relatively_independent":
        return []
    pay = f.pay_monthly_equiv_fen
    if pay is None or f.min_wage_area_class is None:
        return []
    problems = min_wage_table_problems(f, p, "pay_amount")
    table = min_wage_table(p.min_wage_tables, f.start_date)
    if table is None:
        return problems
    floor = table.monthly_fen.get(f.min_wage_area_class)
    if floor is None:  # the table has no figure for this area: refuse to judge (R-JL-MW-1)
        return [
            *problems,
            Finding("R-JL-MW-1", WARN, "pay_amount", {"date": f.start_date.isoformat()}),
        ]
    if pay < floor:
        problems.append(
            Finding(
                "R-PAY-5",
                WARN,
                "pay_amount",
                {"pay_fen": pay, "min_fen": floor, "area_class": f.min_wage_area_class},
            )
        )
    return problems


def _over_cap(peak: int, staff: int, pct: int) -> bool:
    return peak * 100 > staff * pct


def intern_caps(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-CAP-1/2: interns ≤ 10 % of the unit's on-post staff, ≤ 20 % of the post's, every day."""
    if f.placement_type != "post":
        return []
    findings = []
    for rule, field, peak, staff, pct, day in (
        (
            "R-CAP-1",
            "enterprise_id",
            f.enterprise_peak_interns,
            f.enterprise_on_post_staff,
            p.enterprise_cap_pct.value,
            f.enterprise_peak_day,
        ),
        (
            "R-CAP-2",
            "post_id",
            f.post_peak_interns,
            f.post_on_post_staff,
            p.post_cap_pct.value,
            f.post_peak_day,
        ),
    ):
        if staff <= 0:
            findings.append(Finding(rule, WARN, field, {"missing": True}))
        elif _over_cap(peak, staff, pct):
            findings.append(
                Finding(
                    rule,
                    WARN,
                    field,
                    {
                        "interns": peak,
                        "staff": staff,
                        "pct": pct,
                        "day": day.isoformat() if day else "",
                    },
                )
            )
    return findings


def major_fit(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-MAJ-1: the post fits the major (no crossing 专业大类); R-MAJ-2: not only simple work."""
    if not f.is_post:
        return []
    findings = []
    if f.post_unrelated_to_major:
        findings.append(Finding("R-MAJ-1", BLOCK, "post_id", {"unrelated": True}))
    elif (
        f.student_major_category
        and f.post_major_category
        and f.student_major_category != f.post_major_category
    ):
        findings.append(
            Finding(
                "R-MAJ-1",
                WARN,
                "post_id",
                {
                    "student_category": f.student_major_category,
                    "post_category": f.post_major_category,
                },
            )
        )
    if f.placement_type == "post" and f.post_simple_repetitive_only:
        findings.append(Finding("R-MAJ-2", WARN, "post_id"))
    return findings


def enterprise_assessed(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-ENT-1: the unit was assessed on site and the Art 6(1)-(2) attestations were given."""
    if f.placement_type != "post":
        return []
    missing = [
        name
        for name, ok in (
            ("site_assessment", f.site_assessment_done),
            ("attestations", f.enterprise_attestations_given),
        )
        if not ok
    ]
    return [Finding("R-ENT-1", WARN, "enterprise_id", {"missing": missing})] if missing else []
