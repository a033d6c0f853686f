"""Masked display of ID numbers and phone numbers (R-PI-7), also for scrubbing log text.

Masking never validates: a wrong or partial number is still personal data and must be hidden.
"""

from __future__ import annotations

import re

from jilin_apprentice.domain.validators import normalize_id_number, normalize_phone

_MASK = "*"

# Boundaries are digits only, so numbers glued to Chinese text or to letters (`tel138...`) are
# still found; masking part of an alphanumeric token is the safe kind of mistake.
# An ID may be written 6-8-4 with single spaces or hyphens; a mobile 3-4-4, with +86/0086/86.
_ID_IN_TEXT = r"\d{6}[ -]?\d{8}[ -]?\d{3}[\dXxＸｘ]"
_MOBILE_IN_TEXT = r"(?:(?:\+|00)?86[ -]?)?1\d{2}[ -]?\d{4}[ -]?\d{4}"
_PII_RE = re.compile(
    rf"(?<![0-9０-９])(?:(?P<id>{_ID_IN_TEXT})|(?P<mobile>{_MOBILE_IN_TEXT}))"
    r"(?![0-9０-９])"
)


def _keep_ends(value: str, head: int, tail: int) -> str:
    """Show `head` and `tail` characters; mask everything if too short to hide anything."""
    if len(value) <= head + tail:
        return _MASK * len(value)
    return value[:head] + _MASK * (len(value) - head - tail) + value[-tail:]


def mask_id_number(number: str) -> str:
    """First 6 + last 4 visible: `220102********1234` (R-PI-7)."""
    return _keep_ends(normalize_id_number(number), 6, 4)


def mask_phone(number: str) -> str:
    """First 3 + last 4 visible: `138****5678`; the +86 prefix is dropped."""
    return _keep_ends(normalize_phone(number), 3, 4)


def _replace(match: re.Match[str]) -> str:
    if match.group("id") is not None:
        return mask_id_number(match.group("id").replace("-", ""))
    return mask_phone(match.group("mobile"))


def mask_text_pii(text: str) -> str:
    """Mask 18-character ID numbers and 11-digit mobiles found anywhere in `text` (log filters).

    Any 18-digit run is masked whether or not its check character is right (over-masking is the
    safe side). Longer digit runs (bank cards, order numbers) are left alone by design.
    """
    return _PII_RE.sub(_replace, text)
