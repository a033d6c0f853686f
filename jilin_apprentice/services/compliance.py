"""Compliance scan: load placement facts in a few bulk queries, run the pure rules (issue 3)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from jilin_apprentice.domain.enums import PlacementStatus, PolicyType
from jilin_apprentice.domain.rules.model import PlacementFacts, RuleParams
from jilin_apprentice.domain.rules.placement_rules import check_placement
from jilin_apprentice.services.students import grade_year
from jilin_apprentice.storage.models import (
    Coverage,
    Enterprise,
    InsurancePolicy,
    Placement,
    Post,
    Student,
)
from jilin_apprentice.storage.uow import UnitOfWork

OPEN = (PlacementStatus.DRAFT, PlacementStatus.APPROVED, PlacementStatus.ACTIVE)
WORKING_DAYS_PER_MONTH_X100 = 2175  # 劳社部发〔2008〕3号: 21.75 paid days a month (R-JL-MW-2)


@dataclass(frozen=True)
class ComplianceFinding:
    placement_id: int
    student_id: int
    student_name: str
    rule_id: str
    severity: str
    field: str
    params: dict[str, object]


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


def insured_until(start: dt.date, periods: list[tuple[dt.date, dt.date]]) -> dt.date | None:
    """Last day of unbroken cover from `start` (None: the first day is not covered)."""
    covered_to: dt.date | None = None
    for begin, end in sorted(periods):
        reach = start if covered_to is None else covered_to + dt.timedelta(days=1)
        if begin <= reach <= end:
            covered_to = end if covered_to is None else max(covered_to, end)
        elif begin > reach:
            break
    return covered_to


class ComplianceService:
    def __init__(self, uow: UnitOfWork, today: Callable[[], dt.date]) -> None:
        self._uow = uow
        self._today = today

    def scan(self, params: RuleParams | None = None) -> list[ComplianceFinding]:
        """Every finding over all open placements (draft, approved, active)."""
        stmt = (
            select(Placement, Student, Post, Enterprise)
            .join(Student, Student.id == Placement.student_id)
            .join(Post, Post.id == Placement.post_id)
            .join(Enterprise, Enterprise.id == Placement.enterprise_id)
            .where(Placement.status.in_(OPEN))
            .order_by(Placement.start_date, Placement.id)
        )
        cover_stmt = (
            select(Coverage.student_id, Coverage.start_date, Coverage.end_date)
            .join(InsurancePolicy, InsurancePolicy.id == Coverage.policy_id)
            .where(InsurancePolicy.type == PolicyType.INTERNSHIP_LIABILITY)
        )
        findings: list[ComplianceFinding] = []
        with self._uow.read() as session:
            cover: dict[int, list[tuple[dt.date, dt.date]]] = defaultdict(list)
            for student_id, begin, end in session.execute(cover_stmt):
                cover[student_id].append((begin, end))
            for p, s, post, e in session.execute(stmt):
                facts = self._facts(p, s, post, e, cover.get(s.id, []))
                findings += [
                    ComplianceFinding(p.id, s.id, s.name, f.rule_id, f.severity, f.field, f.params)
                    for f in check_placement(facts, params)
                ]
        return findings

    @staticmethod
    def _facts(
        p: Placement, s: Student, post: Post, e: Enterprise, cover: list[tuple[dt.date, dt.date]]
    ) -> PlacementFacts:
        return PlacementFacts(
            placement_type=p.type.value,
            source=p.source.value,
            start_date=p.start_date,
            end_date=p.end_date,
            birth_date=s.birth_date,
            sex=s.sex.value,
            study_mode=s.study_mode.value,
            grade_year_at_start=grade_year(s.enrolment_date, p.start_date),
            hours_per_day_x10=p.hours_per_day_x10,
            days_per_week=p.days_per_week,
            shift_start=p.shift_start,
            shift_end=p.shift_end,
            overtime_allowed=p.overtime_allowed,
            work_on_rest_days=p.work_on_rest_days,
            work_on_public_holidays=p.work_on_public_holidays,
            independence=p.independence.value,
            pay_amount_fen=p.pay_amount_fen,
            pay_monthly_equiv_fen=monthly_equivalent_fen(
                p.pay_amount_fen, p.pay_unit.value, p.hours_per_day_x10
            ),
            pay_method=p.pay_method.value,
            payee_is_student=p.payee_name in (None, "", s.name),
            same_post_wage_fen=post.same_post_wage_fen,
            lowest_wage_grade_fen=e.lowest_wage_grade_fen,
            venue_type=e.venue_type.value,
            is_intermediary=e.is_intermediary_or_dispatch,
            hazards=tuple(h for h in post.hazards.split(",") if h),
            intensity_level=post.physical_intensity_level,
            minor_prohibited=post.minor_prohibited,
            female_prohibited=post.female_prohibited,
            credit_restricted=e.credit_status.value == "restricted",
            consent_student_signed=p.consent_student_signed,
            consent_guardian_signed=p.consent_guardian_signed,
            enterprise_mentor_id=p.enterprise_mentor_id,
            school_supervisor_id=p.school_supervisor_id,
            insured_until=insured_until(p.start_date, cover),
        )
