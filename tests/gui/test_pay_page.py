"""The pay page against real services on the demo school: the monthly arrears with the planted
short payment, the ledger of the planted late one, a payment recorded and one refused (R-PAY-3),
bulk entry all or nothing, a payroll sheet with an unknown student, and the xlsx files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog

from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.dialogs.bulk_pay_dialog import BulkPayDialog
from jilin_apprentice.ui.dialogs.payment_dialog import PaymentDialog
from jilin_apprentice.ui.dialogs.payroll_import_dialog import PayrollImportDialog
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.pay_models import TablePane
from jilin_apprentice.ui.pages.pay_page import PayPage
from jilin_apprentice.ui.state import UiState
from tests.gui.helpers import ok_button, run_modal

TODAY = dt.date(2026, 11, 26)
SEPTEMBER, NOVEMBER = dt.date(2026, 9, 1), dt.date(2026, 11, 1)


@pytest.fixture
def demo(demo_services: Services, demo_report) -> tuple[Services, dict[str, int]]:
    return demo_services, demo_report.flagged


@pytest.fixture
def page(qtbot, demo, ui_state: UiState) -> PayPage:
    services, _ = demo
    widget = PayPage(services, ui_state)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()  # the first show loads the month
    return widget


def cell(pane: object, row: int, title: str) -> object:
    columns = pane.model.columns  # type: ignore[attr-defined]
    column = next(i for i, c in enumerate(columns) if c.title == title)
    return pane.proxy.index(row, column).data()  # type: ignore[attr-defined]


def column_texts(pane: object, title: str) -> list[object]:
    return [cell(pane, r, title) for r in range(pane.proxy.rowCount())]  # type: ignore[attr-defined]


def payments_of(services: Services, placement_id: int) -> int:
    return len(services.pay.ledger(placement_id).payments)


def enterprise_in(page: PayPage, month: dt.date, at_least: int = 2):
    """An enterprise of `month` whose placements all began by today (payable today)."""
    page.arrears.set_month(month)
    return next(
        e
        for e in page.arrears.model.rows
        if e.placements >= at_least and all(r.period_start <= TODAY for r in e.rows)
    )


def test_arrears_show_the_planted_shortfall_by_enterprise(page: PayPage, demo) -> None:
    services, flagged = demo
    tab = page.arrears
    assert tab.chosen_month() == dt.date(2026, 10, 1)  # the month before today by default
    assert page.tabs.currentWidget() is tab and tab.model.rowCount() > 5
    short = services.pay.ledger(flagged["payment.short"])
    tab.set_month(SEPTEMBER)
    owing = [e for e in tab.model.rows if e.short_fen > 0]
    assert short.enterprise_name in {e.enterprise_name for e in owing}
    assert tab.select(lambda e: e.enterprise_name == short.enterprise_name)
    row = tab.table.currentIndex().row()
    assert cell(tab, row, "Short") != "¥0.00" and cell(tab, row, "Short").startswith("¥")
    assert tab.proxy.index(row, 4).data(Qt.ItemDataRole.ForegroundRole) is not None  # red
    detail = tab.detail
    students = column_texts(detail, "Student")
    assert short.student_name in students
    line = students.index(short.student_name)
    assert cell(detail, line, "Status") == "Short"
    assert cell(detail, line, "Short") == "¥246.00"
    tab.findChild(QCheckBox, "owingOnly").setChecked(True)  # only the enterprises that owe
    assert tab.proxy.rowCount() == len([e for e in tab.model.rows if e.short_fen or e.arrears_fen])


def test_the_late_placement_ledger_shows_days_late_and_findings(page: PayPage, demo) -> None:
    _, flagged = demo
    assert page.open_placement(flagged["payment.late"])
    ledger = page.ledger
    assert page.tabs.currentWidget() is ledger
    statuses = column_texts(ledger.periods, "Status")
    assert "Paid late" in statuses
    late = statuses.index("Paid late")
    assert cell(ledger.periods, late, "Days late") == "13"
    assert cell(ledger.periods, late, "Due date") == "2026-10-06"
    messages = column_texts(ledger.findings, "Message")
    assert any("13 days late" in str(m) for m in messages)
    assert ledger.view is not None and ledger.view.student_name in ledger.summary.text()


def test_a_payment_recorded_in_the_dialog_is_stored_and_shown(page: PayPage, demo) -> None:
    services, flagged = demo
    placement_id = flagged["payment.short"]
    page.open_placement(placement_id)
    before = payments_of(services, placement_id)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, PaymentDialog)
        assert dialog.payee.text() == page.ledger.view.student_name  # prefilled
        assert dialog.amount.value() == 246.0  # what is still open on the short period
        dialog.deductions.add_line("meals_lodging", 2000, "食堂")
        ok_button(dialog).click()

    run_modal(page.ledger.record_payment, fill)
    assert payments_of(services, placement_id) == before + 1
    assert len(page.ledger.view.payments) == before + 1
    assert "¥246.00" in column_texts(page.ledger.payments, "Gross")
    assert "Payment of ¥246.00 on 2026-11-26 recorded." in page.ledger.notice.text()
    assert "Short" not in column_texts(page.ledger.periods, "Status")


def test_a_payee_who_is_not_the_student_is_refused_and_nothing_is_stored(
    qtbot, page: PayPage, demo
) -> None:
    services, flagged = demo
    placement_id = flagged["payment.late"]
    page.open_placement(placement_id)
    before = payments_of(services, placement_id)
    dialog = PaymentDialog(services, page.ledger.view, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.payee.setText("王建国")  # a parent, say
    dialog.amount.setValue(500)
    dialog.save()
    message = dialog.form.message_of("payee_name")
    assert "R-PAY-3" in message and "王建国" in message
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.recorded is None
    assert payments_of(services, placement_id) == before


def test_bulk_entry_stores_all_lines_or_none(qtbot, page: PayPage, demo) -> None:
    services, _ = demo
    enterprise = enterprise_in(page, NOVEMBER)
    ids = [r.placement_id for r in enterprise.rows]
    before = {pid: payments_of(services, pid) for pid in ids}
    dialog = BulkPayDialog(services, enterprise, NOVEMBER, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == len(ids)
    first = dialog.amount_edit(ids[0])
    assert round(first.value() * 100) == enterprise.rows[0].due_fen  # prefilled with the due
    order = [dialog.table.item(r, 0).text() for r in range(len(ids))]
    dialog.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the editors follow the sort
    assert [dialog.table.item(r, 0).text() for r in range(len(ids))] == order[::-1]
    dialog.amount_edit(ids[-1]).setValue(0)
    dialog.save()
    assert "Amount" in dialog.problem_of(ids[-1])
    assert dialog.problem_of(ids[0]) == ""
    assert "Nothing was saved" in dialog.general_error.text()
    assert {pid: payments_of(services, pid) for pid in ids} == before  # not even the good ones
    dialog.amount_edit(ids[-1]).setValue(1000)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(dialog.recorded) == len(ids)
    assert all(payments_of(services, pid) == before[pid] + 1 for pid in ids)


def test_bulk_entry_from_the_page_reloads_the_month(page: PayPage, demo) -> None:
    enterprise = enterprise_in(page, NOVEMBER)
    page.arrears.select(lambda e: e.enterprise_id == enterprise.enterprise_id)
    run_modal(page.arrears.record_payments, lambda dialog: ok_button(dialog).click())
    assert page.arrears.current().enterprise_id == enterprise.enterprise_id
    assert page.arrears.current().paid_fen == enterprise.paid_fen + enterprise.short_fen
    assert f"{len(enterprise.rows)} payment(s) recorded" in page.arrears.notice.text()


def payroll_sheet(path: Path, names: list[str]) -> Path:
    """A sheet as enterprises send it: a title row, then name, net pay and date."""
    book = Workbook()
    sheet = book.active
    sheet.append(["2026年11月实习生工资表"])
    sheet.append(["姓名", "实发工资", "发放日期"])
    for name in names:
        sheet.append([name, 1234.5, "2026-11-20"])
    sheet.append(["合计", 1234.5 * len(names), None])
    book.save(path)
    return path


def test_payroll_import_previews_refuses_then_imports_the_good_rows(
    page: PayPage, demo, tmp_path: Path
) -> None:
    services, _ = demo
    enterprise = enterprise_in(page, NOVEMBER)
    page.arrears.select(lambda e: e.enterprise_id == enterprise.enterprise_id)
    names = [r.student_name for r in enterprise.rows]
    path = payroll_sheet(tmp_path / "工资表.xlsx", [*names, "查无此人"])
    ids = [r.placement_id for r in enterprise.rows]
    before = {pid: payments_of(services, pid) for pid in ids}
    seen: dict[str, object] = {}

    def preview(dialog: QDialog) -> None:
        assert isinstance(dialog, PayrollImportDialog)
        seen["summary"] = dialog.summary.text()
        bad = [r for r in dialog.model.rows if not r.ok]
        seen["bad"] = [(r.name, dialog.texts.problems_text(r)) for r in bad]
        seen["refused"] = not dialog.import_button.isEnabled()
        dialog.commit()  # pressing Import anyway does nothing
        seen["still_open"] = dialog.isVisible()
        dialog.skip.setChecked(True)
        assert dialog.import_button.isEnabled()
        dialog.import_button.click()

    run_modal(lambda: seen.setdefault("result", page.arrears.import_payroll(path)), preview)
    result = seen["result"]
    assert f"{len(names)} row(s) ready to import" in str(seen["summary"])
    assert "1 row(s) with problems" in str(seen["summary"])
    assert seen["bad"] == [
        ("查无此人", "Name: no student 查无此人 has a placement at this enterprise.")
    ]
    assert seen["refused"] and seen["still_open"]
    assert result is not None and len(result.payment_ids) == len(names)
    assert result.skipped_rows == (len(names) + 3,)  # the sheet row Excel shows
    assert all(payments_of(services, pid) == before[pid] + 1 for pid in ids)
    assert "Rows skipped" in page.arrears.notice.text()


def test_a_cancelled_import_saves_nothing(page: PayPage, demo, tmp_path: Path) -> None:
    services, _ = demo
    enterprise = enterprise_in(page, NOVEMBER)
    page.arrears.select(lambda e: e.enterprise_id == enterprise.enterprise_id)
    path = payroll_sheet(tmp_path / "ok.xlsx", [r.student_name for r in enterprise.rows])
    page.ask_open_file = lambda *_args: (str(path), "")  # the open dialog, answered
    before = {r.placement_id: payments_of(services, r.placement_id) for r in enterprise.rows}
    run_modal(page.arrears.import_payroll, lambda dialog: dialog.reject())
    assert {pid: payments_of(services, pid) for pid in before} == before
    assert page.state.value("pay/importDir") == str(tmp_path)


def test_exports_and_the_confirmation_sheet_are_real_workbooks(
    page: PayPage, demo, tmp_path: Path
) -> None:
    _, flagged = demo
    tab = page.arrears
    written = tab.export(tmp_path / "arrears.xlsx")
    sheet = load_workbook(written).active
    headers = [c.title for c in tab.model.columns]
    assert [c.value for c in sheet[1]] == headers
    assert sheet.max_row - 1 == tab.proxy.rowCount() == tab.model.rowCount()
    due = sheet.cell(2, headers.index("Due") + 1)
    assert due.value == tab.proxy.row_at(0).due_fen / 100 and due.number_format == "#,##0.00"
    target = tmp_path / "确认表"
    page.ask_save_file = lambda *_args: (str(target), "")
    sheet_path = tab.confirmation_sheet()
    assert sheet_path == tmp_path / "确认表.xlsx"
    confirmation = load_workbook(sheet_path).active
    assert confirmation["A1"].value == "实习报酬发放确认表"
    assert "line(s) written" in tab.notice.text()
    page.open_placement(flagged["payment.commission"])
    periods = page.ledger.export(page.ledger.periods, tmp_path / "periods.xlsx")
    rows = load_workbook(periods).active
    assert [c.value for c in rows[1]] == [c.title for c in page.ledger.periods.model.columns]
    assert rows.max_row - 1 == len(page.ledger.view.periods)


def test_keyboard_enter_opens_the_ledger_and_ctrl_f_searches(qtbot, page: PayPage) -> None:
    page.activateWindow()
    tab = page.arrears
    tab.set_month(SEPTEMBER)
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter on an enterprise: to its placements
    assert tab.detail.table.hasFocus() and tab.detail.current() is not None
    wanted = tab.detail.current().placement_id
    qtbot.keyClick(tab.detail.table, Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is page.ledger
    assert page.ledger.view.placement_id == wanted
    qtbot.keyClick(page.ledger.periods.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ledger.picker.edit.hasFocus()
    page.ledger.picker.edit.setText(page.ledger.view.student_name)
    page.ledger.picker.run_search()
    assert page.ledger.picker.value() == wanted


def test_rebuild_asks_first_and_keeps_the_payments(page: PayPage, demo) -> None:
    services, flagged = demo
    placement_id = flagged["payment.gap"]
    page.open_placement(placement_id)
    before = payments_of(services, placement_id)
    page.ledger.rebuild()  # declined: nothing happens
    assert page.ledger.notice.isHidden()
    Dialogs.answers = [True]
    page.ledger.rebuild()
    assert "Schedule rebuilt" in page.ledger.notice.text()
    assert payments_of(services, placement_id) == before


def test_header_layouts_are_remembered(qtbot, page: PayPage, demo, ui_state: UiState) -> None:
    services, _ = demo
    page.arrears.detail.table.horizontalHeader().resizeSection(0, 171)
    page.ledger.periods.table.horizontalHeader().resizeSection(1, 133)
    page.save_state()
    again = PayPage(services, ui_state)
    qtbot.addWidget(again)
    assert again.arrears.detail.table.horizontalHeader().sectionSize(0) == 171
    assert again.ledger.periods.table.horizontalHeader().sectionSize(1) == 133
    assert isinstance(again.ledger.periods, TablePane)
