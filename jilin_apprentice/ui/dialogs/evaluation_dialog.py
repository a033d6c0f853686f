"""One side's evaluation of a placement: the rubric with a 0–100 score per criterion and the
weighted score shown as it is typed (R-EVAL-1, REG-2021 Art 27).

The criteria and weights are reference data; known keys are shown translated, others by key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QSpinBox, QWidget

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.domain.grading import grade_for, weighted_score
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.evaluation_dto import EvaluationDraft, EvaluationRow, EvaluationView
from jilin_apprentice.ui.dialogs.policy_dialog import date_edit
from jilin_apprentice.ui.dialogs.visit_dialog import FormDialog
from jilin_apprentice.ui.widgets.form_fields import hint_label, text_or_none
from jilin_apprentice.ui.widgets.validated_form import ValidatedForm

DEFAULT_SCORE = 80


def criterion_label(key: str) -> str:
    return {
        "attitude": QCoreApplication.translate("EvaluationLabels", "Attitude and discipline"),
        "skills": QCoreApplication.translate("EvaluationLabels", "Professional skills"),
        "safety": QCoreApplication.translate("EvaluationLabels", "Safety awareness"),
        "teamwork": QCoreApplication.translate("EvaluationLabels", "Teamwork and communication"),
    }.get(key, key)


def grade_label(code: str | None) -> str:
    return {
        "excellent": QCoreApplication.translate("EvaluationLabels", "Excellent"),
        "good": QCoreApplication.translate("EvaluationLabels", "Good"),
        "pass": QCoreApplication.translate("EvaluationLabels", "Pass"),
        "fail": QCoreApplication.translate("EvaluationLabels", "Fail"),
    }.get(code or "", code or "")


def side_label(code: str) -> str:
    return {
        "enterprise": QCoreApplication.translate("EvaluationLabels", "Enterprise mentor"),
        "school": QCoreApplication.translate("EvaluationLabels", "School supervisor"),
        "grade": QCoreApplication.translate("EvaluationLabels", "Grade"),
        "enterprise_mentor": QCoreApplication.translate("EvaluationLabels", "Enterprise mentor"),
        "school_supervisor": QCoreApplication.translate("EvaluationLabels", "School supervisor"),
    }.get(code, code)


class EvaluationDialog(FormDialog):
    def __init__(
        self, services: Services, row: EvaluationRow, role: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EvaluationDialog")
        self.setWindowTitle(
            self.tr("Evaluation by the enterprise mentor")
            if role == "enterprise_mentor"
            else self.tr("Evaluation by the school supervisor")
        )
        self._services, self._row, self._role = services, row, role
        self.saved: EvaluationView | None = None
        self.rubric = services.evaluations.rubric()
        earlier = next(
            (e for e in services.evaluations.evaluations_of(row.placement_id) if e.role == role),
            None,
        )
        inner = QWidget()
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        f.addRow(
            hint_label(
                "heading",
                f"{row.student_name} · {row.class_name} · {row.enterprise_name} · "
                f"{row.start_date} – {row.end_date}",
            )
        )
        rule = hint_label(
            "ruleHint",
            self.tr(
                "School and enterprise assess jointly, process and result together; the student "
                "must not be assessed simply by the enterprise's attendance system or employee "
                "standards (REG-2021 Art 27, R-EVAL-1)."
            ),
        )
        f.addRow(rule)
        self.evaluator = f.add_field(
            "evaluator_id", side_label(role), QComboBox(objectName="evaluator")
        )
        for c in services.evaluations.evaluator_choices(row.placement_id, role):
            self.evaluator.addItem(c.label, c.id)
        preferred = (
            earlier.evaluator_id
            if earlier
            else (row.mentor_id if role == "enterprise_mentor" else row.supervisor_id)
        )
        self.evaluator.setCurrentIndex(max(0, self.evaluator.findData(preferred)))
        today = services.today()
        day = earlier.evaluated_on if earlier else min(today, max(row.end_date, row.start_date))
        self.evaluated = f.add_field(
            "evaluated_on", self.tr("Evaluated on"), date_edit("evaluated", day)
        )
        self.spins: dict[str, QSpinBox] = {}
        for key, weight in self.rubric.criteria:
            spin = QSpinBox(objectName=f"score_{key}")
            spin.setRange(0, 100)
            spin.setValue(earlier.scores.get(key, DEFAULT_SCORE) if earlier else DEFAULT_SCORE)
            spin.setSuffix(self.tr(" points"))
            label = f"{criterion_label(key)} ({weight} %)"
            self.spins[key] = f.add_field(f"scores.{key}", label, spin)
            spin.valueChanged.connect(lambda _v: self._show_score())
        self.score = QLabel(objectName="weightedScore")
        f.addRow(self.tr("Weighted score"), self.score)
        self.comment = f.add_field(
            "comment", self.tr("Comment"), QPlainTextEdit(objectName="comment")
        )
        self.comment.setFixedHeight(70)
        self.comment.setPlainText(earlier.comment or "" if earlier else "")
        self._frame(inner, 600, 600)
        self._show_score()

    def scores(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def weighted(self) -> int:
        return weighted_score(self.scores(), self.rubric.criteria)

    def _show_score(self) -> None:
        try:
            score = self.weighted()
        except ValueError:  # every weight 0: the reference data needs fixing
            self.score.setText("—")
            return
        grade = grade_label(grade_for(score, self.rubric.bands))
        self.score.setText(f"<b>{score}</b> ({grade})")

    def draft(self) -> EvaluationDraft:
        return EvaluationDraft(
            placement_id=self._row.placement_id,
            role=self._role,
            evaluator_id=self.evaluator.currentData(),
            scores=self.scores(),
            evaluated_on=self.evaluated.date().toPython(),
            comment=text_or_none(self.comment),
        )

    def save(self) -> None:
        try:
            self.saved = self._services.evaluations.evaluate(self.draft())
        except DomainError as exc:
            self._refused(exc)
            return
        self.accept()
