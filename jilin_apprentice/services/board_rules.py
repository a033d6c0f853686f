"""Bad input for openings and preferences: refused before anything is written."""

from __future__ import annotations

from sqlalchemy.orm import Session

from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.services.board_dto import OpeningDraft, Preference
from jilin_apprentice.services.placement_checks import MAX_PAY_FEN
from jilin_apprentice.services.reference_data import industry_by_code
from jilin_apprentice.storage.models import Enterprise, Post

BOARD_TYPES = ("post", "cognitive")  # an apprenticeship period hangs off an enrolment
PAY_UNITS = ("month", "day", "hour")
MAX_TITLE = 120
MAX_COUNT = 999
MAX_NOTE = 200
MAX_DAYS = 3 * 366  # an opening longer than three years is a typing slip


def opening_violations(session: Session, d: OpeningDraft) -> list[Violation]:
    problems: list[Violation] = []
    for name, value in (
        ("enterprise_id", d.enterprise_id),
        ("post_id", d.post_id),
        ("start_date", d.start_date),
        ("end_date", d.end_date),
    ):
        if value is None:
            problems.append(Violation(name, "required"))
    title = d.title.strip()
    if not title:
        problems.append(Violation("title", "required"))
    elif len(title) > MAX_TITLE:
        problems.append(Violation("title", "too_long", {"max": MAX_TITLE}))
    if not 1 <= d.count <= MAX_COUNT:
        problems.append(Violation("opening_count", "number.range", {"min": 1, "max": MAX_COUNT}))
    if d.placement_type not in BOARD_TYPES:
        problems.append(Violation("placement_type", "opening.type"))
    if d.pay_unit not in PAY_UNITS:
        problems.append(Violation("pay_unit", "choice.invalid"))
    if d.pay_amount_fen is not None and not 0 <= d.pay_amount_fen <= MAX_PAY_FEN:
        problems.append(Violation("pay_amount", "money.range"))
    if any(not 1 <= y <= 5 for y in d.grade_years):
        problems.append(Violation("grade_years", "number.range", {"min": 1, "max": 5}))
    if any(not m.strip() or len(m) > 60 for m in d.majors):
        problems.append(Violation("majors", "too_long", {"max": 60}))
    if d.notes and len(d.notes.strip()) > MAX_NOTE:
        problems.append(Violation("notes", "too_long", {"max": MAX_NOTE}))
    if d.start_date and d.end_date:
        if d.end_date < d.start_date:
            problems.append(
                Violation(
                    "end_date",
                    "date.end_before_start",
                    {"start": d.start_date.isoformat(), "end": d.end_date.isoformat()},
                )
            )
        elif (d.end_date - d.start_date).days > MAX_DAYS:
            problems.append(Violation("end_date", "opening.too_long"))
    if d.enterprise_id is not None and session.get(Enterprise, d.enterprise_id) is None:
        problems.append(Violation("enterprise_id", "enterprise.not_found"))
    post = session.get(Post, d.post_id) if d.post_id is not None else None
    if d.post_id is not None and post is None:
        problems.append(Violation("post_id", "post.not_found"))
    elif post is not None and post.enterprise_id != d.enterprise_id:
        problems.append(Violation("post_id", "post.other_enterprise"))
    return problems


def preference_violations(session: Session, p: Preference) -> list[Violation]:
    problems: list[Violation] = []
    if p.available_from and p.available_to and p.available_to < p.available_from:
        problems.append(
            Violation(
                "available_to",
                "date.end_before_start",
                {"start": p.available_from.isoformat(), "end": p.available_to.isoformat()},
            )
        )
    if any(industry_by_code(code) is None for code in p.industries):
        problems.append(Violation("industries", "choice.invalid"))
    if any(len(c) > 30 for c in p.cities):
        problems.append(Violation("cities", "too_long", {"max": 30}))
    if any(session.get(Enterprise, e) is None for e in p.enterprises):
        problems.append(Violation("enterprises", "enterprise.not_found"))
    if p.note and len(p.note.strip()) > MAX_NOTE:
        problems.append(Violation("note", "too_long", {"max": MAX_NOTE}))
    return problems
