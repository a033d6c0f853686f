"""Compliance findings for the home screen: scanned off the GUI thread, then filtered and
sorted in memory, most urgent first.

The scan returns every finding at once (thousands at most), so the model keeps them all and
sorts in Python: a QSortFilterProxyModel cannot break ties by severity, due date and name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.compliance import ComplianceFinding
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.privacy_dto import PrivacyToDo
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.finding_text import finding_text, rule_title, severity_text

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
Predicate = Callable[[ComplianceFinding], bool]

MIN_WAGE_RULE = "R-JL-MW-1"  # one table for everyone: a banner, not a row per placement
SEVERITY_RANK = {"block": 0, "warn": 1, "info": 2}
STATUS_RANK = {"draft": 0, "approved": 1, "active": 2}  # workflow order, not alphabetical
SEVERITY_COLOURS = {"block": "#b00020", "warn": "#8a6d00", "info": "#666666"}  # as the forms
SEVERITY, DUE, STUDENT, CLASS, ENTERPRISE, STATUS, RULE, MESSAGE = range(8)
NO_DUE = dt.date.max


def name_collator() -> QCollator:
    """Pinyin order for Chinese names, numbers by value (2班 before 10班), in every UI language."""
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setNumericMode(True)
    return collator


def name_ranks(findings: Sequence[ComplianceFinding]) -> dict[str, int]:
    """Each student, class, enterprise and supervisor name's place in pinyin order.

    Collating is slow (0.2 s for 60,000 names), so it is done once per scan, off the GUI
    thread; sorting and the filter lists then compare plain integers.
    """
    names = {""}
    for f in findings:
        names.update((f.student_name, f.class_name, f.enterprise_name, f.supervisor_name))
    ordered = sorted(names, key=functools.cmp_to_key(name_collator().compare))
    return {name: rank for rank, name in enumerate(ordered)}


def rule_number(rule_id: str) -> tuple[str, int]:
    """R-TIME-10 after R-TIME-2."""
    stem, _, number = rule_id.rpartition("-")
    return (stem, int(number)) if number.isdigit() else (rule_id, 0)


@dataclass(frozen=True)
class ScanResult:
    """What one background scan hands to the GUI thread."""

    findings: list[ComplianceFinding]  # the rows: everything but the minimum-wage table
    min_wage: list[ComplianceFinding]
    today: dt.date
    upcoming_days: int
    ranks: dict[str, int]
    privacy: PrivacyToDo | None = None  # per-student R-PI-3 / R-PI-8 counts for the notice


def run_scan(services: Services, window: Callable[[Services, dt.date], int]) -> ScanResult:
    """The slow part (about 0.8 s on 100,000 students), safe to run off the GUI thread."""
    today = services.today()
    days = window(services, today)
    everything = services.compliance.scan()
    try:  # the day's counts for the dashboard's "compliance over time" (once a day)
        services.statistics.record_snapshot(today, findings=everything)
    except DomainError:
        log.warning("Compliance snapshot not recorded", exc_info=True)
    rows = [f for f in everything if f.rule_id != MIN_WAGE_RULE]
    min_wage = [f for f in everything if f.rule_id == MIN_WAGE_RULE]
    try:
        privacy = services.privacy.to_do(today)
    except DomainError:
        log.warning("Personal-data counts not available", exc_info=True)
        privacy = None
    return ScanResult(rows, min_wage, today, days, name_ranks(rows), privacy)


class ScanSignals(QObject):
    """Lives in the GUI thread, so a result emitted by the worker arrives there (queued)."""

    finished = Signal(object)  # ScanResult, or the exception that stopped the scan


class ScanJob(QRunnable):
    def __init__(
        self,
        services: Services,
        window: Callable[[Services, dt.date], int],
        signals: ScanSignals,
    ) -> None:
        super().__init__()
        self._services = services
        self._window = window
        self._signals = signals

    def run(self) -> None:
        try:
            result: ScanResult | Exception = run_scan(self._services, self._window)
        except Exception as exc:  # shown on the page instead of lost in a worker thread
            log.exception("Compliance scan failed")
            result = exc
        with contextlib.suppress(RuntimeError):  # the page was closed while the scan ran
            self._signals.finished.emit(result)


class FindingsTableModel(QAbstractTableModel):
    """All findings of the last scan; `set_filter` narrows the rows, `sort` orders them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate  # literal contexts, so lupdate extracts them
        self._headers = [
            translate("FindingsTableModel", "Severity"),
            translate("FindingsTableModel", "Due"),
            translate("FindingsTableModel", "Student"),
            translate("FindingsTableModel", "Class"),
            translate("FindingsTableModel", "Enterprise"),
            translate("FindingsTableModel", "Status"),
            translate("FindingsTableModel", "Rule"),
            translate("FindingsTableModel", "Message"),
        ]
        self._all: list[ComplianceFinding] = []
        self._rows: list[ComplianceFinding] = []
        self._today = dt.date.today()
        self._predicate: Predicate | None = None
        self._sort = (SEVERITY, Qt.SortOrder.AscendingOrder)
        self._messages: dict[int, str] = {}  # id(finding) -> rendered text, filled on demand
        self._icons: dict[str, QIcon] = {}
        self._ranks: dict[str, int] = {}

    # --- content -----------------------------------------------------------------------------
    def set_findings(
        self,
        findings: Sequence[ComplianceFinding],
        today: dt.date,
        ranks: dict[str, int] | None = None,
    ) -> None:
        """Show a scan's findings; `ranks` from `name_ranks`, computed here when not given."""
        self.beginResetModel()
        self._all = list(findings)
        self._today = today
        self._ranks = name_ranks(self._all) if ranks is None else ranks
        self._messages = {}
        self._rows = self._arranged()
        self.endResetModel()

    def set_filter(self, predicate: Predicate | None) -> None:
        self.beginResetModel()
        self._predicate = predicate
        self._rows = self._arranged()
        self.endResetModel()

    def finding_at(self, row: int) -> ComplianceFinding | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def message(self, finding: ComplianceFinding) -> str:
        key = id(finding)  # the finding stays alive in self._all, so its id is stable
        if key not in self._messages:
            self._messages[key] = finding_text(
                finding.rule_id, finding.field, finding.params, finding.severity
            )
        return self._messages[key]

    @property
    def total(self) -> int:
        return len(self._all)

    # --- sorting -----------------------------------------------------------------------------
    def _name(self, text: str) -> int:
        return self._ranks.get(text, len(self._ranks))

    def _urgency(self, f: ComplianceFinding) -> tuple[Any, ...]:
        """The default order: blocks first, then the earliest due, then the student."""
        rank = SEVERITY_RANK.get(f.severity, len(SEVERITY_RANK))
        return (rank, f.due or NO_DUE, self._name(f.student_name), f.placement_id, f.rule_id)

    def _column_key(self, column: int) -> Callable[[ComplianceFinding], Any]:
        keys: dict[int, Callable[[ComplianceFinding], Any]] = {
            SEVERITY: lambda f: SEVERITY_RANK.get(f.severity, len(SEVERITY_RANK)),
            DUE: lambda f: f.due or NO_DUE,
            STUDENT: lambda f: self._name(f.student_name),
            CLASS: lambda f: self._name(f.class_name),
            ENTERPRISE: lambda f: self._name(f.enterprise_name),
            STATUS: lambda f: STATUS_RANK.get(f.status, len(STATUS_RANK)),
            RULE: lambda f: rule_number(f.rule_id),
            MESSAGE: lambda f: self.message(f).casefold(),
        }
        return keys.get(column, keys[SEVERITY])

    def _arranged(self) -> list[ComplianceFinding]:
        rows = [f for f in self._all if self._predicate is None or self._predicate(f)]
        column, order = self._sort
        rows.sort(key=self._urgency)  # ties in the clicked column stay most urgent first
        rows.sort(key=self._column_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._arranged()
        self.layoutChanged.emit()

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        finding = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(finding, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.message(finding)
        if role == Qt.ItemDataRole.ForegroundRole and column in (SEVERITY, DUE):
            if column == DUE and finding.due is not None and finding.due > self._today:
                return None  # only a problem biting today stands out
            return QColor(SEVERITY_COLOURS.get(finding.severity, SEVERITY_COLOURS["info"]))
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY:
            return self._icon(finding.severity)
        return None

    def due_text(self, due: dt.date | None) -> str:
        """The date and how far off it is, so nobody has to count days."""
        if due is None:
            return ""
        days = (due - self._today).days
        if days < 0:
            when = self.tr("overdue")
        elif days == 0:
            when = self.tr("today")
        else:
            when = self.tr("in %n day(s)", "", days)
        return f"{due.isoformat()} ({when})"

    def _display(self, f: ComplianceFinding, column: int) -> str:
        if column == SEVERITY:
            return severity_text(f.severity)
        if column == DUE:
            return self.due_text(f.due)
        if column == STUDENT:
            return f.student_name
        if column == CLASS:
            return f.class_name
        if column == ENTERPRISE:
            return f.enterprise_name
        if column == STATUS:
            return labels.placement_status(f.status)
        if column == RULE:
            return f"{f.rule_id} · {rule_title(f.rule_id)}"
        if column == MESSAGE:
            return self.message(f)
        return ""

    def _icon(self, severity: str) -> QIcon:
        """A coloured dot, so severity reads without relying on the text colour alone."""
        if severity not in self._icons:
            pixmap = QPixmap(12, 12)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["info"])))
            painter.drawEllipse(1, 1, 10, 10)
            painter.end()
            self._icons[severity] = QIcon(pixmap)
        return self._icons[severity]

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # Never call super().headerData(): invalid QVariants trip a PySide6 refcount bug.
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
