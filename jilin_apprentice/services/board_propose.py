"""Ranked suggestions for one opening and the allocation of many students to many openings."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.assignment import solve_assignment
from jilin_apprentice.domain.errors import NotFound
from jilin_apprentice.domain.matching import score
from jilin_apprentice.domain.rules.model import Finding
from jilin_apprentice.services.board_dto import (
    Proposal,
    ProposedPair,
    Suggestion,
    SuggestionList,
    UnplacedStudent,
)
from jilin_apprentice.services.board_match import OpeningInfo, age_at, judge, load_world
from jilin_apprentice.storage.models import Opening, SchoolClass, Student


def suggestions(session: Session, today: dt.date, opening_id: int, limit: int) -> SuggestionList:
    if session.get(Opening, opening_id) is None:
        raise NotFound("opening.not_found", id=opening_id)
    openings, candidates, around, params = load_world(session, today, [opening_id], None)
    o = openings[0]
    excluded: Counter[str] = Counter()
    rows: list[Suggestion] = []
    for c in candidates:
        verdict = judge(c, o, around, params)
        if verdict.reason is not None or verdict.score_facts is None:
            excluded[verdict.reason or "?"] += 1
            continue
        result = score(verdict.score_facts, o.facts)
        rows.append(
            Suggestion(
                c.student_id,
                c.name,
                c.class_name,
                c.major,
                age_at(c, o.facts.start),
                verdict.score_facts.grade_year,
                result.total,
                result.parts,
                verdict.warnings,
                verdict.paperwork,
            )
        )
    rows.sort(key=lambda s: -s.score)  # stable: class and name order among equal scores
    return SuggestionList(
        opening_id, o.remaining, o.places, o.cap_limited, rows[:limit], dict(excluded)
    )


def share_places(openings: list[OpeningInfo], eligible: Counter[int]) -> dict[int, int]:
    """Places offered to the solver per opening. Openings at one enterprise or post share its
    cap room (R-CAP-1/2); it is shared out in the openings' order, each taking no more than it
    has eligible students, so the solver can never overfill a cap."""
    used_ent: Counter[int] = Counter()
    used_post: Counter[int] = Counter()
    places: dict[int, int] = {}
    for o in openings:
        n = min(o.remaining, eligible[o.facts.opening_id])
        if o.enterprise_room is not None:
            n = min(n, o.enterprise_room - used_ent[o.facts.enterprise_id])
        if o.post_room is not None:
            n = min(n, o.post_room - used_post[o.facts.post_id])
        n = max(0, n)
        used_ent[o.facts.enterprise_id] += n
        used_post[o.facts.post_id] += n
        places[o.facts.opening_id] = n
    return places


def propose(
    session: Session, today: dt.date, student_ids: list[int], opening_ids: list[int]
) -> Proposal:
    openings, candidates, around, params = load_world(session, today, opening_ids, student_ids)
    openings = [o for o in openings if o.remaining > 0]
    edges: list[tuple[int, int, int]] = []
    parts: dict[tuple[int, int], tuple[tuple[str, int], ...]] = {}
    reasons: dict[int, set[str]] = defaultdict(set)
    eligible: Counter[int] = Counter()
    checked = 0
    cache: dict[tuple[Any, ...], list[Finding]] = {}
    for i, c in enumerate(candidates):
        for j, o in enumerate(openings):
            verdict = judge(c, o, around, params, cache)
            checked += verdict.reason is None or verdict.reason.startswith("R-")
            if verdict.reason is not None or verdict.score_facts is None:
                reasons[i].add(verdict.reason or "?")
                continue
            result = score(verdict.score_facts, o.facts)
            edges.append((i, j, result.total))
            parts[(i, j)] = result.parts
            eligible[o.facts.opening_id] += 1
    places = share_places(openings, eligible)
    capacities = [places[o.facts.opening_id] for o in openings]
    solution = solve_assignment(len(candidates), capacities, edges)
    scores = {(i, j): s for i, j, s in edges}
    with_edges = {i for i, _, _ in edges}
    assigned: list[ProposedPair] = []
    unplaced: list[UnplacedStudent] = []
    for i, (c, j) in enumerate(zip(candidates, solution.opening_of, strict=True)):
        if j is None:
            why = ("places_taken",) if i in with_edges else tuple(sorted(reasons[i]))
            unplaced.append(UnplacedStudent(c.student_id, c.name, c.class_name, why or ("none",)))
            continue
        o = openings[j]
        assigned.append(
            ProposedPair(
                c.student_id,
                c.name,
                c.class_name,
                o.facts.opening_id,
                o.title,
                o.enterprise_name,
                scores[(i, j)],
                parts[(i, j)],
            )
        )
    known = {c.student_id for c in candidates}
    others = [sid for sid in student_ids if sid not in known]
    if others:  # not enrolled or not full-time: the board never places them
        stmt = (
            select(Student.id, Student.name, SchoolClass.name)
            .join(SchoolClass, SchoolClass.id == Student.class_id)
            .where(Student.id.in_(others))
        )
        for sid, name, class_name in session.execute(stmt):
            unplaced.append(UnplacedStudent(sid, name, class_name, ("not_free",)))
    return Proposal(assigned, unplaced, places, checked, solution.total_score)
