"""Bring a database to the current schema, after a backup, and refuse one from a newer version."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.paths import migrations_dir
from jilin_apprentice.storage.backup_files import online_copy

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The newest migration in db/versions. A database already at it opens without importing Alembic
# (about 0.1 s of every start, issue 9); tests/unit/test_migrations_head.py checks that this
# matches Alembic's own head, so adding a migration without bumping it fails the suite.
SCHEMA_HEAD = "0005"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stored in alembic_version, read with plain SQL (no Alembic import)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


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
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
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
