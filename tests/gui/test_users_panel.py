"""Settings ▸ Users (issue 8): administrators manage users; others see only themselves."""

from __future__ import annotations

import pytest

from jilin_apprentice.services.user_dto import UserDraft
from jilin_apprentice.services.users import LoginRefused
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.pages.settings.users_panel import PasswordDialog, UserDialog, UsersPanel
from tests.gui.helpers import ok_button, run_modal

PW = "jilin-demo"


def _team(services) -> dict[str, int]:
    return {
        name: services.users.save(UserDraft(name, shown, role, pii, password=PW))
        for name, shown, role, pii in (
            ("admin", "系统管理员", "admin", True),
            ("officer", "李老师", "officer", False),
            ("teacher", "张老师", "read_only", False),
        )
    }


def _panel(qtbot, services, ui_state) -> UsersPanel:
    panel = UsersPanel(services, ui_state)
    qtbot.addWidget(panel)
    panel.load()
    return panel


def _cells(panel: UsersPanel, row: int) -> list[str]:
    return [panel.table.item(row, c).text() for c in range(panel.table.columnCount())]


def test_admin_sees_every_user_with_role_right_and_lock(qtbot, services, ui_state) -> None:
    _team(services)
    services.users.login("admin", PW)
    for _ in range(5):
        with pytest.raises(LoginRefused):
            services.users.login("teacher", "wrong-password")
    panel = _panel(qtbot, services, ui_state)
    assert panel.table.rowCount() == 3
    assert _cells(panel, 0)[:5] == ["admin", "系统管理员", "administrator", "yes", "yes"]
    teacher = _cells(panel, 2)
    assert teacher[:5] == ["teacher", "张老师", "read-only", "no", "yes"]
    assert teacher[5].startswith("20")  # locked until …
    panel.table.selectRow(2)
    panel.unlock()
    assert _cells(panel, 2)[5] == ""
    assert services.users.login("teacher", PW).username == "teacher"


def test_new_user_through_the_dialog(qtbot, services, ui_state) -> None:
    _team(services)
    panel = _panel(qtbot, services, ui_state)

    def fill(dialog: UserDialog) -> None:
        dialog.username.setText("wang")
        dialog.display_name.setText("王老师")
        dialog.role.setCurrentIndex(dialog.role.findData("read_only"))
        dialog.password.setText("wang-password")
        dialog.repeat.setText("wang-passwor")
        ok_button(dialog).click()
        assert "differ" in dialog.error.text()
        dialog.repeat.setText("wang-password")
        ok_button(dialog).click()
        assert dialog.result() == UserDialog.DialogCode.Accepted

    run_modal(panel.add, fill)
    assert [r.username for r in panel.rows] == ["admin", "officer", "teacher", "wang"]
    assert services.users.login("wang", "wang-password").display_name == "王老师"


def test_edit_shows_last_admin_refusal(qtbot, services, ui_state) -> None:
    _team(services)
    panel = _panel(qtbot, services, ui_state)
    panel.table.selectRow(0)
    dialog = UserDialog(services, panel.current_row(), panel)
    qtbot.addWidget(dialog)
    assert not dialog.password.isVisibleTo(dialog)  # passwords change through Set password
    dialog.role.setCurrentIndex(dialog.role.findData("officer"))
    ok_button(dialog).click()
    assert "last active administrator" in dialog.error.text()
    dialog.pii.setChecked(False)
    dialog.role.setCurrentIndex(dialog.role.findData("admin"))
    ok_button(dialog).click()
    assert dialog.result() == UserDialog.DialogCode.Accepted
    assert not services.users.list()[0].can_see_pii


def test_non_admin_sees_only_themself_and_editing_is_refused(qtbot, services, ui_state) -> None:
    _team(services)
    services.users.login("officer", PW)
    panel = _panel(qtbot, services, ui_state)
    assert panel.table.rowCount() == 1 and _cells(panel, 0)[0] == "officer"
    assert "Only an administrator" in panel.notice.text()
    assert not panel.new_button.isEnabled() and panel.password_button.isEnabled()
    Dialogs.shown.clear()
    panel.add()  # Ctrl+N still reaches here
    panel.edit_current()
    assert [t for t, _ in Dialogs.shown] == ["Users", "Users"]
    assert "Only an administrator" in Dialogs.shown[-1][1]


def test_own_password_needs_the_current_one(qtbot, services, ui_state) -> None:
    _team(services)
    services.users.login("teacher", PW)
    panel = _panel(qtbot, services, ui_state)
    dialog = PasswordDialog(services, panel.current_row(), True, panel)
    qtbot.addWidget(dialog)
    dialog.old.setText("wrong-one")
    dialog.password.setText("teacher-new-1")
    dialog.repeat.setText("teacher-new-1")
    ok_button(dialog).click()
    assert "Current password is wrong" in dialog.error.text()
    dialog.old.setText(PW)
    ok_button(dialog).click()
    assert dialog.result() == PasswordDialog.DialogCode.Accepted
    services.users.logout()
    assert services.users.login("teacher", "teacher-new-1").username == "teacher"


def test_student_form_without_the_right_is_masked_and_saves(qtbot, services) -> None:
    """R-PI-7: the edit form shows asterisks, OK stays enabled, the stored number is kept."""
    from jilin_apprentice.domain.enums import Role
    from jilin_apprentice.services.access import Principal
    from jilin_apprentice.ui.dialogs.student_dialog import StudentDialog
    from tests.factories import build_world

    world = build_world(services)
    sid = world.students[0]
    full = services.students.get(sid)
    services.access.principal = Principal("officer", "李老师", Role.OFFICER)
    dialog = StudentDialog(services.students, [], services.students.get(sid))
    qtbot.addWidget(dialog)
    assert dialog.id_number.text() == full.id_number_masked
    assert dialog.phone.text() == "138****5678"
    assert dialog.derived.text() != ""  # born … from the stored record
    assert ok_button(dialog).isEnabled()
    dialog.address.setText("长春市朝阳区")
    ok_button(dialog).click()
    assert dialog.saved_id == sid
    services.access.principal = Principal("admin", "管理员", Role.ADMIN, can_see_pii=True)
    after = services.students.get(sid)
    assert (after.id_number, after.phone, after.address) == (
        full.id_number,
        full.phone,
        "长春市朝阳区",
    )
