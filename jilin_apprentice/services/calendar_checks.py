"""Queries the training-calendar service checks with: holidays in force, intern status, and the
days that would put a student at two places (issue 6 bad input)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import DayType, PlacementStatus, Programme
from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.domain.rules.model import Finding
from jilin_apprentice.domain.training_calendar import (
    SHOWN_DATES,
    CalendarPattern,
    Day,
    WorkingTimeLimits,
    generate_days,
    working_time_findings,
    years_between,
)
from jilin_apprentice.services.rule_params import value_in_force
from jilin_apprentice.storage.models import (
    Apprenticeship,
    Enterprise,
    Placement,
    Student,
    TrainingDay,
)

OPEN = (PlacementStatus.DRAFT, PlacementStatus.APPROVED, PlacementStatus.ACTIVE)
PLACES = (DayType.ENTERPRISE, DayType.SCHOOL)


def dates_text(days: Iterable[dt.date]) -> tuple[str, int]:
    ordered = sorted(days)
    return ", ".join(d.isoformat() for d in ordered[:SHOWN_DATES]), len(ordered)


def holidays_for(session: Session, start: dt.date, end: dt.date) -> tuple[set[dt.date], list[int]]:
    """Statutory holidays of the years in range (`public_holidays.<year>`) and years lacking one."""
    found: set[dt.date] = set()
    missing: list[int] = []
    for year in years_between(start, end):
        value = value_in_force(session, f"public_holidays.{year}", dt.date(year, 12, 31))
        if not value:
            missing.append(year)
            continue
        found.update(dt.date.fromisoformat(text) for text in value.get("dates", []))
    return found, missing


def is_intern(app: Apprenticeship) -> bool:
    """R-APP-3: a 现代学徒制 apprentice without a labour contract is also an intern."""
    return app.programme == Programme.SCHOOL_JOINT_ENROLMENT and app.labour_contract_start is None


def conflicts(
    session: Session, app: Apprenticeship, days: dict[dt.date, DayType]
) -> list[Violation]:
    """Days that would put the student at two places: another apprenticeship's calendar, or an
    open placement (not of this apprenticeship) at another enterprise on a school/enterprise day."""
    if not days:
        return []
    lo, hi = min(days), max(days)
    student = session.get(Student, app.student_id)
    name = student.name if student else str(app.student_id)
    out: list[Violation] = []
    taken = set(
        session.scalars(
            select(TrainingDay.day).where(
                TrainingDay.student_id == app.student_id,
                TrainingDay.apprenticeship_id != app.id,
                TrainingDay.day.between(lo, hi),
            )
        )
    ) & set(days)
    if taken:
        text, count = dates_text(taken)
        out.append(
            Violation(
                "calendar",
                "calendar.other_apprenticeship",
                {"student": name, "dates": text, "count": count},
            )
        )
    placements = session.execute(
        select(Placement.start_date, Placement.end_date, Enterprise.name)
        .join(Enterprise, Enterprise.id == Placement.enterprise_id)
        .where(
            Placement.student_id == app.student_id,
            Placement.status.in_(OPEN),
            or_(Placement.apprenticeship_id.is_(None), Placement.apprenticeship_id != app.id),
            Placement.enterprise_id != app.employer_id,
            Placement.start_date <= hi,
            Placement.end_date >= lo,
        )
        .order_by(Placement.start_date)
    ).all()
    for start, end, enterprise in placements:
        clash = [d for d, kind in days.items() if kind in PLACES and start <= d <= end]
        if clash:
            text, count = dates_text(clash)
            out.append(
                Violation(
                    "calendar",
                    "calendar.placement_conflict",
                    {"student": name, "enterprise": enterprise, "dates": text, "count": count},
                )
            )
    return out


def check_days(
    session: Session, days: dict[int, list[Day]], apps: dict[int, Apprenticeship], on: dt.date
) -> dict[int, list[Finding]]:
    """R-TIME-2 / R-TIME-4 findings per apprenticeship, with the limits in force on `on`."""
    limits = WorkingTimeLimits.from_value(value_in_force(session, "working_time", on))
    every = [d.day for ds in days.values() for d in ds]
    holidays = holidays_for(session, min(every), max(every))[0] if every else set()
    return {
        app_id: working_time_findings(ds, limits, holidays, intern=is_intern(apps[app_id]))
        for app_id, ds in days.items()
        if app_id in apps
    }


def pattern_findings(
    session: Session, pattern: CalendarPattern, intern: bool, on: dt.date
) -> list[Finding]:
    """The findings a (valid) pattern's generated days would have, before anything is saved."""
    holidays, _ = holidays_for(session, pattern.start, pattern.end)
    limits = WorkingTimeLimits.from_value(value_in_force(session, "working_time", on))
    days = generate_days(pattern, holidays)
    return working_time_findings(days, limits, holidays, intern=intern)
