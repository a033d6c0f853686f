"""A lazily loaded table model over a service that pages by sort key (no OFFSET, no proxy)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from jilin_apprentice.services.dto import ListQuery

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex


class PagedSource(Protocol[RowT]):
    def count(self, query: ListQuery) -> int: ...

    def page(
        self, query: ListQuery, *, after: tuple[object, int] | None, limit: int
    ) -> list[RowT]: ...


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column: translated header, display getter, the service's sort key (None: unsortable)."""

    header: str
    getter: Callable[[RowT], Any]
    sort_key: str | None = None
    align_right: bool = False


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """Fetches PAGE_SIZE rows at a time as the view scrolls; sorting and search reload in SQL."""

    PAGE_SIZE = 200

    def __init__(self, source: PagedSource[RowT], columns: list[Column[RowT]], parent: Any = None):
        super().__init__(parent)
        self._source = source
        self._columns = columns
        self._rows: list[RowT] = []
        self._total = 0
        self._query = ListQuery()

    # --- loading -----------------------------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def reload(self, query: ListQuery | None = None) -> None:
        if query is not None:
            self._query = query
        first_page = getattr(self._source, "first_page", None)
        self.beginResetModel()
        if callable(first_page):  # one round trip for the total and the first rows
            page = first_page(self._query, limit=self.PAGE_SIZE)
            self._rows, self._total = list(page.rows), page.total
        else:
            self._rows, self._total = [], self._source.count(self._query)
        self.endResetModel()
        if not self._rows and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        after = getattr(self._rows[-1], "sort_key", None) if self._rows else None
        page = self._source.page(self._query, after=after, limit=self.PAGE_SIZE)
        if not page:  # the table shrank meanwhile
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, row_id: int) -> int | None:
        for i, item in enumerate(self._rows):
            if getattr(item, "id", None) == row_id:
                return i
        return None

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.getter(self._rows[index.row()])
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Never call super().headerData(): invalid QVariants trip a PySide6 refcount bug.
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        q = self._query
        self.reload(
            ListQuery(
                search=q.search, sort=key, descending=descending, enterprise_id=q.enterprise_id
            )
        )

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].sort_key is not None
