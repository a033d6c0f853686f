"""The Personal data tab: retention review with anonymisation, consents, the privacy notice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate

from jilin_apprentice.domain.enums import StudentStatus
from jilin_apprentice.storage.models import Student
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.pages.settings.privacy_panel import PrivacyPanel
from tests.factories import build_world
from tests.gui.helpers import ok_button, run_modal


def _graduate(services, sid: int, on: dt.date) -> None:
    with services.uow() as session:
        s = session.get(Student, sid)
        s.status, s.graduation_date = StudentStatus.GRADUATED, on


def _panel(qtbot, services, ui_state) -> PrivacyPanel:
    panel = PrivacyPanel(services, ui_state)
    qtbot.addWidget(panel)
    panel.load()
    return panel


def test_review_lists_due_students_and_anonymises_after_confirmation(qtbot, services, ui_state):
    world = build_world(services)
    old, recent = world.students[0], world.students[1]
    _graduate(services, old, dt.date(2022, 7, 1))
    _graduate(services, recent, dt.date(2025, 7, 1))
    panel = _panel(qtbot, services, ui_state)
    assert panel.review.rowCount() == 1
    assert panel.review.item(0, 0).text() == services.students.get(old).name
    assert "3" in panel.retention_note.text()

    Dialogs.answers = [False]  # declined: nothing happens
    panel.anonymise_button.click()
    assert "1 student(s)" in Dialogs.shown[-1][1]
    assert services.students.get(old).name != f"学生{old}"
    assert panel.review.rowCount() == 1

    Dialogs.answers = [True]
    panel.anonymise_button.click()
    assert services.students.get(old).name == f"学生{old}"
    assert services.students.get(recent).name != f"学生{recent}"
    assert panel.review.rowCount() == 0 and not panel.anonymise_button.isEnabled()
    assert "1" in panel.status.text()


def test_consents_are_added_refused_and_withdrawn(qtbot, services, ui_state):
    world = build_world(services)
    sid = world.students[2]
    panel = _panel(qtbot, services, ui_state)
    panel.search.setText(services.students.get(sid).name)
    assert panel.student_id == sid
    assert panel.consent_table.rowCount() == 0

    def fill(dialog) -> None:
        dialog.purpose.setCurrentIndex(dialog.purpose.findData("bank_account"))
        dialog.signed_on.setDate(QDate(2026, 9, 1))
        ok_button(dialog).click()  # no signer yet: refused, the dialog stays
        assert not dialog.isHidden() and dialog.error.text()
        dialog.signer.setText("王小明")
        dialog.scope.setText("工资卡")
        ok_button(dialog).click()

    run_modal(panel.add_consent, fill)
    assert panel.consent_table.rowCount() == 1
    assert panel.consent_table.item(0, 5).text() == "yes"
    assert not services.privacy.requires_consent(sid, "bank_account")

    panel.consent_table.selectRow(0)
    Dialogs.answers = [True]
    panel.withdraw_button.click()
    assert panel.consent_table.item(0, 5).text() == "no"
    assert services.privacy.requires_consent(sid, "bank_account")


def test_notice_is_saved_as_pdf_and_acknowledged(qtbot, services, ui_state, tmp_path: Path):
    world = build_world(services)
    panel = _panel(qtbot, services, ui_state)
    panel.search.setText(services.students.get(world.students[3]).name)
    target = tmp_path / "notice.pdf"
    panel.ask_save_file = lambda *args: (str(target), "")
    assert panel.print_notice(panel.student_id) == target
    assert target.read_bytes().startswith(b"%PDF")
    panel.ask_save_file = lambda *args: ("", "")  # cancelled
    assert panel.print_notice(None) is None
    assert "No privacy notice" in panel.notice_state.text()
    panel.ack_button.click()
    assert "version 1" in panel.notice_state.text()
    panel.ack_button.click()  # twice: a clear message, not a crash
    assert Dialogs.shown[-1][0] == "Not saved"


def test_keyboard_ctrl_n_adds_and_delete_withdraws(qtbot, services, ui_state):
    from PySide6.QtCore import Qt

    world = build_world(services)
    sid = world.students[0]
    services.privacy.add_consent(sid, _draft(services, sid))
    panel = _panel(qtbot, services, ui_state)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.search.setText(services.students.get(sid).name)
    assert panel.student_id == sid
    panel.consent_table.selectRow(0)
    panel.consent_table.setFocus()
    qtbot.waitUntil(panel.consent_table.hasFocus)
    Dialogs.answers = [True]
    qtbot.keyClick(panel.consent_table, Qt.Key.Key_Delete)
    assert services.privacy.consents(sid)[0].withdrawn_on is not None

    def cancel(dialog) -> None:
        assert dialog.objectName() == "ConsentDialog"
        dialog.reject()

    run_modal(
        lambda: qtbot.keyClick(
            panel.consent_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
        ),
        cancel,
    )


def _draft(services, sid: int):
    from jilin_apprentice.services.privacy_dto import ConsentDraft

    return ConsentDraft("health", services.students.get(sid).name, dt.date(2026, 9, 1))
