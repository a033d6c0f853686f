"""The audit trail: filters for the audit screen and verification of the hash chain (issue 8)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.storage.uow import UnitOfWork


class AuditTrailService:
    """Built once per database by services/container.py."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow, self._audit, self._today = uow, audit, today
