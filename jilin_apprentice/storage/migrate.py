"""Bring a database to the current schema, after a backup, and refuse one from a newer version."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.paths import migrations_dir
from jilin_apprentice.storage.backup_files import online_copy

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite_file(source: Path, backup_dir: Path, label: str) -> Path:
    """Copy a live SQLite file with the online backup API (consistent even in WAL mode).

    Named `<stem>-<YYYYmmdd-HHMMSS-ffffff>-<label>.db`; written atomically (storage/backup_files),
    so a full disk or a crash leaves no half file under that name.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return online_copy(source, backup_dir / f"{source.stem}-{stamp}-{label}.db")


def upgrade_database(
    engine: Engine, *, sqlite_file: Path | None = None, backup_dir: Path | None = None
) -> str | None:
    """Upgrade to head. Returns the backup path taken before migrating, if any.

    Raises DomainError("db.newer_version") if the file was written by a newer release:
    migrating it down or up would risk the data.
    """
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    head = script.get_current_head()
    if current == head:
        return None
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DomainError("db.newer_version", revision=current)
    backup: Path | None = None
    if sqlite_file is not None and backup_dir is not None and current is not None:
        backup = backup_sqlite_file(sqlite_file, backup_dir, "pre-migrate")
        log.info("Backed up database before migrating to %s", backup)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("Database migrated from %s to %s", current, head)
    return str(backup) if backup else None
