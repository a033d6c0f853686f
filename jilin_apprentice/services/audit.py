"""Audit trail writer: every service write records who, when, entity, field, old -> new.

Values of personal-data fields are masked before they reach the log (PIPL, R-PI-7); entries are
hash-chained so that a later edit or deletion of a row can be detected (issue 8 adds verification).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

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
    payload = json.dumps(
        [
            prev,
            entry.at.isoformat(),
            entry.actor,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.field,
            entry.old_value,
            entry.new_value,
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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
        prev = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1))
        items = list((changes or {}).items()) or [(None, (None, None))]
        for field, (old, new) in items:
            entry = AuditEntry(
                at=utcnow(),
                actor=self.actor,
                action=action,
                entity=entity,
                entity_id=entity_id,
                field=field,
                old_value=_render(field or "", old),
                new_value=_render(field or "", new),
            )
            entry.prev_hash = prev
            entry.entry_hash = _chain_hash(prev, entry)
            prev = entry.entry_hash
            session.add(entry)


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Field-by-field changes between two plain dicts of column values."""
    return {k: (before.get(k), v) for k, v in after.items() if before.get(k) != v}
