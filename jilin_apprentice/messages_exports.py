"""Issue 7 codes and fields (merged into messages.CODES / FIELDS)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "export.kind": QT_TRANSLATE_NOOP("Fields", "Export kind"),
    "export.year": QT_TRANSLATE_NOOP("Fields", "Year"),
    "export.path": QT_TRANSLATE_NOOP("Fields", "Output file"),
    "export.recipient": QT_TRANSLATE_NOOP("Fields", "Recipient"),
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
    # issue 9: an export for an enterprise or an insurer lacking a student's consent (R-PI-6)
    "export.consent_missing.enterprise": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} student(s) in this export have no consent in force today for sharing their "
        "data with an enterprise (PIPL Art 23, R-PI-6); under 14, a guardian must have signed "
        "it (R-PI-5). Nothing was exported. Record their consents, or export only the students "
        "with consent.",
    ),
    "export.consent_missing.insurer": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} student(s) in this export have no consent in force today for sharing their "
        "data with an insurer (PIPL Art 23, R-PI-6); under 14, a guardian must have signed "
        "it (R-PI-5). Nothing was exported. Record their consents, or export only the students "
        "with consent.",
    ),
}
