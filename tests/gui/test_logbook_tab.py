"""The logbook tab: create, submit, approve and return entries; copies in red; printing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from jilin_apprentice.services.logbook_dto import LogDraft
from jilin_apprentice.storage.models import Placement
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import FLAG_COLOUR
from jilin_apprentice.ui.pages.apprenticeships_page import ApprenticeshipsPage
from tests.factories import build_world
from tests.gui.helpers import ok_button, run_modal

D = dt.date
TEXT = (
    "本周在总装车间跟随李师傅学习发动机缸盖拆装，熟悉了扭力扳手的使用方法和拧紧顺序，"
    "并完成了三台发动机的气门间隙检查，填写了检查记录表。"
)


def add_placement(w, student: int) -> int:
    with w.services.uow() as session:
        p = Placement(
            student_id=student,
            enterprise_id=w.enterprise,
            post_id=w.post,
            type="post",
            status="active",
            start_date=D(2026, 10, 5),
            end_date=D(2027, 1, 15),
            days_per_week=5,
            enterprise_mentor_id=w.mentor,
            school_supervisor_id=w.supervisor,
        )
        session.add(p)
        session.flush()
        return p.id


@pytest.fixture
def world(services):
    w = build_world(services)
    w.placements = [add_placement(w, s) for s in w.students[:2]]
    return w


@pytest.fixture
def tab(qtbot, world, ui_state):
    page = ApprenticeshipsPage(world.services, ui_state)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.tabs.setCurrentWidget(page.logbook)
    return page.logbook


def cell(tab, row: int, title: str, role=Qt.ItemDataRole.DisplayRole):
    column = next(i for i, c in enumerate(tab.model.columns) if c.title == title)
    return tab.proxy.index(row, column).data(role)


def test_create_submit_and_approve(tab, world):
    def fill(dialog):
        assert "Enterprise" in dialog.days.text()
        dialog.week.setDate(QDate(2026, 11, 18))
        dialog.text.setPlainText(TEXT)
        dialog.hours.setValue(40)
        dialog.revalidate()
        assert dialog.week_span.text() == "2026-11-16 – 2026-11-22"
        ok_button(dialog).click()
        assert not dialog.isVisible()

    run_modal(lambda: tab.new_entry(world.placements[0]), fill)
    assert tab.model.rowCount() == 1
    assert (cell(tab, 0, "Week"), cell(tab, 0, "Status")) == ("2026-11-16", "Draft")
    assert cell(tab, 0, "Hours") == "40"
    tab.submit_current()
    assert cell(tab, 0, "Status") == "Submitted"

    def approve(dialog):
        assert dialog.reviewer.count() == 2  # the enterprise mentor and the school supervisor
        dialog.reviewer.setCurrentIndex(1)
        dialog.comment.setPlainText("记录具体")
        ok_button(dialog).click()
        assert not dialog.isVisible()

    run_modal(lambda: tab.review_current(True), approve)
    assert cell(tab, 0, "Status") == "Approved"
    assert (cell(tab, 0, "Reviewer"), cell(tab, 0, "Review comment")) == ("张老师", "记录具体")


def test_a_future_week_keeps_ok_disabled(tab, world):
    def fill(dialog):
        dialog.week.setDate(QDate(2026, 12, 7))
        dialog.text.setPlainText(TEXT)
        dialog.revalidate()
        assert not ok_button(dialog).isEnabled()
        assert not dialog.findChild(type(dialog.days), "error_log_week").isHidden()

    run_modal(lambda: tab.new_entry(world.placements[0]), fill)
    assert tab.model.rowCount() == 0


def test_return_needs_a_comment_and_stays_open(tab, world):
    svc = world.services.logbook
    eid = svc.save_draft(LogDraft(world.placements[0], D(2026, 11, 9), TEXT))
    svc.submit(eid)
    tab.load()

    def give_back(dialog):
        ok_button(dialog).click()
        assert dialog.isVisible()
        assert not dialog.findChild(type(dialog.general_error), "error_log_comment").isHidden()
        dialog.comment.setPlainText("请补充安全要点")
        ok_button(dialog).click()
        assert not dialog.isVisible()

    run_modal(lambda: tab.review_current(False), give_back)
    assert cell(tab, 0, "Status") == "Returned"


def test_approving_a_draft_is_refused_with_a_message(tab, world):
    world.services.logbook.save_draft(LogDraft(world.placements[0], D(2026, 11, 9), TEXT))
    tab.load()
    tab.review_current(True)
    assert Dialogs.shown and "submitted" in Dialogs.shown[-1][-1].lower()


def test_copies_in_red_only_copies_toggle_and_print(tab, world, tmp_path):
    svc = world.services.logbook
    svc.save_draft(LogDraft(world.placements[0], D(2026, 11, 9), TEXT))
    svc.save_draft(LogDraft(world.placements[1], D(2026, 11, 9), TEXT + "我也是。"))
    svc.save_draft(LogDraft(world.placements[1], D(2026, 11, 16), "本周请假"))
    tab.load()
    assert tab.model.rowCount() == 3
    tab.only_copies.setChecked(True)
    assert tab.proxy.rowCount() == 2
    assert "100 %" in cell(tab, 0, "Suspected copy")
    assert "*" in cell(tab, 0, "Suspected copy")  # the other student is masked
    assert cell(tab, 0, "Suspected copy", Qt.ItemDataRole.ForegroundRole) == FLAG_COLOUR
    tab.table.selectAll()
    path = tab.print_selected(tmp_path / "sheets.pdf")
    assert path is not None and path.stat().st_size > 1000


def test_import_preview_then_skip_bad_rows(tab, world, tmp_path):
    from jilin_apprentice.storage.models import Student

    with world.services.uow() as session:
        session.get(Student, world.students[0]).student_no = "20240001"
    path = tmp_path / "logs.csv"
    path.write_text(f"学号,周开始日期,周记内容,工时\n20240001,2026-11-09,{TEXT},40\n9,x,y,z\n")
    tab.page.ask_open_file = lambda *_a: (str(path), "")

    def refuse_then_skip(dialog):
        assert dialog.table.rowCount() == 2
        assert dialog.table.item(1, 3).text() == "Cannot import"
        assert not dialog.skip.isHidden()
        dialog.skip.setChecked(True)
        ok_button(dialog).click()

    run_modal(tab.import_sheet, refuse_then_skip)
    assert tab.model.rowCount() == 1
    assert cell(tab, 0, "Status") == "Draft"
