"""Shared behaviour of list pages: debounced search, sortable lazy table, remembered layout."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from jilin_apprentice.services.dto import ListQuery
from jilin_apprentice.ui.models.paged_table_model import PagedTableModel

SEARCH_DEBOUNCE_MS = 150


def make_table(object_name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(object_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(False)  # sorting is done in SQL through the header click below
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class SearchBar(QWidget):
    """Search field with a result count and the page's action buttons."""

    search_changed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName("search")
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.edit, 3)
        self._layout.addWidget(self.count_label, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.edit.text()))
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self.flush)

    def flush(self) -> None:
        """Run the pending search now (Enter key, tests)."""
        self._timer.stop()
        self.search_changed.emit(self.edit.text())

    def add_button(self, text: str, shortcut: str | None = None) -> QPushButton:
        button = QPushButton(text)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
            native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text} ({native})")
        self._layout.addWidget(button)
        return button


def connect_sorting(table: QTableView, model: PagedTableModel[object]) -> None:
    """Header clicks sort in SQL; unsortable columns keep the previous indicator."""
    header = table.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # matches the default query

    def on_click(section: int) -> None:
        if not model.is_sortable(section):
            return
        order = header.sortIndicatorOrder()
        model.sort(section, order)

    header.sortIndicatorChanged.connect(lambda section, _order: on_click(section))


def select_first_row(table: QTableView) -> None:
    model = table.model()
    if model is not None and model.rowCount() > 0:
        table.selectionModel().setCurrentIndex(
            model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


def focus_search_shortcut(parent: QWidget, bar: SearchBar) -> None:
    QShortcut(
        QKeySequence.StandardKey.Find,
        parent,
        activated=lambda: (bar.edit.setFocus(), bar.edit.selectAll()),
    )


def reload_with_search(model: PagedTableModel[object], text: str) -> None:
    q = model.query
    model.reload(
        ListQuery(search=text, sort=q.sort, descending=q.descending, enterprise_id=q.enterprise_id)
    )


def current_row_id(table: QTableView) -> int | None:
    index: QModelIndex = table.currentIndex()
    if not index.isValid():
        return None
    model = table.model()
    row = model.row_at(index.row()) if hasattr(model, "row_at") else None
    return getattr(row, "id", None)
