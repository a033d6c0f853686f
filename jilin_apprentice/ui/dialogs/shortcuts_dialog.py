"""Help ▸ Keyboard shortcuts: a sortable, filterable table of every key the app answers to.

The menu shortcuts are read from the main window's QActions at the moment the dialog opens, so
they cannot go stale; the keys the pages bind on their tables and buttons are listed in
`page_keys()` (tests/gui/test_help_menu.py checks that every key a page binds is listed there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.cli import PAGES
from jilin_apprentice.ui.dialogs.help_dialog import fit_to_screen

MENU_SEPARATOR = " ▸ "
_CJK_MNEMONIC = re.compile(r"\(&\w\)")  # Chinese/Korean menus put the key after


@dataclass(frozen=True)
class ShortcutRow:
    keys: str  # native text, e.g. "Ctrl+I"; Return is shown as Enter
    action: str
    where: str


def key_text(sequence: QKeySequence) -> str:
    """Native text as the user sees it on the keyboard ("Return" is the Enter key)."""
    text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return "Enter" if text == "Return" else text


def _plain(text: str) -> str:
    """Menu text without its mnemonic: `&File` → `File`, `文件(&F)` → `文件`, `&&` → `&`."""
    text = _CJK_MNEMONIC.sub("", text.replace("&&", "\0"))
    return text.replace("&", "").replace("\0", "&")


def _menu_rows(menu: QMenu, path: list[str]) -> list[ShortcutRow]:
    rows: list[ShortcutRow] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            rows += _menu_rows(sub, [*path, _plain(action.text())])
            continue
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                where = MENU_SEPARATOR.join(path)
                rows.append(ShortcutRow(key_text(sequence), _plain(action.text()), where))
    return rows


def window_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every menu action with a shortcut, with its menu path (read from the live menus)."""
    rows: list[ShortcutRow] = []
    menu_word = QCoreApplication.translate("ShortcutsDialog", "Menu")
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows += _menu_rows(menu, [menu_word, _plain(top.text())])
    in_menus = {(r.keys, r.action) for r in rows}
    for action in window.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
        for sequence in action.shortcuts():
            row = ShortcutRow(key_text(sequence), _plain(action.text()), window.windowTitle())
            if not sequence.isEmpty() and (row.keys, row.action) not in in_menus:
                rows.append(row)
    return rows


def page_keys() -> list[tuple[str, str, str]]:
    """(page name, keys, what it does) for the keys the pages bind on tables and buttons."""

    translate = QCoreApplication.translate
    find = translate("ShortcutsDialog", "Put the cursor in the search box")
    open_row = translate("ShortcutsDialog", "Open the selected row")
    edit_row = translate("ShortcutsDialog", "Edit the selected row")
    delete_row = translate("ShortcutsDialog", "Delete the selected row (asks first)")
    rows = [
        (
            "home",
            "Enter",
            translate("ShortcutsDialog", "Open the placement of the selected finding"),
        ),
        ("home", "F5", translate("ShortcutsDialog", "Check again")),
    ]
    for page in ("students", "staff"):
        rows += [
            (page, "Ctrl+F", find),
            (page, "Ctrl+N", translate("ShortcutsDialog", "New")),
            (page, "Enter", edit_row),
            (page, "Del", delete_row),
        ]
    rows += [
        ("enterprises", "Ctrl+F", find),
        ("enterprises", "Ctrl+N", translate("ShortcutsDialog", "New enterprise")),
        ("enterprises", "Ctrl+Shift+N", translate("ShortcutsDialog", "New post of the enterprise")),
        ("enterprises", "Enter", edit_row),
        ("enterprises", "Del", delete_row),
        ("placements", "Ctrl+F", find),
        ("placements", "Ctrl+N", translate("ShortcutsDialog", "New placement")),
        ("placements", "Ctrl+B", translate("ShortcutsDialog", "Batch for a class")),
        ("placements", "Enter", open_row),
        (
            "placements",
            "Del",
            translate("ShortcutsDialog", "Delete the selected draft (asks first)"),
        ),
        ("apprenticeships", "Ctrl+F", find),
        ("apprenticeships", "Ctrl+N", translate("ShortcutsDialog", "New item on the current tab")),
        ("apprenticeships", "Enter", open_row),
        ("apprenticeships", "Del", delete_row),
        (
            "apprenticeships",
            "← → ↑ ↓ / PgUp / PgDown",
            translate("ShortcutsDialog", "Calendar: day, week, month (Shift extends the choice)"),
        ),
        ("apprenticeships", "Space", translate("ShortcutsDialog", "Calendar: choose the day")),
        (
            "apprenticeships",
            "Enter",
            translate("ShortcutsDialog", "Calendar: set the chosen days"),
        ),
        ("apprenticeships", "Ctrl+G", translate("ShortcutsDialog", "Calendar: generate")),
        (
            "apprenticeships",
            "Ctrl+L",
            translate("ShortcutsDialog", "Calendar: mark the days as leave"),
        ),
        ("board", "Ctrl+F", find),
        ("board", "Ctrl+N", translate("ShortcutsDialog", "New opening")),
        ("board", "Enter", open_row),
        ("board", "Del", delete_row),
        ("pay", "Ctrl+F", find),
        ("pay", "Ctrl+Shift+I", translate("ShortcutsDialog", "Import a payroll sheet")),
        ("pay", "Ctrl+N", translate("ShortcutsDialog", "Record a payment")),
        ("pay", "Enter", open_row),
        ("insurance", "Ctrl+F", find),
        (
            "insurance",
            "Ctrl+N",
            translate("ShortcutsDialog", "New policy or incident (current tab)"),
        ),
        ("insurance", "Enter", open_row),
        ("insurance", "Del", delete_row),
        ("agreements", "Ctrl+F", find),
        ("agreements", "Ctrl+G", translate("ShortcutsDialog", "Generate for a placement")),
        ("agreements", "Ctrl+B", translate("ShortcutsDialog", "Generate for a class / all ready")),
        ("agreements", "Ctrl+O", translate("ShortcutsDialog", "Open the PDF")),
        ("agreements", "Enter", translate("ShortcutsDialog", "Open the PDF")),
        (
            "settings",
            "Ctrl+N",
            translate("ShortcutsDialog", "Users: new user; Personal data: new consent"),
        ),
        (
            "settings",
            "Enter",
            translate("ShortcutsDialog", "Users: edit; Backups: restore the backup"),
        ),
        ("settings", "Del", translate("ShortcutsDialog", "Personal data: withdraw the consent")),
        ("", "Esc", translate("ShortcutsDialog", "Close a dialog without saving")),
        ("", "Tab / Shift+Tab", translate("ShortcutsDialog", "Next / previous field")),
        (
            "",
            "Alt+letter",
            translate("ShortcutsDialog", "The menu or button with that underlined letter"),
        ),
    ]
    return rows


def all_rows(window: QMainWindow) -> list[ShortcutRow]:
    titles = getattr(window, "page_title", None)
    everywhere = QCoreApplication.translate("ShortcutsDialog", "Everywhere, dialogs")
    rows = window_rows(window)
    order = {name: index for index, name in enumerate(PAGES)}  # navigation order, then dialogs
    for page, keys, text in sorted(page_keys(), key=lambda r: order.get(r[0], len(PAGES))):
        where = everywhere if not page else (titles(page) if callable(titles) else page)
        rows.append(ShortcutRow(keys, text, where))
    return rows


class ShortcutsDialog(QDialog):
    """Keys, what they do, where they work; click a header to sort, type to filter."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = all_rows(window)
        self.model = QStandardItemModel(len(self.rows), 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("Where")])
        for row, item in enumerate(self.rows):
            for column, text in enumerate((item.keys, item.action, item.where)):
                cell = QStandardItem(text)
                cell.setEditable(False)
                self.model.setItem(row, column, cell)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(objectName="shortcutsTable")
        self.table.setModel(self.proxy)
        # no sort column at first: menus, then the pages in navigation order
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.filter = QLineEdit(objectName="shortcutsFilter")
        self.filter.setPlaceholderText(self.tr("Filter: a key, an action or a page"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.count = QLabel(objectName="shortcutsCount")
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._update_count()
        fit_to_screen(self, 720, 620)

    def _update_count(self, *_args: object) -> None:
        self.count.setText(
            self.tr("%1 of %2")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )
