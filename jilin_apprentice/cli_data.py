"""Headless import and export (issue 7): `import KIND FILE …` and `export KIND OUT.xlsx`."""

from __future__ import annotations

import argparse
from typing import Any


def add_parsers(sub: Any) -> None:
    """Register the `import` and `export` subcommands on the main parser's subparsers."""
    imp = sub.add_parser("import", help="import students, enterprises, ... from .xlsx or .csv")
    imp.add_argument("kind")
    imp.add_argument("file")
    exp = sub.add_parser("export", help="export a list as .xlsx")
    exp.add_argument("kind")
    exp.add_argument("out")


def run(services: Any, args: argparse.Namespace) -> int:
    """Run `import` or `export`; returns the process exit code."""
    raise NotImplementedError(args.command)
