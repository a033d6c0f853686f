"""Apprenticeships, placements and insurance for the demo school, with planted rule cases.

Ordinary placements are built to pass the 2021 rules (age, grade, consent, hours, pay, caps,
insurance), so that the few planted cases are the compliance screen's findings rather than
noise. Their ids come back from `PlacementPlanner.plan` under stable names ("placement.x").
The posts it draws from are in demo_posts.py, the policies it buys in demo_insurance.py.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

from jilin_apprentice.domain.enums import (
    AgreementStatus,
    IndependenceLevel,
    Lodging,
    PayMethod,
    PlacementSource,
    PlacementStatus,
    PlacementType,
    Programme,
    SkillLevel,
)
from jilin_apprentice.services.demo_insurance import seed_insurance
from jilin_apprentice.services.demo_names import TERMINATION_REASONS
from jilin_apprentice.services.demo_posts import PostPool, PostSlot, RowSink, SeedStudent
from jilin_apprentice.storage.models import Agreement, Apprenticeship, Placement

S, T = PlacementStatus, PlacementType
DAY = dt.timedelta(days=1)
SCHEDULES = ((dt.time(8, 30), dt.time(17, 30), 80),) * 14 + (
    (dt.time(8, 0), dt.time(17, 0), 80),
    (dt.time(8, 0), dt.time(17, 0), 80),
    (dt.time(9, 0), dt.time(17, 30), 75),
    (dt.time(9, 0), dt.time(17, 30), 75),
)  # mostly 8 h x 5 d, 08:30-17:30 with a lunch hour; none touches 22:00-06:00


def _monday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)


def _fen(value: float) -> int:
    """Round pay up to whole 10 yuan (1000 fen), as pay terms are written."""
    return math.ceil(value / 1000) * 1000


class PlacementPlanner:
    """Gives ~10 % of students an apprenticeship and ~40 % of the older cohorts a placement."""

    def __init__(self, w: RowSink, rng: random.Random, today: dt.date, pool: PostPool) -> None:
        self.w, self.rng, self.today, self.pool = w, rng, today, pool
        self.year_start = dt.date(today.year if today.month >= 9 else today.year - 1, 9, 1)
        self.covered: list[tuple[int, int, dt.date, dt.date]] = []  # liability insurance
        self.accident: list[tuple[int, int, dt.date, dt.date]] = []  # apprentices, enterprise
        self.flagged: dict[str, int] = {}
        self.gap: tuple[int, int, dt.date, dt.date] | None = None
        self.serial = 0

    def plan(
        self, students: list[SeedStudent], young_id: int | None, cohorts: tuple[int, ...]
    ) -> dict[str, int]:
        """Planted cases first (so they get posts of their own 专业大类), then the rest."""
        older = [s for s in students if s.cohort in cohorts[:2]]
        pool = [s for s in older if s.placeable]  # second- and third-years (R-AGE-2)
        self.rng.shuffle(pool)
        self._planted(pool, next((s for s in students if s.id == young_id), None))
        placed = sum(key.startswith("placement.") for key in self.flagged)
        n_app = min(round(0.10 * len(students)), len(pool) // 2)
        n_other = max(0, round(0.40 * len(older)) - n_app - placed)
        for s in pool[:n_app]:
            self._apprentice(s, senior=s.cohort == cohorts[0])
        for s in pool[n_app : n_app + n_other]:
            self._ordinary(s, senior=s.cohort == cohorts[0])
        self._insurance()
        return self.flagged

    # --- dates and rows -----------------------------------------------------------------

    def _dates(self, status: S, kind: T, cohort: int) -> tuple[dt.date, dt.date] | None:
        """Dates for a status around `today`; None when the cohort's calendar cannot fit it."""
        rng, today = self.rng, self.today
        days = 4 if kind == T.COGNITIVE else 180  # a week's visit; ~6 months (R-DUR-1)
        if status == S.ACTIVE:
            start = max(self.year_start, today - dt.timedelta(days=rng.randint(20, 80)))
            return (
                (today - 2 * DAY, today + 2 * DAY)
                if kind == T.COGNITIVE
                else (start, start + days * DAY)
            )
        if status in (S.APPROVED, S.DRAFT):
            start = _monday(today + dt.timedelta(days=rng.randint(7, 60)))
            return start, start + min(days, 150) * DAY
        if status == S.TERMINATED:
            start = max(self.year_start, today - dt.timedelta(days=rng.randint(60, 85)))
            end = today - dt.timedelta(days=rng.randint(1, 20))
            return (start, end) if end >= start else None
        start = _monday(
            dt.date(cohort + 1, 5, 10)
            if kind == T.COGNITIVE  # first-year May
            else dt.date(cohort + 2, 3, 1)
        )  # second-year spring term
        end = start + (days if kind == T.COGNITIVE else 119) * DAY
        return (start, end) if end < today else None

    def _placement(
        self,
        s: SeedStudent,
        slot: PostSlot,
        kind: T,
        status: S,
        dates: tuple[dt.date, dt.date],
        **extra: Any,
    ) -> int:
        """One placement that passes every rule unless `extra` overrides a field on purpose."""
        rng, (start, end) = self.rng, dates
        draft, paid = status == S.DRAFT, kind != T.COGNITIVE
        shift_start, shift_end, hours = rng.choice(SCHEDULES)
        independent = paid and rng.random() < 0.6
        self.serial += 1
        row = {
            "student_id": s.id,
            "enterprise_id": slot.enterprise_id,
            "post_id": slot.post_id,
            "type": kind,
            "status": status,
            "start_date": start,
            "end_date": end,
            "enterprise_mentor_id": self.pool.mentor(slot.enterprise_id) if paid else None,
            "school_supervisor_id": s.supervisor_id,
            "independence": IndependenceLevel.RELATIVELY_INDEPENDENT
            if independent
            else IndependenceLevel.ASSISTING,
            "hours_per_day_x10": hours if paid else 60,
            "days_per_week": 5,
            "shift_start": shift_start,
            "shift_end": shift_end if paid else dt.time(15, 30),
            "pay_amount_fen": _fen(slot.wage_fen * rng.uniform(0.8, 1.0)) if paid else None,
            "payee_name": s.name if paid else None,
            "payday": rng.randint(5, 15),
            "consent_student_signed": not draft,
            "consent_guardian_signed": not draft,
            "consent_signed_date": None if draft else start - 21 * DAY,
            "school_approval_date": None if draft else start - 14 * DAY,
            "lodging": Lodging.UNIFIED if rng.random() < 0.7 else Lodging.HOME,
            "filing_ref": None if draft or not paid else f"实习备案-{start.year}-{self.serial:05d}",
            "safety_training_date": None if draft else start - 3 * DAY,
            "safety_assessment_passed": not draft,
            "termination_reason": rng.choice(TERMINATION_REASONS)
            if status == S.TERMINATED
            else None,
        }
        signed = kind == T.POST and not draft and not extra.pop("no_agreement", False)
        row.update(extra)
        placement_id = self.w.add(Placement, row)
        if paid and not draft:
            self.covered.append((placement_id, s.id, start, end))
        if signed:  # signed on paper by all parties before the start (R-AGR-1)
            self.w.add(
                Agreement,
                {
                    "placement_id": placement_id,
                    "number": f"SX{start.year}-{self.serial:06d}",
                    "status": AgreementStatus.SIGNED_ALL,
                    "copies": 3,
                },
            )
        return placement_id

    # --- who gets what ------------------------------------------------------------------

    def _ordinary(self, s: SeedStudent, *, senior: bool) -> None:
        """Third-years mostly on 岗位实习; second-years half 认识实习 (R-AGE-2: not in year 1)."""
        rng = self.rng
        slot = self.pool.take(s.category)
        if slot is None:
            return
        kind = T.POST if rng.random() < (0.85 if senior else 0.5) else T.COGNITIVE
        if kind == T.POST:
            weights = (45, 65, 77, 92, 100) if senior else (50, 50, 75, 90, 100)
            statuses = (S.ACTIVE, S.COMPLETED, S.APPROVED, S.DRAFT, S.TERMINATED)
        else:
            weights, statuses = (60, 80, 100), (S.COMPLETED, S.APPROVED, S.DRAFT)
        status = rng.choices(statuses, cum_weights=weights)[0]
        dates = self._dates(status, kind, s.cohort)
        if dates is None:
            status, dates = S.ACTIVE, self._dates(S.ACTIVE, kind, s.cohort)
        assert dates is not None
        if kind == T.POST and rng.random() < 0.3:  # an earlier first-year visit
            visit = self._dates(S.COMPLETED, T.COGNITIVE, s.cohort)
            if visit and visit[1] < dates[0]:
                self._placement(s, slot, T.COGNITIVE, S.COMPLETED, visit)
        self_chosen = kind == T.POST and rng.random() < 0.05  # with application and approval
        self._placement(
            s,
            slot,
            kind,
            status,
            dates,
            **(
                {
                    "source": PlacementSource.SELF_CHOSEN,
                    "self_choice_application": True,
                }
                if self_chosen
                else {}
            ),
        )

    def _apprentice(self, s: SeedStudent, *, senior: bool) -> None:
        """现代学徒制 (school_joint) or, for third-years, 企业新型学徒制 with a labour contract."""
        rng = self.rng
        slot = self.pool.take(s.category)
        if slot is None:
            return
        programme = (
            Programme.ENTERPRISE_NEW_APPRENTICESHIP
            if senior and rng.random() < 0.3
            else Programme.SCHOOL_JOINT_ENROLMENT
        )
        employee = programme == Programme.ENTERPRISE_NEW_APPRENTICESHIP
        if employee:  # ~2 years, contract >= 1 year (R-APP-4, R-APP-6)
            start, end = dt.date(s.cohort + 2, 3, 1), dt.date(s.cohort + 4, 2, 28)
        else:
            start, end = dt.date(s.cohort + 1, 9, 1), dt.date(s.cohort + 3, 6, 30)
        status = S.APPROVED if start > self.today else S.COMPLETED if end < self.today else S.ACTIVE
        wage = _fen(max(slot.wage_fen * 0.9, slot.lowest_fen)) if employee else None
        self.serial += 1
        app_id = self.w.add(
            Apprenticeship,
            {
                "student_id": s.id,
                "programme": programme,
                "employer_id": slot.enterprise_id,
                "enterprise_mentor_id": self.pool.mentor(slot.enterprise_id),
                "school_mentor_id": s.supervisor_id,
                "start_date": start,
                "end_date": end,
                "target_level": SkillLevel.INTERMEDIATE
                if rng.random() < 0.7
                else SkillLevel.ADVANCED,
                "training_agreement_ref": f"XTPY-{s.cohort}-{self.serial:05d}",
                "training_agreement_date": start - 20 * DAY,
                "labour_contract_start": start if employee else None,
                "labour_contract_end": end if employee else None,
                "wage_monthly_fen": wage,
                "status": status,
            },
        )
        if status == S.COMPLETED:
            return
        phase = max(start, self.year_start, self.today - dt.timedelta(days=rng.randint(20, 80)))
        phase = start if status == S.APPROVED else phase
        dates = (phase, min(end, phase + 150 * DAY))
        extra: dict[str, Any] = {"apprenticeship_id": app_id}
        if wage is not None:
            extra["pay_amount_fen"] = wage
        placement_id = self._placement(s, slot, T.APPRENTICESHIP, status, dates, **extra)
        self.accident.append((placement_id, s.id, *dates))

    def _planted(self, pool: list[SeedStudent], young: SeedStudent | None) -> None:
        """One placement per rule case, each breaking that rule alone; takes its students
        out of `pool`. The case names are what tests and the compliance screen look for."""
        night = {"shift_start": dt.time(15, 0), "shift_end": dt.time(23, 0)}
        cases: list[tuple[str, S, T, str | None, dict[str, Any]]] = [
            ("night_shift", S.ACTIVE, T.POST, None, night),  # R-TIME-3
            ("pay_below_80pct", S.ACTIVE, T.POST, None, {}),  # R-PAY-2
            (
                "guardian_consent_missing",
                S.APPROVED,
                T.POST,
                None,
                {"consent_guardian_signed": False},
            ),  # R-CONSENT-1
            (
                "self_chosen_cognitive",
                S.APPROVED,
                T.COGNITIVE,
                None,
                {"source": PlacementSource.SELF_CHOSEN, "self_choice_application": True},
            ),  # R-TYPE-2
            ("overtime_allowed", S.ACTIVE, T.POST, None, {"overtime_allowed": True}),  # R-TIME-3
            ("ktv_venue", S.APPROVED, T.POST, "ktv", {}),  # R-PROH-1
            ("credit_restricted", S.APPROVED, T.POST, "restricted", {}),  # R-JL-2
            ("insurance_gap", S.ACTIVE, T.POST, None, {}),  # R-INS-1
            ("agreement_missing", S.ACTIVE, T.POST, None, {"no_agreement": True}),  # R-AGR-1
            ("hours_over_8", S.ACTIVE, T.POST, None, {"hours_per_day_x10": 90}),  # R-TIME-2
            ("holiday_work", S.APPROVED, T.POST, None, {"work_on_public_holidays": True}),
            (
                "safety_training_missing",
                S.APPROVED,
                T.POST,
                None,
                {"safety_training_date": None, "safety_assessment_passed": False},
            ),  # R-SAFE-1
            ("pay_missing", S.APPROVED, T.POST, None, {"pay_amount_fen": None}),  # R-PAY-1
            ("pay_cycle_long", S.APPROVED, T.POST, None, {"pay_cycle_days": 60}),  # R-PAY-4
            (
                "third_party_pay",
                S.ACTIVE,
                T.POST,
                None,
                {"pay_method": PayMethod.THIRD_PARTY},
            ),  # R-PAY-3
            ("supervisor_missing", S.APPROVED, T.POST, None, {"school_supervisor_id": None}),
            ("filing_missing", S.APPROVED, T.POST, None, {"filing_ref": None}),  # R-DUR-2
            (
                "self_chosen_unapproved",
                S.APPROVED,
                T.POST,
                None,
                {"source": PlacementSource.SELF_CHOSEN, "school_approval_date": None},
            ),  # R-CONSENT-2
        ]
        for name, slot_ in (
            ("ktv", "ktv"),
            ("intermediary", "intermediary"),
            ("credit_restricted", "restricted"),
        ):
            if slot_ in self.pool.special:
                self.flagged[f"enterprise.{name}"] = self.pool.special[slot_].enterprise_id
        if young is not None:  # R-AGE-1: 15 at the start of a 岗位实习
            slot = self.pool.take_near(young.category)
            start = min(self.year_start + 7 * DAY, self.today)
            if slot is not None:
                self.flagged["placement.age_under_16"] = self._placement(
                    young, slot, T.POST, S.ACTIVE, (start, start + 150 * DAY)
                )
        for name, status, kind, special, extra in cases:
            fixed = self.pool.special.get(special) if special else None
            s = next((s for s in pool if fixed is None or s.category == fixed.category), None)
            if s is None and pool:
                s = pool[0]  # a small demo may lack a matching major: accept R-MAJ-1 too
            if s is None:
                continue
            pool.remove(s)
            slot = fixed or self.pool.take_near(s.category)
            dates = self._dates(status, kind, s.cohort)
            if slot is None or dates is None:
                continue
            if name == "pay_below_80pct":
                pay = min(slot.wage_fen * 8 // 10 - 10000, slot.lowest_fen - 1000)
                extra = {
                    "pay_amount_fen": pay,
                    "independence": IndependenceLevel.RELATIVELY_INDEPENDENT,
                }
            placement_id = self._placement(s, slot, kind, status, dates, **extra)
            self.flagged[f"placement.{name}"] = placement_id
            if name == "insurance_gap":
                self.covered.pop()  # its only cover ends 14 days early (demo_insurance)
                self.gap = (placement_id, s.id, dates[0], dates[1] - 14 * DAY)

    # --- insurance ----------------------------------------------------------------------

    def _insurance(self) -> None:
        """School-paid liability cover per school year (R-INS-1/2), accident cover for apprentices
        bought by employers, and one enterprise policy that ends two weeks too early."""
        seed_insurance(self.w, self.rng, self.year_start, self.covered, self.accident, self.gap)
