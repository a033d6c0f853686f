"""The agreements page's "Korean reading copy…" action (issue 9), kept beside the page.

Shown only while the school offers reading copies (Settings ▸ General); enabled for an agreement
with a PDF. It asks where to save the copy; the Chinese agreement is only read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.agreement_reading_copy import ReadingCopyResult
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs

if TYPE_CHECKING:
    from jilin_apprentice.ui.pages.agreements_page import AgreementsPage


class ReadingCopyAction(QObject):
    def __init__(self, page: AgreementsPage) -> None:
        super().__init__(page)
        self.page = page
        self.service = page.services.reading_copies
        self.ask_save_file = QFileDialog.getSaveFileName  # replaceable (tests)
        self.action = page.toolbar.addAction(self.tr("Korean reading copy…"))
        self.action.setObjectName("readingCopyAction")
        self.action.setToolTip(
            self.tr("Save a Korean translation of this agreement, for reading only (not signed)")
        )
        self.action.triggered.connect(lambda _checked=False: self.save())
        page.proxy.modelReset.connect(self.refresh)  # every load: the setting may have changed
        page.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        self.refresh()

    def refresh(self) -> None:
        self.action.setVisible(self.service.offered())
        self._row_changed()

    def _row_changed(self) -> None:
        row = self.page.current()
        self.action.setEnabled(row is not None and bool(row.file_path))

    def save(self, path: Path | None = None) -> ReadingCopyResult | None:
        """Ask where (unless given), write the copy, say where it went; a refusal says why."""
        row = self.page.current()
        if row is None or not row.file_path or not self.action.isVisible():
            return None
        if path is None:
            suggested = Path.home() / f"{row.number}-ko.pdf"
            chosen, _ = self.ask_save_file(
                self.page,
                self.tr("Save the Korean reading copy"),
                str(suggested),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.service.export(row.id, path)
        except DomainError as exc:
            QGuiApplication.restoreOverrideCursor()
            Dialogs.warning(self.page, self.tr("Reading copy not saved"), translate_error(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        text = self.tr("Korean reading copy of %1 saved: %2 (for reading only; not the agreement)")
        self.page.show_notice(text.replace("%1", row.number).replace("%2", str(result.path)))
        return result
