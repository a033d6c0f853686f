"""A student's availability and wishes (industries, cities, enterprises) for the post board."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.board_dto import Preference
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.dialogs.opening_dialog import date_edit, from_qdate
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog


def checklist(name: str, items: list[tuple[object, str]], chosen: set[object]) -> QListWidget:
    widget = QListWidget(objectName=name)
    widget.setMaximumHeight(130)
    for data, text in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        checked = Qt.CheckState.Checked if data in chosen else Qt.CheckState.Unchecked
        item.setCheckState(checked)
        widget.addItem(item)
    return widget


def checked(widget: QListWidget) -> tuple:
    return tuple(
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


class PreferenceDialog(QDialog):
    """Modal editor over `Preference`; empty dates mean "any time"."""

    def __init__(self, services: Services, student_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreferenceDialog")
        self.services, self.student_id = services, student_id
        pref = services.board.get_preference(student_id)
        self.setWindowTitle(self.tr("Availability and wishes"))
        inner = QWidget(objectName="preferenceForm")
        form = QFormLayout(inner)
        form.addRow(QLabel(services.board.student_label(student_id), objectName="student"))
        today = services.today()
        self.has_from = QCheckBox(self.tr("from"), objectName="hasFrom")
        self.available_from = date_edit("availableFrom", pref.available_from or today)
        self.has_to = QCheckBox(self.tr("until"), objectName="hasTo")
        self.available_to = date_edit("availableTo", pref.available_to or today)
        self.has_from.setChecked(pref.available_from is not None)
        self.has_to.setChecked(pref.available_to is not None)
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.has_from, self.available_from, self.has_to, self.available_to):
            row.addWidget(widget)
        row.addStretch(1)
        self.industries = checklist(
            "industries",
            [(code, name) for code, name in services.board.industry_choices()],
            set(pref.industries),
        )
        cities = services.board.city_choices()
        self.cities = checklist("cities", [(c, c) for c in cities], set(pref.cities))
        self.enterprises = checklist(
            "enterprises",
            [(eid, name) for eid, name in services.board.enterprise_choices()],
            set(pref.enterprises),
        )
        self.note = QLineEdit(pref.note or "", objectName="note", maxLength=200)
        form.addRow(self.tr("Available"), dates)
        form.addRow(self.tr("Preferred industries"), self.industries)
        form.addRow(self.tr("Preferred cities"), self.cities)
        form.addRow(self.tr("Preferred enterprises"), self.enterprises)
        form.addRow(self.tr("Note"), self.note)
        self.buttons, self.error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, 520, 620)

    def preference(self) -> Preference:
        return Preference(
            self.student_id,
            from_qdate(self.available_from) if self.has_from.isChecked() else None,
            from_qdate(self.available_to) if self.has_to.isChecked() else None,
            checked(self.industries),
            checked(self.cities),
            checked(self.enterprises),
            self.note.text() or None,
        )

    def save(self) -> None:
        try:
            self.services.board.save_preference(self.preference())
        except DomainError as exc:
            self.error.setText(translate_error(exc))
            self.error.setVisible(True)
            return
        self.accept()
