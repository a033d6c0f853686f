"""The headers and rows of the calendar's Excel export (CalendarTab.export).

A module function rather than a method to keep the tab file short; its strings keep the
"CalendarTab" translation context they had as self.tr() calls, so no translation is lost.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from jilin_apprentice.services.calendar_dto import CalendarDay
from jilin_apprentice.ui.dialogs.calendar_pattern_dialog import day_type_labels


def sheet_table(days: Sequence[CalendarDay]) -> tuple[list[str], list[list[object]]]:
    """(headers, one row per day): date, weekday, day type, hours, note, set by hand."""
    names = day_type_labels()
    weekdays = [
        QCoreApplication.translate("CalendarTab", "Mon"),
        QCoreApplication.translate("CalendarTab", "Tue"),
        QCoreApplication.translate("CalendarTab", "Wed"),
        QCoreApplication.translate("CalendarTab", "Thu"),
        QCoreApplication.translate("CalendarTab", "Fri"),
        QCoreApplication.translate("CalendarTab", "Sat"),
        QCoreApplication.translate("CalendarTab", "Sun"),
    ]
    headers = [
        QCoreApplication.translate("CalendarTab", "Date"),
        QCoreApplication.translate("CalendarTab", "Weekday"),
        QCoreApplication.translate("CalendarTab", "Day type"),
        QCoreApplication.translate("CalendarTab", "Hours"),
        QCoreApplication.translate("CalendarTab", "Note"),
        QCoreApplication.translate("CalendarTab", "Set by hand"),
    ]
    yes = QCoreApplication.translate("CalendarTab", "yes")
    rows: list[list[object]] = [
        [
            d.day,
            weekdays[d.day.weekday()],
            names[d.day_type],
            None if d.hours_x10 is None else d.hours_x10 / 10,
            d.note or "",
            yes if d.manual else "",
        ]
        for d in days
    ]
    return headers, rows
