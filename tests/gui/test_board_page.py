"""The post board page: openings list, suggestions, accept, the dialogs, delete confirmation."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from jilin_apprentice.services.board_dto import OpeningDraft
from jilin_apprentice.ui.dialogs.allocation_dialog import AllocationDialog
from jilin_apprentice.ui.dialogs.opening_dialog import OpeningDialog
from jilin_apprentice.ui.dialogs.preference_dialog import PreferenceDialog
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.pages.board_page import BoardPage
from tests.factories import build_world
from tests.gui.helpers import ok_button, run_modal

D = dt.date


@pytest.fixture
def world(services):
    return build_world(services)


def add_opening(services, w, **change) -> int:
    draft = OpeningDraft(
        enterprise_id=w.enterprise,
        post_id=w.post,
        title="汽车维修工",
        count=2,
        start_date=D(2027, 3, 1),
        end_date=D(2027, 6, 30),
        majors=("汽车运用与维修",),
        pay_amount_fen=380_000,
    )
    return services.board.save_opening(dataclasses.replace(draft, **change))


@pytest.fixture
def page(qtbot, services, world, ui_state):
    add_opening(services, world)
    add_opening(services, world, title="钣金工（已关闭）")
    services.board.close_opening(services.board.list_openings()[1].id)
    board = BoardPage(services, ui_state)
    qtbot.addWidget(board)
    board.resize(1366, 700)
    board.show()
    board.reload()
    return board


def test_lists_openings_and_suggests_students(page, world):
    tab = page.openings
    assert tab.model.rowCount() == 2
    assert tab.current().title == "汽车维修工"
    panel = page.suggestions
    assert {r.student_id for r in panel.model.rows} == set(world.students)
    assert panel.accept_action.isEnabled()
    # caps: 2 of 20 staff, 2 of 10 on the post; both allow the two places
    assert "2" in panel.heading.text()
    tab.status.setCurrentIndex(tab.status.findData("closed"))
    assert [r.title for r in tab.model.rows] == ["钣金工（已关闭）"]
    assert not panel.accept_action.isEnabled()


def test_accept_creates_a_draft_and_updates_the_list(page, services):
    panel = page.suggestions
    panel.table.selectRow(0)
    student = panel.current().student_name
    panel.accept_current()
    assert page.openings.current().remaining == 1
    assert student in page.openings.notice.text()
    assert services.placements.list(status="draft")[0].student_name == student


def test_delete_asks_first(page, services):
    tab = page.openings
    Dialogs.answers = [False]
    tab.delete_current()
    assert len(services.board.list_openings()) == 2
    Dialogs.answers = [True]
    tab.delete_current()
    assert len(services.board.list_openings()) == 1


def test_new_opening_dialog_saves_and_reports_errors(qtbot, services, world):
    dialog = OpeningDialog(services)
    qtbot.addWidget(dialog)
    dialog.enterprise.setCurrentIndex(dialog.enterprise.findData(world.enterprise))
    dialog.post.setCurrentIndex(dialog.post.findData(world.post))
    assert dialog.title.text() == "汽车维修工"
    dialog.count.setValue(3)
    dialog.start.setDate(dialog.start.date().addMonths(3))
    dialog.end.setDate(dialog.start.date().addDays(-1))
    dialog.save()
    assert dialog.saved_id is None and not dialog.error.isHidden()
    dialog.end.setDate(dialog.start.date().addMonths(4))
    dialog.years[3].setChecked(True)
    dialog.save()
    saved = services.board.get_opening(dialog.saved_id)
    assert (saved.count, saved.grade_years) == (3, (3,))


def test_preference_dialog_round_trip(qtbot, services, world):
    sid = world.students[0]
    dialog = PreferenceDialog(services, sid)
    qtbot.addWidget(dialog)
    dialog.has_from.setChecked(True)
    item = dialog.industries.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    dialog.note.setText("想去一汽")
    dialog.save()
    pref = services.board.get_preference(sid)
    assert pref.industries == (item.data(Qt.ItemDataRole.UserRole),)
    assert pref.note == "想去一汽" and pref.available_from == services.today()


def test_allocation_dialog_proposes_and_accepts_all(qtbot, page, services, world):
    def interact(dialog):
        assert isinstance(dialog, AllocationDialog)
        assert dialog.chosen_openings() == [services.board.list_openings(status="open")[0].id]
        dialog.run()
        assert dialog.assigned.rowCount() == 2 and dialog.unplaced.rowCount() == 2
        ok_button(dialog).click()

    run_modal(page.allocate, interact)
    assert len(services.placements.list(status="draft")) == 2
    assert services.board.list_openings(status="filled")[0].title == "汽车维修工"
    assert "2" in page.openings.notice.text()
