"""A class going to one enterprise: one draft placement per chosen student, all or none."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError, ValidationFailed
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.ui.dialogs.placement_form import PlacementForm
from jilin_apprentice.ui.errors import translate_error, translate_violation
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog


class BatchDialog(QDialog):
    """Choose a class and its students, then fill the placement terms once for all of them."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BatchDialog")
        self.setWindowTitle(self.tr("Batch placement for a class"))
        self._services = services
        self.result_ids: list[int] = []
        inner = QWidget()
        top = QFormLayout()
        self.name = QLineEdit(objectName="batchName")
        self.school_class = QComboBox(objectName="classChoice")
        for class_id, label in services.students.class_choices():
            self.school_class.addItem(label, class_id)
        self.students = QListWidget(objectName="students")
        self.students.setMaximumHeight(160)
        top.addRow(self.tr("Batch name"), self.name)
        top.addRow(self.tr("Class"), self.school_class)
        top.addRow(self.tr("Students"), self.students)
        self.form = PlacementForm(services)
        self.form.set_draft(PlacementDraft(start_date=services.today(), end_date=services.today()))
        self.form.student.setEnabled(False)
        self.form.student.setVisible(False)
        layout = QVBoxLayout(inner)
        layout.addLayout(top)
        layout.addWidget(self.form, 1)
        self.buttons, self.general_error = frame_dialog(self, inner, self.save, scroll=False)
        self.school_class.currentIndexChanged.connect(lambda _i: self._fill_students())
        self._fill_students()
        fit_to_screen(self, 900, 720)

    def _fill_students(self) -> None:
        self.students.clear()
        class_id = self.school_class.currentData()
        if class_id is None:
            return
        for student_id, name in self._services.placements.students_of_class(class_id):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, student_id)
            item.setCheckState(Qt.CheckState.Checked)
            self.students.addItem(item)
        self.name.setText(f"{self.school_class.currentText()} {self._services.today():%Y-%m}")

    def chosen(self) -> list[tuple[int, str]]:
        items = [self.students.item(i) for i in range(self.students.count())]
        return [
            (item.data(Qt.ItemDataRole.UserRole), item.text())
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        chosen = self.chosen()
        template = dataclasses.replace(self.form.draft(), student_id=None)
        try:
            result = self._services.workflow.create_batch(
                self.name.text(), self.school_class.currentData(), [i for i, _ in chosen], template
            )
        except ValidationFailed as exc:
            lines = []
            for v in exc.violations:
                who = ""
                if v.field.startswith("students["):
                    position = int(v.field[len("students[") : v.field.index("]")])
                    who = chosen[position][1] + ": " if position < len(chosen) else ""
                lines.append(who + translate_violation(v))
            self.general_error.setText("\n".join(lines[:12]))
            self.general_error.setVisible(True)
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.result_ids = result.placement_ids
        self.accept()
