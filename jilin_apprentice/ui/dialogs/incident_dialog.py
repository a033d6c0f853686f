"""Record or edit an incident and its claim; the placement is found by typing the student's name.

The injury is health data (PIPL): it is entered here and nowhere else shows it. The policy in
force that day is looked up by the service when the incident is saved.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from jilin_apprentice.domain.errors import ConflictError, DomainError, ValidationFailed, Violation
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.incidents import CLAIM_STATUSES
from jilin_apprentice.services.insurance_dto import IncidentDraft, IncidentView
from jilin_apprentice.ui.dialogs.policy_dialog import MAX_POLICY_YUAN, close_form, date_edit
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import claim_status_label, cover_text
from jilin_apprentice.ui.widgets.form_fields import (
    ERROR_STYLE,
    fen_of,
    hint_label,
    money_spin,
    set_fen,
    text_or_none,
    wheel_needs_focus,
    with_hint,
)
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog
from jilin_apprentice.ui.widgets.search_picker import SearchPicker
from jilin_apprentice.ui.widgets.validated_form import ValidatedForm

MATCHES = 30


class IncidentDialog(QDialog):
    """New incident (optionally for a given placement) or an existing one."""

    def __init__(
        self,
        services: Services,
        incident: IncidentView | None = None,
        *,
        placement_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("IncidentDialog")
        self._services = services
        self._incident = incident
        self.saved: IncidentView | None = None
        self.setWindowTitle(self.tr("Edit incident") if incident else self.tr("New incident"))
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.revalidate)
        self._build()
        if incident is not None:
            self._fill(incident)
            self.form.reveal_all()
        elif placement_id is not None:
            self._choose(placement_id)
        for signal in (
            self.placement.picked,
            self.occurred.dateChanged,
            self.description.textChanged,
            self.reported_box.toggled,
            self.reported.dateChanged,
            self.claim_no.textChanged,
            self.status.currentIndexChanged,
            self.claimed.valueChanged,
            self.paid.valueChanged,
        ):
            signal.connect(lambda *_: self._timer.start())
        self.reported_box.toggled.connect(self.reported.setEnabled)
        self.revalidate()

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        inner = QWidget(objectName="incidentForm")
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        self.cover = QLabel(objectName="cover")
        self.cover.setWordWrap(True)
        f.addRow(self.tr("Policy in force"), self.cover)
        self.placement = SearchPicker(
            "placement", self._search, self.tr("Student, class or enterprise")
        )
        self.chosen = hint_label("chosenPlacement")  # the whole choice: the combo cuts it short
        f.add_field("placement_id", self.tr("Placement"), with_hint(self.placement, self.chosen))
        self.chosen.hide()
        self.placement.picked.connect(
            lambda _id: self._show_chosen(self.placement.combo.currentText())
        )
        today = self._services.today()
        self.occurred = f.add_field("occurred_on", self.tr("Date"), date_edit("occurred", today))
        self.description = f.add_field(
            "description", self.tr("What happened"), QPlainTextEdit(objectName="description")
        )
        self.description.setFixedHeight(60)
        self.injury = QPlainTextEdit(objectName="injury")
        self.injury.setFixedHeight(48)
        privacy = self.tr("Health data: shown only in this form, never in lists or exports.")
        f.add_field(
            "injury", self.tr("Injury"), with_hint(self.injury, hint_label("injuryHint", privacy))
        )
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.reported_box = QCheckBox(self.tr("Reported"), objectName="reportedBox")
        self.reported = date_edit("reported", today)
        self.reported.setEnabled(False)
        row.addWidget(self.reported_box)
        row.addWidget(self.reported, 1)
        f.add_field("reported_to_insurer_on", self.tr("Reported to the insurer"), box)
        self.claim_no = f.add_field(
            "claim_no", self.tr("Claim number"), QLineEdit(objectName="claimNo")
        )
        self.claim_no.setMaxLength(60)
        self.status = f.add_field("claim_status", self.tr("Claim status"), QComboBox())
        self.status.setObjectName("claimStatus")
        self.status.addItem(self.tr("(none)"), None)
        for code in CLAIM_STATUSES:
            self.status.addItem(claim_status_label(code), code)
        self.claimed = f.add_field(
            "amount_claimed_fen", self.tr("Amount claimed"), money_spin("claimed")
        )
        self.paid = f.add_field("amount_paid_fen", self.tr("Amount paid"), money_spin("paid"))
        for spin in (self.claimed, self.paid):
            spin.setMaximum(MAX_POLICY_YUAN)
        close_form(f)
        wheel_needs_focus(inner)
        self.buttons, self.general_error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, 640, 560)

    def _search(self, text: str) -> list[tuple[int, str]]:
        rows = self._services.placements.list(search=text, limit=MATCHES)
        return [
            (
                r.id,
                f"{r.student_name} · {r.class_name} · {r.enterprise_name} · "
                f"{r.start_date} – {r.end_date}",
            )
            for r in rows
        ]

    def _choose(self, placement_id: int) -> None:
        try:
            d = self._services.placements.get(placement_id)
            period = f"{d.draft.start_date} – {d.draft.end_date}"
            label = f"{d.student_name} · {d.enterprise_name} · {period}"
        except DomainError:
            label = str(placement_id)
        self.placement.set_choice(placement_id, label)
        self._show_chosen(label)

    def _show_chosen(self, text: str) -> None:
        self.chosen.setText(text)
        self.chosen.setVisible(bool(text))

    def _fill(self, v: IncidentView) -> None:
        d = v.draft
        if d.placement_id is not None:
            self._choose(d.placement_id)
        if d.occurred_on:
            self.occurred.setDate(QDate(d.occurred_on))
        self.description.setPlainText(d.description)
        self.injury.setPlainText(d.injury or "")
        self.reported_box.setChecked(d.reported_to_insurer_on is not None)
        self.reported.setEnabled(d.reported_to_insurer_on is not None)
        if d.reported_to_insurer_on:
            self.reported.setDate(QDate(d.reported_to_insurer_on))
        self.claim_no.setText(d.claim_no or "")
        self.status.setCurrentIndex(max(0, self.status.findData(d.claim_status)))
        set_fen(self.claimed, d.amount_claimed_fen)
        set_fen(self.paid, d.amount_paid_fen)
        self._show_cover(v)

    def _show_cover(self, v: IncidentView | None) -> None:
        if v is None:
            self.cover.setText(self.tr("Looked up for the date when the incident is saved."))
            return
        text = html.escape(cover_text(v))
        self.cover.setText(text if v.liability_in_force else f"<b>{text}</b>")
        self.cover.setStyleSheet("" if v.liability_in_force else ERROR_STYLE)

    # --- behaviour ---------------------------------------------------------------------------
    def draft(self) -> IncidentDraft:
        reported = self.reported.date().toPython() if self.reported_box.isChecked() else None
        return IncidentDraft(
            placement_id=self.placement.value(),
            occurred_on=self.occurred.date().toPython(),
            description=self.description.toPlainText(),
            injury=text_or_none(self.injury),
            reported_to_insurer_on=reported,
            claim_no=self.claim_no.text().strip() or None,
            claim_status=self.status.currentData(),
            amount_claimed_fen=fen_of(self.claimed),
            amount_paid_fen=fen_of(self.paid),
        )

    def _show(self, violations: list[Violation]) -> None:
        unplaced = self.form.show_violations(violations)
        self.general_error.setText(translate_error(ValidationFailed(unplaced)) if unplaced else "")
        self.general_error.setVisible(bool(unplaced))

    def revalidate(self) -> None:
        if self._incident is None:
            self._show_cover(None)
        violations = self._services.incidents.validate(self.draft())
        self._show(violations)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not any(v.severity == "block" for v in violations))

    def save(self) -> None:
        self._timer.stop()
        service = self._services.incidents
        try:
            if self._incident is None:
                self.saved = service.record(self.draft())
            else:
                version = self._incident.version
                self.saved = service.update(self._incident.id, self.draft(), version=version)
        except ValidationFailed as exc:
            self.form.reveal_all()
            self._show(exc.violations)
            return
        except ConflictError as exc:
            Dialogs.warning(self, self.tr("Not saved"), translate_error(exc))
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()
