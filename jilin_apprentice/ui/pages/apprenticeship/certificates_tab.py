"""Certificates and subsidy eligibility (JL-48 §(15) / R-JL-4; APP-2021 / R-APP-8).

The register of vocational certificates, and a report of who may claim which subsidy, why, how
much, and from which rule — each rule's source and whether it has been verified are shown, so an
unverified amount (Jilin's city apprenticeship standards) is never taken for law.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from jilin_apprentice.domain import subsidies as sub
from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.certificate_dto import CertificateRow, EligibilityRow
from jilin_apprentice.ui.dialogs.certificate_record_dialog import (
    CertificateRecordDialog,
    ClaimDialog,
    level_label,
)
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import (
    Column,
    date_col,
    money_col,
    text_col,
    yuan_text,
)
from jilin_apprentice.ui.pages.insurance_page import ListTab


class CertificateTexts(QObject):
    """Column sets and labels of the tab (never subclassed, so tr() finds its context)."""

    def titles(self) -> tuple[str, str]:
        return self.tr("Certificates"), self.tr("Subsidy eligibility")

    def yes(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")

    def scheme(self, code: str) -> str:
        return {
            sub.CERTIFICATE: self.tr("Certificate subsidy"),
            sub.TECHNICIAN: self.tr("Technician training subsidy"),
            sub.APPRENTICESHIP: self.tr("Apprenticeship training subsidy (enterprise)"),
        }.get(code, code)

    def reason(self, code: str) -> str:
        return {
            sub.EMPLOYEE: self.tr("Enterprise employee with a labour contract on the issue date"),
            sub.SHORTAGE: self.tr("Employee; shortage occupation: +30 %"),
            sub.NO_CONTRACT: self.tr(
                "No labour contract: a school student is not an insured enterprise employee"
            ),
            sub.OUTSIDE_CONTRACT: self.tr("Issued outside the labour contract"),
            sub.LEVEL_NOT_COVERED: self.tr("This level is in no subsidy scheme"),
            sub.NO_RULE: self.tr("No subsidy rule is stored for that date"),
            sub.TRAINING_YEAR: self.tr("Training year of an enterprise new-type apprentice"),
            sub.PARTIAL_YEAR: self.tr("Training year cut short by the end date; the city decides"),
            sub.DRAFT: self.tr("The apprenticeship is still a draft"),
            sub.CONTRACT_UNDER_YEAR: self.tr("Labour contract shorter than a year (R-APP-4)"),
            sub.NOT_PROGRAMME: self.tr("Only enterprise new-type apprenticeships qualify"),
        }.get(code, code)

    def basis(self, r: EligibilityRow) -> str:
        if r.training_year is not None:
            text = self.tr("Training year %1 (%2 – %3)").replace("%1", str(r.training_year))
            return text.replace("%2", str(r.year_start)).replace("%3", str(r.year_end))
        return f"{r.occupation} · {level_label(r.level)} · {r.issued_on}"

    def amount(self, r: EligibilityRow) -> str:
        if r.min_fen is None:
            return ""
        if r.max_fen is None:
            return self.tr("at least %1").replace("%1", yuan_text(r.min_fen))
        return f"{yuan_text(r.min_fen)} – {yuan_text(r.max_fen)}"

    def certificates(self) -> list[Column[CertificateRow]]:
        return [
            text_col(self.tr("Student"), lambda r: r.student_name),
            text_col(self.tr("Class"), lambda r: r.class_name),
            text_col(self.tr("Occupation"), lambda r: r.draft.occupation, tip=True),
            Column(
                self.tr("Level"),
                lambda r: level_label(r.draft.level),
                key=lambda r: r.draft.level,
            ),
            text_col(self.tr("Certificate number"), lambda r: r.draft.cert_no),
            text_col(self.tr("Issued by"), lambda r: r.draft.issuer, tip=True),
            date_col(self.tr("Issued on"), lambda r: r.draft.issued_on),
            text_col(
                self.tr("Shortage occupation"),
                lambda r: self.tr("Yes") if r.draft.shortage_occupation else "",
            ),
            date_col(self.tr("Subsidy received on"), lambda r: r.subsidy_claimed_on),
            money_col(self.tr("Subsidy received"), lambda r: r.subsidy_claimed_fen),
        ]

    def eligibility(self) -> list[Column[EligibilityRow]]:
        unverified = lambda r: not r.verified  # noqa: E731
        return [
            text_col(self.tr("Student"), lambda r: r.student_name),
            text_col(self.tr("Class"), lambda r: r.class_name),
            text_col(self.tr("Enterprise"), lambda r: r.enterprise_name, tip=True),
            text_col(self.tr("Scheme"), lambda r: self.scheme(r.scheme)),
            text_col(self.tr("Basis"), self.basis, tip=True),
            Column(self.tr("Eligible"), lambda r: self.yes(r.eligible), key=lambda r: r.eligible),
            text_col(self.tr("Reason"), lambda r: self.reason(r.reason), tip=True),
            Column(
                self.tr("Amount"),
                self.amount,
                key=lambda r: r.min_fen or 0,
                cell=self.amount,
                right=True,
            ),
            text_col(self.tr("Source"), lambda r: r.source, tip=True),
            Column(self.tr("Verified"), lambda r: self.yes(r.verified), flag=unverified),
            money_col(self.tr("Received"), lambda r: r.claimed_fen),
        ]


class CertificatesList(ListTab):
    def __init__(self, page: Any, texts: CertificateTexts, owner: CertificatesTab) -> None:
        super().__init__(page, "certificates", texts.titles()[0], texts.certificates())
        self.parent_tab = owner
        self.search.setPlaceholderText(self.tr("Student, occupation or number (Ctrl+F)"))
        self.unclaimed = self.add_toggle(
            "notReceived",
            self.tr("Only without subsidy received"),
            lambda r: r.subsidy_claimed_on is None,
        )
        self.add_action(self.tr("New certificate"), self.new_certificate, "Ctrl+N")
        self.needs_row = [
            self.add_action(self.tr("Edit"), self.open_current),
            self.add_action(self.tr("Delete"), self.delete_current),
            self.add_action(self.tr("Subsidy received…"), self.record_claim),
        ]
        self.add_export()
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.proxy.modelReset.connect(self._enable)

    def fetch(self) -> list[CertificateRow]:
        return self.page.services.certificates.list()

    def _enable(self) -> None:
        for action in self.needs_row:
            action.setEnabled(self.current() is not None)

    def _after(self, saved: int | None) -> None:
        if saved is not None:
            self.parent_tab.load()
            self.select(lambda r: r.id == saved)

    def new_certificate(self, student_id: int | None = None) -> None:
        dialog = CertificateRecordDialog(self.page.services, student_id=student_id, parent=self)
        if dialog.exec():
            self._after(dialog.saved_id)

    def open_current(self) -> None:
        row = self.current()
        if row is not None:
            dialog = CertificateRecordDialog(self.page.services, row, parent=self)
            if dialog.exec():
                self._after(dialog.saved_id)

    def delete_current(self) -> None:
        row: CertificateRow | None = self.current()
        if row is None:
            return
        question = (
            self.tr("Delete the %1 certificate of %2?")
            .replace("%1", row.draft.occupation)
            .replace("%2", row.student_name)
        )
        if not Dialogs.confirm(self, self.tr("Delete certificate"), question):
            return
        try:
            self.page.services.certificates.delete(row.id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not deleted"), translate_error(exc))
        self.parent_tab.load()

    def record_claim(self) -> None:
        row: CertificateRow | None = self.current()
        if row is None:
            return
        report = {r.certificate_id: r for r in self.parent_tab.eligibility.model.rows}
        found = report.get(row.id)
        span = (
            (found.min_fen, found.max_fen) if found is not None and found.eligible else (None, None)
        )
        if ClaimDialog(self.page.services, row, span, self).exec():
            self._after(row.id)


class EligibilityList(ListTab):
    def __init__(self, page: Any, texts: CertificateTexts) -> None:
        title = texts.titles()[1]
        super().__init__(page, "subsidyEligibility", title, texts.eligibility())
        self.texts = texts
        self.search.setPlaceholderText(self.tr("Student, enterprise or occupation (Ctrl+F)"))
        self.add_toggle("eligibleOnly", self.tr("Only eligible"), lambda r: r.eligible)
        self.add_toggle(
            "unclaimedOnly",
            self.tr("Only eligible and not received"),
            lambda r: r.eligible and r.claimed_on is None,
        )
        self.add_export()

    def fetch(self) -> list[EligibilityRow]:
        return self.page.services.certificates.eligibility()

    def _key(self) -> None:
        """The notice names each rule's source and whether it is verified."""
        lines = []
        for rule in self.page.services.certificates.subsidy_rules():
            state = self.tr("verified") if rule.verified else self.tr("NOT verified")
            lines.append(f"{rule.key}: {rule.source or '—'} ({state})")
        self.show_notice("\n".join(lines))

    def load(self) -> None:
        super().load()
        self._key()


class CertificatesTab(QWidget):
    """A tab of the apprenticeships page: `title`, `load()` and `save_state()`."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.setObjectName("certificatesTab")
        self.page = page
        self.title = self.tr("Certificates")
        self.texts = CertificateTexts(self)
        self.sub = QTabWidget(objectName="certificateSubTabs")
        self.certificates = CertificatesList(page, self.texts, self)
        self.eligibility = EligibilityList(page, self.texts)
        for tab in (self.certificates, self.eligibility):
            self.sub.addTab(tab, tab.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sub)
        self.search = self.certificates.search  # the page's Ctrl+F

    def load(self) -> None:
        self.eligibility.load()
        self.certificates.load()
        for index, tab in enumerate((self.certificates, self.eligibility)):
            self.sub.setTabText(index, f"{tab.title} ({tab.model.rowCount()})")

    def save_state(self) -> None:
        for tab in (self.certificates, self.eligibility):
            tab.save_state()
