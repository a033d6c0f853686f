"""The pay page's second tab: one placement's ledger, its periods, payments and findings.

Split from pay_page.py (the PayPage it sits on supplies the services, the texts and the file
dialogs, and follows when a payment or a schedule changes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter, QToolBar, QVBoxLayout, QWidget

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.pay_dto import LedgerView
from jilin_apprentice.ui.dialogs.payment_dialog import PaymentDialog
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import FLAG_COLOUR
from jilin_apprentice.ui.models.pay_models import TablePane, notice_label, placement_text
from jilin_apprentice.ui.widgets.search_picker import SearchPicker

if TYPE_CHECKING:
    from jilin_apprentice.ui.pages.pay_page import PayPage

MATCHES = 30  # placements offered while typing a student's name


class LedgerTab(QWidget):
    """One placement: its periods, its payments and what the pay checks say about them."""

    def __init__(self, page: PayPage) -> None:
        super().__init__()
        self.setObjectName("ledgerTab")
        self.page, self.title = page, self.tr("Ledger of a placement")
        self.view: LedgerView | None = None
        self.picker = SearchPicker("ledgerPlacement", self._search, self.tr("Student (Ctrl+F)"))
        self.picker.picked.connect(lambda _id: self.load())
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.toolbar = QToolBar(objectName="toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.needs_view = [
            self._action(self.tr("Record payment…"), self.record_payment, "Ctrl+N"),
            self._action(self.tr("Rebuild schedule…"), self.rebuild),
            self._action(self.tr("Export periods to Excel…"), lambda: self.export(self.periods)),
            self._action(self.tr("Export payments to Excel…"), lambda: self.export(self.payments)),
        ]
        self.notice = notice_label()
        texts, state = page.pay_texts, page.state
        self.periods = TablePane(state, "ledgerPeriods", texts.periods(), self.tr("Pay periods"))
        self.payments = TablePane(state, "ledgerPayments", texts.payments(""), self.tr("Payments"))
        self.findings = TablePane(state, "ledgerFindings", texts.findings(), self.tr("Findings"))
        self.periods.activated.connect(lambda p: self.record_payment(p.start))
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="ledgerSplitter")
        for pane in (self.periods, self.payments, self.findings):
            self.splitter.addWidget(pane)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 200, 120])
        state.restore_splitter(self.splitter, "pay/ledger")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        for widget in (self.picker, self.summary, self.toolbar, self.notice):
            layout.addWidget(widget)
        layout.addWidget(self.splitter, 1)
        self.show_view(None)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> Any:
        action = self.toolbar.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({shortcut})")
        return action

    def _search(self, text: str) -> list[tuple[int, str]]:
        rows = self.page.services.placements.list(search=text, limit=MATCHES)
        return [(r.id, placement_text(r)) for r in rows]

    def show_placement(self, placement_id: int) -> bool:
        """Open a placement's ledger (from the arrears tab, or another page)."""
        try:
            view = self.page.services.pay.ledger(placement_id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("No ledger"), translate_error(exc))
            return False
        self.picker.set_choice(placement_id, f"{view.student_name} · {view.enterprise_name}")
        self.show_view(view)
        return True

    def load(self) -> None:
        placement_id = self.picker.value()
        if placement_id is None:
            self.show_view(None)
            return
        try:
            self.show_view(self.page.services.pay.ledger(placement_id))
        except DomainError as exc:
            self.show_view(None)
            self.show_notice(translate_error(exc))

    def show_view(self, view: LedgerView | None) -> None:
        self.view = view
        for action in self.needs_view:
            action.setEnabled(view is not None)
        if view is None:
            self.summary.setText(self.tr("Type a student's name above to open a ledger."))
            for pane in (self.periods, self.payments, self.findings):
                pane.set_rows([])
            return
        self.summary.setText(self.page.pay_texts.ledger_summary(view))
        self.periods.set_rows(list(view.periods))
        self.payments.set_rows(list(view.payments), self.page.pay_texts.payments(view.student_name))
        self.findings.set_rows(list(view.findings))
        count = len(view.findings)
        self.findings.caption.setText(self.tr("Findings (%n)", "", count))
        self.findings.caption.setStyleSheet(
            f"font-weight: bold; color: {FLAG_COLOUR.name()};" if count else "font-weight: bold;"
        )

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # --- actions -----------------------------------------------------------------------------
    def record_payment(self, period_start: dt.date | None = None) -> bool:
        if self.view is None:
            return False
        dialog = PaymentDialog(self.page.services, self.view, period_start, self)
        if not dialog.exec() or dialog.recorded is None:
            return False
        self.page.pay_changed()
        self.show_notice(self.page.pay_texts.recorded(dialog.draft(), dialog.recorded))
        return True

    def rebuild(self) -> None:
        """Recompute the periods from the current terms and dates (payments are kept)."""
        if self.view is None:
            return
        question = self.tr(
            "Rebuild the pay schedule of %1 from the placement's current pay terms and dates? "
            "Recorded payments are kept and moved to the matching new period."
        ).replace("%1", self.view.student_name)
        if not Dialogs.confirm(self, self.tr("Rebuild schedule"), question):
            return
        try:
            r = self.page.services.pay.regenerate(self.view.placement_id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Schedule not rebuilt"), translate_error(exc))
            return
        self.page.pay_changed()
        self.show_notice(self.page.pay_texts.rebuilt(r))

    def export(self, pane: TablePane, path: Path | None = None) -> Path | None:
        if self.view is None:
            return None
        name = f"{self.view.student_name}-{pane.caption.text()}-{self.page.services.today()}.xlsx"
        path = path or self.page.ask_save_path(name)
        if path is None:
            return None
        title = f"{self.view.student_name} {pane.caption.text()}"
        try:
            written, count = pane.export(path, title)
        except OSError as exc:
            text = self.tr("The file could not be written: %1").replace("%1", str(exc))
            Dialogs.warning(self, self.tr("Not exported"), text)
            return None
        self.show_notice(self.page.texts.exported(count, str(written)))
        return written

    def save_state(self) -> None:
        for pane in (self.periods, self.payments, self.findings):
            pane.save_state()
        self.page.state.save_splitter(self.splitter, "pay/ledger")
