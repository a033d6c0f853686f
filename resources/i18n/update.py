#!/usr/bin/env python3
"""Maintain the translations: extract source strings into the .ts files, compile the .qm files.

    python resources/i18n/update.py                 # lupdate (keeps translations) + lrelease
    python resources/i18n/update.py --release-only  # only compile .ts -> .qm (bootstrap, build)

Edit translations in the .ts files (Qt Linguist: `pyside6-linguist resources/i18n/app_zh_CN.ts`).
A test fails while any entry is unfinished or a source string is missing from the .ts files.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("zh_CN", "en", "ko")


def tool(name: str) -> str:
    folder = Path(sys.executable).parent
    for candidate in (folder / f"pyside6-{name}", folder / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"pyside6-{name} not found next to {sys.executable}")


def source_files() -> list[str]:
    package = ROOT / "jilin_apprentice"
    return sorted(str(p) for p in package.rglob("*.py"))


def lupdate(ts_files: list[Path]) -> None:
    for ts in ts_files:
        language = ts.stem.removeprefix("app_")
        subprocess.run(
            [
                tool("lupdate"),
                *source_files(),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en_US",
                "-target-language",
                language,
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    ts_files = [HERE / f"app_{lang}.ts" for lang in LANGUAGES]
    if "--release-only" not in sys.argv:
        lupdate(ts_files)
    for ts in ts_files:
        lrelease(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
