"""Who may take which opening: the board's sifting, then the real rule engine, loaded in bulk.

Eligibility of a (student, opening) pair, in order:
1. the board's own sifting (domain/matching.py `exclusion`): wanted major or 专业大类, wanted
   grade year, no placement (not terminated) on those dates, availability covering the period;
2. the rule engine on the draft placement the board would create (`build_facts` with the same
   surroundings as the editor, `check_placement`). A BLOCK whose gate is approval
   (`engine.gate_of(rule) == APPROVE`: age R-AGE-1/3, first year R-AGE-2, R-MAJ-1 unrelated,
   R-PROH-*, R-JL-2, R-TIME-*, R-PAY-3…) excludes the student. A BLOCK of a rule in
   `ACTIVATION_ONLY` (consent R-CONSENT-1, agreement R-AGR-1, insurance R-INS-1, supervision
   R-SUP-1, safety training R-SAFE-1, filing R-DUR-2, lodging R-LODGE-1, pay amount R-PAY-1)
   does not: that paperwork follows approval, and a fresh draft never has it yet. It is listed
   as `paperwork`. Besides, the board never proposes a placement across 专业大类 (the R-MAJ-1
   WARN, "原则上不得", REG-2021 Art 8 para 3): an officer may still enter one by hand.
3. caps (R-CAP-1/2 are WARN in the engine, "一般不超过"): the board offers an opening only the
   places that keep the enterprise within its share of on-post staff and the post within its
   share, counting approved/active 岗位实习 at its peak over the period, interns of other
   schools, and the board's draft fills; the solver then never exceeds those places.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import PlacementStatus, StudentStatus, StudyMode
from jilin_apprentice.domain.matching import CandidateFacts, OpeningFacts, exclusion
from jilin_apprentice.domain.rules.engine import APPROVE, check_placement, gate_of
from jilin_apprentice.domain.rules.model import BLOCK, WARN, Finding, RuleParams
from jilin_apprentice.domain.validators import age_on
from jilin_apprentice.services.placement_context import Interval, Surroundings, load_surroundings
from jilin_apprentice.services.placement_facts import STUDENT_COLUMNS, build_facts, post_query
from jilin_apprentice.services.reference_data import area_by_code
from jilin_apprentice.services.rule_params import load_rule_params
from jilin_apprentice.services.student_views import grade_year
from jilin_apprentice.storage.models import (
    Major,
    Opening,
    OpeningFill,
    Placement,
    SchoolClass,
    Student,
    StudentPreference,
)

EXCLUDING_WARNINGS = frozenset({"R-MAJ-1"})
NOT_SHOWN = frozenset({"R-CAP-1", "R-CAP-2"})  # the board handles caps as places
PAPERWORK_WARNINGS = frozenset({"R-DUR-2"})  # filing the 岗位实习 follows the draft


@dataclass
class OpeningInfo:
    facts: OpeningFacts
    title: str
    enterprise_name: str
    placement_type: str
    pay_amount_fen: int | None
    pay_unit: str
    remaining: int
    places: int
    cap_limited: bool
    subject: dict[str, Any]
    terms: dict[str, Any]
    enterprise_room: int | None = None  # more interns the caps allow (None: staff unknown)
    post_room: int | None = None


@dataclass
class Candidate:
    student_id: int
    name: str
    class_name: str
    major: str
    category: str
    birth: dt.date
    enrolled: dt.date
    program_years: int
    subject: dict[str, Any]
    preference: tuple[Any, ...]  # (from, to, industries, cities, enterprises)
    busy: tuple[tuple[dt.date, dt.date], ...]
    supervisor_id: int | None


@dataclass
class Verdict:
    """The outcome for one pair: `reason` None means eligible."""

    reason: str | None
    score_facts: CandidateFacts | None = None
    warnings: tuple[str, ...] = ()
    paperwork: tuple[str, ...] = ()


def fills_by_opening(session: Session, opening_ids: Iterable[int] | None = None) -> dict[int, int]:
    """Places taken per opening: its fills whose placement is not terminated."""
    stmt = (
        select(OpeningFill.opening_id, func.count())
        .join(Placement, Placement.id == OpeningFill.placement_id)
        .where(Placement.status != PlacementStatus.TERMINATED)
        .group_by(OpeningFill.opening_id)
    )
    if opening_ids is not None:
        stmt = stmt.where(OpeningFill.opening_id.in_(list(opening_ids)))
    return {oid: n for oid, n in session.execute(stmt)}


def cap_headroom(staff: int, pct: int, peak: int) -> int | None:
    """More interns allowed before `peak * 100 > staff * pct` (R-CAP-1/2); None: staff unknown."""
    if staff <= 0:
        return None
    return max(0, staff * pct // 100 - peak)


def _add_draft_fills(session: Session, around: Surroundings, enterprise_ids: list[int]) -> None:
    """Board drafts are not yet counted by the caps; count them so the board does not overfill."""
    stmt = (
        select(Placement.id, Placement.enterprise_id, Placement.post_id)
        .add_columns(Placement.start_date, Placement.end_date)
        .join(OpeningFill, OpeningFill.placement_id == Placement.id)
        .where(
            Placement.status == PlacementStatus.DRAFT,
            Placement.type == "post",
            Placement.enterprise_id.in_(enterprise_ids),
        )
    )
    for pid, ent, post, start, end in session.execute(stmt):
        around.by_enterprise[ent].intervals.append(Interval(pid, start, end))
        around.by_post[post].intervals.append(Interval(pid, start, end))


def load_openings(
    session: Session, opening_ids: list[int], params: RuleParams, around: Surroundings
) -> list[OpeningInfo]:
    rows = session.scalars(select(Opening).where(Opening.id.in_(opening_ids))).all()
    order = {oid: i for i, oid in enumerate(opening_ids)}
    fills = fills_by_opening(session, opening_ids)
    infos: list[OpeningInfo] = []
    for o in sorted(rows, key=lambda r: order[r.id]):
        subject = dict(session.execute(post_query(o.post_id)).one()._mapping)
        area = area_by_code(o.enterprise.county_code) if o.enterprise.county_code else None
        facts = OpeningFacts(
            opening_id=o.id,
            enterprise_id=o.enterprise_id,
            post_id=o.post_id,
            start=o.start_date,
            end=o.end_date,
            majors=tuple(json.loads(o.majors_json or "[]")),
            grade_years=tuple(json.loads(o.grade_years_json or "[]")),
            post_category=subject["t_major_category"],
            industry_code=o.enterprise.industry_code,
            city=area.city if area else None,
            address=o.enterprise.address,
        )
        remaining = max(0, o.count - fills.get(o.id, 0))
        places, limited = remaining, False
        ent_room = post_room = None
        if o.placement_type.value == "post":
            ent_peak = around.by_enterprise[o.enterprise_id].peak(o.start_date, o.end_date, None)
            post_peak = around.by_post[o.post_id].peak(o.start_date, o.end_date, None)
            ent_room = cap_headroom(
                subject["e_staff"] or 0,
                params.enterprise_cap_pct.value,
                ent_peak[0] + (subject["e_other_interns"] or 0),
            )
            post_room = cap_headroom(
                subject["t_staff"] or 0, params.post_cap_pct.value, post_peak[0]
            )
            for room in (ent_room, post_room):
                if room is not None and room < places:
                    places, limited = room, True
        terms = {
            "type": o.placement_type.value,
            "source": "school_arranged",
            "start_date": o.start_date,
            "end_date": o.end_date,
            "hours_per_day_x10": 80,
            "days_per_week": 5,
            "shift_start": dt.time(8, 30),
            "shift_end": dt.time(17, 30),
            "pay_amount_fen": o.pay_amount_fen,
            "pay_unit": o.pay_unit.value,
            "pay_cycle_days": 30,
        }
        infos.append(
            OpeningInfo(
                facts,
                o.title,
                o.enterprise.name,
                o.placement_type.value,
                o.pay_amount_fen,
                o.pay_unit.value,
                remaining,
                places,
                limited,
                subject,
                terms,
                ent_room,
                post_room,
            )
        )
    return infos


def load_candidates(session: Session, student_ids: list[int] | None) -> list[Candidate]:
    """Enrolled full-time students (all, or those listed), in class and name order."""
    stmt = (
        select(
            *STUDENT_COLUMNS,
            SchoolClass.name.label("c_name"),
            SchoolClass.program_years.label("c_years"),
            Major.name.label("m_name"),
            Student.school_supervisor_id.label("s_supervisor"),
        )
        .join(SchoolClass, SchoolClass.id == Student.class_id)
        .join(Major, Major.id == SchoolClass.major_id)
        .where(
            Student.status == StudentStatus.ENROLLED,
            Student.study_mode == StudyMode.FULL_TIME,
        )
        .order_by(SchoolClass.name, Student.name_sort, Student.id)
    )
    if student_ids is not None:
        stmt = stmt.where(Student.id.in_(student_ids))
    rows = [dict(r._mapping) for r in session.execute(stmt)]
    ids = [r["s_id"] for r in rows]
    busy: dict[int, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    prefs: dict[int, tuple[Any, ...]] = {}
    for chunk in _chunks(ids):
        for sid, start, end in session.execute(
            select(Placement.student_id, Placement.start_date, Placement.end_date).where(
                Placement.student_id.in_(chunk), Placement.status != PlacementStatus.TERMINATED
            )
        ):
            busy[sid].append((start, end))
        for p in session.scalars(
            select(StudentPreference).where(StudentPreference.student_id.in_(chunk))
        ):
            wishes = json.loads(p.preferences_json or "{}")
            prefs[p.student_id] = (
                p.available_from,
                p.available_to,
                tuple(wishes.get("industries", ())),
                tuple(wishes.get("cities", ())),
                tuple(int(e) for e in wishes.get("enterprises", ())),
            )
    return [
        Candidate(
            r["s_id"],
            r["s_name"],
            r["c_name"],
            r["m_name"],
            r["s_major_category"],
            r["s_birth"],
            r["s_enrolled"],
            r["c_years"],
            {k: v for k, v in r.items() if k.startswith("s_")},
            prefs.get(r["s_id"], (None, None, (), (), ())),
            tuple(busy.get(r["s_id"], ())),
            r["s_supervisor"],
        )
        for r in rows
    ]


def _chunks(ids: list[int], size: int = 900) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def load_world(
    session: Session, today: dt.date, opening_ids: list[int], student_ids: list[int] | None
) -> tuple[list[OpeningInfo], list[Candidate], Surroundings, RuleParams]:
    """Openings, candidates, their surroundings and the rule parameters in one read."""
    params = load_rule_params(session, today)
    pairs = session.execute(
        select(Opening.enterprise_id, Opening.post_id).where(Opening.id.in_(opening_ids))
    ).all()
    ents = sorted({e for e, _ in pairs})
    candidates = load_candidates(session, student_ids)
    around = load_surroundings(
        session,
        on=today,
        enterprise_ids=ents,
        post_ids=sorted({p for _, p in pairs}),
        student_ids=[c.student_id for c in candidates],
    )
    _add_draft_fills(session, around, ents)
    return load_openings(session, opening_ids, params, around), candidates, around, params


def judge(
    c: Candidate,
    o: OpeningInfo,
    around: Surroundings,
    params: RuleParams,
    cache: dict[tuple[Any, ...], list[Finding]] | None = None,
) -> Verdict:
    """The board's sifting, then the engine on the draft the board would create."""
    start = o.facts.start
    available_from, available_to, industries, cities, enterprises = c.preference
    facts = CandidateFacts(
        student_id=c.student_id,
        major=c.major,
        category=c.category,
        grade_year=grade_year(c.enrolled, start),
        program_years=c.program_years,
        available_from=available_from,
        available_to=available_to,
        industries=industries,
        cities=cities,
        enterprises=enterprises,
        busy=c.busy,
    )
    reason = exclusion(facts, o.facts)
    if reason is not None:
        return Verdict(reason)
    # openings at one post with the same dates and pay are the same draft to the engine
    key = (c.student_id, o.facts.post_id, start, o.facts.end, o.placement_type, o.pay_amount_fen)
    key += (o.pay_unit,)
    findings = cache.get(key) if cache is not None else None
    if findings is None:
        findings = engine_findings(c, o, around, params)
        if cache is not None:
            cache[key] = findings
    stop = sorted((f.severity != BLOCK, f.rule_id) for f in findings if _excludes(f))
    if stop:
        return Verdict(stop[0][1])  # a BLOCK is named before the R-MAJ-1 warning
    warned = {f.rule_id for f in findings if f.severity == WARN}
    warnings = sorted(warned - NOT_SHOWN - PAPERWORK_WARNINGS)
    blocks = {f.rule_id for f in findings if f.severity == BLOCK}
    paperwork = sorted(blocks | (warned & PAPERWORK_WARNINGS))
    return Verdict(None, facts, tuple(warnings), tuple(paperwork))


def _excludes(f: Finding) -> bool:
    if f.severity == BLOCK:
        return gate_of(f.rule_id) == APPROVE
    return f.severity == WARN and f.rule_id in EXCLUDING_WARNINGS


def engine_findings(
    c: Candidate, o: OpeningInfo, around: Surroundings, params: RuleParams
) -> list[Finding]:
    subject = {**o.subject, **c.subject}
    facts = build_facts(o.terms, subject, around, placement_id=None, status="draft")
    return check_placement(facts, params)


def age_at(c: Candidate, day: dt.date) -> int:
    return age_on(c.birth, day)
