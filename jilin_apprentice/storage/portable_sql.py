"""The few SQL expressions that SQLite and PostgreSQL spell differently (issue 8: the same
services run on either)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func


def days_inclusive(dialect: str, start: Any, end: Any) -> Any:
    """Days from `start` to `end`, both counted (a date minus a date is a day count in PG)."""
    if dialect == "postgresql":
        return end - start + 1
    return func.julianday(end) - func.julianday(start) + 1


def week_start(dialect: str, day: Any) -> Any:
    """The Monday of `day`'s week."""
    if dialect == "postgresql":
        return func.date_trunc("week", day)
    return func.date(day, "-6 days", "weekday 1")  # next Monday on or after day - 6
