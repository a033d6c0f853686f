"""File ▸ Export for an enterprise or insurer…: a list handed to a third party (R-PI-6, R-PI-5).

The list pages' "Export to Excel…" is for the school's own use. Data given to an enterprise or an
insurer goes through this dialog instead: it names the recipient, and the export service refuses
the file while any student in it lacks a consent for that recipient. The officer then chooses to
export only the students with consent, or to record the missing consents first. The file carries
the Chinese headers the recipients' own sheets use; ID numbers and phones are masked.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError, ValidationFailed
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.export_consent import ENTERPRISE, INSURER
from jilin_apprentice.services.export_kinds import KINDS
from jilin_apprentice.services.exports import ExportResult
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.state import UiState

EXPORT_DIR_KEY = "lists/exportDir"
CONSENT_CODES = ("export.consent_missing.enterprise", "export.consent_missing.insurer")


class SharedExportDialog(QDialog):
    """Choose recipient and list, write the file; `result` holds what was written."""

    def __init__(
        self, services: Services, state: UiState, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SharedExportDialog")
        self.setWindowTitle(self.tr("Export for an enterprise or insurer"))
        self.services, self.state, self.today = services, state, today
        self.ask_save_file = QFileDialog.getSaveFileName  # replaceable (tests, automation)
        self.written: ExportResult | None = None
        self.recipient = QComboBox(objectName="recipient")
        self.recipient.addItem(self.tr("An enterprise"), ENTERPRISE)
        self.recipient.addItem(self.tr("An insurer"), INSURER)
        self.kind = QComboBox(objectName="kind")
        for key, label in self.lists().items():
            self.kind.addItem(label, key)
        note = QLabel(
            self.tr(
                "Only students with a consent in force today for sharing with this recipient go "
                "into the file (PIPL Art 23, R-PI-6); for a student under 14, a guardian must "
                "have signed it (R-PI-5). The headers are in Chinese; ID numbers and phones "
                "are masked."
            ),
            objectName="note",
            wordWrap=True,
        )
        self.error = QLabel(objectName="error", wordWrap=True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Recipient"), self.recipient)
        form.addRow(self.tr("List"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(lambda: self.export())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def lists(self) -> dict[str, str]:
        """The export kinds about students (services/export_consent.STUDENT_KINDS), labelled."""
        labels = {
            "students": self.tr("Student roster"),
            "placements": self.tr("Placements"),
            "payments": self.tr("Payments"),
            "insurance": self.tr("Insurance cover"),
            "agreements": self.tr("Agreements"),
            "apprenticeships": self.tr("Apprentices"),
            "certificates": self.tr("Certificates"),
        }
        return labels

    def _ask_path(self) -> Path | None:
        spec = KINDS[self.kind.currentData()]
        folder = Path(self.state.value(EXPORT_DIR_KEY, str(Path.home())))
        name = f"{spec.zh}-{self.today.isoformat()}.xlsx"
        chosen, _ = self.ask_save_file(
            self, self.tr("Export to Excel"), str(folder / name), self.tr("Excel (*.xlsx)")
        )
        if not chosen:
            return None
        self.state.set_value(EXPORT_DIR_KEY, str(Path(chosen).parent))
        return Path(chosen)

    def export(self, path: Path | None = None) -> ExportResult | None:
        """Write the file; when students lack consent, ask whether to leave them out."""
        path = path or self._ask_path()
        if path is None:
            return None
        kind, recipient = self.kind.currentData(), self.recipient.currentData()
        exports = self.services.exports
        try:
            try:
                self.written = exports.export(kind, path, recipient=recipient)
            except ValidationFailed as refused:
                if refused.violations[0].code not in CONSENT_CODES:
                    raise
                question = translate_error(refused) + "\n\n"
                question += self.tr("Export only the students with consent?")
                if not Dialogs.confirm(self, self.tr("Students without consent"), question):
                    self._show_error(translate_error(refused))
                    return None
                self.written = exports.export(
                    kind, path, recipient=recipient, skip_without_consent=True
                )
        except DomainError as exc:
            self._show_error(translate_error(exc))
            return None
        self.accept()
        return self.written

    def summary(self) -> str:
        """For the status bar: rows written and students left out."""
        if self.written is None:
            return ""
        text = self.tr("Exported %1 rows; %2 students without consent left out")
        return text.replace("%1", str(self.written.rows)).replace("%2", str(self.written.left_out))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.adjustSize()  # room for the message under the note
