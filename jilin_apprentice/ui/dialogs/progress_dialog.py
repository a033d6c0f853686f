"""Where one apprentice stands in the training plan: hours done, assessed, passed per module.

Saved all at once; a refused row is named and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError, ValidationFailed
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.programme_dto import MemberRow, ProgressEntry, ProgressRow
from jilin_apprentice.ui.dialogs.programme_dialog import OptionalDate, place_label
from jilin_apprentice.ui.errors import translate_error, translate_violation
from jilin_apprentice.ui.widgets.form_fields import count_spin
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog

NAME, PLACE, PLANNED, DONE, ASSESSED, PASSED = range(6)


class ProgressDialog(QDialog):
    """One row per module; OK records every row in one go."""

    def __init__(self, services: Services, member: MemberRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ProgressDialog")
        self._services, self._member = services, member
        self.setWindowTitle(self.tr("Progress: %1").replace("%1", member.student_name))
        self.rows: list[ProgressRow] = services.programmes.progress(member.apprenticeship_id)
        inner = QWidget(objectName="progressForm")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        heads = [
            self.tr("Module"),
            self.tr("Taught at"),
            self.tr("Planned hours"),
            self.tr("Hours done"),
            self.tr("Assessed on"),
            self.tr("Passed"),
        ]
        self.table = QTableWidget(len(self.rows), len(heads), objectName="modules")
        self.table.setHorizontalHeaderLabels(heads)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        today = services.today()
        for r, row in enumerate(self.rows):
            for column, text in ((NAME, row.name), (PLACE, place_label(row.place))):
                self.table.setItem(r, column, QTableWidgetItem(text))
            planned = QTableWidgetItem(str(row.planned_hours))
            planned.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, PLANNED, planned)
            for column in (NAME, PLACE, PLANNED):
                self.table.item(r, column).setFlags(Qt.ItemFlag.ItemIsEnabled)
            done = count_spin(f"done_{r}", 5000)
            done.setValue(row.hours_done)
            self.table.setCellWidget(r, DONE, done)
            assessed = OptionalDate(f"assessed_{r}", "", row.assessed_on or today)
            assessed.set_value(row.assessed_on)
            self.table.setCellWidget(r, ASSESSED, assessed)
            passed = QCheckBox(objectName=f"passed_{r}")
            passed.setChecked(row.passed)
            self.table.setCellWidget(r, PASSED, passed)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        if not self.rows:
            layout.addWidget(QLabel(self.tr("The programme has no modules yet.")))
        layout.addWidget(self.table, 1)
        self.buttons, self.general_error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, 820, 460)

    def entries(self) -> list[ProgressEntry]:
        result = []
        for r, row in enumerate(self.rows):
            done, assessed = self.table.cellWidget(r, DONE), self.table.cellWidget(r, ASSESSED)
            passed = self.table.cellWidget(r, PASSED)
            assert isinstance(done, QSpinBox) and isinstance(assessed, OptionalDate)
            assert isinstance(passed, QCheckBox)
            result.append(
                ProgressEntry(row.module_id, done.value(), assessed.value(), passed.isChecked())
            )
        return result

    def set_row(self, r: int, hours: int, assessed: QDate | None, passed: bool) -> None:
        """Fill one row (tests, keyboard-less automation)."""
        done, when = self.table.cellWidget(r, DONE), self.table.cellWidget(r, ASSESSED)
        tick = self.table.cellWidget(r, PASSED)
        assert isinstance(done, QSpinBox) and isinstance(when, OptionalDate)
        assert isinstance(tick, QCheckBox)
        done.setValue(hours)
        when.set_value(assessed.toPython() if assessed is not None else None)
        tick.setChecked(passed)

    def save(self) -> None:
        try:
            self._services.programmes.record_progress_all(
                self._member.apprenticeship_id, self.entries()
            )
        except ValidationFailed as exc:
            lines = []
            for v in exc.violations:
                index = int(v.field[len("modules[") : v.field.index("]")])
                lines.append(f"{self.rows[index].name}: {translate_violation(v)}")
            self.general_error.setText("\n".join(lines))
            self.general_error.setVisible(True)
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()
