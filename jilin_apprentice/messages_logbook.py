"""Issue 6 codes and fields (merged into messages.CODES / FIELDS): the weekly logbook."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "log_week": QT_TRANSLATE_NOOP("Fields", "Week"),
    "log_text": QT_TRANSLATE_NOOP("Fields", "Log text"),
    "log_hours": QT_TRANSLATE_NOOP("Fields", "Hours"),
    "log_reviewer": QT_TRANSLATE_NOOP("Fields", "Reviewer"),
    "log_comment": QT_TRANSLATE_NOOP("Fields", "Review comment"),
    "log_entry": QT_TRANSLATE_NOOP("Fields", "Logbook entry"),
    "logbook": QT_TRANSLATE_NOOP("Fields", "Logbook"),
    "file": QT_TRANSLATE_NOOP("Fields", "File"),
}

CODES: dict[str, str] = {
    "logbook.not_found": QT_TRANSLATE_NOOP("Messages", "The logbook entry no longer exists."),
    "logbook.outside_placement": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the week of {week} lies outside the placement ({start} to {end})."
    ),
    "logbook.future_week": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the week of {week} has not begun; entries can be made up to the current week.",
    ),
    "logbook.duplicate_week": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the student already has an entry for the week of {week}."
    ),
    "logbook.not_editable": QT_TRANSLATE_NOOP(
        "Messages",
        "A submitted or approved entry cannot be changed; only a draft or a returned entry can.",
    ),
    "logbook.submit_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "Only a draft or a returned entry can be submitted."
    ),
    "logbook.review_not_submitted": QT_TRANSLATE_NOOP(
        "Messages",
        "Only a submitted entry can be approved or returned; submit the entry first "
        "(an approved entry stays approved).",
    ),
    "logbook.reviewer_other_enterprise": QT_TRANSLATE_NOOP(
        "Messages", "{field}: this mentor works for another enterprise and cannot review the entry."
    ),
    "logbook.reviewer_not_assigned": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: only the placement's enterprise mentor or school supervisor (or the "
        "apprentice's mentors) can review this entry.",
    ),
    "logbook.import_bad_rows": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} row(s) cannot be imported; nothing was written. Correct them, or choose to "
        "skip them.",
    ),
    "logbook.import_columns": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the first row must name the columns {columns}."
    ),
    "logbook.import_empty": QT_TRANSLATE_NOOP("Messages", "{field}: the sheet has no rows."),
    "logbook.import_encoding": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the file is neither UTF-8 nor GBK text; save it as .xlsx or .csv."
    ),
    "logbook.import_student": QT_TRANSLATE_NOOP(
        "Messages", "{field}: no single student matches {student}."
    ),
    "logbook.import_week": QT_TRANSLATE_NOOP(
        "Messages", "{field}: not a date (2026-11-23) or a week number of the placement."
    ),
    "logbook.import_no_placement": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the student has no placement in the week of {week}."
    ),
    "logbook.import_hours": QT_TRANSLATE_NOOP("Messages", "{field}: not a number of hours."),
    "logbook.import_twice": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the sheet has this student's week more than once."
    ),
}
