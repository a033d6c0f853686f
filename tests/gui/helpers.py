"""Helpers for driving modal dialogs from GUI tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget


def run_modal(trigger: Callable[[], None], interact: Callable[[QDialog], None]) -> None:
    """Call `trigger` (which runs a modal dialog) and drive the dialog from inside its loop.

    A failed assertion inside `interact` rejects the dialog, so the test fails instead of hanging.
    """
    errors: list[BaseException] = []
    attempts = [0]

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            attempts[0] += 1
            if attempts[0] < 200:
                QTimer.singleShot(10, step)
            return
        try:
            interact(dialog)
        except BaseException as exc:  # re-raised below, outside the dialog loop
            errors.append(exc)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, step)
    trigger()
    if errors:
        raise errors[0]
    assert attempts[0] < 200, "no modal dialog was opened"


def ok_button(dialog: QDialog) -> QWidget:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]


# --- models ---------------------------------------------------------------------------------
