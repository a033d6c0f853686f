"""Chinese line breaking (禁则) shared by the PDFs: closing punctuation never starts a line,
opening punctuation never ends one, and Latin runs (IDs, dates, amounts) are never split.

ReportLab's own CJK wrapping lets a line start with "，" or "。", which reads as a typo on a
printed legal record; both the agreement and the logbook sheets break through here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

NO_START = frozenset("，。、；：？！）》」』】〕〉”’…·%‰℃,.;:?!)]}")
NO_END = frozenset("（《「『【〔〈“‘([{¥$")
_UNITS = re.compile(r"[!-~]+|\n| +|.", re.S)


def units(text: str) -> list[str]:
    """Unbreakable pieces: Latin runs whole, closing marks glued back, opening marks forward."""
    out: list[str] = []
    for u in _UNITS.findall(text):
        prev = out[-1] if out else " "
        glued = prev[-1] not in " \n" and u[0] not in " \n"
        if glued and (u[0] in NO_START or prev[-1] in NO_END):
            out[-1] = prev + u
        else:
            out.append(u)
    return out


def wrap(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Lines of `text` that each `fits`, keeping the writer's own line breaks."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for piece in units(paragraph):
            if line and not fits(line + piece):
                lines.append(line.rstrip())
                line = piece.lstrip()
            else:
                line += piece
        lines.append(line)
    return lines
