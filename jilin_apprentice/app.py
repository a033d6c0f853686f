"""Composition root: parse arguments, set up paths and logging, open the database, run."""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from jilin_apprentice import messages
from jilin_apprentice.cli import build_parser
from jilin_apprentice.domain.errors import DomainError, ValidationFailed
from jilin_apprentice.logging_setup import setup_logging
from jilin_apprentice.paths import DataPaths, data_paths
from jilin_apprentice.services.container import Services, open_services
from jilin_apprentice.storage.engine import sqlite_url

log = logging.getLogger(__name__)


def database_url(args: object, paths: DataPaths) -> str:
    return getattr(args, "db", None) or sqlite_url(paths.database)


def describe_error(exc: DomainError) -> str:
    if isinstance(exc, ValidationFailed):
        return "\n".join(messages.render(v.code, v.params, v.field) for v in exc.violations)
    return messages.render(exc.code, exc.params)


def run_seed(services: Services, size: int, seed: int, *, quiet: bool = False) -> int:
    from jilin_apprentice.services.demo import build_demo  # heavy: only for this command

    report = build_demo(services, size=size, seed=seed)
    log.info("Demo data: %s", report)
    if not quiet and sys.stdout:
        sys.stdout.write(f"{report}\n")
    return 0


def print_rules() -> int:
    from jilin_apprentice.domain.rules.engine import LEDGER_RULES, RULES

    rows = [(s.rule_id, s.severity, s.source, s.verified) for s in RULES] + list(LEDGER_RULES)
    for rule_id, severity, source, ok in rows:
        verified = "verified" if ok else "unverified"
        sys.stdout.write(f"{rule_id}\t{severity}\t{source}\t{verified}\n")
    return 0


def run_compliance(services: Services, as_json: bool) -> int:
    findings = services.compliance.scan()
    if as_json:
        rows = [dataclasses.asdict(f) for f in findings]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n")
        return 0
    for f in findings:
        details = json.dumps(f.params, ensure_ascii=False, default=str)
        sys.stdout.write(
            f"placement {f.placement_id}\t{f.student_name}\t{f.rule_id}\t{f.severity}\t"
            f"{f.field}\t{details}\n"
        )
    sys.stdout.write(f"{len(findings)} finding(s)\n")
    return 0


def run_agreement_file(args: argparse.Namespace, data_dir: Path) -> int:
    """`agreement sign|verify`: files and certificates only, no database needed."""
    from jilin_apprentice.services import signing_cli

    if args.action == "verify":
        return signing_cli.cli_verify(Path(args.file), data_dir)
    out = Path(args.out) if args.out else None
    return signing_cli.cli_sign(Path(args.file), Path(args.cert), out, data_dir, None)


def run_generate(services: Services, args: argparse.Namespace) -> int:
    out = Path(args.out)
    ids = [args.placement] if args.placement else services.agreements.ready_placements()

    def progress(done: int, total: int) -> None:
        if sys.stderr:
            sys.stderr.write(f"\r{done}/{total}")

    report = services.agreements.batch_generate(ids, out, progress=progress)
    if sys.stderr and ids:
        sys.stderr.write("\n")
    for pid in report.done:
        sys.stdout.write(f"placement {pid}\tgenerated\n")
    for pid, why in report.failed.items():
        sys.stdout.write(f"placement {pid}\tnot generated\t{why}\n")
    sys.stdout.write(f"{len(report.done)} generated, {len(report.failed)} not generated in {out}\n")
    return 0 if not report.failed else 1


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "rules":
        return print_rules()
    paths = data_paths(args.data_dir).ensure()
    if args.command == "agreement" and args.action in ("sign", "verify"):
        return run_agreement_file(args, paths.root)
    log_path = setup_logging(paths.logs, verbose=args.verbose)
    url = database_url(args, paths)
    try:
        window = not args.command  # the window runs the checks once it is usable
        services = open_services(url, backup_dir=paths.backups, actor="system", defer_checks=window)
    except DomainError as exc:
        if args.command == "restore" and exc.code.startswith("db.damaged"):
            from jilin_apprentice.cli_admin import run_restore_damaged

            return run_restore_damaged(args, url, paths.backups)
        message = describe_error(exc)
        log.error("Cannot open database: %s", message)
        if args.command or args.smoke_test or args.no_dialogs or args.screenshot:
            sys.stderr.write(message + "\n") if sys.stderr else None
            return 2
        from jilin_apprentice.ui.launch import show_fatal_error

        return show_fatal_error(exc, args, log_path)
    try:
        if args.command == "seed":
            return run_seed(services, args.size, args.seed)
        if args.command == "compliance":
            return run_compliance(services, args.json)
        if args.command == "agreement" and args.action == "reading-copy":
            from jilin_apprentice.cli_reading_copy import run as run_reading_copy

            return run_reading_copy(services, args)
        if args.command == "agreement":
            return run_generate(services, args)
        if args.command in ("audit", "backup", "restore"):
            from jilin_apprentice.cli_admin import run as run_admin

            return run_admin(services, args)
        if args.command in ("import", "export"):
            from jilin_apprentice.cli_data import run as run_data

            return run_data(services, args)
        if args.demo and services.student_count() == 0:
            run_seed(services, 300, 20261126, quiet=True)
        from jilin_apprentice.ui.launch import run_gui  # Qt loads only for the window

        return run_gui(services, args, paths, log_path)
    except DomainError as exc:
        if sys.stderr:
            sys.stderr.write(describe_error(exc) + "\n")
        return 2
    finally:
        services.close()
