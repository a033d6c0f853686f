"""The two calendar dialogs: a programme's alternation pattern, and the type of chosen days.

Both follow the record-dialog pattern: violations appear under their field as the officer
types, OK stays open when the service refuses, nothing is written until it accepts.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from jilin_apprentice.domain.enums import DayType
from jilin_apprentice.domain.errors import DomainError, ValidationFailed, Violation
from jilin_apprentice.domain.training_calendar import CalendarPattern, generate_days
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.dialogs.policy_dialog import close_form, date_edit
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.finding_text import finding_text
from jilin_apprentice.ui.widgets.form_fields import hint_label, wheel_needs_focus, with_hint
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog
from jilin_apprentice.ui.widgets.validated_form import WARN_STYLE, ValidatedForm


def hours_spin(name: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(objectName=name)
    spin.setRange(0, 24)
    spin.setDecimals(1)
    spin.setSingleStep(0.5)
    return spin


def x10(spin: QDoubleSpinBox) -> int:
    return round(spin.value() * 10)


class _Form(QDialog):
    """Shared behaviour: show violations, keep the dialog open on refusal."""

    form: ValidatedForm

    def _frame(self, inner: QWidget, width: int, height: int) -> None:
        wheel_needs_focus(inner)
        self.buttons, self.general_error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, width, height)

    def _show(self, violations: list[Violation]) -> None:
        unplaced = self.form.show_violations(violations)
        self.general_error.setText(
            "\n".join(translate_error(ValidationFailed([v])) for v in unplaced) if unplaced else ""
        )
        self.general_error.setVisible(bool(unplaced))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not any(v.severity == "block" for v in violations if v.code != "required"))

    def _refused(self, exc: DomainError) -> None:
        self.form.reveal_all()
        if isinstance(exc, ValidationFailed):
            self._show(exc.violations)
        else:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class CalendarPatternDialog(_Form):
    """Edit how a programme alternates between school and enterprise."""

    def __init__(
        self,
        services: Services,
        programme_id: int,
        pattern: CalendarPattern,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CalendarPatternDialog")
        self.setWindowTitle(self.tr("Calendar pattern"))
        self._services, self._programme_id = services, programme_id
        self.saved: CalendarPattern | None = None
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.revalidate)
        self._build(pattern)
        for signal in (
            self.start.dateChanged,
            self.end.dateChanged,
            self.first.currentIndexChanged,
            self.school_weeks.valueChanged,
            self.enterprise_weeks.valueChanged,
            self.enterprise_hours.valueChanged,
            self.school_hours.valueChanged,
            self.use_rule.toggled,
            self.rule.textChanged,
            *(box.toggled for box in self.days),
        ):
            signal.connect(lambda *_: self._timer.start())
        self.use_rule.toggled.connect(self._rule_mode)
        self._rule_mode(self.use_rule.isChecked())
        self.revalidate()

    def _build(self, p: CalendarPattern) -> None:
        inner = QWidget(objectName="patternForm")
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        self.start = f.add_field("start_date", self.tr("From"), date_edit("patternStart", p.start))
        self.end = f.add_field("end_date", self.tr("To"), date_edit("patternEnd", p.end))
        self.first = f.add_field("first_block", self.tr("First block"), QComboBox())
        self.first.setObjectName("firstBlock")
        self.first.addItem(self.tr("At school"), DayType.SCHOOL)
        self.first.addItem(self.tr("At the enterprise"), DayType.ENTERPRISE)
        self.first.setCurrentIndex(max(0, self.first.findData(p.first_block)))
        self.school_weeks = QSpinBox(objectName="schoolWeeks")
        self.enterprise_weeks = QSpinBox(objectName="enterpriseWeeks")
        for spin, value in (
            (self.school_weeks, p.school_weeks),
            (self.enterprise_weeks, p.enterprise_weeks),
        ):
            spin.setRange(0, 52)
            spin.setSuffix(self.tr(" weeks"))
            spin.setValue(value)
        f.add_field("school_weeks", self.tr("Weeks at school"), self.school_weeks)
        f.add_field("enterprise_weeks", self.tr("Weeks at the enterprise"), self.enterprise_weeks)
        box = QWidget(objectName="weekdayBoxes")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        self.days = []
        for n, name in enumerate(names):
            check = QCheckBox(name, objectName=f"weekday{n}")
            check.setChecked(n in p.weekdays)
            row.addWidget(check)
            self.days.append(check)
        row.addStretch(1)
        f.add_field("weekdays", self.tr("Weekdays worked"), box)
        self.enterprise_hours = f.add_field(
            "enterprise_hours_x10",
            self.tr("Hours a day at the enterprise"),
            hours_spin("enterpriseHours"),
        )
        self.enterprise_hours.setValue(p.enterprise_hours_x10 / 10)
        self.school_hours = f.add_field(
            "school_hours_x10", self.tr("Hours a day at school"), hours_spin("schoolHours")
        )
        self.school_hours.setValue(p.school_hours_x10 / 10)
        self.use_rule = QCheckBox(
            self.tr("Use a recurrence rule instead of weekly blocks"),
            objectName="useRule",
        )
        self.use_rule.setChecked(p.enterprise_rrule is not None)
        f.addRow("", self.use_rule)
        self.rule = QLineEdit(p.enterprise_rrule or "", objectName="rrule")
        self.rule.setPlaceholderText("FREQ=WEEKLY;BYDAY=TU,TH")
        hint = self.tr(
            "RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=TU,TH: the other weekdays are school days."
        )
        f.add_field(
            "enterprise_rrule",
            self.tr("Enterprise days (recurrence rule)"),
            with_hint(self.rule, hint_label("rruleHint", hint)),
        )
        self.preview = hint_label("patternPreview")
        f.addRow(self.tr("Preview"), self.preview)
        close_form(f)
        self._frame(inner, 680, 520)

    def _rule_mode(self, on: bool) -> None:
        self.rule.setEnabled(on)
        for w in (self.first, self.school_weeks, self.enterprise_weeks):
            w.setEnabled(not on)

    def pattern(self) -> CalendarPattern:
        return CalendarPattern(
            start=self.start.date().toPython(),
            end=self.end.date().toPython(),
            first_block=DayType(self.first.currentData()),
            school_weeks=self.school_weeks.value(),
            enterprise_weeks=self.enterprise_weeks.value(),
            weekdays=frozenset(n for n, box in enumerate(self.days) if box.isChecked()),
            enterprise_hours_x10=x10(self.enterprise_hours),
            school_hours_x10=x10(self.school_hours),
            enterprise_rrule=(self.rule.text().strip() or "")
            if self.use_rule.isChecked()
            else None,
        )

    def revalidate(self) -> None:
        p = self.pattern()
        violations = self._services.calendar.validate_pattern(p)
        self._show(violations)
        if violations:
            self.preview.setText("")
            return
        days = generate_days(p)
        ent = sum(1 for d in days if d.day_type == DayType.ENTERPRISE)
        school = sum(1 for d in days if d.day_type == DayType.SCHOOL)
        lines = [
            self.tr("%1 days at the enterprise, %2 at school (before public holidays and leave).")
            .replace("%1", str(ent))
            .replace("%2", str(school))
        ]
        found = self._services.calendar.pattern_findings(self._programme_id, p)
        lines += [finding_text(f.rule_id, f.field, f.params, f.severity) for f in found]
        self.preview.setText("\n".join(lines))
        self.preview.setStyleSheet(WARN_STYLE if found else "")

    def save(self) -> None:
        self._timer.stop()
        try:
            self.saved = self._services.calendar.save_pattern(self._programme_id, self.pattern())
        except DomainError as exc:
            self._refused(exc)
            return
        self.accept()


class DayTypeDialog(_Form):
    """Set the type (and hours, note) of the chosen days of one apprentice: leave, corrections."""

    def __init__(
        self,
        services: Services,
        apprenticeship_id: int,
        dates: list[dt.date],
        day_type: DayType = DayType.LEAVE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DayTypeDialog")
        self.setWindowTitle(self.tr("Set day type"))
        self._services, self._app_id, self._dates = services, apprenticeship_id, dates
        self.count = 0
        inner = QWidget(objectName="dayTypeForm")
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        shown = ", ".join(d.isoformat() for d in dates[:3]) + (" …" if len(dates) > 3 else "")
        chosen = hint_label(
            "chosenDates",
            self.tr("%1 day(s): %2").replace("%1", str(len(dates))).replace("%2", shown),
        )
        f.add_field("calendar.dates", self.tr("Dates"), chosen)
        self.kind = f.add_field("calendar.day_type", self.tr("Day type"), QComboBox())
        self.kind.setObjectName("dayType")
        for value, text in day_type_labels().items():
            self.kind.addItem(text, value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(day_type)))
        self.hours = f.add_field("calendar.hours_x10", self.tr("Hours"), hours_spin("dayHours"))
        self.hours.setValue(8)
        self.note = f.add_field("calendar.note", self.tr("Note"), QLineEdit(objectName="dayNote"))
        self.note.setMaxLength(120)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        close_form(f)
        self._frame(inner, 480, 260)

    def _kind_changed(self, *_: object) -> None:
        self.hours.setEnabled(self.kind.currentData() in (DayType.ENTERPRISE, DayType.SCHOOL))

    def save(self) -> None:
        hours = x10(self.hours) if self.hours.isEnabled() else None
        try:
            self.count = self._services.calendar.set_days(
                self._app_id, self._dates, DayType(self.kind.currentData()), hours, self.note.text()
            )
        except DomainError as exc:
            self._refused(exc)
            return
        self.accept()


def day_type_labels() -> dict[DayType, str]:
    """The day types in words (context "CalendarTab", shared by the tab and this dialog)."""
    return {
        DayType.ENTERPRISE: QCoreApplication.translate("CalendarTab", "At the enterprise"),
        DayType.SCHOOL: QCoreApplication.translate("CalendarTab", "At school"),
        DayType.HOLIDAY: QCoreApplication.translate("CalendarTab", "Public holiday"),
        DayType.LEAVE: QCoreApplication.translate("CalendarTab", "Leave"),
    }
