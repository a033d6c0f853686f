"""Issue 8 codes and fields (merged into messages.CODES / FIELDS): backups, restore, integrity."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "backup": QT_TRANSLATE_NOOP("Fields", "Backup"),
}

CODES: dict[str, str] = {
    "backup.not_found": QT_TRANSLATE_NOOP("Messages", "The file {path} does not exist."),
    "backup.not_sqlite": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {path} is not a database backup (it is not an SQLite file). Nothing was changed.",
    ),
    "backup.not_ours": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {path} is a database, but not a Jilin Apprentice backup. Nothing was changed.",
    ),
    "backup.newer_version": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup {path} was made by a newer version of Jilin Apprentice (schema {revision}). "
        "Install that version to restore it. Nothing was changed.",
    ),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup {path} is damaged (its integrity check failed) and cannot be restored. "
        "Choose another backup. Nothing was changed.",
    ),
    "backup.same_file": QT_TRANSLATE_NOOP(
        "Messages", "{path} is the open database itself. Choose another file or folder."
    ),
    "backup.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup could not be written to {folder}: the disk is full. The incomplete file was "
        "removed and the database is unchanged. Free some space or choose another drive.",
    ),
    "backup.write_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup could not be written to {folder} ({reason}). The incomplete file was removed "
        "and the database is unchanged.",
    ),
    "backup.restore_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The restore failed ({reason}); the database is unchanged. A copy of it as it was is in "
        "{safety}.",
    ),
    "backup.sqlite_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Backups from the app are for a database file on this computer. Back up a PostgreSQL "
        "server with the server's own tools (pg_dump).",
    ),
    "db.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {path} is damaged (integrity check: {detail}). Nothing was changed. "
        "The newest good backup is {backup}. To restore it, run:\n"
        'python -m jilin_apprentice restore "{backup}" --yes\n'
        "The damaged file is kept in the backups folder.",
    ),
    "db.damaged_no_backup": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {path} is damaged (integrity check: {detail}) and there is no good backup "
        "in {folder}. Nothing was changed. Copy the file somewhere safe, and restore a backup "
        'from a USB stick with: python -m jilin_apprentice restore "FILE" --yes',
    ),
}
