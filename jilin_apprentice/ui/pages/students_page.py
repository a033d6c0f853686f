"""Students: find any of thousands in a keystroke; both identities of the selected one below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.dialogs.student_dialog import StudentDialog
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.student_table_model import StudentTableModel
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.identity_panel import IdentityPanel
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


class StudentsPage(QWidget):
    def __init__(self, services: Services, state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StudentsPage")
        self._services = services
        self._state = state
        self.bar = SearchBar(self.tr("Search by name, ID number, class, phone or student number"))
        self.add_button = self.bar.add_button(self.tr("New"), "Ctrl+N")
        self.edit_button = self.bar.add_button(self.tr("Edit"))
        self.delete_button = self.bar.add_button(self.tr("Delete"))
        self.model = StudentTableModel(services.students, self)
        self.table = make_table("studentTable")
        self.table.setModel(self.model)
        self.panel = IdentityPanel()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("studentSplitter")
        panel_scroll = QScrollArea()  # lets the splitter give the list room on small screens
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        panel_scroll.setWidget(self.panel)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(panel_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter)
        connect_sorting(self.table, self.model)
        self.bar.search_changed.connect(self.search)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button = self.bar.add_button(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        focus_search_shortcut(self, self.bar)
        for key, slot in (
            (QKeySequence(Qt.Key.Key_Return), self.edit_current),
            (QKeySequence(Qt.Key.Key_Enter), self.edit_current),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_current),
        ):
            shortcut = QShortcut(key, self.table, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing a search
        self.bar.edit.returnPressed.connect(self.table.setFocus)
        self.model.reload()
        self.table.resizeColumnsToContents()  # first run; a saved layout overrides it below
        state.restore_header(self.table.horizontalHeader(), "students")
        state.restore_splitter(self.splitter, "students")
        select_first_row(self.table)

    def save_state(self) -> None:
        self._state.save_header(self.table.horizontalHeader(), "students")
        self._state.save_splitter(self.splitter, "students")

    def search(self, text: str) -> None:
        reload_with_search(self.model, text)
        select_first_row(self.table)
        if self.model.rowCount() == 0:
            self.panel.show_student(None)

    def _update_count(self) -> None:
        self.bar.count_label.setText(self.tr("%n student(s)", "", self.model.total))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        try:
            self.panel.show_student(self._services.students.get(row.id) if row else None)
        except DomainError as exc:
            self.panel.show_student(None)
            Dialogs.warning(self, self.tr("Student"), translate_error(exc))

    def _supervisors(self) -> list[tuple[int, str]]:
        return [(c.id, c.label) for c in self._services.staff.choices("school_supervisor")]

    def add(self) -> None:
        dialog = StudentDialog(self._services.students, self._supervisors(), parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self._reload_and_select(dialog.saved_id)

    def edit_current(self) -> None:
        student_id = current_row_id(self.table)
        if student_id is None:
            return
        try:
            detail = self._services.students.get(student_id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Student"), translate_error(exc))
            return
        dialog = StudentDialog(self._services.students, self._supervisors(), detail, self)
        if dialog.exec():
            self._reload_and_select(student_id)

    def delete_current(self) -> None:
        student_id = current_row_id(self.table)
        row = self.model.row_at(self.table.currentIndex().row())
        if student_id is None or row is None:
            return
        question = self.tr("Delete student %1 (%2)? This cannot be undone.")
        if not Dialogs.confirm(
            self,
            self.tr("Delete student"),
            question.replace("%1", row.name).replace("%2", row.class_name),
        ):
            return
        try:
            self._services.students.delete(student_id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not deleted"), translate_error(exc))
            return
        self.model.reload()
        select_first_row(self.table)

    def _reload_and_select(self, student_id: int) -> None:
        self.model.reload()
        pages = 0
        while (row := self.model.row_of_id(student_id)) is None and self.model.canFetchMore():
            if pages == 25:  # deep in a huge list: show it by searching for it instead
                self.bar.edit.setText(self._services.students.get(student_id).name)
                self.bar.flush()
                pages = 0
                continue
            self.model.fetchMore()
            pages += 1
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._on_current(self.model.index(row, 0), QModelIndex())

    def export(self, path: Path | None = None) -> Path | None:
        """Export to Excel…: the list as shown (search, order, visible columns), masked."""
        return export_table(
            self, self.table, self.tr("Students"), self._state, self._services.today(),
            self.bar.count_label.setText, path,
        )  # fmt: skip
