"""Add or edit an enterprise mentor or a school supervisor (双导师)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from jilin_apprentice.domain.enums import SkillLevel, StaffKind
from jilin_apprentice.domain.errors import (
    ConflictError,
    DomainError,
    ValidationFailed,
    Violation,
)
from jilin_apprentice.services.dto import StaffDraft
from jilin_apprentice.services.staff import StaffService
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.widgets.form_fields import (
    fen_of,
    money_spin,
    set_fen,
    text_or_none,
    wheel_needs_focus,
)
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog
from jilin_apprentice.ui.widgets.validated_form import ValidatedForm

MAX_LOAD = 999


class StaffDialog(QDialog):
    """Modal form over `StaffDraft`; the enterprise is required (and only asked) for mentors."""

    def __init__(
        self,
        service: StaffService,
        enterprises: list[tuple[int, str]],
        draft: StaffDraft | None = None,
        staff_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StaffDialog")
        self._service = service
        self._original = draft
        self._staff_id = staff_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Edit mentor or supervisor")
            if staff_id
            else self.tr("New mentor or supervisor")
        )
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.revalidate)
        self._build(enterprises)
        if draft:
            self._fill(draft)
            self.form.reveal_all()
        self._connect()
        self._kind_changed()
        self.revalidate()

    # --- layout ------------------------------------------------------------------------------
    def _build(self, enterprises: list[tuple[int, str]]) -> None:
        self.form = ValidatedForm()
        f = self.form
        self.kind = f.add_field("kind", self.tr("Role"), QComboBox())
        for kind in (StaffKind.ENTERPRISE_MENTOR, StaffKind.SCHOOL_SUPERVISOR):
            self.kind.addItem(labels.staff_kind(kind.value), kind.value)
        self.name = f.add_field("name", self.tr("Name"), QLineEdit())
        self.name.setMaxLength(60)
        self.enterprise = f.add_field("enterprise_id", self.tr("Enterprise"), QComboBox())
        self.enterprise.setEditable(True)  # type part of the name to find it among many
        self.enterprise.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.enterprise.addItem("", None)
        for enterprise_id, name in enterprises:
            self.enterprise.addItem(name, enterprise_id)
        completer = self.enterprise.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.enterprise.lineEdit().setPlaceholderText(self.tr("type to search"))
        self.phone = f.add_field("phone", self.tr("Mobile phone"), QLineEdit())
        self.phone.setMaxLength(20)
        self.title = f.add_field("title", self.tr("Position / title"), QLineEdit())
        self.title.setMaxLength(60)
        self.department = f.add_field("department", self.tr("Department"), QLineEdit())
        self.department.setMaxLength(60)
        self.qualification = f.add_field("qualification", self.tr("Qualification"), QLineEdit())
        self.qualification.setMaxLength(120)
        self.max_load = f.add_field("max_load", self.tr("Load limit"), QSpinBox())
        self.max_load.setObjectName("maxLoad")
        self.max_load.setRange(0, MAX_LOAD)
        self.max_load.setSpecialValueText(self.tr("default"))
        self.max_load.setToolTip(
            self.tr("Most students or placements this person may guide; default: the rule setting")
        )
        self.skill_level = f.add_field("skill_level", self.tr("Skill level"), QComboBox())
        self.skill_level.setObjectName("skillLevel")
        self.skill_level.addItem("", None)
        for level in SkillLevel:
            self.skill_level.addItem(labels.skill_level(level.value), level.value)
        self.allowance = f.add_field(
            "monthly_allowance_fen", self.tr("Monthly mentor allowance"), money_spin("allowance")
        )
        self.allowance.setToolTip(
            self.tr("Mentor allowance set and paid by the enterprise (R-APP-9); empty: none")
        )
        self.part_time = QCheckBox(
            self.tr("Part-time teacher at the school"), objectName="partTime"
        )
        f.add_field("is_part_time_teacher", "", self.part_time)
        inner = QWidget()
        inner.setLayout(self.form)
        wheel_needs_focus(inner)
        self.buttons, self.general_error = frame_dialog(self, inner, self.save, scroll=False)
        fit_to_screen(self, 460, 460)

    def _connect(self) -> None:
        later = self._timer.start
        for edit in (self.name, self.phone):
            edit.textChanged.connect(lambda _t: later())
        self.kind.currentIndexChanged.connect(lambda _i: (self._kind_changed(), later()))
        self.enterprise.currentIndexChanged.connect(lambda _i: later())
        self.enterprise.editTextChanged.connect(lambda _t: later())

    def _fill(self, d: StaffDraft) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self.name.setText(d.name)
        index = self.enterprise.findData(d.enterprise_id)
        self.enterprise.setCurrentIndex(max(0, index))
        self.phone.setText(d.phone or "")
        self.title.setText(d.title or "")
        self.department.setText(d.department or "")
        self.qualification.setText(d.qualification or "")
        self.max_load.setValue(d.max_load or 0)
        self.skill_level.setCurrentIndex(max(0, self.skill_level.findData(d.skill_level)))
        set_fen(self.allowance, d.monthly_allowance_fen)
        self.part_time.setChecked(d.is_part_time_teacher)

    def preset_kind(self, kind: str) -> None:
        """Start a new record as the role the list is filtered to."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    # --- behaviour ---------------------------------------------------------------------------
    def _is_mentor(self) -> bool:
        return self.kind.currentData() == StaffKind.ENTERPRISE_MENTOR.value

    def _kind_changed(self) -> None:
        self.enterprise.setEnabled(self._is_mentor())

    def _enterprise_id(self) -> int | None:
        """The enterprise whose name is typed or chosen; a partial name is no enterprise."""
        if not self._is_mentor():
            return None
        text = self.enterprise.currentText().strip()
        if not text:
            return None
        index = self.enterprise.findText(text, Qt.MatchFlag.MatchExactly)
        return self.enterprise.itemData(index) if index >= 0 else None

    def draft(self) -> StaffDraft:
        values = {
            "kind": self.kind.currentData(),
            "name": self.name.text(),
            "enterprise_id": self._enterprise_id(),
            "phone": text_or_none(self.phone),
            "title": text_or_none(self.title),
            "department": text_or_none(self.department),
            "qualification": text_or_none(self.qualification),
            "max_load": self.max_load.value() or None,
            "skill_level": self.skill_level.currentData(),
            "monthly_allowance_fen": fen_of(self.allowance),
            "is_part_time_teacher": self.part_time.isChecked(),
        }
        if self._original is not None:  # keep what this form does not show
            return dataclasses.replace(self._original, **values)
        return StaffDraft(**values)

    def _show_unplaced(self, unplaced: list[Violation]) -> None:
        self.general_error.setText(translate_error(ValidationFailed(unplaced)) if unplaced else "")
        self.general_error.setVisible(bool(unplaced))

    def revalidate(self) -> None:
        violations = self._service.validate(self.draft())
        self._show_unplaced(self.form.show_violations(violations))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not any(v.severity == "block" for v in violations))

    def save(self) -> None:
        self._timer.stop()
        try:
            self.saved_id = self._service.save(self.draft(), staff_id=self._staff_id)
        except ValidationFailed as exc:
            self.form.reveal_all()
            self._show_unplaced(self.form.show_violations(exc.violations))
            return
        except ConflictError as exc:
            Dialogs.warning(self, self.tr("Not saved"), translate_error(exc))
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()
