"""The SQLite side of backups: online copies, integrity checks and reading what a backup holds.

All copies go through SQLite's online backup API, so a copy taken while the app writes is a
consistent snapshot (WAL included), and a restore writes INTO the live file, so connections the
app holds stay valid. A copy is written to `<name>.partial` and renamed only when complete: a
full disk or a killed process never leaves a half backup under a real name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jilin_apprentice.domain.errors import DomainError

SQLITE_HEADER = b"SQLite format 3\x00"
PARTIAL = ".partial"
PAGES_PER_STEP = 256  # small steps keep the live database writable by others during a copy
COUNTED = ("student", "enterprise", "placement", "agreement")


@dataclass(frozen=True)
class FileFacts:
    """What a database file holds, read without changing it."""

    revision: str | None
    counts: dict[str, int]
    last_audit_at: dt.datetime | None
    school_name: str | None
    integrity_ok: bool
    problems: tuple[str, ...]


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _write_error(exc: BaseException, folder: Path) -> DomainError:
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT) or "full" in text:
        return DomainError("backup.disk_full", folder=str(folder))
    return DomainError("backup.write_failed", folder=str(folder), reason=str(exc))


def online_copy(source: Path, target: Path) -> Path:
    """Copy the live database `source` to `target` (a new file), atomically.

    The copy is written beside the target as `.partial`, switched to a single-file journal (so
    the backup is one self-contained file), synced and renamed. On any failure the partial file
    is removed and DomainError("backup.disk_full" / "backup.write_failed") is raised; the source
    is only read.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + PARTIAL)
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst, pages=PAGES_PER_STEP)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        for leftover in (partial, Path(str(partial) + "-journal"), Path(str(partial) + "-wal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise _write_error(exc, target.parent) from exc
    return target


def copy_into(backup: Path, live: Path) -> None:
    """Overwrite the live database's content with `backup` through the online backup API.

    SQLite does this in one write transaction on `live`: readers and the app's pooled
    connections see either the old or the new database, never a mix.
    """
    src = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(live, timeout=10)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def check(path: Path, *, quick: bool = True, readonly: bool = True) -> tuple[str, ...]:
    """`PRAGMA quick_check` (or the full integrity_check): the problems found, () when ok.

    The live database is opened read-write (`readonly=False`) so that a WAL left by a crash is
    recovered first, as the app itself would; backups are opened read-only.
    """
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        else:
            conn = sqlite3.connect(path, timeout=5)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:  # in use, not damaged
            raise DomainError("db.locked") from exc
        return (str(exc),)
    return () if rows == ["ok"] else tuple(rows[:20])


def _table_names(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def read_facts(path: Path) -> FileFacts | None:
    """Revision, record counts, last audit time and integrity of a database file, read-only.

    None when the file is SQLite but not ours (no `alembic_version` or no `student` table).
    Raises sqlite3.DatabaseError when it is not a readable SQLite database at all.
    """
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        tables = _table_names(conn)
        if "alembic_version" not in tables or "student" not in tables:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        counts = {
            t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in COUNTED
            if t in tables
        }
        last = None
        if "audit_log" in tables:
            raw = conn.execute("SELECT max(at) FROM audit_log").fetchone()[0]
            last = dt.datetime.fromisoformat(raw) if raw else None
        school = None
        if "school_profile" in tables:
            found = conn.execute("SELECT name FROM school_profile ORDER BY id LIMIT 1").fetchone()
            school = found[0] if found else None
        problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    finally:
        conn.close()
    ok = problems == ["ok"]
    return FileFacts(
        row[0] if row else None, counts, last, school, ok, () if ok else tuple(problems[:20])
    )


def remove_partials(folder: Path) -> int:
    """Delete `.partial` files a killed backup left behind; returns how many."""
    removed = 0
    if folder.is_dir():
        for leftover in folder.glob(f"*{PARTIAL}*"):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
    return removed
