"""How the demo seeder writes: buffered Core `executemany` with ids assigned up front.

Split from demo_seed.py. 100,000 students must load in seconds, and ORM `add_all` is 4-5x slower
(shared/design/performance-notes.md); ids computed here let children point at parents before
any row is written.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select

from jilin_apprentice.storage.base import Base

CHUNK = 5000


class BulkWriter:
    """Buffers rows per table; writes them with Core executemany, parents before children.

    Ids are assigned here (max(id) + 1 onwards) so children can point at parents before any row
    is written. Every row of a table gets the same keys (a template of the column defaults), as
    executemany requires; created/updated stamps come from the reference date, not the clock.
    """

    def __init__(self, conn: Connection, stamp: dt.datetime) -> None:
        self.conn = conn
        self.stamp = stamp
        self.counts: dict[str, int] = {}
        self._buffers: dict[str, list[dict[str, Any]]] = {}
        self._next: dict[str, int] = {}
        self._templates: dict[str, dict[str, Any]] = {}
        self._pending = 0

    def _prepare(self, table: Table) -> None:
        template: dict[str, Any] = {}
        for col in table.columns:
            default = col.default
            if col.primary_key:
                continue
            if default is not None and default.is_scalar:
                template[col.name] = default.arg  # type: ignore[attr-defined]
            elif default is None and col.nullable:
                template[col.name] = None
        if "created_at" in table.columns:
            template["created_at"] = template["updated_at"] = self.stamp
        self._templates[table.name] = template
        self._buffers[table.name] = []
        self._next[table.name] = int(self.conn.scalar(select(func.max(table.c.id))) or 0) + 1

    def add(self, model: type[Base], row: dict[str, Any]) -> int:
        """Queue one row (keys are column names) and return the id it will have."""
        table: Table = model.__table__  # type: ignore[assignment]
        if table.name not in self._templates:
            self._prepare(table)
        row_id = self._next[table.name]
        self._next[table.name] = row_id + 1
        self._buffers[table.name].append({**self._templates[table.name], **row, "id": row_id})
        self.counts[table.name] = self.counts.get(table.name, 0) + 1
        self._pending += 1
        if self._pending >= CHUNK:
            self.flush()
        return row_id

    def flush(self) -> None:
        """Write every buffer in foreign-key order, so no child is written before its parent."""
        for table in Base.metadata.sorted_tables:
            rows = self._buffers.get(table.name)
            if rows:
                self.conn.execute(insert(table), rows)
                rows.clear()
        self._pending = 0


def advance_sequences(conn: Any) -> None:
    """The seeder writes ids itself; PostgreSQL's id sequences must then start after them."""
    if conn.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" in table.c:
            conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
