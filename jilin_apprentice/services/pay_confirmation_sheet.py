"""The monthly pay confirmation sheet (.xlsx) the enterprise stamps and the students sign.

Only the layout lives here; write_confirmation_sheet in payroll_import reads the data. openpyxl
is imported only when a sheet is written (start-up time).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from jilin_apprentice.services.pay_dto import ArrearsRow, ConfirmationHeading

# A Chinese document the enterprise stamps and the students sign, like the agreement PDF.
SHEET_TITLE = "实习报酬发放确认表"
SHEET_COLUMNS = (
    ("序号", 6),
    ("班级", 18),
    ("姓名", 10),
    ("证件号码", 21),
    ("报酬期间", 23),
    ("应发金额（元）", 14),
    ("已发金额（元）", 14),
    ("发放日期", 12),
    ("差额（元）", 12),
    ("状态", 10),
    ("学生签名", 14),
    ("备注", 16),
)
SHEET_STATUS = {
    "paid": "已足额发放",
    "late": "迟发",
    "short": "未足额",
    "overdue": "逾期未发",
    "upcoming": "未到发放日",
    "nothing_due": "无应发",
}
MONEY_FORMAT = "#,##0.00"
FEN_COLUMNS = ("due_fen", "paid_fen", "short_fen")


def write_sheet(
    path: Path, heading: ConfirmationHeading, lines: Sequence[tuple[str, str, ArrearsRow]]
) -> None:
    """An A4 landscape sheet: title, enterprise and month, one signed line per intern, totals,
    and the enterprise's and the school's signature lines. `lines` are (class, masked ID, row)."""
    from openpyxl import Workbook  # heavy: only when a sheet is written
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    ws = book.active
    ws.title = f"{heading.month:%Y-%m}"
    width = len(SHEET_COLUMNS)
    ws.append([SHEET_TITLE])
    ws.append([f"实习单位：{heading.enterprise_name}"])
    ws.append(
        [f"学校：{heading.school_name}　　报酬月份：{heading.month.year}年{heading.month.month}月"]
    )
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([title for title, _ in SHEET_COLUMNS])
    for i, (class_name, id_masked, line) in enumerate(lines, start=1):
        ws.append(
            [
                i,
                class_name,
                line.student_name,
                id_masked,
                f"{line.period_start:%Y-%m-%d}至{line.period_end:%Y-%m-%d}",
                Decimal(line.due_fen) / 100,
                Decimal(line.paid_fen) / 100,
                line.paid_on,
                Decimal(line.short_fen) / 100,
                SHEET_STATUS.get(line.status, line.status),
            ]
        )
        ws.row_dimensions[ws.max_row].height = 28  # room to sign by hand
    rows = [line for _, _, line in lines]
    totals = [Decimal(sum(getattr(r, f) for r in rows)) / 100 for f in FEN_COLUMNS]
    ws.append(["合计", None, None, None, None, totals[0], totals[1], None, totals[2]])
    _style(ws, last_table_row=ws.max_row)
    ws.append([])
    ws.append(["实习单位经办人（签字）：", *[None] * 3, "实习单位（盖章）：", None, None, "日期："])
    ws.append(["学校经办人（签字）：", *[None] * 6, "日期："])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def _style(ws: Any, last_table_row: int) -> None:
    """Grid lines, money and date formats, bold headers, widths; A4 landscape, one page wide,
    the header row repeated on every printed page."""
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=4, max_row=last_table_row, max_col=len(SHEET_COLUMNS)):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            if cell.column in (6, 7, 9):
                cell.number_format = MONEY_FORMAT
            elif cell.column == 8:
                cell.number_format = "yyyy-mm-dd"
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for index, (_, chars) in enumerate(SHEET_COLUMNS, start=1):
        ws.column_dimensions[ws.cell(row=4, column=index).column_letter].width = chars
    ws.freeze_panes = "A5"
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
