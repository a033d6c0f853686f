"""The bundled CJK TrueType font, registered with ReportLab once per process.

ReportLab embeds TrueType fonts as subsets (only the glyphs used), so PDFs stay small and
render identically on machines without any Chinese font. See resources/fonts/README.md.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.paths import resources_dir

CJK_FONT_NAME = "CJK"
CJK_FONT_FILE = "WenQuanYiMicroHei.ttf"

_lock = threading.Lock()


def cjk_font_path() -> Path:
    return resources_dir() / "fonts" / CJK_FONT_FILE


def register_cjk_font() -> str:
    """Register the bundled font under "CJK" (first call only) and return that name.

    Raises DomainError("pdf.font_missing", path=...) if the font file is not where it should be
    (a broken install or bundle). Loading the font takes about 0.05 s, once.
    """
    with _lock:
        if CJK_FONT_NAME in pdfmetrics.getRegisteredFontNames():
            return CJK_FONT_NAME
        path = cjk_font_path()
        if not path.is_file():
            raise DomainError("pdf.font_missing", path=str(path))
        pdfmetrics.registerFont(TTFont(CJK_FONT_NAME, str(path)))
    return CJK_FONT_NAME
