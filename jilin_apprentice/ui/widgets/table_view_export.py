""" "Export to Excel…" for list pages that are not ListTab-based: exactly what the table shows.

The rows of the current search and filter in their on-screen order, the visible columns in
their on-screen order, headers in the UI language. A lazily paged table is fetched to its end
first, so the file holds every matching row, not only those scrolled into view. Cells are the
text the table shows (ID numbers and phones already masked by the models), except that ISO
dates become Excel dates and small whole numbers become numbers; the shared writer
(services/table_export.py) defuses formula-like text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from jilin_apprentice.services.table_export import write_xlsx
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.state import UiState

EXPORT_DIR_KEY = "lists/exportDir"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNT = re.compile(r"0|[1-9]\d{0,6}")  # 8+ digits are numbers-as-text (student numbers)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableExport", text)


def _typed(text: Any) -> object:
    if text is None or text == "":
        return None
    shown = str(text)
    if _ISO_DATE.fullmatch(shown):
        try:
            return dt.date.fromisoformat(shown)
        except ValueError:
            return shown
    if _COUNT.fullmatch(shown):
        return int(shown)
    return shown


def shown_cells(table: QTableView) -> tuple[list[str], list[list[object]]]:
    """Titles and cells of the visible columns and rows, in the order on screen."""
    model = table.model()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    header = table.horizontalHeader()
    logical = (header.logicalIndex(v) for v in range(header.count()))
    columns = [c for c in logical if not header.isSectionHidden(c)]
    role = Qt.ItemDataRole.DisplayRole
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal, role) or "") for c in columns]
    rows = [
        [_typed(model.data(model.index(r, c), role)) for c in columns]
        for r in range(model.rowCount())
        if not table.isRowHidden(r)
    ]
    return titles, rows


def export_table(
    parent: QWidget,
    table: QTableView,
    title: str,
    state: UiState,
    today: dt.date,
    notify: Callable[[str], None] | None = None,
    path: Path | None = None,
) -> Path | None:
    """Ask where (unless `path` is given), write the .xlsx, report how many rows it holds."""
    if path is None:
        ask = getattr(parent, "ask_save_file", QFileDialog.getSaveFileName)
        folder = Path(state.value(EXPORT_DIR_KEY, str(Path.home())))
        name = f"{title}-{today.isoformat()}.xlsx"
        chosen, _ = ask(parent, _tr("Export to Excel"), str(folder / name), _tr("Excel (*.xlsx)"))
        if not chosen:
            return None
        path = Path(chosen)
        state.set_value(EXPORT_DIR_KEY, str(path.parent))
    titles, rows = shown_cells(table)
    try:
        written = write_xlsx(path, title, titles, rows)
    except OSError as exc:
        text = _tr("The file could not be written: %1").replace("%1", str(exc))
        Dialogs.warning(parent, _tr("Not exported"), text)
        return None
    if notify is not None:
        notify(_tr("Exported %1 rows").replace("%1", str(len(rows))))  # short: the bar is narrow
    return written
