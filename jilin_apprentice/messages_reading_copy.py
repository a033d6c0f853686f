"""Issue 9 codes of the Korean reading copy of agreements (merged into messages.CODES)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {}

CODES: dict[str, str] = {
    "reading_copy.off": QT_TRANSLATE_NOOP(
        "Messages",
        "The school does not offer Korean reading copies of agreements. An administrator can "
        'turn on "Offer a Korean reading copy of agreements" in Settings > General.',
    ),
    "reading_copy.no_agreement": QT_TRANSLATE_NOOP(
        "Messages",
        "Placement {placement} has no generated agreement yet, so there is nothing to translate. "
        "Generate the agreement first.",
    ),
    "reading_copy.no_file": QT_TRANSLATE_NOOP(
        "Messages",
        "The PDF of agreement {number} is not on file ({path}), so no reading copy can be made "
        "of it.",
    ),
    "reading_copy.changed": QT_TRANSLATE_NOOP(
        "Messages",
        "The placement's record changed after agreement {number} was generated, so a "
        "translation made now could differ from what the agreement says. Generate a new "
        "version of the agreement first.",
    ),
    "reading_copy.would_replace": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is the file of agreement {number}; the reading copy never replaces an agreement. "
        "Choose another file name.",
    ),
    "pdf.write_failed": QT_TRANSLATE_NOOP(
        "Messages", "The PDF {path} could not be written: {reason}"
    ),
}
