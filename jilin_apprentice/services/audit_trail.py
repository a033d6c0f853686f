"""The audit trail: filters for the audit screen, verification of the hash chain and the record
of exports (issue 8, R-PI-7: an audit log of changes and of views/exports of personal data)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Select, func, or_, select

from jilin_apprentice.domain.audit_chain import ChainReport, ChainWalker, chain_findings
from jilin_apprentice.domain.errors import ValidationFailed, Violation
from jilin_apprentice.domain.masking import mask_text_pii
from jilin_apprentice.domain.rules.model import Finding
from jilin_apprentice.services.access import PII
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.audit_dto import (
    AuditChoices,
    AuditFilter,
    AuditPage,
    AuditRow,
)
from jilin_apprentice.storage.models import AuditEntry, UserAccount
from jilin_apprentice.storage.uow import UnitOfWork

A = AuditEntry
_ROW_COLUMNS = (A.id, A.at, A.actor, A.action, A.entity, A.entity_id, A.field)
_CHAIN_COLUMNS = (
    A.id, A.prev_hash, A.entry_hash, A.at, A.actor, A.action, A.entity, A.entity_id, A.field,
    A.old_value, A.new_value,
)  # fmt: skip
_SQLITE_CHAIN = (
    "SELECT id, prev_hash, entry_hash, at, actor, action, entity, entity_id, field, old_value, "
    "new_value FROM audit_log ORDER BY id"
)
_STREAM = 20_000
MAX_LIMIT = 100_000


def _utc_naive(moment: dt.datetime) -> dt.datetime:
    """A local wall-clock time as the naive UTC the log stores (storage/base.utcnow)."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def _local(stored: dt.datetime) -> dt.datetime:
    return stored.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class AuditTrailService:
    """Built once per database by services/container.py."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow, self._audit, self._today = uow, audit, today

    # --- the screen --------------------------------------------------------------------------
    def search(self, flt: AuditFilter) -> AuditPage:
        """Newest first, filtered and limited in SQL (the log holds hundreds of thousands)."""
        problems = []
        if flt.date_from and flt.date_to and flt.date_to < flt.date_from:
            params = {"start": flt.date_from.isoformat(), "end": flt.date_to.isoformat()}
            problems.append(Violation("date_to", "date.end_before_start", params))
        if not 1 <= flt.limit <= MAX_LIMIT:
            problems.append(Violation("limit", "number.range", {"min": 1, "max": MAX_LIMIT}))
        if flt.offset < 0:
            problems.append(Violation("offset", "number.negative", {}))
        if problems:
            raise ValidationFailed(problems)
        query = self._filtered(select(*_ROW_COLUMNS, A.old_value, A.new_value), flt)
        query = query.order_by(A.id.desc()).offset(flt.offset).limit(flt.limit + 1)
        with self._uow.read() as session:
            found = session.execute(query).all()
        rows = tuple(AuditRow(r[0], _local(r[1]), *r[2:]) for r in found[: flt.limit])
        return AuditPage(rows, flt.offset, flt.limit, has_more=len(found) > flt.limit)

    def _filtered(self, query: Select, flt: AuditFilter) -> Select:
        if flt.date_from:
            start = dt.datetime.combine(flt.date_from, dt.time())
            query = query.where(A.at >= _utc_naive(start))
        if flt.date_to:
            end = dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time())
            query = query.where(A.at < _utc_naive(end))
        for column, value in ((A.actor, flt.actor), (A.entity, flt.entity), (A.action, flt.action)):
            if value:
                query = query.where(column == value)
        if flt.max_id is not None:
            query = query.where(A.id <= flt.max_id)
        text = flt.text.strip()
        if text:
            # the log holds masked values: mask the search too, so a full ID number finds them
            pattern = _like(mask_text_pii(text))
            columns = (A.actor, A.entity, A.field, A.old_value, A.new_value)
            matches = [c.ilike(pattern, escape="\\") for c in columns]
            if text.isdigit() and int(text) < 2**31:  # an id (an INTEGER column everywhere)
                matches.append(A.entity_id == int(text))
            query = query.where(or_(*matches))
        return query

    def count(self, flt: AuditFilter) -> int:
        """How many entries the filter matches (for the status line)."""
        with self._uow.read() as session:
            inner = self._filtered(select(A.id), flt).subquery()
            return int(session.scalar(select(func.count()).select_from(inner)) or 0)

    def choices(self) -> AuditChoices:
        """Users (accounts and anyone who ever wrote an entry), entities and actions."""
        with self._uow.read() as session:
            actors = set(session.scalars(select(A.actor).distinct()))
            actors.update(session.scalars(select(UserAccount.username)))
            entities = session.scalars(select(A.entity).distinct().order_by(A.entity)).all()
            actions = session.scalars(select(A.action).distinct().order_by(A.action)).all()
        return AuditChoices(tuple(sorted(actors)), tuple(entities), tuple(actions))

    # --- the chain ---------------------------------------------------------------------------
    def verify(self) -> ChainReport:
        """Walk every entry in id order, recomputing hashes (streamed: no ORM objects)."""
        walker = ChainWalker(self._locate)
        with self._uow.read() as session:
            conn = session.connection()
            if conn.dialect.name == "sqlite":
                # the driver's own rows: half the time of SQLAlchemy's per-row type processing
                parse = dt.datetime.fromisoformat
                cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
                try:
                    cursor.execute(_SQLITE_CHAIN)
                    while batch := cursor.fetchmany(_STREAM):
                        for r in batch:
                            walker.feed((r[0], r[1], r[2], parse(r[3]), *r[4:]))
                finally:
                    cursor.close()
            else:
                stream = conn.execution_options(yield_per=_STREAM)
                for row in stream.execute(select(*_CHAIN_COLUMNS).order_by(A.id)):
                    walker.feed(tuple(row))  # type: ignore[arg-type]
        return walker.report()

    def findings(self) -> list[Finding]:
        """For the home-screen scan: one R-PI-7 finding when the chain is broken (a full check:
        about 3 s per million entries, so not on every refresh)."""
        return chain_findings(self.verify())

    def _locate(self, entry_hash: str) -> int | None:
        with self._uow.read() as session:
            return session.scalar(select(A.id).where(A.entry_hash == entry_hash).limit(1))

    # --- exports -----------------------------------------------------------------------------
    def record_export(
        self, title: str, rows: int, *, masked: bool = True, file_name: str | None = None
    ) -> None:
        """Note an export of a list in the trail before the file is written (R-PI-7); refuses a
        user without the export right (and, for unmasked data, without the personal-data
        right), so the permission holds in the service layer whatever the screen shows."""
        if not masked:
            self._audit.access.require(PII)
        changes: dict[str, tuple[object, object]] = {"rows": (None, rows)}
        if file_name:
            changes["file"] = (None, file_name)
        if not masked:
            changes["personal_data"] = (None, "unmasked")
        with self._uow() as session:
            self._audit.record(
                session, action="export", entity=title[:40], entity_id=None, changes=changes
            )
