"""Mentors & supervisors page: role and name filters, the staff dialog, confirmed delete."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from jilin_apprentice.services.container import Services
from jilin_apprentice.services.dto import EnterpriseDraft, StaffDraft
from jilin_apprentice.ui.dialogs.staff_dialog import StaffDialog
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.pages.staff_page import StaffPage, load_staff
from jilin_apprentice.ui.state import UiState
from tests.gui.helpers import ok_button, run_modal

TODAY = dt.date(2026, 11, 26)
VALID_USCC = "91350100M000100Y43"


@pytest.fixture
def seeded(services: Services) -> dict[str, int]:
    enterprise = services.enterprises.create(
        EnterpriseDraft(name="长春一汽配套有限公司", uscc=VALID_USCC, industry_code="auto")
    )
    staff = services.staff
    return {
        "enterprise": enterprise,
        "li": staff.save(
            StaffDraft(
                kind="enterprise_mentor",
                name="李师傅",
                enterprise_id=enterprise,
                phone="13812345678",
                title="车间主任",
                department="总装车间",
                max_load=4,
                monthly_allowance_fen=50000,
            )
        ),
        "wang": staff.save(
            StaffDraft(kind="enterprise_mentor", name="王工", enterprise_id=enterprise)
        ),
        "zhang": staff.save(
            StaffDraft(kind="school_supervisor", name="张老师", phone="13912345678", title="讲师")
        ),
    }


@pytest.fixture
def page(qtbot, services: Services, seeded: dict[str, int], tmp_path: Path) -> StaffPage:
    widget = StaffPage(services, UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column(page: StaffPage, c: int) -> list[str]:
    return [page.table.item(r, c).text() for r in range(page.table.rowCount())]


def test_lists_everyone_with_masked_phone(page) -> None:
    assert page.objectName() == "StaffPage"
    assert sorted(column(page, 0)) == sorted(["李师傅", "王工", "张老师"])
    assert page.bar.count_label.text() == "3 person(s)"
    li = column(page, 0).index("李师傅")
    assert page.table.item(li, 1).text() == "Enterprise mentor"
    assert page.table.item(li, 2).text() == "长春一汽配套有限公司"
    assert page.table.item(li, 3).text() == "138****5678"
    assert page.table.item(li, 5).data(Qt.ItemDataRole.DisplayRole) == 0


def test_kind_filter_and_search(qtbot, page) -> None:
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("enterprise_mentor"))
    assert sorted(column(page, 0)) == sorted(["李师傅", "王工"])
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("school_supervisor"))
    assert column(page, 0) == ["张老师"]
    assert page.bar.count_label.text() == "1 person(s)"
    page.kind_filter.setCurrentIndex(0)
    page.bar.edit.setText("王")
    page.bar.flush()
    assert column(page, 0) == ["王工"]
    page.bar.edit.setText("nobody")
    page.bar.flush()
    assert column(page, 0) == []
    assert not page.edit_button.isEnabled()


def test_new_mentor_needs_an_enterprise(qtbot, page, seeded, services) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, StaffDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("enterprise_mentor"))
        dialog.name.setText("赵师傅")  # QTest.keyClicks aborts on non-Latin-1 characters
        qtbot.keyClicks(dialog.phone, "13700001111")
        qtbot.waitUntil(lambda: bool(dialog.form.message_of("enterprise_id")))
        assert "must belong to an enterprise" in dialog.form.message_of("enterprise_id")
        assert not ok_button(dialog).isEnabled()
        dialog.enterprise.setCurrentIndex(dialog.enterprise.findData(seeded["enterprise"]))
        qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
        assert dialog.form.message_of("enterprise_id") == ""
        dialog.max_load.setValue(3)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    run_modal(page.add, fill)
    assert "赵师傅" in column(page, 0)
    assert page.table.item(page.table.currentRow(), 0).text() == "赵师傅"
    saved = load_staff(services, page.current_id())
    assert saved.enterprise_id == seeded["enterprise"]
    assert saved.phone == "13700001111"
    assert saved.max_load == 3


def test_typed_partial_enterprise_name_is_not_accepted(qtbot, services, seeded) -> None:
    dialog = StaffDialog(services.staff, [(seeded["enterprise"], "长春一汽配套有限公司")])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("赵师傅")
    dialog.enterprise.setEditText("长春一汽")
    dialog.revalidate()
    assert not ok_button(dialog).isEnabled()
    dialog.enterprise.setEditText("长春一汽配套有限公司")
    dialog.revalidate()
    assert ok_button(dialog).isEnabled()


def test_supervisor_needs_no_enterprise_and_bad_phone_blocks(qtbot, services) -> None:
    dialog = StaffDialog(services.staff, [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preset_kind("school_supervisor")
    assert not dialog.enterprise.isEnabled()
    dialog.name.setText("刘老师")
    dialog.phone.setText("12345")
    dialog.revalidate()
    assert dialog.form.message_of("phone")
    assert not ok_button(dialog).isEnabled()
    dialog.phone.setText("13600002222")
    dialog.revalidate()
    assert ok_button(dialog).isEnabled()


def test_edit_keeps_unmasked_phone_and_hidden_fields(qtbot, page, seeded, services) -> None:
    page.table.setCurrentCell(column(page, 0).index("李师傅"), 0)

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, StaffDialog)
        assert dialog.phone.text() == "13812345678"
        assert dialog.enterprise.currentData() == seeded["enterprise"]
        dialog.title.setText("高级技师")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    run_modal(page.edit_current, edit)
    saved = load_staff(services, seeded["li"])
    assert saved.title == "高级技师"
    assert saved.phone == "13812345678"
    assert saved.department == "总装车间"
    assert saved.max_load == 4
    assert saved.monthly_allowance_fen == 50000
    assert page.current_id() == seeded["li"]


def test_delete_needs_confirmation(qtbot, page, seeded) -> None:
    page.table.setCurrentCell(column(page, 0).index("王工"), 0)
    Dialogs.answers = [False]
    page.delete_button.click()
    assert "王工" in column(page, 0)
    page.table.setCurrentCell(column(page, 0).index("王工"), 0)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus())
    Dialogs.answers = [True]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "王工" not in column(page, 0)
    assert Dialogs.shown[-1][0] == "Delete mentor or supervisor"
    assert page.bar.count_label.text() == "2 person(s)"


def test_sorting_by_load_is_numeric(qtbot, page) -> None:
    page.table.sortItems(5, Qt.SortOrder.AscendingOrder)
    loads = [page.table.item(r, 5).data(Qt.ItemDataRole.DisplayRole) for r in range(3)]
    assert loads == sorted(loads)
    page.table.sortItems(0, Qt.SortOrder.DescendingOrder)
    assert column(page, 0) == sorted(column(page, 0), reverse=True)


def test_skill_level_allowance_and_part_time_teacher_are_saved(
    qtbot, page, seeded, services
) -> None:
    page.table.setCurrentCell(column(page, 0).index("李师傅"), 0)

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, StaffDialog)
        assert dialog.allowance.value() == 500  # ¥500.00 from the record
        dialog.skill_level.setCurrentIndex(dialog.skill_level.findData("technician"))
        dialog.allowance.setValue(650.5)
        dialog.part_time.setChecked(True)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    run_modal(page.edit_current, edit)
    saved = load_staff(services, seeded["li"])
    assert (saved.skill_level, saved.monthly_allowance_fen) == ("technician", 65050)
    assert saved.is_part_time_teacher is True


def test_allowance_and_skill_level_are_checked(services) -> None:
    bad = StaffDraft(
        "school_supervisor", "张老师", monthly_allowance_fen=-1, skill_level="grandmaster"
    )
    fields = {(v.field, v.code) for v in services.staff.validate(bad)}
    assert fields == {
        ("monthly_allowance_fen", "number.negative"),
        ("skill_level", "choice.invalid"),
    }


def test_export_to_excel_follows_filter_and_sort(qtbot, page, tmp_path) -> None:
    from openpyxl import load_workbook

    page.kind_filter.setCurrentIndex(1)  # enterprise mentors only
    page.table.sortItems(0, Qt.SortOrder.DescendingOrder)
    out = page.export(tmp_path / "staff.xlsx")
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]][:2] == ["Name", "Role"]
    shown = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert [sheet.cell(row=r, column=1).value for r in (2, 3)] == shown
    assert sorted(shown) == sorted(["李师傅", "王工"]) and sheet.max_row == 3
    li = shown.index("李师傅") + 2
    assert sheet.cell(row=li, column=4).value == "138****5678"
    assert sheet.cell(row=li, column=6).value == 0  # a count stays a number
    assert "2" in page.bar.count_label.text()


def test_export_to_an_unwritable_place_warns(qtbot, page, tmp_path) -> None:
    (tmp_path / "taken.xlsx").mkdir()
    assert page.export(tmp_path / "taken.xlsx") is None
    assert Dialogs.shown and Dialogs.shown[-1][0] == "Not exported"
