"""Texts of the findings issue 6 reports (mentor load, dual mentors, calendar hours,
logbook, site assessment expiry, missing grades); merged into finding_messages, same context
"Findings" and the same "{message} ({cite})." frame."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


TITLES: dict[str, str] = {
    "R-APP-10": QT_TRANSLATE_NOOP("Findings", "Mentor over the load limit"),
    "R-SUP-3": QT_TRANSLATE_NOOP("Findings", "Supervisor over the load limit"),
    "R-APP-5": QT_TRANSLATE_NOOP("Findings", "Dual mentors incomplete"),
    "R-EVAL-1": QT_TRANSLATE_NOOP("Findings", "Final grade missing"),
    "R-LOG-1": QT_TRANSLATE_NOOP("Findings", "Logbook weeks missing"),
    "R-LOG-COPY": QT_TRANSLATE_NOOP("Findings", "Logbook entry looks copied"),
}

CITES: dict[str, str] = {
    "R-APP-10": QT_TRANSLATE_NOOP("Findings", "no national ratio; school setting"),
    "R-SUP-3": QT_TRANSLATE_NOOP("Findings", "no national ratio; school setting"),
    "R-APP-5": QT_TRANSLATE_NOOP("Findings", "APP-2021, secondary source"),
    "R-EVAL-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 27"),
    "R-LOG-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Arts 21, 29"),
    "R-LOG-COPY": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 21; school setting"),
    "R-ENT-1/expired": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 7"),
    "R-ENT-1/failed": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 7"),
    "R-TIME-2/calendar_day": QT_TRANSLATE_NOOP("Findings", "WT-1995 Art 3; LABOUR Art 36"),
    "R-TIME-2/calendar_week": QT_TRANSLATE_NOOP("Findings", "WT-1995 Art 3"),
    "R-TIME-2/calendar_week_max": QT_TRANSLATE_NOOP("Findings", "LABOUR Art 36"),
    "R-TIME-2/calendar_days": QT_TRANSLATE_NOOP("Findings", "LABOUR Art 38"),
}

# fmt: off
TEMPLATES: dict[str, str] = {
    "R-APP-10": QT_TRANSLATE_NOOP("Findings",
        "{name} guides {load} learners, more than the limit of {limit}"),
    "R-SUP-3": QT_TRANSLATE_NOOP("Findings",
        "{name} supervises {load} learners, more than the limit of {limit}"),
    "R-ENT-1/expired": QT_TRANSLATE_NOOP("Findings",
        "The enterprise's on-site assessment expired on {expired}, before this post "
        "internship starts or while it runs; assess the unit again"),
    "R-ENT-1/failed": QT_TRANSLATE_NOOP("Findings",
        "The enterprise did not pass its latest on-site assessment ({failed})"),
    "R-APP-5/enterprise": QT_TRANSLATE_NOOP("Findings",
        "The apprentice has no enterprise mentor; the dual-mentor model needs an enterprise "
        "mentor and a school mentor"),
    "R-APP-5/school": QT_TRANSLATE_NOOP("Findings",
        "The apprentice has no school mentor; the dual-mentor model needs an enterprise "
        "mentor and a school mentor"),
    "R-LOG-1": QT_TRANSLATE_NOOP("Findings",
        "{count} past week(s) of the placement have no submitted logbook entry: {weeks}"),
    "R-LOG-COPY": QT_TRANSLATE_NOOP("Findings",
        "The logbook entry for the week of {week} is {similarity} % alike to the entry of "
        "{source}; a copied entry is no evidence of the week"),
    "R-EVAL-1": QT_TRANSLATE_NOOP("Findings",
        "The placement is completed but has no final grade; missing: {missing}"),
    "R-TIME-2/calendar_day": QT_TRANSLATE_NOOP("Findings",
        "The training calendar has {count} enterprise day(s) of up to {hours} hours, more "
        "than the 8-hour working day: {dates}"),
    "R-TIME-2/calendar_days": QT_TRANSLATE_NOOP("Findings",
        "The training calendar has {days} enterprise days in a week, leaving no weekly rest "
        "day, in {count} week(s): {weeks}"),
    "R-TIME-2/calendar_week": QT_TRANSLATE_NOOP("Findings",
        "The training calendar has up to {hours} hours a week at the enterprise, more than the "
        "standard 40-hour week, in {count} week(s): {weeks}"),
    "R-TIME-2/calendar_week_max": QT_TRANSLATE_NOOP("Findings",
        "The training calendar has up to {hours} hours a week at the enterprise, more than the "
        "legal maximum of 44 hours, in {count} week(s): {weeks}"),
    "R-TIME-4/calendar_work_on_rest_days": QT_TRANSLATE_NOOP("Findings",
        "The training calendar puts the apprentice at the enterprise on {count} weekend "
        "day(s), which interns may not work: {dates}"),
    "R-TIME-4/calendar_work_on_public_holidays": QT_TRANSLATE_NOOP("Findings",
        "The training calendar puts the apprentice at the enterprise on {count} public "
        "holiday(s), which interns may not work: {dates}"),
}
# fmt: on

CODE_LABELS: dict[str, str] = {
    "enterprise": QT_TRANSLATE_NOOP("Findings", "the enterprise mentor's evaluation"),
    "school": QT_TRANSLATE_NOOP("Findings", "the school supervisor's evaluation"),
    "grade": QT_TRANSLATE_NOOP("Findings", "the grade"),
}
CALENDAR_RULES = ("R-TIME-2", "R-TIME-4")


def situation(
    rule_id: str, field: str, params: Mapping[str, Any], severity: str | None
) -> str | None:
    """The variant for an issue-6 finding, or None when the rules' own logic decides."""
    if rule_id in ("R-APP-10", "R-SUP-3", "R-EVAL-1", "R-LOG-1", "R-LOG-COPY"):
        return ""
    if rule_id == "R-APP-5":
        return str(params.get("role", ""))
    if rule_id == "R-ENT-1":
        for name in ("expired", "failed"):
            if name in params:
                return name
        return None
    if rule_id in CALENDAR_RULES and "count" in params:  # the calendar's day-by-day findings
        if field == "hours_per_day":
            return "calendar_day"
        if "days" in params:
            return "calendar_days"
        if field == "days_per_week":
            return "calendar_week_max" if severity == "block" else "calendar_week"
        return f"calendar_{field}"
    return None
