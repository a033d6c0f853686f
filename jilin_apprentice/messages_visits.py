"""Issue 6 codes and fields of site visits, site assessments and evaluations (merged into
messages.CODES / FIELDS)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "supervisor_id": QT_TRANSLATE_NOOP("Fields", "School supervisor"),
    "planned_on": QT_TRANSLATE_NOOP("Fields", "Planned date"),
    "visited_on": QT_TRANSLATE_NOOP("Fields", "Date of the visit"),
    "checklist": QT_TRANSLATE_NOOP("Fields", "Checklist"),
    "checklist.working_hours": QT_TRANSLATE_NOOP("Fields", "Working hours"),
    "checklist.environment": QT_TRANSLATE_NOOP("Fields", "Working environment"),
    "checklist.safety": QT_TRANSLATE_NOOP("Fields", "Safety protection"),
    "checklist.lodging": QT_TRANSLATE_NOOP("Fields", "Lodging"),
    "checklist.pay_received": QT_TRANSLATE_NOOP("Fields", "Pay received"),
    "checklist.talked_to_student": QT_TRANSLATE_NOOP("Fields", "Talked to the student"),
    "students_seen": QT_TRANSLATE_NOOP("Fields", "Students seen"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "end": QT_TRANSLATE_NOOP("Fields", "Until"),
    "every_n_weeks": QT_TRANSLATE_NOOP("Fields", "Every (weeks)"),
    "assessed_on": QT_TRANSLATE_NOOP("Fields", "Assessed on"),
    "assessor": QT_TRANSLATE_NOOP("Fields", "Assessed by"),
    "report": QT_TRANSLATE_NOOP("Fields", "Assessment report"),
    "valid_until": QT_TRANSLATE_NOOP("Fields", "Valid until"),
    "role": QT_TRANSLATE_NOOP("Fields", "Evaluating side"),
    "evaluator_id": QT_TRANSLATE_NOOP("Fields", "Evaluator"),
    "evaluated_on": QT_TRANSLATE_NOOP("Fields", "Evaluated on"),
    "scores": QT_TRANSLATE_NOOP("Fields", "Scores"),
    "scores.attitude": QT_TRANSLATE_NOOP("Fields", "Attitude and discipline"),
    "scores.skills": QT_TRANSLATE_NOOP("Fields", "Professional skills"),
    "scores.safety": QT_TRANSLATE_NOOP("Fields", "Safety awareness"),
    "scores.teamwork": QT_TRANSLATE_NOOP("Fields", "Teamwork and communication"),
    "comment": QT_TRANSLATE_NOOP("Fields", "Comment"),
    "evaluation": QT_TRANSLATE_NOOP("Fields", "Evaluation"),
}

CODES: dict[str, str] = {
    "visit.not_supervisor": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: {name} is not a school supervisor; site visits are made by the school's "
        "internship teachers (REG-2021 Art 23, R-SUP-4).",
    ),
    "visit.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "{field}: this supervisor already has a visit to this enterprise on {day}."
    ),
    "visit.cancelled": QT_TRANSLATE_NOOP(
        "Messages", "This visit was cancelled; plan a new visit instead of recording this one."
    ),
    "visit.not_planned": QT_TRANSLATE_NOOP(
        "Messages", "Only a planned visit can be cancelled (this one is {status})."
    ),
    "visit.not_found": QT_TRANSLATE_NOOP("Messages", "The site visit no longer exists."),
    "visit.unknown_items": QT_TRANSLATE_NOOP("Messages", "{field}: unknown items {items}."),
    "visit.problem_needs_note": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: {count} item(s) are marked as a problem; say what was wrong and what was "
        "agreed (inspection record, REG-2021 Art 29 (6)).",
    ),
    "evaluation.placement_draft": QT_TRANSLATE_NOOP(
        "Messages", "{field}: a draft placement cannot be evaluated yet."
    ),
    "evaluation.before_start": QT_TRANSLATE_NOOP(
        "Messages", "{field} is before the placement started ({start})."
    ),
    "evaluation.unknown_criteria": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {items} are not criteria of the rubric in force."
    ),
    "grade.missing_enterprise": QT_TRANSLATE_NOOP(
        "Messages",
        "The enterprise mentor's evaluation is missing. The grade combines the enterprise's "
        "and the school's evaluations (REG-2021 Art 27, R-EVAL-1); nothing was graded.",
    ),
    "grade.missing_school": QT_TRANSLATE_NOOP(
        "Messages",
        "The school supervisor's evaluation is missing. The grade combines the enterprise's "
        "and the school's evaluations (REG-2021 Art 27, R-EVAL-1); nothing was graded.",
    ),
    "grade.missing_both": QT_TRANSLATE_NOOP(
        "Messages",
        "Neither the enterprise mentor nor the school supervisor has evaluated this placement "
        "yet (REG-2021 Art 27, R-EVAL-1); nothing was graded.",
    ),
}
