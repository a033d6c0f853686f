"""Import from Excel or CSV: kind, file, column mapping, preview, then one transaction."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from jilin_apprentice.services.container import Services


class ImportDialog(QDialog):
    """Opened from File ▸ Import from Excel…; `imported` says whether anything was written."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import from Excel"))
        self.services = services
        self.imported = False
        QVBoxLayout(self).addWidget(QLabel(self.tr("Coming in this issue.")))
