"""The frame every record dialog shares: scrollable form, a general error line, OK/Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("generalError")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


def frame_dialog(
    dialog: QDialog, inner: QWidget, save: Callable[[], None], *, scroll: bool = True
) -> tuple[QDialogButtonBox, QLabel]:
    """Lay out `inner` (scrollable, so it fits 1366×768 at 150 %) above an error line and buttons.

    OK runs `save`, which closes the dialog itself only when the record was stored.
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    general_error = error_label()
    layout = QVBoxLayout(dialog)
    if scroll:
        area = QScrollArea()
        area.setObjectName("scroll")
        area.setWidgetResizable(True)
        area.setWidget(inner)
        layout.addWidget(area)
    else:
        layout.addWidget(inner)
        layout.addStretch(1)
    layout.addWidget(general_error)
    layout.addWidget(buttons)
    return buttons, general_error


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Open at width×height, but never larger than 90 % of the screen (1366×768 at 150 %)."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, int(area.width() * 0.9))
        height = min(height, int(area.height() * 0.9))
    dialog.resize(width, height)
