"""The audit trail with filters and a check of its hash chain (issue 8, R-PI-7).

The log can hold hundreds of thousands of entries, so every filter runs in SQL and the table
shows one page (newest first) with "Show more"; values arrive masked from the service.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.audit_dto import (
    EXPORT_MAX,
    AuditFilter,
    AuditRow,
    ChainReport,
)
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.table_export import write_xlsx
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.state import UiState

HEADER_KEY = "settings/auditHeader"
EXPORT_DIR_KEY = "settings/auditExportDir"
NO_DATE = QDate(2000, 1, 1)  # the date boxes' minimum, shown as "any"
OK_STYLE = "color: #1b7f3b; font-weight: bold;"
BAD_STYLE = "color: #b3261e; font-weight: bold;"
DEBOUNCE_MS = 300


class AuditPanel(QWidget):
    """A tab of the Settings page: `title`, `load()` (called when shown) and `save_state()`."""

    def __init__(self, services: Services, state: UiState) -> None:
        super().__init__()
        self.setObjectName("auditPanel")
        self.services, self.state = services, state
        self.title = self.tr("Audit trail")
        self.ask_save_file = QFileDialog.getSaveFileName  # replaceable (tests, automation)
        self.rows: list[AuditRow] = []
        self.max_id: int | None = None
        self._has_more = False
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.reload)
        self._build()

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.date_from = self._date_box("dateFrom")
        self.date_to = self._date_box("dateTo")
        self.actor = self._combo("actorFilter", self.tr("All users"))
        self.entity = self._combo("entityFilter", self.tr("All records"))
        self.action = self._combo("actionFilter", self.tr("All actions"))
        self.search = QLineEdit(objectName="search", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search values, fields, users"))
        self.search.textChanged.connect(self._filter_changed)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        dates.addWidget(self.actor, 1)
        dates.addWidget(self.entity, 1)
        dates.addWidget(self.action, 1)
        self.verify_button = QPushButton(self.tr("Verify chain"), objectName="verifyChain")
        self.verify_button.setToolTip(
            self.tr("Recompute every entry's hash: shows whether any entry was changed or deleted")
        )
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("Export…"), objectName="exportAudit")
        self.export_button.clicked.connect(lambda: self.export())
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.verify_button)
        tools.addWidget(self.export_button)
        self.report = QLabel(objectName="chainReport", wordWrap=True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.hide()
        self.table = QTableWidget(0, 7, objectName="auditTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("ID"),
                self.tr("Field"),
                self.tr("Old → new"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((150, 90, 70, 150, 60, 120)):
            self.table.setColumnWidth(col, width)
        self.state.restore_header(header, HEADER_KEY)
        self.status = QLabel(objectName="auditStatus")
        self.more_button = QPushButton(self.tr("Show more"), objectName="showMore")
        self.more_button.clicked.connect(self.load_more)
        self.all_button = QPushButton(self.tr("Show all entries"), objectName="clearJump")
        self.all_button.clicked.connect(self._clear_jump)
        self.all_button.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.all_button)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addLayout(tools)
        layout.addWidget(self.report)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _date_box(self, name: str) -> QDateEdit:
        box = QDateEdit(objectName=name, calendarPopup=True, displayFormat="yyyy-MM-dd")
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText(self.tr("any day"))
        box.setDate(NO_DATE)
        box.dateChanged.connect(self._filter_changed)
        return box

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self._filter_changed)
        return combo

    def action_label(self, action: str) -> str:
        labels = {
            "create": self.tr("Created"),
            "update": self.tr("Changed"),
            "delete": self.tr("Deleted"),
            "view": self.tr("Viewed"),
            "export": self.tr("Exported"),
            "login": self.tr("Logged in"),
            "seed": self.tr("Demo data"),
            "import": self.tr("Imported"),
            "restore": self.tr("Restored"),
            "anonymise": self.tr("Anonymised"),
            "password": self.tr("Password changed"),
            "sign": self.tr("Signed"),
            "cancel": self.tr("Cancelled"),
        }
        return labels.get(action, action)

    # --- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        """Fetch again from the services (the filter choices, then the first page)."""
        try:
            choices = self.services.audit_trail.choices()
        except DomainError as exc:
            Dialogs.warning(self, self.title, translate_error(exc))
            return
        self._loading = True
        try:
            for combo, values, label in (
                (self.actor, choices.actors, str),
                (self.entity, choices.entities, str),
                (self.action, choices.actions, self.action_label),
            ):
                current = combo.currentData()
                while combo.count() > 1:
                    combo.removeItem(1)
                for value in values:
                    combo.addItem(label(value), value)
                combo.setCurrentIndex(max(0, combo.findData(current)))
        finally:
            self._loading = False
        self.reload()

    def current_filter(self, *, limit: int | None = None, offset: int = 0) -> AuditFilter:
        def day(box: QDateEdit) -> dt.date | None:
            return None if box.date() == NO_DATE else box.date().toPython()

        return AuditFilter(
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            actor=self.actor.currentData(),
            entity=self.entity.currentData(),
            action=self.action.currentData(),
            text=self.search.text(),
            max_id=self.max_id,
            offset=offset,
            **({"limit": limit} if limit else {}),
        )

    def _filter_changed(self, *_args: object) -> None:
        if not self._loading:
            self._timer.start()

    def reload(self) -> None:
        self._timer.stop()
        self.rows = []
        self.table.setRowCount(0)
        self.load_more()

    def load_more(self) -> None:
        try:
            page = self.services.audit_trail.search(self.current_filter(offset=len(self.rows)))
        except DomainError as exc:
            self.status.setText(translate_error(exc))
            return
        start = len(self.rows)
        self.rows.extend(page.rows)
        self._has_more = page.has_more
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(page.rows, start):
            self._fill(i, row)
        self.more_button.setEnabled(page.has_more)
        shown = str(len(self.rows))
        if page.has_more:
            text = self.tr("Newest %1 entries shown").replace("%1", shown)
        else:
            text = self.tr("%1 entries").replace("%1", shown)
        if self.max_id is not None:
            text += " · " + self.tr("up to entry %1").replace("%1", str(self.max_id))
        self.status.setText(text)
        self.all_button.setHidden(self.max_id is None)

    def _fill(self, i: int, row: AuditRow) -> None:
        change = f"{row.old_value if row.old_value is not None else '—'} → " + (
            row.new_value if row.new_value is not None else "—"
        )
        if row.old_value is None and row.new_value is None:
            change = ""
        cells = (
            row.at.strftime("%Y-%m-%d %H:%M:%S"),
            row.actor,
            self.action_label(row.action),
            row.entity,
            "" if row.entity_id is None else str(row.entity_id),
            row.field or "",
            change,
        )
        for col, value in enumerate(cells):
            item = QTableWidgetItem(value)
            if col == 0:
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setToolTip(self.tr("Entry %1").replace("%1", str(row.id)))
            self.table.setItem(i, col, item)

    def _clear_jump(self) -> None:
        self.max_id = None
        self.reload()

    # --- the chain ---------------------------------------------------------------------------
    def verify(self) -> ChainReport | None:
        try:
            report = self.services.audit_trail.verify()
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Verify chain"), translate_error(exc))
            return None
        self.report.show()
        if report.intact:
            self.report.setStyleSheet(OK_STYLE)
            self.report.setText(
                self.tr("Audit trail intact: all %1 entries match their hashes.").replace(
                    "%1", str(report.checked)
                )
            )
            return report
        self.report.setStyleSheet(BAD_STYLE)
        self.report.setText(self.describe_break(report))
        self.jump_to(report.first_break.entry_id)  # type: ignore[union-attr]
        return report

    def describe_break(self, report: ChainReport) -> str:
        b = report.first_break
        assert b is not None
        texts = {
            "edited": self.tr("Entry %1 was changed after it was written."),
            "deleted": self.tr("Entries before entry %1 were deleted."),
            "inserted": self.tr("Entry %1 was added into the trail afterwards."),
            "reordered": self.tr("Entry %1 is out of order."),
        }
        head = self.tr("Audit trail BROKEN.")
        what = texts.get(b.kind, texts["edited"]).replace("%1", str(b.entry_id))
        counts = (
            self.tr("%1 entries checked, %2 with a wrong hash, %3 broken links.")
            .replace("%1", str(report.checked))
            .replace("%2", str(report.edited))
            .replace("%3", str(report.broken_links))
        )
        return f"{head} {what} {counts}"

    def jump_to(self, entry_id: int) -> None:
        """Show the entries up to a little past `entry_id`, without filters, and select it."""
        self._loading = True
        try:
            for combo in (self.actor, self.entity, self.action):
                combo.setCurrentIndex(0)
            self.date_from.setDate(NO_DATE)
            self.date_to.setDate(NO_DATE)
            self.search.clear()
        finally:
            self._loading = False
        self.max_id = entry_id + 5
        self.reload()
        for i, row in enumerate(self.rows):
            if row.id == entry_id:
                self.table.selectRow(i)
                self.table.scrollToItem(self.table.item(i, 0))
                break

    # --- export ------------------------------------------------------------------------------
    def export(self, path: Path | None = None) -> Path | None:
        """The filtered entries (up to EXPORT_MAX) into .xlsx; the export is itself audited."""
        if path is None:
            folder = self.state.value(EXPORT_DIR_KEY, str(Path.home()))
            name = f"audit-{self.services.today()}.xlsx"
            chosen, _ = self.ask_save_file(
                self, self.tr("Export to Excel"), str(Path(folder) / name), "Excel (*.xlsx)"
            )
            if not chosen:
                return None
            path = Path(chosen)
            self.state.set_value(EXPORT_DIR_KEY, str(path.parent))
        if path.suffix.lower() != ".xlsx":  # as write_xlsx will name it, for the audit entry
            path = path.with_name(path.name + ".xlsx")
        try:
            page = self.services.audit_trail.search(self.current_filter(limit=EXPORT_MAX))
            self.services.audit_trail.record_export(self.title, len(page.rows), file_name=path.name)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not exported"), translate_error(exc))
            return None
        headers = [
            self.table.horizontalHeaderItem(c).text() for c in range(self.table.columnCount())
        ]
        headers[-1:] = [self.tr("Old value"), self.tr("New value")]
        rows = [
            [r.at, r.actor, self.action_label(r.action), r.entity, r.entity_id, r.field,
             r.old_value, r.new_value]
            for r in page.rows
        ]  # fmt: skip
        try:
            written = write_xlsx(path, self.title, headers, rows)
        except OSError as exc:
            text = self.tr("The file could not be written: %1").replace("%1", str(exc))
            Dialogs.warning(self, self.tr("Not exported"), text)
            return None
        self.status.setText(
            self.tr("%1 entries exported to %2")
            .replace("%1", str(len(rows)))
            .replace("%2", str(written))
        )
        return written

    def save_state(self) -> None:
        """Remember column widths and the like."""
        self.state.save_header(self.table.horizontalHeader(), HEADER_KEY)
