"""Edit the wording of the agreement templates; saving makes a new version (R-TPL-2)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.agreement_templates import AgreementTemplateService, ClauseText
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.widgets.form_frame import error_label, fit_to_screen


class TemplateDialog(QDialog):
    """Clauses on the left, the chosen clause's heading and paragraphs (one per line) right."""

    def __init__(self, service: AgreementTemplateService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplateDialog")
        self.setWindowTitle(self.tr("Agreement wording"))
        self._service = service
        self.saved_version: int | None = None
        self.kind = QComboBox(objectName="kind")
        for code, label in (
            ("post", self.tr("Post internship agreement")),
            ("cognitive", self.tr("Observation internship agreement")),
            ("apprenticeship", self.tr("Apprenticeship training agreement")),
            ("consent", self.tr("Informed consent form")),
        ):
            self.kind.addItem(label, code)
        self.version = QLabel(objectName="version")
        self.clauses = QListWidget(objectName="clauses")
        self.heading = QLineEdit(objectName="heading")
        self.body = QPlainTextEdit(objectName="body")
        hint = QLabel(
            self.tr(
                "One paragraph per line. Words in braces, such as {start_date}, are filled from "
                "the record; keep them. Saving makes a new version; agreements already made keep "
                "their wording."
            )
        )
        hint.setWordWrap(True)
        editor = QWidget()
        form = QFormLayout(editor)
        form.addRow(self.tr("Heading"), self.heading)
        form.addRow(self.tr("Paragraphs"), self.body)
        split = QSplitter()
        split.addWidget(self.clauses)
        split.addWidget(editor)
        split.setStretchFactor(1, 3)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("Document"), self.kind)
        top.addRow(self.tr("Version in use"), self.version)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._texts: list[ClauseText] = []
        self._row = -1
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        self.clauses.currentRowChanged.connect(self._show)
        self.load()
        fit_to_screen(self, 1000, 640)

    def load(self) -> None:
        template = self._service.current(self.kind.currentData())
        self.version.setText(str(template.version))
        self._texts = [ClauseText(c.heading, c.paragraphs) for c in template.clauses]
        self._row = -1
        self.clauses.blockSignals(True)
        self.clauses.clear()
        for clause in self._texts:
            self.clauses.addItem(clause.heading or self.tr("(preamble)"))
        self.clauses.blockSignals(False)
        self.clauses.setCurrentRow(0)

    def _keep(self) -> None:
        if 0 <= self._row < len(self._texts):
            lines = tuple(line for line in self.body.toPlainText().splitlines() if line.strip())
            self._texts[self._row] = ClauseText(self.heading.text(), lines)

    def _show(self, row: int) -> None:
        self._keep()
        self._row = row
        if 0 <= row < len(self._texts):
            self.heading.setText(self._texts[row].heading)
            self.body.setPlainText("\n".join(self._texts[row].paragraphs))

    def edited(self) -> list[ClauseText]:
        self._keep()
        return list(self._texts)

    def save(self) -> None:
        try:
            self.saved_version = self._service.save(self.kind.currentData(), self.edited())
        except DomainError as exc:
            self.error.setText(translate_error(exc))
            self.error.setVisible(True)
            return
        self.accept()
