"""File ▸ Export for an enterprise or insurer: consent asked for, or students left out (R-PI-6)."""

from __future__ import annotations

from openpyxl import load_workbook
from sqlalchemy import select

from jilin_apprentice.services.export_consent import STUDENT_KINDS
from jilin_apprentice.services.privacy_dto import ConsentDraft
from jilin_apprentice.storage.models import AuditEntry
from jilin_apprentice.ui.dialogs.shared_export_dialog import SharedExportDialog
from jilin_apprentice.ui.messages import Dialogs
from tests.conftest import TODAY
from tests.factories import build_world


def _dialog(qtbot, services, ui_state) -> SharedExportDialog:
    dialog = SharedExportDialog(services, ui_state, TODAY)
    qtbot.addWidget(dialog)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("insurer"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("students"))
    return dialog


def _consent(services, student: int) -> None:
    services.privacy.add_consent(student, ConsentDraft("share_insurer", "学生", TODAY))


def test_only_lists_about_students_are_offered(qtbot, services, ui_state) -> None:
    dialog = _dialog(qtbot, services, ui_state)
    keys = {dialog.kind.itemData(i) for i in range(dialog.kind.count())}
    assert keys == STUDENT_KINDS  # every kind that holds student data, and only those
    assert not keys & {"enterprises", "posts", "staff"}
    assert [dialog.recipient.itemData(i) for i in range(2)] == ["enterprise", "insurer"]


def test_declining_writes_nothing_and_names_the_rule(qtbot, services, ui_state, tmp_path) -> None:
    world = build_world(services)
    _consent(services, world.students[0])
    dialog = _dialog(qtbot, services, ui_state)
    Dialogs.answers = [False]
    assert dialog.export(tmp_path / "r.xlsx") is None
    assert not (tmp_path / "r.xlsx").exists()
    assert Dialogs.shown[-1][0] == "Students without consent"
    assert "3 student(s)" in dialog.error.text() and "R-PI-6" in dialog.error.text()
    assert not dialog.error.isHidden()
    with services.uow.read() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "export")) is None


def test_accepting_exports_only_students_with_consent(qtbot, services, ui_state, tmp_path) -> None:
    world = build_world(services)
    _consent(services, world.students[0])
    dialog = _dialog(qtbot, services, ui_state)
    Dialogs.answers = [True]
    done = dialog.export(tmp_path / "r.xlsx")
    assert done is not None and (done.rows, done.left_out) == (1, 3)
    sheet = load_workbook(done.path).active
    assert sheet["B1"].value == "姓名" and sheet["B2"].value == "学生0" and sheet.max_row == 2
    assert dialog.summary() == "Exported 1 rows; 3 students without consent left out"
    assert dialog.result() == SharedExportDialog.DialogCode.Accepted


def test_everyone_with_consent_is_exported_without_a_question(
    qtbot, services, ui_state, tmp_path
) -> None:
    world = build_world(services)
    for student in world.students:
        _consent(services, student)
    dialog = _dialog(qtbot, services, ui_state)
    done = dialog.export(tmp_path / "r.xlsx")
    assert done is not None and (done.rows, done.left_out) == (4, 0)
    assert Dialogs.shown == []


def test_the_file_menu_opens_the_dialog(qtbot, services, tmp_path, monkeypatch) -> None:
    from PySide6.QtGui import QAction

    from jilin_apprentice.ui.launch import build_window
    from jilin_apprentice.ui.state import UiState

    window = build_window(services, UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    opened: list[SharedExportDialog] = []

    def fake_exec(dialog: SharedExportDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(SharedExportDialog, "exec", fake_exec)
    action = window.findChild(QAction, "sharedExportAction")
    assert action is not None and action.isEnabled()
    action.trigger()
    assert len(opened) == 1 and opened[0].recipient.currentData() == "enterprise"
