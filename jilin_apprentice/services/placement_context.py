"""What the rules need to know about a placement's surroundings, loaded in bulk.

The same loader serves the whole-database scan (every open placement, a handful of queries) and
the editor (one draft, re-checked on every keystroke from a context loaded once).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import AgreementStatus, PlacementStatus, PlacementType
from jilin_apprentice.services.rule_params import value_in_force
from jilin_apprentice.storage.models import (
    Agreement,
    Coverage,
    InsurancePolicy,
    Placement,
    SchoolProfile,
)

COUNTED = (PlacementStatus.APPROVED, PlacementStatus.ACTIVE)  # what the caps count
SIGNED = (AgreementStatus.SIGNED_ALL, AgreementStatus.ARCHIVED)


@dataclass(frozen=True)
class Interval:
    placement_id: int
    start: dt.date
    end: dt.date


@dataclass
class PeakIndex:
    """Interns per day for one enterprise or post; the peak over a period is a slice max."""

    intervals: list[Interval] = field(default_factory=list)
    _first: dt.date | None = None
    _counts: list[int] = field(default_factory=list)

    def _build(self) -> None:
        if self._counts or not self.intervals:
            return
        first = min(i.start for i in self.intervals)
        last = max(i.end for i in self.intervals)
        delta = [0] * ((last - first).days + 2)
        for i in self.intervals:
            delta[(i.start - first).days] += 1
            delta[(i.end - first).days + 1] -= 1
        self._first = first
        self._counts = list(itertools.accumulate(delta))

    def peak(self, start: dt.date, end: dt.date, extra: Interval | None) -> tuple[int, dt.date]:
        """Most interns on any day of [start, end], counting `extra` if it is not yet counted."""
        self._build()
        own = extra is not None and all(
            i.placement_id != extra.placement_id for i in self.intervals
        )
        best, best_day = 0, start
        if self._first is not None:
            lo = max(0, (start - self._first).days)
            hi = min(len(self._counts) - 1, (end - self._first).days)
            if lo <= hi:
                window = self._counts[lo : hi + 1]
                best = max(window)
                best_day = self._first + dt.timedelta(days=lo + window.index(best))
        return best + (1 if own else 0), best_day


@dataclass
class SchoolSettings:
    province: str = "吉林省"
    county_code: str | None = None
    same_prefecture_is_local: bool = True


def load_school_settings(session: Session, on: dt.date) -> SchoolSettings:
    school = session.scalars(select(SchoolProfile).limit(1)).first()
    settings = SchoolSettings()
    if school is not None:
        settings.county_code = school.county_code
    value = value_in_force(session, "lodging_away", on)
    if value is not None:
        settings.same_prefecture_is_local = bool(value.get("same_prefecture_is_local", True))
    return settings


def is_away(settings: SchoolSettings, enterprise_county: str | None) -> bool:
    """外地 for R-LODGE-1: outside the school's prefecture (or county, by setting)."""
    if not settings.county_code or not enterprise_county:
        return False
    digits = 4 if settings.same_prefecture_is_local else 6
    return settings.county_code[:digits] != enterprise_county[:digits]


@dataclass
class Surroundings:
    """Caps, durations, insurance and agreements, for the placements of interest."""

    by_enterprise: dict[int, PeakIndex]
    by_post: dict[int, PeakIndex]
    post_days: dict[int, list[Interval]]  # student -> their 岗位实习 (not terminated)
    cover: dict[int, list[tuple[dt.date, dt.date]]]  # student -> liability cover periods
    signed: set[int]  # placement ids with an agreement signed by all parties
    school: SchoolSettings

    def student_post_days(self, student_id: int, own: Interval | None) -> int:
        spans = [
            i
            for i in self.post_days.get(student_id, [])
            if own is None or i.placement_id != own.placement_id
        ]
        if own is not None:
            spans.append(own)
        return sum((i.end - i.start).days + 1 for i in spans)


def load_surroundings(
    session: Session,
    *,
    on: dt.date,
    enterprise_ids: Iterable[int] | None = None,
    post_ids: Iterable[int] | None = None,
    student_ids: Iterable[int] | None = None,
) -> Surroundings:
    """Everything around the placements; None for an id filter means every row (the scan).

    Core rows (connection.execute), not ORM loading: this reads every open placement.
    """
    conn = session.connection()
    P = Placement  # noqa: N806
    counted = select(P.id, P.enterprise_id, P.post_id, P.start_date, P.end_date).where(
        P.type == PlacementType.POST, P.status.in_(COUNTED)
    )
    if enterprise_ids is not None or post_ids is not None:
        ents, posts = list(enterprise_ids or []), list(post_ids or [])
        counted = counted.where(P.enterprise_id.in_(ents) | P.post_id.in_(posts))
    by_enterprise: dict[int, PeakIndex] = defaultdict(PeakIndex)
    by_post: dict[int, PeakIndex] = defaultdict(PeakIndex)
    for pid, ent, post, start, end in conn.execute(counted):
        by_enterprise[ent].intervals.append(Interval(pid, start, end))
        by_post[post].intervals.append(Interval(pid, start, end))

    posts_stmt = select(P.id, P.student_id, P.start_date, P.end_date).where(
        P.type == PlacementType.POST, P.status != PlacementStatus.TERMINATED
    )
    cover_stmt = (
        select(Coverage.student_id, Coverage.start_date, Coverage.end_date)
        .join(InsurancePolicy, InsurancePolicy.id == Coverage.policy_id)
        .where(InsurancePolicy.type == "internship_liability")
    )
    signed_stmt = select(Agreement.placement_id).where(Agreement.status.in_(SIGNED))
    if student_ids is not None:
        wanted = list(student_ids)
        posts_stmt = posts_stmt.where(P.student_id.in_(wanted))
        cover_stmt = cover_stmt.where(Coverage.student_id.in_(wanted))
        signed_stmt = signed_stmt.join(P, P.id == Agreement.placement_id).where(
            P.student_id.in_(wanted)
        )
    post_days: dict[int, list[Interval]] = defaultdict(list)
    for pid, sid, start, end in conn.execute(posts_stmt):
        post_days[sid].append(Interval(pid, start, end))
    cover: dict[int, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for sid, start, end in conn.execute(cover_stmt):
        cover[sid].append((start, end))
    signed = set(conn.execute(signed_stmt).scalars())
    return Surroundings(
        by_enterprise, by_post, post_days, cover, signed, load_school_settings(session, on)
    )


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
