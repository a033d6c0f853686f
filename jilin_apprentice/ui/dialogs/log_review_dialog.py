"""Review a submitted weekly log (approve, or return with a comment), and preview an import.

Only the placement's enterprise mentor or school supervisor (or the apprentice's mentors) are
offered as reviewers; the service refuses anyone else all the same.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError, ValidationFailed, Violation
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.logbook_dto import ImportRow, LogEntryView
from jilin_apprentice.ui.dialogs.log_entry_dialog import days_text
from jilin_apprentice.ui.errors import translate_error, translate_violation
from jilin_apprentice.ui.widgets.form_fields import hint_label, with_hint
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog
from jilin_apprentice.ui.widgets.validated_form import ValidatedForm


class LogReviewDialog(QDialog):
    """`approve=True`: approve (comment optional); else return (comment required)."""

    def __init__(
        self, services: Services, view: LogEntryView, approve: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LogReviewDialog")
        self._services, self._view, self._approve = services, view, approve
        self.setWindowTitle(
            self.tr("Approve log entry") if approve else self.tr("Return log entry")
        )
        r = view.row
        inner = QWidget(objectName="logReviewForm")
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        f.addRow(self.tr("Student"), QLabel(f"{r.student_name} · {r.class_name}"))
        f.addRow(self.tr("Week"), QLabel(f"{r.week_start}"))
        days = QLabel(days_text(view.days))
        f.addRow(self.tr("Days"), days)
        text = QPlainTextEdit(view.text, objectName="text")
        text.setReadOnly(True)
        text.setMinimumHeight(120)
        f.addRow(self.tr("Log text"), text)
        self.reviewer = f.add_field("log_reviewer", self.tr("Reviewer"), QComboBox())
        self.reviewer.setObjectName("reviewer")
        for staff_id, name in view.reviewers:
            self.reviewer.addItem(name, staff_id)
        self.comment = QPlainTextEdit(objectName="comment")
        self.comment.setFixedHeight(70)
        hint = hint_label("commentHint", self.tr("Say what the learner should change."))
        hint.setVisible(not approve)
        f.add_field("log_comment", self.tr("Review comment"), with_hint(self.comment, hint))
        self.buttons, self.general_error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, 620, 600)

    def save(self) -> None:
        svc, entry = self._services.logbook, self._view.row.id
        reviewer, comment = self.reviewer.currentData(), self.comment.toPlainText()
        try:
            if self._approve:
                svc.approve(entry, reviewer, comment)
            else:
                svc.return_entry(entry, reviewer, comment)
        except ValidationFailed as exc:
            self.form.reveal_all()
            self._show(exc.violations)
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()

    def _show(self, violations: list[Violation]) -> None:
        unplaced = self.form.show_violations(violations)
        self.general_error.setText(translate_error(ValidationFailed(unplaced)) if unplaced else "")
        self.general_error.setVisible(bool(unplaced))


class LogImportDialog(QDialog):
    """Each row of the sheet with its status and reasons; OK imports the good rows."""

    def __init__(self, rows: list[ImportRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LogImportDialog")
        self.setWindowTitle(self.tr("Import weekly logs"))
        bad = sum(1 for r in rows if not r.ok)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        summary = self.tr("%1 row(s) can be imported, %2 cannot.")
        layout.addWidget(
            QLabel(summary.replace("%1", str(len(rows) - bad)).replace("%2", str(bad)))
        )
        self.table = QTableWidget(len(rows), 5, objectName="previewTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Student"),
                self.tr("Week"),
                self.tr("Status"),
                self.tr("Reasons"),
            ]
        )
        for i, r in enumerate(rows):
            status = self.tr("OK") if r.ok else self.tr("Cannot import")
            reasons = "；".join(translate_violation(v) for v in r.reasons)
            for col, value in enumerate(
                [str(r.line), r.student, str(r.week_start or ""), status, reasons]
            ):
                self.table.setItem(i, col, QTableWidgetItem(value))
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.skip = QCheckBox(
            self.tr("Skip the rows that cannot be imported"), objectName="skipBad"
        )
        self.skip.setVisible(bad > 0)
        layout.addWidget(self.skip)
        self.buttons, self.general_error = frame_dialog(self, inner, self.accept, scroll=False)
        fit_to_screen(self, 820, 520)
