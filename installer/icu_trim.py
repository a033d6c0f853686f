"""Linux bundle only: a smaller ICU data library for Qt (32 MB -> 5 MB). Used by build.spec.

The PySide6 Linux wheel links QtCore against ICU 73, whose data library libicudata.so.73 holds
the CLDR data of ~220 languages. qtbase uses ICU for collation (QCollator: the pinyin order of
student names), case mapping, time-zone names and QStringConverter's legacy codecs. This keeps
every item of the languages the app speaks (root, zh*, en*, ko*) and the time-zone data, and
drops the other languages and what neither Qt nor the app opens: the legacy-codec tables (the
app decodes GBK/CSV with Python's codecs; Qt 6 itself only needs UTF-8/16/32 and Latin-1, which
ICU has in code), break iterators and their dictionaries (Qt has its own text boundaries),
transliteration, spelled-out numbers, unit formats, character names, spoof and StringPrep data.
Checked: zh/ko/en collation, time-zone names, dates and case mapping give the same results as
with the full data (tests/e2e/test_bundle.py sorts names with the bundle's library).

Windows needs none of this: Qt for Windows uses the system's ICU/NLS, the wheel has no
libicudata. Tools: icupkg (Debian icu-devtools), as and ld (binutils).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

SYMBOL = "icudt73_dat"  # what libicuuc.so.73 imports (objdump -T)
KEEP_LANGUAGES = {"root", "en", "zh", "ko"}
DROP_TREES = ("translit/", "rbnf/", "unit/", "brkitr/")
DROP_SUFFIXES = (".cnv", ".spp", ".cfu")
DROP_ITEMS = {"unames.icu"}
NOT_LOCALES = {"res_index.res", "pool.res"}
_LOCALE = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")


def tools_missing() -> list[str]:
    return [tool for tool in ("icupkg", "as", "ld") if shutil.which(tool) is None]


def _extract(library: Path, out: Path) -> None:
    """Copy the ICU common data (the SYMBOL object in .rodata) out of the shared library."""
    symbols = subprocess.run(["objdump", "-T", str(library)], capture_output=True, text=True)
    line = next(x for x in symbols.stdout.splitlines() if x.rstrip().endswith(SYMBOL))
    address, size = int(line.split()[0], 16), int(line.split()[-2], 16)
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], capture_output=True, text=True)
    # "[ 5] .rodata PROGBITS 0000000000001000 001000 1e8bb80 ..." -> file offset of the address
    fields = next(x for x in sections.stdout.splitlines() if " .rodata " in x).split("]")[1].split()
    offset = address - int(fields[2], 16) + int(fields[3], 16)
    with library.open("rb") as source:
        source.seek(offset)
        out.write_bytes(source.read(size))


def _dropped(items: list[str]) -> list[str]:
    dropped = []
    for item in items:
        name = item.rsplit("/", 1)[-1]
        locale = _LOCALE.match(name)
        if (
            item.startswith(DROP_TREES)
            or item.endswith(DROP_SUFFIXES)
            or item in DROP_ITEMS
            or (locale and name not in NOT_LOCALES and locale.group(1) not in KEEP_LANGUAGES)
        ):
            dropped.append(item)
    return dropped


def trimmed_icudata(library: Path, work: Path) -> Path:
    """Build work/icu/libicudata.so.73 with fewer languages; return its path."""
    work = work / "icu"
    shutil.rmtree(work, ignore_errors=True)
    (work / "out").mkdir(parents=True)
    full = work / "icudt73l.dat"  # icupkg insists on the data's own name
    _extract(library, full)
    listing = subprocess.run(
        ["icupkg", "-l", str(full)], capture_output=True, text=True, check=True
    )
    drop = work / "drop.txt"
    drop.write_text("\n".join(_dropped(listing.stdout.split())) + "\n")
    small = work / "out" / "icudt73l.dat"
    subprocess.run(["icupkg", "-r", str(drop), str(full), str(small)], check=True)
    stub = work / "stub.s"
    stub.write_text(
        "    .section .rodata\n"
        f"    .globl {SYMBOL}\n"
        f"    .type {SYMBOL}, @object\n"
        "    .balign 16\n"
        f"{SYMBOL}:\n"
        f'    .incbin "{small}"\n'
        f"    .size {SYMBOL}, . - {SYMBOL}\n"
        '    .section .note.GNU-stack,"",@progbits\n'
    )
    subprocess.run(["as", "-o", str(work / "stub.o"), str(stub)], check=True)
    out = work / library.name
    soname = ["-soname", library.name]
    subprocess.run(["ld", "-shared", *soname, "-o", str(out), str(work / "stub.o")], check=True)
    return out
