"""Preview an enterprise's payroll sheet before anything is saved, then import it in one step.

Every row shows whom it matched or why it cannot be used (an unknown student, an ID number
Excel mangled, an amount that is not money). Import is refused while such rows exist, unless
the officer ticks "skip" and so decides to import the good rows now and chase the rest; the
service saves all the imported rows or none. Cancel saves nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.dto import ListQuery
from jilin_apprentice.services.pay_dto import ImportPreview, ImportResult
from jilin_apprentice.ui.dialogs.policy_dialog import date_edit
from jilin_apprentice.ui.errors import translate_error, translate_violation
from jilin_apprentice.ui.models.insurance_models import RowsProxy
from jilin_apprentice.ui.models.pay_models import PayColumns, PayRowsModel
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.form_fields import ERROR_STYLE, hint_label
from jilin_apprentice.ui.widgets.form_frame import error_label, fit_to_screen
from jilin_apprentice.ui.widgets.list_page_base import make_table
from jilin_apprentice.ui.widgets.search_picker import SearchPicker

HEADER_KEY = "pay/importPreview"
MATCHES = 30


def month_edit(name: str, month: dt.date) -> QDateEdit:
    """A date edit that shows and steps whole months."""
    edit = date_edit(name, month.replace(day=1))
    edit.setDisplayFormat("yyyy-MM")
    edit.setCurrentSection(QDateEdit.Section.MonthSection)
    return edit


class PayrollImportDialog(QDialog):
    """The preview of `path` for an enterprise and month; `result` is set once imported."""

    def __init__(
        self,
        services: Services,
        path: Path,
        month: dt.date,
        enterprise: tuple[int, str] | None = None,
        state: UiState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PayrollImportDialog")
        self.setWindowTitle(self.tr("Import payroll sheet"))
        self._services, self._path, self._state = services, Path(path), state
        self.preview: ImportPreview | None = None
        self.result_: ImportResult | None = None
        self.texts = PayColumns(self)
        self.enterprise = SearchPicker(
            "enterprise", self._search, self.tr("Type to find the enterprise")
        )
        if enterprise is not None:
            self.enterprise.set_choice(*enterprise)
        self.month = month_edit("month", month)
        self.default_date = date_edit("defaultDate", services.today())
        form = QFormLayout()
        form.addRow(self.tr("File"), QLabel(self._path.name, objectName="fileName"))
        form.addRow(self.tr("Enterprise"), self.enterprise)
        form.addRow(self.tr("Pay for month"), self.month)
        form.addRow(self.tr("Paid on, for rows without a date"), self.default_date)
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.sheet_problems = hint_label("sheetProblems")
        self.sheet_problems.setStyleSheet(ERROR_STYLE)
        self.model: PayRowsModel[object] = PayRowsModel(self.texts.import_rows(), self)
        self.proxy = RowsProxy(self.model, self)
        self.table = make_table("previewTable")
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self._fresh_header = state is None or not state.value(f"header/{HEADER_KEY}")
        if state is not None:
            state.restore_header(self.table.horizontalHeader(), HEADER_KEY)
        self.row_problem = hint_label("rowProblem")  # the selected row's problem, wrapped
        self.row_problem.setStyleSheet(ERROR_STYLE)
        self.row_problem.hide()
        self.skip = QCheckBox(
            self.tr("Skip the rows with problems and import only the ready rows"),
            objectName="skipInvalid",
        )
        self.general_error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.sheet_problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.row_problem)
        layout.addWidget(self.skip)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.enterprise.picked.connect(lambda _id: self.refresh())
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.default_date.dateChanged.connect(lambda _d: self.refresh())
        self.skip.toggled.connect(lambda _on: self._enable())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_row())
        fit_to_screen(self, 1100, 620)
        self.refresh()

    def _search(self, text: str) -> list[tuple[int, str]]:
        rows = self._services.enterprises.page(ListQuery(search=text), after=None, limit=MATCHES)
        return [(r.id, r.name) for r in rows]

    def refresh(self) -> None:
        """Read the sheet again for the chosen enterprise, month and default date."""
        self.general_error.hide()
        enterprise_id = self.enterprise.value()
        if enterprise_id is None:
            self.preview = None
            self.model.set_rows([])
            self.summary.setText(self.tr("Choose the enterprise whose payroll this is."))
            self._enable()
            return
        self.preview = self._services.payroll.preview(
            enterprise_id,
            self._path,
            month=self.month.date().toPython(),
            paid_on=self.default_date.date().toPython(),
        )
        rows = list(self.preview.rows)
        self.model.set_rows(sorted(rows, key=lambda r: (r.ok, r.row)))  # problems first
        good, bad = len(self.preview.valid), len(self.preview.invalid)
        self.summary.setText(
            self.tr("%n row(s) ready to import", "", good)
            + " · "
            + self.tr("%n row(s) with problems", "", bad)
        )
        problems = [translate_violation(v) for v in self.preview.problems]
        self.sheet_problems.setText("\n".join(problems))
        self.sheet_problems.setVisible(bool(problems))
        if self._fresh_header and rows:
            self._fresh_header = False
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(header.count() - 1):
                header.resizeSection(column, min(header.sectionSize(column), 180))
        if rows:
            self.table.selectRow(0)
        self._show_row()
        self._enable()

    def _show_row(self) -> None:
        index = self.table.currentIndex()
        row = self.proxy.row_at(index.row()) if index.isValid() else None
        text = self.texts.problems_text(row) if row is not None and not row.ok else ""
        self.row_problem.setText(
            self.tr("Row %1: %2").replace("%1", str(row.row)).replace("%2", text) if text else ""
        )
        self.row_problem.setVisible(bool(text))

    def _enable(self) -> None:
        p = self.preview
        usable = p is not None and not p.problems and bool(p.valid)
        blocked = p is not None and bool(p.invalid) and not self.skip.isChecked()
        self.skip.setEnabled(p is not None and bool(p.invalid) and bool(p.valid))
        self.import_button.setEnabled(usable and not blocked)
        if usable and blocked:
            self.import_button.setToolTip(
                self.tr("Some rows have problems: correct the sheet, or tick skip.")
            )
        else:
            self.import_button.setToolTip("")

    def commit(self) -> None:
        if self.preview is None or not self.import_button.isEnabled():
            return
        try:
            self.result_ = self._services.payroll.commit(
                self.preview, skip_invalid=self.skip.isChecked()
            )
        except DomainError as exc:  # changed since the preview; nothing was saved
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()

    def done(self, result: int) -> None:
        if self._state is not None:
            self._state.save_header(self.table.horizontalHeader(), HEADER_KEY)
        super().done(result)
