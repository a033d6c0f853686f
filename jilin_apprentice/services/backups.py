"""Automatic and manual backups, restore with a preview, the start-up integrity check (issue 8).

Backups are whole-database copies through SQLite's online backup API (storage/backup_files.py):
automatic ones go to the data folder's `backups/` (daily on start, before migrations, before a
restore) and are rotated to the `backups`.keep newest of each kind; a manual one goes to any
folder (a USB stick) under a name that says the school, the date and the time.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, select

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.access import ADMIN, EXPORT
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.backup_dto import (
    AUTO,
    AUTOMATIC_KINDS,
    MANUAL,
    PRE_RESTORE,
    BackupInfo,
    BackupPreview,
    IntegrityReport,
    RestoreResult,
)
from jilin_apprentice.services.rule_params import ensure_reference_defaults, value_in_force
from jilin_apprentice.storage import backup_files as bf
from jilin_apprentice.storage.migrate import (
    alembic_config,
    backup_sqlite_file,
    head_revision,
    upgrade_database,
)
from jilin_apprentice.storage.models import SchoolProfile
from jilin_apprentice.storage.uow import UnitOfWork

log = logging.getLogger(__name__)
DEFAULT_KEEP = 10
STAMPED = re.compile(r"-(\d{8}-\d{6})(-\d{6})?-(auto|pre-migrate|pre-restore|damaged)\.db$")
MANUAL_STAMP = re.compile(r"-(\d{8}-\d{6})\.db$")
UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def _made_at(path: Path) -> tuple[str, dt.datetime]:
    """The kind and time a backup file was made, from its name (else its modification time)."""
    found = STAMPED.search(path.name)
    if found:
        stamp, micro = found.group(1), (found.group(2) or "-0")[1:]
        made = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(microsecond=int(micro))
        return found.group(3), made
    found = MANUAL_STAMP.search(path.name)
    if found:
        return MANUAL, dt.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
    return MANUAL, dt.datetime.fromtimestamp(path.stat().st_mtime)


def describe(path: Path) -> BackupInfo:
    kind, made = _made_at(path)
    return BackupInfo(str(path), path.name, kind, path.stat().st_size, made)


def list_folder(folder: Path | None) -> list[BackupInfo]:
    """The backups (`*.db` SQLite files) in a folder, newest first."""
    if folder is None or not folder.is_dir():
        return []
    found = [describe(p) for p in folder.glob("*.db") if p.is_file() and bf.is_sqlite_file(p)]
    return sorted(found, key=lambda b: (b.made_at, b.name), reverse=True)


def newest_good_backup(folder: Path | None) -> Path | None:
    """The newest backup in `folder` that passes the quick check and is ours."""
    for info in list_folder(folder):
        try:
            facts = bf.read_facts(Path(info.path))
        except sqlite3.Error:
            continue
        if facts is not None and facts.integrity_ok:
            return Path(info.path)
    return None


def startup_check(sqlite_file: Path, backup_dir: Path | None) -> None:
    """`PRAGMA quick_check` before the app touches the file; a damaged one stops the start with
    a message naming the newest good backup and how to restore it (DomainError "db.damaged")."""
    if not sqlite_file.exists() or sqlite_file.stat().st_size == 0:
        return
    if not bf.is_sqlite_file(sqlite_file):
        return  # storage/engine refuses it with db.not_a_database
    problems = bf.check(sqlite_file, readonly=False)
    if not problems:
        return
    log.error("Integrity check of %s failed: %s", sqlite_file, "; ".join(problems))
    good = newest_good_backup(backup_dir)
    if good is None:
        raise DomainError(
            "db.damaged_no_backup",
            path=str(sqlite_file),
            detail=problems[0],
            folder=str(backup_dir or ""),
        )
    raise DomainError("db.damaged", path=str(sqlite_file), detail=problems[0], backup=str(good))


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def preview_file(file: Path, live: Path | None = None) -> BackupPreview:
    """Check that `file` is a backup of ours that this version can restore, and what it holds."""
    file = Path(file)
    if not file.is_file():
        raise DomainError("backup.not_found", path=str(file))
    if live is not None and live.exists() and file.resolve() == live.resolve():
        raise DomainError("backup.same_file", path=str(file))
    if not bf.is_sqlite_file(file):
        raise DomainError("backup.not_sqlite", path=str(file))
    try:
        facts = bf.read_facts(file)
    except sqlite3.Error as exc:
        raise DomainError("backup.not_sqlite", path=str(file)) from exc
    if facts is None or facts.revision is None:
        raise DomainError("backup.not_ours", path=str(file))
    if facts.revision not in _known_revisions():
        raise DomainError("backup.newer_version", path=str(file), revision=facts.revision)
    head = head_revision()
    count = facts.counts.get
    return BackupPreview(
        path=str(file),
        size_bytes=file.stat().st_size,
        revision=facts.revision,
        current_revision=head,
        needs_migration=facts.revision != head,
        school_name=facts.school_name,
        students=count("student", 0),
        enterprises=count("enterprise", 0),
        placements=count("placement", 0),
        agreements=count("agreement", 0),
        last_audit_at=facts.last_audit_at,
        integrity_ok=facts.integrity_ok,
        problems=facts.problems,
    )


def restore_damaged(live: Path, file: Path, backup_dir: Path) -> Path:
    """Restore when the live file is too damaged to open: move it (and its WAL) aside into
    `backup_dir` as `<stem>-<stamp>-damaged.db`, then copy the backup in its place. The next
    open migrates it if it is older. Returns where the damaged file went."""
    preview = preview_file(file, live)
    if not preview.integrity_ok:
        raise DomainError("backup.damaged", path=str(file))
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    kept = backup_dir / f"{live.stem}-{stamp}-damaged.db"
    if live.exists():
        live.replace(kept)
    for suffix in ("-wal", "-shm"):
        side = Path(str(live) + suffix)
        if side.exists():
            side.replace(Path(str(kept) + suffix))
    bf.online_copy(Path(file), live)
    log.warning("Damaged database moved to %s; restored %s", kept, file)
    return kept


def manual_name(school: str | None, when: dt.datetime) -> str:
    """`<school>-备份-YYYYmmdd-HHMMSS.db`, safe on Windows and FAT-formatted USB sticks."""
    label = UNSAFE.sub("_", (school or "").strip()).strip("._") or "jilin_apprentice"
    return f"{label[:60]}-备份-{when:%Y%m%d-%H%M%S}.db"


class BackupService:
    """Built once per database by services/container.py."""

    def __init__(
        self,
        uow: UnitOfWork,
        audit: AuditWriter,
        today: Callable[[], dt.date],
        *,
        sqlite_file: Path | None = None,
        backup_dir: Path | None = None,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self._uow, self._audit, self._today = uow, audit, today
        self.sqlite_file, self.backup_dir, self._now = sqlite_file, backup_dir, now

    @property
    def available(self) -> bool:
        """Backups are of a local SQLite file; a PostgreSQL server is backed up with its tools."""
        return self.sqlite_file is not None

    def _live(self) -> Path:
        if self.sqlite_file is None:
            raise DomainError("backup.sqlite_only")
        return self.sqlite_file

    def _folder(self) -> Path:
        return self.backup_dir or self._live().parent / "backups"

    def keep(self) -> int:
        with self._uow.read() as session:
            value = value_in_force(session, "backups", self._today()) or {}
        return max(1, int(value.get("keep", DEFAULT_KEEP)))

    # --- automatic ------------------------------------------------------------------------
    def automatic(self) -> BackupInfo | None:
        """The daily backup on start: made when none of kind `auto` is from today; rotates."""
        if self.sqlite_file is None or self.backup_dir is None:
            return None
        bf.remove_partials(self.backup_dir)
        day = self._now().date()
        if any(b.kind == AUTO and b.made_at.date() == day for b in self._own_automatic()):
            return None
        made = describe(backup_sqlite_file(self.sqlite_file, self.backup_dir, AUTO))
        self.rotate()
        return made

    def rotate(self) -> list[str]:
        """Delete all but the `backups`.keep newest automatic backups of each kind."""
        keep, removed = self.keep(), []
        found = self._own_automatic()
        for kind in AUTOMATIC_KINDS:
            for info in [b for b in found if b.kind == kind][keep:]:
                Path(info.path).unlink(missing_ok=True)
                removed.append(info.name)
        return removed

    def _own_automatic(self) -> list[BackupInfo]:
        """Automatic backups of this database file (a shared folder may hold other files')."""
        stem = self._live().stem + "-"
        return [
            b
            for b in list_folder(self.backup_dir)
            if b.kind in AUTOMATIC_KINDS and b.name.startswith(stem)
        ]

    def backups(self, extra_folder: Path | None = None) -> list[BackupInfo]:
        """Backups in the data folder's backups/ and (say, the last USB stick) `extra_folder`."""
        rows = list_folder(self.backup_dir)
        if extra_folder is not None and Path(extra_folder) != self.backup_dir:
            rows += list_folder(Path(extra_folder))
        return sorted(rows, key=lambda b: (b.made_at, b.name), reverse=True)

    # --- manual ---------------------------------------------------------------------------
    def backup(self, dest: Path) -> BackupInfo:
        """A manual backup to a folder (named after school, date, time) or to a `.db` path."""
        live = self._live()
        self._audit.access.require(EXPORT)  # the whole database is personal data leaving the PC
        dest = Path(dest)
        if dest.suffix.lower() == ".db" and not dest.is_dir():
            target = dest
        else:
            with self._uow.read() as session:
                school = session.scalar(
                    select(SchoolProfile.name).order_by(SchoolProfile.id).limit(1)
                )
            target = dest / manual_name(school, self._now())
        if target.exists() and target.resolve() == live.resolve():
            raise DomainError("backup.same_file", path=str(target))
        if not target.parent.exists():
            try:
                target.parent.mkdir(parents=True)
            except OSError as exc:
                raise DomainError(
                    "backup.write_failed", folder=str(target.parent), reason=str(exc)
                ) from exc
        bf.online_copy(live, target)
        with self._uow() as session:
            self._audit.record(
                session,
                action="export",
                entity="backup",
                entity_id=None,
                changes={"file": (None, str(target))},
            )
        log.info("Manual backup written to %s", target)
        return describe(target)

    # --- restore --------------------------------------------------------------------------
    def inspect(self, file: Path) -> BackupPreview:
        """The preview shown before a restore; refuses a file that is not ours or is newer."""
        return preview_file(Path(file), self.sqlite_file)

    def restore(self, file: Path) -> RestoreResult:
        """Replace the database's content with the backup `file` (administrators only).

        First a safety backup of the current database (kind pre-restore), then the backup is
        copied INTO the live file with the online backup API (open connections stay valid),
        then migrated if it is from an older version. If the migration fails the safety backup
        is copied back, so the database is never left half restored. Audited as "restore".
        """
        live = self._live()
        self._audit.access.require(ADMIN)
        preview = self.inspect(file)
        if not preview.integrity_ok:
            raise DomainError("backup.damaged", path=str(file))
        safety = backup_sqlite_file(live, self._folder(), PRE_RESTORE)
        try:
            bf.copy_into(Path(file), live)
        except sqlite3.Error as exc:
            raise DomainError("backup.restore_failed", reason=str(exc), safety=str(safety)) from exc
        migrated = False
        try:
            if preview.needs_migration:
                upgrade_database(self._engine())
                migrated = True
            with self._uow() as session:
                ensure_reference_defaults(session)
                self._audit.record(
                    session,
                    action="restore",
                    entity="database",
                    entity_id=None,
                    changes={
                        "file": (None, str(file)),
                        "safety_backup": (None, str(safety)),
                        "revision": (preview.revision, preview.current_revision),
                    },
                )
        except Exception:
            log.exception("Restore of %s failed after the copy; putting %s back", file, safety)
            bf.copy_into(safety, live)
            raise
        log.info("Restored %s (safety backup %s)", file, safety)
        return RestoreResult(preview, str(safety), migrated)

    def _engine(self) -> Engine:
        with self._uow.read() as session:
            bind = session.get_bind()
        assert isinstance(bind, Engine)
        return bind

    # --- integrity ------------------------------------------------------------------------
    def check_integrity(self, *, full: bool = False) -> IntegrityReport:
        """`PRAGMA quick_check` (or the slower full integrity_check) of the live database."""
        problems = bf.check(self._live(), quick=not full, readonly=False)
        return IntegrityReport(not problems, problems, self._now())

    def newest_good_backup(self) -> BackupInfo | None:
        found = newest_good_backup(self.backup_dir)
        return describe(found) if found else None
