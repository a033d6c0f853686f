"""Enter or edit one student's weekly log (the officer types what the learner wrote).

The placement is found by typing the student's name; the week's days come prefilled with
their type (from the learner's calendar, else the placement's working days).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from jilin_apprentice.domain.errors import ConflictError, DomainError, ValidationFailed, Violation
from jilin_apprentice.domain.logbook_rules import monday
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.logbook_dto import DayPlan, LogDraft, LogEntryView
from jilin_apprentice.ui.dialogs.policy_dialog import close_form, date_edit
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.widgets.form_fields import hint_label, wheel_needs_focus, with_hint
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog
from jilin_apprentice.ui.widgets.search_picker import SearchPicker
from jilin_apprentice.ui.widgets.validated_form import ValidatedForm

MATCHES = 30


def day_type_label(code: str | None) -> str:
    return {
        "enterprise": QCoreApplication.translate("LogbookLabels", "Enterprise"),
        "school": QCoreApplication.translate("LogbookLabels", "School"),
        "holiday": QCoreApplication.translate("LogbookLabels", "Holiday"),
        "leave": QCoreApplication.translate("LogbookLabels", "Leave"),
    }.get(code or "", QCoreApplication.translate("LogbookLabels", "Rest"))


def status_label(code: str | None) -> str:
    return {
        "draft": QCoreApplication.translate("LogbookLabels", "Draft"),
        "submitted": QCoreApplication.translate("LogbookLabels", "Submitted"),
        "approved": QCoreApplication.translate("LogbookLabels", "Approved"),
        "returned": QCoreApplication.translate("LogbookLabels", "Returned"),
    }.get(code or "", code or "")


def days_text(days: tuple[DayPlan, ...]) -> str:
    """One line per day: "Mon 11-16  Enterprise"."""
    weekdays = (
        QCoreApplication.translate("LogbookLabels", "Mon"),
        QCoreApplication.translate("LogbookLabels", "Tue"),
        QCoreApplication.translate("LogbookLabels", "Wed"),
        QCoreApplication.translate("LogbookLabels", "Thu"),
        QCoreApplication.translate("LogbookLabels", "Fri"),
        QCoreApplication.translate("LogbookLabels", "Sat"),
        QCoreApplication.translate("LogbookLabels", "Sun"),
    )
    lines = []
    for d in days:
        weekday = weekdays[d.day.weekday()]
        lines.append(f"{weekday} {d.day:%m-%d}  {day_type_label(d.day_type)}")
    return "\n".join(lines)


class LogEntryDialog(QDialog):
    """New entry, or an existing draft/returned entry (submitted ones open read-only)."""

    def __init__(
        self, services: Services, view: LogEntryView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LogEntryDialog")
        self._services, self._view = services, view
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit log entry") if view else self.tr("New log entry"))
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.revalidate)
        self._build()
        if view is not None:
            self._fill(view)
            self.form.reveal_all()
        for signal in (
            self.placement.picked,
            self.week.dateChanged,
            self.text.textChanged,
            self.hours.valueChanged,
        ):
            signal.connect(lambda *_: self._timer.start())
        self.revalidate()

    def _build(self) -> None:
        inner = QWidget(objectName="logEntryForm")
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        self.placement = SearchPicker(
            "placement", self._search, self.tr("Student, class or enterprise")
        )
        self.chosen = hint_label("chosenPlacement")
        f.add_field("placement_id", self.tr("Placement"), with_hint(self.placement, self.chosen))
        self.placement.picked.connect(
            lambda _id: self.chosen.setText(self.placement.combo.currentText())
        )
        today = self._services.today()
        self.week = date_edit("week", monday(today))
        self.week_span = hint_label("weekSpan")
        f.add_field("log_week", self.tr("Week"), with_hint(self.week, self.week_span))
        self.days = QLabel(objectName="days")
        self.days.setWordWrap(True)
        f.addRow(self.tr("Days"), self.days)
        self.text = f.add_field("log_text", self.tr("Log text"), QPlainTextEdit(objectName="text"))
        self.text.setMinimumHeight(140)
        self.hours = QDoubleSpinBox(objectName="hours")
        self.hours.setRange(0, 168)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSpecialValueText(self.tr("not recorded"))
        f.add_field("log_hours", self.tr("Hours this week"), self.hours)
        close_form(f)
        wheel_needs_focus(inner)
        self.buttons, self.general_error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, 640, 620)

    def _search(self, text: str) -> list[tuple[int, str]]:
        rows = self._services.placements.list(search=text, limit=MATCHES)
        return [
            (
                r.id,
                f"{r.student_name} · {r.class_name} · {r.enterprise_name} · "
                f"{r.start_date} – {r.end_date}",
            )
            for r in rows
        ]

    def choose(self, placement_id: int, label: str = "") -> None:
        if not label:
            try:
                d = self._services.placements.get(placement_id)
                label = f"{d.student_name} · {d.enterprise_name} · "
                label += f"{d.draft.start_date} – {d.draft.end_date}"
            except DomainError:
                label = str(placement_id)
        self.placement.set_choice(placement_id, label)
        self.chosen.setText(label)
        self.revalidate()

    def _fill(self, v: LogEntryView) -> None:
        r = v.row
        if r.placement_id is not None:
            label = f"{r.student_name} · {r.class_name} · {r.enterprise_name}"
            self.choose(r.placement_id, label)
            self.placement.setEnabled(False)  # the week belongs to this placement
        self.week.setDate(QDate(r.week_start))
        self.text.setPlainText(v.text)
        self.hours.setValue((r.hours_x10 or 0) / 10)

    def draft(self) -> LogDraft:
        hours = round(self.hours.value() * 10) or None
        view = self._view
        return LogDraft(
            placement_id=self.placement.value(),
            week_start=self.week.date().toPython(),
            text=self.text.toPlainText(),
            hours_x10=hours,
            entry_id=view.row.id if view else None,
            version=view.row.version if view else None,
        )

    def _show_days(self) -> None:
        week = monday(self.week.date().toPython())
        self.week_span.setText(f"{week} – {week + dt.timedelta(days=6)}")
        pid = self.placement.value()
        if pid is None:
            self.days.setText(self.tr("Choose the placement to see the week's days."))
            return
        try:
            self.days.setText(days_text(self._services.logbook.week_days(pid, week)))
        except DomainError as exc:
            self.days.setText(translate_error(exc))

    def _show(self, violations: list[Violation]) -> None:
        unplaced = self.form.show_violations(violations)
        self.general_error.setText(translate_error(ValidationFailed(unplaced)) if unplaced else "")
        self.general_error.setVisible(bool(unplaced))

    def revalidate(self) -> None:
        self._show_days()
        violations = self._services.logbook.validate(self.draft())
        self._show(violations)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not any(v.severity == "block" for v in violations))

    def save(self) -> None:
        self._timer.stop()
        try:
            self.saved_id = self._services.logbook.save_draft(self.draft())
        except ValidationFailed as exc:
            self.form.reveal_all()
            self._show(exc.violations)
            return
        except ConflictError as exc:
            Dialogs.warning(self, self.tr("Not saved"), translate_error(exc))
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()
