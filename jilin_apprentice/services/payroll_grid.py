"""Reading an enterprise's payroll sheet into a grid and finding its header (PayrollImportService).

Kept apart from the row checks so that the file handling (openpyxl, imported only when a sheet
is read; CSV in UTF-8 or GBK) and the header search can be read on their own.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jilin_apprentice.domain.pay_schedule import plain_text

# header text (after normalising) -> field; a header matches when it starts with a synonym
HEADERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("name", ("姓名", "学生姓名", "员工姓名", "实习生姓名", "收款人")),
    ("id_number", ("身份证号码", "身份证号", "身份证", "证件号码", "证件号")),
    ("net", ("实发工资", "实发金额", "实发", "实付金额")),
    ("gross", ("应发工资", "应发金额", "应发合计", "应发")),
    ("paid_on", ("发放日期", "支付日期", "发薪日期", "日期")),
    ("deduction", ("扣款", "扣除", "代扣")),
    ("note", ("备注", "说明")),
)
TOTAL_WORDS = ("合计", "总计", "小计")
HEADER_SEARCH_ROWS = 20


def read_grid(path: Path, sheet: str | None = None) -> list[list[Any]]:
    """Cell values row by row; a merged cell's value fills its whole range (merged headers,
    one date merged down a column)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix not in (".xlsx", ".xlsm"):
        raise ValueError(f"unsupported file type {suffix or '(none)'}; save it as .xlsx or .csv")
    from openpyxl import load_workbook  # heavy: only when a sheet is read
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, data_only=True)
    except (InvalidFileException, OSError) as exc:
        raise ValueError(str(exc)) from exc
    except Exception as exc:  # zipfile.BadZipFile and XML errors from a damaged file
        raise ValueError(f"not a readable .xlsx file ({type(exc).__name__})") from exc
    ws = book[sheet] if sheet else book.worksheets[0]
    grid = [list(row) for row in ws.iter_rows(values_only=True)]
    for merged in ws.merged_cells.ranges:
        value = grid[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row - 1, merged.max_row):
            for c in range(merged.min_col - 1, merged.max_col):
                grid[r][c] = value
    book.close()
    return grid


def _read_csv(path: Path) -> list[list[Any]]:
    """UTF-8 (with or without BOM) first, else GB18030, a superset of the GBK Excel writes."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]


def _field_of(header: Any) -> str | None:
    key = re.sub(r"[(（\[【].*$", "", plain_text(header).replace("*", ""))
    for name, synonyms in HEADERS:
        if any(key.startswith(s) for s in synonyms):
            return name
    return None


def find_header(grid: Sequence[Sequence[Any]]) -> tuple[int, int, dict[str, int]] | None:
    """(header row, first data row, field -> column), all 0-based; None without a name or ID
    column and an amount column. A second header row (under cells merged across) is used
    when it names fields too; its names win over the row above."""
    for r in range(min(HEADER_SEARCH_ROWS, len(grid))):
        top = {c: f for c, v in enumerate(grid[r]) if (f := _field_of(v))}
        if "name" not in top.values() and "id_number" not in top.values():
            continue
        below = {}
        if r + 1 < len(grid):
            below = {c: f for c, v in enumerate(grid[r + 1]) if (f := _field_of(v))}
        new_below = any(top.get(c) != f for c, f in below.items())
        columns: dict[str, int] = {}
        for c in sorted(set(top) | (set(below) if new_below else set())):
            f = below.get(c) if new_below and c in below else top[c]
            if f is not None:
                columns.setdefault(f, c)
        if "net" in columns or "gross" in columns:
            return r, r + (2 if new_below else 1), columns
    return None


def skip_row(cells_row: Sequence[Any], columns: dict[str, int]) -> bool:
    """Blank rows, totals rows (合计 in a cell) and notes under the table are not payments."""
    texts = [plain_text(v) for v in cells_row]
    if not any(texts) or any(t.startswith(TOTAL_WORDS) for t in texts if len(t) <= 4):
        return True
    used = [texts[c] for f, c in columns.items() if c < len(texts) and f not in ("note", "paid_on")]
    return not any(used)
