"""The post board (issue 7, seed §(12), §(26)): enterprises' openings above, the selected
opening's ranked free students below; accept one, or allocate a whole class at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.board_dto import OpeningRow, Suggestion
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.dialogs.allocation_dialog import AllocationDialog
from jilin_apprentice.ui.dialogs.opening_dialog import OpeningDialog
from jilin_apprentice.ui.dialogs.preference_dialog import PreferenceDialog
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import (
    Column,
    InsuranceColumns,
    RowsModel,
    RowsProxy,
    period_text,
)
from jilin_apprentice.ui.pages.board_texts import BoardTexts
from jilin_apprentice.ui.pages.insurance_page import ListTab
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.form_fields import HINT_STYLE
from jilin_apprentice.ui.widgets.list_page_base import make_table

EXPORT_DIR_KEY = "board/exportDir"
WHY_COLUMN, WHY_WIDTH, MAX_WIDTH = 6, 380, 160


def _num(title: str, get: Any) -> Column[Any]:
    return Column(title, lambda r: str(get(r)), key=get, cell=get, right=True)


class OpeningsTab(ListTab):
    """The openings: search, a status filter, places left; Ctrl+N, Enter, Delete."""

    def __init__(self, page: BoardPage) -> None:
        t = page.board_texts
        columns: list[Column[OpeningRow]] = [
            Column(t.header("opening"), lambda r: r.title, tip=True),
            Column(t.header("enterprise"), lambda r: r.enterprise_name, tip=True),
            Column(t.header("post"), lambda r: r.post_title),
            _num(t.header("places"), lambda r: r.count),
            Column(
                t.header("remaining"),
                lambda r: str(r.remaining),
                key=lambda r: r.remaining,
                cell=lambda r: r.remaining,
                right=True,
                flag=lambda r: r.status == "open" and r.remaining == 0,
            ),
            Column(t.header("majors"), lambda r: t.majors(r.majors), tip=True),
            Column(t.header("years"), lambda r: t.years(r.grade_years)),
            Column(
                t.header("period"),
                lambda r: period_text(r.start_date, r.end_date),
                key=lambda r: r.start_date,
            ),
            Column(t.header("pay"), lambda r: t.pay(r.pay_amount_fen, r.pay_unit), right=True),
            Column(t.header("status"), lambda r: t.status(r.status)),
        ]
        super().__init__(page, "board_openings", t.header("title"), columns)
        self.board = page
        self.status = QComboBox(objectName="statusFilter")
        self.status.addItem(self.tr("All"), "")
        for code in ("open", "filled", "closed"):
            self.status.addItem(t.status(code), code)
        self.filters.addWidget(self.status)
        self.status.currentIndexChanged.connect(lambda _i: self.load())
        self.new_action = self.add_action(self.tr("New opening"), self.new_opening, "Ctrl+N")
        self.add_action(self.tr("Edit"), self.open_current)
        self.close_action = self.add_action(self.tr("Close"), self.close_current)
        self.reopen_action = self.add_action(self.tr("Reopen"), self.reopen_current)
        self.add_action(self.tr("Delete"), self.delete_current)
        self.toolbar.addSeparator()
        self.add_action(self.tr("Allocate a class…"), self.board.allocate)
        self.add_export()
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.board.show_suggestions(self.current())
        )

    def fetch(self) -> list[OpeningRow]:
        return self.board.services.board.list_openings(status=self.status.currentData() or None)

    def load(self) -> None:
        super().load()
        self.board.show_suggestions(self.current())

    def new_opening(self) -> None:
        self._edit(None)

    def open_current(self) -> None:
        row = self.current()
        if row is not None:
            self._edit(row)

    def _edit(self, row: OpeningRow | None) -> None:
        dialog = OpeningDialog(self.board.services, row, self)
        if dialog.exec() and dialog.saved_id is not None:
            saved = dialog.saved_id
            self.load()
            self.select(lambda r: r.id == saved)

    def _status(self, status: str) -> None:
        row = self.current()
        if row is None:
            return
        try:
            self.board.services.board.set_status(row.id, status, version=row.version)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not changed"), translate_error(exc))
        self.load()

    def close_current(self) -> None:
        self._status("closed")

    def reopen_current(self) -> None:
        self._status("open")

    def delete_current(self) -> None:
        row = self.current()
        if row is None:
            return
        question = self.tr("Delete the opening %1?").replace("%1", row.title)
        if not Dialogs.confirm(self, self.tr("Delete opening"), question):
            return
        try:
            self.board.services.board.delete_opening(row.id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not deleted"), translate_error(exc))
        self.load()


class SuggestionsPanel(QWidget):
    """The selected opening's ranked free students, each score explained; Accept, Wishes…"""

    def __init__(self, page: BoardPage) -> None:
        super().__init__(objectName="suggestions")
        self.page = page
        t = page.board_texts
        self.opening: OpeningRow | None = None
        self.heading = QLabel(objectName="heading", wordWrap=True)
        self.notice = QLabel(objectName="excluded", wordWrap=True)
        self.notice.setStyleSheet(HINT_STYLE)
        self.toolbar = QToolBar(objectName="suggestionTools")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.accept_action = self.toolbar.addAction(self.tr("Accept → draft placement"))
        self.accept_action.triggered.connect(lambda _c=False: self.accept_current())
        self.wishes_action = self.toolbar.addAction(self.tr("Availability and wishes…"))
        self.wishes_action.triggered.connect(lambda _c=False: self.edit_wishes())
        columns: list[Column[Suggestion]] = [
            Column(self.tr("Student"), lambda r: r.student_name),
            Column(self.tr("Class"), lambda r: r.class_name),
            Column(self.tr("Major"), lambda r: r.major, tip=True),
            _num(self.tr("Age"), lambda r: r.age),
            _num(self.tr("Year"), lambda r: r.grade_year),
            _num(self.tr("Score"), lambda r: r.score),
            Column(self.tr("Why"), lambda r: t.explain(r.parts), tip=True),
            Column(
                self.tr("Warnings"),
                lambda r: ", ".join(r.warnings),
                flag=lambda r: bool(r.warnings),
            ),
            Column(self.tr("Paperwork still due"), lambda r: ", ".join(r.paperwork), tip=True),
        ]
        self.model: RowsModel[Suggestion] = RowsModel(columns, self)
        self.proxy = RowsProxy(self.model, self)
        self.table = make_table("suggestionTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._fitted = bool(page.state.value("header/board/suggestions"))
        page.state.restore_header(self.table.horizontalHeader(), "board/suggestions")
        self.table.doubleClicked.connect(lambda _i: self.edit_wishes())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)

    def current(self) -> Suggestion | None:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def show_opening(self, opening: OpeningRow | None) -> None:
        self.opening = opening
        t = self.page.board_texts
        if opening is None:
            self.heading.setText(self.tr("Choose an opening to see the students who may take it."))
            self.notice.clear()
            self.model.set_rows([])
            self._enable(False)
            return
        result = self.page.services.board.suggestions(opening.id)
        self.model.set_rows(result.rows)
        if self.model.rows:
            self.table.selectRow(0)
            self._fit_columns()
        head = self.tr("%1 · %2 · %3 — %4 students may take it.")
        for i, value in enumerate(
            (
                opening.title,
                opening.enterprise_name,
                t.places(result.remaining, result.places, result.cap_limited),
                len(result.rows),
            ),
            1,
        ):
            head = head.replace(f"%{i}", str(value))
        self.heading.setText(head)
        self.notice.setText(t.excluded(result.excluded))
        self._enable(opening.status == "open" and result.places > 0)

    def _fit_columns(self) -> None:
        """First time only (the user's widths are remembered): fit, the reasons wider."""
        if self._fitted:
            return
        self._fitted = True
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            widest = WHY_WIDTH if column == WHY_COLUMN else MAX_WIDTH
            header.resizeSection(column, min(header.sectionSize(column), widest))

    def _enable(self, can_accept: bool) -> None:
        has_row = self.model.rowCount() > 0
        self.accept_action.setEnabled(can_accept and has_row)
        self.wishes_action.setEnabled(has_row)

    def accept_current(self) -> None:
        row, opening = self.current(), self.opening
        if row is None or opening is None:
            return
        try:
            self.page.services.board.accept(opening.id, row.student_id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not accepted"), translate_error(exc))
            return
        done = self.tr("Draft placement created for %1 at %2.")
        self.page.openings.load()
        self.page.openings.show_notice(
            done.replace("%1", row.student_name).replace("%2", opening.enterprise_name)
        )

    def edit_wishes(self) -> None:
        row = self.current()
        if row is None:
            return
        if PreferenceDialog(self.page.services, row.student_id, self).exec():
            self.show_opening(self.opening)


class BoardPage(QWidget):
    """Built by ui/launch.py when first shown; the host ListTab expects."""

    def __init__(self, services: Services, state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BoardPage")
        self.services, self.state = services, state
        self.ask_save_file = QFileDialog.getSaveFileName  # replaceable (tests, automation)
        self.texts = InsuranceColumns(self)
        self.board_texts = BoardTexts(self)
        self.suggestions = SuggestionsPanel(self)
        self.openings = OpeningsTab(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="splitter")
        self.splitter.addWidget(self.openings)
        self.splitter.addWidget(self.suggestions)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def reload(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.openings.load()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def show_suggestions(self, opening: OpeningRow | None) -> None:
        self.suggestions.show_opening(opening)

    def show_tab_count(self, tab: Any) -> None:
        """ListTab reports its count here; the page has no tab bar to show it in."""

    def focus_search(self) -> None:
        self.openings.search.setFocus()
        self.openings.search.selectAll()

    def open_placement(self, placement_id: int) -> None:
        """ListTab's fallback for rows with a placement; openings have none."""

    def allocate(self) -> None:
        dialog = AllocationDialog(self.services, parent=self)
        if dialog.exec() and dialog.created:
            self.openings.load()
            text = self.tr("%1 draft placements created.").replace("%1", str(len(dialog.created)))
            self.openings.show_notice(text)

    def ask_save_path(self, name: str) -> Path | None:
        folder = self.state.value(EXPORT_DIR_KEY, str(Path.home()))
        chosen, _ = self.ask_save_file(
            self, self.tr("Save as"), str(Path(folder) / name), self.tr("Excel (*.xlsx)")
        )
        if not chosen:
            return None
        self.state.set_value(EXPORT_DIR_KEY, str(Path(chosen).parent))
        return Path(chosen)

    def save_state(self) -> None:
        self.openings.save_state()
        self.state.save_header(self.suggestions.table.horizontalHeader(), "board/suggestions")
