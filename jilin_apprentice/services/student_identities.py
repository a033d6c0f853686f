"""The enterprise side of a student: apprenticeships and placements, current and past."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import PlacementStatus
from jilin_apprentice.services.dto import EnterpriseSide
from jilin_apprentice.storage.models import Apprenticeship, Enterprise, Placement

LIVE = (PlacementStatus.ACTIVE, PlacementStatus.APPROVED)


def current_enterprise_names(
    session: Session, student_ids: list[int], today: dt.date
) -> dict[int, str]:
    """Employer shown in the student list: the live placement covering today, if any."""
    if not student_ids:
        return {}
    rows = session.execute(
        select(Placement.student_id, Enterprise.name)
        .join(Enterprise, Enterprise.id == Placement.enterprise_id)
        .where(
            Placement.student_id.in_(student_ids),
            Placement.status.in_(LIVE),
            Placement.start_date <= today,
            Placement.end_date >= today,
        )
        .order_by(Placement.start_date)
    )
    return {student_id: name for student_id, name in rows}


def identities_of(
    session: Session, student_id: int, today: dt.date
) -> tuple[EnterpriseSide | None, list[EnterpriseSide]]:
    """Current enterprise identity (live placement today, else live apprenticeship) and history."""
    sides: list[tuple[bool, EnterpriseSide]] = []
    placements = session.scalars(
        select(Placement).where(Placement.student_id == student_id).order_by(Placement.start_date)
    ).all()
    for p in placements:
        live = p.status in LIVE and p.start_date <= today <= p.end_date
        sides.append(
            (
                live,
                EnterpriseSide(
                    kind=p.type.value,
                    enterprise_name=p.enterprise.name,
                    post_title=p.post.title,
                    mentor_name=p.enterprise_mentor.name if p.enterprise_mentor else None,
                    supervisor_name=p.school_supervisor.name if p.school_supervisor else None,
                    start_date=p.start_date,
                    end_date=p.end_date,
                    status=p.status.value,
                ),
            )
        )
    apprenticeships = session.scalars(
        select(Apprenticeship)
        .where(Apprenticeship.student_id == student_id)
        .order_by(Apprenticeship.start_date)
    ).all()
    for a in apprenticeships:
        live = a.status in LIVE and a.start_date <= today <= a.end_date
        sides.append(
            (
                live,
                EnterpriseSide(
                    kind="apprenticeship",
                    enterprise_name=a.employer.name,
                    post_title=None,
                    mentor_name=a.enterprise_mentor.name if a.enterprise_mentor else None,
                    supervisor_name=a.school_mentor.name if a.school_mentor else None,
                    start_date=a.start_date,
                    end_date=a.end_date,
                    status=a.status.value,
                    programme=a.programme.value,
                ),
            )
        )
    live_sides = [s for is_live, s in sides if is_live]
    current = next((s for s in live_sides if s.kind != "apprenticeship"), None) or (
        live_sides[0] if live_sides else None
    )
    history = sorted((s for _, s in sides), key=lambda s: s.start_date, reverse=True)
    return current, history
