"""The mentors tab: load list with the over-limit flag and filter, pay records with their dialog,
delete with confirmation, allowance generation and the export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from jilin_apprentice.services.mentor_dto import PaymentDraft
from jilin_apprentice.storage.models import Placement, Staff
from jilin_apprentice.ui.dialogs.mentor_payment_dialog import MentorPaymentDialog
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import FLAG_COLOUR, InsuranceColumns
from jilin_apprentice.ui.pages.apprenticeship.mentors_tab import MentorsTab
from tests.factories import build_world
from tests.gui.helpers import ok_button, run_modal

D = dt.date


class Page(QWidget):
    """What the apprenticeships page offers its tabs (the real page hosts seven of them)."""

    def __init__(self, services, state, tmp_path: Path) -> None:
        super().__init__()
        self.services, self.state = services, state
        self.texts = InsuranceColumns(self)
        self.saved_to = tmp_path / "export.xlsx"

    def show_tab_count(self, tab) -> None:
        pass

    def open_placement(self, placement_id: int) -> None:
        pass

    def ask_save_path(self, name: str, kind: str = "xlsx") -> Path:
        return self.saved_to


@pytest.fixture
def world(services):
    w = build_world(services)
    with services.uow() as session:
        session.get(Staff, w.mentor).max_load = 2
        session.get(Staff, w.mentor).monthly_allowance_fen = 50000
        session.get(Staff, w.other_mentor).is_part_time_teacher = True
        for n in range(3):
            session.add(
                Placement(
                    student_id=w.students[n],
                    enterprise_id=w.enterprise,
                    post_id=w.post,
                    type="post",
                    status="active",
                    start_date=D(2026, 9, 1),
                    end_date=D(2027, 1, 31),
                    enterprise_mentor_id=w.mentor,
                )
            )
    return w


@pytest.fixture
def tab(qtbot, services, ui_state, tmp_path, world):
    page = Page(services, ui_state, tmp_path)
    qtbot.addWidget(page)
    widget = MentorsTab(page)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.load()
    return widget


def test_load_list_flags_the_mentor_over_the_limit(tab, world):
    loads = tab.loads
    rows = {r.name: r for r in loads.model.rows}
    assert rows["李师傅"].over_limit and rows["李师傅"].load == 3
    assert not rows["赵师傅"].over_limit
    row = loads.model.rows.index(rows["李师傅"])
    index = loads.model.index(row, 0)
    assert loads.model.data(index, Qt.ItemDataRole.ForegroundRole) == FLAG_COLOUR
    assert loads.model.data(loads.model.index(row, 7)) == "2"  # own limit, not the default
    other = loads.model.rows.index(rows["赵师傅"])
    assert loads.model.data(loads.model.index(other, 0), Qt.ItemDataRole.ForegroundRole) is None
    loads.over_only.setChecked(True)
    assert loads.proxy.rowCount() == 1
    assert tab.sub.tabText(0).endswith("(1)")
    loads.select(lambda r: r.name == "李师傅")
    assert "学生0" in loads.learners.text()


def test_new_payment_through_the_dialog_with_refusal_first(qtbot, tab, world, services):
    def interact(dialog):
        dialog.staff.setCurrentIndex(dialog.staff.findData(world.mentor))
        assert dialog.amount.value() == 500  # the person's monthly allowance
        dialog.month.setDate(QDate(2026, 12, 1))  # a month that has not begun
        dialog.save()
        assert dialog.isVisible()
        assert dialog.form.message_of("month")
        dialog.month.setDate(QDate(2026, 10, 1))
        dialog.revalidate()
        assert ok_button(dialog).isEnabled()
        ok_button(dialog).click()

    run_modal(tab.payments.new_payment, interact)
    [row] = services.mentors.payments()
    assert (row.month, row.draft.amount_fen, row.draft.payer) == (
        D(2026, 10, 1),
        50000,
        "长春一汽配套有限公司",
    )
    assert tab.payments.model.rowCount() == 1
    assert "500.00" in tab.payments.totals.text()


def test_teaching_pay_for_a_non_teacher_is_refused_in_the_dialog(qtbot, services, world):
    dialog = MentorPaymentDialog(services, staff_id=world.mentor)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("teaching"))
    dialog.amount.setValue(800)
    dialog.revalidate()
    assert not ok_button(dialog).isEnabled()
    assert "兼职教师" in dialog.form.message_of(
        "pay_kind"
    ) or "part-time" in dialog.form.message_of("pay_kind")
    dialog.staff.setCurrentIndex(dialog.staff.findData(world.other_mentor))
    dialog.revalidate()
    assert ok_button(dialog).isEnabled()


def test_delete_asks_first(tab, services, world):
    services.mentors.save_payment(PaymentDraft(world.mentor, D(2026, 10, 1), "allowance", 50000))
    tab.load()
    tab.payments.select(lambda r: True)
    Dialogs.answers = [False]
    tab.payments.delete_current()
    assert len(services.mentors.payments()) == 1
    Dialogs.answers = [True]
    tab.payments.delete_current()
    assert services.mentors.payments() == []
    assert tab.payments.model.rowCount() == 0


def test_generate_allowances_and_month_filter_and_export(tab, services, world):
    assert tab.payments.generate(D(2026, 10, 1)) == 1
    assert tab.payments.generate(D(2026, 10, 1)) == 0
    assert "2026-10" in tab.payments.notice.text()
    assert tab.payments.generate(D(2027, 1, 1)) is None
    assert Dialogs.shown and services.mentors.payments(month=D(2027, 1, 1)) == []
    tab.payments.select_month(D(2026, 11, 1))
    assert tab.payments.chosen_month() == D(2026, 11, 1)
    assert tab.payments.model.rowCount() == 0
    tab.payments.select_month(D(2026, 10, 1))
    assert tab.payments.model.rowCount() == 1
    path = tab.payments.export()
    sheet = load_workbook(path).active
    values = [c.value for c in sheet[2]]
    assert "李师傅" in values and 500 in values
