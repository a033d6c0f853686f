"""Record one payment of a placement: date, amount, method, payee, period, deductions.

The ledger service is the judge: a refused payment (a payee who is not the student, R-PAY-3; a
date before the placement; deductions above the gross) comes back as violations shown under
their fields, and nothing is stored. Forbidden deductions are stored, as evidence, and reported.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError, ValidationFailed, Violation
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.pay_dto import (
    DeductionDraft,
    LedgerPeriod,
    LedgerView,
    PaymentDraft,
    RecordedPayment,
)
from jilin_apprentice.ui.dialogs.policy_dialog import close_form, date_edit
from jilin_apprentice.ui.errors import translate_error, translate_violation
from jilin_apprentice.ui.models.insurance_models import yuan_text
from jilin_apprentice.ui.models.pay_models import deduction_choices, method_choices, terms_text
from jilin_apprentice.ui.widgets.form_fields import (
    fen_of,
    hint_label,
    money_spin,
    set_fen,
    text_or_none,
    wheel_needs_focus,
)
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog
from jilin_apprentice.ui.widgets.validated_form import ValidatedForm

DEDUCTION_FIELDS = ("deduction_kind", "deduction_amount", "deduction_reason")
NAMES_LINE = ("payment.deduction_reason_required",)  # its text says the line already


def open_period(view: LedgerView, today: dt.date) -> LedgerPeriod | None:
    """The period a payment naming none is booked to, as the service does: the oldest begun
    and not paid in full, else the last begun (used to prefill the amount)."""
    begun = sorted((p for p in view.periods if p.start <= today), key=lambda p: p.due_date)
    unpaid = [p for p in begun if p.outstanding_fen > 0]
    return unpaid[0] if unpaid else begun[-1] if begun else None


class DeductionsEditor(QWidget):
    """Deduction lines (kind, amount, reason) with add and remove buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("deductions")
        self.table = QTableWidget(0, 3, objectName="deductionsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Amount"), self.tr("Reason")]
        )
        self.table.verticalHeader().setVisible(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(1, 120)
        self.table.setFixedHeight(96)
        add = QPushButton(self.tr("Add deduction"), objectName="addDeduction")
        remove = QPushButton(self.tr("Remove deduction"), objectName="removeDeduction")
        add.clicked.connect(lambda: self.add_line())
        remove.clicked.connect(self.remove_line)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        rule = self.tr(
            "Fees, commissions and insurance premiums may not be deducted from pay; they are "
            "recorded as evidence and reported (R-PAY-6)."
        )
        layout.addWidget(hint_label("deductionsHint", rule))

    def add_line(self, kind: str = "tax", fen: int = 0, reason: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox(objectName=f"kind{row}")
        for code, label in deduction_choices():
            combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(kind)))
        amount = money_spin(f"amount{row}")
        set_fen(amount, fen)
        text = QLineEdit(reason, objectName=f"reason{row}")
        for column, widget in enumerate((combo, amount, text)):
            self.table.setCellWidget(row, column, widget)
        self.table.setCurrentCell(row, 0)
        return row

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def lines(self) -> tuple[DeductionDraft, ...]:
        found = []
        for row in range(self.table.rowCount()):
            kind: QComboBox = self.table.cellWidget(row, 0)  # type: ignore[assignment]
            amount = self.table.cellWidget(row, 1)
            reason: QLineEdit = self.table.cellWidget(row, 2)  # type: ignore[assignment]
            fen = fen_of(amount) or 0  # type: ignore[arg-type]
            found.append(DeductionDraft(kind.currentData(), fen, text_or_none(reason)))
        return tuple(found)


class PaymentDialog(QDialog):
    """One payment for the placement of `view`; `period_start` preselects its period."""

    def __init__(
        self,
        services: Services,
        view: LedgerView,
        period_start: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PaymentDialog")
        self.setWindowTitle(self.tr("Record payment"))
        self._services, self._view = services, view
        self.recorded: RecordedPayment | None = None
        self._amount_typed = False
        self._build()
        self.period.setCurrentIndex(max(0, self.period.findData(period_start)))
        self._prefill_amount()
        self.period.currentIndexChanged.connect(lambda _i: self._prefill_amount())
        self.amount.valueChanged.connect(lambda _v: setattr(self, "_amount_typed", True))

    def _build(self) -> None:
        view, today = self._view, self._services.today()
        inner = QWidget(objectName="paymentForm")
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        who = QLabel(objectName="who")
        who.setWordWrap(True)
        terms = terms_text(view)
        who.setText(" · ".join(t for t in (view.student_name, view.enterprise_name, terms) if t))
        f.addRow(self.tr("Placement"), who)
        self.period = f.add_field("period", self.tr("For period"), QComboBox())
        self.period.setObjectName("period")
        self.period.addItem(self.tr("Oldest period still open (arrears first)"), None)
        for p in view.periods:
            text = self.tr("%1 – %2, due %3, %4 outstanding")
            for mark, value in (("%1", p.start), ("%2", p.end), ("%3", p.due_date)):
                text = text.replace(mark, value.isoformat())
            self.period.addItem(text.replace("%4", yuan_text(p.outstanding_fen)), p.start)
        self.paid_on = f.add_field("paid_on", self.tr("Paid on"), date_edit("paidOn", today))
        self.amount = f.add_field("amount", self.tr("Amount (gross)"), money_spin("amount"))
        self.method = f.add_field("method", self.tr("Method"), QComboBox())
        self.method.setObjectName("method")
        for code, label in method_choices():
            self.method.addItem(label, code)
        self.payee = f.add_field(
            "payee_name", self.tr("Payee"), QLineEdit(view.student_name, objectName="payee")
        )
        direct = self.tr("Pay goes to the student directly, never to a parent, teacher or agent.")
        payee_hint = hint_label("payeeHint", direct)
        payee_hint.setWordWrap(False)  # one line; wrapping left a gap under it
        f.addRow("", payee_hint)
        self.payer = f.add_field(
            "payer", self.tr("Paid by"), QLineEdit(view.enterprise_name, objectName="payer")
        )
        self.deductions = DeductionsEditor()
        f.add_field("deductions", self.tr("Deductions"), self.deductions)
        self.note = f.add_field("note", self.tr("Note"), QLineEdit(objectName="note"))
        close_form(f)
        wheel_needs_focus(inner)
        self.buttons, self.general_error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, 620, 600)

    def _prefill_amount(self) -> None:
        """What is still open on the chosen period, until the officer types an amount."""
        if self._amount_typed:
            return
        start = self.period.currentData()
        chosen = next((p for p in self._view.periods if p.start == start), None)
        period = chosen or open_period(self._view, self._services.today())
        self.amount.blockSignals(True)
        set_fen(self.amount, period.outstanding_fen if period else None)
        self.amount.blockSignals(False)

    def draft(self) -> PaymentDraft:
        return PaymentDraft(
            paid_on=self.paid_on.date().toPython(),
            amount_fen=fen_of(self.amount),
            payee_name=self.payee.text(),
            method=self.method.currentData(),
            payer=text_or_none(self.payer),
            note=text_or_none(self.note),
            period_start=self.period.currentData(),
            deductions=self.deductions.lines(),
        )

    def show_violations(self, violations: list[Violation]) -> None:
        """Each message under its field; deduction lines under the deductions, by line."""
        notes, rest = [], []
        for v in violations:
            if v.field not in DEDUCTION_FIELDS:
                rest.append(v)
                continue
            text = translate_violation(v)
            line = str(v.params.get("line", ""))
            if line and v.code not in NAMES_LINE:
                text = self.tr("Line %1: %2").replace("%1", line).replace("%2", text)
            notes.append(("deductions", text, v.severity))
        unplaced = self.form.show_violations(rest, notes)
        self.general_error.setText(translate_error(ValidationFailed(unplaced)) if unplaced else "")
        self.general_error.setVisible(bool(unplaced))

    def save(self) -> None:
        try:
            self.recorded = self._services.pay.record_payment(self._view.placement_id, self.draft())
        except ValidationFailed as exc:
            self.form.reveal_all()
            self.show_violations(exc.violations)
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()
