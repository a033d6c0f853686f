"""Placements: every placement with its status, filterable, opening the editor; batches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.placement_dto import PlacementRow
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.dialogs.batch_dialog import BatchDialog
from jilin_apprentice.ui.dialogs.placement_dialog import PlacementDialog
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.list_page_base import SearchBar, make_table
from jilin_apprentice.ui.widgets.table_view_export import export_table

Index = QModelIndex | QPersistentModelIndex
STATUSES = ("draft", "approved", "active", "completed", "terminated")


class PlacementTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[PlacementRow] = []

    def set_rows(self, rows: list[PlacementRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Student"),
            self.tr("Class"),
            self.tr("Enterprise"),
            self.tr("Post"),
            self.tr("Type"),
            self.tr("Status"),
            self.tr("Period"),
            self.tr("School supervisor"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.UserRole,
        ):
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:  # sort key
            keys = (
                r.student_name,
                r.class_name,
                r.enterprise_name,
                r.post_title,
                r.type,
                STATUSES.index(r.status),
                r.start_date.isoformat(),
                r.supervisor_name,
            )
            return keys[index.column()]
        return (
            r.student_name,
            r.class_name,
            r.enterprise_name,
            r.post_title,
            labels.placement_kind(r.type),
            labels.placement_status(r.status),
            f"{r.start_date:%Y-%m-%d} – {r.end_date:%Y-%m-%d}",
            r.supervisor_name,
        )[index.column()]


class PlacementsPage(QWidget):
    def __init__(self, services: Services, state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlacementsPage")
        self._services = services
        self._state = state
        self.bar = SearchBar(self.tr("Search student, class or enterprise (Ctrl+F)"))
        self.status = QComboBox(objectName="statusFilter")
        self.status.addItem(self.tr("All statuses"), None)
        for code in STATUSES:
            self.status.addItem(labels.placement_status(code), code)
        self.new_button = self.bar.add_button(self.tr("New placement"), "Ctrl+N")
        self.batch_button = self.bar.add_button(self.tr("Batch for a class…"), "Ctrl+B")
        self.delete_button = self.bar.add_button(self.tr("Delete draft"))
        self.model = PlacementTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = make_table("placementsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        top = QHBoxLayout()
        top.addWidget(self.status)
        top.addWidget(self.bar, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        state.restore_header(self.table.horizontalHeader(), "placements/table")
        self.bar.search_changed.connect(lambda _t: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button.clicked.connect(self.new_placement)
        self.batch_button.clicked.connect(self.new_batch)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = self.bar.add_button(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.bar.edit.setFocus)
        QTimer.singleShot(0, self.reload)

    def reload(self) -> None:
        rows = self._services.placements.list(
            status=self.status.currentData(), search=self.bar.edit.text()
        )
        self.model.set_rows(rows)
        self.bar.count_label.setText(self.tr("%1 placements").replace("%1", str(len(rows))))

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()].id

    def open_placement(self, placement_id: int | None) -> bool:
        dialog = PlacementDialog(self._services, placement_id, parent=self)
        dialog.exec()
        if dialog.changed:
            self.reload()
        return dialog.changed

    def open_selected(self) -> None:
        placement_id = self.selected_id()
        if placement_id is not None:
            self.open_placement(placement_id)

    def new_placement(self) -> None:
        self.open_placement(None)

    def new_batch(self) -> None:
        dialog = BatchDialog(self._services, self)
        if dialog.exec() and dialog.result_ids:
            self.reload()

    def delete_selected(self) -> None:
        placement_id = self.selected_id()
        if placement_id is None:
            return
        if not Dialogs.confirm(
            self, self.tr("Delete draft"), self.tr("Delete this draft placement for good?")
        ):
            return
        try:
            self._services.placements.delete(placement_id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not deleted"), translate_error(exc))
            return
        self.reload()

    def save_state(self) -> None:
        self._state.save_header(self.table.horizontalHeader(), "placements/table")

    def export(self, path: Path | None = None) -> Path | None:
        """Export to Excel…: the list as shown (search, order, visible columns), masked."""
        return export_table(
            self, self.table, self.tr("Placements"), self._state, self._services.today(),
            self.bar.count_label.setText, path,
        )  # fmt: skip
