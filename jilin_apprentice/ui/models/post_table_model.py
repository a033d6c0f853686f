"""The posts of one enterprise: a handful of rows, held in memory."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from jilin_apprentice.domain.money import yuan_or_blank
from jilin_apprentice.services.dto import PostRow
from jilin_apprentice.ui import labels

Index = QModelIndex | QPersistentModelIndex
CHECK = "✓"
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
PROHIBITED_INTENSITY = 3  # level III and above: not for interns (REG-2021 Art 16(7))


yuan = yuan_or_blank  # integer fen as yuan, exactly; None stays blank


def _roman(level: int) -> str:
    return ROMAN.get(level, str(level))


def _hazards(codes: tuple[str, ...]) -> str:
    names = dict(labels.hazards())
    return ", ".join(names.get(code, code) for code in codes)


class PostTableModel(QAbstractTableModel):
    """Read-only rows of `PostRow`; `set_rows` replaces them all."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PostRow] = []
        translate = QCoreApplication.translate  # literal contexts below, so lupdate extracts them
        self._columns: list[tuple[str, Callable[[PostRow], str], bool]] = [
            (translate("PostTableModel", "Post title"), lambda r: r.draft.title, False),
            (
                translate("PostTableModel", "Major category"),
                lambda r: r.draft.major_category or "",
                False,
            ),
            (
                translate("PostTableModel", "Intensity"),
                lambda r: _roman(r.draft.physical_intensity_level),
                False,
            ),
            (translate("PostTableModel", "Hazards"), lambda r: _hazards(r.draft.hazards), False),
            (
                translate("PostTableModel", "Minors prohibited"),
                lambda r: CHECK if r.draft.minor_prohibited else "",
                False,
            ),
            (
                translate("PostTableModel", "Females prohibited"),
                lambda r: CHECK if r.draft.female_prohibited else "",
                False,
            ),
            (
                translate("PostTableModel", "Same-post wage ¥"),
                lambda r: yuan(r.draft.same_post_wage_fen),
                True,
            ),
            (
                translate("PostTableModel", "On-post staff"),
                lambda r: str(r.draft.on_post_staff),
                True,
            ),
        ]

    # --- content -----------------------------------------------------------------------------
    def set_rows(self, rows: list[PostRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PostRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, post_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == post_id), None)

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        _header, getter, right = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return getter(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if index.column() in (2, 4, 5):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 2 and row.draft.physical_intensity_level >= PROHIBITED_INTENSITY:
                return QCoreApplication.translate(
                    "PostTableModel",
                    "Level III and above is prohibited for interns (REG-2021 Art 16(7)).",
                )
            if index.column() == 0 and row.draft.description:
                return row.draft.description
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Never call super().headerData(): invalid QVariants trip a PySide6 refcount bug.
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section][0]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None
