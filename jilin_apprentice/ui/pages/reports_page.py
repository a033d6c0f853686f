"""Dashboard and statistics (issue 7, seed §(9), §(12)/(26), §(27)): charts of the year's
placements, placement rate and supply/demand per major, pay, insurance cover and compliance
over time, and the yearly statistical report for the education bureau as PDF or Excel.

Qt Charts is imported through ui/widgets/charts.py, which only this page uses; the main window
builds the page on first visit, so the application starts without loading Qt Charts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.domain.money import format_yuan
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.statistics_dto import Count, Dashboard
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.charts import ChartCard

EXPORT_DIR_KEY = "reports/exportDir"
MAX_BARS = 12  # bars per chart; the table under each chart lists every row
COLUMNS = 2


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


class ReportsPage(QWidget):
    """Built by ui/launch.py when first shown."""

    def __init__(self, services: Services, state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportsPage")
        self.services, self.state = services, state
        self.ask_save_file = QFileDialog.getSaveFileName  # replaceable (tests, automation)
        self.data: Dashboard | None = None
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year"))
        for y in services.statistics.years():
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(services.today().year)))
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        pdf = QPushButton(self.tr("Yearly report (PDF)…"))
        pdf.clicked.connect(lambda: self.export_report("pdf"))
        xlsx = QPushButton(self.tr("Yearly report (Excel)…"))
        xlsx.clicked.connect(lambda: self.export_report("xlsx"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year:")))
        bar.addWidget(self.year)
        bar.addWidget(refresh)
        bar.addStretch(1)
        bar.addWidget(pdf)
        bar.addWidget(xlsx)
        names = {
            "status": self.tr("Placements by status"),
            "type": self.tr("Placements by type"),
            "industry": self.tr("Placements by industry"),
            "major": self.tr("Placements by major"),
            "enterprise": self.tr("Placements by enterprise (top 10)"),
            "rate": self.tr("Placement rate per major (graduating classes)"),
            "supply": self.tr("Open places and available students per major"),
            "pay": self.tr("Monthly pay of post placements"),
            "insurance": self.tr("Liability insurance cover today"),
            "compliance": self.tr("Compliance findings over time"),
        }
        self.charts = {key: ChartCard(title) for key, title in names.items()}
        grid = QGridLayout()
        for i, card in enumerate(self.charts.values()):
            grid.addWidget(card, i // COLUMNS, i % COLUMNS)
        for c in range(COLUMNS):
            grid.setColumnStretch(c, 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def selected_year(self) -> int:
        return int(self.year.currentData() or self.services.today().year)

    def reload(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.data = self.services.statistics.dashboard(self.selected_year())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_data(self.data)

    # --- charts ------------------------------------------------------------------------------
    def show_data(self, d: Dashboard) -> None:
        self.summary.setText(
            self.tr("%1 placements in %2; %3 open places on the board; insurance cover %4.")
            .replace("%1", str(d.total))
            .replace("%2", str(d.year))
            .replace("%3", str(sum(s.places for s in d.supply_demand if s.major)))
            .replace("%4", _pct(d.insurance.share))
        )
        language = self.state.language
        other = self.tr("Other enterprises")
        self._counts("status", d.by_status, lambda c: labels.placement_status(c.key), pie=True)
        self._counts("type", d.by_type, lambda c: labels.placement_kind(c.key), pie=True)
        self._counts("industry", d.by_industry, lambda c: labels.industry(c.key, language))
        self._counts("major", d.by_major, lambda c: c.label)
        self._counts("enterprise", d.by_enterprise, lambda c: c.label or other)
        self._rates(d)
        self._supply(d)
        self._pay(d)
        self._insurance(d)
        self._compliance(d)

    def _counts(
        self,
        key: str,
        items: tuple[Count, ...],
        label: Callable[[Count], str],
        *,
        pie: bool = False,
    ) -> None:
        card = self.charts[key]
        named = [(label(c), c.count) for c in items]
        total = sum(n for _, n in named)
        card.set_table(
            [self.tr("Name"), self.tr("Placements"), self.tr("Share")],
            [(name, str(n), _pct(n / total if total else None)) for name, n in named],
        )
        if not named:
            card.show_empty(self.tr("No placements in this year"))
        elif pie:
            card.show_pie(named)
        else:
            head = named[:MAX_BARS]
            card.show_bars([n for n, _ in head], [(self.tr("Placements"), [v for _, v in head])])

    def _rates(self, d: Dashboard) -> None:
        card = self.charts["rate"]
        rows = d.placement_rates
        card.set_table(
            [self.tr("Major"), self.tr("Students"), self.tr("Placed"), self.tr("Rate")],
            [(r.major, str(r.students), str(r.placed), _pct(r.rate)) for r in rows],
        )
        if not rows:
            card.show_empty(self.tr("No graduating classes in this year"))
            return
        head = rows[:MAX_BARS]
        card.show_bars(
            [r.major for r in head],
            [(self.tr("Placement rate"), [round((r.rate or 0) * 100, 1) for r in head])],
            percent=True,
        )

    def _supply(self, d: Dashboard) -> None:
        card = self.charts["supply"]
        anyone = self.tr("Any major")
        rows = [(s.major or anyone, s) for s in d.supply_demand]
        card.set_table(
            [
                self.tr("Major"),
                self.tr("Open places"),
                self.tr("Available students"),
                self.tr("Ratio"),
            ],
            [
                (
                    name,
                    str(s.places),
                    str(s.available),
                    "—" if s.ratio is None else f"{s.ratio:.2f}",
                )
                for name, s in rows
            ],
        )
        if not rows:
            card.show_empty(self.tr("No students or openings"))
            return
        head = rows[:MAX_BARS]
        card.show_bars(
            [name for name, _ in head],
            [
                (self.tr("Open places"), [s.places for _, s in head]),
                (self.tr("Available students"), [s.available for _, s in head]),
            ],
        )

    def _pay(self, d: Dashboard) -> None:
        card = self.charts["pay"]
        pay = d.pay
        yuan = self.tr("yuan")
        names = [
            f"≥ {b.low_fen // 100} {yuan}"
            if b.high_fen is None
            else f"{b.low_fen // 100}–{b.high_fen // 100} {yuan}"
            for b in pay.buckets
        ]
        card.set_table(
            [self.tr("Monthly pay"), self.tr("Placements")],
            [(n, str(b.count)) for n, b in zip(names, pay.buckets, strict=True)],
        )
        if not pay.count:
            card.show_empty(self.tr("No post placements with pay in this year"))
            card.set_note("")
            return
        card.show_bars(names, [(self.tr("Placements"), [b.count for b in pay.buckets])])
        card.set_note(
            self.tr("Median %1, quartiles %2 – %3 yuan; %4 of %5 below 80 % of the post wage.")
            .replace("%1", format_yuan(pay.median_fen or 0))
            .replace("%2", format_yuan(pay.q1_fen or 0))
            .replace("%3", format_yuan(pay.q3_fen or 0))
            .replace("%4", str(pay.below_80_count))
            .replace("%5", str(pay.with_wage_count))
        )

    def _insurance(self, d: Dashboard) -> None:
        card = self.charts["insurance"]
        ins = d.insurance
        covered, missing = self.tr("Covered"), self.tr("Not covered")
        card.set_table(
            [self.tr("Placements running today"), self.tr("Count")],
            [(covered, str(ins.covered)), (missing, str(ins.needing - ins.covered))],
        )
        if not ins.needing:
            card.show_empty(self.tr("No placements running today need cover"))
            return
        card.show_pie([(covered, ins.covered), (missing, ins.needing - ins.covered)])

    def _compliance(self, d: Dashboard) -> None:
        card = self.charts["compliance"]
        points = d.compliance
        card.set_table(
            [self.tr("Date"), self.tr("Open placements"), self.tr("Findings"), self.tr("Blocking")],
            [
                (p.taken_on.isoformat(), str(p.open_placements), str(p.findings), str(p.blocking))
                for p in points
            ],
        )
        if not points:
            card.show_empty(self.tr("No compliance snapshots yet"))
            return
        card.show_lines(
            [p.taken_on for p in points],
            [
                (self.tr("Findings"), [p.findings for p in points]),
                (self.tr("Blocking"), [p.blocking for p in points]),
            ],
        )

    # --- yearly report -----------------------------------------------------------------------
    def ask_save_path(self, name: str, kind: str) -> Path | None:
        folder = self.state.value(EXPORT_DIR_KEY, str(Path.home()))
        pattern = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Excel (*.xlsx)")
        chosen, _ = self.ask_save_file(
            self, self.tr("Save the yearly report"), str(Path(folder) / name), pattern
        )
        if not chosen:
            return None
        self.state.set_value(EXPORT_DIR_KEY, str(Path(chosen).parent))
        return Path(chosen)

    def export_report(self, kind: str, path: Path | None = None) -> Path | None:
        """Write the yearly report of the selected year; returns the path or None."""
        year = self.selected_year()
        path = path or self.ask_save_path(f"实习统计报表-{year}.{kind}", kind)
        if path is None:
            return None
        stats = self.services.statistics
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if kind == "pdf":
                written = stats.write_yearly_pdf(year, path)
            else:
                written = stats.write_yearly_xlsx(year, path)
        except (OSError, DomainError) as exc:
            Dialogs.warning(
                self,
                self.tr("Yearly report"),
                self.tr("Could not write the file: %1").replace("%1", str(exc)),
            )
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.summary.setText(self.tr("Saved %1").replace("%1", str(written)))
        return written

    def save_state(self) -> None:
        """Nothing to remember beyond the export folder (saved when chosen)."""
