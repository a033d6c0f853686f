"""Pick one record out of many (100,000 students): type to search, choose from the matches."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

Search = Callable[[str], list[tuple[int, str]]]
MAX_MATCHES = 30


class SearchPicker(QWidget):
    """A search field and a list of matches; `picked` carries the chosen id (None: none)."""

    picked = Signal(object)

    def __init__(self, object_name: str, search: Search, placeholder: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self._search = search
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{object_name}Search")
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.combo = QComboBox()
        self.combo.setObjectName(f"{object_name}Choice")
        self.combo.setMinimumContentsLength(16)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.combo, 2)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run_search)
        self.edit.textEdited.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self.run_search)
        self.combo.currentIndexChanged.connect(lambda _i: self.picked.emit(self.value()))

    def run_search(self) -> None:
        self._timer.stop()
        current = self.value()
        matches = self._search(self.edit.text().strip())[:MAX_MATCHES]
        self.combo.blockSignals(True)
        self.combo.clear()
        for key, label in matches:
            self.combo.addItem(label, key)
        index = self.combo.findData(current)
        self.combo.setCurrentIndex(index if index >= 0 else 0 if matches else -1)
        self.combo.blockSignals(False)
        if self.value() != current:
            self.picked.emit(self.value())

    def set_choice(self, key: int | None, label: str) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        if key is not None:
            self.combo.addItem(label, key)
            self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)

    def value(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - Qt override
        super().setEnabled(enabled)
        self.edit.setVisible(enabled)
