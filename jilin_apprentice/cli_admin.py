"""Headless administration (issue 8): `audit verify`, `backup OUT`, `restore FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_parsers(sub: Any) -> None:
    """Register `audit`, `backup` and `restore` on the main parser's subparsers."""
    audit = sub.add_parser("audit", help="check the audit trail")
    audit.add_argument("action", choices=["verify"])
    backup = sub.add_parser("backup", help="write a backup of the database")
    backup.add_argument("out")
    restore = sub.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true", help="restore without asking (else preview)")


def run(services: Any, args: argparse.Namespace) -> int:
    """Run the command; returns the process exit code."""
    if args.command == "audit":
        return run_audit(services, args)
    if args.command == "backup":
        return run_backup(services, args)
    if args.command == "restore":
        return run_restore(services, args)
    raise NotImplementedError(args.command)


# --- backup / restore (backups helper) -------------------------------------------------------
def _say(text: str) -> None:
    if sys.stdout:
        sys.stdout.write(text + "\n")


def _print_preview(preview: Any) -> None:
    audit = f"{preview.last_audit_at:%Y-%m-%d %H:%M} UTC" if preview.last_audit_at else "-"
    schema = preview.revision + (
        " (older: migrated after the restore)" if preview.needs_migration else ""
    )
    _say(f"backup\t{preview.path}")
    _say(f"school\t{preview.school_name or '-'}")
    _say(f"size\t{preview.size_bytes} bytes")
    _say(f"schema\t{schema}")
    _say(f"students\t{preview.students}")
    _say(f"enterprises\t{preview.enterprises}")
    _say(f"placements\t{preview.placements}")
    _say(f"agreements\t{preview.agreements}")
    _say(f"last change\t{audit}")
    _say(
        f"integrity\t{'ok' if preview.integrity_ok else 'DAMAGED: ' + '; '.join(preview.problems)}"
    )


def run_backup(services: Any, args: argparse.Namespace) -> int:
    """`backup OUT`: OUT is a folder (the file is named after school, date and time) or a .db."""
    info = services.backups.backup(Path(args.out))
    _say(f"{info.path}\t{info.size_bytes} bytes")
    return 0


def run_restore(services: Any, args: argparse.Namespace) -> int:
    """`restore FILE`: print the preview; only `--yes` replaces the database (exit 2 without)."""
    preview = services.backups.inspect(Path(args.file))
    _print_preview(preview)
    if not args.yes:
        _say("Nothing was changed. Run again with --yes to restore this backup.")
        return 2
    result = services.backups.restore(Path(args.file))
    _say(f"restored; the database as it was is in {result.safety_backup}")
    return 0


def run_restore_damaged(args: argparse.Namespace, url: str, backup_dir: Path) -> int:
    """`restore FILE [--yes]` when the database is too damaged to open: app.py calls this when
    open_services raised db.damaged*. The damaged file is moved into `backup_dir`, the backup
    copied in its place (migrated on the next open). Exit 0, or 2 with the reason."""
    from sqlalchemy.engine import make_url

    from jilin_apprentice import messages
    from jilin_apprentice.domain.errors import DomainError
    from jilin_apprentice.services.backups import preview_file, restore_damaged

    database = Path(str(make_url(url).database))
    try:
        preview = preview_file(Path(args.file), database)
        _print_preview(preview)
        if not args.yes:
            _say("Nothing was changed. Run again with --yes to restore this backup.")
            return 2
        kept = restore_damaged(database, Path(args.file), backup_dir)
    except DomainError as exc:
        if sys.stderr:
            sys.stderr.write(messages.render(exc.code, exc.params) + "\n")
        return 2
    _say(f"restored; the damaged database was moved to {kept}")
    return 0


# --- audit (audit helper) ---------------------------------------------------------------------
_BREAK_TEXT = {
    "edited": "entry {id} was changed after it was written (its hash does not match its contents "
    "or the next entry)",
    "deleted": "entries before entry {id} were deleted{missing}",
    "inserted": "entry {id} was inserted into the trail afterwards",
    "reordered": "entry {id} is out of order (it follows entry {points_to}, not entry {after})",
}


def describe_chain(report: Any) -> str:
    """One paragraph for the terminal: intact, or the first broken entry and what happened."""
    span = f"entries {report.first_id}-{report.last_id}" if report.checked else "no entries"
    if report.intact:
        gaps = f"; {report.id_gaps} id number(s) unused" if report.id_gaps else ""
        return f"audit trail intact: {report.checked} entries checked ({span}){gaps}"
    b = report.first_break
    missing = f" ({b.missing} missing after entry {b.after_id})" if b.missing else ""
    what = _BREAK_TEXT[b.kind].format(
        id=b.entry_id, missing=missing, points_to=b.points_to, after=b.after_id
    )
    return (
        f"audit trail BROKEN at entry {b.entry_id}: {what}. {report.checked} entries checked "
        f"({span}); {report.edited} with a wrong hash, {report.broken_links} broken link(s)"
    )


def run_audit(services: Any, args: argparse.Namespace) -> int:
    """`audit verify`: exit 0 when the chain is intact, 1 when it is broken."""
    report = services.audit_trail.verify()
    _say(describe_chain(report))
    return 0 if report.intact else 1
