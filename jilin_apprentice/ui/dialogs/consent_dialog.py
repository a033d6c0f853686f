"""A signed consent for one purpose (R-PI-4); under 14 the guardian signs (R-PI-5)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.services.privacy_dto import ConsentDraft


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class ConsentDialog(QDialog):
    """A signed consent for one purpose (R-PI-4); under 14 the guardian signs (R-PI-5)."""

    def __init__(self, purposes: dict[str, str], today: dt.date, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ConsentDialog")
        self.setWindowTitle(self.tr("Add consent"))
        self.purpose = QComboBox(objectName="purpose")
        for key, label in purposes.items():
            self.purpose.addItem(label, key)
        self.signer = QLineEdit(objectName="signer")
        self.signed_on = QDateEdit(_qdate(today), objectName="signedOn", calendarPopup=True)
        self.signed_on.setMaximumDate(_qdate(today))
        self.scope = QLineEdit(objectName="scope")
        self.scope.setPlaceholderText(self.tr("e.g. wage card for internship pay"))
        self.error = QLabel(objectName="error", wordWrap=True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Signed by"), self.signer)
        form.addRow(self.tr("Signed on"), self.signed_on)
        form.addRow(self.tr("Scope"), self.scope)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def draft(self) -> ConsentDraft:
        return ConsentDraft(
            purpose=self.purpose.currentData(),
            signer=self.signer.text(),
            signed_date=self.signed_on.date().toPython(),
            scope=self.scope.text() or None,
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
