"""Weekly logbook entries and their review (R-LOG-1, R-REC-1 item (5), R-SUP-4).

The officer enters or imports each learner's week, submits it, and records the mentor's or
supervisor's approval or return; suspected copies are shown in red with their similarity, and
the selected weeks print as A4 sheets with a QR record ID for signing on paper.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.logbook_dto import LogFilters, LogRow
from jilin_apprentice.ui.dialogs.log_entry_dialog import LogEntryDialog, status_label
from jilin_apprentice.ui.dialogs.log_review_dialog import LogImportDialog, LogReviewDialog
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import Column, date_col, text_col
from jilin_apprentice.ui.pages.insurance_page import ListTab

STATUSES = ("draft", "submitted", "approved", "returned")


def copy_text(r: LogRow) -> str:
    """ "92 % · 王** 2026-11-09" (another student, masked) or "85 % · own week 2026-11-02"."""
    c = r.copy
    if c is None:
        return ""
    if c.same_student:
        return (
            QCoreApplication.translate("LogbookTab", "%1 % · own week %2")
            .replace("%1", str(c.similarity_pct))
            .replace("%2", c.source_week.isoformat())
        )
    return f"{c.similarity_pct} % · {c.source_student} {c.source_week.isoformat()}"


def columns() -> list[Column[LogRow]]:
    copied = lambda r: r.copy is not None  # noqa: E731
    hours = lambda r: "" if r.hours_x10 is None else f"{r.hours_x10 / 10:g}"  # noqa: E731
    return [
        text_col(
            QCoreApplication.translate("LogbookTab", "Student"),
            lambda r: r.student_name,
            flag=copied,
        ),
        text_col(QCoreApplication.translate("LogbookTab", "Class"), lambda r: r.class_name),
        text_col(
            QCoreApplication.translate("LogbookTab", "Enterprise"),
            lambda r: r.enterprise_name,
            tip=True,
        ),
        date_col(QCoreApplication.translate("LogbookTab", "Week"), lambda r: r.week_start),
        Column(
            QCoreApplication.translate("LogbookTab", "Status"), lambda r: status_label(r.status)
        ),
        Column(
            QCoreApplication.translate("LogbookTab", "Length"),
            lambda r: str(r.length),
            key=lambda r: r.length,
            cell=lambda r: r.length,
            right=True,
        ),
        Column(
            QCoreApplication.translate("LogbookTab", "Hours"),
            hours,
            key=lambda r: r.hours_x10 or 0,
            right=True,
        ),
        text_col(QCoreApplication.translate("LogbookTab", "Reviewer"), lambda r: r.reviewer_name),
        text_col(
            QCoreApplication.translate("LogbookTab", "Review comment"),
            lambda r: r.review_comment,
            tip=True,
        ),
        Column(
            QCoreApplication.translate("LogbookTab", "Suspected copy"),
            copy_text,
            key=lambda r: r.copy.similarity_pct if r.copy else -1,
            flag=copied,
        ),
    ]


class LogbookTab(ListTab):
    """A tab of the apprenticeships page: `title`, `load()` and `save_state()`."""

    def __init__(self, page: Any) -> None:
        super().__init__(
            page, "logbook", QCoreApplication.translate("LogbookTab", "Logbook"), columns()
        )
        self.setObjectName("logbookTab")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.status_filter = QComboBox(objectName="statusFilter")
        self.status_filter.addItem(self.tr("All states"), None)
        for code in STATUSES:
            self.status_filter.addItem(status_label(code), code)
        self.filters.addWidget(self.status_filter)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.load())
        self.only_copies = self.add_toggle(
            "onlyCopies", self.tr("Only suspected copies"), lambda r: r.copy is not None
        )
        self.add_action(self.tr("New entry"), self.new_entry, "Ctrl+N")
        self.needs_row = [
            self.add_action(self.tr("Edit"), self.open_current),
            self.add_action(self.tr("Submit"), self.submit_current),
            self.add_action(self.tr("Approve…"), lambda: self.review_current(True)),
            self.add_action(self.tr("Return…"), lambda: self.review_current(False)),
            self.add_action(self.tr("Print weekly sheets…"), self.print_selected),
        ]
        self.add_action(self.tr("Import…"), self.import_sheet)
        self.add_export()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.proxy.modelReset.connect(self._enable)
        self._enable()

    def fetch(self) -> list[LogRow]:
        return self.page.services.logbook.entries(
            LogFilters(status=self.status_filter.currentData())
        )

    def _enable(self) -> None:
        row: LogRow | None = self.current()
        for action in self.needs_row:
            action.setEnabled(row is not None)

    def selected(self) -> list[LogRow]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        picked = [self.proxy.row_at(r) for r in sorted(rows)]
        return picked or ([self.current()] if self.current() is not None else [])

    def _after(self, entry_id: int | None) -> None:
        self.load()
        if entry_id is not None:
            self.select(lambda r: r.id == entry_id)

    def _fail(self, title: str, exc: DomainError) -> None:
        Dialogs.warning(self, title, translate_error(exc))

    # --- actions -------------------------------------------------------------------------------
    def new_entry(self, placement_id: int | None = None) -> None:
        dialog = LogEntryDialog(self.page.services, None, self)
        if placement_id is not None:
            dialog.choose(placement_id)
        if dialog.exec() and dialog.saved_id is not None:
            self._after(dialog.saved_id)

    def open_current(self) -> None:
        row: LogRow | None = self.current()
        if row is None:
            return
        try:
            view = self.page.services.logbook.get(row.id)
        except DomainError as exc:
            self._fail(self.tr("Not opened"), exc)
            return
        if row.status == "submitted":
            self.review_current(True)
            return
        if row.status == "approved":
            text = self.tr("An approved entry is a record and cannot be changed.")
            Dialogs.warning(self, self.tr("Approved"), text)
            return
        dialog = LogEntryDialog(self.page.services, view, self)
        if dialog.exec():
            self._after(row.id)

    def submit_current(self) -> None:
        rows = self.selected()
        for row in rows:
            try:
                self.page.services.logbook.submit(row.id)
            except DomainError as exc:
                self._fail(self.tr("Not submitted"), exc)
                break
        self._after(rows[0].id if rows else None)

    def review_current(self, approve: bool) -> None:
        row: LogRow | None = self.current()
        if row is None:
            return
        try:
            view = self.page.services.logbook.get(row.id)
        except DomainError as exc:
            self._fail(self.tr("Not opened"), exc)
            return
        if row.status != "submitted":
            self._fail(self.tr("Not reviewed"), DomainError("logbook.review_not_submitted"))
            return
        if LogReviewDialog(self.page.services, view, approve, self).exec():
            self._after(row.id)

    def print_selected(self, path: Path | None = None) -> Path | None:
        rows = self.selected()
        if not rows:
            return None
        if path is None:
            name = f"logbook-{rows[0].week_start}.pdf"
            path = self.page.ask_save_path(name, "pdf")
            if path is None:
                return None
        try:
            written = self.page.services.logbook.print_sheets([r.id for r in rows], path)
        except (DomainError, OSError) as exc:
            text = translate_error(exc) if isinstance(exc, DomainError) else str(exc)
            Dialogs.warning(self, self.tr("Not printed"), text)
            return None
        self.show_notice(
            self.tr("%1 sheet(s) written to %2")
            .replace("%1", str(len(rows)))
            .replace("%2", str(written))
        )
        return written

    def import_sheet(self, path: Path | None = None) -> int:
        if path is None:
            chosen, _ = self.page.ask_open_file(
                self, self.tr("Import weekly logs"), "", self.tr("Sheets (*.xlsx *.csv)")
            )
            if not chosen:
                return 0
            path = Path(chosen)
        svc = self.page.services.logbook
        try:
            rows = svc.preview_import(path)
        except DomainError as exc:
            self._fail(self.tr("Not imported"), exc)
            return 0
        dialog = LogImportDialog(rows, self)
        if not dialog.exec():
            return 0
        try:
            result = svc.import_sheet(path, skip_bad=dialog.skip.isChecked())
        except DomainError as exc:
            self._fail(self.tr("Not imported"), exc)
            return 0
        self.load()
        self.show_notice(self.tr("%1 entries imported.").replace("%1", str(result.written)))
        return result.written
