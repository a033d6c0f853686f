"""Allocate a whole class to several openings at once, review the proposal, accept it all.

The proposal comes from the exact solver (domain/assignment.py: most students placed, then the
best total score); accepting writes every draft placement in one transaction or none.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.board_dto import Proposal
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.pages.board_texts import BoardTexts
from jilin_apprentice.ui.widgets.form_frame import error_label, fit_to_screen


def table(name: str, headers: list[str]) -> QTableWidget:
    widget = QTableWidget(0, len(headers), objectName=name)
    widget.setHorizontalHeaderLabels(headers)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.verticalHeader().hide()
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return widget


def fill(widget: QTableWidget, rows: list[list[str]]) -> None:
    widget.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            widget.setItem(r, c, item)
    widget.resizeColumnsToContents()
    for c in range(widget.columnCount() - 1):
        widget.setColumnWidth(c, min(widget.columnWidth(c), 180))


class AllocationDialog(QDialog):
    """Class and openings on the left; the proposal (who goes where, who stays) on the right."""

    def __init__(
        self, services: Services, class_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AllocationDialog")
        self.services = services
        self.texts = BoardTexts(self)
        self.proposal: Proposal | None = None
        self.created: list[int] = []
        self.setWindowTitle(self.tr("Allocate a class to openings"))
        self.klass = QComboBox(objectName="klass")
        for c in services.board.classes():
            self.klass.addItem(f"{c.name}（{c.major}，{c.students}）", c.class_id)
        if class_id is not None:
            self.klass.setCurrentIndex(max(0, self.klass.findData(class_id)))
        self.klass.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.klass.setMinimumContentsLength(12)
        self.openings = QListWidget(objectName="openings")
        self.run_button = QPushButton(self.tr("Propose"), objectName="propose")
        left = QWidget()
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(self.tr("Class")))
        side.addWidget(self.klass)
        side.addWidget(
            QLabel(self.tr("Openings (default: open ones whose majors fit)"), wordWrap=True)
        )
        side.addWidget(self.openings, 1)
        side.addWidget(self.run_button)
        self.summary = QLabel(objectName="summary", wordWrap=True)
        self.assigned = table(
            "assigned",
            [
                self.tr("Student"),
                self.tr("Class"),
                self.tr("Opening"),
                self.tr("Enterprise"),
                self.tr("Score"),
                self.tr("Why"),
            ],
        )
        self.unplaced = table(
            "unplaced", [self.tr("Student"), self.tr("Class"), self.tr("Why not")]
        )
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.assigned)
        right.addWidget(self.unplaced)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(1, 3)
        self.body = body
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Accept all"))
        ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.klass.currentIndexChanged.connect(self._load_openings)
        self.run_button.clicked.connect(self.run)
        self.buttons.accepted.connect(self.accept_all)
        self.buttons.rejected.connect(self.reject)
        self._load_openings()
        fit_to_screen(self, 1100, 640)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """A third for the choices, the rest for the proposal, at any scaling."""
        super().showEvent(event)
        width = max(1, self.body.width())
        self.body.setSizes([width * 3 // 10, width - width * 3 // 10])

    def _load_openings(self) -> None:
        self.openings.clear()
        class_id = self.klass.currentData()
        fitting = set(self.services.board.openings_for_class(class_id)) if class_id else set()
        for o in self.services.board.list_openings(status="open"):
            text = f"{o.title} · {o.enterprise_name}（{o.remaining}）"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, o.id)
            item.setToolTip(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if o.id in fitting else Qt.CheckState.Unchecked
            item.setCheckState(state)
            self.openings.addItem(item)

    def chosen_openings(self) -> list[int]:
        return [
            self.openings.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.openings.count())
            if self.openings.item(i).checkState() == Qt.CheckState.Checked
        ]

    def run(self) -> None:
        """Solve with a busy cursor (the exact solver takes well under two seconds)."""
        class_id = self.klass.currentData()
        if class_id is None:
            return
        self.summary.setText(self.tr("Working…"))
        self.error.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QGuiApplication.processEvents()
        try:
            students = self.services.board.students_of_class(class_id)
            self.proposal = self.services.board.propose(students, self.chosen_openings())
        except DomainError as exc:
            self.error.setText(translate_error(exc))
            self.error.show()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_proposal(self.proposal)

    def show_proposal(self, p: Proposal) -> None:
        fill(
            self.assigned,
            [
                [
                    a.student_name,
                    a.class_name,
                    a.opening_title,
                    a.enterprise_name,
                    str(a.score),
                    self.texts.explain(a.parts),
                ]
                for a in p.assigned
            ],
        )
        fill(
            self.unplaced,
            [[u.student_name, u.class_name, self.texts.reasons(u.reasons)] for u in p.unplaced],
        )
        text = self.tr("%1 of %2 students placed; total score %3; %4 pairs checked by the rules.")
        total = len(p.assigned) + len(p.unplaced)
        for i, value in enumerate((len(p.assigned), total, p.total_score, p.pairs_checked), 1):
            text = text.replace(f"%{i}", str(value))
        self.summary.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(p.assigned))

    def accept_all(self) -> None:
        if self.proposal is None or not self.proposal.assigned:
            return
        pairs = [(a.student_id, a.opening_id) for a in self.proposal.assigned]
        try:
            self.created = self.services.board.accept_all(pairs)
        except DomainError as exc:
            self.error.setText(translate_error(exc))
            self.error.show()
            return
        self.accept()
