"""Rule thresholds from the `reference_value` table (administrator-editable, with source)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.rules.model import RuleParams, StoredValue, apply_reference_rows
from jilin_apprentice.domain.rules.reference_keys import REFERENCE_KEYS
from jilin_apprentice.storage.models import ReferenceValue


def stored_values(session: Session) -> list[StoredValue]:
    rows = session.scalars(select(ReferenceValue)).all()
    return [
        StoredValue(r.key, json.loads(r.value_json), r.effective_from, r.source, r.verified)
        for r in rows
    ]


def value_in_force(session: Session, key: str, on: dt.date) -> Any | None:
    """The decoded value of `key` in force on `on` (None when nothing is stored yet)."""
    raw = session.scalar(
        select(ReferenceValue.value_json)
        .where(ReferenceValue.key == key, ReferenceValue.effective_from <= on)
        .order_by(ReferenceValue.effective_from.desc())
        .limit(1)
    )
    return json.loads(raw) if raw is not None else None


def load_rule_params(session: Session, on: dt.date) -> RuleParams:
    """Seeded defaults, overridden by the stored rows in force on `on`."""
    return apply_reference_rows(stored_values(session), on)


def ensure_reference_defaults(session: Session) -> int:
    """Insert the seeded default of every key the database does not hold yet; returns how many.

    A new database (or one from an older version that lacks a key) gets the rulebook's values,
    so the rules and the administrator's editor always have a row to start from.
    """
    present = set(session.scalars(select(ReferenceValue.key).distinct()))
    added = 0
    for ref in REFERENCE_KEYS:
        if ref.key not in present:
            session.add(
                ReferenceValue(
                    key=ref.key,
                    value_json=json.dumps(ref.default, ensure_ascii=False),
                    effective_from=ref.effective_from,
                    source=ref.source,
                    verified=ref.verified,
                )
            )
            added += 1
    return added
