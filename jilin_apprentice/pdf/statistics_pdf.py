"""The yearly statistical report for the education bureau as a PDF (A4, Chinese, tables and a
few bar charts drawn with ReportLab graphics).

The report arrives as neutral tables (ReportDoc), built by services/statistics_tables.py, so
the PDF and the .xlsx show exactly the same figures.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from jilin_apprentice.domain.money import format_yuan
from jilin_apprentice.pdf.fonts import register_cjk_font

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
BAR_COLOUR = colors.Color(0.18, 0.42, 0.70)
HEAD_FILL = colors.Color(0.90, 0.93, 0.97)
MAX_BARS = 12  # longer tables are charted by their first rows only


@dataclass(frozen=True)
class ReportTable:
    """One table of the report. `kinds` per column: "text", "int", "pct" (0..1 or None),
    "ratio" (a float shown with two decimals), "fen" (money in fen or None).
    `chart` = (label column, value column) for a bar chart."""

    title: str
    headers: tuple[str, ...]
    kinds: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    chart: tuple[int, int] | None = None
    note: str = ""
    sheet: str = ""  # short sheet name for the workbook


@dataclass(frozen=True)
class ReportDoc:
    title: str
    subtitle: str
    summary: tuple[tuple[str, str], ...] = ()  # (label, value) lines under the title
    tables: tuple[ReportTable, ...] = field(default_factory=tuple)


def cell_text(value: object, kind: str) -> str:
    """How a value prints: percentages with one decimal, money as yuan, None as "—"."""
    if value is None:
        return "—"
    if kind == "pct" and isinstance(value, int | float):
        return f"{value * 100:.1f}%"
    if kind == "ratio" and isinstance(value, int | float):
        return f"{value:.2f}"
    if kind == "fen" and isinstance(value, int):
        return format_yuan(value)
    if kind == "int" and isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _styles(font: str) -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("t", fontName=font, fontSize=18, leading=24, alignment=1),
        "sub": ParagraphStyle("s", fontName=font, fontSize=10, leading=14, alignment=1),
        "h": ParagraphStyle("h", fontName=font, fontSize=12.5, leading=17, spaceBefore=8),
        "cell": ParagraphStyle("c", fontName=font, fontSize=9, leading=11.5),
        "note": ParagraphStyle("n", fontName=font, fontSize=8.5, leading=11, textColor=colors.grey),
    }


def _table(t: ReportTable, st: dict[str, ParagraphStyle], font: str) -> Table:
    width = PAGE_W - 2 * MARGIN
    data: list[list[object]] = [[Paragraph(h, st["cell"]) for h in t.headers]]
    for row in t.rows:
        data.append(
            [
                Paragraph(cell_text(v, k), st["cell"]) if k == "text" else cell_text(v, k)
                for v, k in zip(row, t.kinds, strict=True)
            ]
        )
    if not t.rows:
        data.append(["（无数据）"] + [""] * (len(t.headers) - 1))
    first = 0.34 if len(t.headers) > 2 else 0.6
    rest = (1 - first) / max(1, len(t.headers) - 1)
    table = Table(data, colWidths=[width * first] + [width * rest] * (len(t.headers) - 1))
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("REPEATROWS", (0, 0), (-1, 0)),
    ]
    for i, kind in enumerate(t.kinds):
        if kind != "text":
            style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    table.repeatRows = 1
    return table


def bar_chart(t: ReportTable, font: str) -> Drawing | None:
    """A horizontal bar chart of one table column (first MAX_BARS rows), or None."""
    if t.chart is None or not t.rows:
        return None
    label_col, value_col = t.chart
    rows = [r for r in t.rows[:MAX_BARS] if isinstance(r[value_col], int | float)]
    if not rows:
        return None
    pct = t.kinds[value_col] == "pct"
    values = [float(r[value_col]) * (100 if pct else 1) for r in rows]
    labels = [str(r[label_col])[:16] for r in rows]
    width = PAGE_W - 2 * MARGIN
    bar_h = 14
    height = bar_h * len(rows) + 30
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 120, 15
    chart.width, chart.height = width - 150, height - 25
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100 if pct else max(1.0, max(values) * 1.15)
    chart.bars[0].fillColor = BAR_COLOUR
    chart.barLabelFormat = "%.1f%%" if pct else "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _page_number(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    canvas.saveState()
    canvas.setFont(register_cjk_font(), 8)
    canvas.drawCentredString(PAGE_W / 2, 9 * mm, f"第 {doc.page} 页")
    canvas.restoreState()


def write_report_pdf(doc: ReportDoc, path: Path) -> Path:
    """Write the report; the file is replaced only once fully written. Returns the path."""
    font = register_cjk_font()
    st = _styles(font)
    story: list[object] = [Paragraph(doc.title, st["title"]), Paragraph(doc.subtitle, st["sub"])]
    story.append(Spacer(1, 4 * mm))
    if doc.summary:
        story.append(
            _table(
                ReportTable("", ("项目", "数值"), ("text", "text"), doc.summary),
                st,
                font,
            )
        )
    for t in doc.tables:
        block: list[object] = [Paragraph(t.title, st["h"]), Spacer(1, 1.5 * mm)]
        chart = bar_chart(t, font)
        if chart is not None:
            block.append(chart)
        story.append(KeepTogether([*block, _table(t, st, font)]))
        if t.note:
            story.append(Paragraph(t.note, st["note"]))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        template = SimpleDocTemplate(
            tmp,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=doc.title,
        )
        template.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
