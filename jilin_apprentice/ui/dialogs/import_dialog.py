"""Import from Excel or CSV: kind, file, column mapping, preview, then one transaction.

The officer picks what the sheet holds and the file; the columns are mapped by their header
names (or a saved preset, or by hand) and every row is previewed with its sheet row number,
status and reasons before anything is saved. Import writes the ready rows (and, if chosen,
updates duplicates) in one transaction; with invalid rows it is refused unless the officer
ticks "skip invalid rows". The problem rows can be saved as an error report to correct.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.import_dto import ImportOutcome, ImportPreview
from jilin_apprentice.services.import_report import write_error_report, write_template
from jilin_apprentice.ui.dialogs.import_preview_model import (
    MappingTable,
    PreviewModel,
    ProblemFilter,
    ProgressWindow,
)
from jilin_apprentice.ui.errors import translate_error, translate_violation
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.widgets.form_frame import ERROR_STYLE, error_label, fit_to_screen
from jilin_apprentice.ui.widgets.list_page_base import make_table

TEMPLATE_NAMES = {
    "students": "学生导入模板",
    "enterprises": "企业导入模板",
    "posts": "岗位导入模板",
    "placements": "实习安排导入模板",
}


class ImportDialog(QDialog):
    """Opened from File ▸ Import from Excel…; `imported` says whether anything was written."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import from Excel"))
        self.services = services
        self.imported = False
        self.preview: ImportPreview | None = None
        self.outcome: ImportOutcome | None = None
        self.path: Path | None = None
        self.ask_open_file = QFileDialog.getOpenFileName  # replaceable (tests, automation)
        self.ask_save_file = QFileDialog.getSaveFileName
        self.ask_text = QInputDialog.getText

        self.kind = QComboBox(objectName="kind")
        for kind, label in (
            ("students", self.tr("Students (with guardians)")),
            ("enterprises", self.tr("Enterprises")),
            ("posts", self.tr("Posts")),
            ("placements", self.tr("Placements (as drafts)")),
        ):
            self.kind.addItem(label, kind)
        self.file_edit = QLineEdit(objectName="fileName", readOnly=True)
        self.file_edit.setPlaceholderText(self.tr("Choose an .xlsx or .csv file"))
        self.choose_button = QPushButton(self.tr("Choose file…"), objectName="chooseFile")
        self.template_button = QPushButton(self.tr("Download template…"), objectName="template")
        top = QGridLayout()
        top.addWidget(QLabel(self.tr("Import")), 0, 0)
        top.addWidget(self.kind, 0, 1)
        top.addWidget(self.template_button, 0, 2)
        top.addWidget(QLabel(self.tr("File")), 1, 0)
        top.addWidget(self.file_edit, 1, 1)
        top.addWidget(self.choose_button, 1, 2)
        top.setColumnStretch(1, 1)

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.addTab(self._preview_tab(), self.tr("Preview"))
        self.tabs.addTab(self._mapping_tab(), self.tr("Column mapping"))

        self.on_duplicate = QComboBox(objectName="onDuplicate")
        self.on_duplicate.addItem(self.tr("Skip duplicates (keep what is saved)"), "skip")
        self.on_duplicate.addItem(self.tr("Update duplicates from the sheet"), "update")
        self.skip_invalid = QCheckBox(self.tr("Skip invalid rows"), objectName="skipInvalid")
        self.report_button = QPushButton(self.tr("Save error report…"), objectName="errorReport")
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Duplicates")))
        options.addWidget(self.on_duplicate, 1)
        options.addWidget(self.skip_invalid)
        options.addWidget(self.report_button)
        self.general_error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.commit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(options)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.save_template)
        self.report_button.clicked.connect(self.save_error_report)
        self.skip_invalid.toggled.connect(lambda _on: self._enable())
        self.on_duplicate.currentIndexChanged.connect(lambda _i: self._enable())
        fit_to_screen(self, 1000, 640)
        self._load_presets()
        self._enable()

    # --- layout ------------------------------------------------------------------------------
    def _preview_tab(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel(objectName="summary", wordWrap=True)
        self.sheet_problems = QLabel(objectName="sheetProblems", wordWrap=True)
        self.sheet_problems.setStyleSheet(ERROR_STYLE)
        self.sheet_problems.hide()
        self.only_problems = QCheckBox(
            self.tr("Show only rows with problems"), objectName="onlyProblems"
        )
        self.model = PreviewModel(self)
        self.proxy = ProblemFilter(self.model, self)
        self.table = make_table("previewTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.row_reasons = QLabel(objectName="rowReasons", wordWrap=True)
        self.row_reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row_reasons.hide()
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.only_problems)
        layout = QVBoxLayout(page)
        layout.addLayout(head)
        layout.addWidget(self.sheet_problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.row_reasons)
        self.only_problems.toggled.connect(self.proxy.set_only_problems)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_row())
        return page

    def _mapping_tab(self) -> QWidget:
        page = QWidget()
        self.presets = QComboBox(objectName="presets")
        self.apply_preset_button = QPushButton(self.tr("Apply"), objectName="applyPreset")
        self.save_preset_button = QPushButton(self.tr("Save as preset…"), objectName="savePreset")
        self.delete_preset_button = QPushButton(self.tr("Delete preset"), objectName="deletePreset")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Saved mappings")))
        bar.addWidget(self.presets, 1)
        bar.addWidget(self.apply_preset_button)
        bar.addWidget(self.save_preset_button)
        bar.addWidget(self.delete_preset_button)
        self.mapping_table = MappingTable(page)
        hint = QLabel(
            self.tr(
                "Columns are matched by their header names (姓名, 身份证号, 班级 …). Change a "
                "choice to map a column by hand; the preview follows."
            ),
            wordWrap=True,
        )
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(hint)
        layout.addWidget(self.mapping_table, 1)
        self.mapping_table.changed.connect(lambda: self.refresh(self.mapping_table.mapping()))
        self.apply_preset_button.clicked.connect(self.apply_preset)
        self.save_preset_button.clicked.connect(self.save_preset)
        self.delete_preset_button.clicked.connect(self.delete_preset)
        return page

    # --- reading -----------------------------------------------------------------------------
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        self._load_presets()
        self.refresh()

    def choose_file(self) -> None:
        path, _filter = self.ask_open_file(
            self, self.tr("Choose the sheet to import"), "", self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.outcome = None
        self.refresh()

    def refresh(self, mapping: dict[str, str | None] | None = None) -> None:
        """Preview the file again (for the kind, and the mapping when one is given)."""
        self.general_error.hide()
        if self.path is None:
            self.preview = None
            self.summary.setText(self.tr("Choose the kind of data and the file to import."))
            self._enable()
            return
        with ProgressWindow(self, self.tr("Checking the rows…")) as progress:
            self.preview = self.services.imports.preview(
                self.current_kind(), self.path, mapping=mapping, progress=progress
            )
        p = self.preview
        self.model.set_rows(list(p.rows))
        if mapping is None:
            self.mapping_table.blockSignals(True)
            self.mapping_table.show_columns(p.columns, self.services.imports.fields(p.kind), p.kind)
            self.mapping_table.blockSignals(False)
        problems = [translate_violation(v) for v in p.problems]
        self.sheet_problems.setText("\n".join(problems))
        self.sheet_problems.setVisible(bool(problems))
        self.summary.setText(
            self.tr("%1 rows: %2 ready, %3 duplicates, %4 invalid")
            .replace("%1", str(len(p.rows)))
            .replace("%2", str(p.count("ok")))
            .replace("%3", str(p.count("duplicate")))
            .replace("%4", str(p.count("invalid")))
        )
        if p.rows:
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(header.count() - 1):
                header.resizeSection(column, min(header.sectionSize(column), 200))
            self.table.selectRow(0)
        self._show_row()
        self._enable()

    def _show_row(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.row_reasons.hide()
            return
        source = self.proxy.mapToSource(index).row()
        text = self.model.reasons(source)
        self.row_reasons.setText(
            self.tr("Row %1: %2")
            .replace("%1", str(self.model.rows[source].row))
            .replace("%2", text)
        )
        self.row_reasons.setVisible(bool(text))

    def _enable(self) -> None:
        p = self.preview
        usable = p is not None and not p.problems and self.outcome is None
        ok = p.count("ok") if p else 0
        dup = p.count("duplicate") if p else 0
        bad = p.count("invalid") if p else 0
        writes = ok + (dup if self.on_duplicate.currentData() == "update" else 0)
        blocked = bad > 0 and not self.skip_invalid.isChecked()
        self.import_button.setEnabled(usable and writes > 0 and not blocked)
        self.import_button.setToolTip(
            self.tr("Some rows are invalid: correct the sheet, or tick skip invalid rows.")
            if usable and blocked
            else ""
        )
        self.report_button.setEnabled(p is not None and (bad + dup) > 0)
        self.save_preset_button.setEnabled(p is not None and bool(p.columns))

    # --- writing -----------------------------------------------------------------------------
    def commit(self) -> None:
        if self.preview is None or not self.import_button.isEnabled():
            return
        try:
            with ProgressWindow(self, self.tr("Importing…")) as progress:
                self.outcome = self.services.imports.commit(
                    self.preview,
                    on_duplicate=str(self.on_duplicate.currentData()),
                    skip_invalid=self.skip_invalid.isChecked(),
                    progress=progress,
                )
        except DomainError as exc:  # nothing was saved
            self.general_error.setText(translate_error(exc))
            self.general_error.show()
            return
        o = self.outcome
        self.imported = bool(o.created or o.updated)
        self.summary.setText(
            self.tr("Imported: %1 new, %2 updated; %3 duplicates and %4 invalid rows left out.")
            .replace("%1", str(len(o.created)))
            .replace("%2", str(len(o.updated)))
            .replace("%3", str(len(o.skipped_duplicates)))
            .replace("%4", str(len(o.skipped_invalid)))
        )
        self._enable()

    def save_error_report(self) -> None:
        if self.preview is None:
            return
        name = (self.path.stem if self.path else "import") + "_错误报告.xlsx"
        path, _filter = self.ask_save_file(
            self, self.tr("Save error report"), name, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self._write(lambda: write_error_report(self.preview, Path(path), translate=_translate))

    def save_template(self) -> None:
        kind = self.current_kind()
        name = TEMPLATE_NAMES[kind]
        path, _filter = self.ask_save_file(
            self, self.tr("Save template"), name + ".xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self._write(lambda: write_template(kind, Path(path)))

    def _write(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except OSError as exc:
            Dialogs.warning(self, self.tr("Not saved"), str(exc))

    # --- presets -----------------------------------------------------------------------------
    def _load_presets(self, select: int | None = None) -> None:
        self.presets.clear()
        for preset in self.services.imports.presets(self.current_kind()):
            self.presets.addItem(preset.name, preset.id)
        if select is not None:
            self.presets.setCurrentIndex(max(0, self.presets.findData(select)))
        has = self.presets.count() > 0
        self.apply_preset_button.setEnabled(has)
        self.delete_preset_button.setEnabled(has)

    def apply_preset(self) -> None:
        chosen = self.presets.currentData()
        found = [p for p in self.services.imports.presets(self.current_kind()) if p.id == chosen]
        if found and self.path is not None:
            self.refresh(dict(found[0].mapping))
            self.mapping_table.blockSignals(True)
            fields = self.services.imports.fields(self.current_kind())
            self.mapping_table.show_columns(self.preview.columns, fields, self.current_kind())  # type: ignore[union-attr]
            self.mapping_table.blockSignals(False)

    def save_preset(self) -> None:
        name, ok = self.ask_text(self, self.tr("Save mapping"), self.tr("Name of the mapping"))
        if not ok or not name.strip():
            return
        try:
            new_id = self.services.imports.save_preset(
                self.current_kind(), name, self.mapping_table.mapping()
            )
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not saved"), translate_error(exc))
            return
        self._load_presets(select=new_id)

    def delete_preset(self) -> None:
        preset_id = self.presets.currentData()
        if preset_id is None:
            return
        question = self.tr("Delete the saved mapping %1?").replace("%1", self.presets.currentText())
        if Dialogs.confirm(self, self.tr("Delete mapping"), question):
            self.services.imports.delete_preset(int(preset_id))
            self._load_presets()


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
