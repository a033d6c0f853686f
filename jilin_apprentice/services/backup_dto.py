"""What the backup service hands out: plain frozen dataclasses, never ORM rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

AUTO, PRE_MIGRATE, PRE_RESTORE, MANUAL = "auto", "pre-migrate", "pre-restore", "manual"
DAMAGED = "damaged"
AUTOMATIC_KINDS = (AUTO, PRE_MIGRATE, PRE_RESTORE)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: `kind` is auto / pre-migrate / pre-restore / manual, or damaged (a
    database that failed its integrity check, moved aside by a restore)."""

    path: str
    name: str
    kind: str
    size_bytes: int
    made_at: dt.datetime


@dataclass(frozen=True)
class BackupPreview:
    """What restoring `path` would bring back, read without changing anything."""

    path: str
    size_bytes: int
    revision: str
    current_revision: str
    needs_migration: bool  # from an older version: migrated after the restore
    school_name: str | None
    students: int
    enterprises: int
    placements: int
    agreements: int
    last_audit_at: dt.datetime | None  # UTC, as stored in the audit trail
    integrity_ok: bool
    problems: tuple[str, ...]


@dataclass(frozen=True)
class RestoreResult:
    preview: BackupPreview
    safety_backup: str  # the database as it was just before the restore
    migrated: bool


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]
    checked_at: dt.datetime
