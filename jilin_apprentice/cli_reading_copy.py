"""`agreement reading-copy`: the Korean reading copy of a placement's agreement (issue 9).

Errors (the school does not offer copies, no agreement yet, a record changed since) reach
app.py as DomainError and are printed there with exit code 2, like every command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_parser(actions: Any) -> None:
    copy = actions.add_parser(
        "reading-copy",
        help="write the Korean reading copy of a placement's agreement (if the school offers it)",
        description=(
            "Write a Korean translation of the placement's current agreement to OUT, for "
            "reading only: the Chinese agreement stays the legal text and is not changed. "
            "The school turns this on in Settings > General. ID numbers and phone numbers "
            "are masked."
        ),
    )
    copy.add_argument("--placement", type=int, required=True, help="placement ID")
    copy.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    copy.add_argument(
        "--unmasked",
        action="store_true",
        help="print the ID number and phones in full (needs the right to see personal data)",
    )


def run(services: Any, args: argparse.Namespace) -> int:

    done = services.reading_copies.export_for_placement(
        args.placement, Path(args.out), unmasked=args.unmasked
    )
    masked = "masked" if done.masked else "NOT masked"
    sys.stdout.write(
        f"reading copy of {done.number} v{done.version}: {done.path}, {done.pages} pages "
        f"(ID numbers and phones {masked})\n"
        f"translates the Chinese PDF with SHA-256 {done.original_pdf_sha256}\n"
    )
    if done.untranslated:
        sys.stdout.write(f"{done.untranslated} paragraph(s) reworded by the school stay Chinese\n")
    return 0
