"""Consent records, retention and anonymisation, the privacy notice."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.state import UiState


class PrivacyPanel(QWidget):
    """A tab of the Settings page: `title`, `load()` (called when shown) and `save_state()`."""

    def __init__(self, services: Services, state: UiState) -> None:
        super().__init__()
        self.setObjectName("privacyPanel")
        self.services, self.state = services, state
        self.title = self.tr("Personal data")
        QVBoxLayout(self).addWidget(QLabel(self.title))

    def load(self) -> None:
        """Fetch again from the services."""

    def save_state(self) -> None:
        """Remember column widths and the like."""
