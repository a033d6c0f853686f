"""The yearly report as an .xlsx workbook: a summary sheet, then one sheet per table, with
typed cells (counts as integers, shares as percentages, money in yuan) so the bureau can
recalculate in Excel."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from jilin_apprentice.pdf.statistics_pdf import ReportDoc, ReportTable
from jilin_apprentice.services.table_export import display_width, neutralise

FORMATS = {"int": "#,##0", "pct": "0.0%", "ratio": "0.00", "fen": "#,##0.00"}
BAD_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})


def _value(value: object, kind: str) -> object:
    if value is None:
        return None
    if kind == "fen" and isinstance(value, int):
        return value / 100
    if kind == "text":
        return neutralise(str(value))  # never a formula (the exports' one guard)
    return value


def _sheet(wb: Workbook, t: ReportTable, index: int) -> None:
    title = (t.sheet or t.title or f"表{index}").translate(BAD_SHEET_CHARS)[:31]
    ws = wb.create_sheet(title)
    ws.append([t.title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(list(t.headers))
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in t.rows:
        ws.append([_value(v, k) for v, k in zip(row, t.kinds, strict=True)])
    for col, kind in enumerate(t.kinds, start=1):
        fmt = FORMATS.get(kind)
        if fmt:
            for (cell,) in ws.iter_rows(min_row=3, min_col=col, max_col=col):
                cell.number_format = fmt
        letter = get_column_letter(col)
        texts = [str(t.headers[col - 1])] + [str(r[col - 1]) for r in t.rows[:500]]
        ws.column_dimensions[letter].width = min(
            50, max(10, *(display_width(x) + 2 for x in texts))
        )
    ws.freeze_panes = "A3"
    if t.note:
        ws.append([])
        ws.append([t.note])


def write_report_xlsx(doc: ReportDoc, path: Path) -> Path:
    """Write the workbook; the file is replaced only once fully written. Returns the path."""
    wb = Workbook()
    summary = wb.active
    summary.title = "概况"
    summary.append([doc.title])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append([doc.subtitle])
    for label, value in doc.summary:
        summary.append([label, value])
    summary.column_dimensions["A"].width = 34
    summary.column_dimensions["B"].width = 40
    for i, table in enumerate(doc.tables, start=1):
        _sheet(wb, table, i)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
