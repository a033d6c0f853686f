"""The placement editor against real services: live rule results linked to fields, saving,
refused input, blocked status changes; and the placements page with its batch dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from sqlalchemy import func, select

from jilin_apprentice.storage.models import Placement
from jilin_apprentice.ui.dialogs.placement_dialog import PlacementDialog
from jilin_apprentice.ui.pages.placements_page import PlacementsPage
from tests.factories import END, START, build_world
from tests.gui.helpers import ok_button, run_modal


def placements(services) -> int:
    with services.uow.read() as session:
        return session.scalar(select(func.count()).select_from(Placement))


def fill_new(dialog: PlacementDialog, world) -> None:
    """Pick the first student and the world's enterprise, set the dates."""
    form = dialog.form
    form.student.edit.setText("学生0")
    form.student.run_search()
    form.enterprise.edit.setText("长春一汽")
    form.enterprise.run_search()
    assert form.enterprise.value() == world.enterprise
    form.post.setCurrentIndex(form.post.findData(world.post))
    form.mentor.setCurrentIndex(form.mentor.findData(world.mentor))
    form.supervisor.setCurrentIndex(form.supervisor.findData(world.supervisor))
    form.start.setDate(QDate(START))
    form.end.setDate(QDate(END))
    form.pay.setValue(3500)
    form.filing_ref.setText("备案-1")


def rule_ids(dialog: PlacementDialog) -> list[str]:
    return [f.rule_id for f in dialog.findings]


def test_rules_update_live_and_link_to_their_field(qtbot, services):
    world = build_world(services)
    dialog = PlacementDialog(services)
    qtbot.addWidget(dialog)
    fill_new(dialog, world)
    assert world.students[0] == dialog.form.student.value()
    form = dialog.form
    form.shift_start.setTime(QTime(14, 0))
    form.shift_end.setTime(QTime(22, 0))
    assert "R-TIME-3" not in rule_ids(dialog)  # ends exactly when the night begins
    form.shift_end.setTime(QTime(22, 1))
    assert "R-TIME-3" in rule_ids(dialog)
    night = next(
        i
        for i in range(dialog.findings_list.count())
        if "R-TIME-3" in dialog.findings_list.item(i).text()
    )
    assert "22:01" in dialog.findings_list.item(night).text()
    assert dialog.last_check_ms < 1000  # sanity only; the benchmark measures it
    form.setCurrentIndex(0)
    dialog.findings_list.itemClicked.emit(dialog.findings_list.item(night))
    assert form.currentIndex() == 1  # the "Hours and pay" tab holds the shift end
    assert "(" in form.tabText(1)  # the tab shows how many findings concern it
    dialog.revalidate()
    assert "R-TIME-3" in form.forms[1].message_of("shift_end")


def test_saving_creates_a_draft_and_refuses_bad_input(qtbot, services):
    world = build_world(services)
    dialog = PlacementDialog(services)
    qtbot.addWidget(dialog)
    fill_new(dialog, world)
    dialog.form.end.setDate(QDate(START - dt.timedelta(days=1)))
    assert not dialog.save()
    assert not dialog.general_error.isHidden()
    assert "2027-02-28" in dialog.general_error.text()
    assert placements(services) == 0
    dialog.form.end.setDate(QDate(END))
    assert dialog.save()
    assert placements(services) == 1
    assert dialog.status == "draft"
    assert dialog.action_buttons["approved"].isVisibleTo(dialog)


def test_a_blocking_rule_stops_approval_and_says_why(qtbot, services):
    world = build_world(services)
    dialog = PlacementDialog(services)
    qtbot.addWidget(dialog)
    fill_new(dialog, world)
    dialog.form.shift_start.setTime(QTime(15, 0))
    dialog.form.shift_end.setTime(QTime(23, 0))
    dialog.action_buttons["approved"].click()  # saves first, then tries to approve
    assert dialog.placement_id is not None
    assert dialog.status == "draft"
    assert "R-TIME-3" in dialog.general_error.text()
    dialog.form.shift_end.setTime(QTime(21, 0))
    dialog.action_buttons["approved"].click()
    assert dialog.status == "approved"
    assert services.placements.get(dialog.placement_id).status == "approved"


def test_placements_page_lists_filters_and_creates_a_batch(qtbot, services, ui_state):
    world = build_world(services)
    page = PlacementsPage(services, ui_state)
    qtbot.addWidget(page)
    page.reload()
    assert page.model.rowCount() == 0

    def interact(dialog) -> None:
        dialog.form.enterprise.edit.setText("长春一汽")
        dialog.form.enterprise.run_search()
        dialog.form.post.setCurrentIndex(dialog.form.post.findData(world.post))
        dialog.form.start.setDate(QDate(START))
        dialog.form.end.setDate(QDate(END))
        assert dialog.students.count() == 4
        dialog.students.item(3).setCheckState(Qt.CheckState.Unchecked)
        ok_button(dialog).click()

    run_modal(page.new_batch, interact)
    assert placements(services) == 3
    assert page.model.rowCount() == 3
    page.status.setCurrentIndex(page.status.findData("active"))
    assert page.model.rowCount() == 0
    page.status.setCurrentIndex(page.status.findData("draft"))
    assert page.model.rowCount() == 3
    page.bar.edit.setText("学生1")
    page.bar.flush()
    assert [r.student_name for r in page.model.rows] == ["学生1"]


def test_a_change_of_pay_in_the_editor_rebuilds_the_stored_schedule(qtbot, services):
    """Issue 4: the ledger follows the terms; recorded payments stay."""
    from jilin_apprentice.services.demo import build_demo

    report = build_demo(services, size=300, seed=20261126)
    pid = report.flagged["payment.late"]
    before = services.pay.ledger(pid)
    assert before.schedule_stored and before.payments
    dialog = PlacementDialog(services, pid)
    qtbot.addWidget(dialog)
    new_monthly = (before.pay_amount_fen or 0) / 100 + 100
    dialog.form.pay.setValue(new_monthly)
    assert dialog.save()
    after = services.pay.ledger(pid)
    full_months = [p for p in after.periods if p.start.day == 1 and p.end.month == p.start.month]
    assert full_months and all(p.due_fen == round(new_monthly * 100) for p in full_months[:-1])
    assert len(after.payments) == len(before.payments)
