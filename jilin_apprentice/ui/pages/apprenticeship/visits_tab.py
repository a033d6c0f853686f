"""Supervisors' site visits and enterprise site assessments."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class VisitsTab(QWidget):
    """A tab of the apprenticeships page: `title`, `load()` and `save_state()`."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.setObjectName("visitsTab")
        self.page = page
        self.title = self.tr("Site visits")
        QVBoxLayout(self).addWidget(QLabel(self.title))

    def load(self) -> None:
        """Fetch again from the services."""

    def save_state(self) -> None:
        """Remember column widths and the like."""
