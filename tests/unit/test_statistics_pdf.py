"""The yearly-report PDF writer on hand-made tables: Chinese text extractable, fonts embedded,
numbers formatted, empty and long tables, and the workbook writer on the same tables."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from jilin_apprentice.pdf.statistics_pdf import (
    ReportDoc,
    ReportTable,
    bar_chart,
    cell_text,
    write_report_pdf,
)
from jilin_apprentice.services.statistics_xlsx import write_report_xlsx

needs_poppler = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdftotext", "pdffonts")), reason="poppler-utils missing"
)


def _doc(rows: int = 3) -> ReportDoc:
    majors = ReportTable(
        "一、各专业岗位实习率",
        ("专业", "学生数", "已安排", "安排率"),
        ("text", "int", "int", "pct"),
        tuple((f"专业{i}", 40 + i, 20 + i, (20 + i) / (40 + i)) for i in range(rows)),
        chart=(0, 3),
        note="统计口径说明",
        sheet="专业",
    )
    pay = ReportTable(
        "二、报酬",
        ("项目", "金额", "比"),
        ("text", "fen", "ratio"),
        (("中位数", 377_500, 1.25), ("=SUM(A1)", None, None)),
        sheet="报酬",
    )
    empty = ReportTable("三、空表", ("专业", "人次"), ("text", "int"), (), chart=(0, 1))
    return ReportDoc(
        "2026 年度学生实习统计报表", "测试学校", (("学校", "测试学校"),), (majors, pay, empty)
    )


@pytest.mark.parametrize(
    ("value", "kind", "text"),
    [
        (None, "pct", "—"),
        (0.5, "pct", "50.0%"),
        (1 / 3, "pct", "33.3%"),
        (377_500, "fen", "3,775.00"),
        (12345, "int", "12,345"),
        (1.0, "ratio", "1.00"),
        ("护理", "text", "护理"),
    ],
)
def test_cell_text(value, kind, text):
    assert cell_text(value, kind) == text


def test_bar_chart_only_for_tables_with_rows_and_a_chart():
    doc = _doc()
    assert bar_chart(doc.tables[0], "Helvetica") is not None
    assert bar_chart(doc.tables[1], "Helvetica") is None  # no chart asked
    assert bar_chart(doc.tables[2], "Helvetica") is None  # no rows


def _run(*args) -> str:
    return subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")


@needs_poppler
def test_pdf_text_is_extractable_and_fonts_embedded(tmp_path):
    path = write_report_pdf(_doc(), tmp_path / "sub" / "r.pdf")
    text = "".join(_run("pdftotext", "-enc", "UTF-8", str(path), "-").split())
    for needle in (
        "2026年度学生实习统计报表",
        "专业0",
        "50.0%",
        "3,775.00",
        "1.25",
        "（无数据）",
        "统计口径说明",
        "第1页",
    ):
        assert needle in text, needle
    fonts = _run("pdffonts", str(path)).splitlines()[2:]
    cjk = [line for line in fonts if "WenQuanYi" in line]
    assert cjk and all(" yes " in line for line in cjk)


@needs_poppler
def test_long_tables_flow_over_pages(tmp_path):
    path = write_report_pdf(_doc(rows=120), tmp_path / "long.pdf")
    pages = _run("pdftotext", "-enc", "UTF-8", str(path), "-").split("\f")
    assert len([p for p in pages if p.strip()]) >= 3
    assert "专业119" in "".join(pages)


def test_failed_write_leaves_no_file(tmp_path, monkeypatch):
    from jilin_apprentice.pdf import statistics_pdf

    def boom(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(statistics_pdf.SimpleDocTemplate, "build", boom)
    with pytest.raises(OSError):
        write_report_pdf(_doc(), tmp_path / "r.pdf")
    assert list(tmp_path.iterdir()) == []


def test_xlsx_one_sheet_per_table_with_typed_cells(tmp_path):
    path = write_report_xlsx(_doc(), tmp_path / "r.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["概况", "专业", "报酬", "三、空表"]
    majors = wb["专业"]
    assert [c.value for c in majors[2]] == ["专业", "学生数", "已安排", "安排率"]
    assert [c.value for c in majors[3]] == ["专业0", 40, 20, 0.5]
    assert majors["D3"].number_format == "0.0%" and majors["B3"].number_format == "#,##0"
    pay = wb["报酬"]
    assert pay["B3"].value == 3775.0 and pay["B3"].number_format == "#,##0.00"
    assert pay["A4"].value == "'=SUM(A1)" and pay["A4"].data_type == "s"  # never a formula
    assert wb["概况"]["B3"].value == "测试学校"
