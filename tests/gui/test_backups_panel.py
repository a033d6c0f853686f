"""Settings ▸ Backups: the list, back up now, restore with preview and confirmation, the check."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jilin_apprentice.domain.enums import Role
from jilin_apprentice.services.access import Principal
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.pages.settings.backups_panel import BackupsPanel, human_size
from tests import pg
from tests.factories import build_world, student_draft

pytestmark = pytest.mark.skipif(pg.enabled(), reason="file backups are of SQLite")


@pytest.fixture
def panel(qtbot, services, ui_state):
    build_world(services)
    widget = BackupsPanel(services, ui_state)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.load()
    return widget


def cell(panel: BackupsPanel, row: int, col: int) -> str:
    return panel.table.item(row, col).text()


def test_lists_the_automatic_backup_made_on_start(panel):
    assert panel.table.rowCount() == 1
    assert cell(panel, 0, 1) == "Daily (automatic)" and cell(panel, 0, 3).endswith("-auto.db")
    assert "10" in panel.intro.text()  # backups.keep
    assert panel.backup_button.isEnabled() and panel.restore_button.isEnabled()


def test_back_up_now_to_a_chosen_folder_lists_it_and_remembers_the_folder(panel, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    panel.ask_folder = lambda *_args: str(usb)
    panel.backup_button.click()
    (made,) = usb.glob("*.db")
    assert str(made) in panel.status.text()
    assert panel.table.rowCount() == 2
    kinds = {cell(panel, r, 1) for r in range(2)}
    assert kinds == {"Daily (automatic)", "Manual"}
    assert panel.state.value("backups/last_folder") == str(usb)


def test_cancelled_folder_choice_does_nothing(panel, tmp_path):
    panel.ask_folder = lambda *_args: ""
    panel.backup_button.click()
    assert panel.table.rowCount() == 1 and Dialogs.shown == []


def test_restore_shows_a_preview_and_only_a_yes_replaces_the_data(panel, services, tmp_path):
    info = services.backups.backup(tmp_path / "b.db")
    world_class = services.students.get(1).class_id
    services.students.create(student_draft(world_class, name="新生", seq=97))
    panel.ask_open_file = lambda *_args: (info.path, "")
    Dialogs.answers = [False]
    panel.restore_button.click()
    title, text = Dialogs.shown[-1]
    assert title == "Restore backup?"
    assert "Students: 4, enterprises: 2, placements: 0, agreements: 0" in text
    assert services.student_count() == 5  # declined: nothing changed
    Dialogs.answers = [True]
    panel.restore_button.click()
    assert services.student_count() == 4
    assert "pre-restore" in panel.status.text()
    assert "Before a restore" in {cell(panel, r, 1) for r in range(panel.table.rowCount())}


def test_a_file_that_is_not_a_backup_is_refused_with_its_reason(panel, services, tmp_path):
    bad = tmp_path / "roster.db"
    bad.write_text("not a database", encoding="utf-8")
    panel.ask_open_file = lambda *_args: (str(bad), "")
    panel.restore_button.click()
    title, text = Dialogs.shown[-1]
    assert title == "Cannot restore this file" and str(bad) in text
    assert services.student_count() == 4


def test_enter_on_a_listed_backup_restores_it_after_confirmation(panel, services, qtbot):
    panel.table.setCurrentCell(0, 0)
    panel.table.setFocus()
    Dialogs.answers = [True]
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert Dialogs.shown and Dialogs.shown[-1][0] == "Restore backup?"
    assert services.student_count() == 0  # the automatic backup was made before the world


def test_read_only_users_cannot_back_up_or_restore(panel, services):
    services.access.principal = Principal("t", "老师", Role.READ_ONLY)
    panel.load()
    assert not panel.backup_button.isEnabled() and not panel.restore_button.isEnabled()
    assert panel.check_button.isEnabled()
    panel.restore_selected()  # Enter on a row is refused too
    assert Dialogs.shown == []


def test_integrity_check_now(panel):
    panel.check_button.click()
    assert "Integrity check passed" in panel.status.text()


def test_sizes_read_naturally():
    assert (human_size(100), human_size(600_000), human_size(5 * 1024 * 1024)) == (
        "1 KB",
        "586 KB",
        "5.0 MB",
    )
