"""What the programme forms offer to choose from: enterprises, classes, posts, mentors, students."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import StaffKind, StudentStatus
from jilin_apprentice.domain.masking import mask_id_number
from jilin_apprentice.services.programme_dto import Choice
from jilin_apprentice.storage.models import Enterprise, Post, SchoolClass, Staff, Student

SEARCH_LIMIT = 50
CLASS_LIMIT = 500


def enterprises(session: Session) -> list[Choice]:
    rows = session.execute(select(Enterprise.id, Enterprise.name).order_by(Enterprise.name))
    return [Choice(i, n) for i, n in rows]


def classes(session: Session) -> list[Choice]:
    rows = session.execute(select(SchoolClass.id, SchoolClass.name).order_by(SchoolClass.name))
    return [Choice(i, n) for i, n in rows]


def posts(session: Session, enterprise_id: int) -> list[Choice]:
    rows = session.execute(
        select(Post.id, Post.title).where(Post.enterprise_id == enterprise_id).order_by(Post.id)
    )
    return [Choice(i, t) for i, t in rows]


def mentors(session: Session, enterprise_id: int) -> tuple[list[Choice], list[Choice]]:
    """Only the enterprise's own mentors are offered (R-APP-5: a mentor of that enterprise)."""
    base = select(Staff.id, Staff.name, Staff.title).order_by(Staff.name, Staff.id)
    own = session.execute(
        base.where(Staff.kind == StaffKind.ENTERPRISE_MENTOR, Staff.enterprise_id == enterprise_id)
    )
    teachers = session.execute(base.where(Staff.kind == StaffKind.SCHOOL_SUPERVISOR))

    def label(name: str, title: str | None) -> str:
        return f"{name} · {title}" if title else name

    return [Choice(i, label(n, t)) for i, n, t in own], [
        Choice(i, label(n, t)) for i, n, t in teachers
    ]


def students(session: Session, class_id: int | None, search: str) -> list[Choice]:
    """Enrolled students, labelled with class and masked ID number (PIPL)."""
    stmt = (
        select(Student.id, Student.name, Student.id_number, SchoolClass.name)
        .join(SchoolClass, SchoolClass.id == Student.class_id)
        .where(Student.status == StudentStatus.ENROLLED)
        .order_by(Student.name_sort, Student.id)
    )
    if class_id is not None:
        stmt = stmt.where(Student.class_id == class_id)
    if search.strip():
        stmt = stmt.where(Student.search_text.contains(search.strip().lower()))
    limit = SEARCH_LIMIT if class_id is None else CLASS_LIMIT
    rows = session.execute(stmt.limit(limit))
    return [Choice(i, f"{n} · {c} · {mask_id_number(idn)}") for i, n, idn, c in rows]
