"""Weekly logbook entries and their review."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class LogbookTab(QWidget):
    """A tab of the apprenticeships page: `title`, `load()` and `save_state()`."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.setObjectName("logbookTab")
        self.page = page
        self.title = self.tr("Logbook")
        QVBoxLayout(self).addWidget(QLabel(self.title))

    def load(self) -> None:
        """Fetch again from the services."""

    def save_state(self) -> None:
        """Remember column widths and the like."""
