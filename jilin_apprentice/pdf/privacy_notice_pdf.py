"""The printable privacy notice (个人信息处理告知书), A4, Chinese (PIPL Arts 17, 30; R-PI-3).

PIPL asks the processor to tell the person, before collecting, who processes the data and how
to reach them, the purposes and methods, the categories, how long it is kept and how to exercise
their rights; for sensitive data also why it is necessary and the impact (Art 30), and for data
given to others the recipients (Art 23, R-PI-6). The student (and guardian) sign the printed
notice; the officer records the acknowledgement with the notice version.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from jilin_apprentice.pdf import cjk_lines
from jilin_apprentice.pdf.fonts import register_cjk_font
from jilin_apprentice.pdf.privacy_notice_text import (  # noqa: F401  (re-exported)
    BLANK,
    NOTICE_VERSION,
    NoticeData,
    _date,
    sections,
)

PAGE_W, PAGE_H = A4
MARGIN = 20 * mm
BODY, HEAD, TITLE = 10.5, 12.0, 16.0
LEADING = 1.55


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    return cjk_lines.wrap(text, lambda line: pdfmetrics.stringWidth(line, font, size) <= width)


def write_notice(path: Path, d: NoticeData) -> Path:
    """Write the notice to `path` (one or more A4 pages) and return the path."""
    font = register_cjk_font()
    c = Canvas(str(path), pagesize=A4)
    c.setTitle("个人信息处理告知书")
    width = PAGE_W - 2 * MARGIN
    y = PAGE_H - MARGIN

    def line(text: str, size: float, x: float = MARGIN) -> None:
        nonlocal y
        if y < MARGIN + size * LEADING:
            c.showPage()
            y = PAGE_H - MARGIN
        c.setFont(font, size)
        c.drawString(x, y - size, text)
        y -= size * LEADING

    c.setFont(font, TITLE)
    c.drawCentredString(PAGE_W / 2, y - TITLE, "个人信息处理告知书")
    y -= TITLE * 2.2
    c.setFont(font, 8)
    c.drawRightString(PAGE_W - MARGIN, y + TITLE * 0.6, f"版本 {d.version}")
    who = d.student or BLANK
    cls = d.class_name or BLANK
    for text in _wrap(f"学生：{who}　　班级：{cls}", font, BODY, width):
        line(text, BODY)
    intro = (
        "为保护您的个人信息权益，根据《中华人民共和国个人信息保护法》，学校在收集您的个人信息"
        "之前，将处理规则告知如下："
    )
    for text in _wrap(intro, font, BODY, width):
        line(text, BODY)
    y -= BODY * 0.4
    for heading, paragraphs in sections(d):
        line(heading, HEAD)
        for paragraph in paragraphs:
            for text in _wrap(paragraph, font, BODY, width - 2 * BODY):
                line(text, BODY, MARGIN + 2 * BODY)
        y -= BODY * 0.4
    y -= BODY
    line("本人已阅读并知悉上述告知内容。", BODY)
    y -= BODY
    line("学生签名：＿＿＿＿＿＿＿＿　　监护人签名：＿＿＿＿＿＿＿＿", BODY)
    line("日期：＿＿＿＿年＿＿月＿＿日", BODY)
    c.setFont(font, 8)
    c.drawString(MARGIN, MARGIN / 2, f"打印日期：{_date(d.printed_on)}　告知书版本：{d.version}")
    c.showPage()
    c.save()
    return path
