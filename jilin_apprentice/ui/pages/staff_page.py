"""Mentors and supervisors (双导师): a short list, filtered by role and name, with their load."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.dto import ListQuery, StaffDraft, StaffRow
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.dialogs.staff_dialog import StaffDialog
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.list_page_base import SearchBar, focus_search_shortcut
from jilin_apprentice.ui.widgets.table_view_export import export_table

ID_ROLE = Qt.ItemDataRole.UserRole
ENTERPRISE_PAGE = 500
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def load_staff(services: Services, staff_id: int) -> StaffDraft:
    """The stored fields of one person, unmasked, for editing."""
    return services.staff.get(staff_id)


def enterprise_choices(services: Services) -> list[tuple[int, str]]:
    """Every enterprise by name, for the mentor's enterprise combo."""
    choices: list[tuple[int, str]] = []
    query = ListQuery(sort="name")
    after = None
    while True:
        page = services.enterprises.page(query, after=after, limit=ENTERPRISE_PAGE)
        choices += [(row.id, row.name) for row in page]
        if len(page) < ENTERPRISE_PAGE:
            return choices
        after = page[-1].sort_key


class StaffPage(QWidget):
    COLUMNS = 6

    def __init__(self, services: Services, state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StaffPage")
        self._services = services
        self._state = state
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All mentors and supervisors"), None)
        self.kind_filter.addItem(self.tr("Enterprise mentors"), "enterprise_mentor")
        self.kind_filter.addItem(self.tr("School supervisors"), "school_supervisor")
        self.bar = SearchBar(self.tr("Search by name"))
        self.add_button = self.bar.add_button(self.tr("New"), "Ctrl+N")
        self.edit_button = self.bar.add_button(self.tr("Edit"))
        self.delete_button = self.bar.add_button(self.tr("Delete"))
        self.table = self._make_table()
        top = QHBoxLayout()
        top.addWidget(self.kind_filter)
        top.addWidget(self.bar, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.bar.search_changed.connect(lambda _text: self.reload())
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_current())
        self.table.currentCellChanged.connect(lambda *_: self._update_actions())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button = self.bar.add_button(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        focus_search_shortcut(self, self.bar)
        for key, action in (
            (QKeySequence(Qt.Key.Key_Return), self.edit_current),
            (QKeySequence(Qt.Key.Key_Enter), self.edit_current),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_current),
        ):
            shortcut = QShortcut(key, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        self.bar.edit.returnPressed.connect(self.table.setFocus)
        state.restore_header(self.table.horizontalHeader(), "staff")
        self.reload()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, self.COLUMNS)
        table.setObjectName("staffTable")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Enterprise"),
                self.tr("Mobile"),
                self.tr("Position / title"),
                self.tr("Current load"),
            ]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for section, width in enumerate((120, 140, 240, 110, 140)):
            header.resizeSection(section, width)
        table.setSortingEnabled(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # service order until clicked
        return table

    def save_state(self) -> None:
        self._state.save_header(self.table.horizontalHeader(), "staff")

    # --- list --------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        if select_id is None:
            select_id = self.current_id()
        try:
            rows = self._services.staff.list(
                kind=self.kind_filter.currentData(), search=self.bar.edit.text()
            )
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Mentors and supervisors"), translate_error(exc))
            rows = []
        self._fill(rows)
        self.bar.count_label.setText(self.tr("%n person(s)", "", len(rows)))
        target = next(
            (
                r
                for r in range(self.table.rowCount())
                if self.table.item(r, 0).data(ID_ROLE) == select_id
            ),
            0,
        )
        if self.table.rowCount():
            self.table.setCurrentCell(target, 0)
        self._update_actions()

    def _fill(self, rows: list[StaffRow]) -> None:
        sorting = self.table.isSortingEnabled()
        self.table.setSortingEnabled(False)  # or rows re-sort while being filled
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values: list[object] = [
                row.name,
                labels.staff_kind(row.kind),
                row.enterprise_name or "",
                row.phone_masked,
                row.title or "",
                row.load,
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                if c == 0:
                    item.setData(ID_ROLE, row.id)
                if c == self.COLUMNS - 1:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(sorting)

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def _update_actions(self) -> None:
        selected = self.current_id() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    # --- actions -----------------------------------------------------------------------------
    def add(self) -> None:
        dialog = StaffDialog(self._services.staff, enterprise_choices(self._services), parent=self)
        if self.kind_filter.currentData():
            dialog.preset_kind(self.kind_filter.currentData())
        if dialog.exec() and dialog.saved_id is not None:
            self._show_saved(dialog.saved_id)

    def edit_current(self) -> None:
        staff_id = self.current_id()
        if staff_id is None:
            return
        try:
            draft = load_staff(self._services, staff_id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Mentors and supervisors"), translate_error(exc))
            self.reload()
            return
        dialog = StaffDialog(
            self._services.staff, enterprise_choices(self._services), draft, staff_id, self
        )
        if dialog.exec():
            self._show_saved(staff_id)

    def _show_saved(self, staff_id: int) -> None:
        """Reload and select; widen the filters if they would hide the saved person."""
        self.reload(staff_id)
        if self.current_id() != staff_id:
            self.kind_filter.blockSignals(True)
            self.kind_filter.setCurrentIndex(0)
            self.kind_filter.blockSignals(False)
            self.bar.edit.blockSignals(True)
            self.bar.edit.clear()
            self.bar.edit.blockSignals(False)
            self.reload(staff_id)

    def delete_current(self) -> None:
        row = self.table.currentRow()
        staff_id = self.current_id()
        if staff_id is None:
            return
        name = self.table.item(row, 0).text()
        role = self.table.item(row, 1).text()
        question = self.tr(
            "Delete %1 (%2)? Students they supervise lose their school supervisor. "
            "This cannot be undone."
        )
        text = question.replace("%1", name).replace("%2", role)
        if not Dialogs.confirm(self, self.tr("Delete mentor or supervisor"), text):
            return
        try:
            self._services.staff.delete(staff_id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not deleted"), translate_error(exc))
            return
        self.reload()

    def export(self, path: Path | None = None) -> Path | None:
        """Export to Excel…: the list as shown (search, order, visible columns), masked."""
        return export_table(
            self, self.table, self.tr("Mentors and supervisors"), self._state,
            self._services.today(), self.bar.count_label.setText, path,
        )  # fmt: skip
