"""Dashboard figures, the yearly statistical report and compliance over time (issue 7)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.compliance import ComplianceService
from jilin_apprentice.storage.uow import UnitOfWork


class StatisticsService:
    """Built once per database by services/container.py."""

    def __init__(
        self,
        uow: UnitOfWork,
        audit: AuditWriter,
        today: Callable[[], dt.date],
        compliance: ComplianceService,
    ) -> None:
        self._uow, self._audit, self._today = uow, audit, today
        self._compliance = compliance
