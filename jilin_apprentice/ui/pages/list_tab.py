"""ListTab: one list of a page's tabs, with search, filters, a toolbar, a sortable table, export.

Written for the insurance page and shared by the pay, board and apprenticeship tabs; the page it
sits on supplies the services, the UI state, the texts (row counts, export notes), the file
dialogs and the tab counts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.table_export import write_xlsx
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import Column, RowsModel, RowsProxy
from jilin_apprentice.ui.widgets.form_fields import HINT_STYLE
from jilin_apprentice.ui.widgets.list_page_base import make_table

if TYPE_CHECKING:
    from jilin_apprentice.ui.pages.insurance_page import InsurancePage

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
