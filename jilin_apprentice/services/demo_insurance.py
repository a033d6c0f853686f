"""Insurance for the demo placements: the school's liability policy per school year, employers'
accident cover for apprentices, and the planted policy that ends two weeks too early (R-INS-1).

Split from demo_placements.py; the planner collects who needs cover while it places students.
"""

from __future__ import annotations

import datetime as dt
import random

from jilin_apprentice.domain.enums import Payer, PolicyType
from jilin_apprentice.services.demo_posts import RowSink
from jilin_apprentice.storage.models import Coverage, InsurancePolicy

INSURERS = ("长白财产保险股份有限公司吉林分公司", "北辰人寿保险股份有限公司吉林分公司")
Cover = tuple[int, int, dt.date, dt.date]  # placement id, student id, first and last day


def seed_insurance(
    w: RowSink,
    rng: random.Random,
    year_start: dt.date,
    covered: list[Cover],
    accident: list[Cover],
    gap: Cover | None,
) -> None:
    """School-paid liability cover per school year (R-INS-1/2), accident cover for apprentices
    bought by employers, and one enterprise policy that ends two weeks too early."""
    years = sorted(
        {
            y
            for _, _, a, b in covered
            for y in range(a.year - 1, b.year + 1)
            if dt.date(y, 9, 1) <= b and a <= dt.date(y + 1, 8, 31)
        }
    )
    for y in years:
        period = (dt.date(y, 9, 1), dt.date(y + 1, 8, 31))
        people = sum(1 for _, _, a, b in covered if a <= period[1] and b >= period[0])
        policy = _policy(
            w, rng, PolicyType.INTERNSHIP_LIABILITY, INSURERS[0], Payer.SCHOOL, period, people
        )
        _cover(w, policy, period, covered)
    if accident:
        period = (year_start, dt.date(year_start.year + 1, 8, 31))
        policy = _policy(
            w,
            rng,
            PolicyType.PERSONAL_ACCIDENT,
            INSURERS[1],
            Payer.ENTERPRISE,
            period,
            len(accident),
        )
        _cover(w, policy, period, accident)
    if gap is not None:
        period = (gap[2], gap[3])
        policy = _policy(
            w, rng, PolicyType.INTERNSHIP_LIABILITY, INSURERS[0], Payer.ENTERPRISE, period, 1
        )
        _cover(w, policy, period, [gap])


def _policy(
    w: RowSink,
    rng: random.Random,
    kind: PolicyType,
    insurer: str,
    payer: Payer,
    period: tuple[dt.date, dt.date],
    people: int,
) -> int:
    return w.add(
        InsurancePolicy,
        {
            "insurer": insurer,
            "type": kind,
            "premium_payer": payer,
            "policy_no": f"P{period[0]:%Y%m}{rng.randrange(10**8):08d}",
            "sum_insured_per_person_fen": 50_000_000
            if kind == PolicyType.INTERNSHIP_LIABILITY
            else 20_000_000,
            "premium_fen": 3000 * max(1, people),
            "start_date": period[0],
            "end_date": period[1],
        },
    )


def _cover(
    w: RowSink,
    policy_id: int,
    period: tuple[dt.date, dt.date],
    rows: list[Cover],
) -> None:
    for placement_id, student_id, start, end in rows:
        lo, hi = max(start, period[0]), min(end, period[1])
        if lo <= hi:
            w.add(
                Coverage,
                {
                    "policy_id": policy_id,
                    "student_id": student_id,
                    "placement_id": placement_id,
                    "start_date": lo,
                    "end_date": hi,
                },
            )
