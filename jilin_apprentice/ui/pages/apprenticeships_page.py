"""Apprenticeships (issue 6): programmes and cohorts, calendars, mentors, the weekly logbook,
site visits, the joint evaluation and certificates, one tab each.

The page is the host the tabs share (services, remembered state, plural texts, export paths,
opening a placement); each tab loads when the page is shown and again when it is shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFileDialog, QTabWidget, QVBoxLayout, QWidget

from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.models.insurance_models import InsuranceColumns
from jilin_apprentice.ui.pages.apprenticeship.calendar_tab import CalendarTab
from jilin_apprentice.ui.pages.apprenticeship.certificates_tab import CertificatesTab
from jilin_apprentice.ui.pages.apprenticeship.evaluations_tab import EvaluationsTab
from jilin_apprentice.ui.pages.apprenticeship.logbook_tab import LogbookTab
from jilin_apprentice.ui.pages.apprenticeship.mentors_tab import MentorsTab
from jilin_apprentice.ui.pages.apprenticeship.programmes_tab import ProgrammesTab
from jilin_apprentice.ui.pages.apprenticeship.visits_tab import VisitsTab
from jilin_apprentice.ui.state import UiState

EXPORT_DIR_KEY = "apprenticeships/exportDir"


class ApprenticeshipsPage(QWidget):
    """Seven tabs over the issue-6 services."""

    def __init__(
        self,
        services: Services,
        state: UiState,
        parent: QWidget | None = None,
        open_placement: Callable[[int], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ApprenticeshipsPage")
        self.services, self.state = services, state
        self._open_placement = open_placement
        self.ask_save_file = QFileDialog.getSaveFileName  # replaceable (tests, automation)
        self.ask_open_file = QFileDialog.getOpenFileName
        self.texts = InsuranceColumns(self)  # the shared plural texts (row counts, exports)
        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.setDocumentMode(True)
        self.programmes = ProgrammesTab(self)
        self.calendar = CalendarTab(self)
        self.mentors = MentorsTab(self)
        self.logbook = LogbookTab(self)
        self.visits = VisitsTab(self)
        self.evaluations = EvaluationsTab(self)
        self.certificates = CertificatesTab(self)
        self.all_tabs: tuple[Any, ...] = (
            self.programmes,
            self.calendar,
            self.mentors,
            self.logbook,
            self.visits,
            self.evaluations,
            self.certificates,
        )
        for tab in self.all_tabs:
            self.tabs.addTab(tab, tab.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def reload(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for tab in self.all_tabs:
                tab.load()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def show_tab_count(self, tab: Any) -> None:
        """Tabs built on ListTab report their row count in the tab's title."""
        index = self.tabs.indexOf(tab)
        model = getattr(tab, "model", None)
        if index >= 0 and model is not None:
            self.tabs.setTabText(index, f"{tab.title} ({model.rowCount()})")

    def focus_search(self) -> None:
        search = getattr(self.tabs.currentWidget(), "search", None)
        if search is not None:
            search.setFocus()
            search.selectAll()

    def open_placement(self, placement_id: int) -> None:
        if self._open_placement is not None and self._open_placement(placement_id):
            self.reload()

    def ask_save_path(self, name: str, kind: str = "xlsx") -> Path | None:
        """Where to save an export (xlsx) or a printable sheet (pdf); the folder is remembered."""
        folder = self.state.value(EXPORT_DIR_KEY, str(Path.home()))
        pattern = self.tr("Excel (*.xlsx)") if kind == "xlsx" else self.tr("PDF (*.pdf)")
        chosen, _ = self.ask_save_file(self, self.tr("Save as"), str(Path(folder) / name), pattern)
        if not chosen:
            return None
        self.state.set_value(EXPORT_DIR_KEY, str(Path(chosen).parent))
        return Path(chosen)

    def save_state(self) -> None:
        for tab in self.all_tabs:
            tab.save_state()
