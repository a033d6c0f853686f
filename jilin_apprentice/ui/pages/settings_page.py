"""Settings: the interface language and rule parameters, then (issue 8) users, the audit
trail, backups and personal data, one tab each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.rule_parameters import RuleParametersBox

# shown in their own language
LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"), ("ko", "한국어"))


class SettingsPage(QWidget):
    def __init__(
        self, state: UiState, services: Services | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsPage")
        self._state = state
        box = QGroupBox(self.tr("Interface"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(state.language)))
        form.addRow(self.tr("Language"), self.language)
        self.notice = QLabel()
        self.notice.setObjectName("restartNotice")
        self.notice.setWordWrap(True)
        form.addRow("", self.notice)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(box)
        self.panels: list[Any] = []
        if services is not None:
            from jilin_apprentice.ui.pages.settings.reading_copy_box import ReadingCopyBox

            self.reading_copy = ReadingCopyBox.of(services)
            general_layout.addWidget(self.reading_copy)
            self.parameters = RuleParametersBox(services.reference_values, QDate(services.today()))
            general_layout.addWidget(self.parameters, 1)
            self.panels = _panels(services, state)
        else:
            general_layout.addStretch(1)
        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(general, self.tr("General"))
        for panel in self.panels:
            self.tabs.addTab(panel, panel.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.language.currentIndexChanged.connect(self._language_chosen)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():
            for panel in self.panels:
                panel.load()

    def save_state(self) -> None:
        for panel in self.panels:
            panel.save_state()

    def _language_chosen(self, _index: int) -> None:
        self._state.language = self.language.currentData()
        self._state.sync()
        self.notice.setText(self.tr("The new language is used from the next start."))


def _panels(services: Services, state: UiState) -> list[Any]:
    from jilin_apprentice.ui.pages.settings.audit_panel import AuditPanel
    from jilin_apprentice.ui.pages.settings.backups_panel import BackupsPanel
    from jilin_apprentice.ui.pages.settings.privacy_panel import PrivacyPanel
    from jilin_apprentice.ui.pages.settings.users_panel import UsersPanel

    return [
        UsersPanel(services, state),
        AuditPanel(services, state),
        BackupsPanel(services, state),
        PrivacyPanel(services, state),
    ]
