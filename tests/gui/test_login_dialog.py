"""Login and first-run setup dialogs (issue 8): the service decides, the dialog shows why."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from jilin_apprentice.domain.enums import Role
from jilin_apprentice.services.user_dto import UserDraft
from jilin_apprentice.ui.dialogs.login_dialog import (
    LoginDialog,
    SetupDialog,
    ask_login,
    show_user,
)
from tests.gui.helpers import ok_button, run_modal

PW = "jilin-demo"


def _team(services) -> None:
    services.users.save(UserDraft("admin", "系统管理员", "admin", True, password=PW))
    services.users.save(UserDraft("teacher", "张老师", "read_only", password=PW))


def test_login_accepts_the_right_password(qtbot, services) -> None:
    _team(services)
    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    dialog.username.setText("teacher")
    dialog.password.setText(PW)
    ok_button(dialog).click()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.principal is not None and dialog.principal.role == Role.READ_ONLY
    assert services.access.principal.username == "teacher"


def test_login_refuses_a_wrong_password_then_locks(qtbot, services) -> None:
    _team(services)
    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    dialog.username.setText("teacher")
    for _ in range(4):
        dialog.password.setText("not-the-password")
        ok_button(dialog).click()
        assert "Wrong user name or password" in dialog.error.text()
        assert dialog.password.text() == ""  # cleared for the next try
        assert not dialog.error.isHidden()
    dialog.password.setText("not-the-password")
    ok_button(dialog).click()
    assert "locked" in dialog.error.text()
    dialog.password.setText(PW)
    ok_button(dialog).click()
    assert "locked" in dialog.error.text()
    assert dialog.principal is None and dialog.result() != LoginDialog.DialogCode.Accepted
    assert services.access.principal.username == "tester"


def test_empty_user_name_does_not_call_the_service(qtbot, services) -> None:
    _team(services)
    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    dialog.password.setText(PW)
    ok_button(dialog).click()
    assert dialog.error.text() == "" and dialog.principal is None


def test_first_run_setup_creates_and_logs_in_the_admin(qtbot, services) -> None:
    dialog = SetupDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.username.text() == "admin"
    dialog.display_name.setText("王校长")
    dialog.password.setText("short")
    assert "8" in dialog.hint.text()
    dialog.password.setText("Jilin-2026-school")
    assert "Strength" in dialog.hint.text()
    dialog.repeat.setText("Jilin-2026-schoo")
    ok_button(dialog).click()
    assert "differ" in dialog.error.text()
    assert services.users.needs_setup()
    dialog.repeat.setText("Jilin-2026-school")
    ok_button(dialog).click()
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    assert not services.users.needs_setup()
    assert services.access.principal.display_name == "王校长"


def test_setup_shows_the_service_refusal(qtbot, services) -> None:
    dialog = SetupDialog(services)
    qtbot.addWidget(dialog)
    dialog.password.setText("1234567")
    dialog.repeat.setText("1234567")
    ok_button(dialog).click()
    assert "8" in dialog.error.text()  # too short, and the display name is missing
    assert dialog.error.text().count("\n") == 1
    assert services.users.needs_setup()


def test_ask_login_picks_setup_on_a_new_database_and_cancel_quits(qtbot, services) -> None:
    seen: list[str] = []
    result: list[object] = []
    run_modal(
        lambda: result.append(ask_login(services)),
        lambda d: seen.append(d.objectName()),
    )
    assert seen == ["SetupDialog"] and result == [None]
    _team(services)

    def log_in(dialog) -> None:
        seen.append(dialog.objectName())
        dialog.username.setText("admin")
        dialog.password.setText(PW)
        ok_button(dialog).click()

    run_modal(lambda: result.append(ask_login(services)), log_in)
    assert seen[-1] == "LoginDialog"
    assert result[-1].username == "admin"


def test_show_user_names_the_user_in_title_and_status_bar(qtbot, services) -> None:
    _team(services)
    principal = services.users.login("teacher", PW)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setWindowTitle("吉林")
    show_user(window, principal)
    assert window.windowTitle().endswith("张老师")
    assert "张老师" in window.statusBar().findChild(object, "userLabel").text()


def _run_gui(monkeypatch, services, tmp_path, principal, **flags):
    """run_gui with the dialog, the window and the event loop replaced by recorders."""
    import argparse
    from types import SimpleNamespace

    from jilin_apprentice.paths import DataPaths
    from jilin_apprentice.ui import launch
    from jilin_apprentice.ui.dialogs import login_dialog

    seen: dict[str, object] = {"asked": 0}

    def ask(_services):
        seen["asked"] = int(seen["asked"]) + 1
        return principal

    window = QMainWindow()
    monkeypatch.setattr(login_dialog, "ask_login", ask)
    monkeypatch.setattr(launch, "make_application", lambda _lang: SimpleNamespace(exec=lambda: 7))
    monkeypatch.setattr(launch, "install_excepthook", lambda _path: None)
    monkeypatch.setattr(launch, "build_window", lambda *_a: window)
    monkeypatch.setattr(launch, "smoke_test", lambda w, _app: 3)
    args = argparse.Namespace(
        lang="en", no_dialogs=False, smoke_test=False, screenshot=None, size=None, page=None, tab=0
    )
    for key, value in flags.items():
        setattr(args, key, value)
    code = launch.run_gui(services, args, DataPaths(tmp_path), tmp_path / "log.txt")
    return code, seen["asked"], window


def test_run_gui_asks_first_and_cancel_quits(qtbot, monkeypatch, services, tmp_path) -> None:
    code, asked, window = _run_gui(monkeypatch, services, tmp_path, None)
    assert (code, asked) == (0, 1)
    assert window.isHidden()


def test_run_gui_shows_the_window_for_the_logged_in_user(
    qtbot, monkeypatch, services, tmp_path
) -> None:
    _team(services)
    principal = services.users.login("teacher", PW)
    code, asked, window = _run_gui(monkeypatch, services, tmp_path, principal)
    qtbot.addWidget(window)
    assert (code, asked) == (7, 1)
    assert not window.isHidden() and window.windowTitle().endswith("张老师")


def test_smoke_test_runs_as_the_system_without_a_prompt(
    qtbot, monkeypatch, services, tmp_path
) -> None:
    _team(services)
    code, asked, _window = _run_gui(monkeypatch, services, tmp_path, None, smoke_test=True)
    assert (code, asked) == (3, 0)
    assert services.access.principal.role == Role.ADMIN


def test_switch_user_logs_the_next_person_in_and_renames_the_window(qtbot, services, tmp_path):
    from jilin_apprentice.ui.launch import build_window
    from jilin_apprentice.ui.state import UiState

    _team(services)
    first = services.users.login("teacher", PW)
    window = build_window(services, UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    show_user(window, first)

    def log_in_as_admin(dialog) -> None:
        dialog.username.setText("admin")
        dialog.password.setText(PW)
        ok_button(dialog).click()

    switched: list[bool] = []
    run_modal(lambda: switched.append(window.switch_user()), log_in_as_admin)
    assert switched == [True]
    assert services.access.principal.username == "admin"
    labels = window.statusBar().findChildren(QLabel, "userLabel")
    assert len(labels) == 1 and "张老师" not in labels[0].text()
    assert window.windowTitle().endswith("– 系统管理员") and "张老师" not in window.windowTitle()


def test_quitting_the_login_after_a_switch_closes_the_window(qtbot, services, tmp_path):
    from jilin_apprentice.ui.launch import build_window
    from jilin_apprentice.ui.state import UiState

    _team(services)
    services.users.login("admin", PW)
    window = build_window(services, UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    window.show()
    switched: list[bool] = []
    run_modal(lambda: switched.append(window.switch_user()), lambda dialog: dialog.reject())
    assert switched == [False] and window.isHidden()
    assert services.access.principal.username != "admin"  # logged out: nobody's rights remain
