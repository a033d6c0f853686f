"""The import dialog's tables: the preview rows (status colour, reasons) and the column mapping."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHeaderView,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jilin_apprentice import messages
from jilin_apprentice.messages import join_reasons
from jilin_apprentice.services.import_dto import ImportColumn, PreviewRow
from jilin_apprentice.ui.errors import translate_violation

Index = QModelIndex | QPersistentModelIndex
BACKGROUND = {"ok": "#e6f4ea", "duplicate": "#fff4d6", "invalid": "#fde2e1"}
FOREGROUND = {"ok": "#1e5631", "duplicate": "#7a5200", "invalid": "#8c1d18"}
IGNORE = ""
PROGRESS_FROM = 2000  # rows; smaller files are checked before a progress window would show


def field_label(field: str, kind: str = "") -> str:
    """The field's label; "name" says whose name, as a column choice must."""
    if field == "name" and kind == "students":
        return QCoreApplication.translate("ImportDialog", "Student name")
    if field == "name" and kind == "enterprises":
        field = "enterprise_name"
    key = messages.field_key(field)
    return QCoreApplication.translate("Fields", messages.FIELDS.get(key, field))


def status_label(status: str) -> str:
    labels = {
        "ok": QCoreApplication.translate("ImportDialog", "Ready"),
        "duplicate": QCoreApplication.translate("ImportDialog", "Duplicate"),
        "invalid": QCoreApplication.translate("ImportDialog", "Invalid"),
    }
    return labels.get(status, status)


def reasons_text(row: PreviewRow) -> str:
    return join_reasons(translate_violation(v) for v in (*row.reasons, *row.warnings))


class PreviewModel(QAbstractTableModel):
    """Row, status, key (masked ID / credit code), name, reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PreviewRow] = []
        self._reasons: list[str] = []

    def headers(self) -> list[str]:
        return [  # spelled out: lupdate finds only literal QCoreApplication.translate calls
            QCoreApplication.translate("ImportDialog", "Sheet row"),
            QCoreApplication.translate("ImportDialog", "Status"),
            QCoreApplication.translate("ImportDialog", "ID / code"),
            QCoreApplication.translate("ImportDialog", "Name"),
            QCoreApplication.translate("ImportDialog", "Reasons"),
        ]

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._reasons = [""] * len(rows)  # rendered when first shown: 10,000 rows open fast
        self._done = [False] * len(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def reasons(self, i: int) -> str:
        if not self._done[i]:
            self._reasons[i] = reasons_text(self.rows[i])
            self._done[i] = True
        return self._reasons[i]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = [row.row, status_label(row.status), row.key, row.label]
            return values[column] if column < 4 else self.reasons(index.row())
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return (row.row, row.status, row.key, row.label, self.reasons(index.row()))[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == 1:
            return QBrush(QColor(BACKGROUND[row.status]))
        if role == Qt.ItemDataRole.ForegroundRole and column in (1, 4):
            return QBrush(QColor(FOREGROUND[row.status]))
        return None


class ProblemFilter(QSortFilterProxyModel):
    """Sorts by the raw values; with `only_problems` hides the ready rows."""

    def __init__(self, source: PreviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.only_problems = False

    def set_only_problems(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_problems = on
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if not self.only_problems:
            return True
        found = self.sourceModel().rows[row]  # type: ignore[attr-defined]
        return found.status != "ok" or bool(found.warnings)


class MappingTable(QTableWidget):
    """One line per sheet column: its header and a choice of field (or "do not import")."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("mappingTable")
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Column in the sheet"),
                QCoreApplication.translate("ImportDialog", "Imported as"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self._combos: list[tuple[str, QComboBox]] = []

    def show_columns(
        self, columns: tuple[ImportColumn, ...], fields: tuple[str, ...], kind: str = ""
    ) -> None:
        self.setRowCount(len(columns))
        self._combos = []
        for r, column in enumerate(columns):
            item = QTableWidgetItem(f"{_letter(column.index)}  {column.header}")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(r, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"field_{column.index}")
            combo.addItem(QCoreApplication.translate("ImportDialog", "— do not import —"), IGNORE)
            for field in fields:
                combo.addItem(field_label(field, kind), field)
            combo.setCurrentIndex(max(0, combo.findData(column.field or IGNORE)))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.setCellWidget(r, 1, combo)
            self._combos.append((column.header, combo))

    def mapping(self) -> dict[str, str | None]:
        """Header -> field (None: ignored), as the service and the presets take it."""
        return {header: (combo.currentData() or None) for header, combo in self._combos if header}

    def combo_for(self, header: str) -> QComboBox | None:
        return next((c for h, c in self._combos if h == header), None)


def _letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: as Excel names columns."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


class ProgressWindow:
    """A progress window for big files; `progress(done, total)` keeps the window painted."""

    def __init__(self, parent: QWidget, label: str) -> None:
        self._parent, self._label = parent, label
        self._dialog: QProgressDialog | None = None

    def __enter__(self) -> ProgressWindow:
        return self

    def __call__(self, done: int, total: int) -> None:
        if total < PROGRESS_FROM:
            return
        if self._dialog is None:
            self._dialog = QProgressDialog(self._label, "", 0, total, self._parent)
            self._dialog.setObjectName("progress")
            self._dialog.setCancelButton(None)
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(0)
        self._dialog.setValue(done)
        QApplication.processEvents()

    def __exit__(self, *_exc: object) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
