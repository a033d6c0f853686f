"""The bundled CJK font: registered once, embedded as a subset, and the text extracts back."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.pdf import fonts

SAMPLE = "吉林省实习协议 2026-11-26 ¥1,880"

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext/pdffonts) not installed: apt-get install poppler-utils",
)


def _one_page_pdf(font_name: str) -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    pdf.setFont(font_name, 14)
    pdf.drawString(72, 760, SAMPLE)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _pdffonts_rows(pdf_file: Path) -> list[dict[str, str]]:
    """Parse `pdffonts` output; its columns are fixed-width, sized by the dashes line."""
    out = subprocess.run(
        ["pdffonts", str(pdf_file)], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    header, dashes, *rows = out
    spans, start = [], 0
    for dash_run in dashes.split(" "):
        spans.append((start, start + len(dash_run)))
        start += len(dash_run) + 1
    names = [header[a:b].strip() for a, b in spans]
    return [{n: row[a:b].strip() for n, (a, b) in zip(names, spans, strict=True)} for row in rows]


def test_register_returns_the_same_name_every_time() -> None:
    assert fonts.register_cjk_font() == "CJK"
    assert fonts.register_cjk_font() == "CJK"
    assert fonts.cjk_font_path().is_file()


def test_missing_font_file_is_a_clear_domain_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "resources_dir", lambda: tmp_path)
    # pretend nothing is registered yet, so the file lookup really happens
    monkeypatch.setattr(fonts.pdfmetrics, "getRegisteredFontNames", lambda: [])
    with pytest.raises(DomainError) as err:
        fonts.register_cjk_font()
    assert err.value.code == "pdf.font_missing"
    assert err.value.params["path"] == str(tmp_path / "fonts" / fonts.CJK_FONT_FILE)


@needs_poppler
def test_chinese_and_digits_survive_a_pdf_round_trip(tmp_path: Path) -> None:
    pdf_file = tmp_path / "sample.pdf"
    pdf_file.write_bytes(_one_page_pdf(fonts.register_cjk_font()))

    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf_file), "-"],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout
    assert "吉林省实习协议" in text
    assert "2026-11-26" in text
    assert "1,880" in text
    assert SAMPLE in text

    cjk_rows = [r for r in _pdffonts_rows(pdf_file) if "WenQuanYiMicroHei" in r["name"]]
    assert cjk_rows, "the CJK font is not used in the PDF at all"
    for row in cjk_rows:
        assert row["emb"] == "yes", row
        assert row["sub"] == "yes", row
        # subset fonts are named "ABCDEF+BaseName"
        assert row["name"].split("+", 1)[0].isupper(), row
    # a subset of a 4.6 MB font: a one-line page stays small
    assert pdf_file.stat().st_size < 100_000
