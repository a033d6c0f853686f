"""Read an imported file into a grid of cell values, or say clearly why it cannot be read.

The file's bytes decide, not its name: a zip is an .xlsx (read with python-calamine, several
times faster than openpyxl), an OLE container is either a password-protected workbook (Excel
wraps an encrypted one in OLE with an "EncryptedPackage" stream) or an old .xls, and text is
CSV in UTF-8 (with or without BOM) or GBK/GB18030. A CSV whose lines mix UTF-8 and GBK is
refused with the line numbers rather than decoded into mojibake.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jilin_apprentice.domain.errors import Violation

MAX_BYTES = 60 * 1024 * 1024
MAX_ROWS = 50_000  # a school roster is a few thousand; more is not a roster
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


class SheetError(Exception):
    """The file cannot be imported at all; `violation` names the problem (field "file")."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.violation = Violation("file", code, params)


@dataclass(frozen=True)
class Grid:
    """Cell values by row (0-based), merged ranges already filled with their value."""

    rows: list[list[Any]]
    sheet: str


def read_grid(path: Path, sheet: str | None = None) -> Grid:
    """The first (or named) sheet of an .xlsx, or a CSV; raises SheetError."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SheetError("import.too_big", file=name, mb=MAX_BYTES // (1024 * 1024))
        head = path.open("rb").read(8)
    except FileNotFoundError as exc:
        raise SheetError("import.no_file", file=name) from exc
    except IsADirectoryError as exc:
        raise SheetError("import.no_file", file=name) from exc
    except OSError as exc:
        raise SheetError("import.unreadable", file=name, error=exc.strerror or str(exc)) from exc
    if size == 0:
        raise SheetError("import.empty_file", file=name)
    if head.startswith(OLE_MAGIC):
        raw = path.read_bytes()
        if ENCRYPTED_STREAM in raw:
            raise SheetError("import.encrypted", file=name)
        raise SheetError("import.old_xls", file=name)
    grid = _read_xlsx(path, sheet) if head.startswith(ZIP_MAGIC) else Grid(_read_csv(path), "")
    if len(grid.rows) > MAX_ROWS:
        raise SheetError("import.too_many_rows", file=name, rows=len(grid.rows), max=MAX_ROWS)
    if not any(any(_filled(v) for v in row) for row in grid.rows):
        raise SheetError("import.empty_sheet", file=name, sheet=grid.sheet)
    return grid


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _read_xlsx(path: Path, sheet: str | None) -> Grid:
    from python_calamine import CalamineWorkbook  # only when a workbook is read

    try:
        book = CalamineWorkbook.from_path(str(path))
        ws = book.get_sheet_by_name(sheet) if sheet else book.get_sheet_by_index(0)
        rows = ws.to_python(skip_empty_area=False)
        merged = ws.merged_cell_ranges or []
    except Exception as exc:  # calamine raises its own errors for damaged or foreign zips
        raise SheetError("import.not_spreadsheet", file=path.name) from exc
    finally:
        if "book" in locals():
            book.close()
    grid = [list(row) for row in rows]
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(grid) or c0 >= len(grid[r0]):
            continue
        value = grid[r0][c0]
        for r in range(r0, min(r1, len(grid) - 1) + 1):
            row = grid[r]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                row[c] = value
    return Grid(grid, ws.name)


def _read_csv(path: Path) -> list[list[Any]]:
    raw = path.read_bytes()
    text = decode_text(raw, path.name)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise SheetError("import.not_spreadsheet", file=path.name) from exc


def decode_text(raw: bytes, name: str) -> str:
    """UTF-8 (BOM or not), else GB18030 (a superset of the GBK Excel writes in China).

    Refused: binary data (NUL bytes), and files whose lines are partly valid UTF-8 Chinese and
    partly not (two files pasted together), named by their first line of each kind.
    """
    if b"\x00" in raw[:65536]:
        raise SheetError("import.not_spreadsheet", file=name)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    utf8_line = other_line = 0
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_line = utf8_line or number
        except UnicodeDecodeError:
            other_line = other_line or number
        if utf8_line and other_line:
            raise SheetError("import.mixed_encoding", file=name, utf8=utf8_line, other=other_line)
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise SheetError("import.encoding", file=name) from exc
    if sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t") > 8:
        raise SheetError("import.not_spreadsheet", file=name)
    return text
