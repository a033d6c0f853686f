"""UI state (window geometry, splitters, table headers) and user preferences in one INI file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

DEFAULT_LANGUAGE = "zh_CN"


class UiState:
    """Keyed by objectName (after Picard's persist options); stored beside the database."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = self._settings.value("preferences/language", DEFAULT_LANGUAGE)
        return str(value) if value in ("zh_CN", "en", "ko") else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("preferences/language", value)

    def save_window(self, window: QMainWindow) -> None:
        self._settings.setValue(f"geometry/{window.objectName()}", window.saveGeometry())
        self._settings.setValue(f"windowState/{window.objectName()}", window.saveState())

    def restore_window(self, window: QMainWindow) -> bool:
        geometry = self._settings.value(f"geometry/{window.objectName()}")
        if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
            state = self._settings.value(f"windowState/{window.objectName()}")
            if isinstance(state, QByteArray):
                window.restoreState(state)
            return True
        return False

    def save_header(self, header: QHeaderView, key: str) -> None:
        self._settings.setValue(f"header/{key}", header.saveState())

    def restore_header(self, header: QHeaderView, key: str) -> None:
        state = self._settings.value(f"header/{key}")
        if isinstance(state, QByteArray):
            header.restoreState(state)

    def save_splitter(self, splitter: QSplitter, key: str) -> None:
        self._settings.setValue(f"splitter/{key}", splitter.saveState())

    def restore_splitter(self, splitter: QSplitter, key: str) -> None:
        state = self._settings.value(f"splitter/{key}")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)

    def value(self, key: str, default: str = "") -> str:
        return str(self._settings.value(key, default))

    def set_value(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
