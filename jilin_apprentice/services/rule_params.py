"""Rule thresholds from the `reference_value` table (administrator-editable, with source)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.rules.model import Parameter, RuleParams
from jilin_apprentice.storage.models import ReferenceValue


def _latest(session: Session, key: str, on: dt.date) -> ReferenceValue | None:
    return session.scalars(
        select(ReferenceValue)
        .where(ReferenceValue.key == key, ReferenceValue.effective_from <= on)
        .order_by(ReferenceValue.effective_from.desc())
        .limit(1)
    ).first()


def load_rule_params(session: Session, on: dt.date) -> RuleParams:
    """Defaults from the rulebook, overridden by the stored rows in force on `on`."""
    params = RuleParams()
    night = _latest(session, "night_window", on)
    if night is not None:
        value = json.loads(night.value_json)
        params = dataclasses.replace(
            params,
            night_start=Parameter(
                dt.time.fromisoformat(value["start"]), night.source, night.verified
            ),
            night_end=Parameter(dt.time.fromisoformat(value["end"]), night.source, night.verified),
        )
    return params
