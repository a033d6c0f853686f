"""Add or edit a student: ID number checked on the spot; birth date and sex derived from it."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from jilin_apprentice.domain.errors import ConflictError, DomainError, ValidationFailed
from jilin_apprentice.domain.validators import parse_resident_id
from jilin_apprentice.services.dto import GuardianDraft, StudentDetail, StudentDraft
from jilin_apprentice.services.students import StudentService
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.dialogs.conflict import ask_reload
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog
from jilin_apprentice.ui.widgets.validated_form import ValidatedForm

GUARDIAN_ROWS = 2


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class StudentDialog(QDialog):
    """Modal form; OK stays disabled while a blocking violation remains."""

    def __init__(
        self,
        service: StudentService,
        supervisors: list[tuple[int, str]],
        detail: StudentDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StudentDialog")
        self._service = service
        if detail is not None:  # the form shows full numbers only with the right, and audited
            with contextlib.suppress(DomainError):  # else keep it; saving reports the problem
                detail = service.get(detail.id, for_edit=True)
        self._detail = detail
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit student") if detail else self.tr("New student"))
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.revalidate)
        self._build(supervisors)
        if detail:
            self._fill(detail)
            self.form.reveal_all()
        self.revalidate()

    # --- layout ------------------------------------------------------------------------------
    def _build(self, supervisors: list[tuple[int, str]]) -> None:
        inner = QWidget()
        self.form = ValidatedForm()
        inner.setLayout(self.form)
        self.name = self.form.add_field("name", self.tr("Name"), QLineEdit())
        self.id_number = self.form.add_field("id_number", self.tr("ID number"), QLineEdit())
        self.id_number.setMaxLength(22)
        self.derived = QLabel()
        self.derived.setObjectName("derived")
        self.form.addRow("", self.derived)
        self.student_no = self.form.add_field("student_no", self.tr("Student number"), QLineEdit())
        self.phone = self.form.add_field("phone", self.tr("Mobile phone"), QLineEdit())
        self.address = self.form.add_field("address", self.tr("Home address"), QLineEdit())
        self.class_combo = self.form.add_field("class_id", self.tr("Class"), QComboBox())
        for class_id, name in self._service.class_choices():
            self.class_combo.addItem(name, class_id)
        self.class_combo.setEditable(True)  # type to find among many classes
        self.enrolment = self.form.add_field(
            "enrolment_date", self.tr("Enrolment date"), QDateEdit()
        )
        self.enrolment.setCalendarPopup(True)
        self.enrolment.setDisplayFormat("yyyy-MM-dd")
        self.enrolment.setDate(QDate(dt.date.today().year, 9, 1))
        self.study_mode = self.form.add_field("study_mode", self.tr("Study mode"), QComboBox())
        for code in ("full_time", "part_time"):
            self.study_mode.addItem(labels.study_mode(code), code)
        self.status = self.form.add_field("status", self.tr("Status"), QComboBox())
        for code in ("enrolled", "suspended", "graduated", "withdrawn"):
            self.status.addItem(labels.student_status(code), code)
        self.supervisor = self.form.add_field(
            "school_supervisor_id", self.tr("School supervisor"), QComboBox()
        )
        self.supervisor.addItem(self.tr("(none)"), None)
        for staff_id, name in supervisors:
            self.supervisor.addItem(name, staff_id)
        self.notes = self.form.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setFixedHeight(48)
        self.guardian_edits = self._guardian_box(inner)
        self.buttons, self.general_error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, 560, 640)
        for edit in (self.name, self.id_number, self.phone, self.student_no):
            edit.textChanged.connect(lambda _t: self._timer.start())
        self.class_combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.enrolment.dateChanged.connect(lambda _d: self._timer.start())

    def _guardian_box(self, inner: QWidget) -> list[tuple[QLineEdit, QLineEdit, QLineEdit]]:
        box = QGroupBox(self.tr("Guardians"))
        grid = QGridLayout(box)
        for col, text in enumerate((self.tr("Name"), self.tr("Relationship"), self.tr("Phone"))):
            grid.addWidget(QLabel(text), 0, col)
        edits = []
        for row in range(GUARDIAN_ROWS):
            trio = (QLineEdit(), QLineEdit(), QLineEdit())
            trio[0].setObjectName(f"guardian{row}_name")
            trio[1].setPlaceholderText(self.tr("e.g. father, mother"))
            for col, edit in enumerate(trio):
                grid.addWidget(edit, row + 1, col)
                edit.textChanged.connect(lambda _t: self._timer.start())
            edits.append(trio)
        self.guardian_error = QLabel()
        self.guardian_error.setWordWrap(True)
        self.guardian_error.setStyleSheet("color: #b00020;")
        grid.addWidget(self.guardian_error, GUARDIAN_ROWS + 1, 0, 1, 3)
        inner.layout().addRow(box)
        return edits

    def _fill(self, d: StudentDetail) -> None:
        self.name.setText(d.name)
        self.id_number.setText(d.id_number)
        if "*" in d.id_number:
            self.id_number.setToolTip(
                self.tr(
                    "Shown masked: you do not have the right to see full personal data. "
                    "Leave it unchanged to keep the stored number."
                )
            )
        self.student_no.setText(d.student_no or "")
        self.phone.setText(d.phone or "")
        self.address.setText(d.address or "")
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(d.class_id)))
        self.enrolment.setDate(_qdate(d.enrolment_date))
        self.study_mode.setCurrentIndex(max(0, self.study_mode.findData(d.study_mode)))
        self.status.setCurrentIndex(max(0, self.status.findData(d.status)))
        self.supervisor.setCurrentIndex(max(0, self.supervisor.findData(d.school_supervisor_id)))
        self.notes.setPlainText(d.notes or "")
        for trio, guardian in zip(self.guardian_edits, d.guardians, strict=False):
            trio[0].setText(guardian.name)
            trio[1].setText(guardian.relationship)
            trio[2].setText(guardian.phone or "")

    # --- behaviour ---------------------------------------------------------------------------
    def draft(self) -> StudentDraft:
        guardians = tuple(
            GuardianDraft(n.text(), r.text(), p.text() or None)
            for n, r, p in self.guardian_edits
            if n.text().strip() or r.text().strip() or p.text().strip()
        )
        return StudentDraft(
            name=self.name.text(),
            id_number=self.id_number.text(),
            class_id=self.class_combo.currentData(),
            enrolment_date=self.enrolment.date().toPython(),
            student_no=self.student_no.text() or None,
            phone=self.phone.text() or None,
            address=self.address.text() or None,
            study_mode=self.study_mode.currentData(),
            status=self.status.currentData(),
            school_supervisor_id=self.supervisor.currentData(),
            notes=self.notes.toPlainText() or None,
            guardians=guardians,
        )

    def revalidate(self) -> None:
        violations = self._service.validate(self.draft(), self._detail.id if self._detail else None)
        unplaced = self.form.show_violations(violations)
        guardian_texts = [translate_error(ValidationFailed([v])) for v in unplaced]
        self.guardian_error.setText("\n".join(guardian_texts))
        rid, _ = parse_resident_id(self.id_number.text())
        d = self._detail
        born = (rid.birth_date, rid.sex) if rid else None
        if born is None and d is not None and self.id_number.text() == d.id_number:
            born = (d.birth_date, d.sex)  # masked, unchanged: the stored facts
        self.derived.setText(
            self.tr("Born %1, %2")
            .replace("%1", born[0].isoformat())
            .replace("%2", labels.sex(born[1]))
            if born
            else ""
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not any(v.severity == "block" for v in violations))

    def _reload(self) -> None:
        """After a conflict: show what is stored now (the officer's own edits are dropped)."""
        assert self._detail is not None
        try:
            self._detail = self._service.get(self._detail.id, for_edit=True)
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self._fill(self._detail)
        self.revalidate()

    def save(self) -> None:
        try:
            if self._detail is None:
                self.saved_id = self._service.create(self.draft())
            else:
                self._service.update(
                    self._detail.id, self.draft(), expected_version=self._detail.version
                )
                self.saved_id = self._detail.id
        except ValidationFailed as exc:
            self.form.reveal_all()
            unplaced = self.form.show_violations(exc.violations)
            self.general_error.setText(
                translate_error(ValidationFailed(unplaced)) if unplaced else ""
            )
            return
        except ConflictError:
            if self._detail is not None and ask_reload(self):  # another officer saved first
                self._reload()
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()
