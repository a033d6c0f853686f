"""Turning stored rows (or an editor's draft) into the plain facts the pure rules read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.rules.model import PlacementFacts
from jilin_apprentice.services.placement_context import (
    Interval,
    Surroundings,
    insured_until,
    is_away,
)
from jilin_apprentice.services.student_views import grade_year
from jilin_apprentice.storage.models import (
    Apprenticeship,
    Enterprise,
    Major,
    Post,
    SchoolClass,
    Student,
)

WORKING_DAYS_PER_MONTH_X100 = 2175  # 劳社部发〔2008〕3号: 21.75 paid days a month (R-JL-MW-2)

STUDENT_COLUMNS = (
    Student.id.label("s_id"),
    Student.name.label("s_name"),
    Student.birth_date.label("s_birth"),
    Student.sex.label("s_sex"),
    Student.study_mode.label("s_mode"),
    Student.enrolment_date.label("s_enrolled"),
    Student.health_check_date.label("s_health"),
    Student.status.label("s_status"),
    Major.category.label("s_major_category"),
)
POST_COLUMNS = (
    Post.id.label("t_id"),
    Post.title.label("t_title"),
    Post.enterprise_id.label("t_enterprise_id"),
    Post.same_post_wage_fen.label("t_wage"),
    Post.hazards.label("t_hazards"),
    Post.physical_intensity_level.label("t_intensity"),
    Post.minor_prohibited.label("t_minor"),
    Post.female_prohibited.label("t_female"),
    Post.on_post_staff.label("t_staff"),
    Post.major_category.label("t_major_category"),
    Post.unrelated_to_major.label("t_unrelated"),
    Post.simple_repetitive_only.label("t_simple"),
    Enterprise.name.label("e_name"),
    Enterprise.lowest_wage_grade_fen.label("e_lowest"),
    Enterprise.venue_type.label("e_venue"),
    Enterprise.is_intermediary_or_dispatch.label("e_intermediary"),
    Enterprise.credit_status.label("e_credit"),
    Enterprise.on_post_staff.label("e_staff"),
    Enterprise.other_school_interns.label("e_other_interns"),
    Enterprise.province.label("e_province"),
    Enterprise.county_code.label("e_county"),
    Enterprise.min_wage_area_class.label("e_area_class"),
    Enterprise.site_assessment_date.label("e_assessed"),
    Enterprise.no_illegal_or_dishonest_record.label("e_no_illegal"),
    Enterprise.no_safety_violation_3y.label("e_no_safety_violation"),
)
APPRENTICESHIP_COLUMNS = (
    Apprenticeship.programme.label("a_programme"),
    Apprenticeship.training_agreement_ref.label("a_agreement"),
    Apprenticeship.labour_contract_start.label("a_contract_start"),
    Apprenticeship.labour_contract_end.label("a_contract_end"),
    Apprenticeship.start_date.label("a_start"),
    Apprenticeship.end_date.label("a_end"),
    Apprenticeship.wage_monthly_fen.label("a_wage"),
)


def student_query(student_id: int) -> Select[Any]:
    return (
        select(*STUDENT_COLUMNS)
        .join(SchoolClass, SchoolClass.id == Student.class_id)
        .join(Major, Major.id == SchoolClass.major_id)
        .where(Student.id == student_id)
    )


def post_query(post_id: int) -> Select[Any]:
    return (
        select(*POST_COLUMNS)
        .join(Enterprise, Enterprise.id == Post.enterprise_id)
        .where(Post.id == post_id)
    )


def load_subject(
    session: Session, student_id: int | None, post_id: int | None, apprenticeship_id: int | None
) -> dict[str, Any]:
    """Student, post/enterprise and apprenticeship columns as one dict (missing parts absent)."""
    subject: dict[str, Any] = {}
    if student_id is not None:
        row = session.execute(student_query(student_id)).first()
        subject.update(row._mapping if row else {})
    if post_id is not None:
        row = session.execute(post_query(post_id)).first()
        subject.update(row._mapping if row else {})
    if apprenticeship_id is not None:
        row = session.execute(
            select(*APPRENTICESHIP_COLUMNS).where(Apprenticeship.id == apprenticeship_id)
        ).first()
        subject.update(row._mapping if row else {})
    return subject


def monthly_equivalent_fen(amount: int | None, unit: str, hours_x10: int | None) -> int | None:
    """Pay per month for comparisons: days at 21.75 a month, hours at the daily hours."""
    if amount is None:
        return None
    if unit == "month":
        return amount
    if unit == "day":
        return amount * WORKING_DAYS_PER_MONTH_X100 // 100
    hours = (hours_x10 or 80) / 10
    return round(amount * hours * WORKING_DAYS_PER_MONTH_X100 / 100)


def _code(value: Any) -> Any:
    return getattr(value, "value", value)


def build_facts(
    terms: Mapping[str, Any],
    subject: Mapping[str, Any],
    around: Surroundings,
    *,
    placement_id: int | None,
    status: str,
    agreement_signed: bool | None = None,
) -> PlacementFacts:
    """Facts for one placement: `terms` are placement columns (or a draft), `subject` the
    joined student/post/enterprise/apprenticeship columns."""
    start: dt.date = terms["start_date"]
    end: dt.date = terms["end_date"]
    kind = _code(terms["type"])
    own = Interval(placement_id or 0, start, end)
    counts_here = kind == "post"
    ent_peak, ent_day = around.by_enterprise[subject["t_enterprise_id"]].peak(
        start, end, own if counts_here else None
    )
    post_peak, post_day = around.by_post[subject["t_id"]].peak(
        start, end, own if counts_here else None
    )
    hours_x10 = terms.get("hours_per_day_x10")
    pay_unit = _code(terms.get("pay_unit") or "month")
    payee = terms.get("payee_name")
    signed = (
        agreement_signed
        if agreement_signed is not None
        else (placement_id is not None and placement_id in around.signed)
    )
    return PlacementFacts(
        placement_type=kind,
        source=_code(terms["source"]),
        start_date=start,
        end_date=end,
        birth_date=subject["s_birth"],
        sex=_code(subject["s_sex"]),
        study_mode=_code(subject["s_mode"]),
        grade_year_at_start=grade_year(subject["s_enrolled"], start),
        hours_per_day_x10=hours_x10,
        days_per_week=terms.get("days_per_week"),
        shift_start=terms.get("shift_start"),
        shift_end=terms.get("shift_end"),
        overtime_allowed=bool(terms.get("overtime_allowed")),
        work_on_rest_days=bool(terms.get("work_on_rest_days")),
        work_on_public_holidays=bool(terms.get("work_on_public_holidays")),
        independence=_code(terms.get("independence") or "assisting"),
        pay_amount_fen=terms.get("pay_amount_fen"),
        pay_monthly_equiv_fen=monthly_equivalent_fen(
            terms.get("pay_amount_fen"), pay_unit, hours_x10
        ),
        pay_method=_code(terms.get("pay_method") or "bank_to_student"),
        payee_is_student=payee in (None, "", subject["s_name"]),
        same_post_wage_fen=subject["t_wage"],
        lowest_wage_grade_fen=subject["e_lowest"],
        venue_type=_code(subject["e_venue"]),
        is_intermediary=bool(subject["e_intermediary"]),
        hazards=tuple(h for h in (subject["t_hazards"] or "").split(",") if h),
        intensity_level=subject["t_intensity"] or 1,
        minor_prohibited=bool(subject["t_minor"]),
        female_prohibited=bool(subject["t_female"]),
        credit_restricted=_code(subject["e_credit"]) == "restricted",
        consent_student_signed=bool(terms.get("consent_student_signed")),
        consent_guardian_signed=bool(terms.get("consent_guardian_signed")),
        enterprise_mentor_id=terms.get("enterprise_mentor_id"),
        school_supervisor_id=terms.get("school_supervisor_id"),
        insured_until=insured_until(start, around.cover.get(subject["s_id"], [])),
        status=status,
        health_check_date=subject["s_health"],
        pay_cycle_days=terms.get("pay_cycle_days") or 30,
        min_wage_area_class=subject["e_area_class"],
        self_choice_application=bool(terms.get("self_choice_application")),
        school_approval_date=terms.get("school_approval_date"),
        enterprise_on_post_staff=subject["e_staff"] or 0,
        enterprise_peak_interns=ent_peak + (subject["e_other_interns"] or 0),
        enterprise_peak_day=ent_day,
        post_on_post_staff=subject["t_staff"] or 0,
        post_peak_interns=post_peak,
        post_peak_day=post_day,
        student_post_days=around.student_post_days(subject["s_id"], own if counts_here else None),
        outside_province=(subject["e_province"] or "吉林省") != around.school.province,
        cross_province_approval_ref=terms.get("cross_province_approval_ref"),
        filing_ref=terms.get("filing_ref"),
        away_from_school=is_away(around.school, subject["e_county"]),
        lodging=_code(terms.get("lodging") or "unified"),
        lodging_guardian_consent=bool(terms.get("lodging_guardian_consent")),
        lodging_filing_ref=terms.get("lodging_filing_ref"),
        safety_training_date=terms.get("safety_training_date"),
        safety_assessment_passed=bool(terms.get("safety_assessment_passed")),
        agreement_signed_all=signed,
        student_major_category=subject["s_major_category"],
        post_major_category=subject["t_major_category"],
        post_unrelated_to_major=bool(subject["t_unrelated"]),
        post_simple_repetitive_only=bool(subject["t_simple"]),
        site_assessment_done=subject["e_assessed"] is not None,
        enterprise_attestations_given=bool(
            subject["e_no_illegal"] and subject["e_no_safety_violation"]
        ),
        exception_reason=terms.get("exception_reason"),
        exception_filing_ref=terms.get("exception_filing_ref"),
        exception_filing_date=terms.get("exception_filing_date"),
        exception_approver=terms.get("exception_approver"),
        programme=_code(subject.get("a_programme")),
        training_agreement_ref=subject.get("a_agreement"),
        labour_contract_start=subject.get("a_contract_start"),
        labour_contract_end=subject.get("a_contract_end"),
        apprenticeship_start=subject.get("a_start"),
        apprenticeship_end=subject.get("a_end"),
        apprentice_wage_fen=subject.get("a_wage"),
    )
