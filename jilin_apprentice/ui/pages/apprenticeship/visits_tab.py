"""Supervisors' site visits and enterprises' site assessments, two lists in one tab.

Visits (R-SUP-4, archive item (6) of R-REC-1): overdue plans in red. Assessments (R-ENT-1):
expired and failed in red, expiring within 30 days in orange.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.visit_dto import AssessmentRow, VisitRow
from jilin_apprentice.ui.dialogs.site_assessment_dialog import SiteAssessmentDialog
from jilin_apprentice.ui.dialogs.visit_dialog import (
    PlanRoundDialog,
    PlanVisitDialog,
    ReasonDialog,
    RecordVisitDialog,
    item_label,
    visit_status_label,
)
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import (
    FLAG_COLOUR,
    Column,
    RowsModel,
    date_col,
    int_col,
    text_col,
)
from jilin_apprentice.ui.pages.insurance_page import ListTab

ORANGE = QColor("#b35c00")


def state_label(code: str) -> str:
    return {
        "valid": QCoreApplication.translate("VisitLabels", "Valid"),
        "expiring": QCoreApplication.translate("VisitLabels", "Expiring"),
        "expired": QCoreApplication.translate("VisitLabels", "Expired"),
        "failed": QCoreApplication.translate("VisitLabels", "Failed"),
    }.get(code, code)


class ColouredRows(RowsModel[Any]):
    """Rows coloured as a whole: red for what is wrong now, orange for what soon will be."""

    def __init__(self, columns: list[Column[Any]], colour: Any, parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._colour = colour

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            colour = self._colour(self.rows[index.row()])
            if colour is not None and role == Qt.ItemDataRole.ForegroundRole:
                return colour
            if colour is FLAG_COLOUR:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


def _use_colours(tab: ListTab, colour: Any) -> None:
    tab.model = ColouredRows(tab.model.columns, colour, tab)
    tab.proxy.setSourceModel(tab.model)


def _problems_text(r: VisitRow) -> str:
    names = [item_label(k) for k, v in r.checklist.items() if v == "problem"]
    return "、".join(names)


class VisitListTab(ListTab):
    def __init__(self, page: Any) -> None:
        columns: list[Column[VisitRow]] = [
            date_col(self.tr("Planned for"), lambda r: r.planned_on),
            text_col(self.tr("Supervisor"), lambda r: r.supervisor_name),
            text_col(self.tr("Enterprise"), lambda r: r.enterprise_name),
            Column(self.tr("Status"), self._status_text),
            date_col(self.tr("Visited"), lambda r: r.visited_on),
            int_col(self.tr("Problems"), lambda r: r.problems),
            text_col(self.tr("Problem items"), _problems_text, tip=True),
            text_col(self.tr("Students seen"), lambda r: r.students_seen, tip=True),
            text_col(self.tr("Notes"), lambda r: r.notes, tip=True),
        ]
        super().__init__(page, "siteVisits", self.tr("Visits"), columns)
        _use_colours(self, lambda r: FLAG_COLOUR if r.overdue else None)
        self.search.setPlaceholderText(self.tr("Supervisor or enterprise (Ctrl+F)"))
        self.add_action(self.tr("Plan visit"), self.plan_visit, "Ctrl+N")
        self.add_action(self.tr("Plan a round…"), self.plan_round)
        self.needs_row = [
            self.add_action(self.tr("Record visit…"), self.open_current),
            self.add_action(self.tr("Cancel visit"), self.cancel_current),
        ]
        self.overdue_only = self.add_toggle(
            "overdueOnly", self.tr("Only overdue"), lambda r: r.overdue
        )
        self.add_export()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.proxy.modelReset.connect(self._enable)
        self._enable()

    def _status_text(self, r: VisitRow) -> str:
        return self.tr("Overdue") if r.overdue else visit_status_label(r.status)

    def fetch(self) -> list[VisitRow]:
        return self.page.services.visits.list()

    def _enable(self) -> None:
        row = self.current()
        self.needs_row[0].setEnabled(row is not None and row.status != "cancelled")
        self.needs_row[1].setEnabled(row is not None and row.status == "planned")

    def plan_visit(self) -> None:
        dialog = PlanVisitDialog(self.page.services, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.load()
            self.select(lambda r: r.id == dialog.saved_id)

    def plan_round(self) -> None:
        dialog = PlanRoundDialog(self.page.services, self)
        if dialog.exec() and dialog.result_ is not None:
            self.load()
            text = self.tr("Visits planned: %1; days that already had a plan: %2.")
            result = dialog.result_
            self.show_notice(
                text.replace("%1", str(result.planned)).replace("%2", str(result.skipped))
            )

    def open_current(self) -> None:
        row: VisitRow | None = self.current()
        if row is None or row.status == "cancelled":
            return
        dialog = RecordVisitDialog(self.page.services, row, self)
        if dialog.exec():
            self.load()

    def cancel_current(self, reason: str | None = None) -> None:
        row: VisitRow | None = self.current()
        if row is None or row.status != "planned":
            return
        question = (
            self.tr("Cancel the visit of %1 to %2 on %3?")
            .replace("%1", row.supervisor_name)
            .replace("%2", row.enterprise_name)
            .replace("%3", row.planned_on.isoformat())
        )
        if not Dialogs.confirm(self, self.tr("Cancel visit"), question):
            return
        if reason is None:
            dialog = ReasonDialog(question, self)
            if not dialog.exec():
                return
            reason = dialog.reason.text()
        try:
            self.page.services.visits.cancel(row.id, reason)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not cancelled"), translate_error(exc))
            return
        self.load()


class AssessmentListTab(ListTab):
    def __init__(self, page: Any) -> None:
        columns: list[Column[AssessmentRow]] = [
            text_col(self.tr("Enterprise"), lambda r: r.enterprise_name),
            date_col(self.tr("Assessed on"), lambda r: r.assessed_on),
            text_col(self.tr("Assessed by"), lambda r: r.assessor),
            Column(
                self.tr("Result"), lambda r: self.tr("Passed") if r.passed else self.tr("Failed")
            ),
            date_col(self.tr("Valid until"), lambda r: r.valid_until),
            Column(self.tr("State"), lambda r: state_label(r.state)),
            int_col(self.tr("Days left"), lambda r: r.days_left),
            text_col(self.tr("Report"), lambda r: r.report, tip=True),
            text_col(self.tr("Notes"), lambda r: r.notes, tip=True),
        ]
        super().__init__(page, "siteAssessments", self.tr("Site assessments"), columns)
        _use_colours(self, _state_colour)
        self.search.setPlaceholderText(self.tr("Enterprise or assessor (Ctrl+F)"))
        self.add_action(self.tr("Record assessment…"), self.record_assessment, "Ctrl+N")
        self.add_toggle(
            "needsAttention",
            self.tr("Only expired or expiring"),
            lambda r: r.state in ("expired", "expiring", "failed"),
        )
        self.add_export()

    def fetch(self) -> list[AssessmentRow]:
        return self.page.services.visits.assessments()

    def record_assessment(self) -> None:
        row: AssessmentRow | None = self.current()
        dialog = SiteAssessmentDialog(self.page.services, row.enterprise_id if row else None, self)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            self.load()
            self.select(lambda r: r.id == saved.id)

    def open_current(self) -> None:
        """Rows are records of what happened; a new assessment is recorded instead of editing."""


def _state_colour(r: AssessmentRow) -> QColor | None:
    if r.state in ("expired", "failed"):
        return FLAG_COLOUR
    return ORANGE if r.state == "expiring" else None


class VisitsTab(QWidget):
    """A tab of the apprenticeships page: `title`, `load()` and `save_state()`."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.setObjectName("visitsTab")
        self.page = page
        self.title = self.tr("Site visits")
        self.visits = VisitListTab(page)
        self.assessments = AssessmentListTab(page)
        self.inner = QTabWidget(objectName="visitTabs")
        self.inner.addTab(self.visits, self.visits.title)
        self.inner.addTab(self.assessments, self.assessments.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)
        self.search = self.visits.search  # the page's Ctrl+F

        self.inner.currentChanged.connect(lambda _i: self._point_search())

    def _point_search(self) -> None:
        self.search = self.inner.currentWidget().search  # type: ignore[attr-defined]

    def load(self) -> None:
        """Fetch both lists again; each sub-tab shows its row count in its title."""
        for tab in (self.visits, self.assessments):
            tab.load()
            index = self.inner.indexOf(tab)
            self.inner.setTabText(index, f"{tab.title} ({tab.model.rowCount()})")

    def save_state(self) -> None:
        self.visits.save_state()
        self.assessments.save_state()
