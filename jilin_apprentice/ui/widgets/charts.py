"""Qt Charts helpers for the dashboard: a titled card holding one chart and, under a toggle,
the same figures as a small table (colour is never the only carrier; screen readers get the
table and the chart's tooltip).

Imports PySide6.QtCharts at module level: only ui/pages/reports_page.py imports this module,
and the main window builds that page on first visit, so start-up never loads Qt Charts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

CHART_MIN_HEIGHT = 260
TABLE_MAX_HEIGHT = 180
MAX_LABEL = 14  # category labels longer than this are shortened on the axis (full in the table)
PALETTE = ("#2e6bb3", "#e07b1f", "#3a9a5b", "#c8413b", "#7d5ba6", "#8c6d31", "#d16fb0", "#5f6b73")


def short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


class ChartCard(QFrame):
    """A chart with its title, and a "Table" toggle that shows the figures as text."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = title
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(CHART_MIN_HEIGHT)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(TABLE_MAX_HEIGHT)
        self.table.setHidden(True)
        heading = QLabel(f"<b>{title}</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Table"))
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Show the figures as a table"))
        self.toggle.toggled.connect(lambda on: self.table.setHidden(not on))
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.table)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setHidden(True)
        layout.addWidget(self.note)

    def chart(self) -> QChart:
        return self.view.chart()

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setHidden(not text)

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """The text alternative: the table under the toggle, and the chart's tooltip."""
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(headers))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        lines = [" · ".join(row) for row in rows[:20]]
        if len(rows) > 20:
            lines.append("…")
        text = "\n".join([self.title, *lines]) if rows else self.title
        self.view.setToolTip(text)
        self.view.setAccessibleDescription(text)

    def _new_chart(self) -> QChart:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def show_empty(self, text: str) -> None:
        chart = self._new_chart()
        chart.setTitle(text)
        chart.legend().setVisible(False)

    def show_pie(self, items: Sequence[tuple[str, int]]) -> None:
        """Slices labelled with their count and share, legend beside the pie."""
        chart = self._new_chart()
        series = QPieSeries()
        total = sum(n for _, n in items) or 1
        for i, (label, n) in enumerate(items):
            piece = series.append(f"{short(label)} {n} ({n * 100 / total:.0f}%)", n)
            piece.setColor(QColor(PALETTE[i % len(PALETTE)]))
            piece.setBorderColor(QColor("white"))
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)

    def show_bars(
        self,
        categories: Sequence[str],
        sets: Sequence[tuple[str, Sequence[float]]],
        *,
        percent: bool = False,
    ) -> None:
        """Horizontal bars (long Chinese labels read best on the vertical axis), values printed
        at the bar ends; several sets are grouped and listed in the legend."""
        chart = self._new_chart()
        series = QHorizontalBarSeries()
        top = 0.0
        for i, (name, values) in enumerate(sets):
            bar = QBarSet(name)
            bar.append([float(v) for v in reversed(values)])
            bar.setColor(QColor(PALETTE[i % len(PALETTE)]))
            bar.setLabelColor(QColor("#202020"))
            series.append(bar)
            top = max([top, *values])
        chart.addSeries(series)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value%" if percent else "@value")
        series.setLabelsPrecision(4)
        series.setLabelsVisible(True)
        axis_y = QBarCategoryAxis()
        axis_y.append([short(c) for c in reversed(categories)])
        axis_y.setTruncateLabels(False)
        axis_x = QValueAxis()
        axis_x.setRange(0, 100 if percent else max(4.0, top * 1.15))
        axis_x.setLabelFormat("%d%%" if percent else "%d")
        if not percent:
            axis_x.applyNiceNumbers()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        chart.legend().setVisible(len(sets) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def show_lines(
        self, days: Sequence[dt.date], lines: Sequence[tuple[str, Sequence[int]]]
    ) -> None:
        """One line per series over dates, with the points marked."""
        chart = self._new_chart()
        axis_x = QDateTimeAxis()
        axis_x.setFormat("MM-dd")
        axis_x.setTickCount(min(8, max(2, len(days))))
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        top = 0
        for i, (name, values) in enumerate(lines):
            series = QLineSeries()
            series.setName(name)
            series.setPointsVisible(True)
            series.setColor(QColor(PALETTE[i % len(PALETTE)]))
            for day, v in zip(days, values, strict=True):
                stamp = QDateTime(day, QTime(12, 0))
                series.append(stamp.toMSecsSinceEpoch(), v)
                top = max(top, v)
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        if days:
            axis_x.setRange(QDateTime(days[0], QTime(0, 0)), QDateTime(days[-1], QTime(23, 0)))
        axis_y.setRange(0, max(4, round(top * 1.1)))
        axis_y.applyNiceNumbers()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
