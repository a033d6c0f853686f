"""Table models of the pay screens: the column sets of the monthly arrears view, a placement's
ledger (periods, payments, findings) and the payroll import preview, and the captioned table
pane that shows one of them.

They reuse the generic row model of the insurance screens (typed sort keys and export cells) and
add one thing it lacks: a colour per cell, so a period's status reads at a glance (paid green,
late amber, short or overdue red and bold) without the officer reading every word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from jilin_apprentice.domain.money import format_yuan
from jilin_apprentice.domain.pay_checks import (
    DEDUCTION_KINDS,
    IN_ARREARS,
    METHODS,
    MONEY_TO_STUDENT,
    same_name,
)
from jilin_apprentice.domain.rules.model import Finding
from jilin_apprentice.services.pay_dto import (
    ArrearsRow,
    EnterpriseArrears,
    ImportResult,
    ImportRow,
    LedgerPayment,
    LedgerPeriod,
    LedgerView,
    PaymentDraft,
    RecordedPayment,
    RegenerateResult,
)
from jilin_apprentice.services.placement_dto import PlacementRow
from jilin_apprentice.services.table_export import write_xlsx
from jilin_apprentice.ui.errors import translate_violation
from jilin_apprentice.ui.finding_text import finding_text, rule_title, severity_text
from jilin_apprentice.ui.models.insurance_models import (
    FLAG_COLOUR,
    Column,
    Index,
    RowsModel,
    RowsProxy,
    date_col,
    int_col,
    money_col,
    period_text,
    text_col,
    yuan_text,
)
from jilin_apprentice.ui.placement_labels import pay_methods, pay_units
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.form_fields import HINT_STYLE
from jilin_apprentice.ui.widgets.list_page_base import make_table

R = TypeVar("R")
PAID_COLOUR = QColor("#1b5e20")
LATE_COLOUR = QColor("#8a5a00")
QUIET_COLOUR = QColor("#666666")
STATUS_COLOURS = {
    "paid": PAID_COLOUR,
    "late": LATE_COLOUR,
    "short": FLAG_COLOUR,
    "overdue": FLAG_COLOUR,
    "upcoming": QUIET_COLOUR,
    "nothing_due": QUIET_COLOUR,
}
FIRST_WIDTH_CAP = 200  # first-run column width; the user's own widths are remembered
STATUS_ORDER = ("overdue", "short", "late", "upcoming", "paid", "nothing_due")  # worst first


def pay_status_label(code: str) -> str:
    return {
        "paid": QCoreApplication.translate("PayLabels", "Paid"),
        "late": QCoreApplication.translate("PayLabels", "Paid late"),
        "short": QCoreApplication.translate("PayLabels", "Short"),
        "overdue": QCoreApplication.translate("PayLabels", "Overdue"),
        "upcoming": QCoreApplication.translate("PayLabels", "Not due yet"),
        "nothing_due": QCoreApplication.translate("PayLabels", "Nothing due"),
    }.get(code, code)


def method_label(code: str) -> str:
    return dict(pay_methods()).get(code, code)


def deduction_kind_label(code: str) -> str:
    return {
        "tax": QCoreApplication.translate("PayLabels", "Income tax"),
        "social_insurance": QCoreApplication.translate("PayLabels", "Social insurance"),
        "meals_lodging": QCoreApplication.translate("PayLabels", "Meals and lodging"),
        "fee": QCoreApplication.translate("PayLabels", "Fee (not allowed)"),
        "commission": QCoreApplication.translate("PayLabels", "Commission (not allowed)"),
        "insurance_premium": QCoreApplication.translate(
            "PayLabels", "Insurance premium (not allowed)"
        ),
        "other": QCoreApplication.translate("PayLabels", "Other (give the reason)"),
    }.get(code, code)


def terms_text(view: LedgerView) -> str:
    """The placement's pay terms, e.g. "¥1,880.00 per month"."""
    if view.pay_amount_fen is None:
        return ""
    unit = dict(pay_units()).get(view.pay_unit, view.pay_unit)
    return f"{yuan_text(view.pay_amount_fen)} {unit}"


def placement_text(r: PlacementRow) -> str:
    """A placement as the pickers list it: who, class, where, when."""
    period = period_text(r.start_date, r.end_date)
    return f"{r.student_name} · {r.class_name} · {r.enterprise_name} · {period}"


def status_colour(code: str) -> QColor | None:
    return STATUS_COLOURS.get(code)


def in_arrears(code: str) -> bool:
    return code in IN_ARREARS


@dataclass(frozen=True)
class PayColumn(Column[R]):
    """A column whose text takes a colour from the row (a status), bold when `flag` says so."""

    colour: Callable[[R], QColor | None] | None = None


class PayRowsModel(RowsModel[R]):
    """The generic row model, plus per-cell colours."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            column = self.columns[index.column()]
            if isinstance(column, PayColumn) and column.colour is not None:
                colour = column.colour(self.rows[index.row()])
                if colour is not None:
                    return colour
        return super().data(index, role)


def status_col(title: str, get: Callable[[R], str]) -> PayColumn[R]:
    """Status in words, coloured, sorted worst first."""
    return PayColumn(
        title,
        lambda r: pay_status_label(get(r)),
        key=lambda r: STATUS_ORDER.index(get(r)) if get(r) in STATUS_ORDER else 99,
        flag=lambda r: in_arrears(get(r)),
        colour=lambda r: status_colour(get(r)),
    )


def flagged_money(title: str, get: Callable[[R], int]) -> Column[R]:
    """Money that is red and bold when above zero (short, arrears, forbidden deductions)."""
    plain = money_col(title, get)
    return Column(title, plain.text, plain.key, plain.cell, right=True, flag=lambda r: get(r) > 0)


class PayColumns(QObject):
    """Column sets and texts (a QObject so lupdate finds them under one context)."""

    def enterprises(self) -> list[Column[EnterpriseArrears]]:
        return [
            text_col(self.tr("Enterprise"), lambda e: e.enterprise_name, tip=True),
            int_col(self.tr("Interns"), lambda e: e.placements),
            money_col(self.tr("Due"), lambda e: e.due_fen),
            money_col(self.tr("Paid"), lambda e: e.paid_fen),
            flagged_money(self.tr("Short"), lambda e: e.short_fen),
            int_col(
                self.tr("Overdue periods"),
                lambda e: e.overdue_count,
                flag=lambda e: e.overdue_count > 0,
            ),
            flagged_money(self.tr("Arrears to date"), lambda e: e.arrears_fen),
        ]

    def month_rows(self) -> list[Column[ArrearsRow]]:
        return [
            text_col(self.tr("Student"), lambda r: r.student_name),
            text_col(self.tr("Period"), lambda r: period_text(r.period_start, r.period_end)),
            money_col(self.tr("Due"), lambda r: r.due_fen),
            money_col(self.tr("Paid"), lambda r: r.paid_fen),
            flagged_money(self.tr("Short"), lambda r: r.short_fen),
            date_col(self.tr("Paid on"), lambda r: r.paid_on),
            status_col(self.tr("Status"), lambda r: r.status),
            int_col(self.tr("Overdue periods"), lambda r: r.overdue_count),
            flagged_money(self.tr("Arrears to date"), lambda r: r.arrears_fen),
            date_col(self.tr("Last payment"), lambda r: r.last_paid_on),
        ]

    def periods(self) -> list[Column[LedgerPeriod]]:
        return [
            text_col(self.tr("Period"), lambda p: period_text(p.start, p.end)),
            date_col(self.tr("Due date"), lambda p: p.due_date),
            money_col(self.tr("Due"), lambda p: p.due_fen),
            money_col(self.tr("Paid"), lambda p: p.paid_fen),
            flagged_money(self.tr("Short"), lambda p: p.arrears_fen),
            status_col(self.tr("Status"), lambda p: p.status),
            int_col(self.tr("Days late"), lambda p: p.days_late, flag=lambda p: p.days_late > 0),
            date_col(self.tr("Paid in full on"), lambda p: p.settled_on),
        ]

    def payments(self, student: str) -> list[Column[LedgerPayment]]:
        def not_direct(p: LedgerPayment) -> bool:
            return p.method not in MONEY_TO_STUDENT or not same_name(p.payee_name, student)

        return [
            date_col(self.tr("Date"), lambda p: p.paid_on),
            date_col(self.tr("For period from"), lambda p: p.period_start),
            money_col(self.tr("Gross"), lambda p: p.gross_fen),
            money_col(self.tr("Deductions"), lambda p: p.deducted_fen),
            flagged_money(self.tr("Forbidden part"), lambda p: p.forbidden_fen),
            money_col(self.tr("Net"), lambda p: p.net_fen),
            text_col(self.tr("Method"), lambda p: method_label(p.method), flag=not_direct),
            text_col(self.tr("Payee"), lambda p: p.payee_name, flag=not_direct),
            text_col(self.tr("Paid by"), lambda p: p.payer),
            text_col(self.tr("Deduction details"), self.deductions_text, tip=True),
            text_col(self.tr("Note"), lambda p: p.note, tip=True),
        ]

    def deductions_text(self, p: LedgerPayment) -> str:
        parts = []
        for d in p.deductions:
            text = f"{deduction_kind_label(d.kind)} ¥{format_yuan(d.amount_fen)}"
            parts.append(f"{text} ({d.reason})" if d.reason else text)
        return "; ".join(parts)

    def ledger_summary(self, v: LedgerView) -> str:
        """Who, where, the terms, and the totals (arrears red) above the ledger."""
        head = " · ".join(t for t in (v.student_name, v.enterprise_name, terms_text(v)) if t)
        owed = yuan_text(v.arrears_fen)
        if v.arrears_fen:
            owed = f"<span style='color:{FLAG_COLOUR.name()}'><b>{owed}</b></span>"
        totals = (
            self.tr("Due over the placement %1 · paid %2 · in arrears %3")
            .replace("%1", yuan_text(v.due_fen))
            .replace("%2", yuan_text(v.paid_fen))
            .replace("%3", owed)
        )
        if v.forbidden_fen:
            totals += " · " + self.tr("forbidden deductions %1").replace(
                "%1", yuan_text(v.forbidden_fen)
            )
        if not v.periods:
            totals = self.tr("No pay terms: this placement has no pay schedule.")
        elif not v.schedule_stored:
            totals += "<br>" + self.tr(
                "Periods computed from the pay terms; they are stored with the first payment."
            )
        return f"<b>{escape(head)}</b><br>{totals}"

    def recorded(self, draft: PaymentDraft, saved: RecordedPayment) -> str:
        """What was stored, and what the checks say about it (R-PAY-3, R-PAY-6)."""
        text = self.tr("Payment of %1 on %2 recorded.").replace("%1", yuan_text(draft.amount_fen))
        texts = [text.replace("%2", f"{draft.paid_on}")]
        texts += [finding_text(f.rule_id, f.field, f.params, f.severity) for f in saved.findings]
        return " ".join(texts)

    def imported(self, result: ImportResult, source: str) -> str:
        text = self.tr("%n payment(s) imported from %1.", "", len(result.payment_ids))
        text = text.replace("%1", source)
        if result.skipped_rows:
            skipped = ", ".join(str(r) for r in result.skipped_rows)
            text += " " + self.tr("Rows skipped: %1.").replace("%1", skipped)
        return text

    def rebuilt(self, r: RegenerateResult) -> str:
        text = self.tr("Schedule rebuilt: %n period(s)", "", r.periods)
        changes = self.tr("%1 added, %2 changed, %3 removed, %4 payment(s) moved.")
        for mark, value in zip(
            ("%1", "%2", "%3", "%4"), (r.added, r.updated, r.removed, r.reattached), strict=True
        ):
            changes = changes.replace(mark, str(value))
        return f"{text}; {changes}"

    def findings(self) -> list[Column[Finding]]:
        return [
            text_col(
                self.tr("Severity"),
                lambda f: severity_text(f.severity),
                flag=lambda f: f.severity == "block",
            ),
            text_col(self.tr("Rule"), lambda f: f"{f.rule_id} {rule_title(f.rule_id)}"),
            text_col(
                self.tr("Message"),
                lambda f: finding_text(f.rule_id, f.field, f.params, f.severity),
                tip=True,
            ),
        ]

    def import_rows(self) -> list[Column[ImportRow]]:
        """Why a row cannot be used comes right after the name (the rest scrolls)."""
        return [
            int_col(self.tr("Row"), lambda r: r.row),
            PayColumn(
                self.tr("Result"),
                lambda r: self.tr("Ready") if r.ok else self.tr("Not usable"),
                flag=lambda r: not r.ok,
                colour=lambda r: PAID_COLOUR if r.ok else FLAG_COLOUR,
            ),
            text_col(self.tr("Name in sheet"), lambda r: r.name),
            text_col(self.tr("Problem"), self.problems_text, flag=lambda r: not r.ok, tip=True),
            text_col(self.tr("Matched student"), self.matched_text),
            money_col(self.tr("Gross"), lambda r: r.amount_fen),
            money_col(self.tr("Deduction"), lambda r: r.deduction_fen),
            date_col(self.tr("Paid on"), lambda r: r.paid_on),
            text_col(self.tr("ID number"), lambda r: r.id_masked),
        ]

    def matched_text(self, r: ImportRow) -> str:
        if r.student_name is None:
            return ""
        how = {"id_number": self.tr("by ID number"), "name": self.tr("by name")}
        return f"{r.student_name} ({how.get(r.matched_by or '', r.matched_by or '')})"

    def problems_text(self, r: ImportRow) -> str:
        texts = [translate_violation(v) for v in r.problems]
        if not texts and not r.ok:
            texts = [self.tr("No placement of this student has pay in this month.")]
        return " ".join(texts)


def method_choices() -> list[tuple[str, str]]:
    """Every method, in kind included: choosing it shows why it is refused (R-PAY-3)."""
    return [(code, method_label(code)) for code in METHODS]


def deduction_choices() -> list[tuple[str, str]]:
    return [(code, deduction_kind_label(code)) for code in DEDUCTION_KINDS]


def notice_label() -> QLabel:
    label = QLabel(objectName="notice")
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    label.hide()
    return label


def fit_columns(table: QTableView) -> None:
    """First run only: widths from the contents, capped (the user's own widths are kept)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column), FIRST_WIDTH_CAP))


class TablePane(QWidget):
    """A caption over a sortable table of service rows; Enter or a double-click activates a
    row, and the header layout is remembered under `pay/<key>`."""

    activated = Signal(object)

    def __init__(self, state: UiState, key: str, columns: list[Column[Any]], caption: str) -> None:
        super().__init__()
        self.setObjectName(f"{key}Pane")
        self.state, self.header_key = state, f"pay/{key}"
        self.caption = QLabel(caption, objectName="caption")
        self.caption.setStyleSheet("font-weight: bold;")
        self.model: PayRowsModel[Any] = PayRowsModel(columns, self)
        self.proxy = RowsProxy(self.model, self)
        self.table = make_table(f"{key}Table")
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self._fit_pending = not state.value(f"header/{self.header_key}")
        state.restore_header(self.table.horizontalHeader(), self.header_key)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(lambda _i: self._activate())
        for key_code in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key_code), self.table, self._activate)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def set_rows(self, rows: list[Any], columns: list[Column[Any]] | None = None) -> None:
        if columns is not None:
            self.model.columns = columns  # same titles, row-dependent flags (the payee)
        self.model.set_rows(rows)
        if self._fit_pending and rows:
            self._fit_pending = False
            fit_columns(self.table)

    def current(self) -> Any:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def _activate(self) -> None:
        if self.current() is not None:
            self.activated.emit(self.current())

    def export(self, path: Path, title: str) -> tuple[Path, int]:
        titles, rows = self.proxy.shown_cells(self.table.horizontalHeader())
        return write_xlsx(path, title, titles, rows), len(rows)

    def save_state(self) -> None:
        self.state.save_header(self.table.horizontalHeader(), self.header_key)
