"""Any on-screen table as a real .xlsx (issue 4: registers, gaps, incidents, pay ledgers).

Qt-free so the command line and every screen share one writer. Cells keep their types, so a
placement officer can sort and sum in Excel: dates are Excel dates, money is a number in yuan.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import unicodedata
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MONEY_FORMAT = "#,##0.00"
MIN_WIDTH, MAX_WIDTH = 6, 60
WIDTH_SAMPLE = 2000  # rows measured for column widths: enough, and fast on 20,000 rows
BAD_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})


def display_width(text: str) -> int:
    """Characters as Excel lays them out: a CJK character is about two Latin ones wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell_text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return "0000-00-00 00:00"
    if isinstance(value, dt.date):
        return "0000-00-00"
    if isinstance(value, float | Decimal):
        return f"{value:,.2f}"
    return "" if value is None else str(value)


def _sheet_title(title: str) -> str:
    """Excel refuses []:*?/\\ in sheet names and more than 31 characters."""
    return (title.translate(BAD_SHEET_CHARS).strip("' ") or "Sheet")[:31]


def write_xlsx(path: Path, title: str, headers: list[str], rows: list[list[object]]) -> Path:
    """Write one sheet: a bold, frozen, filterable header row, then the rows as typed cells.

    Value types decide the format, so callers need no column metadata: `date` and `datetime`
    become Excel dates, `float`/`Decimal` are money in yuan ("#,##0.00"), `int` stays a count,
    `None` an empty cell, anything else text (a leading "=" stays text, never a formula).
    A missing ".xlsx" suffix is added; the file is replaced only once it was fully written
    (a copy open in Excel is not half-overwritten). Returns the path written.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    book = Workbook()
    sheet = book.active
    sheet.title = _sheet_title(title)
    sheet.append([ILLEGAL_CHARACTERS_RE.sub("", h) for h in headers])
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(vertical="center")
    widths = [display_width(h) for h in headers]
    for index, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            _format(sheet.cell(row=index, column=col, value=_typed(value)))
        if index - 2 < WIDTH_SAMPLE:
            for col, value in enumerate(row[: len(widths)]):
                widths[col] = max(widths[col], display_width(_cell_text(value)))
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(
            MAX_WIDTH, max(MIN_WIDTH, width + 2)
        )
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(rows) + 1)}"
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


def _typed(value: object) -> object:
    """The value as openpyxl should store it (text cleaned of characters XML cannot hold)."""
    if value is None or isinstance(value, bool | int | float | dt.date | dt.time):
        return value
    if isinstance(value, Decimal):
        return float(value)
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def _format(cell: Cell) -> None:
    value = cell.value
    if isinstance(value, dt.datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, float):
        cell.number_format = MONEY_FORMAT
    elif isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text typed by a user (a name, a note), never a formula
