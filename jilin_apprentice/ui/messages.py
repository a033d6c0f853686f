"""Every message box goes through here, so `--no-dialogs` (tests, automation) can log instead."""

from __future__ import annotations

import logging
from typing import ClassVar

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


class Dialogs:
    """Message boxes, or log lines when dialogs are off; tests set `answers` for confirmations."""

    enabled = True
    answers: ClassVar[list[bool]] = []
    shown: ClassVar[list[tuple[str, str]]] = []  # last 50, for tests and the smoke run

    @classmethod
    def _remember(cls, title: str, text: str) -> None:
        cls.shown.append((title, text))
        del cls.shown[:-50]

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, text: str) -> None:
        cls._remember(title, text)
        if not cls.enabled:
            log.warning("%s: %s", title, text)
            return
        QMessageBox.warning(parent, title, text)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """Ask before destructive actions; the default button is No."""
        cls._remember(title, text)
        if cls.answers:
            return cls.answers.pop(0)
        if not cls.enabled:
            log.info("Auto-declined confirmation: %s", title)
            return False
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
