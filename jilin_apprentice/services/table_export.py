"""Any on-screen table as a real .xlsx (issue 4: registers, gaps, incidents, pay ledgers).

Qt-free so the command line and every screen share one writer. Cells keep their types, so a
placement officer can sort and sum in Excel: dates are Excel dates, money is a number in yuan.

Formula injection (issue 7): a text cell that begins with `=`, `+`, `-`, `@`, a tab or a
carriage return (or the full-width ＝＋－＠ that Excel and WPS also accept) gets a leading
apostrophe `'` and is stored as plain text. The apostrophe stays visible in the cell on purpose:
it survives a "save as CSV" and a copy into another tool, where a hidden style flag would not,
and anyone reading the sheet sees that the text was defused. Importers strip one leading `'`
before such a character (see docs/data-package.md). Numbers are never prefixed: -5 stays -5.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # openpyxl costs ~0.1 s to import: loaded at the first export, not at start
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# the characters XML 1.0 cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE, without importing it)
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MONEY_FORMAT = "#,##0.00"
YUAN_FORMAT = '"¥"#,##0.00'
MIN_WIDTH, MAX_WIDTH = 6, 60
WIDTH_SAMPLE = 2000  # rows measured for column widths: enough, and fast on 20,000 rows
BAD_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")
TEXT_MARKER = "'"


@dataclass(frozen=True, slots=True)
class Yuan:
    """Money held as integer fen, written as a number of yuan with a ¥ format."""

    fen: int


def neutralise(text: str) -> str:
    """`text` made safe to open in a spreadsheet: a leading `'` if it could start a formula."""
    return TEXT_MARKER + text if text and text[0] in FORMULA_STARTS else text


def display_width(text: str) -> int:
    """Characters as Excel lays them out: a CJK character is about two Latin ones wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell_text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return "0000-00-00 00:00"
    if isinstance(value, dt.date):
        return "0000-00-00"
    if isinstance(value, Yuan):
        return f"¥{value.fen / 100:,.2f}"
    if isinstance(value, float | Decimal):
        return f"{value:,.2f}"
    return "" if value is None else str(value)


def _sheet_title(title: str) -> str:
    """Excel refuses []:*?/\\ in sheet names and more than 31 characters."""
    return (title.translate(BAD_SHEET_CHARS).strip("' ") or "Sheet")[:31]


def write_xlsx(
    path: Path, title: str, headers: list[str], rows: Iterable[list[object]] | list[list[object]]
) -> Path:
    """Write one sheet: a bold, frozen, filterable header row, then the rows as typed cells.

    Value types decide the format, so callers need no column metadata: `date` and `datetime`
    become Excel dates, `Yuan` is money with a ¥ format, `float`/`Decimal` are money in yuan
    ("#,##0.00"), `int` stays a count, `None` an empty cell, anything else text (neutralised
    against formula injection, see the module docstring; text is never a formula).
    A missing ".xlsx" suffix is added; the file is replaced only once it was fully written
    (a copy open in Excel is not half-overwritten). Returns the path written.
    Streams (openpyxl write-only mode): 10,000 rows take well under a second.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    rows = list(rows)
    headers = [_clean(str(h)) for h in headers]
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = book.create_sheet(_sheet_title(title))
    widths = [display_width(h) for h in headers]
    for row in rows[:WIDTH_SAMPLE]:
        for col, value in enumerate(row[: len(widths)]):
            widths[col] = max(widths[col], display_width(_cell_text(value)))
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(
            MAX_WIDTH, max(MIN_WIDTH, width + 2)
        )
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(rows) + 1)}"
    bold, middle = Font(bold=True), Alignment(vertical="center")
    sheet.append([_header_cell(sheet, h, bold, middle) for h in headers])
    for row in rows:
        sheet.append([_typed(sheet, value) for value in row])
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        book.save(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


def _clean(text: str) -> str:
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("", text))


def _header_cell(sheet: WriteOnlyWorksheet, text: str, font: Font, align: Alignment) -> object:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    cell.font, cell.alignment = font, align
    return cell


def _formatted(sheet: WriteOnlyWorksheet, value: object, number_format: str) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell


def _typed(sheet: WriteOnlyWorksheet, value: object) -> object:
    """The value as openpyxl should store it: typed, formatted, text cleaned and defused."""
    if value is None or isinstance(value, bool | int | dt.time):
        return value
    if isinstance(value, dt.datetime):
        return _formatted(sheet, value, DATETIME_FORMAT)
    if isinstance(value, dt.date):
        return _formatted(sheet, value, DATE_FORMAT)
    if isinstance(value, Yuan):
        return _formatted(sheet, value.fen / 100, YUAN_FORMAT)
    if isinstance(value, float | Decimal):
        return _formatted(sheet, float(value), MONEY_FORMAT)
    text = _clean(str(value))
    if text[:1] == TEXT_MARKER or text[:1] in ("=", "{"):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"  # text typed by a user (a name, a note), never a formula
        return cell
    return text
