"""The flowables of the agreement PDF: text paragraphs broken by our own CJK rules, signatures.

Why our own: ReportLab's CJK wrapping collapses ideographic spaces, lets a line start with "，" or
"》", breaks inside numbers and dates, and is slow (an object per character). `layout_lines` keeps
Latin runs whole, never starts a line with closing punctuation nor ends one with opening
punctuation (禁则), and justifies full lines with a character spacing small enough that text
extraction inserts no spaces. Split from agreement_pdf.py, which builds the story from these.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from jilin_apprentice.pdf.agreement_model import SignatureBlock
from jilin_apprentice.pdf.cjk_lines import units
from jilin_apprentice.pdf.fonts import CJK_FONT_NAME as FONT
from jilin_apprentice.pdf.fonts import register_cjk_font

JUSTIFY_CAP = 0.08  # em per gap: poppler starts inserting spaces near 0.1 em


@dataclass(frozen=True)
class Style:
    """How a paragraph is set, in points."""

    size: float
    leading: float
    indent: float = 0.0  # first-line indent
    align: str = "justify"  # justify | left | center
    bold: bool = False
    space_before: float = 0.0
    space_after: float = 0.0


TITLE = Style(18, 24, align="center", bold=True, space_after=2)
SUBTITLE = Style(9.5, 14, align="center", space_after=8)
HEADING = Style(10.5, 16, align="left", bold=True, space_before=4)
BODY = Style(10, 15.5, indent=20)
CELL = Style(9, 12, align="left")
NOTE = Style(10, 15.5, align="center", space_before=4, space_after=8)


@functools.lru_cache(maxsize=16384)
def em_width(text: str) -> float:
    """Advance width in thousandths of an em; cached, as most units are single characters."""
    face = pdfmetrics.getFont(register_cjk_font()).face
    widths, default = face.charWidths, face.defaultWidth
    return sum(widths.get(ord(c), default) for c in text)


def text_width(text: str, size: float) -> float:
    return em_width(text) * size / 1000


def layout_lines(text: str, width: float, st: Style) -> list[tuple[float, float, str]]:
    """Break into lines: (x offset, character spacing, text) per line."""
    lines: list[tuple[str, float, float, bool]] = []  # text, width, avail, last
    cur: list[str] = []
    cur_w, avail = 0.0, width - st.indent

    def push(last: bool) -> None:
        nonlocal cur, cur_w, avail
        if cur and cur[-1][0] == " ":
            cur_w -= text_width(cur.pop(), st.size)
        lines.append(("".join(cur), cur_w, avail, last))
        cur, cur_w, avail = [], 0.0, width

    for unit in units(text):
        if unit == "\n":
            push(True)
            continue
        w = text_width(unit, st.size)
        if cur_w + w <= avail + 0.01:
            if cur or unit[0] != " ":
                cur.append(unit)
                cur_w += w
        elif unit[0] == " ":
            push(False)
        else:
            if cur:
                push(False)
            for ch in unit if w > avail else (unit,):  # a run longer than a line: split it
                cw = text_width(ch, st.size)
                if cur and cur_w + cw > avail + 0.01:
                    push(False)
                cur.append(ch)
                cur_w += cw
    if cur or not lines:
        push(True)
    out = []
    for i, (line, w, room, last) in enumerate(lines):
        indent = st.indent if i == 0 else 0.0
        spacing, x = 0.0, indent
        if st.align == "justify" and not last and len(line) > 1:
            gap = (room - w) / (len(line) - 1)
            spacing = gap if 0 < gap <= JUSTIFY_CAP * st.size else 0.0
        elif st.align == "center":
            x = (width - w) / 2
        out.append((x, spacing, line))
    return out


class PlainText(Flowable):
    """A paragraph of plain text in the CJK font; splits between lines, never leaving one alone."""

    def __init__(self, text: str, style: Style, lines: list | None = None) -> None:
        super().__init__()
        self.text, self.style, self._lines, self._for = text, style, lines, -1.0
        self._fixed = lines is not None  # a piece of a split paragraph keeps its lines
        self.spaceBefore, self.spaceAfter = style.space_before, style.space_after

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        if self._lines is None or (self._for != avail_w and not self._fixed):
            self._lines, self._for = layout_lines(self.text, avail_w, self.style), avail_w
        self.width, self.height = avail_w, len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
        self.wrap(avail_w, avail_h)
        n, fit = len(self._lines), int((avail_h + 0.01) // self.style.leading)
        if n < 4 or fit < 2:
            return []
        fit = min(fit, n - 2)
        head = PlainText(self.text, self.style, self._lines[:fit])
        tail = PlainText(self.text, self.style, self._lines[fit:])
        head.spaceAfter = tail.spaceBefore = 0
        return [head, tail]

    def draw(self) -> None:
        st, canv = self.style, self.canv
        t = canv.beginText()
        t.setFont(FONT, st.size)
        if st.bold:
            canv.setLineWidth(st.size * 0.035)
            t.setTextRenderMode(2)
        prev_x, prev_spacing = 0.0, 0.0
        t.setTextOrigin(0, self.height - st.leading / 2 - 0.36 * st.size)
        for i, (x, spacing, line) in enumerate(self._lines):
            if i or x:
                t.moveCursor(x - prev_x, st.leading if i else 0)  # relative: fewer numbers
            if spacing != prev_spacing:
                t.setCharSpace(spacing)
            t.textOut(line)
            prev_x, prev_spacing = x, spacing
        canv.drawText(t)


# ------------------------------------------------------------------------------ signatures
class Signatures(Flowable):
    """One box per party, two to a row: label, the signature/seal image or a line, the date."""

    BOX_H = 33 * mm

    def __init__(self, blocks: tuple[SignatureBlock, ...]) -> None:
        super().__init__()
        self.blocks, self.spaceBefore = blocks, 8

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width, self.height = avail_w, ((len(self.blocks) + 1) // 2) * self.BOX_H
        return self.width, self.height

    def draw(self) -> None:
        box_w = self.width / 2
        for i, block in enumerate(self.blocks):
            row, col = divmod(i, 2)
            self._box(block, col * box_w, self.height - row * self.BOX_H, box_w - 8 * mm)

    def _box(self, block: SignatureBlock, x: float, top: float, w: float) -> None:
        canv, font = self.canv, FONT
        canv.setFont(FONT, 10.5)
        canv.drawString(x, top - 12, block.label + "：")
        area_w, area_h, area_y = min(w, 60 * mm), 14 * mm, top - 16 - 14 * mm
        if block.image_png:
            image = ImageReader(io.BytesIO(block.image_png))
            canv.drawImage(
                image, x + 4, area_y, area_w, area_h, mask="auto", preserveAspectRatio=True,
                anchor="sw",
            )  # fmt: skip
        else:
            canv.setLineWidth(0.6)
            canv.line(x + 4, area_y + 4, x + area_w, area_y + 4)
        y = area_y - 11
        if block.signer_name:
            canv.setFont(font, 9.5)
            canv.drawString(x, y, f"签署人：{block.signer_name}")
        canv.setFont(font, 10.5)
        y -= 13
        if block.signed_on:
            d = block.signed_on
            canv.drawString(x, y, f"日期：{d.year} 年 {d.month} 月 {d.day} 日")
            return
        label_w = text_width("日期：", 10.5)
        canv.drawString(x, y, "日期：")
        pos = x + label_w
        canv.setLineWidth(0.5)
        for blank, unit in ((36, "年"), (22, "月"), (22, "日")):
            canv.line(pos, y - 2, pos + blank, y - 2)
            canv.drawString(pos + blank + 2, y, unit)
            pos += blank + 2 + 10.5 + 4
