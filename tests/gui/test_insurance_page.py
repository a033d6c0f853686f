"""The insurance page against real services on the demo school: the register and its policy
form, covering a class, the planted coverage gap, an incident without cover, the xlsx export."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox

from jilin_apprentice.services.container import Services
from jilin_apprentice.services.insurance_dto import IncidentDraft, PolicyDraft
from jilin_apprentice.ui.dialogs.incident_dialog import IncidentDialog
from jilin_apprentice.ui.dialogs.policy_dialog import CoverDialog, CoveredDialog, PolicyDialog
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import FLAG_COLOUR
from jilin_apprentice.ui.pages.insurance_page import InsurancePage, ListTab
from jilin_apprentice.ui.state import UiState
from tests.gui.helpers import ok_button, run_modal

TODAY = dt.date(2026, 11, 26)
YEAR = (dt.date(2026, 9, 1), dt.date(2027, 8, 31))


@pytest.fixture
def demo(demo_services: Services, demo_report) -> tuple[Services, dict[str, int]]:
    return demo_services, demo_report.flagged


@pytest.fixture
def opened() -> list[int]:
    return []


@pytest.fixture
def page(qtbot, demo, ui_state: UiState, opened: list[int]) -> InsurancePage:
    services, _ = demo
    widget = InsurancePage(
        services, ui_state, open_placement=lambda pid: opened.append(pid) or False
    )
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()  # the first show loads every tab
    return widget


def cell(tab: ListTab, row: int, title: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    column = next(i for i, c in enumerate(tab.model.columns) if c.title == title)
    return tab.proxy.index(row, column).data(role)


def column_texts(tab: ListTab, title: str) -> list[object]:
    return [cell(tab, r, title) for r in range(tab.proxy.rowCount())]


def accident_policy(services: Services, number: str = "PA-2026-001") -> int:
    draft = PolicyDraft("北辰人寿保险股份有限公司", number, "personal_accident", "school", *YEAR)
    return services.insurance.create_policy(draft)


def test_register_lists_the_demo_policies_with_covered_counts(page: InsurancePage, demo) -> None:
    services, _ = demo
    stored = services.insurance.list_policies()
    tab = page.policies
    assert tab.proxy.rowCount() == len(stored) == 4
    assert page.tabs.tabText(0) == "Policies (4)"
    by_number = {cell(tab, r, "Policy no."): r for r in range(tab.proxy.rowCount())}
    for policy in stored:
        row = by_number[policy.draft.policy_no]
        assert cell(tab, row, "Students") == f"{policy.covered_students:,}"
        assert cell(tab, row, "Student-days") == f"{policy.covered_days:,}"
    assert max(p.covered_students for p in stored) >= 30  # the school's policy of the year
    assert tab.current() is not None  # a row is selected: Enter and the actions work at once
    tab.type_filter.setCurrentIndex(tab.type_filter.findData("personal_accident"))
    assert column_texts(tab, "Type") == ["Personal accident"]


def test_a_policy_created_in_the_dialog_is_stored(page: InsurancePage, demo, qtbot) -> None:
    services, _ = demo

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, PolicyDialog)
        dialog.insurer.setText("长白财产保险股份有限公司吉林分公司")
        dialog.policy_no.setText("JL-2027-0001")
        dialog.policy_type.setCurrentIndex(dialog.policy_type.findData("internship_liability"))
        dialog.payer.setCurrentIndex(dialog.payer.findData("enterprise"))
        dialog.sum_insured.setValue(600_000)
        dialog.premium.setValue(1234.5)
        dialog.start.setDate(QDate(2027, 3, 1))
        dialog.end.setDate(QDate(2028, 2, 29))
        qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
        ok_button(dialog).click()

    run_modal(page.policies.new_policy, fill)
    stored = next(
        p for p in services.insurance.list_policies() if p.draft.policy_no == "JL-2027-0001"
    )
    assert stored.draft.sum_insured_per_person_fen == 60_000_000
    assert stored.draft.premium_fen == 123_450
    assert stored.draft.premium_payer == "enterprise"
    assert (stored.draft.start_date, stored.draft.end_date) == (
        dt.date(2027, 3, 1),
        dt.date(2028, 2, 29),
    )
    assert page.policies.current().id == stored.id  # the new row is selected in the register


def test_a_student_premium_payer_is_refused_under_the_field(qtbot, demo) -> None:
    services, _ = demo
    before = len(services.insurance.list_policies())
    dialog = PolicyDialog(services.insurance, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.insurer.setText("某保险公司")
    dialog.policy_no.setText("STU-1")
    dialog.payer.setCurrentIndex(dialog.payer.findData("student"))
    qtbot.waitUntil(lambda: "R-INS-2" in dialog.form.message_of("premium_payer"))
    assert "may not be charged to students" in dialog.form.message_of("premium_payer")
    assert not ok_button(dialog).isEnabled()
    dialog.save()  # even if OK were pressed, the service refuses and nothing is stored
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.saved_id is None
    assert len(services.insurance.list_policies()) == before
    dialog.payer.setCurrentIndex(dialog.payer.findData("school"))
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
    assert dialog.form.message_of("premium_payer") == ""


def test_covering_a_class_adds_rows_once(page: InsurancePage, demo) -> None:
    services, _ = demo
    policy_id = accident_policy(services)
    page.reload()
    assert page.policies.select_policy(policy_id)
    active = services.placements.list(status="active")[0]
    class_id = next(i for i, name in services.students.class_choices() if name == active.class_name)

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, CoverDialog) and dialog.by_class
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.class_combo.setCurrentIndex(dialog.class_combo.findData(class_id))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    run_modal(page.policies.cover_class, choose)
    rows = services.insurance.list_covered(policy_id)
    assert rows and {r.class_name for r in rows} == {active.class_name}
    assert page.policies.notice.text().startswith(
        f"{len(rows)} row(s) added to policy PA-2026-001."
    )
    assert page.policies.current().id == policy_id
    assert cell(page.policies, page.policies.table.currentIndex().row(), "Students") == str(
        len({r.student_id for r in rows})
    )
    page.policies.cover_class(class_id)  # the same class again: nothing new
    assert len(services.insurance.list_covered(policy_id)) == len(rows)
    assert page.policies.notice.text().startswith("0 row(s) added to policy PA-2026-001.")
    assert f"{len(rows)} already covered." in page.policies.notice.text()

    def take_one_off(dialog: QDialog) -> None:
        assert isinstance(dialog, CoveredDialog) and dialog.model.rowCount() == len(rows)
        dialog.table.selectRow(0)
        Dialogs.answers = [True]
        dialog.remove_selected()
        assert dialog.model.rowCount() == len(rows) - 1

    run_modal(page.policies.show_covered, take_one_off)
    assert len(services.insurance.list_covered(policy_id)) == len(rows) - 1


def test_the_gaps_tab_lists_the_planted_gap(page: InsurancePage, demo, opened, qtbot) -> None:
    _, flagged = demo
    planted = flagged["placement.insurance_gap"]
    tab = page.gaps
    assert page.tabs.tabText(1) == f"Coverage gaps ({tab.model.rowCount()})"
    row = next(
        r for r in range(tab.proxy.rowCount()) if tab.proxy.row_at(r).placement_id == planted
    )
    assert cell(tab, row, "Days") == "14"
    assert cell(tab, row, "Uncovered") == "2027-03-28 – 2027-04-10 (14 day(s))"
    assert cell(tab, row, "Days", Qt.ItemDataRole.ForegroundRole) == FLAG_COLOUR
    tab.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # sortable by the number of days
    days = [tab.proxy.row_at(r).uncovered_days for r in range(tab.proxy.rowCount())]
    assert days == sorted(days)
    page.tabs.setCurrentWidget(tab)
    tab.search.setText(tab.proxy.row_at(0).student_name)
    tab.apply_search()
    assert tab.proxy.rowCount() == 1
    tab.table.selectRow(0)
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter opens the placement editor
    assert opened == [tab.proxy.row_at(0).placement_id]


def test_an_incident_without_cover_shows_the_flag(
    page: InsurancePage, demo, qtbot, tmp_path: Path
) -> None:
    services, _ = demo
    uninsured = next(
        p for p in services.placements.list(status="completed") if p.type == "cognitive"
    )

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, IncidentDialog)
        dialog.placement.edit.setText(uninsured.student_name)
        dialog.placement.run_search()
        dialog.placement.combo.setCurrentIndex(dialog.placement.combo.findData(uninsured.id))
        dialog.occurred.setDate(QDate(uninsured.start_date))
        dialog.description.setPlainText("搬运货物时扭伤脚踝")
        dialog.injury.setPlainText("左踝扭伤，休息两周")
        qtbot.waitUntil(lambda: ok_button(dialog).isEnabled())
        ok_button(dialog).click()

    existing = len(services.incidents.list_incidents())  # the demo records a covered one
    run_modal(page.incidents.new_incident, fill)
    tab = page.incidents
    assert tab.proxy.rowCount() == existing + 1
    row = next(
        r for r in range(tab.proxy.rowCount()) if cell(tab, r, "Student") == uninsured.student_name
    )
    assert cell(tab, row, "Policy in force") == "No cover"
    assert cell(tab, row, "Policy in force", Qt.ItemDataRole.ForegroundRole) == FLAG_COLOUR
    texts = [str(tab.proxy.index(row, c).data()) for c in range(tab.proxy.columnCount())]
    assert not any("左踝" in t for t in texts)  # health data stays out of the list
    stored = next(i for i in services.incidents.list_incidents() if i.uninsured)
    assert stored.draft.injury == "左踝扭伤，休息两周"
    tab.uncovered.setChecked(True)
    assert tab.proxy.rowCount() == 1
    sheet = load_workbook(tab.export(tmp_path / "incidents.xlsx")).active
    values = [str(c.value) for row in sheet.iter_rows() for c in row]
    assert "No cover" in values and not any("左踝" in v for v in values)  # nor in the export


def test_an_incident_date_outside_the_placement_is_explained(qtbot, demo) -> None:
    services, _ = demo
    placement = services.placements.list(status="active")[0]
    dialog = IncidentDialog(services, placement_id=placement.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setPlainText("跌倒")
    dialog.occurred.setDate(QDate(placement.start_date - dt.timedelta(days=1)))
    qtbot.waitUntil(lambda: "outside the placement" in dialog.form.message_of("occurred_on"))
    assert not ok_button(dialog).isEnabled()


def test_a_policy_named_by_an_incident_is_not_deleted(page: InsurancePage, demo) -> None:
    services, _ = demo
    covered = next(p for p in services.placements.list(status="active") if p.type == "post")
    view = services.incidents.record(IncidentDraft(covered.id, covered.start_date, "受伤"))
    assert view.policy_id is not None
    page.reload()
    page.policies.select_policy(view.policy_id)
    Dialogs.answers = [True]
    page.policies.delete_current()
    title, text = Dialogs.shown[-1]
    assert title == "Not deleted" and "incidents name this policy" in text
    assert any(p.id == view.policy_id for p in services.insurance.list_policies())
    spare = accident_policy(services, "PA-SPARE")
    page.reload()
    page.policies.select_policy(spare)
    Dialogs.answers = [True]
    page.policies.delete_current()
    assert all(p.id != spare for p in services.insurance.list_policies())
    assert page.policies.proxy.rowCount() == 4


def test_export_writes_a_real_workbook(page: InsurancePage, tmp_path: Path) -> None:
    written = page.policies.export(tmp_path / "policies.xlsx")
    sheet = load_workbook(written).active
    headers = [c.title for c in page.policies.model.columns]
    assert [c.value for c in sheet[1]] == headers
    assert sheet.max_row - 1 == page.policies.proxy.rowCount() == 4
    insurer = headers.index("Insurer") + 1
    assert "长白财产保险股份有限公司吉林分公司" in {
        sheet.cell(r, insurer).value for r in range(2, 6)
    }
    starts = [sheet.cell(r, headers.index("From") + 1).value for r in range(2, 6)]
    assert all(isinstance(d, dt.datetime) for d in starts)
    premium = sheet.cell(2, headers.index("Premium") + 1)
    assert premium.value == page.policies.proxy.row_at(0).draft.premium_fen / 100  # yuan
    assert premium.number_format == "#,##0.00"
    assert sheet.freeze_panes == "A2"
    target = tmp_path / "gaps"
    page.ask_save_file = lambda *_args: (str(target), "")  # the save dialog, answered
    gaps = page.gaps.export()
    assert gaps == tmp_path / "gaps.xlsx"
    assert load_workbook(gaps).active.max_row - 1 == page.gaps.proxy.rowCount()
    assert page.state.value("insurance/exportDir") == str(tmp_path)


def test_a_document_is_attached_and_header_layouts_are_remembered(
    qtbot, page: InsurancePage, demo, ui_state: UiState, tmp_path: Path
) -> None:
    services, _ = demo
    scan = tmp_path / "保单扫描.pdf"
    scan.write_bytes(b"%PDF-1.4 demo")
    policy_id = page.policies.current().id
    stored = page.policies.attach_document(scan)
    assert stored and stored.startswith("documents/")
    assert services.insurance.get_policy(policy_id).document_path == stored
    assert cell(page.policies, page.policies.table.currentIndex().row(), "Document") == "Yes"
    page.gaps.table.horizontalHeader().resizeSection(0, 177)
    page.save_state()
    again = InsurancePage(services, ui_state)
    qtbot.addWidget(again)
    assert again.gaps.table.horizontalHeader().sectionSize(0) == 177


def test_keyboard_search_new_and_delete(qtbot, page: InsurancePage) -> None:
    page.activateWindow()
    page.tabs.setCurrentWidget(page.incidents)
    page.incidents.table.setFocus()
    qtbot.waitUntil(page.incidents.table.hasFocus)
    qtbot.keyClick(page.incidents.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.incidents.search.hasFocus()
    seen: list[str] = []
    run_modal(
        lambda: qtbot.keyClick(
            page.incidents.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
        ),
        lambda dialog: seen.append(dialog.objectName()),
    )
    assert seen == ["IncidentDialog"]  # the hidden policies tab's Ctrl+N stays quiet
    page.tabs.setCurrentWidget(page.policies)
    page.activateWindow()  # back from the dialog
    qtbot.waitUntil(page.isActiveWindow)
    page.policies.table.setFocus()
    qtbot.waitUntil(page.policies.table.hasFocus)
    Dialogs.answers = [False]
    qtbot.keyClick(page.policies.table, Qt.Key.Key_Delete)
    assert Dialogs.shown[-1][0] == "Delete policy" and page.policies.proxy.rowCount() == 4


def test_cover_ending_soon_is_listed_with_days_left(page: InsurancePage, demo) -> None:
    services, flagged = demo
    planted = flagged["placement.insurance_gap"]
    only = next(p for p in services.insurance.list_policies() if p.covered_students == 1)
    shortened = dataclasses.replace(only.draft, end_date=TODAY + dt.timedelta(days=20))
    services.insurance.update_policy(only.id, shortened, version=only.version)
    page.reload()
    tab = page.expiring
    row = next(
        r for r in range(tab.proxy.rowCount()) if tab.proxy.row_at(r).placement_id == planted
    )
    assert cell(tab, row, "Days left") == "20"
    assert cell(tab, row, "Cover ends") == str(TODAY + dt.timedelta(days=20))
    assert page.tabs.tabText(2) == f"Expiring ({tab.model.rowCount()})"
    tab.findChild(QCheckBox, "within7").setChecked(True)  # 20 days: not yet in the last week
    assert all(tab.proxy.row_at(r).within <= 7 for r in range(tab.proxy.rowCount()))
    assert planted not in {tab.proxy.row_at(r).placement_id for r in range(tab.proxy.rowCount())}


def test_covering_ticked_placements(page: InsurancePage, demo) -> None:
    services, _ = demo
    policy_id = accident_policy(services, "PA-BATCH")
    page.reload()
    page.policies.select_policy(policy_id)
    target = services.placements.list(status="approved")[0]

    def tick(dialog: QDialog) -> None:
        assert isinstance(dialog, CoverDialog) and not dialog.by_class
        dialog.search.setText(target.student_name)
        dialog.refill()
        assert dialog.placements.count() >= 1
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.tick_all(True)
        assert target.id in dialog.placement_ids()
        assert dialog.chosen_label.text().endswith("placement(s) ticked")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    run_modal(page.policies.cover_placements, tick)
    covered = services.insurance.list_covered(policy_id)
    assert target.id in {c.placement_id for c in covered}
    assert page.policies.notice.text().startswith(f"{len(covered)} row(s) added")
