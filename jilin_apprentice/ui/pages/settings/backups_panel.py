"""Automatic and manual backups and restoring one (two clicks: choose and preview, confirm).

The service checks the permissions (a backup needs the export right, a restore an
administrator); the buttons are only disabled as a courtesy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.access import ADMIN, EXPORT
from jilin_apprentice.services.backup_dto import BackupInfo, BackupPreview
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.state import UiState

LAST_FOLDER = "backups/last_folder"
HEADER_KEY = "backups/header"


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class BackupsPanel(QWidget):
    """A tab of the Settings page: `title`, `load()` (called when shown) and `save_state()`."""

    def __init__(self, services: Services, state: UiState) -> None:
        super().__init__()
        self.setObjectName("backupsPanel")
        self.services, self.state = services, state
        self.title = self.tr("Backups")
        self.rows: list[BackupInfo] = []
        # replaceable (tests, automation)
        self.ask_folder = QFileDialog.getExistingDirectory
        self.ask_open_file = QFileDialog.getOpenFileName
        self.intro = QLabel(objectName="intro")
        self.intro.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now…"), objectName="backupNow")
        self.restore_button = QPushButton(self.tr("Restore…"), objectName="restore")
        self.check_button = QPushButton(self.tr("Check integrity now"), objectName="checkNow")
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.check_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.table = QTableWidget(0, 4, objectName="backups")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("File")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setToolTip(self.tr("Double-click or press Enter to restore a backup"))
        self.status = QLabel(objectName="status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.choose_and_restore)
        self.check_button.clicked.connect(self.check_now)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.restore_selected)
        state.restore_header(header, HEADER_KEY)

    # --- display ----------------------------------------------------------------------------
    def kind_label(self, kind: str) -> str:
        return {
            "auto": self.tr("Daily (automatic)"),
            "pre-migrate": self.tr("Before an update"),
            "pre-restore": self.tr("Before a restore"),
            "manual": self.tr("Manual"),
            "damaged": self.tr("Damaged database (set aside)"),
        }.get(kind, kind)

    def last_folder(self) -> Path | None:
        text = self.state.value(LAST_FOLDER, "")
        return Path(text) if text else None

    def load(self) -> None:
        """Fetch again from the services."""
        backups = self.services.backups
        can_export, can_restore = (
            self.services.access.can(EXPORT),
            self.services.access.can(ADMIN),
        )
        if not backups.available:
            self.intro.setText(
                self.tr(
                    "The database is on a server: back it up with the server's own tools (pg_dump)."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "A backup is made automatically once a day when the app starts, before an "
                    "update and before a restore; the newest %1 of each kind are kept in %2. "
                    "Back up to a USB stick now and then, and keep it somewhere else."
                )
                .replace("%1", str(backups.keep()))
                .replace("%2", str(backups.backup_dir or ""))
            )
        self.backup_button.setEnabled(backups.available and can_export)
        self.restore_button.setEnabled(backups.available and can_restore)
        self.check_button.setEnabled(backups.available)
        self.rows = backups.backups(self.last_folder()) if backups.available else []
        self.table.setRowCount(len(self.rows))
        for r, info in enumerate(self.rows):
            cells = [
                f"{info.made_at:%Y-%m-%d %H:%M}",
                self.kind_label(info.kind),
                human_size(info.size_bytes),
                info.name,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(info.path)
                if c == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)

    def save_state(self) -> None:
        """Remember column widths and the like."""
        self.state.save_header(self.table.horizontalHeader(), HEADER_KEY)

    # --- actions ----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        start = str(self.last_folder() or Path.home())
        folder = self.ask_folder(self, self.tr("Back up to which folder or USB stick?"), start)
        if not folder:
            return
        try:
            info = self.services.backups.backup(Path(folder))
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Backup not made"), translate_error(exc))
            return
        self.state.set_value(LAST_FOLDER, str(Path(folder)))
        self.status.setText(
            self.tr("Backup written: %1 (%2)")
            .replace("%1", info.path)
            .replace("%2", human_size(info.size_bytes))
        )
        self.load()

    def choose_and_restore(self) -> None:
        start = str(self.last_folder() or self.services.backups.backup_dir or Path.home())
        file, _filter = self.ask_open_file(
            self,
            self.tr("Restore which backup?"),
            start,
            self.tr("Database backups (*.db);;All files (*)"),
        )
        if file:
            self.restore(Path(file))

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows) and self.restore_button.isEnabled():
            self.restore(Path(self.rows[row].path))

    def preview_text(self, p: BackupPreview) -> str:
        last = f"{p.last_audit_at:%Y-%m-%d %H:%M} UTC" if p.last_audit_at else "—"
        lines = [
            self.tr("Backup: %1").replace("%1", p.path),
            self.tr("School: %1").replace("%1", p.school_name or "—"),
            self.tr("Students: %1, enterprises: %2, placements: %3, agreements: %4")
            .replace("%1", str(p.students))
            .replace("%2", str(p.enterprises))
            .replace("%3", str(p.placements))
            .replace("%4", str(p.agreements)),
            self.tr("Last recorded change: %1").replace("%1", last),
            self.tr("Size: %1").replace("%1", human_size(p.size_bytes)),
        ]
        if p.needs_migration:
            lines.append(self.tr("It is from an older version and will be updated."))
        lines.append("")
        lines.append(
            self.tr(
                "Restoring replaces ALL current data with this backup. The current database is "
                "backed up first. Restore it?"
            )
        )
        return "\n".join(lines)

    def restore(self, file: Path) -> bool:
        """Preview, confirm, restore; True when the database was replaced."""
        try:
            preview = self.services.backups.inspect(file)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Cannot restore this file"), translate_error(exc))
            return False
        if not preview.integrity_ok:
            text = self.tr("The backup %1 is damaged and cannot be restored.").replace(
                "%1", preview.path
            )
            Dialogs.warning(self, self.tr("Cannot restore this file"), text)
            return False
        if not Dialogs.confirm(self, self.tr("Restore backup?"), self.preview_text(preview)):
            return False
        try:
            result = self.services.backups.restore(file)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Restore failed"), translate_error(exc))
            return False
        self.status.setText(
            self.tr(
                "Restored. The data as it was before is in %1. Other pages show the restored "
                "data when you open them again."
            ).replace("%1", result.safety_backup)
        )
        self.load()
        return True

    def check_now(self) -> None:
        try:
            report = self.services.backups.check_integrity(full=True)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Integrity check"), translate_error(exc))
            return
        if report.ok:
            self.status.setText(
                self.tr("Integrity check passed at %1: the database is sound.").replace(
                    "%1", f"{report.checked_at:%H:%M}"
                )
            )
            return
        good = self.services.backups.newest_good_backup()
        text = self.tr("The database is damaged: %1").replace("%1", "; ".join(report.problems))
        if good is not None:
            text += "\n" + self.tr("Restore the newest good backup: %1").replace("%1", good.path)
        self.status.setText(text)
        Dialogs.warning(self, self.tr("Integrity check"), text)
