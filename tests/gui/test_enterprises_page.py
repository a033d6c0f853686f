"""Enterprises page: table models, the enterprise and post dialogs, delete, sort and search."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from jilin_apprentice.domain.validators import uscc_check_char
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.dto import EnterpriseDraft, PostDraft
from jilin_apprentice.ui.dialogs.enterprise_dialog import EnterpriseDialog
from jilin_apprentice.ui.dialogs.post_dialog import PostDialog
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.post_table_model import PostTableModel, yuan
from jilin_apprentice.ui.pages.enterprises_page import EnterprisesPage
from jilin_apprentice.ui.state import UiState
from tests.gui.helpers import ok_button, run_modal

TODAY = dt.date(2026, 11, 26)
VALID_USCC = "91350100M000100Y43"
WRONG_USCC = "91350100M000100Y44"  # check character should be 3


def make_uscc(n: int) -> str:
    body = f"91220101MA{n:07d}"
    return body + uscc_check_char(body)


def seed(services: Services, name: str, n: int, staff: int, **extra: object) -> int:
    return services.enterprises.create(
        EnterpriseDraft(
            name=name,
            uscc=make_uscc(n),
            industry_code="auto",
            county_code="220102",
            on_post_staff=staff,
            **extra,
        )
    )  # type: ignore[arg-type]


@pytest.fixture
def seeded(services: Services) -> dict[str, int]:
    ids = {
        "alpha": seed(services, "Alpha Auto Parts", 1, 10, address="长春市南关区人民大街1号"),
        "bravo": seed(services, "Bravo Rail Equipment", 2, 500),
        "charlie": seed(services, "Charlie Foods", 3, 50, venue_type="ktv"),
    }
    services.enterprises.save_post(
        ids["alpha"],
        PostDraft(
            title="Assembler",
            hazards=("height",),
            physical_intensity_level=3,
            minor_prohibited=True,
            same_post_wage_fen=456789,
            on_post_staff=12,
        ),
    )
    services.enterprises.save_post(ids["alpha"], PostDraft(title="Inspector"))
    return ids


@pytest.fixture
def page(qtbot, services: Services, tmp_path: Path) -> EnterprisesPage:
    widget = EnterprisesPage(services, UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(page: EnterprisesPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_enterprise_model_passes_qt_model_tester(qtmodeltester, page, seeded) -> None:
    page.model.reload()
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model)


def test_post_model_passes_qt_model_tester(qtmodeltester, services, seeded) -> None:
    model = PostTableModel()
    model.set_rows(services.enterprises.posts_of(seeded["alpha"]))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_rows_show_translated_labels_and_money(page, seeded) -> None:
    page.search("")
    row = names(page).index("Charlie Foods")
    values = [page.model.index(row, c).data() for c in range(page.model.columnCount())]
    assert values[1] == make_uscc(3)  # not masked: registration data
    assert values[3] == "长春市南关区"
    assert values[4] == "50"
    assert values[7] == "Entertainment venue"
    page.table.selectRow(names(page).index("Alpha Auto Parts"))
    posts = page.post_model
    assert posts.rowCount() == 2
    assembler = [posts.index(0, c).data() for c in range(posts.columnCount())]
    assert assembler[0] == "Assembler"
    assert assembler[2] == "III"
    assert assembler[3] == "Work at height"
    assert assembler[4] == "✓"
    assert assembler[5] == ""
    assert assembler[6] == "4,567.89"


def test_yuan_is_exact() -> None:
    assert yuan(None) == ""
    assert yuan(5) == "0.05"
    assert yuan(123456789) == "1,234,567.89"


# --- enterprise dialog ----------------------------------------------------------------------
def test_create_enterprise_by_typing(qtbot, page) -> None:
    assert page.model.rowCount() == 0

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, EnterpriseDialog)
        qtbot.keyClicks(dialog.name, "Delta Logistics")
        dialog.industry.setCurrentIndex(dialog.industry.findData("auto"))
        qtbot.keyClicks(dialog.uscc, WRONG_USCC)
        error = dialog.findChild(QLabel, "error_uscc")
        qtbot.waitUntil(lambda: "expected 3" in error.text())
        assert error.isVisible()
        assert not ok_button(dialog).isEnabled()
        qtbot.keyClick(dialog.uscc, Qt.Key.Key_Backspace)
        qtbot.keyClicks(dialog.uscc, "3")
        qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
        assert not error.isVisible()
        dialog.county.setCurrentIndex(dialog.county.findData("220202"))  # 吉林市昌邑区
        assert dialog.area_class.isVisible()
        assert dialog.area_class.text() == "Minimum-wage area class II"
        dialog.on_post_staff.setValue(80)
        dialog.lowest_wage.setValue(2120.5)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    run_modal(page.add, fill)
    assert names(page) == ["Delta Logistics"]
    assert page.bar.count_label.text() == "1 enterprise(s)"
    detail = page._services.enterprises.get(page.model.row_at(0).id)
    assert detail.draft.uscc == VALID_USCC
    assert detail.draft.lowest_wage_grade_fen == 212050
    assert detail.min_wage_area_class == 2


def test_dialog_blocks_ok_until_required_fields(qtbot, services) -> None:
    dialog = EnterpriseDialog(services.enterprises)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not ok_button(dialog).isEnabled()
    assert dialog.form.message_of("name") == ""  # a fresh form does not shout "required"
    dialog.form.reveal_all()
    dialog.revalidate()
    assert dialog.form.message_of("name")
    assert dialog.form.message_of("industry_code")
    dialog.name.setText("Echo")
    dialog.uscc.setText(VALID_USCC)
    dialog.industry.setCurrentIndex(dialog.industry.findData("auto"))
    dialog.revalidate()
    assert ok_button(dialog).isEnabled()
    dialog.contact_phone.setText("12345")
    dialog.revalidate()
    assert dialog.form.message_of("contact_phone")
    assert not ok_button(dialog).isEnabled()


def test_edit_enterprise_keeps_every_field(qtbot, page, services, seeded) -> None:
    page.search("Alpha")
    before = services.enterprises.get(seeded["alpha"])

    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, EnterpriseDialog)
        assert dialog.draft() == before.draft  # the form round-trips the stored record
        dialog.name.setText("Alpha Auto Parts Co.")
        dialog.assessed.setChecked(True)
        dialog.assessment_date.setDate(dt.date(2026, 10, 1))
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    run_modal(page.edit_current, rename)
    after = services.enterprises.get(seeded["alpha"])
    assert after.draft.name == "Alpha Auto Parts Co."
    assert after.draft.site_assessment_date == dt.date(2026, 10, 1)
    assert after.draft.address == before.draft.address


def test_duplicate_credit_code_is_shown_under_the_field(qtbot, services, seeded) -> None:
    dialog = EnterpriseDialog(services.enterprises)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Copy")
    dialog.uscc.setText(make_uscc(1))
    dialog.industry.setCurrentIndex(dialog.industry.findData("auto"))
    dialog.revalidate()
    dialog.save()
    assert dialog.result() == 0
    assert "already has this credit code" in dialog.form.message_of("uscc")


# --- posts ----------------------------------------------------------------------------------
def test_add_post(qtbot, page, services, seeded) -> None:
    page.search("Bravo")
    assert page.post_model.rowCount() == 0

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, PostDialog)
        assert not ok_button(dialog).isEnabled()  # title required
        qtbot.keyClicks(dialog.title, "Welder")
        dialog.category.setCurrentText("装备制造大类")
        dialog.hazard_boxes["toxic"].setChecked(True)
        assert dialog.hazard_hint.isVisible()
        dialog.intensity.setValue(2)
        dialog.female_prohibited.setChecked(True)
        dialog.wage.setValue(4200)
        dialog.on_post_staff.setValue(30)
        qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    run_modal(page.add_post, fill)
    assert page.post_model.rowCount() == 1
    post = page.post_model.row_at(0)
    assert post.draft == PostDraft(
        title="Welder",
        major_category="装备制造大类",
        hazards=("toxic",),
        physical_intensity_level=2,
        female_prohibited=True,
        same_post_wage_fen=420000,
        on_post_staff=30,
    )
    assert page.model.index(0, 5).data() == "1"  # post count refreshed in the table


def test_edit_and_delete_post(qtbot, page, services, seeded) -> None:
    page.search("Alpha")
    assert page.post_model.row_at(0).draft.title == "Assembler"

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, PostDialog)
        assert dialog.hazard_boxes["height"].isChecked()
        assert dialog.wage.value() == pytest.approx(4567.89)
        dialog.title.setText("Assembler II")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    run_modal(page.edit_post, edit)
    assert page.post_model.row_at(0).draft.title == "Assembler II"
    assert page.post_model.row_at(0).draft.same_post_wage_fen == 456789

    Dialogs.answers = [False]
    page.delete_post()
    assert page.post_model.rowCount() == 2
    Dialogs.answers = [True]
    page.delete_post()
    assert [r.draft.title for r in page.post_model._rows] == ["Inspector"]
    assert Dialogs.shown[-1][0] == "Delete post"


# --- delete, sort, search -------------------------------------------------------------------
def test_delete_needs_confirmation(qtbot, page, seeded) -> None:
    page.search("Bravo")
    assert names(page) == ["Bravo Rail Equipment"]
    Dialogs.answers = [False]
    page.delete_button.click()
    assert names(page) == ["Bravo Rail Equipment"]
    Dialogs.answers = [True]
    page.delete_button.click()
    assert names(page) == []
    page.bar.edit.clear()
    page.bar.flush()
    assert names(page) == ["Alpha Auto Parts", "Charlie Foods"]


def test_delete_key_in_table_asks_first(qtbot, page, seeded) -> None:
    page.search("")
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus())
    Dialogs.answers = [True]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert Dialogs.shown and Dialogs.shown[-1][0] == "Delete enterprise"
    assert "Alpha Auto Parts" in Dialogs.shown[-1][1]
    assert "2 post(s)" in Dialogs.shown[-1][1]
    assert names(page) == ["Bravo Rail Equipment", "Charlie Foods"]


def test_delete_key_in_search_field_does_nothing(qtbot, page, seeded) -> None:
    page.search("")
    page.activateWindow()
    page.bar.edit.setFocus()
    qtbot.waitUntil(lambda: page.bar.edit.hasFocus())
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_Delete)
    assert Dialogs.shown == []
    assert page.model.rowCount() == 3


def test_sorting_by_staff_column_reorders(qtbot, page, seeded) -> None:
    page.search("")
    assert names(page) == ["Alpha Auto Parts", "Bravo Rail Equipment", "Charlie Foods"]
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(4) + header.sectionSize(4) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first = [page.model.row_at(r).on_post_staff for r in range(3)]
    assert first in ([10, 50, 500], [500, 50, 10])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert [page.model.row_at(r).on_post_staff for r in range(3)] == first[::-1]
    assert page.model.query.sort == "on_post_staff"


def test_unsortable_column_keeps_order(qtbot, page, seeded) -> None:
    page.search("")
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(5) + header.sectionSize(5) // 2  # posts: not sortable
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert names(page) == ["Alpha Auto Parts", "Bravo Rail Equipment", "Charlie Foods"]


def test_search_filters_by_name_code_and_address(qtbot, page, seeded) -> None:
    page.search("")
    assert page.bar.count_label.text() == "3 enterprise(s)"
    qtbot.keyClicks(page.bar.edit, "bravo")
    page.bar.flush()
    assert names(page) == ["Bravo Rail Equipment"]
    assert page.bar.count_label.text() == "1 enterprise(s)"
    assert page.post_model.rowCount() == 0
    page.bar.edit.setText(make_uscc(3)[-6:])
    page.bar.flush()
    assert names(page) == ["Charlie Foods"]
    page.bar.edit.setText("人民大街")
    page.bar.flush()
    assert names(page) == ["Alpha Auto Parts"]
    assert page.post_model.rowCount() == 2
    assert "Alpha Auto Parts" in page.posts_label.text()
    page.bar.edit.setText("nothing like this")
    page.bar.flush()
    assert names(page) == []
    assert page.post_model.rowCount() == 0
    assert not page.edit_button.isEnabled()
    assert not page.add_post_button.isEnabled()


def test_layout_is_remembered(qtbot, services, seeded, tmp_path) -> None:
    state = UiState(tmp_path / "ui.ini")
    first = EnterprisesPage(services, state)
    qtbot.addWidget(first)
    first.table.horizontalHeader().resizeSection(0, 333)
    first.save_state()
    second = EnterprisesPage(services, state)
    qtbot.addWidget(second)
    assert second.table.horizontalHeader().sectionSize(0) == 333
    assert second.objectName() == "EnterprisesPage"


def test_enter_in_search_field_moves_to_table_without_editing(qtbot, page, seeded) -> None:
    opened: list[str] = []

    def close_any_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            opened.append(dialog.objectName())
            dialog.reject()

    page.activateWindow()
    page.bar.edit.setFocus()
    qtbot.waitUntil(lambda: page.bar.edit.hasFocus())
    QTimer.singleShot(100, close_any_dialog)
    qtbot.keyClick(page.bar.edit, Qt.Key.Key_Return)
    qtbot.wait(150)
    assert opened == []
    assert page.table.hasFocus()
    assert page.model.rowCount() == 3


def test_enter_in_table_edits(qtbot, page, seeded) -> None:
    page.search("Charlie")
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus())
    seen: list[str] = []
    run_modal(
        lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return),
        lambda dialog: seen.append(dialog.name.text()),
    )  # type: ignore[attr-defined]
    assert seen == ["Charlie Foods"]


def test_export_to_excel_writes_the_enterprise_list_as_shown(qtbot, page, seeded, tmp_path):
    from openpyxl import load_workbook

    page.model.reload()
    page.bar.edit.setText("a")
    page.bar.flush()
    shown = names(page)
    out = page.export(tmp_path / "ent.xlsx")
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header == [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert [sheet.cell(row=r, column=1).value for r in range(2, sheet.max_row + 1)] == shown
    page.ask_save_file = lambda *_args: ("", "")
    assert page.export() is None
