"""Issue 8 codes and fields (merged into messages.CODES / FIELDS)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "date_from": QT_TRANSLATE_NOOP("Fields", "From date"),
    "date_to": QT_TRANSLATE_NOOP("Fields", "To date"),
    "limit": QT_TRANSLATE_NOOP("Fields", "Entries per page"),
    "offset": QT_TRANSLATE_NOOP("Fields", "First entry"),
}

CODES: dict[str, str] = {}
