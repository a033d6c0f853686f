"""Lists the board's forms choose from: enterprises, their posts, the school's majors, the
industries and the Jilin cities (plain tuples, read in one short session each)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.services.reference_data import industries, jilin_areas
from jilin_apprentice.storage.models import Enterprise, Major, Post, SchoolClass, Student


def enterprise_choices(session: Session) -> list[tuple[int, str]]:
    return [
        (i, n)
        for i, n in session.execute(
            select(Enterprise.id, Enterprise.name).order_by(Enterprise.name)
        )
    ]


def post_choices(session: Session, enterprise_id: int) -> list[tuple[int, str, str]]:
    """(post id, title, 专业大类) of one enterprise."""
    stmt = (
        select(Post.id, Post.title, Post.major_category)
        .where(Post.enterprise_id == enterprise_id)
        .order_by(Post.title, Post.id)
    )
    return [(i, t, c or "") for i, t, c in session.execute(stmt)]


def major_choices(session: Session) -> list[tuple[str, str]]:
    """(major name, 专业大类) of the majors the school teaches (has classes of)."""
    stmt = (
        select(Major.name, Major.category)
        .join(SchoolClass, SchoolClass.major_id == Major.id)
        .distinct()
        .order_by(Major.category, Major.name)
    )
    return [(n, c) for n, c in session.execute(stmt)]


def industry_choices() -> list[tuple[str, str]]:
    return [(i.code, i.name_zh) for i in industries()]


def city_choices() -> list[str]:
    return list(dict.fromkeys(a.city for a in jilin_areas()))


def student_label(session: Session, student_id: int) -> str:
    row = session.execute(
        select(Student.name, SchoolClass.name)
        .join(SchoolClass, SchoolClass.id == Student.class_id)
        .where(Student.id == student_id)
    ).first()
    return f"{row[0]}（{row[1]}）" if row else ""
