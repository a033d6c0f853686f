"""Rule parameters as the administrator sees them: every dated row, editable, audited.

A change is a new dated row (a new Jilin minimum-wage table from its effective date) or a
correction of an existing row; either is refused when the rules could not read the value.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from jilin_apprentice.domain.errors import ConflictError, NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.rules.reference_keys import BY_KEY, check_shape
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.rule_params import value_in_force
from jilin_apprentice.storage.models import ReferenceValue
from jilin_apprentice.storage.uow import UnitOfWork


@dataclass(frozen=True)
class ReferenceRow:
    id: int
    version: int
    key: str
    value_json: str
    effective_from: dt.date
    source: str
    verified: bool


@dataclass
class ReferenceDraft:
    key: str
    value_json: str
    effective_from: dt.date
    source: str
    verified: bool = False


class ReferenceValueService:
    def __init__(self, uow: UnitOfWork, audit: AuditWriter) -> None:
        self._uow = uow
        self._audit = audit

    def list(self) -> list[ReferenceRow]:
        stmt = select(ReferenceValue).order_by(ReferenceValue.key, ReferenceValue.effective_from)
        with self._uow.read() as session:
            return [
                ReferenceRow(
                    r.id, r.version, r.key, r.value_json, r.effective_from, r.source, r.verified
                )
                for r in session.scalars(stmt)
            ]

    def in_force(self, key: str, on: dt.date) -> Any | None:
        """The value of `key` in force on `on` (None when nothing is stored)."""
        with self._uow.read() as session:
            return value_in_force(session, key, on)

    @staticmethod
    def validate(draft: ReferenceDraft) -> list[Violation]:
        problems: list[Violation] = []
        if not draft.key.strip():
            problems.append(Violation("key", "required"))
        elif draft.key not in BY_KEY and draft.key.split(".", 1)[0] + "." not in {
            k.split(".", 1)[0] + "." for k in BY_KEY if "." in k
        }:
            problems.append(Violation("key", "choice.invalid"))
        if not draft.source.strip():
            problems.append(Violation("ref_source", "required"))
        try:
            value = json.loads(draft.value_json)
        except json.JSONDecodeError as exc:
            return [*problems, Violation("value", "reference.json", {"error": exc.msg})]
        shape = check_shape(draft.key.strip(), value)
        if shape:
            problems.append(Violation("value", "reference.shape", {"problems": "; ".join(shape)}))
        return problems

    def save(
        self, draft: ReferenceDraft, *, row_id: int | None = None, version: int | None = None
    ) -> int:
        """Add a dated row (row_id None) or correct one; the audit keeps old and new values."""
        problems = self.validate(draft)
        if problems:
            raise ValidationFailed(problems)
        values = {
            "key": draft.key.strip(),
            "value_json": json.dumps(json.loads(draft.value_json), ensure_ascii=False),
            "effective_from": draft.effective_from,
            "source": draft.source.strip(),
            "verified": draft.verified,
        }
        with self._uow() as session:
            clash = session.scalar(
                select(ReferenceValue.id).where(
                    ReferenceValue.key == values["key"],
                    ReferenceValue.effective_from == values["effective_from"],
                )
            )
            if clash is not None and clash != row_id:
                raise ValidationFailed([Violation("effective_from", "reference.duplicate")])
            if row_id is None:
                row = ReferenceValue(**values)
                session.add(row)
                session.flush()
                changes = {k: (None, v) for k, v in values.items()}
            else:
                found = session.get(ReferenceValue, row_id)
                if found is None:
                    raise NotFound("reference.not_found", id=row_id)
                if version is not None and found.version != version:
                    raise ConflictError("record.conflict", id=row_id)
                row = found
                changes = diff({k: getattr(row, k) for k in values}, values)
                for k, v in values.items():
                    setattr(row, k, v)
            if changes:
                self._audit.record(
                    session,
                    action="create" if row_id is None else "update",
                    entity="reference_value",
                    entity_id=row.id,
                    changes=changes,
                )
            return row.id
