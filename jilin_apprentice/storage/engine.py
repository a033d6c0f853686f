"""Engine creation with SQLite pragmas, and the checks that refuse a file we must not touch."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.storage.search import gb_sort_key

SQLITE_HEADER = b"SQLite format 3\x00"
# storage/search.py gb_sort_key for PostgreSQL: hex of the GB18030 bytes (pinyin order)
PG_GB_SORT_KEY = """
CREATE OR REPLACE FUNCTION gb_sort_key(value text) RETURNS text AS $$
    SELECT encode(convert_to(coalesce(value, ''), 'GB18030'), 'hex')
$$ LANGUAGE sql IMMUTABLE
"""


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def check_sqlite_file(path: Path) -> None:
    """Refuse files that are not SQLite, unreadable or read-only before any write happens."""
    if not path.exists():
        parent = path.parent
        if not os.access(parent, os.W_OK):
            raise DomainError("db.folder_not_writable", path=str(parent))
        return
    if path.is_dir():
        raise DomainError("db.not_a_database", path=str(path))
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise DomainError("db.not_a_database", path=str(path))
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DomainError("db.read_only", path=str(path))


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.create_function("gb_sort_key", 1, gb_sort_key, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Create the engine; SQLite connections get foreign keys, WAL and a busy timeout."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            check_sqlite_file(Path(database))
        engine = create_engine(url, connect_args={"timeout": 5})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if parsed.get_backend_name() == "postgresql":
        with engine.begin() as conn:  # the same pinyin sort key as SQLite's Python function
            conn.exec_driver_sql(PG_GB_SORT_KEY)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def translate_operational_error(exc: Exception) -> DomainError | None:
    """Map driver errors that are the environment's fault to known, translatable codes."""
    message = str(getattr(exc, "orig", exc)).lower()
    if isinstance(getattr(exc, "orig", exc), sqlite3.DatabaseError) or "sqlite" in message:
        if "locked" in message or "busy" in message:
            return DomainError("db.locked")
        if "readonly" in message or "read-only" in message:
            return DomainError("db.read_only", path="")
        if "not a database" in message or "malformed" in message:
            return DomainError("db.not_a_database", path="")
        if "disk" in message and "full" in message:
            return DomainError("db.disk_full")
    gone = ("connection refused", "could not connect", "server closed", "terminating connection")
    if any(word in message for word in gone) or "connection failed" in message:
        return DomainError("db.server_unreachable")  # PostgreSQL: down, or gone mid-session
    return None
