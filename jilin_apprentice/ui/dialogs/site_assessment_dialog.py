"""Record an enterprise's on-site assessment (R-ENT-1, REG-2021 Art 7).

The validity defaults to the school's setting (reference key `site_assessment`.valid_months)
and follows the assessment date until the officer changes it by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.visit_dto import AssessmentDraft, AssessmentRow
from jilin_apprentice.ui.dialogs.policy_dialog import date_edit
from jilin_apprentice.ui.dialogs.visit_dialog import FormDialog
from jilin_apprentice.ui.widgets.form_fields import hint_label, text_or_none
from jilin_apprentice.ui.widgets.validated_form import ValidatedForm


class SiteAssessmentDialog(FormDialog):
    def __init__(
        self, services: Services, enterprise_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SiteAssessmentDialog")
        self.setWindowTitle(self.tr("Record site assessment"))
        self._services = services
        self.saved: AssessmentRow | None = None
        inner = QWidget()
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        f.addRow(
            hint_label(
                "assessmentHint",
                self.tr(
                    "Before the first post internship at a unit the school assesses it on site: "
                    "qualification, credit, management, posts, working hours, working and living "
                    "environment, health and safety (REG-2021 Art 7, R-ENT-1)."
                ),
            )
        )
        self.enterprise = f.add_field(
            "enterprise_id", self.tr("Enterprise"), QComboBox(objectName="enterprise")
        )
        for c in services.visits.enterprise_choices():
            self.enterprise.addItem(c.label, c.id)
        self.enterprise.setCurrentIndex(max(0, self.enterprise.findData(enterprise_id)))
        today = services.today()
        self.assessed = f.add_field(
            "assessed_on", self.tr("Assessed on"), date_edit("assessed", today)
        )
        self.assessor = f.add_field(
            "assessor", self.tr("Assessed by"), QLineEdit(objectName="assessor")
        )
        self.assessor.setMaxLength(60)
        self.passed = QCheckBox(self.tr("Passed"), objectName="passed")
        self.passed.setChecked(True)
        f.addRow("", self.passed)
        self.valid = f.add_field(
            "valid_until",
            self.tr("Valid until"),
            date_edit("validUntil", services.visits.default_valid_until(today)),
        )
        self._valid_by_hand = False
        self.valid.dateChanged.connect(lambda *_: setattr(self, "_valid_by_hand", True))
        self.assessed.dateChanged.connect(lambda *_: self._follow())
        self.report = f.add_field(
            "report", self.tr("Assessment report"), QLineEdit(objectName="report")
        )
        self.report.setPlaceholderText(self.tr("File name or archive number of the report"))
        self.report.setMaxLength(260)
        self.notes = f.add_field("notes", self.tr("Notes"), QPlainTextEdit(objectName="notes"))
        self.notes.setFixedHeight(60)
        self._frame(inner, 560, 480)

    def _follow(self) -> None:
        if self._valid_by_hand:
            return
        until = self._services.visits.default_valid_until(self.assessed.date().toPython())
        self.valid.blockSignals(True)
        self.valid.setDate(QDate(until))
        self.valid.blockSignals(False)

    def draft(self) -> AssessmentDraft:
        return AssessmentDraft(
            enterprise_id=self.enterprise.currentData(),
            assessed_on=self.assessed.date().toPython(),
            assessor=self.assessor.text(),
            passed=self.passed.isChecked(),
            report=self.report.text().strip() or None,
            notes=text_or_none(self.notes),
            valid_until=self.valid.date().toPython(),
        )

    def save(self) -> None:
        try:
            self.saved = self._services.visits.record_assessment(self.draft())
        except DomainError as exc:
            self._refused(exc)
            return
        self.accept()
