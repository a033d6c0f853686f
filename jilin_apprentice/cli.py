"""Command-line grammar (no Qt): one entry point for officers, tests, automation and the bundle."""

from __future__ import annotations

import argparse

from jilin_apprentice import __version__
from jilin_apprentice.cli_admin import add_parsers as add_admin_parsers
from jilin_apprentice.cli_data import add_parsers as add_data_parsers
from jilin_apprentice.cli_reading_copy import add_parser as add_reading_copy_parser

PAGES = (
    "home",
    "students",
    "enterprises",
    "staff",
    "placements",
    "apprenticeships",
    "board",
    "pay",
    "insurance",
    "agreements",
    "reports",
    "settings",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m jilin_apprentice",
        description="Jilin Apprentice: internships and apprenticeships for vocational schools.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help="folder for the database, backups, exports and logs")
    parser.add_argument("--db", help="database URL (default: SQLite file in the data folder)")
    parser.add_argument("--lang", choices=("zh_CN", "en", "ko"), help="interface language")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="create the demo database in the data folder once, then open it",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, visit every page, exit 0 or non-zero",
    )
    parser.add_argument("--screenshot", metavar="PNG", help="write a PNG of the window and exit")
    parser.add_argument("--page", choices=PAGES, help="page to show (with --screenshot)")
    parser.add_argument(
        "--tab", type=int, default=0, metavar="N", help="tab of the page to show (0 = first)"
    )
    parser.add_argument(
        "--size", default=None, metavar="WxH", help="window size for --screenshot, e.g. 1366x768"
    )
    parser.add_argument(
        "--no-dialogs", action="store_true", help="log error messages instead of showing dialogs"
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command")
    seed = sub.add_parser("seed", help="fill the database with realistic demo data")
    seed.add_argument("--size", type=int, default=300, help="number of students (default 300)")
    seed.add_argument("--seed", type=int, default=20261126, help="random seed (deterministic)")
    sub.add_parser("rules", help="print the rules as the app holds them (ID, severity, source)")
    compliance = sub.add_parser("compliance", help="scan open placements and print every finding")
    compliance.add_argument("--json", action="store_true", help="one JSON document on stdout")
    agreement = sub.add_parser("agreement", help="generate, sign and verify agreement PDFs")
    actions = agreement.add_subparsers(dest="action", required=True)
    generate = actions.add_parser("generate", help="generate agreement PDFs")
    which = generate.add_mutually_exclusive_group(required=True)
    which.add_argument("--placement", type=int, help="one placement ID")
    which.add_argument(
        "--all-ready",
        action="store_true",
        help="every placement with no blocking finding that lacks a current agreement",
    )
    generate.add_argument("--out", required=True, help="folder for the PDF files")
    sign = actions.add_parser("sign", help="sign a PDF with the school's certificate (PAdES)")
    sign.add_argument("file")
    sign.add_argument("--cert", required=True, help="PKCS#12 file (.p12/.pfx)")
    sign.add_argument("--out", help="signed file (default: FILE-signed.pdf)")
    verify = actions.add_parser("verify", help="check that a signed agreement is intact")
    verify.add_argument("file")
    add_reading_copy_parser(actions)
    add_data_parsers(sub)
    add_admin_parsers(sub)
    return parser
