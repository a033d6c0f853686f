"""Record or edit one month's mentor allowance (R-APP-9) or part-time-teacher pay (seed §(20)).

The service checks as the officer types (a duplicate month, teaching pay for someone who is not
a part-time teacher, a date ahead); OK stays open on refusal and names the field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.domain.mentor_load import MAX_HOURS
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.mentor_dto import MentorLoadRow, PaymentDraft, PaymentRow
from jilin_apprentice.ui.dialogs.policy_dialog import close_form, date_edit
from jilin_apprentice.ui.widgets.form_fields import fen_of, money_spin, set_fen, wheel_needs_focus
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog
from jilin_apprentice.ui.widgets.validated_form import CheckedSave, ValidatedForm

PAY_KINDS = ("allowance", "teaching")


def pay_kind_label(code: str) -> str:
    return {
        "allowance": QCoreApplication.translate("MentorLabels", "Mentor allowance"),
        "teaching": QCoreApplication.translate("MentorLabels", "Part-time teaching pay"),
    }.get(code, code)


def month_edit(name: str, day: dt.date) -> QDateEdit:
    edit = date_edit(name, day)
    edit.setDisplayFormat("yyyy-MM")
    return edit


class MentorPaymentDialog(CheckedSave, QDialog):
    """New pay record (optionally for a given person and month) or an existing one."""

    def __init__(
        self,
        services: Services,
        payment: PaymentRow | None = None,
        *,
        staff_id: int | None = None,
        month: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MentorPaymentDialog")
        self._services = services
        self._payment = payment
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit pay record") if payment else self.tr("New pay record"))
        self._people: dict[int, MentorLoadRow] = {r.id: r for r in services.mentors.loads()}
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.revalidate)
        self._build(month or services.today())
        if payment is not None:
            self._fill(payment.draft)
            self.form.reveal_all()
        elif staff_id is not None:
            self.staff.setCurrentIndex(max(0, self.staff.findData(staff_id)))
        self.staff.currentIndexChanged.connect(lambda _i: self._prefill())
        self.kind.currentIndexChanged.connect(lambda _i: self._prefill())
        for signal in (
            self.staff.currentIndexChanged,
            self.kind.currentIndexChanged,
            self.month.dateChanged,
            self.amount.valueChanged,
            self.hours.valueChanged,
            self.paid_box.toggled,
            self.paid_on.dateChanged,
            self.payer.textChanged,
            self.note.textChanged,
        ):
            signal.connect(lambda *_: self._timer.start())
        self.paid_box.toggled.connect(self.paid_on.setEnabled)
        if payment is None:
            self._prefill()
        self.revalidate()

    def _build(self, month: dt.date) -> None:
        inner = QWidget(objectName="paymentForm")
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        self.staff = f.add_field("staff_id", self.tr("Mentor or teacher"), QComboBox())
        self.staff.setObjectName("staff")
        self.staff.addItem(self.tr("(choose)"), None)
        for row in sorted(self._people.values(), key=lambda r: (r.kind, r.name)):
            where = row.enterprise_name or self.tr("School")
            self.staff.addItem(f"{row.name} · {where}", row.id)
        self.kind = f.add_field("pay_kind", self.tr("Kind of pay"), QComboBox())
        self.kind.setObjectName("kind")
        for code in PAY_KINDS:
            self.kind.addItem(pay_kind_label(code), code)
        self.month = f.add_field("month", self.tr("Month"), month_edit("month", month))
        self.amount = f.add_field("amount_fen", self.tr("Amount"), money_spin("amount"))
        self.hours = f.add_field("teaching_hours", self.tr("Teaching hours"), QSpinBox())
        self.hours.setObjectName("hours")
        self.hours.setRange(0, MAX_HOURS)
        self.hours.setSpecialValueText(self.tr("not recorded"))
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.paid_box = QCheckBox(self.tr("Paid"), objectName="paidBox")
        self.paid_on = date_edit("paidOn", self._services.today())
        self.paid_on.setEnabled(False)
        row.addWidget(self.paid_box)
        row.addWidget(self.paid_on, 1)
        f.add_field("paid_on", self.tr("Paid on"), box)
        self.payer = f.add_field("payer", self.tr("Paid by"), QLineEdit(objectName="payer"))
        self.payer.setMaxLength(60)
        self.payer.setPlaceholderText(
            self.tr("The enterprise pays the allowance; the school pays teaching")
        )
        self.note = f.add_field("note", self.tr("Note"), QLineEdit(objectName="note"))
        self.note.setMaxLength(200)
        close_form(f)
        wheel_needs_focus(inner)
        self.buttons, self.general_error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, 520, 480)

    def _fill(self, d: PaymentDraft) -> None:
        self.staff.setCurrentIndex(max(0, self.staff.findData(d.staff_id)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        if d.month:
            self.month.setDate(QDate(d.month))
        set_fen(self.amount, d.amount_fen)
        self.hours.setValue(d.hours or 0)
        self.paid_box.setChecked(d.paid_on is not None)
        self.paid_on.setEnabled(d.paid_on is not None)
        if d.paid_on:
            self.paid_on.setDate(QDate(d.paid_on))
        self.payer.setText(d.payer or "")
        self.note.setText(d.note or "")

    def _prefill(self) -> None:
        """A new allowance takes the person's monthly amount and their enterprise as payer."""
        person = self._people.get(self.staff.currentData() or -1)
        if self._payment is not None or person is None:
            return
        if self.kind.currentData() == "allowance":
            if person.monthly_allowance_fen:
                set_fen(self.amount, person.monthly_allowance_fen)
            if person.enterprise_name:
                self.payer.setText(person.enterprise_name[:60])
        elif self.payer.text() == (person.enterprise_name or "")[:60]:
            self.payer.setText(self.tr("School"))

    def draft(self) -> PaymentDraft:
        paid = self.paid_on.date().toPython() if self.paid_box.isChecked() else None
        return PaymentDraft(
            staff_id=self.staff.currentData(),
            month=self.month.date().toPython(),
            kind=self.kind.currentData(),
            amount_fen=fen_of(self.amount),
            hours=self.hours.value() or None,
            paid_on=paid,
            payer=self.payer.text().strip() or None,
            note=self.note.text().strip() or None,
        )

    def _id(self) -> int | None:
        return self._payment.id if self._payment is not None else None

    def _validate(self, draft: Any) -> list[Violation]:
        return self._services.mentors.validate_payment(draft, self._id())

    def _store(self, draft: Any) -> int:
        return self._services.mentors.save_payment(draft, self._id())


class MonthDialog(QDialog):
    """Ask for the month to generate allowances for."""

    def __init__(self, month: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MonthDialog")
        self.setWindowTitle(self.tr("Generate allowances"))
        inner = QWidget()
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        self.month = f.add_field("month", self.tr("Month"), month_edit("month", month))
        self.paid_box = QCheckBox(self.tr("Already paid on"), objectName="paidBox")
        self.paid_on = date_edit("paidOn", month)
        self.paid_on.setEnabled(False)
        self.paid_box.toggled.connect(self.paid_on.setEnabled)
        f.addRow(self.paid_box, self.paid_on)
        self.buttons, self.general_error = frame_dialog(self, inner, self.accept, scroll=False)
        fit_to_screen(self, 380, 200)

    def chosen(self) -> tuple[dt.date, dt.date | None]:
        paid = self.paid_on.date().toPython() if self.paid_box.isChecked() else None
        return self.month.date().toPython(), paid
