"""Printable weekly logbook sheets: A4, one page per entry, signed on paper.

The enterprise mentor and the school supervisor sign the printed week (R-SUP-4); the school
files the signed sheet as archive item (5) of R-REC-1. A QR code carries the record ID and the
first 8 hex digits of the text's SHA-256 ("JA-LOG:<id>:<hash8>"), printed as text too, so a
scanned sheet finds its record and shows whether the text changed after printing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import segno
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from jilin_apprentice.pdf import cjk_lines
from jilin_apprentice.pdf.fonts import register_cjk_font

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
QR_SIDE = 26 * mm
GREY = Color(0.35, 0.35, 0.35)
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
DAY_TYPES = {"enterprise": "企业", "school": "学校", "holiday": "节假日", "leave": "请假"}
STATUSES = {"draft": "草稿", "submitted": "已提交", "approved": "已通过", "returned": "已退回"}


def record_payload(entry_id: int, text: str) -> str:
    """What the QR holds: the record ID and a short hash of the text as printed."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return f"JA-LOG:{entry_id}:{digest}"


@dataclass(frozen=True)
class SheetData:
    """Everything one sheet prints (built by the service from the stored entry)."""

    entry_id: int
    school: str
    student: str
    class_name: str
    enterprise: str
    post: str
    week_start: dt.date
    days: tuple[tuple[dt.date, str | None], ...]  # day, DayType value (None: rest)
    text: str
    hours_x10: int | None
    status: str
    reviewer: str = ""
    review_comment: str = ""

    @property
    def payload(self) -> str:
        return record_payload(self.entry_id, self.text)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines that fit `width`, broken by the 禁则 rules (no line starts with "。")."""
    return cjk_lines.wrap(text, lambda line: pdfmetrics.stringWidth(line, font, size) <= width)


def _qr(c: Canvas, payload: str, x: float, y: float, side: float = QR_SIDE) -> None:
    matrix = segno.make(payload, error="m", micro=False).matrix
    n, cell = len(matrix), side / len(matrix)
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(matrix):
        start = None
        for col, dark in enumerate((*row, 0)):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                c.rect(x + start * cell, y + (n - 1 - r) * cell, (col - start) * cell, cell, 0, 1)
                start = None
    c.restoreState()


def _info(c: Canvas, font: str, s: SheetData, top: float) -> float:
    """Two columns of label–value pairs; returns the y below them."""
    hours = "" if s.hours_x10 is None else f"{s.hours_x10 / 10:g} 小时"
    pairs = [
        ("学校", s.school),
        ("学生", s.student),
        ("班级", s.class_name),
        ("实习单位", s.enterprise),
        ("岗位", s.post),
        ("本周工时", hours),
        ("审核状态", STATUSES.get(s.status, s.status)),
        ("审核人", s.reviewer),
    ]
    row_h, col_w = 7.5 * mm, (PAGE_W - 2 * MARGIN) / 2
    for i, (label, value) in enumerate(pairs):
        x = MARGIN + (i % 2) * col_w
        y = top - (i // 2) * row_h
        c.setFont(font, 9)
        c.setFillColor(GREY)
        c.drawString(x, y, f"{label}：")
        c.setFillColorRGB(0, 0, 0)
        c.setFont(font, 10.5)
        room = col_w - 22 * mm
        size = min(10.5, 10.5 * room / max(pdfmetrics.stringWidth(value, font, 10.5), 1))
        c.setFont(font, size)
        c.drawString(x + 20 * mm, y, value)
    return top - (len(pairs) + 1) // 2 * row_h


def _days(c: Canvas, font: str, s: SheetData, top: float) -> float:
    width = (PAGE_W - 2 * MARGIN) / 7
    height = 13 * mm
    c.setLineWidth(0.6)
    for i, (day, kind) in enumerate(s.days):
        x = MARGIN + i * width
        c.rect(x, top - height, width, height)
        c.setFont(font, 9)
        c.drawCentredString(x + width / 2, top - 4.5 * mm, f"{WEEKDAYS[i]} {day:%m-%d}")
        c.setFont(font, 10)
        c.drawCentredString(x + width / 2, top - 10 * mm, DAY_TYPES.get(kind or "", "休息"))
    return top - height


def _text_box(c: Canvas, font: str, s: SheetData, top: float, bottom: float) -> None:
    width = PAGE_W - 2 * MARGIN - 6 * mm
    c.rect(MARGIN, bottom, PAGE_W - 2 * MARGIN, top - bottom)
    c.setFont(font, 9)
    c.setFillColor(GREY)
    c.drawString(MARGIN + 3 * mm, top - 5 * mm, "本周实习内容与体会：")
    c.setFillColorRGB(0, 0, 0)
    room = top - bottom - 10 * mm
    size = 11.0
    lines = wrap(s.text, font, size, width)
    while len(lines) * size * 1.6 > room and size > 6:
        size -= 0.5
        lines = wrap(s.text, font, size, width)
    y = top - 10 * mm - size
    c.setFont(font, size)
    for line in lines:
        if y < bottom + 2 * mm:
            break
        c.drawString(MARGIN + 3 * mm, y, line)
        y -= size * 1.6
    if s.review_comment:
        c.setFont(font, 9)
        c.setFillColor(GREY)
        c.drawString(MARGIN + 3 * mm, bottom + 3 * mm, f"审核意见：{s.review_comment}"[:80])
        c.setFillColorRGB(0, 0, 0)


def _signatures(c: Canvas, font: str, top: float) -> float:
    width = (PAGE_W - 2 * MARGIN - 6 * mm) / 2
    height = 30 * mm
    for i, who in enumerate(("企业导师", "学校实习指导教师")):
        x = MARGIN + i * (width + 6 * mm)
        c.rect(x, top - height, width, height)
        c.setFont(font, 10)
        c.drawString(x + 3 * mm, top - 6 * mm, f"{who}意见：")
        c.drawString(x + 3 * mm, top - height + 12 * mm, "签字：")
        c.drawString(x + 3 * mm, top - height + 4 * mm, "日期：　　　年　　月　　日")
    return top - height


def _page(c: Canvas, font: str, s: SheetData) -> None:
    end = s.week_start + dt.timedelta(days=6)
    top = PAGE_H - MARGIN
    _qr(c, s.payload, PAGE_W - MARGIN - QR_SIDE, top - QR_SIDE)
    c.setFont(font, 8)
    c.drawCentredString(PAGE_W - MARGIN - QR_SIDE / 2, top - QR_SIDE - 4 * mm, s.payload)
    c.setFont(font, 17)
    c.drawString(MARGIN, top - 8 * mm, "学生实习周志")
    c.setFont(font, 11)
    c.drawString(MARGIN, top - 16 * mm, f"{s.week_start:%Y-%m-%d} 至 {end:%Y-%m-%d}")
    c.setFont(font, 8)
    c.setFillColor(GREY)
    c.drawString(MARGIN, top - 22 * mm, f"记录编号：{s.payload}")
    c.setFillColorRGB(0, 0, 0)
    y = _info(c, font, s, top - 36 * mm)
    y = _days(c, font, s, y - 2 * mm)
    sign_top = MARGIN + 40 * mm
    _text_box(c, font, s, y - 5 * mm, sign_top + 5 * mm)
    _signatures(c, font, sign_top)
    c.setFont(font, 7.5)
    c.setFillColor(GREY)
    c.drawCentredString(
        PAGE_W / 2,
        MARGIN - 8 * mm,
        "依据《职业学校学生实习管理规定》第二十一条、第二十三条；签字后交学校归档（实习日志）。",
    )
    c.setFillColorRGB(0, 0, 0)


def write_sheets(path: Path, sheets: Sequence[SheetData]) -> Path:
    """One A4 page per sheet; returns the path written."""
    font = register_cjk_font()
    path.parent.mkdir(parents=True, exist_ok=True)
    c = Canvas(str(path), pagesize=A4, invariant=True, initialFontName=font)
    c.setTitle("学生实习周志")
    c.setAuthor("Jilin Apprentice")
    for sheet in sheets:
        _page(c, font, sheet)
        c.showPage()
    c.save()
    return path
