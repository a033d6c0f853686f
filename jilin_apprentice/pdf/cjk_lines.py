"""Chinese line breaking (禁则) shared by the PDFs: closing punctuation never starts a line,
opening punctuation never ends one, and Latin runs (IDs, dates, amounts) are never split.

ReportLab's own CJK wrapping lets a line start with "，" or "。", which reads as a typo on a
printed legal record; both the agreement and the logbook sheets break through here.
Korean is written in words (어절) separated by spaces, so a run of Hangul, together with the
digits, Latin marks and "·" inside it ("2026년", "갑(학교)", "토요일·일요일"), is one piece too:
it breaks at spaces.
"""

from __future__ import annotations

import re
from collections.abc import Callable

NO_START = frozenset("，。、；：？！）》」』】〕〉”’…·%‰℃,.;:?!)]}")
NO_END = frozenset("（《「『【〔〈“‘([{¥$")
_HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3"
_UNITS = re.compile(rf"(?:[!-~·]*[{_HANGUL}])+[!-~·]*|[!-~]+|\n| +|.", re.S)


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
