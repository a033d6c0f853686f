"""Headless administration (issue 8): `audit verify`, `backup OUT`, `restore FILE`."""

from __future__ import annotations

import argparse
from typing import Any


def add_parsers(sub: Any) -> None:
    """Register `audit`, `backup` and `restore` on the main parser's subparsers."""
    audit = sub.add_parser("audit", help="check the audit trail")
    audit.add_argument("action", choices=["verify"])
    backup = sub.add_parser("backup", help="write a backup of the database")
    backup.add_argument("out")
    restore = sub.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file")


def run(services: Any, args: argparse.Namespace) -> int:
    """Run the command; returns the process exit code."""
    raise NotImplementedError(args.command)
