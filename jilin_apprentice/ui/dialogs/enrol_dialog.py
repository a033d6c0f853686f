"""Enrol students into a programme (enrolment linked with hiring), or edit one apprentice.

The class's students are listed with checkboxes; others are added by searching. Mentors are
offered from the programme's enterprise only; dates default to the programme's. For
企业新型学徒制 each row carries the labour contract (R-APP-4). A refused row is named and
coloured, and nothing is saved until every row is right.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.programme_dto import (
    EnrolDraft,
    EnrolStudent,
    MemberDraft,
    MemberRow,
    ProgrammeRow,
)
from jilin_apprentice.ui.dialogs.programme_dialog import (
    LEVELS,
    OptionalDate,
    _Form,
    date_edit,
    level_label,
)
from jilin_apprentice.ui.errors import translate_violation
from jilin_apprentice.ui.models.insurance_models import FLAG_COLOUR
from jilin_apprentice.ui.widgets.form_fields import fen_of, money_spin, set_fen
from jilin_apprentice.ui.widgets.search_picker import SearchPicker
from jilin_apprentice.ui.widgets.validated_form import ValidatedForm

ENTERPRISE_NEW = "enterprise_new"
WARN_COLOUR = "#8a6d00"


class _MemberFields(_Form):
    """Mentors, dates, level and agreement: what an enrolment shares and a member has."""

    def _shared(self, f: ValidatedForm, services: Services, programme: ProgrammeRow) -> None:
        mentors, teachers = services.programmes.mentor_choices(programme.id)
        self.mentor = f.add_field("enterprise_mentor_id", self.tr("Enterprise mentor"), QComboBox())
        self.teacher = f.add_field("school_mentor_id", self.tr("School mentor"), QComboBox())
        for combo, name, choices in (
            (self.mentor, "mentor", mentors),
            (self.teacher, "teacher", teachers),
        ):
            combo.setObjectName(name)
            combo.addItem(self.tr("(none)"), None)
            for c in choices:
                combo.addItem(c.label, c.id)
        d = programme.draft
        assert d.start_date is not None and d.end_date is not None
        self.start = f.add_field(
            "start_date", self.tr("Start date"), date_edit("start", d.start_date)
        )
        self.end = f.add_field("end_date", self.tr("End date"), date_edit("end", d.end_date))
        self.level = f.add_field("target_level", self.tr("Target skill level"), QComboBox())
        self.level.setObjectName("level")
        self.level.addItem(self.tr("(none)"), None)
        for code in LEVELS:
            self.level.addItem(level_label(code), code)
        self.level.setCurrentIndex(max(0, self.level.findData(d.target_level)))
        self.agreement_ref = f.add_field(
            "training_agreement_ref",
            self.tr("Training agreement no."),
            QLineEdit(d.training_agreement_ref or "", objectName="agreementRef"),
        )
        self.agreement_ref.setMaxLength(60)
        day = d.training_agreement_date or d.start_date
        self.agreement_date = OptionalDate("agreementDate", self.tr("Signed"), day)
        self.agreement_date.set_value(d.training_agreement_date)
        f.add_field("training_agreement_date", self.tr("Agreement signed on"), self.agreement_date)
        self._watch(
            self.mentor.currentIndexChanged,
            self.teacher.currentIndexChanged,
            self.start.dateChanged,
            self.end.dateChanged,
            self.level.currentIndexChanged,
            self.agreement_ref.textChanged,
            self.agreement_date.toggled,
        )

    def _shared_values(self) -> dict[str, object]:
        return {
            "enterprise_mentor_id": self.mentor.currentData(),
            "school_mentor_id": self.teacher.currentData(),
            "start_date": self.start.date().toPython(),
            "end_date": self.end.date().toPython(),
            "target_level": self.level.currentData(),
            "training_agreement_ref": self.agreement_ref.text().strip() or None,
            "training_agreement_date": self.agreement_date.value(),
        }


class EnrolDialog(_MemberFields):
    """Several students at once; `saved_ids` are the new apprenticeships."""

    def __init__(
        self, services: Services, programme: ProgrammeRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EnrolDialog")
        self._services, self._programme = services, programme
        self._contract = programme.draft.programme == ENTERPRISE_NEW
        self.saved_id: int | None = None
        self.saved_ids: list[int] = []
        self.setWindowTitle(self.tr("Enrol students: %1").replace("%1", programme.draft.name))
        inner = QWidget(objectName="enrolForm")
        layout = QVBoxLayout(inner)
        self.form = f = ValidatedForm()
        layout.addLayout(f)
        self._shared(f, services, programme)
        self._students_box(layout)
        self._frame(inner, 900, 640, close=False)
        class_id = programme.draft.class_id
        if class_id is not None:
            for c in services.programmes.student_choices(class_id=class_id):
                self.add_student(c.id, c.label, checked=False)
        self.revalidate()

    def _students_box(self, layout: QVBoxLayout) -> None:
        columns = [self.tr("Enrol"), self.tr("Student")]
        if self._contract:
            columns += [self.tr("Contract from"), self.tr("Contract to"), self.tr("Monthly wage")]
        self.table = QTableWidget(0, len(columns), objectName="students")
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(180)
        self.table.itemChanged.connect(lambda *_: self._timer.start())
        row = QHBoxLayout()
        self.picker = SearchPicker("studentPicker", self._search, self.tr("Another student"))
        add = QPushButton(self.tr("Add"), objectName="addStudent")
        add.clicked.connect(self._add_picked)
        every = QPushButton(self.tr("Select all"), objectName="selectAll")
        every.clicked.connect(lambda: self.check_all(True))
        row.addWidget(self.picker, 1)
        row.addWidget(add)
        row.addWidget(every)
        self.row_errors = QLabel(objectName="rowErrors")
        self.row_errors.setWordWrap(True)
        layout.addWidget(QLabel(self.tr("Students")))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.row_errors)

    def _search(self, text: str) -> list[tuple[int, str]]:
        if not text:
            return []
        return [(c.id, c.label) for c in self._services.programmes.student_choices(search=text)]

    def _add_picked(self) -> None:
        key = self.picker.value()
        if key is not None:
            self.add_student(key, self.picker.combo.currentText(), checked=True)

    def add_student(self, student_id: int, label: str, *, checked: bool) -> None:
        """A row for the student (once); ticked when added by hand."""
        for r in range(self.table.rowCount()):
            if self.table.item(r, 1).data(Qt.ItemDataRole.UserRole) == student_id:
                self.table.item(r, 0).setCheckState(Qt.CheckState.Checked)
                return
        self.table.blockSignals(True)
        r = self.table.rowCount()
        self.table.insertRow(r)
        tick = QTableWidgetItem()
        tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        tick.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.setItem(r, 0, tick)
        name = QTableWidgetItem(label)
        name.setFlags(Qt.ItemFlag.ItemIsEnabled)
        name.setData(Qt.ItemDataRole.UserRole, student_id)
        self.table.setItem(r, 1, name)
        if self._contract:
            d = self._programme.draft
            assert d.start_date is not None and d.end_date is not None
            for column, day in ((2, d.start_date), (3, d.end_date)):
                edit = date_edit(f"contract{column}_{r}", day)
                edit.dateChanged.connect(lambda *_: self._timer.start())
                self.table.setCellWidget(r, column, edit)
            wage = money_spin(f"wage_{r}")
            wage.valueChanged.connect(lambda *_: self._timer.start())
            self.table.setCellWidget(r, 4, wage)
        self.table.blockSignals(False)
        self._timer.start()

    def check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for r in range(self.table.rowCount()):
            self.table.item(r, 0).setCheckState(state)

    def _ticked(self) -> list[int]:
        return [
            r
            for r in range(self.table.rowCount())
            if self.table.item(r, 0).checkState() == Qt.CheckState.Checked
        ]

    def _row(self, r: int) -> EnrolStudent:
        student_id = self.table.item(r, 1).data(Qt.ItemDataRole.UserRole)
        if not self._contract:
            return EnrolStudent(student_id)
        start, end = self.table.cellWidget(r, 2), self.table.cellWidget(r, 3)
        wage = self.table.cellWidget(r, 4)
        assert isinstance(start, QDateEdit) and isinstance(end, QDateEdit)
        assert isinstance(wage, QDoubleSpinBox)
        return EnrolStudent(
            student_id, start.date().toPython(), end.date().toPython(), fen_of(wage)
        )

    def draft(self) -> EnrolDraft:
        rows = tuple(self._row(r) for r in self._ticked())
        return EnrolDraft(students=rows, **self._shared_values())  # type: ignore[arg-type]

    def _show(self, violations: list[Violation]) -> None:
        """Shared fields under the form; each student's problems listed by name, row red."""
        shared = [v for v in violations if not v.field.startswith("students[")]
        super()._show(shared)
        ticked = self._ticked()
        lines, bad = [], set()
        for v in violations:
            if not v.field.startswith("students["):
                continue
            index = int(v.field[len("students[") : v.field.index("]")])
            r = ticked[index] if index < len(ticked) else None
            name = self.table.item(r, 1).text().split(" · ")[0] if r is not None else ""
            colour = FLAG_COLOUR.name() if v.severity == "block" else WARN_COLOUR
            lines.append(f'<span style="color:{colour}">{name}: {translate_violation(v)}</span>')
            if r is not None and v.severity == "block":
                bad.add(r)
        self.row_errors.setText("<br>".join(lines))
        self.row_errors.setVisible(bool(lines))
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 1)
            item.setForeground(FLAG_COLOUR if r in bad else self.palette().text().color())
        ok_blocked = any(v.severity == "block" for v in violations)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not ok_blocked)

    def row_messages(self) -> str:
        return self.row_errors.text()

    def revalidate(self) -> None:
        self.table.blockSignals(True)
        try:
            self._show(self._services.programmes.validate_enrol(self._programme.id, self.draft()))
        finally:
            self.table.blockSignals(False)

    def save(self) -> None:
        def write() -> int:
            self.saved_ids = self._services.programmes.enrol(self._programme.id, self.draft())
            return len(self.saved_ids)

        self._store(write)


class MemberDialog(_MemberFields):
    """One apprentice of the cohort: mentors, dates, level, agreement and labour contract."""

    def __init__(
        self,
        services: Services,
        programme: ProgrammeRow,
        member: MemberRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MemberDialog")
        self._services, self._member = services, member
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Apprentice: %1").replace("%1", member.student_name))
        inner = QWidget(objectName="memberForm")
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        f.addRow(self.tr("Student"), QLabel(f"{member.student_name} · {member.class_name}"))
        self._shared(f, services, programme)
        self._contract = programme.draft.programme == ENTERPRISE_NEW
        d = member.draft
        today = services.today()
        self.contract_start = OptionalDate("contractStart", self.tr("Signed"), today)
        self.contract_end = OptionalDate("contractEnd", self.tr("Until"), today)
        self.wage = money_spin("wage")
        if self._contract:
            f.add_field(
                "labour_contract_start", self.tr("Labour contract from"), self.contract_start
            )
            f.add_field("labour_contract_end", self.tr("Labour contract to"), self.contract_end)
            f.add_field("wage_monthly_fen", self.tr("Monthly wage"), self.wage)
        self._frame(inner, 560, 560)
        self._fill(d)
        self.form.reveal_all()
        self._watch(
            self.contract_start.dateChanged,
            self.contract_start.toggled,
            self.contract_end.dateChanged,
            self.contract_end.toggled,
            self.wage.valueChanged,
        )
        self.revalidate()

    def _fill(self, d: MemberDraft) -> None:
        self.mentor.setCurrentIndex(max(0, self.mentor.findData(d.enterprise_mentor_id)))
        self.teacher.setCurrentIndex(max(0, self.teacher.findData(d.school_mentor_id)))
        for edit, day in ((self.start, d.start_date), (self.end, d.end_date)):
            if day is not None:
                edit.setDate(QDate(day))
        self.level.setCurrentIndex(max(0, self.level.findData(d.target_level)))
        self.agreement_ref.setText(d.training_agreement_ref or "")
        self.agreement_date.set_value(d.training_agreement_date)
        self.contract_start.set_value(d.labour_contract_start)
        self.contract_end.set_value(d.labour_contract_end)
        set_fen(self.wage, d.wage_monthly_fen)

    def draft(self) -> MemberDraft:
        contract: dict[str, dt.date | int | None] = {
            "labour_contract_start": self.contract_start.value(),
            "labour_contract_end": self.contract_end.value(),
            "wage_monthly_fen": fen_of(self.wage),
        }
        if not self._contract:
            d = self._member.draft
            contract = {k: getattr(d, k) for k in contract}
        return MemberDraft(**self._shared_values(), **contract)  # type: ignore[arg-type]

    def revalidate(self) -> None:
        app_id = self._member.apprenticeship_id
        self._show(self._services.programmes.validate_member(app_id, self.draft()))

    def save(self) -> None:
        def write() -> int:
            app_id, version = self._member.apprenticeship_id, self._member.version
            self._services.programmes.update_member(app_id, self.draft(), version=version)
            return app_id

        self._store(write)
