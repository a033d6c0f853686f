"""Consent records, retention and anonymisation, the privacy notice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError, ValidationFailed
from jilin_apprentice.domain.retention import CONSENT_PURPOSES
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.privacy_dto import ConsentView
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.dialogs.consent_dialog import ConsentDialog
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.state import UiState

EXPORT_DIR_KEY = "privacy/notice_dir"


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def _set_row(table: QTableWidget, row: int, values: list[str], key: int) -> None:
    for col, text in enumerate(values):
        item = QTableWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        table.setItem(row, col, item)


class PrivacyPanel(QWidget):
    """A tab of the Settings page: `title`, `load()` (called when shown) and `save_state()`."""

    def __init__(self, services: Services, state: UiState) -> None:
        super().__init__()
        self.setObjectName("privacyPanel")
        self.services, self.state = services, state
        self.title = self.tr("Personal data")
        self.ask_save_file = QFileDialog.getSaveFileName  # replaceable (tests, automation)
        self.student_id: int | None = None
        self._consents: list[ConsentView] = []
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="privacySplitter")
        splitter.addWidget(self._build_retention())
        splitter.addWidget(self._build_student())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        state.restore_splitter(splitter, "privacy/splitter")
        state.restore_header(self.review.horizontalHeader(), "privacy/review")
        state.restore_header(self.consent_table.horizontalHeader(), "privacy/consents")

    # --- layout ---------------------------------------------------------------------------------
    def purposes(self) -> dict[str, str]:
        labels = {
            "health": self.tr("Health data"),
            "bank_account": self.tr("Bank account"),
            "id_card_scan": self.tr("ID-card scan"),
            "share_enterprise": self.tr("Sharing with the enterprise"),
            "share_insurer": self.tr("Sharing with the insurer"),
            "share_authority": self.tr("Filing with the education bureau"),
        }
        return {key: labels[key] for key in CONSENT_PURPOSES}

    def _build_retention(self) -> QWidget:
        box = QGroupBox(self.tr("Retention review"))
        self.retention_note = QLabel(objectName="retentionNote", wordWrap=True)
        self.review = _table(
            [
                self.tr("Student"),
                self.tr("Class"),
                self.tr("Status"),
                self.tr("Left on"),
                self.tr("Review due"),
                self.tr("Open placements"),
                self.tr("Kept"),
                self.tr("Removed"),
            ],
            "reviewTable",
        )
        self.anonymise_button = QPushButton(self.tr("Anonymise…"), objectName="anonymise")
        self.anonymise_button.setToolTip(self.tr("Anonymise the selected students (all if none)"))
        self.anonymise_button.clicked.connect(self.anonymise)
        self.status = QLabel(objectName="privacyStatus", wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.anonymise_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.retention_note)
        layout.addWidget(self.review, 1)
        layout.addLayout(buttons)
        return box

    def _build_student(self) -> QWidget:
        box = QGroupBox(self.tr("Consents and privacy notice of a student"))
        self.search = QLineEdit(objectName="studentSearch")
        self.search.setPlaceholderText(self.tr("Name, student number or class"))
        self.search.textChanged.connect(self._find)
        self.student = QComboBox(objectName="studentChoice")
        self.student.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.student.setMinimumContentsLength(18)
        self.student.currentIndexChanged.connect(self._choose)
        pick = QHBoxLayout()
        pick.addWidget(self.search, 1)
        pick.addWidget(self.student, 2)
        self.consent_table = _table(
            [
                self.tr("Purpose"),
                self.tr("Scope"),
                self.tr("Signed by"),
                self.tr("Signed on"),
                self.tr("Withdrawn on"),
                self.tr("In force"),
            ],
            "consentTable",
        )
        self.add_button = QPushButton(self.tr("Add consent…"), objectName="addConsent")
        self.withdraw_button = QPushButton(self.tr("Withdraw…"), objectName="withdrawConsent")
        self.print_button = QPushButton(self.tr("Print privacy notice…"), objectName="printNotice")
        self.blank_button = QPushButton(self.tr("Blank notice…"), objectName="blankNotice")
        self.ack_button = QPushButton(self.tr("Record acknowledgement"), objectName="ackNotice")
        self.add_button.clicked.connect(self.add_consent)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.print_button.clicked.connect(lambda: self.print_notice(self.student_id))
        self.blank_button.clicked.connect(lambda: self.print_notice(None))
        self.ack_button.clicked.connect(self.acknowledge)
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.add_consent),
            (QKeySequence.StandardKey.Delete, self.withdraw_consent),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.consent_table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.notice_state = QLabel(objectName="noticeState", wordWrap=True)
        actions = QHBoxLayout()
        for button in (self.add_button, self.withdraw_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.print_button, self.blank_button, self.ack_button):
            actions.addWidget(button)
        layout = QVBoxLayout(box)
        layout.addLayout(pick)
        layout.addWidget(self.consent_table, 1)
        layout.addWidget(self.notice_state)
        layout.addLayout(actions)
        self._update_buttons()
        return box

    # --- loading ----------------------------------------------------------------------------
    def load(self) -> None:
        """Fetch again from the services."""
        review = self.services.privacy.due_for_review()
        self.retention_note.setText(
            self.tr(
                "Students who graduated or withdrew more than %1 year(s) ago (R-PI-8). "
                "Anonymising removes names, ID numbers, phones, addresses, guardians and "
                "consents; placements and archived agreements are kept as the legal record."
            ).replace("%1", str(review.graduated_years))
        )
        self.review.setRowCount(len(review.candidates))
        for row, c in enumerate(review.candidates):
            kept = self.tr("%1 placements, %2 agreements")
            removed = self.tr("%1 guardians, %2 consents")
            values = [
                c.name,
                c.class_name,
                labels.student_status(c.status),
                c.left_on.isoformat(),
                c.due_on.isoformat(),
                str(c.open_placements),
                kept.replace("%1", str(c.placements_kept)).replace("%2", str(c.agreements_kept)),
                removed.replace("%1", str(c.guardians)).replace("%2", str(c.consents)),
            ]
            _set_row(self.review, row, values, c.student_id)
        self.review.resizeColumnsToContents()
        self.anonymise_button.setEnabled(bool(review.candidates))
        if self.student.count() == 0:
            self._find(self.search.text())
        self._load_student()

    def _find(self, term: str) -> None:
        current = self.student_id
        self.student.blockSignals(True)
        self.student.clear()
        for sid, label in self.services.privacy.find_students(term):
            self.student.addItem(label, sid)
        index = self.student.findData(current) if current is not None else -1
        self.student.setCurrentIndex(max(index, 0) if self.student.count() else -1)
        self.student.blockSignals(False)
        self._choose()

    def _choose(self) -> None:
        self.student_id = self.student.currentData()
        self._load_student()

    def _load_student(self) -> None:
        sid = self.student_id
        self._consents = self.services.privacy.consents(sid) if sid is not None else []
        today = self.services.today()
        purposes = self.purposes()
        self.consent_table.setRowCount(len(self._consents))
        for row, c in enumerate(self._consents):
            values = [
                purposes.get(c.purpose, c.purpose),
                c.scope or "",
                c.signer,
                c.signed_date.isoformat(),
                c.withdrawn_on.isoformat() if c.withdrawn_on else "",
                self.tr("yes") if c.in_force(today) else self.tr("no"),
            ]
            _set_row(self.consent_table, row, values, c.id)
        self.consent_table.resizeColumnsToContents()
        acks = self.services.privacy.notice_acks(sid) if sid is not None else []
        self.notice_state.setText(
            self.tr("Privacy notice version %1 acknowledged on %2.")
            .replace("%1", str(acks[-1].notice_version))
            .replace("%2", acks[-1].acknowledged_on.isoformat())
            if acks
            else self.tr("No privacy notice acknowledgement recorded.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.student_id is not None
        for button in (self.add_button, self.withdraw_button, self.print_button, self.ack_button):
            button.setEnabled(chosen)

    def _selected_consent(self) -> ConsentView | None:
        row = self.consent_table.currentRow()
        return self._consents[row] if 0 <= row < len(self._consents) else None

    # --- actions ----------------------------------------------------------------------------
    def anonymise(self) -> None:
        rows = {i.row() for i in self.review.selectedIndexes()} or set(
            range(self.review.rowCount())
        )
        ids = [self.review.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in sorted(rows)]
        if not ids:
            return
        question = self.tr(
            "Anonymise the personal data of %1 student(s)? Names, ID numbers, phones, "
            "addresses, guardians and consents are removed for good; placements and archived "
            "agreements are kept. This cannot be undone."
        ).replace("%1", str(len(ids)))
        if not Dialogs.confirm(self, self.tr("Anonymise"), question):
            return
        try:
            result = self.services.privacy.anonymise(ids)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not anonymised"), translate_error(exc))
            return
        self.status.setText(
            self.tr("%1 student(s) anonymised.").replace("%1", str(result.students))
        )
        self.student.clear()
        self.load()

    def add_consent(self) -> None:
        if self.student_id is None:
            return
        dialog = ConsentDialog(self.purposes(), self.services.today(), self)

        def save() -> None:
            try:
                self.services.privacy.add_consent(self.student_id, dialog.draft())
            except ValidationFailed as exc:
                dialog.show_error(translate_error(exc))
                return
            except DomainError as exc:
                dialog.show_error(translate_error(exc))
                return
            dialog.accept()

        dialog.buttons.accepted.connect(save)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._load_student()

    def withdraw_consent(self) -> None:
        consent = self._selected_consent()
        if consent is None:
            return
        today = self.services.today()
        question = self.tr("Record that this consent is withdrawn as of %1?").replace(
            "%1", today.isoformat()
        )
        if not Dialogs.confirm(self, self.tr("Withdraw consent"), question):
            return
        try:
            self.services.privacy.withdraw_consent(
                consent.id, today, expected_version=consent.version
            )
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not saved"), translate_error(exc))
        self._load_student()

    def print_notice(self, student_id: int | None) -> Path | None:
        folder = self.state.value(EXPORT_DIR_KEY, str(Path.home()))
        name = (
            "个人信息处理告知书.pdf"
            if student_id is None
            else f"个人信息处理告知书-{student_id}.pdf"
        )
        chosen, _ = self.ask_save_file(
            self, self.tr("Save privacy notice"), str(Path(folder) / name), self.tr("PDF (*.pdf)")
        )
        if not chosen:
            return None
        self.state.set_value(EXPORT_DIR_KEY, str(Path(chosen).parent))
        try:
            path = self.services.privacy.write_notice_pdf(Path(chosen), student_id)
        except (DomainError, OSError) as exc:
            text = translate_error(exc) if isinstance(exc, DomainError) else str(exc)
            Dialogs.warning(self, self.tr("Not saved"), text)
            return None
        self.status.setText(self.tr("Privacy notice saved to %1.").replace("%1", str(path)))
        return path

    def acknowledge(self) -> None:
        if self.student_id is None:
            return
        try:
            self.services.privacy.acknowledge_notice(self.student_id, self.services.today())
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not saved"), translate_error(exc))
        self._load_student()

    def save_state(self) -> None:
        """Remember column widths and the like."""
        self.state.save_splitter(self.splitter, "privacy/splitter")
        self.state.save_header(self.review.horizontalHeader(), "privacy/review")
        self.state.save_header(self.consent_table.horizontalHeader(), "privacy/consents")
