"""Placement rules of rulebook §1 as pure functions; each returns its findings (empty: passes).

Severity follows the rulebook: BLOCK stops the status change it guards, WARN is shown.
"""

from __future__ import annotations

import datetime as dt

from jilin_apprentice.domain.rules.model import (
    BLOCK,
    WARN,
    Finding,
    PlacementFacts,
    RuleParams,
)


def age_under_16(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-AGE-1: no 岗位实习 under 16 full years at the start date (no override); an apprentice
    employee under 16 would be child labour (CHILD Art 2), so the same limit applies."""
    age = f.age_at_start
    employee = f.programme == "enterprise_new"
    if (f.is_post or employee) and age < p.min_post_age.value:
        return [Finding("R-AGE-1", BLOCK, "start_date", {"age": age, "min": p.min_post_age.value})]
    return []


def first_year(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-AGE-2: no 岗位实习 in the first year of study."""
    if f.is_post and f.grade_year_at_start == 1:
        return [Finding("R-AGE-2", BLOCK, "start_date", {"year": 1})]
    return []


def minor_prohibited_post(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-AGE-3: posts prohibited for 未成年工 are closed to students under 18."""
    age = f.age_at_start
    if f.minor_prohibited and age < p.adult_age.value:
        return [Finding("R-AGE-3", BLOCK, "post_id", {"age": age})]
    return []


def _hours(f: PlacementFacts) -> float | None:
    return None if f.hours_per_day_x10 is None else f.hours_per_day_x10 / 10


def working_hours(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-TIME-2: ≤ 8 h a day (block), ≤ 40 h a week (warn), ≤ 44 (block), a weekly rest day."""
    findings: list[Finding] = []
    hours = _hours(f)
    if hours is not None and hours > p.max_hours_per_day.value:
        findings.append(Finding("R-TIME-2", BLOCK, "hours_per_day", {"hours": hours}))
    if hours is not None and f.days_per_week is not None:
        weekly = hours * f.days_per_week
        if weekly > p.max_hours_per_week.value:
            findings.append(Finding("R-TIME-2", BLOCK, "days_per_week", {"hours": weekly}))
        elif weekly > p.warn_hours_per_week.value:
            findings.append(Finding("R-TIME-2", WARN, "days_per_week", {"hours": weekly}))
    if f.days_per_week is not None and f.days_per_week > p.max_days_per_week.value:
        findings.append(Finding("R-TIME-2", BLOCK, "days_per_week", {"days": f.days_per_week}))
    return findings


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def shift_in_night(start: dt.time, end: dt.time, night_start: dt.time, night_end: dt.time) -> bool:
    """Whether a shift overlaps the night window; both may cross midnight.

    A shift ending exactly at the window's start (e.g. 22:00) does not overlap it.
    """
    day = 24 * 60

    def spans(a: dt.time, b: dt.time) -> list[tuple[int, int]]:
        lo, hi = _minutes(a), _minutes(b)
        return [(lo, hi)] if lo < hi else [(lo, day), (0, hi)]

    return any(
        s0 < n1 and n0 < s1
        for s0, s1 in spans(start, end)
        for n0, n1 in spans(night_start, night_end)
    )


def overtime_and_night(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-TIME-3: no overtime and no shift overlapping the (configurable) night window."""
    findings = []
    if f.overtime_allowed:
        findings.append(Finding("R-TIME-3", BLOCK, "overtime_allowed"))
    if (
        f.shift_start
        and f.shift_end
        and shift_in_night(f.shift_start, f.shift_end, p.night_start.value, p.night_end.value)
    ):
        findings.append(
            Finding(
                "R-TIME-3",
                BLOCK,
                "shift_end",
                {
                    "start": f.shift_start.strftime("%H:%M"),
                    "end": f.shift_end.strftime("%H:%M"),
                    "night_start": p.night_start.value.strftime("%H:%M"),
                },
            )
        )
    return findings


def rest_days_and_holidays(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-TIME-4: no internship work on rest days or statutory public holidays."""
    findings = []
    if f.work_on_rest_days:
        findings.append(Finding("R-TIME-4", BLOCK, "work_on_rest_days"))
    if f.work_on_public_holidays:
        findings.append(Finding("R-TIME-4", BLOCK, "work_on_public_holidays"))
    return findings


def pay_floor(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-PAY-2: relatively independent interns get ≥ 80 % of the post's wage or its lowest grade."""
    if not f.is_post or f.independence != "relatively_independent":
        return []
    pay = f.pay_monthly_equiv_fen
    if pay is None or (f.same_post_wage_fen is None and f.lowest_wage_grade_fen is None):
        return [Finding("R-PAY-2", WARN, "pay_amount", {"missing": True})]
    ratio = p.pay_ratio_percent.value
    meets_ratio = f.same_post_wage_fen is not None and pay * 100 >= f.same_post_wage_fen * ratio
    meets_grade = f.lowest_wage_grade_fen is not None and pay >= f.lowest_wage_grade_fen
    if meets_ratio or meets_grade:
        return []
    return [
        Finding(
            "R-PAY-2",
            WARN,
            "pay_amount",
            {
                "pay_fen": pay,
                "post_wage_fen": f.same_post_wage_fen,
                "lowest_grade_fen": f.lowest_wage_grade_fen,
                "percent": ratio,
            },
        )
    ]


def pay_in_money_to_student(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-PAY-3: money, directly to the student; never in kind or through a third party."""
    if not f.is_post:
        return []
    if f.pay_method not in ("bank_to_student", "cash_to_student") or not f.payee_is_student:
        return [Finding("R-PAY-3", BLOCK, "pay_method", {"method": f.pay_method})]
    return []


def prohibited_venue(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-PROH-1: no placement at bars, KTV, bathhouses, game rooms, internet cafés…"""
    if f.venue_type in p.entertainment_venues.value:
        return [Finding("R-PROH-1", BLOCK, "enterprise_id", {"venue": f.venue_type})]
    return []


def high_risk_post(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-PROH-2: no work at height, underground, radioactive, toxic, flammable/explosive."""
    risky = sorted(set(p.high_risk_hazards.value).intersection(f.hazards))
    return [Finding("R-PROH-2", BLOCK, "post_id", {"hazards": risky})] if risky else []


def physical_intensity(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-PROH-3: no physical labour of intensity level III or above (GB 3869)."""
    if f.intensity_level > p.max_intensity_level.value:
        return [Finding("R-PROH-3", BLOCK, "post_id", {"level": f.intensity_level})]
    return []


def female_prohibited_post(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-PROH-4: posts prohibited for female employees are closed to female students."""
    if f.sex == "F" and f.female_prohibited:
        return [Finding("R-PROH-4", BLOCK, "post_id")]
    return []


def intermediary(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-PROH-5: no placement through intermediaries, agencies or labour dispatch."""
    if f.is_intermediary or f.source == "via_agent":
        return [Finding("R-PROH-5", BLOCK, "source")]
    return []


def guardian_consent(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-CONSENT-1: 岗位实习 needs the informed consent of the student and the guardian."""
    if f.is_post and not (f.consent_student_signed and f.consent_guardian_signed):
        missing = [
            who
            for who, ok in (
                ("student", f.consent_student_signed),
                ("guardian", f.consent_guardian_signed),
            )
            if not ok
        ]
        return [Finding("R-CONSENT-1", BLOCK, "consent", {"missing": missing})]
    return []


def cognitive_not_self_chosen(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-TYPE-2: 认识实习 is arranged by the school; students may not choose it themselves."""
    if f.placement_type == "cognitive" and f.source == "self_chosen":
        return [Finding("R-TYPE-2", BLOCK, "source")]
    return []


def credit_restriction(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-JL-2 (JL-48 §(33)): no new placement at a restricted enterprise; flag active ones."""
    if not f.credit_restricted:
        return []
    return [Finding("R-JL-2", WARN if f.status == "active" else BLOCK, "enterprise_id")]


def insurance_covers_period(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-INS-1: liability insurance covers every day from start to end."""
    if not f.is_post:
        return []
    if f.insured_until is None:
        return [
            Finding(
                "R-INS-1",
                BLOCK,
                "insurance",
                {"uncovered_days": (f.end_date - f.start_date).days + 1},
            )
        ]
    if f.insured_until < f.end_date:
        return [
            Finding(
                "R-INS-1",
                BLOCK,
                "insurance",
                {
                    "insured_until": f.insured_until.isoformat(),
                    "uncovered_days": (f.end_date - f.insured_until).days,
                },
            )
        ]
    return []


def dual_supervision(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-SUP-1: a 岗位实习 has both a school supervisor and an enterprise mentor."""
    if not f.is_post:
        return []
    missing = [
        name
        for name, value in (
            ("school_supervisor_id", f.school_supervisor_id),
            ("enterprise_mentor_id", f.enterprise_mentor_id),
        )
        if value is None
    ]
    return [Finding("R-SUP-1", BLOCK, m) for m in missing]


def study_mode(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-SCOPE-1: REG-2021 covers full-time students; others only by reference (Art 49)."""
    return [Finding("R-SCOPE-1", WARN, "student_id")] if f.study_mode != "full_time" else []
