"""Edit an apprenticeship programme, or one module of its training plan.

Both dialogs validate as the officer types (the service says what is wrong, under the field)
and stay open when OK is refused, so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError, ValidationFailed, Violation
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.programme_dto import ModuleDraft, ModuleRow, ProgrammeDraft
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.dialogs.policy_dialog import close_form, date_edit
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.widgets.form_fields import count_spin, text_or_none, wheel_needs_focus
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog
from jilin_apprentice.ui.widgets.search_picker import SearchPicker
from jilin_apprentice.ui.widgets.validated_form import ValidatedForm

PROGRAMMES = ("school_joint", "enterprise_new")
LEVELS = ("intermediate", "advanced", "technician", "senior_technician")
PLACES = ("enterprise", "school")


def level_label(code: str | None) -> str:
    return {
        "intermediate": QCoreApplication.translate("ProgrammeLabels", "Intermediate worker"),
        "advanced": QCoreApplication.translate("ProgrammeLabels", "Advanced worker"),
        "technician": QCoreApplication.translate("ProgrammeLabels", "Technician"),
        "senior_technician": QCoreApplication.translate("ProgrammeLabels", "Senior technician"),
    }.get(code or "", code or "")


def place_label(code: str | None) -> str:
    return {
        "enterprise": QCoreApplication.translate("ProgrammeLabels", "Enterprise"),
        "school": QCoreApplication.translate("ProgrammeLabels", "School"),
        "holiday": QCoreApplication.translate("ProgrammeLabels", "Holiday"),
        "leave": QCoreApplication.translate("ProgrammeLabels", "Leave"),
    }.get(code or "", code or "")


class OptionalDate(QWidget):
    """A date that may be left out: a checkbox turns the date edit on."""

    def __init__(self, name: str, text: str, day: dt.date) -> None:
        super().__init__()
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(text, objectName=f"{name}Box")
        self.edit: QDateEdit = date_edit(f"{name}Date", day)
        self.edit.setEnabled(False)
        self.box.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.box)
        row.addWidget(self.edit, 1)
        self.dateChanged = self.edit.dateChanged  # the form listens to it
        self.toggled = self.box.toggled

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.box.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.box.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day))


class _Form(QDialog):
    """The frame the programme dialogs share: a ValidatedForm, live checks, a save that may
    refuse and keeps the dialog open."""

    form: ValidatedForm
    saved_id: int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.revalidate)

    def _frame(self, inner: QWidget, width: int, height: int, *, close: bool = True) -> None:
        if close:
            close_form(self.form)
        wheel_needs_focus(inner)
        self.buttons, self.general_error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, width, height)

    def _watch(self, *signals: object) -> None:
        for signal in signals:
            signal.connect(lambda *_: self._timer.start())  # type: ignore[attr-defined]

    def _show(self, violations: list[Violation]) -> None:
        unplaced = self.form.show_violations(violations)
        self.general_error.setText(translate_error(ValidationFailed(unplaced)) if unplaced else "")
        self.general_error.setVisible(bool(unplaced))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not any(v.severity == "block" for v in violations))

    def _store(self, write: Callable[[], int]) -> None:
        self._timer.stop()
        try:
            self.saved_id = write()
        except ValidationFailed as exc:
            self.form.reveal_all()
            self._show(exc.violations)
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()

    def revalidate(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ProgrammeDialog(_Form):
    """New programme, or an existing one (`programme_id`, `draft`)."""

    def __init__(
        self,
        services: Services,
        programme_id: int | None = None,
        draft: ProgrammeDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ProgrammeDialog")
        self._services, self._id = services, programme_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit programme") if draft else self.tr("New programme"))
        self._enterprises = services.programmes.enterprise_choices()
        self._build(services.today())
        if draft is not None:
            self._fill(draft)
            self.form.reveal_all()
        self._watch(
            self.name.textChanged,
            self.kind.currentIndexChanged,
            self.enterprise.picked,
            self.school_class.currentIndexChanged,
            self.start.dateChanged,
            self.end.dateChanged,
            self.level.currentIndexChanged,
            self.agreement_ref.textChanged,
        )
        self.revalidate()

    def _build(self, today: dt.date) -> None:
        inner = QWidget(objectName="programmeForm")
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        self.name = f.add_field("name", self.tr("Name"), QLineEdit(objectName="name"))
        self.name.setMaxLength(120)
        self.kind = f.add_field("programme", self.tr("Type"), QComboBox(objectName="kind"))
        for code in PROGRAMMES:
            self.kind.addItem(labels.programme(code), code)
        self.enterprise = SearchPicker("enterprise", self._search, self.tr("Enterprise name"))
        f.add_field("enterprise_id", self.tr("Enterprise"), self.enterprise)
        self.school_class = f.add_field("class_id", self.tr("Class"), QComboBox())
        self.school_class.setObjectName("schoolClass")
        self.school_class.addItem(self.tr("(none)"), None)
        for c in self._services.programmes.class_choices():
            self.school_class.addItem(c.label, c.id)
        self.start = f.add_field("start_date", self.tr("Start date"), date_edit("start", today))
        two_years = QDate(today).addYears(2).addDays(-1).toPython()
        self.end = f.add_field("end_date", self.tr("End date"), date_edit("end", two_years))
        self.level = f.add_field("target_level", self.tr("Target skill level"), QComboBox())
        self.level.setObjectName("level")
        self.level.addItem(self.tr("(none)"), None)
        for code in LEVELS:
            self.level.addItem(level_label(code), code)
        self.agreement_ref = f.add_field(
            "training_agreement_ref",
            self.tr("Training agreement no."),
            QLineEdit(objectName="agreementRef"),
        )
        self.agreement_ref.setMaxLength(60)
        self.agreement_ref.setPlaceholderText(
            self.tr("Required for a modern apprenticeship (R-APP-2)")
        )
        self.agreement_date = OptionalDate("agreementDate", self.tr("Signed"), today)
        f.add_field("training_agreement_date", self.tr("Agreement signed on"), self.agreement_date)
        self.notes = f.add_field("notes", self.tr("Notes"), QPlainTextEdit(objectName="notes"))
        self.notes.setFixedHeight(56)
        self._frame(inner, 560, 560)

    def _search(self, text: str) -> list[tuple[int, str]]:
        return [(c.id, c.label) for c in self._enterprises if text in c.label]

    def _fill(self, d: ProgrammeDraft) -> None:
        self.name.setText(d.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.programme)))
        label = next((c.label for c in self._enterprises if c.id == d.enterprise_id), "")
        self.enterprise.set_choice(d.enterprise_id, label)
        self.school_class.setCurrentIndex(max(0, self.school_class.findData(d.class_id)))
        if d.start_date:
            self.start.setDate(QDate(d.start_date))
        if d.end_date:
            self.end.setDate(QDate(d.end_date))
        self.level.setCurrentIndex(max(0, self.level.findData(d.target_level)))
        self.agreement_ref.setText(d.training_agreement_ref or "")
        self.agreement_date.set_value(d.training_agreement_date)
        self.notes.setPlainText(d.notes or "")

    def draft(self) -> ProgrammeDraft:
        return ProgrammeDraft(
            name=self.name.text(),
            programme=self.kind.currentData(),
            enterprise_id=self.enterprise.value(),
            start_date=self.start.date().toPython(),
            end_date=self.end.date().toPython(),
            class_id=self.school_class.currentData(),
            target_level=self.level.currentData(),
            training_agreement_ref=self.agreement_ref.text().strip() or None,
            training_agreement_date=self.agreement_date.value(),
            notes=text_or_none(self.notes),
        )

    def revalidate(self) -> None:
        self._show(self._services.programmes.validate(self.draft(), self._id))

    def save(self) -> None:
        self._store(lambda: self._services.programmes.save(self.draft(), self._id))


class ModuleDialog(_Form):
    """A module of the plan: hours, taught at school or at the enterprise, rotation post."""

    def __init__(
        self,
        services: Services,
        programme_id: int,
        enterprise_id: int,
        module: ModuleRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ModuleDialog")
        self._services, self._programme_id = services, programme_id
        self._module = module
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit module") if module else self.tr("New module"))
        self._build(services, enterprise_id)
        if module is not None:
            self._fill(module.draft)
            self.form.reveal_all()
        self._watch(
            self.name.textChanged,
            self.hours.valueChanged,
            self.place.currentIndexChanged,
            self.post.currentIndexChanged,
            self.rotation_start.dateChanged,
            self.rotation_start.toggled,
            self.rotation_end.dateChanged,
            self.rotation_end.toggled,
        )
        self.revalidate()

    def _build(self, services: Services, enterprise_id: int) -> None:
        inner = QWidget(objectName="moduleForm")
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        self.name = f.add_field("name", self.tr("Module"), QLineEdit(objectName="name"))
        self.name.setMaxLength(120)
        self.competency = f.add_field(
            "competency", self.tr("Competency"), QPlainTextEdit(objectName="competency")
        )
        self.competency.setFixedHeight(48)
        self.hours = f.add_field(
            "planned_hours", self.tr("Planned hours"), count_spin("hours", 5000)
        )
        self.place = f.add_field("place", self.tr("Taught at"), QComboBox(objectName="place"))
        for code in PLACES:
            self.place.addItem(place_label(code), code)
        self.post = f.add_field("post_id", self.tr("Rotation post"), QComboBox(objectName="post"))
        self.post.addItem(self.tr("(none)"), None)
        for c in services.programmes.post_choices(enterprise_id):
            self.post.addItem(c.label, c.id)
        today = services.today()
        self.rotation_start = OptionalDate("rotationStart", self.tr("From"), today)
        f.add_field("rotation_start", self.tr("Rotation from"), self.rotation_start)
        self.rotation_end = OptionalDate("rotationEnd", self.tr("To"), today)
        f.add_field("rotation_end", self.tr("Rotation to"), self.rotation_end)
        hint = QLabel(self.tr("A rotation post must belong to the programme's enterprise."))
        hint.setWordWrap(True)
        f.addRow(hint)
        self._frame(inner, 520, 460)

    def _fill(self, d: ModuleDraft) -> None:
        self.name.setText(d.name)
        self.competency.setPlainText(d.competency or "")
        self.hours.setValue(d.planned_hours)
        self.place.setCurrentIndex(max(0, self.place.findData(d.place)))
        self.post.setCurrentIndex(max(0, self.post.findData(d.post_id)))
        self.rotation_start.set_value(d.rotation_start)
        self.rotation_end.set_value(d.rotation_end)

    def draft(self) -> ModuleDraft:
        return ModuleDraft(
            name=self.name.text(),
            planned_hours=self.hours.value(),
            place=self.place.currentData(),
            competency=text_or_none(self.competency),
            post_id=self.post.currentData(),
            rotation_start=self.rotation_start.value(),
            rotation_end=self.rotation_end.value(),
            seq=self._module.seq if self._module else None,
        )

    def revalidate(self) -> None:
        self._show(self._services.programmes.validate_module(self._programme_id, self.draft()))

    def save(self) -> None:
        module_id = self._module.id if self._module else None
        self._store(
            lambda: self._services.programmes.save_module(
                self._programme_id, self.draft(), module_id
            )
        )
