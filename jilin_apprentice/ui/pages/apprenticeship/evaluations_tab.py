"""The joint evaluation (R-EVAL-1): each placement near or past its end, both sides' scores,
the final grade and what is still missing."""

from __future__ import annotations

from typing import Any

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.evaluation_dto import EvaluationRow
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.dialogs.evaluation_dialog import EvaluationDialog, grade_label, side_label
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import Column, date_col, text_col
from jilin_apprentice.ui.pages.insurance_page import ListTab


def _score_col(title: str, get: Any) -> Column[EvaluationRow]:
    def text(r: EvaluationRow) -> str:
        value = get(r)
        return "" if value is None else str(value)

    return Column(title, text, key=lambda r: -1 if get(r) is None else get(r), cell=get, right=True)


class EvaluationsTab(ListTab):
    """A tab of the apprenticeships page: `title`, `load()` and `save_state()`."""

    def __init__(self, page: Any) -> None:
        columns: list[Column[EvaluationRow]] = [
            text_col(self.tr("Student"), lambda r: r.student_name),
            text_col(self.tr("Class"), lambda r: r.class_name),
            text_col(self.tr("Enterprise"), lambda r: r.enterprise_name),
            text_col(self.tr("Type"), lambda r: labels.placement_kind(r.type)),
            text_col(self.tr("Status"), lambda r: labels.placement_status(r.status)),
            date_col(self.tr("Start"), lambda r: r.start_date),
            date_col(self.tr("End"), lambda r: r.end_date),
            _score_col(self.tr("Enterprise score"), lambda r: r.enterprise_score),
            _score_col(self.tr("School score"), lambda r: r.school_score),
            _score_col(self.tr("Combined"), lambda r: r.combined_score),
            Column(self.tr("Grade"), lambda r: grade_label(r.grade)),
            Column(
                self.tr("Missing"),
                lambda r: "、".join(side_label(m) for m in r.missing),
                flag=lambda r: bool(r.missing) and r.status == "completed",
            ),
        ]
        super().__init__(page, "evaluations", self.tr("Evaluation"), columns)
        self.setObjectName("evaluationsTab")
        self.search.setPlaceholderText(self.tr("Student, class or enterprise (Ctrl+F)"))
        self.needs_row = [
            self.add_action(self.tr("Evaluate as enterprise mentor…"), self.evaluate_enterprise),
            self.add_action(self.tr("Evaluate as school supervisor…"), self.evaluate_school),
            self.add_action(self.tr("Grade"), self.grade_current),
            self.add_action(self.tr("Open placement"), self.open_placement),
        ]
        self.add_toggle("missingOnly", self.tr("Only incomplete"), lambda r: bool(r.missing))
        self.add_export()
        self.show_notice(
            self.tr(
                "The grade combines the enterprise mentor's and the school supervisor's rubric; "
                "it must not simply apply the enterprise's attendance record or employee "
                "standards (REG-2021 Art 27, R-EVAL-1)."
            )
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.proxy.modelReset.connect(self._enable)
        self._enable()

    def fetch(self) -> list[EvaluationRow]:
        return self.page.services.evaluations.list()

    def _enable(self) -> None:
        for action in self.needs_row:
            action.setEnabled(self.current() is not None)

    def evaluate_enterprise(self) -> None:
        self._evaluate("enterprise_mentor")

    def evaluate_school(self) -> None:
        self._evaluate("school_supervisor")

    def _evaluate(self, role: str) -> None:
        row: EvaluationRow | None = self.current()
        if row is None:
            return
        dialog = EvaluationDialog(self.page.services, row, role, self)
        if dialog.exec():
            self._reload_at(row.placement_id)

    def open_current(self) -> None:
        """Enter or double-click: the side still missing (the enterprise's first)."""
        row: EvaluationRow | None = self.current()
        if row is None:
            return
        if "enterprise" in row.missing:
            self.evaluate_enterprise()
        elif "school" in row.missing:
            self.evaluate_school()
        else:
            self.grade_current()

    def open_placement(self) -> None:
        row = self.current()
        if row is not None:
            self.page.open_placement(row.placement_id)

    def grade_current(self) -> None:
        row: EvaluationRow | None = self.current()
        if row is None:
            return
        try:
            grade = self.page.services.evaluations.grade(row.placement_id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not graded"), translate_error(exc))
            return
        self._reload_at(row.placement_id)
        text = (
            self.tr("%1: %2 points, %3.")
            .replace("%1", row.student_name)
            .replace("%2", str(grade.combined_score))
            .replace("%3", grade_label(grade.grade))
        )
        self.show_notice(text)

    def _reload_at(self, placement_id: int) -> None:
        self.load()
        self.select(lambda r: r.placement_id == placement_id)
