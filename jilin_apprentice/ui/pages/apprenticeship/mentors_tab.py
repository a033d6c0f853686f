"""Mentors' load against their limit, allowances and teaching pay."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class MentorsTab(QWidget):
    """A tab of the apprenticeships page: `title`, `load()` and `save_state()`."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.setObjectName("mentorsTab")
        self.page = page
        self.title = self.tr("Mentors")
        QVBoxLayout(self).addWidget(QLabel(self.title))

    def load(self) -> None:
        """Fetch again from the services."""

    def save_state(self) -> None:
        """Remember column widths and the like."""
