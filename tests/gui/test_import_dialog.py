"""ImportDialog: file, preview, mapping, presets, duplicates, skip invalid, reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from jilin_apprentice.ui.dialogs.import_dialog import ImportDialog
from jilin_apprentice.ui.dialogs.import_preview_model import BACKGROUND
from jilin_apprentice.ui.messages import Dialogs
from tests.factories import build_world

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


@pytest.fixture
def dialog(qtbot, services):
    build_world(services)
    d = ImportDialog(services)
    qtbot.addWidget(d)
    d.show()
    return d


def statuses(d: ImportDialog) -> list[str]:
    return [d.proxy.index(r, 1).data(Qt.ItemDataRole.UserRole) for r in range(d.proxy.rowCount())]


def test_starts_empty_with_import_disabled(dialog):
    assert dialog.preview is None
    assert not dialog.import_button.isEnabled()
    assert not dialog.report_button.isEnabled()


def test_preview_shows_every_row_with_status_colour_and_reasons(dialog):
    dialog.load_file(FIXTURES / "roster_utf8_bom.csv")
    assert dialog.model.rowCount() == 8
    assert "5" in dialog.summary.text() and "3" in dialog.summary.text()
    invalid = dialog.model.index(5, 1)
    assert invalid.data(Qt.ItemDataRole.BackgroundRole).color().name() == BACKGROUND["invalid"]
    assert "scientific notation" in dialog.model.index(5, 4).data()
    assert "********" in dialog.model.index(0, 2).data()  # masked ID
    dialog.only_problems.setChecked(True)
    assert statuses(dialog) == ["invalid"] * 3
    dialog.table.selectRow(0)
    assert dialog.row_reasons.text().startswith("Row 7")
    # invalid rows block the import until "skip invalid rows" is ticked
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_import_writes_in_one_step_and_reports_what_was_done(dialog, services):
    dialog.load_file(FIXTURES / "roster_gbk.csv")
    dialog.skip_invalid.setChecked(True)
    dialog.import_button.click()
    assert dialog.imported is True
    assert len(dialog.outcome.created) == 5
    assert "5" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # done: not twice
    assert dialog.general_error.isHidden()


def test_duplicates_only_need_the_update_choice(dialog, services):
    dialog.load_file(FIXTURES / "roster_gbk.csv")
    dialog.skip_invalid.setChecked(True)
    dialog.import_button.click()
    dialog.load_file(FIXTURES / "roster_gbk.csv")
    assert statuses(dialog).count("duplicate") == 5
    assert not dialog.import_button.isEnabled()  # nothing new to write
    dialog.on_duplicate.setCurrentIndex(dialog.on_duplicate.findData("update"))
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert len(dialog.outcome.updated) == 5


def test_bad_file_shows_the_problem_and_cannot_be_imported(dialog):
    dialog.load_file(FIXTURES / "password_protected.xlsx")
    assert not dialog.sheet_problems.isHidden()
    assert "password" in dialog.sheet_problems.text()
    assert not dialog.import_button.isEnabled()


def test_mapping_a_column_by_hand_and_keeping_it_as_a_preset(dialog, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("学生名字,身份证件,所在班\n甲,220102200906015010,2024级汽修1班\n", "utf-8")
    dialog.load_file(path)
    assert "header row" in dialog.sheet_problems.text()
    assert dialog.mapping_table.rowCount() == 0  # no header found: map by a preset
    dialog.services.imports.save_preset(
        "students", "教务处", {"学生名字": "name", "身份证件": "id_number", "所在班": "class_name"}
    )
    dialog._load_presets()
    dialog.apply_preset()
    assert dialog.preview.problems == ()
    assert statuses(dialog) == ["ok"]
    assert dialog.mapping_table.rowCount() == 3
    combo = dialog.mapping_table.combo_for("所在班")
    combo.setCurrentIndex(0)  # do not import: the required class column is now missing
    assert "required column" in dialog.sheet_problems.text()
    combo.setCurrentIndex(combo.findData("class_name"))
    assert dialog.preview.problems == ()
    dialog.ask_text = lambda *_a, **_k: ("我的映射", True)
    dialog.save_preset()
    assert [p.name for p in dialog.services.imports.presets("students")] == ["我的映射", "教务处"]
    assert dialog.presets.currentText() == "我的映射"
    Dialogs.answers = [True]
    dialog.delete_preset()
    assert [p.name for p in dialog.services.imports.presets("students")] == ["教务处"]


def test_changing_the_kind_reads_the_file_again(dialog):
    dialog.load_file(FIXTURES / "posts.xlsx")
    assert dialog.preview.problems[0].code == "import.no_header_row"
    dialog.kind.setCurrentIndex(dialog.kind.findData("posts"))
    assert dialog.preview.kind == "posts" and dialog.preview.problems == ()
    assert len(dialog.preview.rows) == 4


def test_error_report_and_template_are_saved_where_asked(dialog, tmp_path):
    dialog.load_file(FIXTURES / "roster_utf8.csv")
    dialog.ask_save_file = lambda *_a, **_k: (str(tmp_path / "errors.xlsx"), "")
    dialog.save_error_report()
    rows = list(load_workbook(tmp_path / "errors.xlsx").active.iter_rows(values_only=True))
    assert rows[0][-1] == "错误原因" and len(rows) == 4
    dialog.ask_save_file = lambda *_a, **_k: (str(tmp_path / "template.xlsx"), "")
    dialog.save_template()
    header = next(load_workbook(tmp_path / "template.xlsx").active.iter_rows(values_only=True))
    assert header[0] == "*姓名"


def test_choose_file_uses_the_file_dialog(dialog):
    dialog.ask_open_file = lambda *_a, **_k: (str(FIXTURES / "roster_merged_header.xlsx"), "")
    dialog.choose_button.click()
    assert dialog.preview.header_rows == 2
    assert len(dialog.preview.rows) == 5


def test_fits_a_small_screen(dialog):
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 900 and hint.height() <= 500


def test_placements_are_imported_as_drafts(dialog, tmp_path):
    person = dialog.services.students.get(1)
    path = tmp_path / "placements.csv"
    path.write_text(
        "身份证号,实习单位,岗位名称,开始日期,结束日期\n"
        f"{person.id_number},长春一汽配套有限公司,汽车维修工,2027-03-01,2027-06-30\n",
        "utf-8",
    )
    dialog.kind.setCurrentIndex(dialog.kind.findData("placements"))
    dialog.load_file(path)
    assert statuses(dialog) == ["ok"]
    dialog.import_button.click()
    assert dialog.imported and len(dialog.outcome.created) == 1
