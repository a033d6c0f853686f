"""Builders shared by the ProgrammeService tests (not a test module)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.services.programme_dto import (
    EnrolDraft,
    ProgrammeDraft,
)

D = dt.date
TODAY = D(2026, 11, 26)


def joint(world, **kw) -> ProgrammeDraft:
    values = dict(
        name="一汽配套汽修现代学徒制班",
        programme="school_joint",
        enterprise_id=world.enterprise,
        class_id=world.class_id,
        start_date=D(2026, 9, 1),
        end_date=D(2028, 6, 30),
        target_level="intermediate",
        training_agreement_ref="XTPY-2026-001",
        training_agreement_date=D(2026, 8, 20),
    )
    values.update(kw)
    return ProgrammeDraft(**values)


def employee(world, **kw) -> ProgrammeDraft:
    values = dict(
        name="企业新型学徒制2026",
        programme="enterprise_new",
        enterprise_id=world.enterprise,
        class_id=None,
        start_date=D(2026, 3, 1),
        end_date=D(2028, 2, 29),
        target_level="advanced",
    )
    values.update(kw)
    return ProgrammeDraft(**values)


def enrol_draft(world, students, **kw) -> EnrolDraft:
    values = dict(
        students=tuple(students),
        enterprise_mentor_id=world.mentor,
        school_mentor_id=world.supervisor,
        start_date=D(2026, 9, 1),
        end_date=D(2028, 6, 30),
        target_level="intermediate",
        training_agreement_ref="XTPY-2026-001",
    )
    values.update(kw)
    return EnrolDraft(**values)


def codes(exc: ValidationFailed) -> dict[str, str]:
    return {v.field: v.code for v in exc.violations}


def count(services, model) -> int:
    with services.uow.read() as session:
        return session.scalar(select(func.count()).select_from(model))
