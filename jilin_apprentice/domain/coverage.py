"""Insurance cover as interval arithmetic (R-INS-1, R-INS-2, R-INS-4): pure, no storage.

Days are inclusive date ranges; a day counts as covered when any liability cover span contains
it. Spans are merged once per student and each placement is cut against them with bisect, so
the cost grows with the number of spans, not with the number of days.

Cover is per student: a policy names the insured interns, not a workplace, so cover bought
while the student was at the first enterprise still counts after a change of enterprise. The
placement's segments per enterprise only say *where* the student was on an uncovered day.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.domain.rules.model import BLOCK, WARN, Finding

ONE_DAY = dt.timedelta(days=1)
GAP_RULE = "R-INS-1"
EXPIRY_RULE = "R-INS-EXPIRY"
PAYER_RULE = "R-INS-2"
MINIMUM_RULE = "R-INS-4"
LIABILITY = "internship_liability"


@dataclass(frozen=True)
class CoverSpan:
    """Days [start, end] on which one policy covers the student."""

    start: dt.date
    end: dt.date
    policy_no: str = ""


@dataclass(frozen=True)
class Segment:
    """Part of a placement spent at one enterprise (changes of enterprise split a placement)."""

    start: dt.date
    end: dt.date
    enterprise_id: int | None = None


@dataclass(frozen=True)
class Gap:
    """Uncovered days [start, end] and the enterprise the student was at then."""

    start: dt.date
    end: dt.date
    enterprise_id: int | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class InsuranceSettings:
    """Reference value "insurance": the school's minimum sum insured and the warning steps."""

    min_sum_insured_fen: int = 0
    expiry_warn_days: tuple[int, ...] = (30, 7)

    @classmethod
    def from_value(cls, value: Mapping[str, Any] | None) -> InsuranceSettings:
        """From the stored JSON; missing keys keep the rulebook defaults."""
        value = value or {}
        steps = value.get("expiry_warn_days", cls.expiry_warn_days)
        return cls(
            min_sum_insured_fen=int(value.get("min_sum_insured_fen") or 0),
            expiry_warn_days=tuple(sorted((int(d) for d in steps), reverse=True)),
        )


def merge_cover(spans: Iterable[CoverSpan]) -> list[CoverSpan]:
    """Sorted, disjoint blocks; spans that overlap or abut (end + 1 day = start) join up.

    A block keeps the policy number of the span reaching its last day: that policy's lapse is
    the one to warn about.
    """
    merged: list[CoverSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start <= merged[-1].end + ONE_DAY:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = CoverSpan(last.start, span.end, span.policy_no)
        else:
            merged.append(span)
    return merged


def subtract(
    start: dt.date, end: dt.date, merged: Sequence[CoverSpan]
) -> list[tuple[dt.date, dt.date]]:
    """The days of [start, end] outside the merged blocks, as inclusive ranges."""
    ends = [b.end for b in merged]
    i = bisect.bisect_left(ends, start)  # first block that ends on or after `start`
    out: list[tuple[dt.date, dt.date]] = []
    cursor = start
    while i < len(merged) and merged[i].start <= end:
        block = merged[i]
        if block.start > cursor:
            out.append((cursor, block.start - ONE_DAY))
        cursor = max(cursor, block.end + ONE_DAY)
        if cursor > end:
            return out
        i += 1
    if cursor <= end:
        out.append((cursor, end))
    return out


def segments(
    start: dt.date,
    end: dt.date,
    enterprise_id: int | None,
    history: Iterable[tuple[dt.date, dt.date | None, int]] = (),
) -> list[Segment]:
    """Split [start, end] at each change of enterprise.

    `history` holds the earlier posts as (from, to, enterprise); the placement row holds the
    current enterprise from the day after the last `to`. The segments always cover the whole
    placement, extensions included (the end date is the placement's current one).
    """
    pieces: list[Segment] = []
    cursor = start
    for _, to, ent in sorted(history, key=lambda h: (h[0], h[1] or end)):
        last = min(to or end, end)
        if last < cursor:
            continue
        pieces.append(Segment(cursor, last, ent))
        cursor = last + ONE_DAY
    if cursor <= end:
        pieces.append(Segment(cursor, end, enterprise_id))
    joined: list[Segment] = []
    for piece in pieces:
        if joined and joined[-1].enterprise_id == piece.enterprise_id:
            joined[-1] = Segment(joined[-1].start, piece.end, piece.enterprise_id)
        else:
            joined.append(piece)
    return joined


def uncovered(parts: Sequence[Segment], merged: Sequence[CoverSpan]) -> list[Gap]:
    """Uncovered days per segment, so each gap names the enterprise of those days."""
    return [
        Gap(a, b, part.enterprise_id)
        for part in parts
        for a, b in subtract(part.start, part.end, merged)
    ]


def gap_finding(gaps: Sequence[Gap]) -> Finding | None:
    """R-INS-1 (block): the uncovered ranges, adjacent pieces at two enterprises joined."""
    if not gaps:
        return None
    ranges: list[list[dt.date]] = []
    for gap in gaps:
        if ranges and gap.start == ranges[-1][1] + ONE_DAY:
            ranges[-1][1] = gap.end
        else:
            ranges.append([gap.start, gap.end])
    return Finding(
        GAP_RULE,
        BLOCK,
        "insurance",
        {
            "gaps": [[a.isoformat(), b.isoformat()] for a, b in ranges],
            "uncovered_days": sum(g.days for g in gaps),
        },
    )


def expiry_findings(
    start: dt.date,
    end: dt.date,
    merged: Sequence[CoverSpan],
    today: dt.date,
    warn_days: Sequence[int] = (30, 7),
) -> list[Finding]:
    """R-INS-EXPIRY (warn): cover of this placement ends within the largest warning step while
    the placement goes on after it. `within` is the smallest step reached (30, then 7)."""
    if not warn_days:
        return []
    steps = sorted(warn_days)
    found = []
    for block in merged:
        if block.end < max(start, today) or block.start > end or block.end >= end:
            continue
        days_left = (block.end - today).days
        reached = [s for s in steps if days_left <= s]
        if reached:
            found.append(
                Finding(
                    EXPIRY_RULE,
                    WARN,
                    "insurance",
                    {
                        "policy_no": block.policy_no,
                        "ends": block.end.isoformat(),
                        "days_left": days_left,
                        "within": reached[0],
                    },
                )
            )
    return found


def policy_findings(
    *,
    policy_no: str,
    policy_type: str,
    premium_payer: str,
    sum_insured_fen: int | None,
    min_sum_insured_fen: int = 0,
) -> list[Finding]:
    """Findings on the policy itself: the student pays (R-INS-2, block) or the liability sum
    insured per person is below the school's minimum (R-INS-4, warn; unknown counts as below)."""
    found = []
    if premium_payer == "student":
        found.append(Finding(PAYER_RULE, BLOCK, "premium_payer", {"policy_no": policy_no}))
    below = sum_insured_fen is None or sum_insured_fen < min_sum_insured_fen
    if policy_type == LIABILITY and min_sum_insured_fen > 0 and below:
        params: dict[str, Any] = {"policy_no": policy_no, "min_fen": min_sum_insured_fen}
        if sum_insured_fen is None:
            params["missing"] = True
        else:
            params["sum_insured_fen"] = sum_insured_fen
        found.append(Finding(MINIMUM_RULE, WARN, "sum_insured_per_person_fen", params))
    return found


def placement_cover_findings(
    parts: Sequence[Segment],
    merged: Sequence[CoverSpan],
    today: dt.date,
    settings: InsuranceSettings,
) -> tuple[list[Gap], list[Finding]]:
    """Gaps and the gap/expiry findings of one placement against the student's merged cover."""
    if not parts:
        return [], []
    gaps = uncovered(parts, merged)
    found = [f for f in (gap_finding(gaps),) if f is not None]
    found += expiry_findings(
        parts[0].start, parts[-1].end, merged, today, settings.expiry_warn_days
    )
    return gaps, found


def overlaps(a_start: dt.date, a_end: dt.date, b_start: dt.date, b_end: dt.date) -> bool:
    return a_start <= b_end and b_start <= a_end


def clip(
    a_start: dt.date, a_end: dt.date, b_start: dt.date, b_end: dt.date
) -> tuple[dt.date, dt.date] | None:
    """The common days of two ranges (None: none)."""
    lo, hi = max(a_start, b_start), min(a_end, b_end)
    return (lo, hi) if lo <= hi else None


POLICY_TYPES = ("internship_liability", "personal_accident", "work_injury")
PAYERS = ("school", "enterprise", "student")
MAX_FEN = 10**11  # 1,000,000,000 yuan: anything above is a typing slip, not a policy
TEXT_LIMITS = {"insurer": 120, "policy_no": 60}


def policy_input_violations(
    *,
    insurer: str,
    policy_no: str,
    type: str,
    premium_payer: str,
    start_date: dt.date | None,
    end_date: dt.date | None,
    sum_insured_per_person_fen: int | None,
    premium_fen: int | None,
) -> list[Violation]:
    """Bad policy input, each naming its field; the student as premium payer is refused outright
    (R-INS-2: the premium is never charged to students or deducted from their pay)."""
    problems: list[Violation] = []
    for name, text in (("insurer", insurer), ("policy_no", policy_no)):
        if not (text or "").strip():
            problems.append(Violation(name, "required"))
        elif len(text.strip()) > TEXT_LIMITS[name]:
            problems.append(Violation(name, "too_long", {"max": TEXT_LIMITS[name]}))
    if type not in POLICY_TYPES:
        problems.append(Violation("policy_type", "choice.invalid"))
    if premium_payer == "student":
        problems.append(
            Violation("premium_payer", "policy.premium_payer_student", {"rule": PAYER_RULE})
        )
    elif premium_payer not in PAYERS:
        problems.append(Violation("premium_payer", "choice.invalid"))
    if start_date is None:
        problems.append(Violation("start_date", "required"))
    if end_date is None:
        problems.append(Violation("end_date", "required"))
    if start_date and end_date and end_date < start_date:
        params = {"start": start_date.isoformat(), "end": end_date.isoformat()}
        problems.append(Violation("end_date", "date.end_before_start", params))
    for name, fen in (
        ("sum_insured_per_person_fen", sum_insured_per_person_fen),
        ("premium_fen", premium_fen),
    ):
        if fen is not None and fen < 0:
            problems.append(Violation(name, "number.negative"))
        elif fen is not None and fen > MAX_FEN:
            problems.append(Violation(name, "money.range"))
    return problems


@dataclass(frozen=True)
class CoverRow:
    """An existing coverage row as the planner sees it (`key` is the row's id)."""

    key: int
    student_id: int
    placement_id: int | None
    start: dt.date
    end: dt.date


@dataclass
class CoverPlan:
    """What adding placements to a policy changes: rows to add as (placement, student, start,
    end), rows to update as (key, placement, start, end), and what is left alone."""

    add: list[tuple[int, int, dt.date, dt.date]] = field(default_factory=list)
    update: list[tuple[int, int, dt.date, dt.date]] = field(default_factory=list)
    unchanged: int = 0
    outside: int = 0


def plan_cover(
    period: tuple[dt.date, dt.date],
    placements: Iterable[tuple[int, int, dt.date, dt.date]],
    existing: Iterable[CoverRow],
) -> CoverPlan:
    """Cover each placement (id, student, start, end) for the days it shares with the policy.

    Idempotent: a placement already linked to a row keeps it (its days follow the placement,
    e.g. after an extension); an unlinked row of the same student sharing those days (entered
    before rows were tied to placements) is linked rather than duplicated.
    """
    by_student: dict[int, list[CoverRow]] = {}
    for row in existing:
        by_student.setdefault(row.student_id, []).append(row)
    plan = CoverPlan()
    for pid, sid, start, end in placements:
        days = clip(start, end, *period)
        if days is None:
            plan.outside += 1
            continue
        rows = by_student.setdefault(sid, [])
        row = next((r for r in rows if r.placement_id == pid), None) or next(
            (r for r in rows if r.placement_id is None and overlaps(r.start, r.end, *days)), None
        )
        if row is None:
            plan.add.append((pid, sid, *days))
            rows.append(CoverRow(-1, sid, pid, *days))  # the same placement twice: added once
        elif (row.placement_id, row.start, row.end) == (pid, *days):
            plan.unchanged += 1
        else:
            plan.update.append((row.key, pid, *days))
    return plan
