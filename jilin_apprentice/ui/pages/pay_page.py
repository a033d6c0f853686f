"""Pay: the monthly arrears of every enterprise, and the ledger of one placement.

REG-2021 Art 18 wants pay in money, on time, in full and to the student. The officer phones the
enterprises that owe, so the first tab is the month by enterprise (due, paid, short) with the
tools to record what an enterprise paid (typed, or its payroll sheet) and the confirmation
sheet the students sign; the second tab is one placement's ledger, periods and payments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFileDialog, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.pay_dto import EnterpriseArrears, ImportResult, by_enterprise
from jilin_apprentice.ui.dialogs.bulk_pay_dialog import BulkPayDialog
from jilin_apprentice.ui.dialogs.payroll_import_dialog import PayrollImportDialog, month_edit
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import FLAG_COLOUR, InsuranceColumns
from jilin_apprentice.ui.models.pay_models import PayColumns, TablePane
from jilin_apprentice.ui.pages.ledger_tab import LedgerTab
from jilin_apprentice.ui.pages.list_tab import ListTab
from jilin_apprentice.ui.state import UiState

EXPORT_DIR_KEY = "pay/exportDir"
IMPORT_DIR_KEY = "pay/importDir"


def previous_month(day: dt.date) -> dt.date:
    return day.replace(day=1) - relativedelta(months=1)


class ArrearsTab(ListTab):
    """Enterprises of the month above, the selected enterprise's placements below."""

    def __init__(self, page: PayPage) -> None:
        super().__init__(
            page, "payArrears", self.tr("Monthly arrears"), page.pay_texts.enterprises()
        )
        self.search.setPlaceholderText(self.tr("Enterprise (Ctrl+F)"))
        self.month = month_edit("month", previous_month(page.services.today()))
        back, forward = QToolButton(objectName="previousMonth"), QToolButton(objectName="nextMonth")
        back.setArrowType(Qt.ArrowType.LeftArrow)
        forward.setArrowType(Qt.ArrowType.RightArrow)
        back.setToolTip(self.tr("Previous month"))
        forward.setToolTip(self.tr("Next month"))
        back.clicked.connect(lambda: self.step_month(-1))
        forward.clicked.connect(lambda: self.step_month(1))
        for widget in (back, self.month, forward):
            self.filters.addWidget(widget)
        self.add_toggle("owingOnly", self.tr("Only enterprises that owe"), _owes)
        self._month_timer = QTimer(self, singleShot=True, interval=300)  # typing a month
        self._month_timer.timeout.connect(self.load)
        self.month.dateChanged.connect(lambda _d: self._month_timer.start())
        self.needs_row = [
            self.add_action(
                self.tr("Record payments for this enterprise…"), self.record_payments, "Ctrl+N"
            ),
            self.add_action(self.tr("Confirmation sheet…"), self.confirmation_sheet),
        ]
        self.add_action(self.tr("Import payroll sheet…"), self.import_payroll, "Ctrl+Shift+I")
        self.open_ledger = self.add_action(self.tr("Open ledger"), self.open_placement_ledger)
        self.add_export()
        self.detail = TablePane(page.state, "monthPlacements", page.pay_texts.month_rows(), "")
        self.detail.activated.connect(lambda row: page.open_placement(row.placement_id))
        layout = self.layout()
        layout.removeWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="arrearsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 300])
        page.state.restore_splitter(self.splitter, "pay/arrears")
        layout.addWidget(self.splitter, 1)  # type: ignore[attr-defined]
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_placements())
        self.detail.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.proxy.modelReset.connect(self.show_placements)

    # --- rows --------------------------------------------------------------------------------
    def chosen_month(self) -> dt.date:
        return self.month.date().toPython().replace(day=1)  # type: ignore[no-any-return]

    def set_month(self, month: dt.date) -> None:
        """Show another month now (the arrows, tests); typing waits for a pause instead."""
        self.month.blockSignals(True)
        self.month.setDate(QDate(month.replace(day=1)))
        self.month.blockSignals(False)
        self.load()

    def step_month(self, months: int) -> None:
        self.set_month(self.chosen_month() + relativedelta(months=months))

    def fetch(self) -> list[EnterpriseArrears]:
        return by_enterprise(self.page.services.pay.arrears(self.chosen_month()))

    def load(self) -> None:
        """Fetch the month again; the selected enterprise stays selected."""
        self._month_timer.stop()
        kept = self.current().enterprise_id if self.current() is not None else None
        super().load()
        if kept is not None:
            self.select(lambda e: e.enterprise_id == kept)
        self.show_placements()

    def show_placements(self) -> None:
        enterprise: EnterpriseArrears | None = self.current()
        month = f"{self.chosen_month():%Y-%m}"
        if enterprise is None:
            empty = self.model.rowCount() == 0
            text = self.tr("No pay was due in %1.") if empty else self.tr("Choose an enterprise.")
            self.detail.caption.setText(text.replace("%1", month))
            self.detail.set_rows([])
        else:
            caption = self.tr("Placements of %1 in %2").replace("%1", enterprise.enterprise_name)
            self.detail.caption.setText(caption.replace("%2", month))
            self.detail.set_rows(list(enterprise.rows))
        self._enable()

    def _enable(self) -> None:
        for action in self.needs_row:
            action.setEnabled(self.current() is not None)
        self.open_ledger.setEnabled(self.detail.current() is not None)

    def open_current(self) -> None:
        """Enter on an enterprise moves to its placements (Enter there opens the ledger)."""
        if self.detail.proxy.rowCount():
            self.detail.table.setFocus()
            if self.detail.current() is None:
                self.detail.table.selectRow(0)

    def open_placement_ledger(self) -> None:
        row = self.detail.current()
        if row is not None:
            self.page.open_placement(row.placement_id)

    # --- actions -----------------------------------------------------------------------------
    def record_payments(self) -> None:
        enterprise: EnterpriseArrears | None = self.current()
        if enterprise is None:
            return
        dialog = BulkPayDialog(self.page.services, enterprise, self.chosen_month(), self)
        if dialog.exec() and dialog.recorded:
            self.page.pay_changed()
            text = self.tr("%n payment(s) recorded for %1.", "", len(dialog.recorded))
            self.show_notice(text.replace("%1", enterprise.enterprise_name))

    def import_payroll(self, path: Path | None = None) -> ImportResult | None:
        """Preview a payroll sheet (a file dialog unless a path is given), then import it."""
        path = path or self.page.ask_open_path()
        if path is None:
            return None
        enterprise: EnterpriseArrears | None = self.current()
        chosen = (enterprise.enterprise_id, enterprise.enterprise_name) if enterprise else None
        dialog = PayrollImportDialog(
            self.page.services, path, self.chosen_month(), chosen, self.page.state, self
        )
        if not dialog.exec() or dialog.result_ is None:
            return None
        self.page.pay_changed()
        self.show_notice(self.page.pay_texts.imported(dialog.result_, path.name))
        return dialog.result_

    def confirmation_sheet(self, path: Path | None = None) -> Path | None:
        """The month's sheet for the enterprise to stamp and the students to sign (xlsx)."""
        enterprise: EnterpriseArrears | None = self.current()
        if enterprise is None:
            return None
        month = self.chosen_month()
        name = f"{enterprise.enterprise_name}-{month:%Y-%m}.xlsx"
        path = path or self.page.ask_save_path(name)
        if path is None:
            return None
        path = path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
        try:
            lines = self.page.services.pay.confirmation_sheet(enterprise.enterprise_id, month, path)
        except (DomainError, OSError) as exc:
            text = translate_error(exc) if isinstance(exc, DomainError) else str(exc)
            Dialogs.warning(self, self.tr("Confirmation sheet not written"), text)
            return None
        text = self.tr("Confirmation sheet with %n line(s) written to %1", "", lines)
        self.show_notice(text.replace("%1", str(path)))
        return path

    def export(self, path: Path | None = None) -> Path | None:
        if path is None:
            path = self.page.ask_save_path(f"pay-arrears-{self.chosen_month():%Y-%m}.xlsx")
        return super().export(path) if path is not None else None

    def save_state(self) -> None:
        super().save_state()
        self.detail.save_state()
        self.page.state.save_splitter(self.splitter, "pay/arrears")


def _owes(e: EnterpriseArrears) -> bool:
    return e.short_fen > 0 or e.arrears_fen > 0


class PayPage(QWidget):
    """The two pay tabs; loads when shown, reloads when shown again."""

    def __init__(self, services: Services, state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PayPage")
        self.services, self.state = services, state
        self.ask_save_file = QFileDialog.getSaveFileName  # replaceable (tests, automation)
        self.ask_open_file = QFileDialog.getOpenFileName
        self.texts = InsuranceColumns(self)  # the row counts and export notes of ListTab
        self.pay_texts = PayColumns(self)
        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.setDocumentMode(True)
        self.arrears = ArrearsTab(self)
        self.ledger = LedgerTab(self)
        self.tabs.addTab(self.arrears, self.arrears.title)
        self.tabs.addTab(self.ledger, self.ledger.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()  # first visit, or back from a page where placements may have changed

    def reload(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.arrears.load()
            self.ledger.load()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def pay_changed(self) -> None:
        """A payment or a schedule changed: both tabs follow."""
        self.arrears.load()
        self.ledger.load()

    def show_tab_count(self, tab: ListTab) -> None:
        """The arrears tab says how many enterprises, red when any of them owes."""
        index = self.tabs.indexOf(tab)
        if index < 0:
            return
        rows = tab.model.rows
        self.tabs.setTabText(index, f"{tab.title} ({len(rows)})")
        owing = any(_owes(e) for e in rows)
        self.tabs.tabBar().setTabTextColor(index, FLAG_COLOUR if owing else QColor())

    def open_placement(self, placement_id: int) -> bool:
        if not self.ledger.show_placement(placement_id):
            return False
        self.tabs.setCurrentWidget(self.ledger)
        self.ledger.periods.table.setFocus()
        return True

    def focus_search(self) -> None:
        current = self.tabs.currentWidget()
        edit = self.arrears.search if current is self.arrears else self.ledger.picker.edit
        edit.setFocus()
        edit.selectAll()

    def ask_save_path(self, name: str) -> Path | None:
        folder = Path(self.state.value(EXPORT_DIR_KEY, str(Path.home())))
        title, kinds = self.tr("Export to Excel"), self.tr("Excel (*.xlsx)")
        return self._ask(self.ask_save_file, EXPORT_DIR_KEY, title, str(folder / name), kinds)

    def ask_open_path(self) -> Path | None:
        folder = self.state.value(IMPORT_DIR_KEY, str(Path.home()))
        kinds = self.tr("Payroll sheets (*.xlsx *.xlsm *.csv);;All files (*)")
        return self._ask(
            self.ask_open_file, IMPORT_DIR_KEY, self.tr("Import payroll sheet"), folder, kinds
        )

    def _ask(self, ask: Callable[..., Any], key: str, *args: str) -> Path | None:
        """A file dialog (replaceable: tests answer it); the folder is remembered."""
        chosen, _ = ask(self, *args)
        if not chosen:
            return None
        self.state.set_value(key, str(Path(chosen).parent))
        return Path(chosen)

    def save_state(self) -> None:
        self.arrears.save_state()
        self.ledger.save_state()
