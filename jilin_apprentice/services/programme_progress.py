"""Recording where an apprentice stands in the training plan (hours, assessment, passed)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.programme_dto import ProgressEntry
from jilin_apprentice.storage.models import ModuleProgress, TrainingModule


def progress_violations(
    session: Session, programme_id: int, e: ProgressEntry, today: dt.date, prefix: str = ""
) -> list[Violation]:
    """The module is in the apprentice's programme; hours are not negative; a pass has the
    date of its assessment, which is not ahead of today."""
    problems: list[Violation] = []
    module = session.get(TrainingModule, e.module_id)
    if module is None or module.programme_id != programme_id:
        problems.append(Violation(f"{prefix}module_id", "progress.not_member"))
    if e.hours_done < 0:
        problems.append(Violation(f"{prefix}hours_done", "number.negative"))
    if e.assessed_on is not None and e.assessed_on > today:
        problems.append(Violation(f"{prefix}assessed_on", "date.in_future"))
    if e.passed and e.assessed_on is None:
        problems.append(Violation(f"{prefix}assessed_on", "progress.passed_undated"))
    return problems


def write_progress(
    session: Session, audit: AuditWriter, apprenticeship_id: int, e: ProgressEntry
) -> None:
    """Insert or update the one row per apprentice and module; audit what changed."""
    row = session.scalar(
        select(ModuleProgress).where(
            ModuleProgress.apprenticeship_id == apprenticeship_id,
            ModuleProgress.module_id == e.module_id,
        )
    )
    values = {"hours_done": e.hours_done, "assessed_on": e.assessed_on, "passed": e.passed}
    before: dict[str, Any] = {}
    if row is None:
        row = ModuleProgress(apprenticeship_id=apprenticeship_id, module_id=e.module_id)
        session.add(row)
    else:
        before = {k: getattr(row, k) for k in values}
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()
    changes = diff(before, values)
    if changes:
        audit.record(
            session,
            action="update" if before else "create",
            entity="module_progress",
            entity_id=row.id,
            changes=changes,
        )
