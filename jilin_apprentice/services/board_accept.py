"""Accepting suggestions: draft placements through the placement rules, all or nothing.

Every pair is judged again when accepted (the board's sifting and the engine's approval gate,
as in board_match.py) and then validated like any typed placement (placement_checks.py:
overlaps, enrolled student, post of the enterprise…). One refused pair refuses the whole batch;
the first violation of each refused pair names the student and the opening.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import OpeningStatus, PlacementStatus
from jilin_apprentice.domain.errors import NotFound, ValidationFailed, Violation
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.board_match import Candidate, OpeningInfo, judge, load_world
from jilin_apprentice.services.placement_checks import input_violations
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.services.placements import to_columns
from jilin_apprentice.storage.models import Opening, OpeningFill, Placement, Student

BOARD_REASONS = ("major", "grade_year", "busy", "unavailable")


def _draft(c: Candidate, o: OpeningInfo, supervisor_id: int | None) -> PlacementDraft:
    return PlacementDraft(
        student_id=c.student_id,
        enterprise_id=o.facts.enterprise_id,
        post_id=o.facts.post_id,
        type=o.placement_type,
        source="school_arranged",
        start_date=o.facts.start,
        end_date=o.facts.end,
        school_supervisor_id=supervisor_id if supervisor_id is not None else c.supervisor_id,
        pay_amount_fen=o.pay_amount_fen,
        pay_unit=o.pay_unit,
    )


def _reason(reason: str) -> Violation:
    if reason in BOARD_REASONS:
        return Violation("student_id", f"board.excluded.{reason}")
    return Violation("student_id", "board.excluded.rule", {"rule": reason})


def _places(openings: dict[int, OpeningInfo], pairs: list[tuple[int, int]]) -> list[Violation]:
    """Remaining places and the caps' room (R-CAP-1/2), counted over the whole batch."""
    per_opening = Counter(oid for _, oid in pairs)
    per_ent: Counter[int] = Counter()
    per_post: Counter[int] = Counter()
    room_ent: dict[int, int] = {}
    room_post: dict[int, int] = {}
    for oid, n in per_opening.items():
        o = openings[oid]
        per_ent[o.facts.enterprise_id] += n
        per_post[o.facts.post_id] += n
        if o.enterprise_room is not None:
            room_ent[o.facts.enterprise_id] = min(
                room_ent.get(o.facts.enterprise_id, o.enterprise_room), o.enterprise_room
            )
        if o.post_room is not None:
            room_post[o.facts.post_id] = min(
                room_post.get(o.facts.post_id, o.post_room), o.post_room
            )
    problems: list[Violation] = []
    for oid, n in per_opening.items():
        o = openings[oid]
        ent, post = o.facts.enterprise_id, o.facts.post_id
        limit = o.remaining
        code = "board.no_places"
        if ent in room_ent and per_ent[ent] > room_ent[ent]:
            limit, code = room_ent[ent], "board.over_cap"
        elif post in room_post and per_post[post] > room_post[post]:
            limit, code = room_post[post], "board.over_cap"
        if n > o.remaining or code == "board.over_cap":
            params = {"opening": o.title, "count": n, "places": min(limit, o.remaining)}
            problems.append(Violation("opening_count", code, params))
    return problems


def accept_pairs(
    session: Session,
    audit: AuditWriter,
    today: dt.date,
    pairs: list[tuple[int, int]],
    supervisor_id: int | None,
) -> list[int]:
    if not pairs:
        raise ValidationFailed([Violation("student_id", "board.nothing_to_accept")])
    problems: list[Violation] = []
    seen = Counter(sid for sid, _ in pairs)
    for sid, n in seen.items():
        if n > 1:
            name = session.get(Student, sid).name if session.get(Student, sid) else str(sid)
            problems.append(Violation("student_id", "board.student_twice", {"student": name}))
    opening_ids = list(dict.fromkeys(oid for _, oid in pairs))
    for oid in opening_ids:
        row = session.get(Opening, oid)
        if row is None:
            raise NotFound("opening.not_found", id=oid)
        if row.status is not OpeningStatus.OPEN:
            problems.append(
                Violation("status", "board.not_open", {"opening": row.title, "status": row.status})
            )
    infos, candidates, around, params = load_world(
        session, today, opening_ids, [sid for sid, _ in pairs]
    )
    openings = {o.facts.opening_id: o for o in infos}
    by_student = {c.student_id: c for c in candidates}
    problems += _places(openings, pairs)
    drafts: list[tuple[PlacementDraft, int]] = []
    for sid, oid in pairs:
        o, c = openings[oid], by_student.get(sid)
        if c is None:
            student = session.get(Student, sid)
            name = student.name if student else str(sid)
            problems.append(
                Violation("student_id", "board.refused", {"student": name, "opening": o.title})
            )
            problems.append(Violation("student_id", "board.not_free"))
            continue
        draft = _draft(c, o, supervisor_id)
        verdict = judge(c, o, around, params)
        found = [] if verdict.reason is None else [_reason(verdict.reason)]
        found += input_violations(session, draft, None)
        if found:
            problems.append(
                Violation("student_id", "board.refused", {"student": c.name, "opening": o.title})
            )
            problems += found
        drafts.append((draft, oid))
    if problems:
        raise ValidationFailed(problems)
    created: list[int] = []
    for draft, oid in drafts:
        values = to_columns(draft)
        placement = Placement(**values, status=PlacementStatus.DRAFT)
        session.add(placement)
        session.flush()
        changes = {k: (None, v) for k, v in values.items() if v not in (None, False)}
        audit.record(
            session, action="create", entity="placement", entity_id=placement.id, changes=changes
        )
        fill = OpeningFill(opening_id=oid, placement_id=placement.id)
        session.add(fill)
        session.flush()
        audit.record(
            session,
            action="create",
            entity="opening_fill",
            entity_id=fill.id,
            changes={"opening_id": (None, oid), "placement_id": (None, placement.id)},
        )
        created.append(placement.id)
    taken = Counter(oid for _, oid in pairs)
    for oid, n in taken.items():
        if openings[oid].remaining - n <= 0:
            opening = session.get(Opening, oid)
            assert opening is not None
            opening.status = OpeningStatus.FILLED
            audit.record(
                session,
                action="update",
                entity="opening",
                entity_id=oid,
                changes={"status": (OpeningStatus.OPEN, OpeningStatus.FILLED)},
            )
    return created
