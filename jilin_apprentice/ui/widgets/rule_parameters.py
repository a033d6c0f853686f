"""Settings: the rule parameters (minimum wages, night window, caps…) with source and date."""

from __future__ import annotations

import json

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.domain.rules.reference_keys import REFERENCE_KEYS
from jilin_apprentice.services.reference_values import (
    ReferenceDraft,
    ReferenceRow,
    ReferenceValueService,
)
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.widgets.form_frame import error_label, fit_to_screen


class ReferenceDialog(QDialog):
    """Edit one dated value, or add a new dated value of a parameter (row None)."""

    def __init__(
        self, service: ReferenceValueService, row: ReferenceRow | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReferenceDialog")
        self.setWindowTitle(self.tr("Rule parameter"))
        self._service, self._row = service, row
        self.key = QComboBox(objectName="key")
        for ref in REFERENCE_KEYS:
            self.key.addItem(ref.key, ref.key)
        self.since = QDateEdit(objectName="effectiveFrom", calendarPopup=True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.source = QLineEdit(objectName="source")
        self.verified = QCheckBox(self.tr("Checked against the official text"), objectName="ok")
        self.value = QPlainTextEdit(objectName="value")
        form = QFormLayout()
        form.addRow(self.tr("Parameter"), self.key)
        form.addRow(self.tr("Effective from"), self.since)
        form.addRow(self.tr("Source"), self.source)
        form.addRow("", self.verified)
        form.addRow(self.tr("Value (JSON)"), self.value)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if row is not None:
            self.key.setCurrentIndex(max(0, self.key.findData(row.key)))
            self.key.setEnabled(False)
            self.since.setDate(QDate(row.effective_from))
            self.source.setText(row.source)
            self.verified.setChecked(row.verified)
            self.value.setPlainText(
                json.dumps(json.loads(row.value_json), ensure_ascii=False, indent=2)
            )
        fit_to_screen(self, 640, 560)

    def prefill(self, row: ReferenceRow) -> None:
        """A new dated value starting from an existing one (same parameter, today's date)."""
        self.key.setCurrentIndex(max(0, self.key.findData(row.key)))
        self.value.setPlainText(
            json.dumps(json.loads(row.value_json), ensure_ascii=False, indent=2)
        )

    def save(self) -> None:
        draft = ReferenceDraft(
            key=self.key.currentData(),
            value_json=self.value.toPlainText(),
            effective_from=self.since.date().toPython(),
            source=self.source.text(),
            verified=self.verified.isChecked(),
        )
        try:
            self._service.save(
                draft,
                row_id=self._row.id if self._row else None,
                version=self._row.version if self._row else None,
            )
        except DomainError as exc:
            self.error.setText(translate_error(exc))
            self.error.setVisible(True)
            return
        self.accept()


class RuleParametersBox(QGroupBox):
    """The table of stored values; unverified ones are marked so nobody mistakes them for law."""

    def __init__(self, service: ReferenceValueService, today: QDate) -> None:
        super().__init__(self.tr("Rule parameters (administrator)"))
        self.setObjectName("ruleParameters")
        self._service = service
        self._today = today
        self.table = QTableWidget(0, 5, objectName="parametersTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Parameter"),
                self.tr("From"),
                self.tr("Verified"),
                self.tr("Value"),
                self.tr("Source"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="editParameter")
        self.add_button = QPushButton(self.tr("New dated value…"), objectName="addParameter")
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self.edit_selected)
        self.add_button.clicked.connect(self.add_value)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.reload()

    def reload(self) -> None:
        self.rows = self._service.list()
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            value = json.dumps(json.loads(row.value_json), ensure_ascii=False)
            cells = (
                row.key,
                row.effective_from.isoformat(),
                self.tr("yes") if row.verified else self.tr("unverified"),
                value if len(value) < 90 else value[:87] + "…",
                row.source,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(value if column == 3 else text)
                if column == 2 and not row.verified:
                    item.setForeground(Qt.GlobalColor.darkYellow)
                self.table.setItem(i, column, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), 320))

    def _selected(self) -> ReferenceRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def edit_selected(self) -> None:
        row = self._selected()
        if row is not None and ReferenceDialog(self._service, row, self).exec():
            self.reload()

    def add_value(self) -> None:
        dialog = ReferenceDialog(self._service, None, self)
        dialog.since.setDate(self._today)
        selected = self._selected()
        if selected is not None:
            dialog.prefill(selected)
        if dialog.exec():
            self.reload()
