"""Table models of the insurance screens: one generic model over plain service rows, and the
column sets of the register, the gaps, the expiry warnings and the incidents.

Each column knows its text, its sort key and its typed export value, so the screen sorts by
real dates and amounts and the .xlsx export gets Excel dates and yuan instead of text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView

from jilin_apprentice.domain.money import format_yuan
from jilin_apprentice.services.insurance_dto import (
    CoveredRow,
    CoverResult,
    ExpiryRow,
    GapRow,
    IncidentView,
    PolicyRow,
)
from jilin_apprentice.ui import labels

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
FLAG_COLOUR = QColor("#b00020")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def policy_type_label(code: str | None) -> str:
    return {
        "internship_liability": QCoreApplication.translate(
            "InsuranceLabels", "Internship liability"
        ),
        "personal_accident": QCoreApplication.translate("InsuranceLabels", "Personal accident"),
        "work_injury": QCoreApplication.translate("InsuranceLabels", "Work injury"),
    }.get(code or "", code or "")


def payer_label(code: str) -> str:
    return {
        "school": QCoreApplication.translate("InsuranceLabels", "School"),
        "enterprise": QCoreApplication.translate("InsuranceLabels", "Enterprise"),
        "student": QCoreApplication.translate("InsuranceLabels", "Student"),
    }.get(code, code)


def claim_status_label(code: str | None) -> str:
    return {
        "reported": QCoreApplication.translate("InsuranceLabels", "Reported"),
        "submitted": QCoreApplication.translate("InsuranceLabels", "Claim submitted"),
        "approved": QCoreApplication.translate("InsuranceLabels", "Approved"),
        "paid": QCoreApplication.translate("InsuranceLabels", "Paid out"),
        "rejected": QCoreApplication.translate("InsuranceLabels", "Rejected"),
        "withdrawn": QCoreApplication.translate("InsuranceLabels", "Withdrawn"),
    }.get(code or "", code or "")


def yuan_text(fen: int | None) -> str:
    return "" if fen is None else f"¥{format_yuan(fen)}"


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    return f"{start or '…'} – {end or '…'}"


@dataclass(frozen=True)
class Column(Generic[R]):
    """Header, display text, sort key (default: the text), typed export cell (default: the
    text), alignment, and a red flag for rows that need attention."""

    title: str
    text: Callable[[R], str]
    key: Callable[[R], object] | None = None
    cell: Callable[[R], object] | None = None
    right: bool = False
    flag: Callable[[R], bool] | None = None
    tip: bool = False  # the whole text as a tooltip (long cells are cut short)


def text_col(title: str, get: Callable[[R], str | None], **kw: Any) -> Column[R]:
    return Column(title, lambda r: get(r) or "", **kw)


def date_col(title: str, get: Callable[[R], dt.date | None]) -> Column[R]:
    def iso(r: R) -> str:
        day = get(r)
        return day.isoformat() if day else ""

    return Column(title, iso, key=iso, cell=get)


def money_col(title: str, get: Callable[[R], int | None]) -> Column[R]:
    def cell(r: R) -> float | None:
        fen = get(r)
        return None if fen is None else fen / 100

    return Column(
        title, lambda r: yuan_text(get(r)), key=lambda r: get(r) or 0, cell=cell, right=True
    )


def int_col(title: str, get: Callable[[R], int], **kw: Any) -> Column[R]:
    return Column(title, lambda r: f"{get(r):,}", key=get, cell=get, right=True, **kw)


class RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table of service rows; never asks the base class for header data."""

    def __init__(self, columns: list[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[R] = []

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return (column.key or column.text)(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(RIGHT.value)
        flagged = column.flag is not None and column.flag(row)
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return FLAG_COLOUR
        if role == Qt.ItemDataRole.FontRole and flagged:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return column.text(row)
        return None

    def cells(self, row: int, columns: list[int]) -> list[object]:
        """Typed values of one row for the export, in the given column order."""
        r = self.rows[row]
        return [(self.columns[c].cell or self.columns[c].text)(r) for c in columns]


class RowsProxy(QSortFilterProxyModel):
    """Sorts by the sort role (real dates, amounts), filters on the text of every column."""

    def __init__(self, source: RowsModel[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._keep: Callable[[Any], bool] | None = None
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)  # Chinese names by pinyin where the platform collates so
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_predicate(self, keep: Callable[[Any], bool] | None) -> None:
        """A row filter besides the text (e.g. "only within 7 days")."""
        self.beginFilterChange()
        self._keep = keep
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        keep = self._keep
        source: RowsModel[Any] = self.sourceModel()  # type: ignore[assignment]
        if keep is not None and not keep(source.rows[source_row]):
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def shown_cells(self, header: QHeaderView) -> tuple[list[str], list[list[object]]]:
        """Titles and typed cells as the table shows them: filtered, sorted, visible columns
        in their on-screen order (what the officer sees is what the export holds)."""
        source: RowsModel[Any] = self.sourceModel()  # type: ignore[assignment]
        logical = (header.logicalIndex(v) for v in range(header.count()))
        columns = [c for c in logical if not header.isSectionHidden(c)]
        rows = [
            source.cells(self.mapToSource(self.index(r, 0)).row(), columns)
            for r in range(self.rowCount())
        ]
        return [source.columns[c].title for c in columns], rows

    def row_at(self, proxy_row: int) -> Any:
        source: RowsModel[Any] = self.sourceModel()  # type: ignore[assignment]
        index = self.mapToSource(self.index(proxy_row, 0))
        return source.rows[index.row()] if index.isValid() else None


# --- column sets ---------------------------------------------------------------------------


def _sum_insured(p: PolicyRow) -> int | None:
    return p.draft.sum_insured_per_person_fen


def cover_text(v: IncidentView) -> str:
    """The policy that answers for the incident, or why none does (flagged red)."""
    if v.liability_in_force:
        return f"{v.policy_no} ({v.insurer})"
    if v.policy_id is not None:
        text = QCoreApplication.translate("InsuranceLabels", "No liability cover (only %1 %2)")
        return text.replace("%1", policy_type_label(v.policy_type)).replace("%2", v.policy_no or "")
    return QCoreApplication.translate("InsuranceLabels", "No cover")


class InsuranceColumns(QObject):
    """The column sets and the plural texts of the page. Plurals live here because lupdate
    finds them only in self.tr, and PySide6 translates a plural only under the runtime class
    (a tab subclass would miss the base class's entry); this class is never subclassed."""

    def row_count(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%n row(s)", "", total)
        return self.tr("%1 of %n row(s)", "", total).replace("%1", str(shown))

    def exported(self, rows: int, path: str) -> str:
        return self.tr("%n row(s) exported to %1", "", rows).replace("%1", path)

    def ranges(self, g: GapRow) -> str:
        return "; ".join(
            self.tr("%1 – %2 (%n day(s))", "", r.days)
            .replace("%1", r.start.isoformat())
            .replace("%2", r.end.isoformat())
            for r in g.gaps
        )

    def cover_report(self, result: CoverResult, policy_no: str) -> str:
        """What adding students to a policy did, in one line for the page's notice."""
        added = self.tr("%n row(s) added to policy %1.", "", result.added)
        parts = [added.replace("%1", policy_no)]
        if result.unchanged:
            parts.append(self.tr("%n already covered.", "", result.unchanged))
        if result.refreshed:
            parts.append(self.tr("%n brought up to date.", "", result.refreshed))
        if result.outside_period:
            parts.append(self.tr("%n outside the policy period.", "", result.outside_period))
        return " ".join(parts)

    def policies(self) -> list[Column[PolicyRow]]:
        yes, no = self.tr("Yes"), self.tr("No")
        return [
            text_col(self.tr("Policy no."), lambda p: p.draft.policy_no),
            text_col(self.tr("Insurer"), lambda p: p.draft.insurer, tip=True),
            text_col(self.tr("Type"), lambda p: policy_type_label(p.draft.type)),
            date_col(self.tr("From"), lambda p: p.draft.start_date),
            date_col(self.tr("To"), lambda p: p.draft.end_date),
            int_col(self.tr("Students"), lambda p: p.covered_students),
            int_col(self.tr("Student-days"), lambda p: p.covered_days),
            money_col(
                self.tr("Sum insured / person"), lambda p: p.draft.sum_insured_per_person_fen
            ),
            money_col(self.tr("Premium"), lambda p: p.draft.premium_fen),
            text_col(
                self.tr("Paid by"),
                lambda p: payer_label(p.draft.premium_payer),
                flag=lambda p: p.draft.premium_payer == "student",
            ),
            text_col(self.tr("Document"), lambda p: yes if p.document_path else no),
        ]

    def covered(self) -> list[Column[CoveredRow]]:
        return [
            text_col(self.tr("Student"), lambda c: c.student_name),
            text_col(self.tr("Class"), lambda c: c.class_name),
            int_col(self.tr("Days"), lambda c: (c.end_date - c.start_date).days + 1),
            date_col(self.tr("Covered from"), lambda c: c.start_date),
            date_col(self.tr("Covered to"), lambda c: c.end_date),
        ]

    def gaps(self) -> list[Column[GapRow]]:
        """The uncovered days first: on a small screen they must not scroll out of sight."""
        return [
            text_col(self.tr("Student"), lambda g: g.student_name),
            text_col(self.tr("Class"), lambda g: g.class_name),
            int_col(self.tr("Days"), lambda g: g.uncovered_days, flag=lambda g: True),
            text_col(self.tr("Uncovered"), self.ranges, tip=True),
            text_col(self.tr("Status"), lambda g: labels.placement_status(g.status)),
            text_col(self.tr("Enterprise"), lambda g: g.enterprise_name, tip=True),
            text_col(self.tr("Placement"), lambda g: period_text(g.start_date, g.end_date)),
            date_col(self.tr("First uncovered day"), lambda g: g.gaps[0].start if g.gaps else None),
        ]

    def expiring(self) -> list[Column[ExpiryRow]]:
        return [
            text_col(self.tr("Student"), lambda e: e.student_name),
            text_col(self.tr("Class"), lambda e: e.class_name),
            int_col(self.tr("Days left"), lambda e: e.days_left, flag=lambda e: e.within <= 7),
            date_col(self.tr("Cover ends"), lambda e: e.ends),
            date_col(self.tr("Placement ends"), lambda e: e.placement_end),
            text_col(self.tr("Policy no."), lambda e: e.policy_no),
            text_col(self.tr("Enterprise"), lambda e: e.enterprise_name, tip=True),
        ]

    def incidents(self) -> list[Column[IncidentView]]:
        """No injury column: health data stays inside the incident form (PIPL)."""
        return [
            date_col(self.tr("Date"), lambda v: v.draft.occurred_on),
            text_col(self.tr("Student"), lambda v: v.student_name),
            text_col(self.tr("What happened"), lambda v: v.draft.description, tip=True),
            text_col(
                self.tr("Policy in force"),
                cover_text,
                tip=True,
                flag=lambda v: not v.liability_in_force,
            ),
            text_col(self.tr("Status"), lambda v: claim_status_label(v.draft.claim_status)),
            money_col(self.tr("Claimed"), lambda v: v.draft.amount_claimed_fen),
            money_col(self.tr("Paid"), lambda v: v.draft.amount_paid_fen),
            text_col(self.tr("Claim no."), lambda v: v.draft.claim_no),
            date_col(self.tr("Reported to insurer"), lambda v: v.draft.reported_to_insurer_on),
            text_col(self.tr("Enterprise"), lambda v: v.enterprise_name, tip=True),
        ]
