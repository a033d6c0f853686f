"""The crash dialog: through the real excepthook, details folded away, PII masked, log written."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from jilin_apprentice.logging_setup import PiiMaskingFilter
from jilin_apprentice.ui import launch
from jilin_apprentice.ui.dialogs import crash_dialog
from jilin_apprentice.ui.dialogs.crash_dialog import CrashDialog, CrashHandler
from jilin_apprentice.ui.messages import Dialogs
from tests.gui.helpers import run_modal

ID_NUMBER = "11010519491231002X"
PHONE = "13812345678"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """A file handler like the app's (PII filter included) on the root logger."""
    path = tmp_path / "logs" / "jilin_apprentice.log"
    path.parent.mkdir()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.addFilter(PiiMaskingFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    yield path
    root.removeHandler(handler)
    handler.close()


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch, log_file: Path) -> CrashHandler:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    launch.install_excepthook(log_file)
    assert isinstance(sys.excepthook, CrashHandler)
    return sys.excepthook


def _raise_through(hook: CrashHandler) -> None:
    try:
        raise ValueError(f"student {ID_NUMBER} phone {PHONE} broke the report")
    except ValueError:
        hook(*sys.exc_info())  # type: ignore[arg-type]


def test_hook_shows_message_details_folded_and_log_path(qtbot, hook, log_file):
    Dialogs.enabled = True
    seen: dict[str, object] = {}

    def look(dialog) -> None:
        assert isinstance(dialog, CrashDialog)
        seen["message"] = dialog.findChild(QLabel, "crashMessage").text()
        seen["hidden"] = dialog.details.isHidden()
        seen["log"] = dialog.findChild(QLabel, "logPath").text()
        dialog.toggle_button.click()
        seen["shown_after_click"] = not dialog.details.isHidden()
        seen["details"] = dialog.details.toPlainText()
        dialog.copy_button.click()

    run_modal(lambda: _raise_through(hook), look)
    assert "data is safe" in str(seen["message"])
    assert seen["hidden"] is True
    assert seen["shown_after_click"] is True
    assert str(log_file) in str(seen["log"])
    details = str(seen["details"])
    assert "ValueError" in details and "_raise_through" in details
    assert ID_NUMBER not in details and "110105********002X" in details
    assert PHONE not in details and "138****5678" in details
    clipboard = QGuiApplication.clipboard().text()
    assert "ValueError" in clipboard and str(log_file) in clipboard
    assert ID_NUMBER not in clipboard
    logged = log_file.read_text(encoding="utf-8")
    assert "Unhandled exception" in logged and "Traceback (most recent call last)" in logged
    assert "_raise_through" in logged and ID_NUMBER not in logged and PHONE not in logged
    assert hook.dialog is None  # closed, the next error can show a dialog again


def test_no_dialog_when_dialogs_are_off_but_the_log_has_it(qtbot, hook, log_file):
    Dialogs.enabled = False
    _raise_through(hook)  # would block forever if it opened a modal dialog
    assert hook.dialog is None
    assert "ValueError" in log_file.read_text(encoding="utf-8")


def test_same_error_twice_in_a_row_shows_one_dialog(qtbot, hook, log_file):
    Dialogs.enabled = True
    shown: list[int] = []
    run_modal(lambda: _raise_through(hook), lambda _d: shown.append(1))
    _raise_through(hook)  # identical within REPEAT_SECONDS: logged only, returns at once
    assert shown == [1]
    assert log_file.read_text(encoding="utf-8").count("Unhandled exception") == 2


def test_open_log_folder_opens_the_folder_of_the_log(qtbot, tmp_path, monkeypatch):
    opened: list[str] = []

    class FakeServices:
        @staticmethod
        def openUrl(url) -> bool:  # noqa: N802
            opened.append(url.toLocalFile())
            return True

    monkeypatch.setattr(crash_dialog, "QDesktopServices", FakeServices)
    log_path = tmp_path / "logs" / "jilin_apprentice.log"
    dialog = CrashDialog("Traceback ...", log_path)
    qtbot.addWidget(dialog)
    dialog.open_button.click()
    assert opened == [str(log_path.parent)]


def test_app_keeps_running_after_an_error_in_a_slot(qtbot, hook, log_file):
    """An exception in a Qt slot goes to the hook; the event loop and the widget go on."""
    from PySide6.QtWidgets import QPushButton

    Dialogs.enabled = False
    button = QPushButton("x")
    qtbot.addWidget(button)
    calls: list[int] = []

    def slot() -> None:
        calls.append(1)
        raise RuntimeError("bug in a slot")

    button.clicked.connect(slot)
    with qtbot.capture_exceptions() as caught:
        button.click()
    for exc_type, exc, tb in caught:  # pytest-qt caught it in place of sys.excepthook
        hook(exc_type, exc, tb)
    button.click()
    assert len(calls) == 2
    assert "bug in a slot" in log_file.read_text(encoding="utf-8")


def test_error_on_a_worker_thread_is_shown_on_the_gui_thread(qtbot, hook, log_file):
    import threading

    from PySide6.QtCore import QThread
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    Dialogs.enabled = True
    threads: list[object] = []

    def raise_on_a_thread() -> None:
        worker = threading.Thread(target=lambda: _raise_through(hook))
        worker.start()
        worker.join()
        for _ in range(50):  # the queued report opens the dialog inside this loop
            QTest.qWait(10)
            if hook.dialog is None and threads:
                break

    def look(dialog) -> None:
        assert isinstance(dialog, CrashDialog)
        threads.append(dialog.thread())

    run_modal(raise_on_a_thread, look)
    assert threads == [QApplication.instance().thread()]
    assert QThread.currentThread() is QApplication.instance().thread()
    assert "ValueError" in log_file.read_text(encoding="utf-8")
