"""Plan a site visit, plan a whole round, record what a visit found (R-SUP-4, R-REC-1 (6)).

The record form lists the regulation's site items (domain/site_checks.py) as one combo box
each; nothing is preselected, so every item is a deliberate answer, and a "problem" asks for a
note saying what was wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError, ValidationFailed, Violation
from jilin_apprentice.domain.site_checks import ANSWERS, ITEM_KEYS, SITE_ITEMS
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.visit_dto import RoundResult, VisitDraft, VisitRow
from jilin_apprentice.ui.dialogs.policy_dialog import close_form, date_edit
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.widgets.form_fields import hint_label, text_or_none, wheel_needs_focus
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog
from jilin_apprentice.ui.widgets.validated_form import ValidatedForm


def item_label(key: str) -> str:
    return {
        "working_hours": QCoreApplication.translate("VisitLabels", "Working hours"),
        "environment": QCoreApplication.translate("VisitLabels", "Working environment"),
        "safety": QCoreApplication.translate("VisitLabels", "Safety protection"),
        "lodging": QCoreApplication.translate("VisitLabels", "Lodging"),
        "pay_received": QCoreApplication.translate("VisitLabels", "Pay received"),
        "talked_to_student": QCoreApplication.translate("VisitLabels", "Talked to the student"),
    }.get(key, key)


def answer_label(code: str) -> str:
    return {
        "ok": QCoreApplication.translate("VisitLabels", "No problem"),
        "problem": QCoreApplication.translate("VisitLabels", "Problem"),
        "n/a": QCoreApplication.translate("VisitLabels", "Not applicable"),
    }.get(code, code)


def visit_status_label(code: str) -> str:
    return {
        "planned": QCoreApplication.translate("VisitLabels", "Planned"),
        "done": QCoreApplication.translate("VisitLabels", "Done"),
        "cancelled": QCoreApplication.translate("VisitLabels", "Cancelled"),
    }.get(code, code)


class FormDialog(QDialog):
    """A ValidatedForm in the standard frame; subclasses build fields and save."""

    def _frame(self, inner: QWidget, width: int, height: int) -> None:
        close_form(self.form)
        wheel_needs_focus(inner)
        self.buttons, self.general_error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, width, height)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.revalidate)

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def revalidate(self) -> None:
        """Overridden where the service can check as the user types."""

    def _show(self, violations: list[Violation]) -> None:
        unplaced = self.form.show_violations(violations)
        self.general_error.setText(translate_error(ValidationFailed(unplaced)) if unplaced else "")
        self.general_error.setVisible(bool(unplaced))

    def _refused(self, exc: DomainError) -> None:
        self.form.reveal_all()
        if isinstance(exc, ValidationFailed):
            self._show(exc.violations)
        else:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)

    def _set_ok(self, violations: list[Violation]) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not any(v.severity == "block" for v in violations))


def _supervisor_combo(services: Services, chosen: int | None) -> QComboBox:
    combo = QComboBox(objectName="supervisor")
    combo.addItem("", None)
    for c in services.staff.choices("school_supervisor"):
        combo.addItem(c.label, c.id)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


class PlanVisitDialog(FormDialog):
    """One planned visit; the enterprises offered are where the supervisor has placements."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlanVisitDialog")
        self.setWindowTitle(self.tr("Plan a site visit"))
        self._services = services
        self.saved_id: int | None = None
        inner = QWidget()
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        self.supervisor = f.add_field(
            "supervisor_id", self.tr("School supervisor"), _supervisor_combo(services, None)
        )
        self.enterprise = f.add_field(
            "enterprise_id", self.tr("Enterprise"), QComboBox(objectName="enterprise")
        )
        self.all_enterprises = QCheckBox(
            self.tr("Show all enterprises"), objectName="allEnterprises"
        )
        f.addRow("", self.all_enterprises)
        self.planned = f.add_field(
            "planned_on", self.tr("Planned date"), date_edit("planned", services.today())
        )
        self.notes = f.add_field("notes", self.tr("Notes"), QLineEdit(objectName="notes"))
        self._frame(inner, 520, 320)
        self.supervisor.currentIndexChanged.connect(lambda _i: self._fill_enterprises())
        self.all_enterprises.toggled.connect(lambda _on: self._fill_enterprises())
        for signal in (self.enterprise.currentIndexChanged, self.planned.dateChanged):
            signal.connect(lambda *_: self._timer.start())
        self._fill_enterprises()

    def _fill_enterprises(self) -> None:
        kept = self.enterprise.currentData()
        only = None if self.all_enterprises.isChecked() else self.supervisor.currentData()
        self.enterprise.clear()
        for c in self._services.visits.enterprise_choices(only):
            self.enterprise.addItem(c.label, c.id)
        self.enterprise.setCurrentIndex(max(0, self.enterprise.findData(kept)))
        self._timer.start()

    def draft(self) -> VisitDraft:
        return VisitDraft(
            self.supervisor.currentData(),
            self.enterprise.currentData(),
            self.planned.date().toPython(),
            self.notes.text().strip() or None,
        )

    def revalidate(self) -> None:
        violations = self._services.visits.validate_plan(self.draft())
        self._show(violations)
        self._set_ok(violations)

    def save(self) -> None:
        self._timer.stop()
        try:
            self.saved_id = self._services.visits.plan(self.draft())
        except DomainError as exc:
            self._refused(exc)
            return
        self.accept()


class PlanRoundDialog(FormDialog):
    """A round of visits: every n weeks or monthly, to each enterprise with open placements."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlanRoundDialog")
        self.setWindowTitle(self.tr("Plan a round of visits"))
        self._services = services
        self.result_: RoundResult | None = None
        inner = QWidget()
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        today = services.today()
        self.supervisor = f.add_field(
            "supervisor_id", self.tr("School supervisor"), _supervisor_combo(services, None)
        )
        self.start = f.add_field("start", self.tr("From"), date_edit("start", today))
        self.end = f.add_field("end", self.tr("Until"), date_edit("end", today))
        self.end.setDate(self.start.date().addMonths(3))
        self.weeks = f.add_field("every_n_weeks", self.tr("Every (weeks)"), QSpinBox())
        self.weeks.setObjectName("weeks")
        self.weeks.setRange(1, 26)
        self.weeks.setValue(2)
        self.monthly = QCheckBox(self.tr("Monthly instead"), objectName="monthly")
        self.monthly.toggled.connect(lambda on: self.weeks.setEnabled(not on))
        f.addRow("", self.monthly)
        hint = self.tr(
            "A visit is planned for each enterprise where the supervisor has open placements, "
            "on the days those placements run; days that already have a plan are skipped."
        )
        f.addRow(hint_label("roundHint", hint))
        self._frame(inner, 520, 360)

    def save(self) -> None:
        try:
            self.result_ = self._services.visits.plan_round(
                self.supervisor.currentData(),
                self.start.date().toPython(),
                self.end.date().toPython(),
                every_n_weeks=None if self.monthly.isChecked() else self.weeks.value(),
                monthly=self.monthly.isChecked(),
            )
        except DomainError as exc:
            self._refused(exc)
            return
        self.accept()


class RecordVisitDialog(FormDialog):
    """What the visit found: the date, every site item answered, who was seen, notes."""

    def __init__(self, services: Services, visit: VisitRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecordVisitDialog")
        self.setWindowTitle(self.tr("Record site visit"))
        self._services, self._visit = services, visit
        self.saved: VisitRow | None = None
        inner = QWidget()
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        heading = f"{visit.supervisor_name} → {visit.enterprise_name} ({visit.planned_on})"
        f.addRow(hint_label("visitHeading", heading))
        start = visit.visited_on or min(visit.planned_on, services.today())
        self.visited = f.add_field(
            "visited_on", self.tr("Date of the visit"), date_edit("visited", start)
        )
        self.items: dict[str, QComboBox] = {}
        sources = {item.key: item.source for item in SITE_ITEMS}
        for key in ITEM_KEYS:
            combo = QComboBox(objectName=f"item_{key}")
            combo.addItem(self.tr("(choose)"), None)
            for code in ANSWERS:
                combo.addItem(answer_label(code), code)
            combo.setToolTip(sources[key])
            combo.setCurrentIndex(max(0, combo.findData(visit.checklist.get(key))))
            self.items[key] = f.add_field(f"checklist.{key}", item_label(key), combo)
            combo.currentIndexChanged.connect(lambda *_: self._timer.start())
        self.students = f.add_field(
            "students_seen", self.tr("Students seen"), QLineEdit(objectName="studentsSeen")
        )
        self.students.setText(
            visit.students_seen or "、".join(services.visits.students_at(visit.id))
        )
        self.notes = f.add_field("notes", self.tr("Notes"), QPlainTextEdit(objectName="notes"))
        self.notes.setPlaceholderText(self.tr("For each problem: what was wrong, what was agreed"))
        self.notes.setPlainText(visit.notes or "")
        self.notes.setFixedHeight(80)
        self._frame(inner, 560, 560)
        self.visited.dateChanged.connect(lambda *_: self._timer.start())
        self.notes.textChanged.connect(lambda: self._timer.start())
        self.revalidate()

    def checklist(self) -> dict[str, str]:
        return {k: c.currentData() for k, c in self.items.items() if c.currentData()}

    def set_answers(self, answers: dict[str, str]) -> None:
        for key, code in answers.items():
            self.items[key].setCurrentIndex(self.items[key].findData(code))

    def _args(self) -> tuple[object, ...]:
        return (
            self._visit.id,
            self.visited.date().toPython(),
            self.checklist(),
            self.students.text().strip() or None,
            text_or_none(self.notes),
        )

    def revalidate(self) -> None:
        violations = self._services.visits.validate_record(*self._args())  # type: ignore[arg-type]
        self._show(violations)
        self._set_ok(violations)

    def save(self) -> None:
        self._timer.stop()
        try:
            self.saved = self._services.visits.record(*self._args())  # type: ignore[arg-type]
        except DomainError as exc:
            self._refused(exc)
            return
        self.accept()


class ReasonDialog(FormDialog):
    """Why a planned visit is called off (kept in its notes)."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReasonDialog")
        self.setWindowTitle(self.tr("Cancel visit"))
        inner = QWidget()
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        f.addRow(hint_label("question", question))
        self.reason = f.add_field("reason", self.tr("Reason"), QLineEdit(objectName="reason"))
        self._frame(inner, 460, 200)

    def save(self) -> None:
        if not self.reason.text().strip():
            self.form.reveal_all()
            self._show([Violation("reason", "required")])
            return
        self.accept()
