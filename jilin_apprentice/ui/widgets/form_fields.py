"""Input widgets shared by the record dialogs: money in yuan (stored as fen), counts, hints."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MAX_YUAN = 100_000
MAX_STAFF = 1_000_000
HINT_STYLE = "color: #555;"
ERROR_STYLE = "color: #b00020;"


def money_spin(object_name: str) -> QDoubleSpinBox:
    """Yuan with two decimals, 0–100,000; 0 means "not set" (stored as None)."""
    spin = QDoubleSpinBox()
    spin.setObjectName(object_name)
    spin.setRange(0, MAX_YUAN)
    spin.setDecimals(2)
    spin.setSingleStep(100)
    spin.setPrefix("¥ ")
    spin.setGroupSeparatorShown(True)
    spin.setSpecialValueText(QCoreApplication.translate("EnterpriseDialog", "not set"))
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def fen_of(spin: QDoubleSpinBox) -> int | None:
    fen = round(spin.value() * 100)
    return fen or None


def set_fen(spin: QDoubleSpinBox, fen: int | None) -> None:
    spin.setValue((fen or 0) / 100)


def count_spin(object_name: str, maximum: int = MAX_STAFF) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(object_name)
    spin.setRange(0, maximum)
    spin.setGroupSeparatorShown(True)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def wheel_needs_focus(root: QWidget) -> None:
    """In a scrolling form the wheel scrolls the form, not a spin box or combo under the mouse."""
    for widget in root.findChildren(QAbstractSpinBox) + root.findChildren(QComboBox):
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def text_or_none(edit: QLineEdit | QPlainTextEdit) -> str | None:
    text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
    return text.strip() or None


def hint_label(object_name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def with_hint(widget: QWidget, hint: QLabel) -> QWidget:
    """The field and a hint line under it, as one form row (keeps wrapped hints tight)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(widget)
    layout.addWidget(hint)
    return box
