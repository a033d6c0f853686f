"""Issue 6 codes and fields (merged into messages.CODES / FIELDS): programmes and cohorts."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "programme": QT_TRANSLATE_NOOP("Fields", "Programme type"),
    "programme_id": QT_TRANSLATE_NOOP("Fields", "Programme"),
    "training_agreement_ref": QT_TRANSLATE_NOOP("Fields", "Training agreement number"),
    "training_agreement_date": QT_TRANSLATE_NOOP("Fields", "Training agreement signed on"),
    "target_level": QT_TRANSLATE_NOOP("Fields", "Target skill level"),
    "school_mentor_id": QT_TRANSLATE_NOOP("Fields", "School mentor"),
    "labour_contract_start": QT_TRANSLATE_NOOP("Fields", "Labour contract from"),
    "labour_contract_end": QT_TRANSLATE_NOOP("Fields", "Labour contract to"),
    "wage_monthly_fen": QT_TRANSLATE_NOOP("Fields", "Monthly wage"),
    "planned_hours": QT_TRANSLATE_NOOP("Fields", "Planned hours"),
    "place": QT_TRANSLATE_NOOP("Fields", "Taught at"),
    "competency": QT_TRANSLATE_NOOP("Fields", "Competency"),
    "rotation_start": QT_TRANSLATE_NOOP("Fields", "Rotation from"),
    "rotation_end": QT_TRANSLATE_NOOP("Fields", "Rotation to"),
    "module_id": QT_TRANSLATE_NOOP("Fields", "Module"),
    "hours_done": QT_TRANSLATE_NOOP("Fields", "Hours done"),
    "assessed_on": QT_TRANSLATE_NOOP("Fields", "Assessed on"),
    "passed": QT_TRANSLATE_NOOP("Fields", "Passed"),
    "apprenticeship_id": QT_TRANSLATE_NOOP("Fields", "Apprenticeship"),
}

CODES: dict[str, str] = {
    "programme.not_found": QT_TRANSLATE_NOOP("Messages", "The programme no longer exists."),
    "module.not_found": QT_TRANSLATE_NOOP("Messages", "The module no longer exists."),
    "member.not_found": QT_TRANSLATE_NOOP(
        "Messages", "The apprentice is no longer in this programme."
    ),
    "programme.has_placements": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} apprentice(s) of this programme have placements, which are legal records; "
        "the programme cannot be deleted. Remove the other apprentices one by one instead.",
    ),
    "member.has_placements": QT_TRANSLATE_NOOP(
        "Messages",
        "This apprenticeship has placements, which are legal records; it cannot be removed "
        "from the programme.",
    ),
    "programme.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the programme has apprentices; its enterprise and type can no longer change.",
    ),
    "programme.too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: an enterprise new-type apprenticeship lasts at most {max} months (R-APP-6).",
    ),
    "programme.length_unusual": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the training usually lasts {min} to {max} months (R-APP-6)."
    ),
    "enrol.contract_short": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: an enterprise new-type apprentice needs a labour contract of at least "
        "{months} months (R-APP-4).",
    ),
    "enrol.not_enrolled": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the student is not enrolled ({status}); only enrolled students can join "
        "a programme.",
    ),
    "enrol.overlap": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the student is already an apprentice from {start} to {end} at {enterprise}.",
    ),
    "enrol.duplicate": QT_TRANSLATE_NOOP("Messages", "{field}: this student is listed twice."),
    "enrol.other_class": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the student is not in the programme's class {class_name}; check that this "
        "is intended.",
    ),
    "member.outside_programme": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the apprenticeship must lie within the programme ({start} – {end})."
    ),
    "member.already": QT_TRANSLATE_NOOP(
        "Messages", "{field}: this apprenticeship already belongs to a programme."
    ),
    "member.other_programme": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the apprenticeship is with another enterprise or of another type than "
        "the programme.",
    ),
    "module.rotation_outside": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the rotation must lie within the programme ({start} – {end})."
    ),
    "module.post_at_school": QT_TRANSLATE_NOOP(
        "Messages", "{field}: a module taught at school has no enterprise post."
    ),
    "progress.not_member": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the module belongs to another programme than the apprenticeship."
    ),
    "progress.passed_undated": QT_TRANSLATE_NOOP(
        "Messages", "{field}: enter the date of the assessment the apprentice passed."
    ),
}
