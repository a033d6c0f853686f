"""Render an AgreementContent to an A4 PDF with ReportLab platypus.

The paragraphs are our own text flowables (agreement_flowables.py: CJK line breaking, 禁则,
justification that text extraction reads without spaces). Headers, page numbers
("第 x 页 共 y 页") and the QR code (number + content SHA-256, so each printed page can be checked)
are drawn after layout, when the page count is known. Equal content gives equal bytes.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import functools
import hashlib
import io
import json
import os
import pathlib
import re
import tempfile
import typing
from dataclasses import dataclass

import segno
from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from jilin_apprentice.domain.agreement_templates import DEFAULT_TEMPLATES
from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.pdf.agreement_flowables import (
    BODY,
    CELL,
    HEADING,
    NOTE,
    SUBTITLE,
    TITLE,
    PlainText,
    Signatures,
    text_width,
)
from jilin_apprentice.pdf.agreement_flowables import (  # noqa: F401  (the tests call it here)
    layout_lines as _layout,
)
from jilin_apprentice.pdf.agreement_model import (
    METADATA_KEY,
    AgreementContent,
    Party,
    agreement_metadata,
    qr_payload,
)
from jilin_apprentice.pdf.fonts import CJK_FONT_NAME as FONT
from jilin_apprentice.pdf.fonts import register_cjk_font
from jilin_apprentice.pdf.held_pages import HeldPagesCanvas

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
BODY_TOP = 29 * mm
BODY_BOTTOM = 22 * mm
QR_SIDE = 16 * mm  # ~90 bytes at level M: version 6, 41 modules of 0.39 mm; 4 clear below
QR_X, QR_Y = PAGE_W - MARGIN_X - 17 * mm, PAGE_H - 24.3 * mm
GREY = Color(0.4, 0.4, 0.4)
LIGHT = Color(0.93, 0.93, 0.93)
_FIXED_TEXT = (
    "协议编号：版本第模板（以下无正文）日期：年月日签署人：页共内容校验码一二三四五六七八九十条、"
)


@dataclass(frozen=True)
class RenderResult:
    """`sha256`/`size` describe the PDF bytes written; `content_sha256` is what the QR carries."""

    sha256: str
    pages: int
    size: int
    content_sha256: str = ""
    missing_glyphs: str = ""  # characters the bundled font lacks (printed as blanks)


def render_agreement(
    content: AgreementContent,
    out: pathlib.Path | typing.BinaryIO,
    *,
    placement_id: int | None = None,
) -> RenderResult:
    """Write the agreement PDF to a path (atomically) or a binary stream.

    Raises DomainError("pdf.font_missing") without the bundled font and
    DomainError("pdf.write_failed", path=..., reason=...) when the file cannot be written; a
    failed write leaves no partial file behind.
    """
    font = register_cjk_font()
    _cache_subsets(font)
    sha = content.content_sha256()
    meta = json.dumps(agreement_metadata(content, placement_id, sha), sort_keys=True)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=BODY_TOP,
        bottomMargin=BODY_BOTTOM,
        title=content.title,
        author=_party_name(content.parties[0]) if content.parties else "",
        subject=f"{content.title} {content.number} v{content.version}",
        keywords=meta,
        creator="Jilin Apprentice",
        producer="Jilin Apprentice (ReportLab)",
        invariant=1,
        initialFontName=font,
        initialFontSize=10.5,
    )
    maker = functools.partial(_PagedCanvas, content=content, sha=sha, meta=meta)
    with _binary_streams():
        doc.build(_story(content), canvasmaker=maker)
    data = buf.getvalue()
    _write(data, out)
    face = pdfmetrics.getFont(font).face
    missing = {
        ch for ch in _all_text(content) if not ch.isspace() and ord(ch) not in face.charToGlyph
    }
    return RenderResult(
        hashlib.sha256(data).hexdigest(), doc.page, len(data), sha, "".join(sorted(missing))
    )


# ------------------------------------------------------------------------------ story
def _story(content: AgreementContent) -> list[Flowable]:
    story: list[Flowable] = [PlainText(content.title, TITLE)]
    story.append(
        PlainText(
            f"协议编号：{content.number}　　协议版本：第 {content.version} 版"
            f"　　模板版本：第 {content.template_version} 版",
            SUBTITLE,
        )
    )
    for party in content.parties:
        story += [KeepTogether([_party_table(party)]), Spacer(1, 5)]
    for clause in content.clauses:
        if clause.heading:
            story += [
                CondPageBreak(HEADING.leading + 3 * BODY.leading),
                PlainText(clause.heading, HEADING),
            ]
        story += [PlainText(p, BODY) for p in clause.paragraphs]
    if content.signatures:
        # the signatures never stand alone on a page: the last paragraph goes with them, and
        # its heading too when it is the clause's only paragraph
        keep = 2 if len(story) > 1 and getattr(story[-2], "style", None) is HEADING else 1
        tail = story[-keep:] if isinstance(story[-1], PlainText) else []
        del story[len(story) - len(tail) :]
        if content.kind != "consent":
            tail.append(PlainText("（以下无正文）", NOTE))
        story.append(KeepTogether([*tail, Signatures(content.signatures)]))
    return story


def _party_name(party: Party) -> str:
    for label, value in party.lines:
        if "名称" in label or "姓名" in label:
            return value
    return party.lines[0][1] if party.lines else party.title


def _party_table(party: Party) -> Table:
    """Label/value pairs two to a row; a value too long for half a row spans the row."""
    label_w, value_w = 31 * mm, 54 * mm
    rows: list[list[object]] = [[party.title, "", "", ""]]
    style = [
        ("SPAN", (0, 0), (3, 0)),
        ("BACKGROUND", (0, 0), (3, 0), LIGHT),
        ("FONT", (0, 0), (-1, -1), FONT, CELL.size, CELL.leading),
        ("GRID", (0, 0), (-1, -1), 0.5, GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    pending: tuple[str, str] | None = None

    def cell(text: str, width: float) -> object:  # plain strings are faster; long ones wrap
        return text if text_width(text, CELL.size) <= width - 12 else PlainText(text, CELL)

    def row(label: str, value: str, right: tuple[str, str] | None = None) -> None:
        r = len(rows)
        style.append(("BACKGROUND", (0, r), (0, r), LIGHT))
        if right:
            rows.append([cell(label, label_w), value, cell(right[0], label_w), right[1]])
            style.append(("BACKGROUND", (2, r), (2, r), LIGHT))
        else:  # alone on its row: the value takes the rest of the row
            rows.append([cell(label, label_w), PlainText(value, CELL), "", ""])
            style.append(("SPAN", (1, r), (3, r)))

    for label, value in party.lines:
        if text_width(value, CELL.size) > value_w - 12:
            if pending:
                row(*pending)
            row(label, value)
            pending = None
        elif pending:
            row(*pending, (label, value))
            pending = None
        else:
            pending = (label, value)
    if pending:
        row(*pending)
    return Table(rows, colWidths=[label_w, value_w, label_w, value_w], style=TableStyle(style))


# ------------------------------------------------------------------------------ page chrome
class _PagedCanvas(HeldPagesCanvas):
    """Holds the pages back until the end, then draws on each the header (title, number,
    version, QR) and the footer (page x of y, content hash, note)."""

    def __init__(self, *args: object, content: AgreementContent, sha: str, meta: str, **kw):
        super().__init__(*args, **kw)
        self._content, self._sha = content, sha
        self._qr = _qr_ops(qr_payload(content, sha), QR_X, QR_Y)
        self._doc.info = _Info(self._doc.info, meta, _created(content))
        pdfmetrics.getFont(FONT).splitString(_seed(content.kind), self._doc)

    def _chrome(self, page: int, total: int) -> None:
        c = self._content
        self.saveState()
        self.setFillColor(GREY)
        room = QR_X - MARGIN_X - 4 * mm
        self.setFont(FONT, min(9, 9 * room / max(text_width(c.title, 9), 1)))
        self.drawString(MARGIN_X, PAGE_H - 14 * mm, c.title)
        self.setFont(FONT, 9)
        self.drawString(
            MARGIN_X, PAGE_H - 19.5 * mm, f"协议编号：{c.number}　版本：第 {c.version} 版"
        )
        self.setStrokeColor(GREY)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, PAGE_H - 26.5 * mm, PAGE_W - MARGIN_X, PAGE_H - 26.5 * mm)
        self.addLiteral(self._qr)
        self.drawCentredString(PAGE_W / 2, 11 * mm, f"第 {page} 页 共 {total} 页")
        self.setFont(FONT, 6.5)
        self.drawCentredString(PAGE_W / 2, 7 * mm, f"内容校验码（SHA-256）：{self._sha}")
        if c.footer_note:  # e.g. R-TPL-2's "template not verified" banner; shrunk to one line
            size = min(7.5, 7.5 * (PAGE_W - 2 * MARGIN_X) / max(text_width(c.footer_note, 7.5), 1))
            self.setFont(FONT, size)
            self.drawCentredString(PAGE_W / 2, 16 * mm, c.footer_note)
        self.restoreState()


def _qr_ops(payload: str, x: float, y: float, side: float = QR_SIDE) -> str:
    """The QR code as raw PDF path operators (one fill), reused on every page."""
    qr = segno.make(payload, error="m", micro=False, boost_error=False, mask=3)
    matrix = qr.matrix
    n = len(matrix)
    ops = [f"q 0 g 1 0 0 1 {x:.2f} {y:.2f} cm {side / n:.4f} 0 0 {side / n:.4f} 0 0 cm"]
    for r, row in enumerate(matrix):
        start = None
        for col, dark in enumerate((*row, 0)):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                ops.append(f"{start} {n - 1 - r} {col - start} 1 re")
                start = None
    ops.append("f Q")
    return "\n".join(ops)


class _Info(PDFInfo):
    """Document info with a fixed creation date and the JSON entry for verifiers."""

    def __init__(self, base: PDFInfo, meta: str, created: tuple[int, int, int]) -> None:
        super().__init__()
        self.__dict__.update(base.__dict__)
        self.meta, self.created = meta, created

    def format(self, document: object) -> bytes:
        stamp = PDFString("D:{:04d}{:02d}{:02d}000000+00'00'".format(*self.created))
        names = ("Title", "Author", "Subject", "Keywords", "Creator", "Producer")
        entries = {name: PDFString(getattr(self, name.lower())) for name in names}
        entries |= {"CreationDate": stamp, "ModDate": stamp, "Trapped": PDFName("False")}
        entries[METADATA_KEY] = PDFString(self.meta)
        return PDFDictionary(entries).format(document)


# ------------------------------------------------------------------------------ helpers
def _created(content: AgreementContent) -> tuple[int, int, int]:
    """Creation date from the content (extra["created_on"], ISO) so equal content, equal bytes."""
    try:
        d = dt.date.fromisoformat(content.extra.get("created_on", ""))
    except ValueError:
        d = dt.date(2000, 1, 1)
    return d.year, d.month, d.day


def _all_text(content: AgreementContent) -> str:
    parts = [content.title, content.number, content.footer_note]
    parts += [p.title + "".join(a + b for a, b in p.lines) for p in content.parties]
    parts += [c.heading + "".join(c.paragraphs) for c in content.clauses]
    parts += [s.label + s.signer_name for s in content.signatures]
    return "".join(parts)


@functools.cache
def _seed(kind: str) -> str:
    """The characters every agreement of a kind prints, in a fixed order. Assigned first, they
    fill the first font subsets identically in every PDF, so `_cache_subsets` can reuse them."""
    template = DEFAULT_TEMPLATES.get(kind)
    texts = [_FIXED_TEXT]
    if template:
        texts += [
            template.title,
            *(t for c in template.clauses for t in (c.heading, *c.paragraphs)),
        ]
    text = re.sub(r"\{[a-z0-9_]+\}", "", "".join(texts))
    counts = collections.Counter(c for c in text if ord(c) > 126)
    return "".join(sorted(counts, key=lambda c: (-counts[c], c)))


def _cache_subsets(font: str) -> None:
    """Memoise the font's subset building (~3 ms a subset): see `_seed`. Same bytes, less time."""
    face = pdfmetrics.getFont(font).face
    if not hasattr(face, "_ja_subsets"):
        make = face.makeSubset
        face._ja_subsets = functools.lru_cache(maxsize=32)(lambda key: make(list(key)))
        face.makeSubset = lambda subset: face._ja_subsets(tuple(subset))


@contextlib.contextmanager
def _binary_streams() -> typing.Iterator[None]:
    """Flate-only streams: ReportLab's pure-Python ASCII85 step costs ~8 ms a PDF and 25 % size.
    The setting is process-wide, so it is restored at once (batches render in worker processes)."""
    saved, rl_config.useA85 = rl_config.useA85, 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _write(data: bytes, out: pathlib.Path | typing.BinaryIO) -> None:
    if not isinstance(out, str | os.PathLike):
        out.write(data)
        return
    path = pathlib.Path(out)
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
