"""Tripartite agreements: generate from the record, collect each party's signature, sign as the
school, archive, and verify any file offline (issue 5).

The toolbar follows the lifecycle left to right (generate → sign → school signature → scan) so
the next step of the selected agreement is the next enabled action.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError, RuleBlocked
from jilin_apprentice.services.agreements import AgreementRow
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.dialogs.agreement_batch_dialog import (
    AgreementBatchDialog,
    PlacementPickDialog,
)
from jilin_apprentice.ui.dialogs.certificate_dialog import CertificateDialog, PasswordDialog
from jilin_apprentice.ui.dialogs.signature_dialog import SignatureDialog
from jilin_apprentice.ui.dialogs.verify_dialog import VerifyDialog
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.finding_text import finding_text
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.agreement_models import (
    OPEN_FOR_SIGNING,
    STATUSES,
    AgreementColumns,
    AgreementRowsModel,
    missing_parties,
    parties_text,
    status_label,
    widest_values,
)
from jilin_apprentice.ui.models.insurance_models import RowsProxy
from jilin_apprentice.ui.pages.agreement_reading_copy_action import ReadingCopyAction
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.form_fields import HINT_STYLE
from jilin_apprentice.ui.widgets.list_page_base import make_table

HEADER_KEY = "agreements/list"
WAITING = "waiting"  # status filter: generated or partially signed
MAX_FIRST_WIDTH = 220  # first-run column width cap; the user's own widths are remembered


class AgreementsPage(QWidget):
    """One table of every agreement version; loads when shown, reloads after every action."""

    def __init__(self, services: Services, state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AgreementsPage")
        self.services, self.state = services, state
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl  # replaceable (tests)
        self.ask_open_file = QFileDialog.getOpenFileName
        self.texts = AgreementColumns(self)
        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(self.tr("Number, student or enterprise (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(objectName="statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Waiting for signatures"), WAITING)
        for code in STATUSES:
            self.status_filter.addItem(status_label(code), code)
        self.count = QLabel(objectName="count")
        self.toolbar = QToolBar(objectName="toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.notice = QLabel(objectName="notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(HINT_STYLE)
        self.notice.hide()
        self.detail = QLabel(objectName="detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = AgreementRowsModel(self.texts.columns(), self)
        self.proxy = RowsProxy(self.model, self)
        self.table = make_table("agreementsTable")
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self._fit_pending = not state.value(f"header/{HEADER_KEY}")
        state.restore_header(self.table.horizontalHeader(), HEADER_KEY)
        self._add_actions()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.table.doubleClicked.connect(lambda _i: self.open_pdf())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, self.open_pdf)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        self.proxy.modelReset.connect(self._row_changed)
        self._row_changed()

    def _add_actions(self) -> None:
        add = self._action
        add(self.tr("Generate for placement…"), lambda: self.generate_for(), "Ctrl+G")
        add(self.tr("Generate for a class / all ready…"), lambda: self.batch_generate(), "Ctrl+B")
        self.toolbar.addSeparator()
        self.open_action = add(self.tr("Open PDF"), self.open_pdf, "Ctrl+O")
        self.sign_action = add(self.tr("Sign for a party…"), lambda: self.sign())
        self.school_action = add(self.tr("School signature…"), lambda: self.school_sign())
        self.scan_action = add(self.tr("Attach scanned copy…"), lambda: self.attach_scan())
        self.open_scan_action = add(self.tr("Open scanned copy"), self.open_scan)
        self.reading_copy = ReadingCopyAction(self)  # shown if the school offers it (issue 9)
        self.toolbar.addSeparator()
        add(self.tr("Verify a PDF…"), lambda: self.verify_file())
        add(self.tr("School certificate…"), self.certificate)
        add(self.tr("Agreement wording…"), self.edit_wording)

    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = self.toolbar.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({native})")
        return action

    # --- rows ----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():
            self.load()  # first visit, or back from a page where placements may have changed

    def load(self, select_id: int | None = None) -> None:
        """Fetch again; keep the selected agreement (or select `select_id`)."""
        kept = select_id if select_id is not None else getattr(self.current(), "id", None)
        self.model.set_rows(self.services.agreements.list())
        self.apply_filter()
        if self._fit_pending and self.model.rows:
            self._fit_pending = False
            self._fit_columns()
        if kept is None or not self.select(kept):
            self.table.selectRow(0)

    def _fit_columns(self) -> None:
        """Contents-sized, capped; numbers, kinds and statuses never cut (first run only)."""
        self.table.resizeColumnsToContents()
        header, metrics = self.table.horizontalHeader(), self.table.fontMetrics()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column), MAX_FIRST_WIDTH))
        for column, texts in widest_values().items():
            widest = max(metrics.horizontalAdvance(t) for t in texts) + 16
            header.resizeSection(column, max(header.sectionSize(column), widest))

    def apply_filter(self) -> None:
        self._timer.stop()
        chosen = self.status_filter.currentData()
        statuses = OPEN_FOR_SIGNING if chosen == WAITING else (chosen,)
        self.proxy.set_predicate((lambda r: r.status in statuses) if chosen else None)
        self.proxy.setFilterFixedString(self.search.text().strip())
        self.count.setText(self.texts.row_count(self.proxy.rowCount(), self.model.rowCount()))

    def current(self) -> AgreementRow | None:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def select(self, agreement_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).id == agreement_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def _row_changed(self) -> None:
        row = self.current()
        has_file = row is not None and bool(row.file_path)
        self.open_action.setEnabled(has_file)
        self.sign_action.setEnabled(
            has_file and row is not None and row.current and row.status in OPEN_FOR_SIGNING
        )
        self.school_action.setEnabled(has_file and row is not None and row.status == "signed_all")
        self.scan_action.setEnabled(row is not None)
        self.open_scan_action.setEnabled(row is not None and bool(row.scanned_copy_path))
        self.detail.setText(self._detail(row) if row is not None else "")

    def _detail(self, row: AgreementRow) -> str:
        signed = [p for p in row.required_parties if p in row.signed_parties]
        parts = [f"<b>{html.escape(row.number)}</b>", html.escape(status_label(row.status))]
        parts.append(self.tr("Signed: %1").replace("%1", parties_text(signed) or "—"))
        if row.status in OPEN_FOR_SIGNING and (missing := missing_parties(row)):
            parts.append(self.tr("Still to sign: %1").replace("%1", parties_text(missing)))
        where = row.file_path or self.tr("no PDF on file (recorded from a paper agreement)")
        return " · ".join(parts) + "<br>" + html.escape(where)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def save_state(self) -> None:
        self.state.save_header(self.table.horizontalHeader(), HEADER_KEY)

    # --- generating ----------------------------------------------------------------------------
    def generate_for(self, placement_id: int | None = None) -> AgreementRow | None:
        """One placement's agreement (picked by search unless given); a refusal says why."""
        if placement_id is None:
            picker = PlacementPickDialog(self.services, self)
            if not picker.exec() or picker.picked_id() is None:
                return None
            placement_id = picker.picked_id()
        assert placement_id is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            row = self.services.agreements.generate(placement_id)
        except DomainError as exc:
            QGuiApplication.restoreOverrideCursor()
            Dialogs.warning(self, self.tr("Not generated"), self._refusal(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        self.load(row.id)
        done = self.tr("Agreement %1 generated: %2").replace("%1", row.number)
        self.show_notice(done.replace("%2", row.file_path or ""))
        return row

    def _refusal(self, exc: DomainError) -> str:
        """Blocking findings one a line with their plain-language message; else the error."""
        if not isinstance(exc, RuleBlocked):
            return translate_error(exc)
        lines = [
            f"• {f.rule_id}: {finding_text(f.rule_id, f.field, f.params, f.severity)}"
            for f in exc.findings
        ]
        intro = self.tr("These rules block the placement, so the agreement cannot be made:")
        return "\n".join([intro, *lines])

    def batch_generate(self) -> None:
        dialog = AgreementBatchDialog(self.services, self)
        dialog.exec()
        if dialog.report is not None:
            self.load()

    # --- files ---------------------------------------------------------------------------------
    def _open(self, path: str | None) -> bool:
        if not path or not Path(path).is_file():
            text = self.tr("The file %1 is not there any more.").replace("%1", path or "—")
            Dialogs.warning(self, self.tr("Not opened"), text)
            return False
        return bool(self.open_url(QUrl.fromLocalFile(path)))

    def open_pdf(self) -> bool:
        row = self.current()
        return row is not None and bool(row.file_path) and self._open(row.file_path)

    def open_scan(self) -> bool:
        row = self.current()
        return row is not None and self._open(row.scanned_copy_path)

    def attach_scan(self, path: Path | None = None) -> AgreementRow | None:
        row = self.current()
        if row is None:
            return None
        if path is None:
            chosen, _ = self.ask_open_file(
                self,
                self.tr("Scanned signed copy"),
                str(Path.home()),
                self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            saved = self.services.agreements.attach_scan(row.id, path)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not attached"), translate_error(exc))
            return None
        self.load(saved.id)
        self.show_notice(self.tr("Scanned copy attached: %1").replace("%1", str(path.name)))
        return saved

    # --- signatures ----------------------------------------------------------------------------
    def sign(self) -> AgreementRow | None:
        row = self.current()
        if row is None or row.status not in OPEN_FOR_SIGNING:
            return None
        dialog = SignatureDialog(self.services, row, self)
        if not dialog.exec() or dialog.saved is None:
            return None
        self.load(dialog.saved.id)
        return dialog.saved

    def school_sign(self, password: str | None = None) -> AgreementRow | None:
        """The school's digital signature on a fully signed agreement; the signed file is kept
        beside the others and becomes the archived copy. Asks the password unless given."""
        row = self.current()
        if row is None or row.status != "signed_all" or not row.file_path:
            return None
        if self.services.signing.current_certificate() is None:
            text = self.tr("The school has no signing certificate yet. Create or import it now?")
            if Dialogs.confirm(self, self.tr("No certificate"), text):
                self.certificate()
            if self.services.signing.current_certificate() is None:
                return None
        signed: list[AgreementRow] = []

        def attempt(secret: str) -> str | None:
            try:
                out = self.services.agreements.folder / f"{row.number}-signed.pdf"
                self.services.signing.sign_pdf(Path(row.file_path or ""), out, secret)
                signed.append(self.services.agreements.archive(row.id, out))
            except DomainError as exc:
                return translate_error(exc)
            return None

        if password is not None:
            problem = attempt(password)
            if problem:
                Dialogs.warning(self, self.tr("Not signed"), problem)
        else:
            prompt = self.tr("Sign agreement %1 with the school's certificate.")
            PasswordDialog(
                self, self.tr("School signature"), prompt.replace("%1", row.number), attempt
            ).exec()
        if not signed:
            return None
        self.load(signed[0].id)
        self.show_notice(
            self.tr("Signed and archived: %1").replace("%1", signed[0].file_path or "")
        )
        return signed[0]

    def verify_file(self, path: Path | None = None) -> VerifyDialog | None:
        if path is None:
            row = self.current()
            folder = Path(row.file_path).parent if row and row.file_path else Path.home()
            chosen, _ = self.ask_open_file(
                self, self.tr("Verify a PDF"), str(folder), self.tr("PDF files (*.pdf)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        dialog = VerifyDialog(self.services.signing, path, self, self._placement_text)
        dialog.ask_open_file = self.ask_open_file
        dialog.exec()
        return dialog

    def _placement_text(self, placement_id: int) -> str:
        """Whose placement a file belongs to, as far as this database knows it."""
        try:
            p = self.services.placements.get(placement_id)
        except DomainError:
            return self.tr("%1 (not in this database)").replace("%1", str(placement_id))
        return f"{placement_id} · {p.student_name} · {p.enterprise_name}"

    def edit_wording(self) -> int | None:
        """The school's own clause wording; a save is a new template version."""
        from jilin_apprentice.ui.dialogs.template_dialog import TemplateDialog

        dialog = TemplateDialog(self.services.templates, self)
        dialog.exec()
        return dialog.saved_version

    def certificate(self) -> bool:
        dialog = CertificateDialog(self.services.signing, self)
        dialog.ask_open_file = self.ask_open_file
        dialog.exec()
        return dialog.changed
