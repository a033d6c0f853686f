"""What the audit screen asks for and gets back (plain frozen dataclasses, never ORM rows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jilin_apprentice.domain.audit_chain import ChainBreak, ChainReport

__all__ = ["AuditChoices", "AuditFilter", "AuditPage", "AuditRow", "ChainBreak", "ChainReport"]

PAGE_SIZE = 500
EXPORT_MAX = 100_000  # one sheet; narrower filters for more


@dataclass(frozen=True)
class AuditFilter:
    """Dates are local calendar days, both ends included; empty fields do not filter."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actor: str | None = None
    entity: str | None = None
    action: str | None = None
    text: str = ""
    max_id: int | None = None  # entries up to this one (the screen jumps to a broken entry)
    limit: int = PAGE_SIZE
    offset: int = 0


@dataclass(frozen=True)
class AuditRow:
    """One entry as stored (values already masked); `at` is local time for display."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    field: str | None
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class AuditPage:
    """Newest first; `has_more` when the filter matches more than `limit` rows past `offset`."""

    rows: tuple[AuditRow, ...]
    offset: int
    limit: int
    has_more: bool


@dataclass(frozen=True)
class AuditChoices:
    """The values the filter boxes offer."""

    actors: tuple[str, ...]
    entities: tuple[str, ...]
    actions: tuple[str, ...]
