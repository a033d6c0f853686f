"""A grid of month calendars with one coloured, labelled cell per day (issue 6 calendar).

Painted rather than built from QCalendarWidgets: two years are 24 months, and one widget keeps
a single keyboard focus and a selection that can run across months. Each worked day shows its
number and a short type label, so the type is never told by colour alone.

Keys: arrows move a day / a week, Page Up/Down a month, Home/End the first/last day; with
Shift they extend the selection; Space toggles the current day; Enter asks to edit the
selection (`activated`). Mouse: click, Shift+click for a range, Ctrl+click to toggle.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolTip, QWidget


@dataclass(frozen=True)
class CellInfo:
    """What a day cell shows: background, short label and the tooltip text."""

    color: QColor
    label: str
    tooltip: str
    manual: bool = False


def legend_grid(items: list[tuple[QColor, str, str, str]]) -> QGridLayout:
    """Two legend entries a row: a swatch with the cell's short label, then the words (so the
    legend does not rely on colour either). Items: (colour, short label, words, name)."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(6)
    for n, (color, short, words, name) in enumerate(items):
        swatch = QLabel(short, objectName=f"legend_{name}")
        swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
        swatch.setStyleSheet(
            f"background: {color.name()}; color: #1a1a1a; border: 1px solid #888; padding: 1px 3px;"
        )
        grid.addWidget(swatch, n // 2, (n % 2) * 2)
        grid.addWidget(QLabel(words), n // 2, (n % 2) * 2 + 1)
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(3, 1)
    return grid


class YearCalendar(QWidget):
    selectionChanged = Signal()  # noqa: N815  (Qt signal naming)
    activated = Signal()
    currentMoved = Signal(QRect)  # noqa: N815

    GAP = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearCalendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Training calendar"))
        self._months: list[dt.date] = []
        self._range: tuple[dt.date, dt.date] | None = None
        self._cells: dict[dt.date, CellInfo] = {}
        self.selected: set[dt.date] = set()
        self.current: dt.date | None = None
        self._anchor: dt.date | None = None
        self._weekdays = [
            self.tr("Mo"),
            self.tr("Tu"),
            self.tr("We"),
            self.tr("Th"),
            self.tr("Fr"),
            self.tr("Sa"),
            self.tr("Su"),
        ]

    # --- data ------------------------------------------------------------------------------
    def set_range(self, start: dt.date | None, end: dt.date | None) -> None:
        """Show the months from `start` to `end` (none: empty)."""
        self._months = []
        self._range = (start, end) if start and end and start <= end else None
        if self._range:
            month = start.replace(day=1)  # type: ignore[union-attr]
            while month <= end:  # type: ignore[operator]
                self._months.append(month)
                month += relativedelta(months=1)
        self.selected.clear()
        self.current = self._range[0] if self._range else None
        self._anchor = self.current
        self._relayout()
        self.selectionChanged.emit()

    def set_cells(self, cells: dict[dt.date, CellInfo]) -> None:
        self._cells = cells
        self.update()

    def in_range(self, day: dt.date) -> bool:
        return self._range is not None and self._range[0] <= day <= self._range[1]

    def selection(self) -> list[dt.date]:
        """The selected days, or the current day when nothing is selected."""
        if self.selected:
            return sorted(self.selected)
        return [self.current] if self.current and self.in_range(self.current) else []

    # --- geometry --------------------------------------------------------------------------
    def _cell(self) -> QSize:
        fm = self.fontMetrics()
        side = max(fm.height() * 2 + 4, fm.horizontalAdvance("Hol") + 10)
        return QSize(side, side)

    def _month_size(self) -> QSize:
        c = self._cell()
        title = self.fontMetrics().height() + 6
        return QSize(7 * c.width(), title * 2 + 6 * c.height())

    def _columns(self) -> int:
        m = self._month_size()
        return max(1, (self.width() + self.GAP) // (m.width() + self.GAP))

    def _relayout(self) -> None:
        rows = -(-len(self._months) // self._columns()) if self._months else 0
        m = self._month_size()
        self.setMinimumHeight(max(1, rows * (m.height() + self.GAP)))
        self.setMinimumWidth(m.width())
        self.update()

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        self._relayout()

    def sizeHint(self) -> QSize:  # noqa: N802
        m = self._month_size()
        return QSize(3 * (m.width() + self.GAP), 2 * (m.height() + self.GAP))

    def _month_origin(self, index: int) -> QPoint:
        m, cols = self._month_size(), self._columns()
        return QPoint(
            (index % cols) * (m.width() + self.GAP), (index // cols) * (m.height() + self.GAP)
        )

    def cell_rect(self, day: dt.date) -> QRect | None:
        first = day.replace(day=1)
        if first not in self._months:
            return None
        origin = self._month_origin(self._months.index(first))
        c, title = self._cell(), self.fontMetrics().height() + 6
        lead = first.weekday()
        slot = lead + day.day - 1
        x = origin.x() + (slot % 7) * c.width()
        y = origin.y() + 2 * title + (slot // 7) * c.height()
        return QRect(x, y, c.width(), c.height())

    def day_at(self, pos: QPoint) -> dt.date | None:
        m, c = self._month_size(), self._cell()
        title = self.fontMetrics().height() + 6
        for index, month in enumerate(self._months):
            origin = self._month_origin(index)
            if not QRect(origin, m).contains(pos):
                continue
            col = (pos.x() - origin.x()) // c.width()
            row = (pos.y() - origin.y() - 2 * title) // c.height()
            slot = row * 7 + col - month.weekday()
            if row < 0 or not 0 <= slot < calendar.monthrange(month.year, month.month)[1]:
                return None
            return month + dt.timedelta(days=slot)
        return None

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        pal = self.palette()
        fm = self.fontMetrics()
        title_h = fm.height() + 6
        c = self._cell()
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.8))
        for index, month in enumerate(self._months):
            o = self._month_origin(index)
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(pal.windowText().color())
            painter.drawText(
                QRect(o.x(), o.y(), 7 * c.width(), title_h),
                Qt.AlignmentFlag.AlignCenter,
                f"{month.year}-{month.month:02d}",
            )
            painter.setFont(small)
            for n, name in enumerate(self._weekdays):
                painter.drawText(
                    QRect(o.x() + n * c.width(), o.y() + title_h, c.width(), title_h),
                    Qt.AlignmentFlag.AlignCenter,
                    name,
                )
            for d in range(calendar.monthrange(month.year, month.month)[1]):
                self._paint_day(painter, month + dt.timedelta(days=d), small)
        painter.end()

    def _paint_day(self, painter: QPainter, day: dt.date, small: QFont) -> None:
        rect = self.cell_rect(day)
        if rect is None:
            return
        pal = self.palette()
        inner = rect.adjusted(1, 1, -1, -1)
        info = self._cells.get(day)
        if info is not None:
            painter.fillRect(inner, info.color)
        painter.setPen(pal.windowText().color() if self.in_range(day) else QColor("#9a9a9a"))
        painter.setFont(small)
        painter.drawText(
            inner.adjusted(3, 1, -2, -1),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            str(day.day),
        )
        if info is not None:
            painter.setFont(self.font())
            painter.setPen(QColor("#1a1a1a"))
            painter.drawText(
                inner.adjusted(1, 0, -1, -1),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                info.label,
            )
            if info.manual:  # hand-set day: a corner mark
                painter.setBrush(QColor("#1a1a1a"))
                painter.setPen(Qt.PenStyle.NoPen)
                r = inner.topRight()
                size = max(4, inner.width() // 6)
                painter.drawPolygon([r, r - QPoint(size, 0), r + QPoint(0, size)])
                painter.setBrush(Qt.BrushStyle.NoBrush)
        if day in self.selected:
            painter.setPen(QPen(pal.highlight().color(), 3))
            painter.drawRect(inner.adjusted(1, 1, -1, -1))
        if day == self.current and self.hasFocus():
            painter.setPen(QPen(pal.windowText().color(), 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))

    # --- interaction -----------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            info = self._cells.get(day) if day else None
            if day is not None:
                text = f"{day.isoformat()}  {info.tooltip if info else self.tr('Rest day')}"
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def move_to(self, day: dt.date, *, extend: bool = False, toggle: bool = False) -> None:
        if not self.in_range(day):
            return
        self.current = day
        if extend and self._anchor is not None:
            lo, hi = sorted((self._anchor, day))
            self.selected = {lo + dt.timedelta(days=n) for n in range((hi - lo).days + 1)}
        elif toggle:
            self.selected ^= {day}
            self._anchor = day
        else:
            self.selected = {day}
            self._anchor = day
        rect = self.cell_rect(day)
        if rect is not None:
            self.currentMoved.emit(rect)
        self.update()
        self.selectionChanged.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        day = self.day_at(event.position().toPoint())
        if day is None:
            return
        mods = event.modifiers()
        self.move_to(
            day,
            extend=bool(mods & Qt.KeyboardModifier.ShiftModifier),
            toggle=bool(mods & Qt.KeyboardModifier.ControlModifier),
        )

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.day_at(event.position().toPoint()) is not None:
            self.activated.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.current is None or self._range is None:
            super().keyPressEvent(event)
            return
        key, cur = event.key(), self.current
        steps = {
            Qt.Key.Key_Left: relativedelta(days=-1),
            Qt.Key.Key_Right: relativedelta(days=1),
            Qt.Key.Key_Up: relativedelta(days=-7),
            Qt.Key.Key_Down: relativedelta(days=7),
            Qt.Key.Key_PageUp: relativedelta(months=-1),
            Qt.Key.Key_PageDown: relativedelta(months=1),
        }
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in steps:
            target = cur + steps[key]
            lo, hi = self._range
            self.move_to(min(max(target, lo), hi), extend=extend)
        elif key == Qt.Key.Key_Home:
            self.move_to(self._range[0], extend=extend)
        elif key == Qt.Key.Key_End:
            self.move_to(self._range[1], extend=extend)
        elif key == Qt.Key.Key_Space:
            self.move_to(cur, toggle=True)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit()
        else:
            super().keyPressEvent(event)
