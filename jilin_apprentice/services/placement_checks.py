"""Bad input for a placement: refused before saving, each naming the field and the rule.

These are not compliance findings (a night shift can be saved as a draft and is reported);
they are entries no placement can have: end before start, a post of another enterprise, two
placements of one student on the same day, pay in goods.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import PlacementStatus, StaffKind, StudentStatus
from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.storage.models import Enterprise, Placement, Post, Staff, Student

CHOICES = {
    "type": ("cognitive", "post", "apprenticeship"),
    "source": ("school_arranged", "self_chosen", "via_agent"),
    "independence": ("assisting", "relatively_independent"),
    "pay_unit": ("month", "day", "hour"),
    "pay_method": ("bank_to_student", "cash_to_student", "third_party", "in_kind"),
    "lodging": ("home", "unified", "outside"),
}
RANGES = {  # field -> (attribute, min, max)
    "hours_per_day": ("hours_per_day_x10", 0, 240),
    "days_per_week": ("days_per_week", 0, 7),
    "pay_cycle_days": ("pay_cycle_days", 1, 366),
    "payday": ("payday", 1, 31),
}
MAX_PAY_FEN = 10_000_000  # 100,000 yuan a month: anything above is a typing slip


def _required(draft: PlacementDraft) -> list[Violation]:
    missing = [
        name
        for name, value in (
            ("student_id", draft.student_id),
            ("enterprise_id", draft.enterprise_id),
            ("post_id", draft.post_id),
            ("start_date", draft.start_date),
            ("end_date", draft.end_date),
        )
        if value is None
    ]
    return [Violation(name, "required") for name in missing]


def _shape(draft: PlacementDraft) -> list[Violation]:
    problems = [
        Violation(name, "choice.invalid")
        for name, allowed in CHOICES.items()
        if getattr(draft, name) not in allowed
    ]
    for field, (attr, low, high) in RANGES.items():
        value = getattr(draft, attr)
        if value is not None and not low <= value <= high:
            shown = (low / 10, high / 10) if attr == "hours_per_day_x10" else (low, high)
            problems.append(Violation(field, "number.range", {"min": shown[0], "max": shown[1]}))
    if draft.pay_amount_fen is not None and not 0 <= draft.pay_amount_fen <= MAX_PAY_FEN:
        problems.append(Violation("pay_amount", "money.range"))
    if draft.type == "apprenticeship" and draft.apprenticeship_id is None:
        problems.append(Violation("apprenticeship", "placement.needs_apprenticeship"))
    if draft.pay_method == "in_kind":
        problems.append(Violation("pay_method", "pay.in_kind"))
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        problems.append(
            Violation(
                "end_date",
                "date.end_before_start",
                {"start": draft.start_date.isoformat(), "end": draft.end_date.isoformat()},
            )
        )
    return problems


def _people(session: Session, draft: PlacementDraft) -> list[Violation]:
    problems: list[Violation] = []
    student = session.get(Student, draft.student_id) if draft.student_id else None
    if draft.student_id and student is None:
        problems.append(Violation("student_id", "student.not_found"))
    elif student is not None and student.status is not StudentStatus.ENROLLED:
        problems.append(
            Violation("student_id", "student.not_enrolled", {"status": student.status.value})
        )
    post = session.get(Post, draft.post_id) if draft.post_id else None
    if draft.post_id and post is None:
        problems.append(Violation("post_id", "post.not_found"))
    if draft.enterprise_id and session.get(Enterprise, draft.enterprise_id) is None:
        problems.append(Violation("enterprise_id", "enterprise.not_found"))
    elif post is not None and post.enterprise_id != draft.enterprise_id:
        problems.append(Violation("post_id", "post.other_enterprise"))
    for field, kind, person_id in (
        ("enterprise_mentor_id", StaffKind.ENTERPRISE_MENTOR, draft.enterprise_mentor_id),
        ("school_supervisor_id", StaffKind.SCHOOL_SUPERVISOR, draft.school_supervisor_id),
    ):
        person = session.get(Staff, person_id) if person_id else None
        if person_id and person is None:
            problems.append(Violation(field, "staff.not_found"))
        elif person is not None and person.kind is not kind:
            problems.append(Violation(field, "staff.wrong_kind"))
        elif (
            person is not None
            and kind is StaffKind.ENTERPRISE_MENTOR
            and person.enterprise_id != draft.enterprise_id
        ):
            problems.append(Violation(field, "mentor.other_enterprise"))
    return problems


def _overlap(session: Session, draft: PlacementDraft, placement_id: int | None) -> list[Violation]:
    """One student, one placement a day: any other placement not terminated counts."""
    if not (draft.student_id and draft.start_date and draft.end_date):
        return []
    stmt = (
        select(Placement.start_date, Placement.end_date, Enterprise.name)
        .join(Enterprise, Enterprise.id == Placement.enterprise_id)
        .where(
            Placement.student_id == draft.student_id,
            Placement.status != PlacementStatus.TERMINATED,
            Placement.start_date <= draft.end_date,
            Placement.end_date >= draft.start_date,
        )
        .order_by(Placement.start_date)
        .limit(1)
    )
    if placement_id is not None:
        stmt = stmt.where(Placement.id != placement_id)
    clash = session.execute(stmt).first()
    if clash is None:
        return []
    start, end, name = clash
    return [
        Violation(
            "start_date",
            "placement.overlap",
            {"start": start.isoformat(), "end": end.isoformat(), "enterprise": name},
        )
    ]


def input_violations(
    session: Session, draft: PlacementDraft, placement_id: int | None
) -> list[Violation]:
    problems = _required(draft) + _shape(draft)
    problems += _people(session, draft)
    if not any(v.field in ("start_date", "end_date") for v in problems):
        problems += _overlap(session, draft, placement_id)
    return problems
