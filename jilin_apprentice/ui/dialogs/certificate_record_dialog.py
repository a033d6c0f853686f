"""Record or edit a vocational qualification certificate, and record a subsidy received for it.

(Not to be confused with certificate_dialog.py, which is about signing certificates.)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError, ValidationFailed, Violation
from jilin_apprentice.domain.money import format_yuan
from jilin_apprentice.services.certificate_dto import CertificateDraft, CertificateRow
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.dialogs.policy_dialog import MAX_POLICY_YUAN, close_form, date_edit
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.widgets.form_fields import (
    fen_of,
    hint_label,
    money_spin,
    set_fen,
    wheel_needs_focus,
    with_hint,
)
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog
from jilin_apprentice.ui.widgets.search_picker import SearchPicker
from jilin_apprentice.ui.widgets.validated_form import CheckedSave, ValidatedForm

LEVELS = ("primary", "intermediate", "advanced", "technician", "senior_technician")
COMMON_OCCUPATIONS = (
    "汽车维修工",
    "电工",
    "焊工",
    "数控车工",
    "钳工",
    "中式烹调师",
    "育婴员",
    "保育师",
    "工业机器人系统操作员",
    "电子商务师",
    "车工",
    "美容师",
)


def level_label(code: str | None) -> str:
    return {
        "primary": QCoreApplication.translate("CertificateLabels", "Primary (level 5)"),
        "intermediate": QCoreApplication.translate("CertificateLabels", "Intermediate (level 4)"),
        "advanced": QCoreApplication.translate("CertificateLabels", "Advanced (level 3)"),
        "technician": QCoreApplication.translate("CertificateLabels", "Technician (level 2)"),
        "senior_technician": QCoreApplication.translate(
            "CertificateLabels", "Senior technician (level 1)"
        ),
    }.get(code or "", code or "")


class CertificateRecordDialog(CheckedSave, QDialog):
    """New certificate (optionally for a given student) or an existing one."""

    def __init__(
        self,
        services: Services,
        row: CertificateRow | None = None,
        *,
        student_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CertificateRecordDialog")
        self._services = services
        self._row = row
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit certificate") if row else self.tr("New certificate"))
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.revalidate)
        self._build()
        if row is not None:
            self._fill(row)
            self.form.reveal_all()
        elif student_id is not None:
            choices = dict(services.certificates.student_choices(student_id=student_id))
            self.student.set_choice(student_id, choices.get(student_id, str(student_id)))
        for signal in (
            self.student.picked,
            self.occupation.textChanged,
            self.level.currentIndexChanged,
            self.cert_no.textChanged,
            self.issuer.textChanged,
            self.issued.dateChanged,
        ):
            signal.connect(lambda *_: self._timer.start())
        self.revalidate()

    def _build(self) -> None:
        inner = QWidget(objectName="certificateForm")
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        self.student = SearchPicker(
            "student", self._services.certificates.student_choices, self.tr("Name, number or class")
        )
        f.add_field("student_id", self.tr("Student"), self.student)
        self.occupation = f.add_field(
            "occupation", self.tr("Occupation"), QLineEdit(objectName="occupation")
        )
        self.occupation.setMaxLength(120)
        self.occupation.setCompleter(QCompleter(list(COMMON_OCCUPATIONS), self))
        self.level = f.add_field("cert_level", self.tr("Level"), QComboBox())
        self.level.setObjectName("level")
        for code in LEVELS:
            self.level.addItem(level_label(code), code)
        self.cert_no = f.add_field(
            "cert_no", self.tr("Certificate number"), QLineEdit(objectName="certNo")
        )
        self.cert_no.setMaxLength(60)
        self.issuer = f.add_field("issuer", self.tr("Issued by"), QLineEdit(objectName="issuer"))
        self.issuer.setMaxLength(120)
        today = self._services.today()
        self.issued = f.add_field("issued_on", self.tr("Issued on"), date_edit("issued", today))
        self.shortage = QCheckBox(self.tr("Shortage occupation (紧缺急需)"), objectName="shortage")
        hint = hint_label(
            "shortageHint",
            self.tr(
                "The certificate subsidy rises by 30 % for shortage occupations (JL-48 §(15))."
            ),
        )
        f.addRow("", with_hint(self.shortage, hint))
        close_form(f)
        wheel_needs_focus(inner)
        self.buttons, self.general_error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, 560, 460)

    def _fill(self, row: CertificateRow) -> None:
        d = row.draft
        label = " · ".join(p for p in (row.student_name, row.student_no, row.class_name) if p)
        self.student.set_choice(d.student_id, label)
        self.occupation.setText(d.occupation)
        self.level.setCurrentIndex(max(0, self.level.findData(d.level)))
        self.cert_no.setText(d.cert_no or "")
        self.issuer.setText(d.issuer)
        if d.issued_on:
            self.issued.setDate(QDate(d.issued_on))
        self.shortage.setChecked(d.shortage_occupation)

    def draft(self) -> CertificateDraft:
        return CertificateDraft(
            student_id=self.student.value(),
            occupation=self.occupation.text(),
            level=self.level.currentData(),
            issuer=self.issuer.text(),
            issued_on=self.issued.date().toPython(),
            cert_no=self.cert_no.text().strip() or None,
            shortage_occupation=self.shortage.isChecked(),
        )

    def _id(self) -> int | None:
        return self._row.id if self._row is not None else None

    def _validate(self, draft: Any) -> list[Violation]:
        return self._services.certificates.validate(draft, self._id())

    def _store(self, draft: Any) -> int:
        return self._services.certificates.save(draft, self._id())


class ClaimDialog(QDialog):
    """The subsidy was received: on which day and how much (the eligible range as a hint)."""

    def __init__(
        self,
        services: Services,
        row: CertificateRow,
        eligible: tuple[int | None, int | None] = (None, None),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ClaimDialog")
        self._services, self._row = services, row
        self.setWindowTitle(self.tr("Subsidy received"))
        inner = QWidget()
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        what = f"{row.student_name} · {row.draft.occupation} · {level_label(row.draft.level)}"
        f.addRow(self.tr("Certificate"), QLabel(what))
        day = row.subsidy_claimed_on or services.today()
        self.claimed_on = f.add_field(
            "claimed_on", self.tr("Received on"), date_edit("claimedOn", day)
        )
        self.amount = money_spin("claimedAmount")
        self.amount.setMaximum(MAX_POLICY_YUAN)
        low, high = eligible
        set_fen(self.amount, row.subsidy_claimed_fen or low)
        hint = hint_label("rangeHint")
        if low is not None:
            span = f"¥{format_yuan(low)}" + (f" – ¥{format_yuan(high)}" if high else "")
            hint.setText(self.tr("Eligible amount: %1").replace("%1", span))
        else:
            hint.setText(self.tr("The eligibility report finds no subsidy for this certificate."))
        f.add_field("claimed_fen", self.tr("Amount received"), with_hint(self.amount, hint))
        self.buttons, self.general_error = frame_dialog(self, inner, self.save, scroll=False)
        fit_to_screen(self, 460, 260)

    def chosen(self) -> tuple[dt.date, int | None]:
        return self.claimed_on.date().toPython(), fen_of(self.amount)

    def save(self) -> None:
        day, fen = self.chosen()
        try:
            self._services.certificates.mark_claimed(self._row.id, day, fen)
        except ValidationFailed as exc:
            self.form.reveal_all()
            unplaced = self.form.show_violations(exc.violations)
            self.general_error.setText(
                translate_error(ValidationFailed(unplaced)) if unplaced else ""
            )
            self.general_error.setVisible(bool(unplaced))
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()
