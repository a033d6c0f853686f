"""Personal data: consent records, retention and anonymisation, the privacy notice (issue 8)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.storage.uow import UnitOfWork


class PrivacyService:
    """Built once per database by services/container.py."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow, self._audit, self._today = uow, audit, today
