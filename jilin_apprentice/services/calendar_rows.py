"""TrainingDay rows as TrainingCalendarService reads and writes them, kept apart from the
service's checks and audit records.

Generated days have `note IS NULL`; hand-set days carry a note (the empty string when none
was typed), which is how regeneration tells them apart.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import DayType
from jilin_apprentice.domain.training_calendar import Day
from jilin_apprentice.storage.models import Apprenticeship, TrainingDay


def row_day(row: TrainingDay) -> Day:
    return Day(row.day, row.day_type, row.hours_x10)


def manual_days(app_ids: list[int], session: Session) -> dict[int, set[dt.date]]:
    """The hand-set dates of each apprenticeship (regeneration keeps them)."""
    out: dict[int, set[dt.date]] = defaultdict(set)
    if app_ids:
        for app_id, day in session.execute(
            select(TrainingDay.apprenticeship_id, TrainingDay.day).where(
                TrainingDay.apprenticeship_id.in_(app_ids), TrainingDay.note.is_not(None)
            )
        ):
            out[app_id].add(day)
    return out


def replace_generated(session: Session, app: Apprenticeship, days: list[Day]) -> int:
    """Delete every generated day of `app` and insert `days`; returns how many were deleted."""
    old = session.execute(
        delete(TrainingDay).where(
            TrainingDay.apprenticeship_id == app.id, TrainingDay.note.is_(None)
        )
    ).rowcount
    if days:
        session.execute(
            insert(TrainingDay),
            [
                {
                    "student_id": app.student_id,
                    "apprenticeship_id": app.id,
                    "day": d.day,
                    "day_type": d.day_type,
                    "hours_x10": d.hours_x10,
                    "note": None,
                }
                for d in days
            ],
        )
    return old


def replace_days(
    session: Session,
    app: Apprenticeship,
    chosen: Sequence[dt.date],
    kind: DayType | None,
    hours_x10: int | None,
    note_text: str,
) -> None:
    """Store `chosen` as hand-set days, replacing whatever was on those dates."""
    session.execute(
        delete(TrainingDay).where(
            TrainingDay.apprenticeship_id == app.id, TrainingDay.day.in_(chosen)
        )
    )
    session.execute(
        insert(TrainingDay),
        [
            {
                "student_id": app.student_id,
                "apprenticeship_id": app.id,
                "day": d,
                "day_type": kind,
                "hours_x10": hours_x10,
                "note": note_text,
            }
            for d in chosen
        ],
    )


def enterprise_days(session: Session, app_ids: list[int]) -> dict[int, list[Day]]:
    """The enterprise days of each apprenticeship (what the working-time checks look at)."""
    days: dict[int, list[Day]] = defaultdict(list)
    for app_id, day, kind, hours in session.execute(
        select(
            TrainingDay.apprenticeship_id,
            TrainingDay.day,
            TrainingDay.day_type,
            TrainingDay.hours_x10,
        ).where(
            TrainingDay.apprenticeship_id.in_(app_ids),
            TrainingDay.day_type == DayType.ENTERPRISE,
        )
    ):
        days[app_id].append(Day(day, kind, hours))
    return days
