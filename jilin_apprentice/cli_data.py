"""Headless import and export (issue 7): `import KIND FILE …` and `export KIND OUT.xlsx`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXPORT_KINDS = (
    "students",
    "enterprises",
    "posts",
    "staff",
    "placements",
    "payments",
    "insurance",
    "agreements",
    "apprenticeships",
    "certificates",
)
RECIPIENT_CHOICES = ("school", "authority", "enterprise", "insurer")  # export_consent.RECIPIENTS


def add_parsers(sub: Any) -> None:
    """Register the `import` and `export` subcommands on the main parser's subparsers."""
    _add_import_parser(sub)
    _add_export_parser(sub)


def run(services: Any, args: argparse.Namespace) -> int:
    """Run `import` or `export`; returns the process exit code."""
    if args.command == "export":
        return run_export(services, args)
    return run_import(services, args)


# --- import (filled by the import helper) ---------------------------------------------------


IMPORT_KINDS = ("students", "enterprises", "posts", "placements", "payments")
MAX_LISTED = 50  # rows listed on stderr; the --report file has all


def _add_import_parser(sub: Any) -> None:
    imp = sub.add_parser(
        "import",
        help="import students, enterprises, posts, placements or payments from .xlsx or .csv",
        description=(
            "Read FILE (.xlsx, or .csv in UTF-8 or GBK), check every row and import it in one "
            "transaction. Without --skip-invalid one invalid row refuses the whole file. "
            "Payments: one enterprise's payroll sheet for one month (--enterprise, --month). "
            "Exit codes: 0 imported (or a clean dry run), 1 refused or rows invalid, "
            "2 the file cannot be read."
        ),
    )
    imp.add_argument("kind", choices=IMPORT_KINDS, metavar="KIND",
                     help="one of: " + ", ".join(IMPORT_KINDS))  # fmt: skip
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    imp.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, leave out the others"
    )
    imp.add_argument(
        "--on-duplicate",
        choices=("skip", "update"),
        default="skip",
        help="rows matching an existing record (ID number, credit code, enterprise + post, "
        "student + enterprise + start date); payments already recorded are always skipped",
    )
    imp.add_argument("--report", metavar="OUT.json", help="write every row's status and reasons")
    imp.add_argument("--enterprise", help="payments: the enterprise (credit code or name)")
    imp.add_argument("--month", help="payments: the month the pay is for, e.g. 2026-11")
    imp.add_argument("--paid-on", help="payments: the pay date for rows without one")


def run_import(services: Any, args: argparse.Namespace) -> int:
    """`import KIND FILE`: a summary on stdout, problems on stderr, exit 0 / 1 / 2."""
    import json

    from jilin_apprentice import messages
    from jilin_apprentice.services.import_report import json_report
    from jilin_apprentice.services.import_run import run_file

    done = run_file(
        services,
        args.kind,
        Path(args.file),
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        on_duplicate=args.on_duplicate,
        enterprise=args.enterprise,
        month=args.month,
        paid_on=args.paid_on,
    )
    preview, outcome = done.preview, done.outcome
    if args.report:
        report = json_report(preview, outcome, dry_run=args.dry_run)
        Path(args.report).write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
    for v in (*preview.problems, *done.refused):
        sys.stderr.write(messages.render(v.code, v.params, v.field) + "\n")
    bad = [r for r in preview.rows if r.reasons]
    for r in bad[:MAX_LISTED]:
        text = "; ".join(messages.render(v.code, v.params, v.field) for v in r.reasons)
        sys.stderr.write(f"row {r.row}: {text}\n")
    if len(bad) > MAX_LISTED:
        sys.stderr.write(f"... and {len(bad) - MAX_LISTED} more invalid rows (see --report)\n")
    counts = ", ".join(f"{preview.count(s)} {s}" for s in ("ok", "duplicate", "invalid"))
    read = f"{args.kind}: {len(preview.rows)} rows read from {preview.source}"
    sys.stdout.write(f"{read} ({counts})\n")
    if outcome is not None:
        sys.stdout.write(
            f"imported: {len(outcome.created)} created, {len(outcome.updated)} updated, "
            f"{len(outcome.skipped_duplicates)} duplicates skipped, "
            f"{len(outcome.skipped_invalid)} invalid rows skipped\n"
        )
    elif args.dry_run and not preview.problems:
        sys.stdout.write("dry run: nothing written\n")
    else:
        sys.stdout.write("nothing written\n")
    return done.code


# --- export ---------------------------------------------------------------------------------


def _add_export_parser(sub: Any) -> None:
    exp = sub.add_parser(
        "export",
        help="export a list as .xlsx, or the provincial data package",
        description=(
            "Write every row of KIND to OUT (.xlsx, Chinese headers that `import` reads back; "
            "--lang en for English ones), or with KIND 'package' write the provincial data "
            "package (CSV files, schema.json, manifest.json; docs/data-package.md) into the "
            "folder OUT. ID numbers and phone numbers are masked. For an enterprise or an "
            "insurer (--recipient), every student in the file needs a consent in force today "
            "for that purpose, signed by a guardian if under 14 (R-PI-6, R-PI-5): otherwise "
            "nothing is written (exit 2), unless --skip-without-consent leaves them out."
        ),
    )
    exp.add_argument("kind", choices=(*EXPORT_KINDS, "package"), metavar="KIND",
                     help="one of: " + ", ".join((*EXPORT_KINDS, "package")))  # fmt: skip
    exp.add_argument("out", metavar="OUT", help="the .xlsx file (a folder for 'package')")
    exp.add_argument(
        "--unmasked",
        action="store_true",
        help="write ID numbers and phone numbers in full: only for an administrator; "
        "the export is recorded in the audit trail",
    )
    exp.add_argument(
        "--recipient",
        choices=RECIPIENT_CHOICES,
        default="school",
        help="who gets the file: the school's own use (default), the education authority, "
        "an enterprise or an insurer (the last two need the students' consents, R-PI-6)",
    )
    exp.add_argument(
        "--skip-without-consent",
        action="store_true",
        help="for an enterprise or insurer: leave out the students without consent "
        "instead of refusing the export",
    )
    exp.add_argument(
        "--year", type=int, default=None, help="year of the data package (default: this year)"
    )


def run_export(services: Any, args: argparse.Namespace) -> int:
    """`export KIND OUT`: prints what was written; errors reach app.py as DomainError."""
    masked = "masked" if not args.unmasked else "NOT masked"
    if args.kind == "package":
        if args.recipient not in ("school", "authority"):
            sys.stderr.write(
                "The data package is for the education authority; "
                "--recipient must be school or authority.\n"
            )
            return 2
        result = services.exports.data_package(Path(args.out), args.year, unmasked=args.unmasked)
        for f in result.files:
            rows = "" if f.rows is None else f"\t{f.rows} rows"
            sys.stdout.write(f"{f.name}{rows}\tsha256 {f.sha256}\n")
        sys.stdout.write(
            f"data package {result.year} in {result.folder} (ID numbers and phones {masked})\n"
        )
        return 0
    language = "en" if getattr(args, "lang", None) == "en" else "zh_CN"
    done = services.exports.export(
        args.kind,
        Path(args.out),
        unmasked=args.unmasked,
        language=language,
        recipient=args.recipient,
        skip_without_consent=args.skip_without_consent,
    )
    sys.stdout.write(
        f"{done.kind}: {done.rows} rows in {done.path} (ID numbers and phones {masked})\n"
    )
    if done.recipient != "school":
        sys.stdout.write(
            f"for: {done.recipient}; {done.left_out} students without consent left out\n"
        )
    return 0
