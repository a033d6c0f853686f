"""Home, "Needs action now": every open placement's problems in one list, most urgent first."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.compliance import ComplianceFinding
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.privacy_dto import PrivacyToDo
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.finding_text import rule_title, severity_text
from jilin_apprentice.ui.models.findings_table_model import (
    SEVERITY,
    FindingsTableModel,
    ScanJob,
    ScanResult,
    ScanSignals,
)
from jilin_apprentice.ui.pages.home_filters import (
    DEFAULT_UPCOMING_DAYS,
    NO_SUPERVISOR,
    choices,
    filter_combo,
    fit_columns,
    refill,
    upcoming_days,
)
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.list_page_base import make_table, select_first_row

HEADER_KEY = "home/findings"
BANNER_STYLE = (
    "QLabel { background: #fff4d6; color: #5c4500; border: 1px solid #e0c060;"
    " border-radius: 3px; padding: 4px 8px; }"
)


class HomePage(QWidget):
    """Rescans in the background on Refresh, after a save, and when shown again."""

    loaded = Signal()  # a scan's outcome is on screen (tests wait for it)

    def __init__(
        self,
        services: Services,
        state: UiState,
        open_placement: Callable[[int], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HomePage")
        self._services = services
        self._state = state
        self._open_placement = open_placement
        self._running = False
        self._rerun = False
        self._has_loaded = False
        self._today = services.today()
        self._days = DEFAULT_UPCOMING_DAYS
        self._reselect: int | None = None
        self._signals = ScanSignals(self)
        self._signals.finished.connect(self._on_scanned)

        self.summary = QLabel(self.tr("Scanning…"))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.scan_state = QLabel(self.tr("Scanning…"))
        self.scan_state.setObjectName("scanState")
        self.scan_state.hide()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_button.setToolTip(self.tr("Check all open placements again (F5)"))
        self.banner = QLabel()
        self.banner.setObjectName("minWageBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.privacy_banner = QLabel()
        self.privacy_banner.setObjectName("privacyBanner")
        self.privacy_banner.setWordWrap(True)
        self.privacy_banner.setStyleSheet(BANNER_STYLE)
        self.privacy_banner.hide()

        self.class_filter = filter_combo("classFilter", self.tr("All classes"), self.tr("Class"))
        self.enterprise_filter = filter_combo(
            "enterpriseFilter", self.tr("All enterprises"), self.tr("Enterprise")
        )
        self.supervisor_filter = filter_combo(
            "supervisorFilter", self.tr("All supervisors"), self.tr("School supervisor")
        )
        self.severity_filter = filter_combo(
            "severityFilter", self.tr("All severities"), self.tr("Severity")
        )
        for severity in ("block", "warn", "info"):
            self.severity_filter.addItem(severity_text(severity), severity)
        self.due_only = QCheckBox()
        self.due_only.setObjectName("dueOnly")
        self.shown_count = QLabel()
        self.shown_count.setObjectName("shownCount")
        self.detail = QLabel()  # the whole message of the selected row: columns cut it short
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = FindingsTableModel(self)
        self.table = make_table("findingsTable")
        self.table.setModel(self.model)
        self.table.setMinimumHeight(120)
        header = self.table.horizontalHeader()
        header.setSortIndicator(SEVERITY, Qt.SortOrder.AscendingOrder)  # the urgency order
        self.table.setSortingEnabled(True)
        self._fit_pending = not state.value(f"header/{HEADER_KEY}")  # no remembered layout
        state.restore_header(header, HEADER_KEY)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.shown_count)
        top.addWidget(self.scan_state)
        top.addWidget(self.refresh_button)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        self._filters = (
            self.class_filter,
            self.enterprise_filter,
            self.supervisor_filter,
            self.severity_filter,
        )
        for combo, stretch in zip(self._filters, (2, 3, 2, 2), strict=True):
            filters.addWidget(combo, stretch)
        filters.addWidget(self.due_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.privacy_banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

        for combo in self._filters:
            combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.due_only.toggled.connect(lambda _on: self._apply_filter())
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.model.modelReset.connect(self._show_detail)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, activated=self.open_current)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._update_due_label()
        self.refresh()

    def save_state(self) -> None:
        self._state.save_header(self.table.horizontalHeader(), HEADER_KEY)

    # --- scanning ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Scan in the background; a request during a scan reruns it once that one ends."""
        if self._running:
            self._rerun = True
            return
        self._running = True
        if self._has_loaded:  # the old rows stay usable meanwhile
            self.scan_state.show()
        else:
            self.summary.setText(self.tr("Scanning…"))
        job = ScanJob(self._services, upcoming_days, self._signals)
        QThreadPool.globalInstance().start(job)

    def is_scanning(self) -> bool:
        return self._running

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._has_loaded and not event.spontaneous():
            self.refresh()  # back from another page, where placements may have changed

    def _on_scanned(self, result: object) -> None:
        self._running = False
        if self._rerun:  # something was saved meanwhile: this result may be stale
            self._rerun = False
            self.refresh()
            return
        self.scan_state.hide()
        if isinstance(result, ScanResult):
            self._show(result)
        else:
            error = translate_error(result) if isinstance(result, DomainError) else str(result)
            self.summary.setText(self.tr("The check could not be run: %1").replace("%1", error))
        self._has_loaded = True
        self.loaded.emit()

    def _show(self, result: ScanResult) -> None:
        self._today, self._days = result.today, result.upcoming_days
        selected = self._reselect if self._reselect is not None else self._current_placement()
        self._reselect = None
        self._update_due_label()
        self._update_choices(result.findings, result.ranks)
        self._show_summary(result.findings)
        self._show_banner(result.min_wage)
        self._show_privacy(result.privacy)
        self.model.set_findings(result.findings, result.today, result.ranks)
        self._apply_filter(selected)
        if self._fit_pending and result.findings:
            self._fit_pending = False
            fit_columns(self.table)

    # --- summary and banner ------------------------------------------------------------------
    def _due_soon(self, f: ComplianceFinding) -> bool:
        return f.due is not None and f.due <= self._today + dt.timedelta(days=self._days)

    def _show_summary(self, findings: list[ComplianceFinding]) -> None:
        if not findings:
            self.summary.setText(self.tr("Nothing needs action now."))
            return
        blocks = sum(f.severity == "block" for f in findings)
        warnings = sum(f.severity == "warn" for f in findings)
        notes = sum(f.severity == "info" for f in findings)
        due = sum(self._due_soon(f) for f in findings)
        parts = [
            self.tr("%n blocking issue(s)", "", blocks),
            self.tr("%n warning(s)", "", warnings),
        ]
        if notes:
            parts.append(self.tr("%n note(s)", "", notes))
        window = self.tr("%n day(s)", "", self._days)
        parts.append(self.tr("%n due within %1", "", due).replace("%1", window))
        self.summary.setText(" · ".join(parts))

    def _show_banner(self, findings: list[ComplianceFinding]) -> None:
        """One notice for the outdated wage table instead of a row for every placement."""
        outdated = [f for f in findings if "effective_from" in f.params]
        stale = {f.placement_id for f in outdated}
        missing = {f.placement_id for f in findings} - stale
        sentences: list[str] = []
        if stale:
            newest = max(outdated, key=lambda f: str(f.params["effective_from"]))
            since, months = newest.params["effective_from"], newest.params.get("months", "")
            sentences.append(
                self.tr(
                    "The Jilin minimum-wage table in use dates from %1, more than %2 months "
                    "before the start of %n placement(s), so their pay may be checked against "
                    "outdated figures.",
                    "",
                    len(stale),
                )
                .replace("%1", str(since))
                .replace("%2", str(months))
            )
        if missing:
            sentences.append(
                self.tr(
                    "No Jilin minimum-wage table is in force for %n placement(s), so their pay "
                    "cannot be checked against the minimum wage.",
                    "",
                    len(missing),
                )
            )
        if sentences:
            sentences.append(self.tr("Add the new table under Settings."))
        self.banner.setText(" ".join(sentences))
        self.banner.setVisible(bool(sentences))

    def _show_privacy(self, to_do: PrivacyToDo | None) -> None:
        """R-PI-3 and R-PI-8 are about students, not placements: one notice, not rows."""
        sentences: list[str] = []
        if to_do is not None and to_do.without_notice:
            sentences.append(
                self.tr(
                    "%n student(s) with a placement have not acknowledged the privacy notice "
                    "(R-PI-3).",
                    "",
                    to_do.without_notice,
                )
            )
        if to_do is not None and to_do.due_for_review:
            sentences.append(
                self.tr(
                    "%n former student(s) are past the retention period and due for review "
                    "(R-PI-8).",
                    "",
                    to_do.due_for_review,
                )
            )
        if sentences:
            sentences.append(self.tr("See Settings ▸ Personal data."))
        self.privacy_banner.setText(" ".join(sentences))
        self.privacy_banner.setVisible(bool(sentences))

    # --- filters -----------------------------------------------------------------------------
    def _update_due_label(self) -> None:
        self.due_only.setText(self.tr("Only due within %n day(s)", "", self._days))

    def _update_choices(self, findings: list[ComplianceFinding], ranks: dict[str, int]) -> None:
        """Offer what the findings contain, by name; keep each filter's choice if still there."""

        refill(self.class_filter, choices(((f.class_id, f.class_name) for f in findings), ranks))
        refill(
            self.enterprise_filter,
            choices(((f.enterprise_id, f.enterprise_name) for f in findings), ranks),
        )
        supervisors = choices(((f.supervisor_id, f.supervisor_name) for f in findings), ranks)
        if any(f.supervisor_id is None for f in findings):
            supervisors.append((NO_SUPERVISOR, self.tr("No school supervisor")))
        refill(self.supervisor_filter, supervisors)

    def _apply_filter(self, select_placement: int | None = None) -> None:
        if select_placement is None:
            select_placement = self._current_placement()
        class_id = self.class_filter.currentData()
        enterprise_id = self.enterprise_filter.currentData()
        supervisor_id = self.supervisor_filter.currentData()
        severity = self.severity_filter.currentData()
        due_only = self.due_only.isChecked()

        def keep(f: ComplianceFinding) -> bool:
            supervisor = NO_SUPERVISOR if f.supervisor_id is None else f.supervisor_id
            return (
                (class_id is None or f.class_id == class_id)
                and (enterprise_id is None or f.enterprise_id == enterprise_id)
                and (supervisor_id is None or supervisor == supervisor_id)
                and (severity is None or f.severity == severity)
                and (not due_only or self._due_soon(f))
            )

        filtered = due_only or any(c.currentData() is not None for c in self._filters)
        self.model.set_filter(keep if filtered else None)
        shown = self.tr("%1 of %2 shown").replace("%1", str(self.model.rowCount()))
        self.shown_count.setText(shown.replace("%2", str(self.model.total)) if filtered else "")
        self._select(select_placement)

    # --- opening a record --------------------------------------------------------------------
    def _current_placement(self) -> int | None:
        finding = self.model.finding_at(self.table.currentIndex().row())
        return finding.placement_id if finding else None

    def _select(self, placement_id: int | None) -> None:
        for row in range(self.model.rowCount()):
            finding = self.model.finding_at(row)
            if finding is not None and finding.placement_id == placement_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return
        select_first_row(self.table)

    def _show_detail(self) -> None:
        f = self.model.finding_at(self.table.currentIndex().row())
        if f is None:
            self.detail.clear()
            return
        title = html.escape(f"{f.rule_id} · {rule_title(f.rule_id)}")
        where = html.escape(" · ".join((f.student_name, f.class_name, f.enterprise_name)))
        self.detail.setText(f"<b>{title}</b> — {where}<br>{html.escape(self.model.message(f))}")

    def open_current(self) -> None:
        """Open the selected finding's placement; rescan if anything was saved there."""
        finding = self.model.finding_at(self.table.currentIndex().row())
        if finding is None:
            return
        if self._open_placement(finding.placement_id):
            self._reselect = finding.placement_id
            self.refresh()
