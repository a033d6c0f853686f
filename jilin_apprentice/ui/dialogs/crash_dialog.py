"""The crash dialog: a short message, the details folded away, the log file and how to send it.

Unhandled exceptions reach `sys.excepthook` (launch.install_excepthook). Qt keeps its event
loop running after an exception in a slot, so the app usually goes on working; every write is
one transaction, so a bug leaves the data as it was before the click.
"""

from __future__ import annotations

import logging
import platform
import time
import traceback
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice import __version__
from jilin_apprentice.domain.masking import mask_text_pii
from jilin_apprentice.ui.dialogs.help_dialog import fit_to_screen
from jilin_apprentice.ui.messages import Dialogs

log = logging.getLogger(__name__)
REPEAT_SECONDS = 5.0  # the same error again within this time is only logged (e.g. in a paint)


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: object) -> str:
    """The traceback with ID and mobile numbers masked, headed by the versions (for support)."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))  # type: ignore[arg-type]
    head = f"Jilin Apprentice {__version__}, Python {platform.python_version()}, "
    head += f"{platform.platform(terse=True)}\n\n"
    return mask_text_pii(head + details)


class CrashDialog(QDialog):
    """Short message first; the traceback only on request; log folder and copy for support."""

    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.details_text = details
        self.log_path = log_path
        icon = QLabel()
        style = self.style()
        icon.setPixmap(
            style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(
            self.tr(
                "Something went wrong. Your data is safe: every change is saved completely or "
                "not at all, so at most the last action was not carried out. You can keep "
                "working; if it happens again, restart the program and send the log file to "
                "whoever supports you."
            ),
            objectName="crashMessage",
            wordWrap=True,
        )
        self.message.setMinimumWidth(380)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message, 1)
        self.log_label = QLabel(objectName="logPath", wordWrap=True)
        self.log_label.setText(self.tr("Log file: %1").replace("%1", str(log_path)))
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details, objectName="crashDetails", readOnly=True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(180)
        self.details.hide()
        self.toggle_button = QPushButton(self.tr("Show details"), objectName="toggleDetails")
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self.set_details_shown)
        self.open_button = QPushButton(self.tr("Open log folder"), objectName="openLogFolder")
        self.open_button.clicked.connect(self.open_log_folder)
        self.copy_button = QPushButton(self.tr("Copy details"), objectName="copyDetails")
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.toggle_button, self.open_button, self.copy_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.log_label)
        layout.addWidget(self.details, 1)
        layout.addLayout(row)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def set_details_shown(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        if shown:  # room for a traceback's long lines, within the screen
            fit_to_screen(self, max(self.width(), 720), max(self.sizeHint().height(), 480))
        else:
            self.adjustSize()

    def open_log_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def copy_details(self) -> None:
        text = f"{self.details_text}\nLog: {self.log_path}\n"
        QGuiApplication.clipboard().setText(text)
        self.copy_button.setText(self.tr("Copied"))


class _Relay(QObject):
    """Lives on the GUI thread: an error raised on a worker thread is shown from there."""

    report = Signal(str)


class CrashHandler:
    """What `sys.excepthook` calls: log everything, show one dialog at a time.

    No dialog when dialogs are off (`--no-dialogs`, smoke test, tests): automation must not block.
    Create it on the GUI thread (launch.install_excepthook does).
    """

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self._last: tuple[str, float] = ("", 0.0)
        self._relay = _Relay()
        self._relay.report.connect(self.show, Qt.ConnectionType.QueuedConnection)

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        details = crash_report(exc_type, exc, tb)
        log.error("Unhandled exception:\n%s", details)  # the log filter masks again
        app = QApplication.instance()
        if not Dialogs.enabled or app is None:
            return  # automation, or no GUI yet
        if QThread.currentThread() is not app.thread():
            self._relay.report.emit(details)  # widgets only on the GUI thread
            return
        self.show(details)

    def show(self, details: str) -> None:
        if self.dialog is not None:
            return  # a second error while the dialog is up: logged only
        now = time.monotonic()
        last_details, last_time = self._last
        if details == last_details and now - last_time < REPEAT_SECONDS:
            return
        self._last = (details, now)
        # No parent: the window that raised may be closing (a child dialog would die with it);
        # a top-level dialog is centred on the screen and has its own taskbar entry.
        dialog = self.dialog = CrashDialog(details, self.log_path)
        try:
            dialog.exec()
        finally:
            self.dialog = None
            if shiboken6.isValid(dialog):
                dialog.deleteLater()
