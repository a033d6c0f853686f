"""One enterprise's payments for one month, typed from its bank statement in one go.

The enterprise pays all its interns on one day, so the officer enters the month at once: one
line per intern, prefilled with what is still due. The service saves all lines or none; a
refused line shows its reason on the line itself, so nothing has to be typed twice.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError, ValidationFailed, Violation
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.pay_dto import (
    ArrearsRow,
    BulkRow,
    EnterpriseArrears,
    PaymentDraft,
    RecordedPayment,
)
from jilin_apprentice.ui.dialogs.policy_dialog import date_edit
from jilin_apprentice.ui.errors import translate_error, translate_violation
from jilin_apprentice.ui.models.insurance_models import FLAG_COLOUR, period_text, yuan_text
from jilin_apprentice.ui.models.pay_models import method_choices
from jilin_apprentice.ui.widgets.form_fields import fen_of, money_spin, set_fen
from jilin_apprentice.ui.widgets.form_frame import error_label, fit_to_screen

STUDENT, PERIOD, DUE, OPEN, AMOUNT, PAID_ON, METHOD, PROBLEM = range(8)
PLACEMENT_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_LISTED = 4  # line problems repeated under the table


class BulkPayDialog(QDialog):
    """Lines for every placement of `enterprise` in `month`; ticked lines are saved together."""

    def __init__(
        self,
        services: Services,
        enterprise: EnterpriseArrears,
        month: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BulkPayDialog")
        self._services, self._enterprise = services, enterprise
        self._month = month.replace(day=1)
        self.recorded: list[RecordedPayment] = []
        self.setWindowTitle(self.tr("Record payments for %1").replace("%1", f"{month:%Y-%m}"))
        heading = QLabel(objectName="heading")
        heading.setWordWrap(True)
        heading.setText(
            self.tr("%1: pay for %2. Untick the interns this payment run did not include.")
            .replace("%1", enterprise.enterprise_name)
            .replace("%2", f"{month:%Y-%m}")
        )
        self.all_dates = date_edit("allDates", services.today())
        self.all_dates.dateChanged.connect(self._set_all_dates)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Paid on (all lines)")))
        top.addWidget(self.all_dates)
        top.addStretch(1)
        self.total = QLabel(objectName="total")
        top.addWidget(self.total)
        self.table = self._make_table()
        for row in sorted(enterprise.rows, key=lambda r: r.student_name):
            self._add_line(row)
        self.table.horizontalHeader().setSortIndicator(STUDENT, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the editors follow their lines when sorted
        self.table.itemChanged.connect(lambda _item: self._show_total())
        self.general_error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record payments"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._show_total()
        fit_to_screen(self, 1000, 560)

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 8, objectName="bulkTable")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Student"),
                self.tr("Period"),
                self.tr("Due"),
                self.tr("Still due"),
                self.tr("Amount paid"),
                self.tr("Paid on"),
                self.tr("Method"),
                self.tr("Problem"),
            ]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(30)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = (90, 170, 85, 85, 115, 105, 150)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        return table

    def _add_line(self, r: ArrearsRow) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        student = QTableWidgetItem(r.student_name)
        student.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        student.setCheckState(Qt.CheckState.Checked if r.short_fen > 0 else Qt.CheckState.Unchecked)
        student.setData(PLACEMENT_ROLE, r.placement_id)
        student.setToolTip(self.tr("Ticked lines are recorded"))
        self.table.setItem(row, STUDENT, student)
        self.table.setItem(row, PERIOD, QTableWidgetItem(period_text(r.period_start, r.period_end)))
        for column, fen in ((DUE, r.due_fen), (OPEN, r.short_fen)):
            item = QTableWidgetItem(yuan_text(fen))
            item.setData(Qt.ItemDataRole.UserRole, fen)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self.table.setItem(row, PROBLEM, QTableWidgetItem(""))
        amount = money_spin(f"amount{r.placement_id}")
        set_fen(amount, r.short_fen if r.short_fen > 0 else r.due_fen)
        amount.valueChanged.connect(lambda _v: self._show_total())
        method = QComboBox(objectName=f"method{r.placement_id}")
        for code, label in method_choices():
            method.addItem(label, code)
        self.table.setCellWidget(row, AMOUNT, amount)
        self.table.setCellWidget(row, PAID_ON, date_edit(f"paidOn{r.placement_id}", self._today()))
        self.table.setCellWidget(row, METHOD, method)

    def _today(self) -> dt.date:
        return self.all_dates.date().toPython()  # type: ignore[no-any-return]

    # --- reading the lines ---------------------------------------------------------------------
    def row_of(self, placement_id: int) -> int:
        """The table row of a placement (the lines may have been sorted)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, STUDENT).data(PLACEMENT_ROLE) == placement_id:
                return row
        raise KeyError(placement_id)

    def ticked(self, row: int) -> bool:
        return self.table.item(row, STUDENT).checkState() == Qt.CheckState.Checked

    def set_ticked(self, placement_id: int, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.table.item(self.row_of(placement_id), STUDENT).setCheckState(state)

    def amount_edit(self, placement_id: int) -> QDoubleSpinBox:
        return self.table.cellWidget(self.row_of(placement_id), AMOUNT)  # type: ignore[return-value]

    def problem_of(self, placement_id: int) -> str:
        return self.table.item(self.row_of(placement_id), PROBLEM).text()

    def _set_all_dates(self, day: QDate) -> None:
        for row in range(self.table.rowCount()):
            edit: QDateEdit = self.table.cellWidget(row, PAID_ON)  # type: ignore[assignment]
            edit.setDate(day)

    def _show_total(self) -> None:
        rows = [r for r in range(self.table.rowCount()) if self.ticked(r)]
        fen = sum(fen_of(self.table.cellWidget(r, AMOUNT)) or 0 for r in rows)  # type: ignore[arg-type]
        self.total.setText(
            self.tr("%n payment(s), %1 in all", "", len(rows)).replace("%1", yuan_text(fen))
        )

    def lines(self) -> list[tuple[int, BulkRow]]:
        """(table row, line) of every ticked line, in table order."""
        found = []
        for row in range(self.table.rowCount()):
            if not self.ticked(row):
                continue
            item = self.table.item(row, STUDENT)
            paid_on: QDateEdit = self.table.cellWidget(row, PAID_ON)  # type: ignore[assignment]
            method: QComboBox = self.table.cellWidget(row, METHOD)  # type: ignore[assignment]
            draft = PaymentDraft(
                paid_on=paid_on.date().toPython(),
                amount_fen=fen_of(self.table.cellWidget(row, AMOUNT)),  # type: ignore[arg-type]
                payee_name=item.text(),
                method=method.currentData(),
                payer=self._enterprise.enterprise_name,
            )
            found.append((row, BulkRow(int(item.data(PLACEMENT_ROLE)), draft)))
        return found

    # --- saving --------------------------------------------------------------------------------
    def _show_problems(self, lines: list[tuple[int, BulkRow]], problems: list[Violation]) -> None:
        by_row: dict[int, list[str]] = {}
        general = []
        for v in problems:
            number = v.params.get("row")
            if isinstance(number, int) and 1 <= number <= len(lines):
                by_row.setdefault(lines[number - 1][0], []).append(translate_violation(v))
            else:
                general.append(v)
        lines_said = []
        for row in range(self.table.rowCount()):
            texts = by_row.get(row, [])
            problem, student = self.table.item(row, PROBLEM), self.table.item(row, STUDENT)
            problem.setText(" ".join(texts))
            problem.setToolTip("\n".join(texts))
            problem.setForeground(FLAG_COLOUR)
            student.setForeground(FLAG_COLOUR if texts else self.palette().text().color())
            lines_said += [f"{student.text()}: {t}" for t in texts]
        text = self.tr("Nothing was saved: %n line(s) have problems.", "", len(by_row))
        if general:
            text = translate_error(ValidationFailed(general)) + ("\n" + text if by_row else "")
        shown = lines_said[:MAX_LISTED] + (["…"] if len(lines_said) > MAX_LISTED else [])
        self.general_error.setText("\n".join([text, *shown]))  # seen without scrolling right
        self.general_error.setVisible(bool(problems))
        if by_row:
            self.table.scrollToItem(self.table.item(min(by_row), STUDENT))

    def save(self) -> None:
        lines = self.lines()
        service = self._services.pay
        try:
            self.recorded = service.bulk_entry(
                self._enterprise.enterprise_id, self._month, [line for _, line in lines]
            )
        except ValidationFailed as exc:
            self._show_problems(lines, exc.violations)
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()
