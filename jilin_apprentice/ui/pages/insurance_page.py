"""Insurance: the policy register, every uncovered student-day, lapsing cover, and incidents.

R-INS-1 asks that no day of an internship goes uninsured; this page shows where that fails and
lets the officer mend it (a new policy, a class added to one) without leaving it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QComboBox, QFileDialog, QTabWidget, QVBoxLayout, QWidget

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.insurance_dto import PolicyRow
from jilin_apprentice.ui.dialogs.incident_dialog import IncidentDialog
from jilin_apprentice.ui.dialogs.policy_dialog import (
    POLICY_TYPES,
    CoverDialog,
    CoveredDialog,
    PolicyDialog,
)
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import (
    FLAG_COLOUR,
    InsuranceColumns,
    policy_type_label,
)
from jilin_apprentice.ui.pages.list_tab import ListTab  # other pages import it from here too
from jilin_apprentice.ui.state import UiState

EXPORT_DIR_KEY = "insurance/exportDir"


class PoliciesTab(ListTab):
    """The register; search and type filter run in the service."""

    def __init__(self, page: InsurancePage, title: str) -> None:
        super().__init__(page, "policies", title, page.texts.policies())
        self.search.setPlaceholderText(self.tr("Insurer or policy number (Ctrl+F)"))
        self.type_filter = QComboBox(objectName="typeFilter")
        self.type_filter.addItem(self.tr("All types"), None)
        for code in POLICY_TYPES:
            self.type_filter.addItem(policy_type_label(code), code)
        self.filters.addWidget(self.type_filter)
        self.type_filter.currentIndexChanged.connect(lambda _i: self.load())
        self.add_action(self.tr("New policy"), self.new_policy, "Ctrl+N")
        self.needs_row = [
            self.add_action(self.tr("Edit"), self.open_current),
            self.add_action(self.tr("Delete"), self.delete_current),
            self.add_action(self.tr("Cover a class…"), self.cover_class),
            self.add_action(self.tr("Cover placements…"), self.cover_placements),
            self.add_action(self.tr("Covered students…"), self.show_covered),
            self.add_action(self.tr("Attach document…"), self.attach_document),
        ]
        self.add_export()
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.proxy.modelReset.connect(self._enable)
        self._enable()

    def fetch(self) -> list[PolicyRow]:
        return self.page.services.insurance.list_policies(
            search=self.search.text(), policy_type=self.type_filter.currentData()
        )

    def apply_search(self) -> None:
        self._timer.stop()
        self.load()

    def _enable(self) -> None:
        for action in self.needs_row:
            action.setEnabled(self.current() is not None)

    def select_policy(self, policy_id: int) -> bool:
        return self.select(lambda p: p.id == policy_id)

    def _edit(self, policy: PolicyRow | None) -> None:
        insurers = [p.draft.insurer for p in self.model.rows]
        dialog = PolicyDialog(
            self.page.services.insurance, self.page.services.today(), policy, insurers, self
        )
        if dialog.exec() and dialog.saved_id is not None:
            self.page.coverage_changed()
            self.select_policy(dialog.saved_id)

    def new_policy(self) -> None:
        self._edit(None)

    def open_current(self) -> None:
        if self.current() is not None:
            self._edit(self.current())

    def delete_current(self) -> None:
        policy: PolicyRow | None = self.current()
        if policy is None:
            return
        question = self.tr(
            "Delete policy %1 and the cover it records for %n student(s)?",
            "",
            policy.covered_students,
        ).replace("%1", policy.draft.policy_no)
        if not Dialogs.confirm(self, self.tr("Delete policy"), question):
            return
        try:
            self.page.services.insurance.delete_policy(policy.id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not deleted"), translate_error(exc))
            return
        self.page.coverage_changed()

    def cover_class(self, class_id: int | None = None) -> None:
        """Add every placement of a class (chosen in a dialog unless given)."""
        self._cover(True, class_id)

    def cover_placements(self, placement_ids: list[int] | None = None) -> None:
        """Add ticked placements (a batch sent together, a few latecomers)."""
        self._cover(False, placement_ids)

    def _cover(self, by_class: bool, whom: int | list[int] | None) -> None:
        policy: PolicyRow | None = self.current()
        if policy is not None and whom is None:
            dialog = CoverDialog(self.page.services, policy, by_class, self)
            if dialog.exec():
                whom = dialog.class_id() if by_class else dialog.placement_ids()
        if policy is None or not whom:
            return
        choice = {"class_id": whom} if by_class else {"placement_ids": whom}
        try:
            result = self.page.services.insurance.add_coverage(policy.id, **choice)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not covered"), translate_error(exc))
            return
        self.page.coverage_changed()
        self.select_policy(policy.id)
        self.show_notice(self.page.texts.cover_report(result, policy.draft.policy_no))

    def show_covered(self) -> None:
        policy = self.current()
        if policy is not None:
            dialog = CoveredDialog(self.page.services.insurance, policy, self)
            dialog.exec()
            if dialog.changed:
                self.page.coverage_changed()
                self.select_policy(policy.id)

    def attach_document(self, path: Path | None = None) -> str | None:
        """Copy the scanned policy into the data folder (a file dialog unless a path is given)."""
        policy = self.current()
        if policy is None:
            return None
        if path is None:
            path = self.page.ask_open_path()
            if path is None:
                return None
        try:
            stored = self.page.services.insurance.attach_document(policy.id, path)
        except (DomainError, OSError, ValueError) as exc:
            text = translate_error(exc) if isinstance(exc, DomainError) else str(exc)
            Dialogs.warning(self, self.tr("Not attached"), text)
            return None
        self.load()
        self.show_notice(self.tr("Document attached: %1").replace("%1", stored))
        return stored


class IncidentsTab(ListTab):
    def __init__(self, page: InsurancePage, title: str) -> None:
        columns, fetch = page.texts.incidents(), page.services.incidents.list_incidents
        super().__init__(page, "incidents", title, columns, fetch)
        self.uncovered = self.add_toggle(
            "uncoveredOnly", self.tr("Only without cover"), lambda v: not v.liability_in_force
        )
        self.add_action(self.tr("New incident"), self.new_incident, "Ctrl+N")
        self.add_action(self.tr("Edit"), self.open_current)
        self.add_export()

    def _edit(self, dialog: IncidentDialog) -> None:
        if dialog.exec() and dialog.saved is not None:
            saved_id = dialog.saved.id
            self.load()
            self.select(lambda v: v.id == saved_id)

    def new_incident(self, placement_id: int | None = None) -> None:
        self._edit(IncidentDialog(self.page.services, placement_id=placement_id, parent=self))

    def open_current(self) -> None:
        if self.current() is not None:
            self._edit(IncidentDialog(self.page.services, self.current(), parent=self))


class InsurancePage(QWidget):
    """Four tabs over the insurance services; loads when shown, reloads when shown again."""

    def __init__(
        self,
        services: Services,
        state: UiState,
        parent: QWidget | None = None,
        open_placement: Callable[[int], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("InsurancePage")
        self.services, self.state = services, state
        self._open_placement = open_placement
        self.ask_save_file = QFileDialog.getSaveFileName  # replaceable (tests, automation)
        self.ask_open_file = QFileDialog.getOpenFileName
        self.texts = InsuranceColumns(self)
        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.setDocumentMode(True)
        self.policies = PoliciesTab(self, self.tr("Policies"))
        insurance = services.insurance
        self.gaps = ListTab(
            self, "gaps", self.tr("Coverage gaps"), self.texts.gaps(), insurance.gaps
        )
        self.gaps.show_notice(
            self.tr(
                "Days of open placements that no internship liability policy covers (R-INS-1). "
                "Add the students to a policy, or record a new one, under Policies."
            )
        )
        self.expiring = ListTab(
            self, "expiring", self.tr("Expiring"), self.texts.expiring(), insurance.expiring
        )
        self.expiring.add_toggle("within7", self.tr("Only within 7 days"), lambda e: e.within <= 7)
        for tab in (self.gaps, self.expiring):
            if open_placement is not None:
                tab.add_action(self.tr("Open placement"), tab.open_current)
            tab.add_export()
        self.incidents = IncidentsTab(self, self.tr("Incidents"))
        self.all_tabs = (self.policies, self.gaps, self.expiring, self.incidents)
        for tab in self.all_tabs:
            self.tabs.addTab(tab, tab.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()  # first visit, or back from a page where placements may have changed

    def reload(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for tab in self.all_tabs:
                tab.load()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def coverage_changed(self) -> None:
        """A policy or its cover changed: the register, the gaps and the warnings follow."""
        for tab in (self.policies, self.gaps, self.expiring):
            tab.load()

    def show_tab_count(self, tab: ListTab) -> None:
        index = self.tabs.indexOf(tab)
        if index < 0:
            return
        total = tab.model.rowCount()
        self.tabs.setTabText(index, f"{tab.title} ({total})")
        alarming = total > 0 and tab in (self.gaps, self.expiring)
        self.tabs.tabBar().setTabTextColor(index, FLAG_COLOUR if alarming else QColor())

    def focus_search(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, ListTab):
            tab.search.setFocus()
            tab.search.selectAll()

    def open_placement(self, placement_id: int) -> None:
        if self._open_placement is not None and self._open_placement(placement_id):
            self.reload()

    def ask_save_path(self, name: str) -> Path | None:
        folder = self.state.value(EXPORT_DIR_KEY, str(Path.home()))
        chosen, _ = self.ask_save_file(
            self, self.tr("Export to Excel"), str(Path(folder) / name), self.tr("Excel (*.xlsx)")
        )
        if not chosen:
            return None
        self.state.set_value(EXPORT_DIR_KEY, str(Path(chosen).parent))
        return Path(chosen)

    def ask_open_path(self) -> Path | None:
        chosen, _ = self.ask_open_file(
            self,
            self.tr("Attach policy document"),
            str(Path.home()),
            self.tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    def save_state(self) -> None:
        for tab in self.all_tabs:
            tab.save_state()
