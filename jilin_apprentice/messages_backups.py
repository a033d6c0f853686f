"""Issue 8 codes and fields (merged into messages.CODES / FIELDS)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {}

CODES: dict[str, str] = {}
