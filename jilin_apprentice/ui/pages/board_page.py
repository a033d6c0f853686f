"""The post board: openings, ranked suggestions, allocating a class (issue 7)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.state import UiState


class BoardPage(QWidget):
    """Built by ui/launch.py when first shown."""

    def __init__(self, services: Services, state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BoardPage")
        self.services, self.state = services, state
        QVBoxLayout(self).addWidget(QLabel(self.tr("Coming in this issue.")))

    def save_state(self) -> None:
        """Remember column widths and the like."""
