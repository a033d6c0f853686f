"""Issue 6 codes and fields of the training calendar (merged into messages.CODES / FIELDS)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "first_block": QT_TRANSLATE_NOOP("Fields", "First block"),
    "school_weeks": QT_TRANSLATE_NOOP("Fields", "Weeks at school"),
    "enterprise_weeks": QT_TRANSLATE_NOOP("Fields", "Weeks at the enterprise"),
    "weekdays": QT_TRANSLATE_NOOP("Fields", "Weekdays worked"),
    "enterprise_hours_x10": QT_TRANSLATE_NOOP("Fields", "Hours a day at the enterprise"),
    "school_hours_x10": QT_TRANSLATE_NOOP("Fields", "Hours a day at school"),
    "enterprise_rrule": QT_TRANSLATE_NOOP("Fields", "Enterprise days (recurrence rule)"),
    "calendar": QT_TRANSLATE_NOOP("Fields", "Calendar"),
    "calendar.dates": QT_TRANSLATE_NOOP("Fields", "Dates"),
    "calendar.day_type": QT_TRANSLATE_NOOP("Fields", "Day type"),
    "calendar.hours_x10": QT_TRANSLATE_NOOP("Fields", "Hours"),
    "calendar.note": QT_TRANSLATE_NOOP("Fields", "Note"),
}

CODES: dict[str, str] = {
    "calendar.too_long": QT_TRANSLATE_NOOP(
        "Messages", "{field}: a training calendar covers at most {years} years (R-APP-6)."
    ),
    "calendar.cycle_empty": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the cycle needs at least one week at school or at the enterprise."
    ),
    "calendar.no_weekdays": QT_TRANSLATE_NOOP("Messages", "{field}: choose at least one weekday."),
    "calendar.rrule_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the recurrence rule cannot be read; write it like FREQ=WEEKLY;BYDAY=TU,TH.",
    ),
    "calendar.no_pattern": QT_TRANSLATE_NOOP(
        "Messages", "The programme has no calendar pattern yet; set the pattern first."
    ),
    "calendar.programme_not_found": QT_TRANSLATE_NOOP(
        "Messages", "The programme no longer exists."
    ),
    "calendar.apprenticeship_not_found": QT_TRANSLATE_NOOP(
        "Messages", "The apprenticeship no longer exists."
    ),
    "calendar.other_apprenticeship": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: {student} already has days in the calendar of another apprenticeship on "
        "{dates} ({count} days); one student cannot be at two places on one day.",
    ),
    "calendar.placement_conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: {student} has a placement at {enterprise} on {dates} ({count} days); one "
        "student cannot be at two places on one day.",
    ),
    "calendar.outside_apprenticeship": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: {dates} ({count} days) lie outside the apprenticeship ({start} – {end}).",
    ),
    "calendar.no_holidays": QT_TRANSLATE_NOOP(
        "Messages",
        "No public-holiday list is stored for {year}; its holidays were generated as working days.",
    ),
    "calendar.no_members": QT_TRANSLATE_NOOP(
        "Messages", "The programme has no apprentices; no days were generated."
    ),
    "calendar.outside_pattern": QT_TRANSLATE_NOOP(
        "Messages",
        "{student}: the apprenticeship ({start} – {end}) does not overlap the pattern; no days "
        "were generated.",
    ),
}
