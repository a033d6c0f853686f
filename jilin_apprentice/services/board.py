"""The post board: openings, ranked suggestions and the class allocation (issue 7)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.placements import PlacementService
from jilin_apprentice.storage.uow import UnitOfWork


class BoardService:
    """Built once per database by services/container.py."""

    def __init__(
        self,
        uow: UnitOfWork,
        audit: AuditWriter,
        today: Callable[[], dt.date],
        placements: PlacementService,
    ) -> None:
        self._uow, self._audit, self._today = uow, audit, today
        self._placements = placements
