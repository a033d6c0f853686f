"""Enterprises on top, the posts of the selected one below; both editable from the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.reference_data import majors_catalogue
from jilin_apprentice.ui.dialogs.enterprise_dialog import EnterpriseDialog
from jilin_apprentice.ui.dialogs.post_dialog import PostDialog
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.enterprise_table_model import EnterpriseTableModel
from jilin_apprentice.ui.models.post_table_model import PostTableModel
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.list_page_base import (
    SearchBar,
    connect_sorting,
    current_row_id,
    focus_search_shortcut,
    make_table,
    reload_with_search,
    select_first_row,
)
from jilin_apprentice.ui.widgets.table_view_export import export_table


def _table_shortcuts(
    table: QTableView, edit: Callable[[], None], delete: Callable[[], None]
) -> None:
    """Enter edits and Delete deletes, only while this table has the focus."""
    for key, action in (
        (QKeySequence(Qt.Key.Key_Return), edit),
        (QKeySequence(Qt.Key.Key_Enter), edit),
        (QKeySequence(QKeySequence.StandardKey.Delete), delete),
    ):
        shortcut = QShortcut(key, table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(action)


ENTERPRISE_WIDTHS = (240, 160, 120, 140, 90, 60, 90)
POST_WIDTHS = (160, 130, 70, 180, 130, 130, 140)


def _default_widths(table: QTableView, widths: tuple[int, ...]) -> None:
    """First-run widths; a layout the user saved is restored over them."""
    for section, width in enumerate(widths):
        table.horizontalHeader().resizeSection(section, width)


def _select_row(table: QTableView, row: int) -> None:
    table.selectionModel().setCurrentIndex(
        table.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


class EnterprisesPage(QWidget):
    def __init__(self, services: Services, state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EnterprisesPage")
        self._services = services
        self._state = state
        self.bar = SearchBar(self.tr("Search by name, credit code or address"))
        self.add_button = self.bar.add_button(self.tr("New"), "Ctrl+N")
        self.edit_button = self.bar.add_button(self.tr("Edit"))
        self.delete_button = self.bar.add_button(self.tr("Delete"))
        self.model = EnterpriseTableModel(services.enterprises, self)
        self.table = make_table("enterpriseTable")
        self.table.setModel(self.model)

        self.post_model = PostTableModel(self)
        self.post_table = make_table("postTable")
        self.post_table.horizontalHeader().setSortIndicatorShown(False)
        self.post_table.setModel(self.post_model)
        self.posts_label = QLabel()
        self.posts_label.setObjectName("postsTitle")
        self.add_post_button = QPushButton(self.tr("New post"))
        self.add_post_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_post_button.setToolTip(self.tr("New post") + " (Ctrl+Shift+N)")
        self.edit_post_button = QPushButton(self.tr("Edit post"))
        self.delete_post_button = QPushButton(self.tr("Delete post"))
        post_bar = QHBoxLayout()
        post_bar.setContentsMargins(0, 0, 0, 0)
        post_bar.addWidget(self.posts_label, 1)
        for button in (self.add_post_button, self.edit_post_button, self.delete_post_button):
            post_bar.addWidget(button)
        posts = QWidget()
        posts.setObjectName("postsPane")
        posts_layout = QVBoxLayout(posts)
        posts_layout.setContentsMargins(0, 0, 0, 0)
        posts_layout.addLayout(post_bar)
        posts_layout.addWidget(self.post_table)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("enterpriseSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(posts)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter)

        connect_sorting(self.table, self.model)
        self.bar.search_changed.connect(self.search)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.post_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_actions()
        )
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.post_table.doubleClicked.connect(lambda _i: self.edit_post())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button = self.bar.add_button(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.add_post_button.clicked.connect(self.add_post)
        self.edit_post_button.clicked.connect(self.edit_post)
        self.delete_post_button.clicked.connect(self.delete_post)
        focus_search_shortcut(self, self.bar)
        _table_shortcuts(self.table, self.edit_current, self.delete_current)
        _table_shortcuts(self.post_table, self.edit_post, self.delete_post)
        self.bar.edit.returnPressed.connect(self.table.setFocus)
        _default_widths(self.table, ENTERPRISE_WIDTHS)
        _default_widths(self.post_table, POST_WIDTHS)
        state.restore_header(self.table.horizontalHeader(), "enterprises")
        state.restore_header(self.post_table.horizontalHeader(), "enterprise_posts")
        state.restore_splitter(self.splitter, "enterprises")
        self.model.reload()
        select_first_row(self.table)
        self._show_posts(current_row_id(self.table))

    def save_state(self) -> None:
        self._state.save_header(self.table.horizontalHeader(), "enterprises")
        self._state.save_header(self.post_table.horizontalHeader(), "enterprise_posts")
        self._state.save_splitter(self.splitter, "enterprises")

    # --- enterprises -------------------------------------------------------------------------
    def search(self, text: str) -> None:
        reload_with_search(self.model, text)
        select_first_row(self.table)
        if self.model.rowCount() == 0:
            self._show_posts(None)

    def _update_count(self) -> None:
        self.bar.count_label.setText(self.tr("%n enterprise(s)", "", self.model.total))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self._show_posts(row.id if row else None)

    def _current_enterprise(self) -> tuple[int, str] | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return (row.id, row.name) if row else None

    def add(self) -> None:
        dialog = EnterpriseDialog(self._services.enterprises, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self._reload_and_select(dialog.saved_id)

    def edit_current(self) -> None:
        enterprise_id = current_row_id(self.table)
        if enterprise_id is None:
            return
        try:
            detail = self._services.enterprises.get(enterprise_id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Enterprise"), translate_error(exc))
            self._reload_and_select(None)
            return
        dialog = EnterpriseDialog(self._services.enterprises, detail, self)
        if dialog.exec():
            self._reload_and_select(enterprise_id)

    def delete_current(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        mentors = len(self._services.staff.choices("enterprise_mentor", row.id))
        question = self.tr(
            "Delete enterprise %1? Its %2 post(s) and %3 enterprise mentor(s) "
            "are deleted with it. This cannot be undone."
        )
        text = (
            question.replace("%1", row.name)
            .replace("%2", str(row.post_count))
            .replace("%3", str(mentors))
        )
        if not Dialogs.confirm(self, self.tr("Delete enterprise"), text):
            return
        try:
            self._services.enterprises.delete(row.id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not deleted"), translate_error(exc))
            return
        self.model.reload()
        select_first_row(self.table)
        self._show_posts(current_row_id(self.table))

    def _reload_and_select(self, enterprise_id: int | None, post_id: int | None = None) -> None:
        self.model.reload()
        row = None
        if enterprise_id is not None:
            row = self.model.row_of_id(enterprise_id)
            while row is None and self.model.canFetchMore():
                self.model.fetchMore()
                row = self.model.row_of_id(enterprise_id)
        if row is None:  # e.g. saved but hidden by the current search
            select_first_row(self.table)
            self._show_posts(current_row_id(self.table))
            return
        _select_row(self.table, row)
        self.table.scrollTo(self.model.index(row, 0))
        self._show_posts(enterprise_id, post_id)

    # --- posts -------------------------------------------------------------------------------
    def _show_posts(self, enterprise_id: int | None, select_post: int | None = None) -> None:
        rows = []
        if enterprise_id is not None:
            try:
                rows = self._services.enterprises.posts_of(enterprise_id)
            except DomainError as exc:
                Dialogs.warning(self, self.tr("Posts"), translate_error(exc))
        self.post_model.set_rows(rows)
        current = self._current_enterprise() if enterprise_id is not None else None
        self.posts_label.setText(
            self.tr("Posts of %1").replace("%1", current[1])
            if current
            else self.tr("Select an enterprise to see its posts")
        )
        target = self.post_model.row_of_id(select_post) if select_post is not None else None
        if target is None and rows:
            target = 0
        if target is not None:
            _select_row(self.post_table, target)
        self._update_actions()

    def _update_actions(self) -> None:
        has_enterprise = self.table.currentIndex().isValid()
        has_post = self.post_table.currentIndex().isValid() and has_enterprise
        self.edit_button.setEnabled(has_enterprise)
        self.delete_button.setEnabled(has_enterprise)
        self.add_post_button.setEnabled(has_enterprise)
        self.edit_post_button.setEnabled(has_post)
        self.delete_post_button.setEnabled(has_post)

    def _categories(self) -> list[str]:
        return sorted({m.category for m in majors_catalogue()})

    def add_post(self) -> None:
        enterprise_id = current_row_id(self.table)
        if enterprise_id is None:
            return
        dialog = PostDialog(
            self._services.enterprises, enterprise_id, categories=self._categories(), parent=self
        )
        if dialog.exec() and dialog.saved_id is not None:
            self._reload_and_select(enterprise_id, dialog.saved_id)

    def edit_post(self) -> None:
        enterprise_id = current_row_id(self.table)
        post = self.post_model.row_at(self.post_table.currentIndex().row())
        if enterprise_id is None or post is None:
            return
        dialog = PostDialog(
            self._services.enterprises, enterprise_id, post, self._categories(), self
        )
        if dialog.exec():
            self._reload_and_select(enterprise_id, post.id)

    def delete_post(self) -> None:
        enterprise_id = current_row_id(self.table)
        post = self.post_model.row_at(self.post_table.currentIndex().row())
        if enterprise_id is None or post is None:
            return
        question = self.tr("Delete post %1? This cannot be undone.")
        text = question.replace("%1", post.draft.title)
        if not Dialogs.confirm(self, self.tr("Delete post"), text):
            return
        try:
            self._services.enterprises.delete_post(post.id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not deleted"), translate_error(exc))
            return
        self._reload_and_select(enterprise_id)

    def export(self, path: Path | None = None) -> Path | None:
        """Export to Excel…: the list as shown (search, order, visible columns), masked."""
        return export_table(
            self, self.table, self.tr("Enterprises"), self._state, self._services.today(),
            self.bar.count_label.setText, path,
        )  # fmt: skip
