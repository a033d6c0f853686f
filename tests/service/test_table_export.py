"""The shared .xlsx writer: typed cells (dates, money), a frozen bold header, CJK intact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from jilin_apprentice.services.table_export import display_width, write_xlsx

HEADERS = ["学生", "Class", "From", "Premium", "Days", "Note"]
ROWS: list[list[object]] = [
    ["李思文", "2024级护理1班", dt.date(2026, 10, 12), 1860.5, 14, '=HYPERLINK("x")'],
    ["Wang Fang", None, dt.date(2027, 3, 28), 0.0, 0, "ok\x07"],
]


def test_cells_keep_their_types_and_the_header_is_frozen(tmp_path: Path) -> None:
    written = write_xlsx(tmp_path / "out.xlsx", "Insurance: policies [2026]", HEADERS, ROWS)
    assert written == tmp_path / "out.xlsx"
    sheet = load_workbook(written).active
    assert sheet.title == "Insurance_ policies _2026_"
    assert [c.value for c in sheet[1]] == HEADERS
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F3"
    assert sheet.max_row == 3
    name, klass, start, premium, days, note = sheet[2]
    assert name.value == "李思文" and klass.value == "2024级护理1班"
    assert isinstance(start.value, dt.datetime)  # a real Excel date, not text
    assert start.value.date() == dt.date(2026, 10, 12)
    assert start.number_format == "yyyy-mm-dd"
    assert premium.value == 1860.5 and premium.number_format == "#,##0.00"
    assert days.value == 14 and days.number_format == "General"
    assert note.data_type == "s"  # typed text stays text, never a formula
    assert sheet["F3"].value == "ok"  # a control character XML cannot hold is dropped
    assert sheet["B3"].value is None


def test_column_widths_fit_cjk_text(tmp_path: Path) -> None:
    sheet = load_workbook(write_xlsx(tmp_path / "w.xlsx", "t", HEADERS, ROWS)).active
    widths = {k: v.width for k, v in sheet.column_dimensions.items()}
    assert widths["B"] >= display_width("2024级护理1班")  # 12 wide CJK chars count double
    assert widths["C"] >= len("2026-10-12")
    assert all(6 <= w <= 60 for w in widths.values())


def test_suffix_is_added_and_an_empty_table_still_has_its_header(tmp_path: Path) -> None:
    written = write_xlsx(tmp_path / "sub" / "gaps", "Gaps", ["A", "B"], [])
    assert written.name == "gaps.xlsx" and written.exists()
    sheet = load_workbook(written).active
    assert [c.value for c in sheet[1]] == ["A", "B"] and sheet.max_row == 1
    assert list(written.parent.iterdir()) == [written]  # no temporary file left behind
