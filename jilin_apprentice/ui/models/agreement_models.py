"""Table model and labels of the agreement screens (issue 5).

Reuses the insurance screens' generic model (columns that know their text, sort key and export
cell); adds a per-cell tooltip so the "signed" column can say who has signed and who has not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from jilin_apprentice.services.agreements import AgreementRow
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.models.insurance_models import Column, Index, RowsModel, text_col

NUMBER, KIND, STATUS = 0, 4, 5  # columns whose first-run width is set from their widest value
STATUSES = ("generated", "partially_signed", "signed_all", "archived", "superseded")
OPEN_FOR_SIGNING = ("generated", "partially_signed")
PARTY_ORDER = ("school", "enterprise", "student", "guardian")
METHODS = ("drawn", "image", "seal", "wet_ink")
GREY = QColor("#777777")


def status_label(code: str) -> str:
    return {
        "draft": QCoreApplication.translate("AgreementLabels", "Draft"),
        "generated": QCoreApplication.translate("AgreementLabels", "Generated"),
        "partially_signed": QCoreApplication.translate("AgreementLabels", "Partially signed"),
        "signed_all": QCoreApplication.translate("AgreementLabels", "Signed by all"),
        "archived": QCoreApplication.translate("AgreementLabels", "Archived"),
        "superseded": QCoreApplication.translate("AgreementLabels", "Superseded"),
    }.get(code, code)


def party_label(code: str) -> str:
    return {
        "school": QCoreApplication.translate("AgreementLabels", "School"),
        "enterprise": QCoreApplication.translate("AgreementLabels", "Enterprise"),
        "student": QCoreApplication.translate("AgreementLabels", "Student"),
        "guardian": QCoreApplication.translate("AgreementLabels", "Guardian"),
    }.get(code, code)


def method_label(code: str) -> str:
    return {
        "drawn": QCoreApplication.translate("AgreementLabels", "Drawn on screen"),
        "image": QCoreApplication.translate("AgreementLabels", "Signature image"),
        "seal": QCoreApplication.translate("AgreementLabels", "Seal image"),
        "wet_ink": QCoreApplication.translate("AgreementLabels", "Wet ink on paper"),
    }.get(code, code)


def widest_values() -> dict[int, list[str]]:
    """What the Number, Kind and Status columns may hold, for the first-run widths."""
    kinds = ("post", "cognitive", "apprenticeship")
    return {
        NUMBER: ["SX0000-000000-00"],
        KIND: [labels.placement_kind(k) for k in kinds],
        STATUS: [status_label(s) for s in STATUSES],
    }


def signed_count(row: AgreementRow) -> int:
    return len(set(row.signed_parties) & set(row.required_parties))


def missing_parties(row: AgreementRow) -> list[str]:
    return [p for p in row.required_parties if p not in row.signed_parties]


def parties_text(codes: list[str] | tuple[str, ...]) -> str:
    ordered = sorted(codes, key=lambda c: PARTY_ORDER.index(c) if c in PARTY_ORDER else 9)
    return ", ".join(party_label(c) for c in ordered)


@dataclass(frozen=True)
class TipColumn(Column[AgreementRow]):
    """A column whose tooltip says more than its cell (e.g. which parties are missing)."""

    tooltip: Callable[[AgreementRow], str] | None = None


class AgreementRowsModel(RowsModel[AgreementRow]):
    """Superseded versions in grey: they stay on file but are not the agreement in force."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        tip = column.tooltip if isinstance(column, TipColumn) else None
        if role == Qt.ItemDataRole.ToolTipRole and tip is not None:
            return tip(row)
        if role == Qt.ItemDataRole.ForegroundRole and not row.current:
            return GREY
        return super().data(index, role)


class AgreementColumns(QObject):
    """Column set and plural texts of the page; never subclassed, so PySide6 finds the plural
    entries under this class's own context."""

    def row_count(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%n agreement(s)", "", total)
        return self.tr("%1 of %n agreement(s)", "", total).replace("%1", str(shown))

    def batch_summary(self, done: int, failed: int) -> str:
        generated = self.tr("%n agreement(s) generated", "", done)
        return generated + " · " + self.tr("%n failed", "", failed)

    def signed_tip(self, row: AgreementRow) -> str:
        signed = [p for p in row.required_parties if p in row.signed_parties]
        lines = [self.tr("Signed: %1").replace("%1", parties_text(signed) or "—")]
        if missing := missing_parties(row):
            lines.append(self.tr("Still to sign: %1").replace("%1", parties_text(missing)))
        return "\n".join(lines)

    def columns(self) -> list[Column[AgreementRow]]:
        yes, no = self.tr("Yes"), self.tr("No")

        def signed(r: AgreementRow) -> str:
            if not r.file_path and not r.signed_parties:  # recorded from a paper agreement
                return self.tr("On paper")
            return f"{signed_count(r)} / {len(r.required_parties)}"

        return [
            text_col(self.tr("Number"), lambda r: r.number),
            Column(
                self.tr("Version"),
                lambda r: str(r.version),
                key=lambda r: r.version,
                cell=lambda r: r.version,
                right=True,
            ),
            text_col(self.tr("Student"), lambda r: r.student_name),
            text_col(self.tr("Enterprise"), lambda r: r.enterprise_name, tip=True),
            text_col(self.tr("Kind"), lambda r: labels.placement_kind(r.kind)),
            Column(
                self.tr("Status"),
                lambda r: status_label(r.status),
                key=lambda r: STATUSES.index(r.status) if r.status in STATUSES else -1,
            ),
            TipColumn(
                self.tr("Signed"),
                signed,
                key=lambda r: signed_count(r) - len(r.required_parties),  # fewest missing last
                tooltip=self.signed_tip,
            ),
            text_col(self.tr("Current"), lambda r: yes if r.current else no),
            text_col(self.tr("Scanned copy"), lambda r: yes if r.scanned_copy_path else no),
        ]
