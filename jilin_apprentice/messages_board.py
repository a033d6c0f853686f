"""Issue 7 codes and fields of the post board (merged into messages.CODES / FIELDS)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "opening_count": QT_TRANSLATE_NOOP("Fields", "Places"),
    "placement_type": QT_TRANSLATE_NOOP("Fields", "Placement type"),
    "majors": QT_TRANSLATE_NOOP("Fields", "Majors wanted"),
    "grade_years": QT_TRANSLATE_NOOP("Fields", "Grade years"),
    "available_from": QT_TRANSLATE_NOOP("Fields", "Available from"),
    "available_to": QT_TRANSLATE_NOOP("Fields", "Available until"),
    "industries": QT_TRANSLATE_NOOP("Fields", "Preferred industries"),
    "cities": QT_TRANSLATE_NOOP("Fields", "Preferred cities"),
    "enterprises": QT_TRANSLATE_NOOP("Fields", "Preferred enterprises"),
}

CODES: dict[str, str] = {
    "opening.not_found": QT_TRANSLATE_NOOP("Messages", "The opening no longer exists."),
    "class.not_found": QT_TRANSLATE_NOOP("Messages", "The class no longer exists."),
    "opening.type": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the board matches post internships and cognitive internships; an "
        "apprenticeship is entered through its programme.",
    ),
    "opening.too_long": QT_TRANSLATE_NOOP(
        "Messages", "{field}: an opening cannot run for more than three years."
    ),
    "opening.count_below_filled": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {filled} places are already filled; the count cannot be lower."
    ),
    "opening.has_fills": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} placement(s) were made from this opening; close it instead of deleting it.",
    ),
    "board.nothing_to_accept": QT_TRANSLATE_NOOP("Messages", "No student was chosen."),
    "board.student_twice": QT_TRANSLATE_NOOP(
        "Messages", "{student} is chosen for two openings at once."
    ),
    "board.not_open": QT_TRANSLATE_NOOP(
        "Messages", "The opening {opening} is not open ({status})."
    ),
    "board.no_places": QT_TRANSLATE_NOOP(
        "Messages", "{opening}: {count} students chosen but only {places} places remain."
    ),
    "board.over_cap": QT_TRANSLATE_NOOP(
        "Messages",
        "{opening}: {count} students chosen but the interns caps allow only {places} more "
        "(REG-2021 Art 11, R-CAP-1/2).",
    ),
    "board.refused": QT_TRANSLATE_NOOP(
        "Messages", "{student} cannot be placed at {opening}; nothing was saved:"
    ),
    "board.not_free": QT_TRANSLATE_NOOP(
        "Messages", "the student is not an enrolled full-time student."
    ),
    "board.excluded.major": QT_TRANSLATE_NOOP(
        "Messages", "the student's major is not among the majors wanted."
    ),
    "board.excluded.grade_year": QT_TRANSLATE_NOOP(
        "Messages", "the student's grade year is not among the years wanted."
    ),
    "board.excluded.busy": QT_TRANSLATE_NOOP(
        "Messages", "the student has another placement on these dates."
    ),
    "board.excluded.unavailable": QT_TRANSLATE_NOOP(
        "Messages", "the student is not available for the whole period."
    ),
    "board.excluded.rule": QT_TRANSLATE_NOOP(
        "Messages", "the placement would break rule {rule} (see the rule list)."
    ),
}
