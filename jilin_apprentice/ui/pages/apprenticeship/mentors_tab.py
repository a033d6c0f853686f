"""Mentors' load against their limit (R-APP-10 / R-SUP-3), allowances and teaching pay.

Two sub-tabs: who guides how many learners today (red when over the limit; the limit is the
person's own or the school default), and the monthly pay records (导师带徒津贴, R-APP-9, paid by
the enterprise; part-time-teacher pay, seed §(20), paid by the school).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.domain.mentor_load import month_start
from jilin_apprentice.domain.money import format_yuan
from jilin_apprentice.services.mentor_dto import MentorLoadRow, PaymentRow
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.dialogs.mentor_payment_dialog import (
    MentorPaymentDialog,
    MonthDialog,
    pay_kind_label,
)
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import (
    FLAG_COLOUR,
    Column,
    date_col,
    int_col,
    money_col,
    text_col,
)
from jilin_apprentice.ui.pages.insurance_page import ListTab
from jilin_apprentice.ui.widgets.form_fields import hint_label


class MentorTexts(QObject):
    """Column sets and labels of the tab (never subclassed, so tr() finds its context)."""

    def titles(self) -> tuple[str, str]:
        return self.tr("Load"), self.tr("Pay records")

    def skill(self, code: str | None) -> str:
        return {
            "intermediate": self.tr("Intermediate worker"),
            "advanced": self.tr("Advanced worker"),
            "technician": self.tr("Technician"),
            "senior_technician": self.tr("Senior technician"),
        }.get(code or "", code or "")

    def limit(self, r: MentorLoadRow) -> str:
        if r.limit is None:
            return self.tr("none")
        return (
            self.tr("%1 (default)").replace("%1", str(r.limit))
            if r.limit_is_default
            else str(r.limit)
        )

    def loads(self) -> list[Column[MentorLoadRow]]:
        over = lambda r: r.over_limit  # noqa: E731
        return [
            text_col(self.tr("Name"), lambda r: r.name, flag=over),
            text_col(self.tr("Role"), lambda r: labels.staff_kind(r.kind)),
            text_col(self.tr("Enterprise"), lambda r: r.enterprise_name, tip=True),
            text_col(self.tr("Qualification"), lambda r: r.qualification, tip=True),
            text_col(self.tr("Skill level"), lambda r: self.skill(r.skill_level)),
            text_col(
                self.tr("Part-time teacher"),
                lambda r: self.tr("Yes") if r.is_part_time_teacher else "",
            ),
            int_col(self.tr("Learners"), lambda r: r.load, flag=over),
            Column(self.tr("Limit"), self.limit, key=lambda r: r.limit or 0, right=True),
            Column(
                self.tr("Over the limit"),
                lambda r: (
                    self.tr("Over by %1").replace("%1", str(r.load - (r.limit or 0)))
                    if r.over_limit
                    else ""
                ),
                flag=over,
            ),
            money_col(self.tr("Monthly allowance"), lambda r: r.monthly_allowance_fen),
        ]

    def payments(self) -> list[Column[PaymentRow]]:
        def month(r: PaymentRow) -> str:
            return r.month.strftime("%Y-%m")

        return [
            Column(self.tr("Month"), month, key=lambda r: r.month, cell=month),
            text_col(self.tr("Name"), lambda r: r.staff_name),
            text_col(self.tr("Role"), lambda r: labels.staff_kind(r.staff_kind)),
            text_col(self.tr("Enterprise"), lambda r: r.enterprise_name, tip=True),
            text_col(self.tr("Kind of pay"), lambda r: pay_kind_label(r.draft.kind)),
            money_col(self.tr("Amount"), lambda r: r.draft.amount_fen),
            Column(
                self.tr("Hours"),
                lambda r: "" if r.draft.hours is None else str(r.draft.hours),
                key=lambda r: r.draft.hours or 0,
                cell=lambda r: r.draft.hours,
                right=True,
            ),
            date_col(self.tr("Paid on"), lambda r: r.draft.paid_on),
            text_col(self.tr("Paid by"), lambda r: r.draft.payer, tip=True),
            text_col(self.tr("Note"), lambda r: r.draft.note, tip=True),
        ]


class LoadsTab(ListTab):
    def __init__(self, page: Any, texts: MentorTexts, owner: MentorsTab) -> None:
        super().__init__(page, "mentorLoads", texts.titles()[0], texts.loads())
        self.parent_tab = owner
        self.search.setPlaceholderText(self.tr("Name, enterprise or qualification (Ctrl+F)"))
        self.over_only = self.add_toggle(
            "overOnly", self.tr("Only over the limit"), lambda r: r.over_limit
        )
        self.add_action(self.tr("Pay records of this person"), self.show_payments)
        self.add_export()
        self.learners = hint_label("learners")
        self.layout().addWidget(self.learners)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_learners())
        self.proxy.modelReset.connect(self.show_learners)
        self.show_notice(
            self.tr(
                "Learners guided today: open placements and live apprenticeships. No national "
                "ratio exists (R-APP-10, R-SUP-3): the limit is the person's own or the school "
                "default, set under Settings (mentor_load)."
            )
        )

    def fetch(self) -> list[MentorLoadRow]:
        return self.page.services.mentors.loads()

    def show_learners(self) -> None:
        row: MentorLoadRow | None = self.current()
        if row is None or row.load == 0:
            self.learners.setText("")
            return
        seen: dict[int, str] = {}  # a learner with a placement and an apprenticeship: once
        for r in self.page.services.mentors.learners_of(row.id):
            seen.setdefault(
                r.student_id, f"{r.student_name}（{r.class_name or ''}，{r.enterprise_name}）"
            )
        names = list(seen.values())
        self.learners.setText(
            self.tr("Learners of %1: %2").replace("%1", row.name).replace("%2", "；".join(names))
        )

    def open_current(self) -> None:
        self.show_payments()

    def show_payments(self) -> None:
        row: MentorLoadRow | None = self.current()
        owner = self.parent_tab
        if row is not None:
            owner.payments.search.setText(row.name)
            owner.payments.apply_search()
            owner.sub.setCurrentWidget(owner.payments)


class PaymentsTab(ListTab):
    def __init__(self, page: Any, texts: MentorTexts, owner: MentorsTab) -> None:
        super().__init__(page, "mentorPayments", texts.titles()[1], texts.payments())
        self.parent_tab = owner
        self.search.setPlaceholderText(self.tr("Name, enterprise or note (Ctrl+F)"))
        self.month = QComboBox(objectName="monthFilter")
        self.filters.addWidget(self.month)
        self.month.currentIndexChanged.connect(lambda _i: self.load())
        self.add_action(self.tr("New pay record"), self.new_payment, "Ctrl+N")
        self.needs_row = [
            self.add_action(self.tr("Edit"), self.open_current),
            self.add_action(self.tr("Delete"), self.delete_current),
        ]
        self.add_action(self.tr("Generate allowances for month…"), self.generate)
        self.add_export()
        self.totals = QLabel(objectName="totals")
        self.layout().addWidget(self.totals)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.proxy.modelReset.connect(self._enable)

    def _fill_months(self) -> None:
        """All months with records, and this month, newest first; the choice is kept."""
        chosen = self.month.currentData()
        months = {t.month for t in self.page.services.mentors.totals()}
        months.add(month_start(self.page.services.today()))
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("All months"), None)
        for m in sorted(months, reverse=True):
            self.month.addItem(m.strftime("%Y-%m"), m.isoformat())
        self.month.setCurrentIndex(max(0, self.month.findData(chosen)))
        self.month.blockSignals(False)

    def chosen_month(self) -> dt.date | None:
        data = self.month.currentData()
        return dt.date.fromisoformat(data) if data else None

    def select_month(self, month: dt.date | None) -> None:
        self.month.setCurrentIndex(
            max(0, self.month.findData(month.isoformat() if month else None))
        )

    def fetch(self) -> list[PaymentRow]:
        return self.page.services.mentors.payments(month=self.chosen_month())

    def load(self) -> None:
        self._fill_months()
        super().load()
        rows = self.model.rows
        allowance = sum(r.draft.amount_fen or 0 for r in rows if r.draft.kind == "allowance")
        teaching = sum(r.draft.amount_fen or 0 for r in rows if r.draft.kind == "teaching")
        text = self.tr("Allowances ¥%1 · Teaching pay ¥%2 · Total ¥%3")
        for n, fen in enumerate((allowance, teaching, allowance + teaching), start=1):
            text = text.replace(f"%{n}", format_yuan(fen))
        self.totals.setText(text)

    def _enable(self) -> None:
        for action in self.needs_row:
            action.setEnabled(self.current() is not None)

    def _edit(self, dialog: MentorPaymentDialog) -> None:
        if dialog.exec() and dialog.saved_id is not None:
            saved = dialog.saved_id
            self.parent_tab.load()
            self.select(lambda r: r.id == saved)

    def new_payment(self) -> None:
        row = self.parent_tab.loads.current()
        staff_id = row.id if row is not None else None
        month = self.chosen_month()
        self._edit(
            MentorPaymentDialog(self.page.services, staff_id=staff_id, month=month, parent=self)
        )

    def open_current(self) -> None:
        if self.current() is not None:
            self._edit(MentorPaymentDialog(self.page.services, self.current(), parent=self))

    def delete_current(self) -> None:
        row: PaymentRow | None = self.current()
        if row is None:
            return
        question = (
            self.tr("Delete the %1 of %2 for %3?")
            .replace("%1", pay_kind_label(row.draft.kind))
            .replace("%2", row.staff_name)
            .replace("%3", row.month.strftime("%Y-%m"))
        )
        if not Dialogs.confirm(self, self.tr("Delete pay record"), question):
            return
        try:
            self.page.services.mentors.delete_payment(row.id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not deleted"), translate_error(exc))
        self.parent_tab.load()

    def generate(self, month: dt.date | None = None, paid_on: dt.date | None = None) -> int | None:
        """Create the month's allowance records (asked in a dialog unless given)."""
        if month is None:
            start = self.chosen_month() or month_start(self.page.services.today())
            dialog = MonthDialog(start, self)
            if not dialog.exec():
                return None
            month, paid_on = dialog.chosen()
        try:
            made = self.page.services.mentors.generate_allowances(month, paid_on)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("No allowances generated"), translate_error(exc))
            return None
        self.parent_tab.load()
        text = self.tr("Allowance records created for %1: %2 (existing records were kept).")
        self.show_notice(text.replace("%1", month.strftime("%Y-%m")).replace("%2", str(made)))
        return made


class MentorsTab(QWidget):
    """A tab of the apprenticeships page: `title`, `load()` and `save_state()`."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.setObjectName("mentorsTab")
        self.page = page
        self.title = self.tr("Mentors")
        self.texts = MentorTexts(self)
        self.sub = QTabWidget(objectName="mentorSubTabs")
        self.loads = LoadsTab(page, self.texts, self)
        self.payments = PaymentsTab(page, self.texts, self)
        for tab in (self.loads, self.payments):
            self.sub.addTab(tab, tab.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sub)
        self.search = self.loads.search  # the page's Ctrl+F

    def load(self) -> None:
        for tab in (self.loads, self.payments):
            tab.load()
        over = sum(1 for r in self.loads.model.rows if r.over_limit)
        self.sub.setTabText(0, f"{self.loads.title} ({over})" if over else self.loads.title)
        self.sub.tabBar().setTabTextColor(0, FLAG_COLOUR if over else QColor())
        self.sub.setTabText(1, f"{self.payments.title} ({self.payments.model.rowCount()})")

    def save_state(self) -> None:
        for tab in (self.loads, self.payments):
            tab.save_state()
