"""Audit trail writer: every service write records who, when, entity, field, old -> new.

Values of personal-data fields are masked before they reach the log (PIPL, R-PI-7); entries are
hash-chained so that a later edit or deletion of a row can be detected (issue 8 adds verification).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import event, insert, select, text
from sqlalchemy.orm import Session

from jilin_apprentice.domain.audit_chain import chain_hash
from jilin_apprentice.domain.masking import mask_id_number, mask_phone
from jilin_apprentice.services.access import Access, system_principal
from jilin_apprentice.storage.base import utcnow
from jilin_apprentice.storage.models import AuditEntry

MASKERS = {"id_number": mask_id_number, "phone": mask_phone, "contact_phone": mask_phone}


def _render(field: str, value: Any) -> str | None:
    if value is None:
        return None
    text = value.value if hasattr(value, "value") else str(value)
    masker = MASKERS.get(field)
    return masker(str(text)) if masker else str(text)


def _chain_hash(prev: str | None, entry: AuditEntry) -> str:
    return chain_hash(
        prev,
        entry.at,
        entry.actor,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.field,
        entry.old_value,
        entry.new_value,
    )


_LAST_HASH = "audit.last_hash"  # session.info key: (transaction, hash of the newest entry)
_PG_LOCK_KEY = 0x4A41_0008  # advisory lock serialising audit appends on PostgreSQL


def _last_hash(session: Session) -> str | None:
    """The newest entry's hash, read once per transaction and then kept in `session.info`.

    Reading it before every entry made a 10,000-row import commit take seconds (each read also
    flushed the pending rows). The cache is keyed by the innermost transaction, so a rolled-back
    savepoint or a new transaction falls back to the database and the chain stays the same.
    """
    tx = session.get_nested_transaction() or session.get_transaction()
    cached = session.info.get(_LAST_HASH)
    if cached is not None and cached[0] is tx:
        return cached[1]
    if session.get_bind().dialect.name == "postgresql":
        # two officers appending at once would both chain to the same entry: take turns
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
    return session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1))


class AuditWriter:
    """Appends audit rows inside the caller's unit of work (so they commit or roll back with it),
    after checking that the current principal may do the action (issue 8, services/access.py)."""

    def __init__(self, actor: str | Access) -> None:
        self.access = actor if isinstance(actor, Access) else Access(system_principal(actor))

    @property
    def actor(self) -> str:
        return self.access.principal.username

    def record(
        self,
        session: Session,
        *,
        action: str,
        entity: str,
        entity_id: int | None,
        changes: Mapping[str, tuple[Any, Any]] | None = None,
    ) -> None:
        self.access.require_for_action(action)
        prev = _last_hash(session)
        actor = self.actor
        rows = []
        for field, (old, new) in (changes or {}).items() or [(None, (None, None))]:
            at = utcnow()
            old_value, new_value = _render(field or "", old), _render(field or "", new)
            entry_hash = chain_hash(
                prev, at, actor, action, entity, entity_id, field, old_value, new_value
            )
            rows.append(
                {
                    "at": at,
                    "actor": actor,
                    "action": action,
                    "entity": entity,
                    "entity_id": entity_id,
                    "field": field,
                    "old_value": old_value,
                    "new_value": new_value,
                    "prev_hash": prev,
                    "entry_hash": entry_hash,
                }
            )
            prev = entry_hash
        # Core INSERT on the unit of work's connection: same transaction (commits or rolls back
        # with the change it records), visible to later queries, but no ORM objects to build
        # and no autoflush of the caller's pending rows on every call.
        session.connection().execute(insert(AuditEntry.__table__), rows)
        session.info[_LAST_HASH] = (
            session.get_nested_transaction() or session.get_transaction(),
            prev,
        )


@event.listens_for(Session, "before_flush")
def _forget_after_rechain(session: Session, _context: object, _instances: object) -> None:
    """Code that rewrites audit entries (privacy_records.redact_audit re-chains after
    anonymising) makes the cached newest hash stale: read it again next time."""
    if _LAST_HASH in session.info and any(isinstance(o, AuditEntry) for o in session.dirty):
        del session.info[_LAST_HASH]


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Field-by-field changes between two plain dicts of column values."""
    return {k: (before.get(k), v) for k, v in after.items() if before.get(k) != v}
