"""Issue 7 codes and fields (merged into messages.CODES / FIELDS)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "export.kind": QT_TRANSLATE_NOOP("Fields", "Export kind"),
    "export.year": QT_TRANSLATE_NOOP("Fields", "Year"),
    "export.path": QT_TRANSLATE_NOOP("Fields", "Output file"),
}

CODES: dict[str, str] = {
    "export.kind.unknown": QT_TRANSLATE_NOOP(
        "Messages", "{field}: there is no export of {kind}; choose one of {kinds}."
    ),
    "export.year.range": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {year} is not a year between {min} and {max}."
    ),
    "export.write_failed": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} could not be written: {reason}"
    ),
}
