"""Helpers of the home page that show no text of their own: the look-ahead window, the filter
combos and the first-run column widths (split from home_page.py; its strings stay there)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QSizePolicy, QTableView

from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.models.findings_table_model import (
    CLASS,
    DUE,
    ENTERPRISE,
    RULE,
    SEVERITY,
    STATUS,
    STUDENT,
)

DEFAULT_UPCOMING_DAYS = 14
NO_SUPERVISOR = -1  # combo data for findings whose placement has no school supervisor
# first-run column widths (most, least; None: never cut); the message column takes the rest
COLUMN_LIMITS: dict[int, tuple[int, int | None]] = {
    SEVERITY: (120, None),
    DUE: (220, None),
    STUDENT: (120, None),
    CLASS: (130, 60),
    ENTERPRISE: (200, 70),
    STATUS: (100, 60),
    RULE: (240, 80),
}
MESSAGE_SHARE = 0.25  # of the table width, kept for the message on a 1366x768 screen at 150 %


def upcoming_days(services: Services, on: dt.date) -> int:
    """The administrator's look-ahead window (reference key "deadlines") in force on `on`."""
    value = services.reference_values.in_force("deadlines", on)
    if value is None:
        return DEFAULT_UPCOMING_DAYS
    try:
        return max(0, int(value["upcoming_days"]))
    except (KeyError, TypeError, ValueError):
        return DEFAULT_UPCOMING_DAYS


def filter_combo(name: str, everything: str, tooltip: str) -> QComboBox:
    """A filter that shrinks on small screens; its list still shows whole names."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setToolTip(tooltip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    combo.addItem(everything, None)
    return combo


def choices(
    pairs: Iterable[tuple[int | None, str]], ranks: dict[str, int]
) -> list[tuple[int, str]]:
    """Each (id, name) once, in the ranks' order (unranked names last)."""
    unique = {key: name for key, name in pairs if key is not None}
    return sorted(unique.items(), key=lambda item: ranks.get(item[1], len(ranks)))


def refill(combo: QComboBox, items: list[tuple[int, str]]) -> None:
    """Replace a filter's choices after its first ("all") item; keep its choice if still there."""
    kept = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for key, name in items:
        combo.addItem(name, key)
    combo.setCurrentIndex(max(0, combo.findData(kept)) if kept is not None else 0)
    combo.blockSignals(False)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)  # whole names


def fit_columns(table: QTableView) -> None:
    """Size columns to their contents, then shrink them alike so the message shows too."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(200)  # rows measured: enough, and fast on big lists
    for column, (most, _least) in COLUMN_LIMITS.items():
        table.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column), most))
    widths = {column: header.sectionSize(column) for column in COLUMN_LIMITS}
    excess = sum(widths.values()) - table.viewport().width() * (1 - MESSAGE_SHARE)
    slack = {
        c: max(0, widths[c] - least)
        for c, (_most, least) in COLUMN_LIMITS.items()
        if least is not None
    }
    total = sum(slack.values())
    if excess > 0 and total:
        for column, spare in slack.items():
            cut = min(spare, round(excess * spare / total))
            header.resizeSection(column, widths[column] - cut)
