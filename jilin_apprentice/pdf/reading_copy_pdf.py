"""The Korean reading copy of an agreement: A4, clearly not the agreement (issue 9).

Why it looks the way it does: officers and families in Yanbian read Korean, but only the Chinese
agreement is signed and binding. So every page carries a banner in both languages saying so, a
watermark "참고용 / 仅供参考", and a footer naming the original's number, version and the SHA-256
of the Chinese PDF it translates; there are no signature fields at all. Lines break through
cjk_lines (Korean at the spaces between words, Chinese by 禁则).
"""

from __future__ import annotations

import hashlib
import io
import os
import pathlib
import tempfile
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.pdf import cjk_lines
from jilin_apprentice.pdf.agreement_model import Clause, Party
from jilin_apprentice.pdf.fonts import CJK_FONT_NAME as FONT
from jilin_apprentice.pdf.fonts import register_cjk_font
from jilin_apprentice.pdf.held_pages import HeldPagesCanvas

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
BODY_TOP, BODY_BOTTOM = 34 * mm, 26 * mm
GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.93, 0.93, 0.93)
BANNER_FILL = Color(1.0, 0.96, 0.8)
BANNER_KO = "참고용 한국어 번역본입니다. 법적 효력은 중국어 원본에만 있습니다"
BANNER_ZH = "本译本仅供阅读参考，以中文文本为准"
WATERMARK = "참고용 / 仅供参考"
NO_SIGNATURE = (
    "(이하 여백) 이 번역본에는 서명란이 없으며 서명하지 않습니다. 서명·날인은 중국어 원본에만 "
    "합니다. / 本译本不设签署栏，不予签署；签字盖章仅在中文原本上进行。"
)


@dataclass(frozen=True)
class ReadingCopyContent:
    """What one reading copy prints (the service fills it from the generated agreement)."""

    title: str  # Korean
    original_title: str  # the Chinese title as printed on the agreement
    number: str
    version: int
    template_version: int
    parties: tuple[Party, ...]  # Korean labels
    clauses: tuple[Clause, ...]  # Korean text (a school-edited paragraph stays Chinese)
    original_pdf_sha256: str
    content_sha256: str


@dataclass(frozen=True)
class ReadingCopyRender:
    pages: int
    sha256: str
    size: int


@dataclass(frozen=True)
class _Style:
    size: float
    leading: float
    align: str = "left"  # left | center
    bold: bool = False
    color: Color | None = None
    space_before: float = 0.0
    space_after: float = 0.0


TITLE = _Style(16, 22, "center", bold=True, space_after=2)
SUBTITLE = _Style(9, 13, "center", color=GREY, space_after=8)
HEADING = _Style(10.5, 17, bold=True, space_before=5)
BODY = _Style(10, 16.5)
CELL = _Style(9, 12.5)
NOTE = _Style(9.5, 15, "center", space_before=10)


def _width(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, FONT, size)


class _Lines(Flowable):
    """Plain text in the bundled font, wrapped by cjk_lines; splits between lines."""

    def __init__(self, text: str, style: _Style, lines: list[str] | None = None) -> None:
        super().__init__()
        self.text, self.style, self._lines, self._for = text, style, lines, -1.0
        self._fixed = lines is not None
        self.spaceBefore, self.spaceAfter = style.space_before, style.space_after

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        if self._lines is None or (self._for != avail_w and not self._fixed):
            size = self.style.size
            self._lines = cjk_lines.wrap(self.text, lambda s: _width(s, size) <= avail_w)
            self._for = avail_w
        self.width, self.height = avail_w, len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
        self.wrap(avail_w, avail_h)
        assert self._lines is not None
        n, fit = len(self._lines), int((avail_h + 0.01) // self.style.leading)
        if n < 4 or fit < 2:
            return []
        fit = min(fit, n - 2)
        head = _Lines(self.text, self.style, self._lines[:fit])
        tail = _Lines(self.text, self.style, self._lines[fit:])
        head.spaceAfter = tail.spaceBefore = 0
        return [head, tail]

    def draw(self) -> None:
        st, canv = self.style, self.canv
        assert self._lines is not None
        canv.saveState()
        if st.color is not None:
            canv.setFillColor(st.color)
        t = canv.beginText()
        t.setFont(FONT, st.size)
        if st.bold:
            canv.setLineWidth(st.size * 0.035)
            t.setTextRenderMode(2)
        y = self.height - st.leading / 2 - 0.36 * st.size
        for line in self._lines:
            x = (self.width - _width(line, st.size)) / 2 if st.align == "center" else 0.0
            t.setTextOrigin(x, y)
            t.textOut(line)
            y -= st.leading
        canv.drawText(t)
        canv.restoreState()


def _party_table(party: Party) -> Table:
    label_w = 56 * mm
    rows: list[list[object]] = [[_Lines(party.title, CELL), ""]]
    style = [
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (1, 0), LIGHT),
        ("BACKGROUND", (0, 1), (0, -1), LIGHT),
        ("GRID", (0, 0), (-1, -1), 0.5, GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    rows += [[_Lines(label, CELL), _Lines(value or "—", CELL)] for label, value in party.lines]
    width = PAGE_W - 2 * MARGIN_X
    return Table(rows, colWidths=[label_w, width - label_w], style=TableStyle(style))


def _story(c: ReadingCopyContent) -> list[Flowable]:
    story: list[Flowable] = [
        _Lines(c.title, TITLE),
        _Lines(
            f"원문 / 原文：{c.original_title}　협약서 번호 / 协议编号：{c.number}　"
            f"제{c.version}판 / 第 {c.version} 版",
            SUBTITLE,
        ),
    ]
    for party in c.parties:
        story += [KeepTogether([_party_table(party)]), Spacer(1, 5)]
    for clause in c.clauses:
        if clause.heading:
            story += [CondPageBreak(HEADING.leading + 3 * BODY.leading)]
            story.append(_Lines(clause.heading, HEADING))
        story += [_Lines(p, BODY) for p in clause.paragraphs]
    story.append(_Lines(NO_SIGNATURE, NOTE))
    return story


class _ChromeCanvas(HeldPagesCanvas):
    """Holds pages back to draw, on each, the banner, the watermark and the footer with the
    page count (known only at the end)."""

    def __init__(self, *args: object, content: ReadingCopyContent, **kw: object) -> None:
        super().__init__(*args, **kw)
        self._content = content

    def _chrome(self, page: int, total: int) -> None:
        c = self._content
        self.saveState()
        self.setFillColor(Color(0.5, 0.5, 0.5, alpha=0.13))  # watermark, under nothing it hides
        self.setFont(FONT, 54)
        self.translate(PAGE_W / 2, PAGE_H / 2)
        self.rotate(35)
        self.drawCentredString(0, -18, WATERMARK)
        self.restoreState()
        self.saveState()
        top, band = PAGE_H - 10 * mm, 17 * mm
        self.setFillColor(BANNER_FILL)
        self.setStrokeColor(Color(0.8, 0.6, 0.1))
        self.rect(MARGIN_X, top - band, PAGE_W - 2 * MARGIN_X, band, stroke=1, fill=1)
        self.setFillColor(Color(0.1, 0.1, 0.1))
        self.setFont(FONT, 10.5)
        self.drawCentredString(PAGE_W / 2, top - 7 * mm, BANNER_KO)
        self.setFont(FONT, 10)
        self.drawCentredString(PAGE_W / 2, top - 13 * mm, BANNER_ZH)
        self.setFillColor(GREY)
        self.setStrokeColor(GREY)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, 20 * mm, PAGE_W - MARGIN_X, 20 * mm)
        self.setFont(FONT, 8)
        self.drawString(
            MARGIN_X,
            16 * mm,
            f"원본 협약서 번호 / 原协议编号：{c.number}　제{c.version}판 / 第 {c.version} 版",
        )
        self.drawRightString(PAGE_W - MARGIN_X, 16 * mm, f"{page} / {total}쪽（第 {page} 页）")
        self.setFont(FONT, 7)
        self.drawString(
            MARGIN_X,
            11.5 * mm,
            f"번역 대상 중국어 PDF의 SHA-256 / 中文原本 PDF SHA-256：{c.original_pdf_sha256}",
        )
        self.drawString(
            MARGIN_X, 7.5 * mm, f"원본 내용 검증 코드 / 原本内容校验码：{c.content_sha256}"
        )
        self.restoreState()


def render_reading_copy(content: ReadingCopyContent, out: pathlib.Path) -> ReadingCopyRender:
    """Write the reading copy atomically; DomainError("pdf.write_failed") if it cannot be."""
    register_cjk_font()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=BODY_TOP,
        bottomMargin=BODY_BOTTOM,
        title=f"{content.title} (참고용 번역본 / 仅供参考译本)",
        subject=f"Korean reading copy of agreement {content.number} v{content.version}; "
        f"original PDF SHA-256 {content.original_pdf_sha256}",
        creator="Jilin Apprentice",
        producer="Jilin Apprentice (ReportLab)",
        invariant=1,
        initialFontName=FONT,
    )

    def maker(*args: object, **kw: object) -> _ChromeCanvas:
        return _ChromeCanvas(*args, content=content, **kw)

    doc.build(_story(content), canvasmaker=maker)
    data = buf.getvalue()
    _write(data, out)
    return ReadingCopyRender(doc.page, hashlib.sha256(data).hexdigest(), len(data))


def _write(data: bytes, path: pathlib.Path) -> None:
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pdf", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        raise DomainError("pdf.write_failed", path=str(path), reason=str(exc)) from exc
