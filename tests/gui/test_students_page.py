"""Students page on real services: search, lazy loading, identities panel, add/edit/delete."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jilin_apprentice.services.dto import ListQuery
from jilin_apprentice.ui.dialogs.student_dialog import StudentDialog
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.student_table_model import StudentTableModel
from jilin_apprentice.ui.pages.students_page import StudentsPage
from tests.factories import add_class, student_draft


def fill(services, n: int) -> int:
    class_id = add_class(services)
    for i in range(n):
        services.students.create(
            student_draft(class_id, name=f"学生{i:03d}", seq=2 * i + 1, phone=f"1390000{i:04d}")
        )
    return class_id


def test_model_passes_qt_model_tester(qtmodeltester, services):
    fill(services, 5)
    model = StudentTableModel(services.students)
    model.reload(ListQuery())
    qtmodeltester.check(model)


def test_lazy_loading_fetches_pages_as_needed(qtbot, services, ui_state):
    fill(services, 230)
    page = StudentsPage(services, ui_state)
    qtbot.addWidget(page)
    assert page.model.total == 230
    assert page.model.rowCount() == 200  # first page only
    page.model.fetchMore()
    assert page.model.rowCount() == 230
    assert "230" in page.bar.count_label.text()


def test_search_as_you_type_and_masked_columns(qtbot, services, ui_state):
    fill(services, 30)
    page = StudentsPage(services, ui_state)
    qtbot.addWidget(page)
    page.bar.edit.setText("学生")  # QTest.keyClicks aborts on non-ASCII characters
    qtbot.keyClicks(page.bar.edit, "01")
    page.bar.flush()
    assert page.model.total == 10
    index = page.model.index(0, 5)  # mobile column
    assert "****" in page.model.data(index)
    assert page.panel.fields["name"].text().startswith("学生01")


def test_identity_panel_shows_school_side(qtbot, services, ui_state):
    fill(services, 1)
    page = StudentsPage(services, ui_state)
    qtbot.addWidget(page)
    assert "汽修1班" in page.panel.fields["class"].text()
    assert "2024" in page.panel.fields["year"].text()
    assert page.panel.history.rowCount() == 0


def test_sorting_by_header_reverses_order(qtbot, services, ui_state):
    fill(services, 5)
    page = StudentsPage(services, ui_state)
    qtbot.addWidget(page)
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert page.model.data(page.model.index(0, 0)) == "学生004"
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert page.model.data(page.model.index(0, 0)) == "学生000"


def test_dialog_shows_id_error_inline_and_blocks_ok(qtbot, services):
    class_id = add_class(services)
    dialog = StudentDialog(services.students, [])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name.setText("赵丽")
    qtbot.keyClicks(dialog.id_number, "220102200903140012")  # wrong check character
    dialog.revalidate()
    assert "GB 11643" in dialog.form.message_of("id_number") or "校验" in dialog.form.message_of(
        "id_number"
    )
    assert not ok.isEnabled()
    good = student_draft(class_id, birth=dt.date(2009, 3, 14), sex="F", seq=2)
    dialog.id_number.setText(good.id_number)
    dialog.revalidate()
    assert dialog.form.message_of("id_number") == ""
    assert "2009-03-14" in dialog.derived.text()
    assert ok.isEnabled()
    ok.click()
    assert dialog.saved_id is not None
    assert services.students.get(dialog.saved_id).sex == "F"


def test_delete_asks_first_and_respects_no(qtbot, services, ui_state):
    fill(services, 2)
    page = StudentsPage(services, ui_state)
    qtbot.addWidget(page)
    Dialogs.answers = [False]
    page.delete_current()
    assert page.model.total == 2
    Dialogs.answers = [True]
    page.delete_current()
    assert page.model.total == 1
    assert services.students.count(ListQuery()) == 1


def test_export_to_excel_writes_every_matching_row_masked(qtbot, services, ui_state, tmp_path):
    from openpyxl import load_workbook

    fill(services, 230)
    page = StudentsPage(services, ui_state)
    qtbot.addWidget(page)
    page.bar.edit.setText("学生1")
    page.bar.flush()
    assert page.model.total == 100 and page.model.rowCount() == 100
    page.bar.edit.setText("")
    page.bar.flush()
    assert page.model.rowCount() == 200  # the view holds one page; the file gets all 230
    page.table.horizontalHeader().moveSection(6, 0)  # class first, as the officer arranged it
    page.table.horizontalHeader().hideSection(9)
    chosen = tmp_path / "students.xlsx"
    page.ask_save_file = lambda *_args: (str(chosen), "")
    assert page.export() == chosen
    sheet = load_workbook(chosen).active
    header = [c.value for c in sheet[1]]
    assert header[0] == "Class" and header[1] == "Name" and "Current enterprise" not in header
    assert sheet.max_row == 231
    phone = sheet.cell(row=2, column=header.index("Mobile") + 1).value
    assert phone.startswith("139") and "****" in phone
    born = sheet.cell(row=2, column=header.index("Date of birth") + 1).value
    assert isinstance(born, dt.datetime)  # an ISO date on screen is an Excel date in the file
    assert "230" in page.bar.count_label.text()
    assert ui_state.value("lists/exportDir") == str(tmp_path)
    page.ask_save_file = lambda *_args: ("", "")  # cancelled: nothing written
    assert page.export() is None
