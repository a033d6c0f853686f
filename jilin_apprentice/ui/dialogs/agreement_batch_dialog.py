"""Generating agreements: one placement picked by search, or a batch (a class, or every ready
placement) drawn off the GUI thread with a progress bar and a Cancel that keeps what is done."""

from __future__ import annotations

import ast
import contextlib
import re
import threading

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice import messages
from jilin_apprentice.services.agreements import AgreementRow, BatchReport
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.placement_dto import PlacementRow
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.finding_text import rule_title
from jilin_apprentice.ui.models.agreement_models import AgreementColumns, status_label
from jilin_apprentice.ui.widgets.form_fields import hint_label
from jilin_apprentice.ui.widgets.form_frame import error_label, fit_to_screen, frame_dialog
from jilin_apprentice.ui.widgets.search_picker import SearchPicker

OPEN = ("draft", "approved", "active")
ALL = 1_000_000  # every placement; the list is read once per dialog
_PAIR = re.compile(r"([a-z_]+(?:\.[a-z_]+)*) (\{[^{}]*\})")


def failure_reason(reason: str) -> str:
    """BatchReport gives reasons as text ("blocked: R-AGE-1", "code {params}"); say them in
    the officer's language, falling back to the text itself."""
    if reason.startswith("blocked: "):
        rules = [r.strip() for r in reason.removeprefix("blocked: ").split(",") if r.strip()]
        named = "; ".join(f"{r} {rule_title(r)}" for r in rules)
        return QCoreApplication.translate("AgreementBatchDialog", "Blocked by %1").replace(
            "%1", named
        )
    pairs = list(_PAIR.finditer(reason))
    if pairs and all(p.group(1) in messages.CODES for p in pairs):
        texts = []
        for pair in pairs:
            params: object = {}
            with contextlib.suppress(ValueError, SyntaxError):
                params = ast.literal_eval(pair.group(2))
            texts.append(
                messages.render(
                    pair.group(1),
                    params if isinstance(params, dict) else {},
                    "",
                    QCoreApplication.translate,
                )
            )
        return " ".join(texts)
    return reason


def placement_text(p: PlacementRow, with_class: bool = True) -> str:
    parts = (p.student_name, p.class_name if with_class else "", p.enterprise_name)
    return " · ".join([*filter(None, parts), labels.placement_status(p.status)])


class PlacementPickDialog(QDialog):
    """Search a placement to generate its agreement; says what exists already for it."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlacementPickDialog")
        self.setWindowTitle(self.tr("Generate the agreement of a placement"))
        self._services = services
        self.picker = SearchPicker(
            "placement", self._search, self.tr("Student, class or enterprise")
        )
        self.existing = hint_label("existing")
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(QLabel(self.tr("Without a search, placements ready for one are listed.")))
        layout.addWidget(self.picker)
        layout.addWidget(self.existing)
        self.buttons, self.general_error = frame_dialog(self, inner, self.accept, scroll=False)
        self.picker.picked.connect(lambda _id: self._show_existing())
        self.picker.run_search()
        self._show_existing()
        fit_to_screen(self, 720, 240)

    def _search(self, text: str) -> list[tuple[int, str]]:
        if text:
            rows = self._services.placements.list(search=text, limit=60)
        else:
            ready = set(self._services.agreements.ready_placements())
            rows = [p for p in self._services.placements.list(limit=ALL) if p.id in ready]
        return [(p.id, placement_text(p)) for p in rows]

    def picked_id(self) -> int | None:
        return self.picker.value()

    def _show_existing(self) -> None:
        pid = self.picked_id()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(pid is not None)
        rows = self._services.agreements.list(pid) if pid is not None else []
        current: AgreementRow | None = next((r for r in rows if r.current), None)
        if current is None:
            self.existing.setText(self.tr("No agreement yet.") if pid is not None else "")
            return
        text = self.tr("Current agreement: %1, version %2, %3.")
        text = text.replace("%1", current.number).replace("%2", str(current.version))
        text = text.replace("%3", status_label(current.status))
        if current.status != "generated":
            text += " " + self.tr("A new version will be made; the signed one stays on file.")
        self.existing.setText(text)


class BatchSignals(QObject):
    """Lives in the GUI thread, so what the worker emits arrives there (queued)."""

    progress = Signal(int, int)
    finished = Signal(object)  # BatchReport, or the exception that stopped the batch


class BatchJob(QRunnable):
    def __init__(
        self,
        services: Services,
        ids: list[int],
        signals: BatchSignals,
        stop: threading.Event,
        workers: int,
    ) -> None:
        super().__init__()
        self._services, self._ids, self._signals = services, ids, signals
        self._stop, self._workers = stop, workers

    def _progress(self, finished: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # the dialog is gone: keep storing the PDFs
            self._signals.progress.emit(finished, total)

    def run(self) -> None:
        try:
            result: BatchReport | Exception = self._services.agreements.batch_generate(
                self._ids,
                progress=self._progress,
                cancelled=self._stop.is_set,
                workers=self._workers,
            )
        except Exception as exc:  # shown in the dialog instead of lost in a worker thread
            result = exc
        with contextlib.suppress(RuntimeError):
            self._signals.finished.emit(result)


class AgreementBatchDialog(QDialog):
    """Choose placements, generate, watch progress; closing waits for a cancel to land."""

    batch_done = Signal(object)  # the BatchReport (tests and the page wait for it)

    def __init__(self, services: Services, parent: QWidget | None = None, workers: int = 2) -> None:
        super().__init__(parent)
        self.setObjectName("AgreementBatchDialog")
        self.setWindowTitle(self.tr("Generate agreements"))
        self._services, self._workers = services, workers
        self.texts = AgreementColumns(self)
        self.report: BatchReport | None = None
        self.running = False
        self.progress_seen: list[tuple[int, int]] = []
        self._stop = threading.Event()
        self._signals = BatchSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._ready = set(services.agreements.ready_placements())
        self._placements = {p.id: p for p in services.placements.list(limit=ALL)}
        self._current = {
            a.placement_id: a
            for a in services.agreements.list()
            if a.current and a.status != "superseded"
        }
        self.all_ready = QRadioButton(
            self.tr("All placements ready for an agreement (%n)", "", len(self._ready)),
            objectName="allReady",
        )
        self.by_class = QRadioButton(self.tr("Placements of a class"), objectName="byClass")
        self.school_class = QComboBox(objectName="classChoice")
        for class_id, name in services.students.class_choices():
            self.school_class.addItem(name, class_id)
        group = QButtonGroup(self)
        group.addButton(self.all_ready)
        group.addButton(self.by_class)
        self.all_ready.setChecked(True)
        self.items = QListWidget(objectName="placements")
        self.failures = QPlainTextEdit(objectName="failures")  # copyable, wrapped sentences
        self.failures.setReadOnly(True)
        self.failures.hide()
        self.chosen_count = QLabel(objectName="chosenCount")
        self.progress = QProgressBar(objectName="progress")
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.hide()
        self.state = QLabel(objectName="state")
        self.state.setWordWrap(True)
        self.state.setStyleSheet("font-weight: bold;")
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = QPushButton(self.tr("Generate"), objectName="start")
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        choice = QGridLayout()
        choice.addWidget(self.all_ready, 0, 0, 1, 2)
        choice.addWidget(self.by_class, 1, 0)
        choice.addWidget(self.school_class, 1, 1)
        choice.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.chosen_count)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.failures, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.state)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.start_button.clicked.connect(lambda: self.start())
        self.buttons.rejected.connect(self.reject)
        self.all_ready.toggled.connect(lambda _on: self._fill())
        self.school_class.currentIndexChanged.connect(lambda _i: self._choose_class())
        self.items.itemChanged.connect(lambda _item: self._count())
        self._fill()
        fit_to_screen(self, 760, 560)

    # --- choosing ------------------------------------------------------------------------------
    def _choose_class(self) -> None:
        self.by_class.setChecked(True)
        self._fill()

    def _fill(self) -> None:
        """Ready placements come ticked; others can be ticked (regenerated or a new version)."""
        if self.all_ready.isChecked():
            rows = [self._placements[i] for i in sorted(self._ready) if i in self._placements]
        else:
            class_name = self.school_class.currentText()
            rows = [
                p
                for p in self._placements.values()
                if p.class_name == class_name and p.status in OPEN
            ]
        self.items.blockSignals(True)
        self.items.clear()
        for p in sorted(rows, key=lambda r: (r.class_name, r.student_name)):
            text = placement_text(p, with_class=self.all_ready.isChecked())
            if p.id in self._current:
                status = status_label(self._current[p.id].status)
                text += " — " + self.tr("agreement: %1").replace("%1", status)
            elif p.id not in self._ready:
                text += " — " + self.tr("blocked by a rule")
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            ready = p.id in self._ready
            item.setCheckState(Qt.CheckState.Checked if ready else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.items.blockSignals(False)
        self._count()

    def chosen_ids(self) -> list[int]:
        items = (self.items.item(i) for i in range(self.items.count()))
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _count(self) -> None:
        chosen = len(self.chosen_ids())
        self.chosen_count.setText(self.tr("%n placement(s) chosen", "", chosen))
        self.start_button.setEnabled(chosen > 0 and not self.running and self.report is None)

    # --- running -------------------------------------------------------------------------------
    def start(self, ids: list[int] | None = None) -> bool:
        ids = self.chosen_ids() if ids is None else ids
        if not ids or self.running:
            return False
        self.running = True
        for widget in (self.all_ready, self.by_class, self.school_class, self.items):
            widget.setEnabled(False)
        self.start_button.setEnabled(False)
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.show()
        self.state.setText(self.tr("Generating… the agreements are drawn on both processor cores."))
        job = BatchJob(self._services, ids, self._signals, self._stop, self._workers)
        QThreadPool.globalInstance().start(job)
        return True

    def cancel(self) -> None:
        """Stop after the PDFs being drawn now; those and the ones finished are kept."""
        if self.running and not self._stop.is_set():
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.state.setText(self.tr("Cancelling: the agreements being drawn are finished…"))

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def _on_progress(self, finished: int, total: int) -> None:
        self.progress_seen.append((finished, total))
        self.progress.setRange(0, total)
        self.progress.setValue(finished)

    def _on_finished(self, result: object) -> None:
        self.running = False
        self.start_button.hide()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.items.hide()
        self.failures.show()
        if not isinstance(result, BatchReport):
            self.error.setText(self.tr("The batch stopped: %1").replace("%1", str(result)))
            self.error.show()
            self.state.clear()
            self.batch_done.emit(result)
            return
        self.report = result
        summary = self.texts.batch_summary(len(result.done), len(result.failed))
        if result.cancelled:
            summary += " · " + self.tr("cancelled; the ones not started were left out")
        self.state.setText(summary)
        lines = []
        for pid, reason in sorted(result.failed.items()):
            p = self._placements.get(pid)
            who = f"{p.student_name} ({p.class_name})" if p else f"#{pid}"
            lines.append(f"{who}: {failure_reason(reason)}")
        self.failures.setPlainText("\n".join(lines) or self.tr("No failures."))
        self.chosen_count.setText(self.tr("Failures and their reasons:"))
        self.batch_done.emit(result)
