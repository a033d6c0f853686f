"""Insurance: the policy register, every uncovered student-day, lapsing cover, and incidents.

R-INS-1 asks that no day of an internship goes uninsured; this page shows where that fails and
lets the officer mend it (a new policy, a class added to one) without leaving it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.insurance_dto import PolicyRow
from jilin_apprentice.services.table_export import write_xlsx
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
    Column,
    InsuranceColumns,
    RowsModel,
    RowsProxy,
    policy_type_label,
)
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.form_fields import HINT_STYLE
from jilin_apprentice.ui.widgets.list_page_base import make_table

EXPORT_DIR_KEY = "insurance/exportDir"
MAX_FIRST_WIDTH = 200  # first-run column width cap; the user's own widths are remembered


def _key(row: Any) -> int | None:
    """What identifies a row across reloads: its record, or else its placement."""
    return getattr(row, "id", getattr(row, "placement_id", None))


class ListTab(QWidget):
    """Search, filters, a compact toolbar (overflowing into »), a sortable table, an export."""

    def __init__(
        self,
        page: InsurancePage,
        key: str,
        title: str,
        columns: list[Column[Any]],
        fetch: Callable[[], list[Any]] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName(f"{key}Tab")
        self.page, self.key, self.title, self._fetch = page, key, title, fetch
        self.header_key = f"insurance/{key}"
        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.filters = QHBoxLayout()
        self.count = QLabel(objectName="count")
        self.toolbar = QToolBar(objectName="toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.notice = QLabel(objectName="notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(HINT_STYLE)
        self.notice.hide()
        self.model: RowsModel[Any] = RowsModel(columns, self)
        self.proxy = RowsProxy(self.model, self)
        self.table = make_table(f"{key}Table")
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # until a header click: the service's order
        self._fit_pending = not page.state.value(f"header/{self.header_key}")
        page.state.restore_header(self.table.horizontalHeader(), self.header_key)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addLayout(self.filters)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.apply_search)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        for key_code in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key_code), self.table, self.open_current)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def add_action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = self.toolbar.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({native})")
        return action

    def add_export(self) -> None:
        self.toolbar.addSeparator()
        self.add_action(self.tr("Export to Excel…"), self.export)

    def add_toggle(self, name: str, text: str, keep: Callable[[Any], bool]) -> QCheckBox:
        """A checkbox beside the search that narrows the rows (e.g. "only within 7 days")."""
        box = QCheckBox(text, objectName=name)
        self.filters.addWidget(box)
        box.toggled.connect(
            lambda on: (self.proxy.set_predicate(keep if on else None), self._show_count())
        )
        return box

    # --- rows ------------------------------------------------------------------------------
    def fetch(self) -> list[Any]:
        assert self._fetch is not None, "a tab either overrides fetch or is given one"
        return self._fetch()

    def load(self) -> None:
        """Fetch again; the selected record stays selected (else the first row)."""
        kept = _key(self.current())
        self.model.set_rows(self.fetch())
        self._show_count()
        self.page.show_tab_count(self)
        if self._fit_pending and self.model.rows:
            self._fit_pending = False
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(header.count()):
                header.resizeSection(column, min(header.sectionSize(column), MAX_FIRST_WIDTH))
        if kept is None or not self.select(lambda r: _key(r) == kept):
            self.select(lambda _r: True)

    def apply_search(self) -> None:
        self._timer.stop()
        self.proxy.setFilterFixedString(self.search.text().strip())
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.page.texts.row_count(self.proxy.rowCount(), self.model.rowCount()))

    def current(self) -> Any:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def select(self, match: Callable[[Any], bool]) -> bool:
        for row in range(self.proxy.rowCount()):
            if match(self.proxy.row_at(row)):
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def open_current(self) -> None:
        """Enter or double-click; tabs without an editor open the placement, if they can."""
        row = self.current()
        if row is not None and hasattr(row, "placement_id"):
            self.page.open_placement(row.placement_id)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # --- export ----------------------------------------------------------------------------
    def export(self, path: Path | None = None) -> Path | None:
        """What the table shows, as it shows it (filter, order, visible columns) into .xlsx."""
        if path is None:
            path = self.page.ask_save_path(f"{self.key}-{self.page.services.today()}.xlsx")
            if path is None:
                return None
        titles, rows = self.proxy.shown_cells(self.table.horizontalHeader())
        if path.suffix.lower() != ".xlsx":  # as write_xlsx will name it, for the audit entry
            path = path.with_name(path.name + ".xlsx")
        try:  # in the audit trail first; refused without the export right (R-PI-7)
            self.page.services.audit_trail.record_export(self.title, len(rows), file_name=path.name)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not exported"), translate_error(exc))
            return None
        try:
            written = write_xlsx(path, self.title, titles, rows)
        except OSError as exc:
            text = self.tr("The file could not be written: %1").replace("%1", str(exc))
            Dialogs.warning(self, self.tr("Not exported"), text)
            return None
        self.show_notice(self.page.texts.exported(len(rows), str(written)))
        return written

    def save_state(self) -> None:
        self.page.state.save_header(self.table.horizontalHeader(), self.header_key)


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
