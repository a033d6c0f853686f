"""The placement editor: the form on the left, the rule results on the right, live as the officer
types; each result names its field and a click takes the cursor there."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import (
    ConflictError,
    DomainError,
    RuleBlocked,
    ValidationFailed,
)
from jilin_apprentice.domain.rules.model import Finding
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.services.placements import EditorContext
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.dialogs.conflict import ask_reload
from jilin_apprentice.ui.dialogs.placement_actions import (
    AgreementDialog,
    ChangePostDialog,
    TerminateDialog,
)
from jilin_apprentice.ui.dialogs.placement_form import PlacementForm
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.finding_text import finding_text, rule_title, severity_text
from jilin_apprentice.ui.widgets.form_frame import error_label, fit_to_screen

COLOURS = {"block": "#b00020", "warn": "#8a6d00", "info": "#555555"}
ORDER = {"block": 0, "warn": 1, "info": 2}
# what the pay schedule is computed from: a change rebuilds a stored schedule (issue 4)
PAY_SCHEDULE_FIELDS = (
    "start_date",
    "end_date",
    "pay_amount_fen",
    "pay_unit",
    "payday",
    "days_per_week",
    "hours_per_day_x10",
)
NEXT = {"draft": ("approved",), "approved": ("active", "draft"), "active": ("completed",)}


class PlacementDialog(QDialog):
    """New placement (placement_id None, optionally prefilled) or an existing one."""

    def __init__(
        self,
        services: Services,
        placement_id: int | None = None,
        *,
        initial: PlacementDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PlacementDialog")
        self._services = services
        self.placement_id = placement_id
        self.changed = False
        self._version = 0
        self.status = "draft"
        self._context: EditorContext | None = None
        self.findings: list[Finding] = []
        self.last_check_ms = 0.0
        self._validate_timer = QTimer(self, singleShot=True, interval=150)
        self._validate_timer.timeout.connect(self.revalidate)
        self._build()
        if placement_id is not None:
            self._load()
        else:
            self.form.set_draft(
                initial or PlacementDraft(start_date=services.today(), end_date=services.today())
            )
        self._update_buttons()
        self.form.changed.connect(self._on_change)
        self.form.subject_changed.connect(self.reload_context)
        self.reload_context()
        fit_to_screen(self, 1180, 720)

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.form = PlacementForm(self._services)
        self.header = QLabel(objectName="header")
        self.header.setWordWrap(True)
        self.findings_list = QListWidget(objectName="findings")
        self.findings_list.setWordWrap(True)
        self.findings_list.setSpacing(3)
        self.findings_list.itemActivated.connect(self._go_to_field)
        self.findings_list.itemClicked.connect(self._go_to_field)
        self.summary = QLabel(objectName="ruleSummary")
        self.summary.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Rule check (REG-2021)")))
        side_layout.addWidget(self.summary)
        side_layout.addWidget(self.findings_list, 1)
        splitter = QSplitter()
        splitter.addWidget(self.form)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        actions = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("approved", self.tr("Approve")),
            ("active", self.tr("Start")),
            ("completed", self.tr("Complete")),
            ("draft", self.tr("Back to draft")),
            ("terminated", self.tr("Terminate…")),
            ("agreement", self.tr("Signed agreement…")),
            ("change_post", self.tr("Change post…")),
        ):
            button = QPushButton(text, objectName=f"action_{key}")
            button.clicked.connect(lambda _c=False, k=key: self._action(k))
            actions.addWidget(button)
            self.action_buttons[key] = button
        actions.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        self.general_error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)

    def _load(self) -> None:
        assert self.placement_id is not None
        detail = self._services.placements.get(self.placement_id)
        self._version, self.status = detail.version, detail.status
        self.form.set_draft(detail.draft, detail.student_name, detail.enterprise_name)
        self.form.student.setEnabled(False)
        self.form.enterprise.setEnabled(detail.status == "draft")
        closed = detail.status in ("completed", "terminated")
        self.form.setEnabled(not closed)
        self.setWindowTitle(self.tr("Placement: %1").replace("%1", detail.student_name))
        agreement = (
            self.tr("agreement %1 signed").replace("%1", detail.agreement_number or "")
            if detail.agreement_signed
            else self.tr("no signed agreement")
        )
        parts = [
            f"<b>{detail.student_name}</b> · {detail.enterprise_name} · {detail.post_title}",
            self.tr("Status: %1").replace("%1", labels.placement_status(detail.status)),
            agreement,
        ]
        if detail.termination_reason:
            parts.append(self.tr("Reason: %1").replace("%1", detail.termination_reason))
        if detail.history:
            earlier = "; ".join(
                f"{h.enterprise_name} · {h.post_title} ({h.from_date}–{h.to_date})"
                for h in detail.history
            )
            parts.append(self.tr("Earlier posts: %1").replace("%1", earlier))
        self.header.setText(" — ".join(parts))

    def _update_buttons(self) -> None:
        stored = self.placement_id is not None
        allowed = NEXT.get(self.status, ())
        for key, button in self.action_buttons.items():
            if key in ("approved", "active", "completed", "draft"):
                button.setVisible(stored and key in allowed)
            elif key == "terminated":
                button.setVisible(stored and self.status not in ("completed", "terminated"))
            else:
                button.setVisible(stored and self.status not in ("completed", "terminated"))
        if not stored:
            self.setWindowTitle(self.tr("New placement"))
            self.header.setText(self.tr("New placement (saved as a draft)"))

    # --- live rule check ----------------------------------------------------------------
    def reload_context(self) -> None:
        draft = self.form.draft()
        self._context = self._services.placements.context(draft, self.placement_id, self.status)
        self.recheck()
        self._validate_timer.start()

    def _on_change(self) -> None:
        self.recheck()
        self._validate_timer.start()

    def recheck(self) -> None:
        """Re-run every rule on the form as it stands (pure, from the loaded context)."""
        began = time.perf_counter()
        draft = self.form.draft()
        self.findings = sorted(
            self._services.placements.evaluate(draft, self._context),
            key=lambda f: ORDER.get(f.severity, 3),
        )
        self._show_findings()
        self.last_check_ms = (time.perf_counter() - began) * 1000

    def _show_findings(self) -> None:
        self.findings_list.clear()
        for f in self.findings:
            text = f"{severity_text(f.severity)} · {f.rule_id} {rule_title(f.rule_id)}\n"
            text += finding_text(f.rule_id, f.field, f.params, f.severity)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, f.field)
            item.setForeground(QBrush(QColor(COLOURS.get(f.severity, "#000"))))
            self.findings_list.addItem(item)
        for index, form in enumerate(self.form.forms):  # a count on each tab with findings
            title = self.form.tab_titles[index]
            here = sum(form.has_field(f.field) for f in self.findings)
            self.form.setTabText(index, f"{title} ({here})" if here else title)
        blocks = sum(f.severity == "block" for f in self.findings)
        warns = sum(f.severity == "warn" for f in self.findings)
        if not self.findings:
            self.summary.setText(self.tr("No rule stands in the way."))
        else:
            self.summary.setText(
                self.tr("%1 blocking, %2 warnings")
                .replace("%1", str(blocks))
                .replace("%2", str(warns))
            )

    def revalidate(self) -> None:
        violations = self._services.placements.validate(self.form.draft(), self.placement_id)
        # under the field a one-line pointer; the full text with figures is in the side panel
        notes = [
            (
                f.field,
                f"{severity_text(f.severity)} · {f.rule_id} {rule_title(f.rule_id)}",
                f.severity,
            )
            for f in self.findings
        ]
        for form in self.form.forms:
            form.show_violations(violations, notes)

    def _go_to_field(self, item: QListWidgetItem) -> None:
        field = item.data(Qt.ItemDataRole.UserRole)
        if field == "agreement":
            self.action_buttons["agreement"].setFocus()
        elif field == "insurance":
            self.findings_list.setToolTip(
                self.tr("Insurance cover is recorded under Insurance (policies and coverage).")
            )
        else:
            self.form.focus_field(field)

    # --- saving and actions -------------------------------------------------------------
    def save(self) -> bool:
        self.general_error.setVisible(False)
        draft = self.form.draft()
        try:
            if self.placement_id is None:
                self.placement_id = self._services.placements.create(draft)
            else:
                before = self._services.placements.get(self.placement_id).draft
                self._services.placements.update(self.placement_id, draft, version=self._version)
                if any(getattr(before, k) != getattr(draft, k) for k in PAY_SCHEDULE_FIELDS):
                    self._services.pay.refresh_if_stored(self.placement_id)
        except ValidationFailed as exc:
            for form in self.form.forms:
                form.reveal_all()
                form.show_violations(exc.violations)
            self._fail(translate_error(exc))
            return False
        except ConflictError:
            self._conflict()
            return False
        except DomainError as exc:
            self._fail(translate_error(exc))
            return False
        self.changed = True
        self._load()
        self._update_buttons()
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def _conflict(self) -> None:
        """Someone else saved first: reload (dropping this officer's edits) or keep editing."""
        if ask_reload(self):
            self._fail("")
            self._load()
            self._update_buttons()
        else:
            self._fail(translate_error(ConflictError("record.conflict")))

    def _fail(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def _action(self, key: str) -> None:
        if not self.save():
            return
        assert self.placement_id is not None
        today = self._services.today()
        flow = self._services.workflow
        try:
            if key == "terminated":
                dialog = TerminateDialog(self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                flow.transition(
                    self.placement_id,
                    key,
                    version=self._version,
                    reason=dialog.reason.toPlainText(),
                )
            elif key == "agreement":
                dialog = AgreementDialog(today, self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                flow.record_paper_agreement(
                    self.placement_id, dialog.number.text(), dialog.signed_on.date().toPython()
                )
            elif key == "change_post":
                dialog = ChangePostDialog(self._services, today, self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                flow.change_post(
                    self.placement_id,
                    version=self._version,
                    post_id=dialog.post.currentData(),
                    mentor_id=dialog.mentor.currentData(),
                    change_date=dialog.change_date.date().toPython(),
                    reason=dialog.reason.text(),
                )
            else:
                flow.transition(self.placement_id, key, version=self._version)
        except RuleBlocked as exc:
            lines = [finding_text(f.rule_id, f.field, f.params, f.severity) for f in exc.findings]
            self._fail(translate_error(exc) + "\n" + "\n".join(f"• {line}" for line in lines))
            return
        except ConflictError:
            self._conflict()
            return
        except DomainError as exc:
            self._fail(translate_error(exc))
            return
        self.changed = True
        self._load()
        self._update_buttons()
        self.reload_context()
