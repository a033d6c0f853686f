"""Issue 8 codes and fields (merged into messages.CODES / FIELDS)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "purpose": QT_TRANSLATE_NOOP("Fields", "Purpose"),
    "signer": QT_TRANSLATE_NOOP("Fields", "Signed by"),
    "signed_date": QT_TRANSLATE_NOOP("Fields", "Signed on"),
    "scope": QT_TRANSLATE_NOOP("Fields", "Scope"),
    "withdrawn_on": QT_TRANSLATE_NOOP("Fields", "Withdrawn on"),
    "acknowledged_on": QT_TRANSLATE_NOOP("Fields", "Acknowledged on"),
    "graduation_date": QT_TRANSLATE_NOOP("Fields", "Left school on"),
}

CODES: dict[str, str] = {
    "consent.not_found": QT_TRANSLATE_NOOP("Messages", "The consent record no longer exists."),
    "consent.needs_guardian": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the student was under 14 on that day; a recorded guardian must sign "
        "(PIPL Art 31, R-PI-5).",
    ),
    "consent.already_withdrawn": QT_TRANSLATE_NOOP(
        "Messages", "This consent has already been withdrawn."
    ),
    "consent.withdrawn_before_signed": QT_TRANSLATE_NOOP(
        "Messages", "{field} is before the consent was signed ({signed})."
    ),
    "privacy.not_left": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} student(s) are still enrolled or suspended; only students who have left "
        "can be anonymised. Nothing was changed.",
    ),
    "privacy.open_placements": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} student(s) still have open placements; complete or terminate them first. "
        "Nothing was changed.",
    ),
    "privacy.left_before_enrolment": QT_TRANSLATE_NOOP(
        "Messages", "{field} is before the student enrolled ({enrolled})."
    ),
    "notice.already_acknowledged": QT_TRANSLATE_NOOP(
        "Messages", "This version of the privacy notice is already recorded for the student."
    ),
}
