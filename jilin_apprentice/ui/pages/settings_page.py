"""Settings: the interface language and the rule parameters (the school profile comes later)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.rule_parameters import RuleParametersBox

LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))  # shown in their own language


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
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        if services is not None:
            self.parameters = RuleParametersBox(services.reference_values, QDate(services.today()))
            layout.addWidget(self.parameters, 1)
        else:
            layout.addStretch(1)
        self.language.currentIndexChanged.connect(self._language_chosen)

    def _language_chosen(self, _index: int) -> None:
        self._state.language = self.language.currentData()
        self._state.sync()
        self.notice.setText(self.tr("The new language is used from the next start."))
