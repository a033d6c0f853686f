"""The denormalised search column of students, rebuilt in SQL (fast after bulk loads)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

_REBUILD = """
UPDATE student SET name_sort = gb_sort_key(name), search_text = lower(
    name || ' ' || coalesce(student_no, '') || ' ' || id_number || ' ' || coalesce(phone, '')
    || ' ' || coalesce((SELECT c.name FROM school_class c WHERE c.id = student.class_id), '')
)
"""


def rebuild_student_search(session: Session, student_id: int | None = None) -> None:
    """Recompute `student.search_text` for one student or, after imports and seeding, for all."""
    if student_id is None:
        session.execute(text(_REBUILD))
    else:
        session.execute(text(_REBUILD + " WHERE id = :sid"), {"sid": student_id})


def gb_sort_key(text: str | None) -> str:
    """Sort key that puts common Chinese names in pinyin order without a pinyin library.

    GB 2312 (inside GB18030) orders its 3,755 level-1 characters by pinyin, so comparing the hex
    of the GB18030 bytes sorts 王 after 李 after 陈 as a Chinese officer expects; rarer characters
    follow by radical. Registered as an SQL function on every SQLite connection (engine.py).
    """
    return (text or "").encode("gb18030", errors="replace").hex()


def like_pattern(term: str) -> str:
    """A LIKE pattern for a search term, with the wildcard characters escaped."""
    escaped = term.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
