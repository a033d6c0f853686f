"""The placement form: four tabs of fields over `PlacementDraft`, each row able to show the
validation messages and rule findings that concern it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QWidget,
)

from jilin_apprentice.services.container import Services
from jilin_apprentice.services.dto import ListQuery
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.ui import placement_labels as pl
from jilin_apprentice.ui.widgets.form_fields import (
    fen_of,
    hint_label,
    money_spin,
    set_fen,
    text_or_none,
    wheel_needs_focus,
)
from jilin_apprentice.ui.widgets.search_picker import SearchPicker
from jilin_apprentice.ui.widgets.validated_form import ValidatedForm

NOT_SET = QDate(2000, 1, 1)  # an optional date at its minimum shows "not set" and means None


def combo(object_name: str, items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    box.setObjectName(object_name)
    for code, label in items:
        box.addItem(label, code)
    return box


def date_edit(object_name: str, optional: bool = False) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(NOT_SET)
        edit.setSpecialValueText("—")
        edit.setDate(NOT_SET)
    return edit


def date_of(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    return None if value == NOT_SET and edit.minimumDate() == NOT_SET else value.toPython()


def set_date(edit: QDateEdit, value: dt.date | None) -> None:
    edit.setDate(QDate(value) if value else NOT_SET)


def set_combo(box: QComboBox, code: object) -> None:
    index = box.findData(code)
    box.setCurrentIndex(index if index >= 0 else 0)


class PlacementForm(QTabWidget):
    """Tabs: basics, schedule and pay, consent and approvals, R-TIME-5 exception."""

    changed = Signal()
    subject_changed = Signal()  # student, post or apprenticeship: the rules' context reloads

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.setObjectName("placementForm")
        self._services = services
        self.forms: list[ValidatedForm] = []
        self.tab_titles: list[str] = []
        self.widgets: dict[str, QWidget] = {}
        self._batch_id: int | None = None
        self._build_basics()
        self._build_schedule()
        self._build_consent()
        self._build_exception()
        wheel_needs_focus(self)
        self._connect()

    # --- building -----------------------------------------------------------------------
    def _tab(self, title: str) -> ValidatedForm:
        inner = QWidget()
        form = ValidatedForm()
        inner.setLayout(form)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(inner)
        self.addTab(area, title)
        self.forms.append(form)
        self.tab_titles.append(title)
        return form

    def _add(self, form: ValidatedForm, field: str, label: str, widget: QWidget) -> None:
        self.widgets[field] = widget
        form.add_field(field, label, widget)

    def _build_basics(self) -> None:
        f = self._tab(self.tr("Placement"))
        self.student = SearchPicker("student", self._find_students, self.tr("Name or number…"))
        self.enterprise = SearchPicker("enterprise", self._find_enterprises, self.tr("Name…"))
        self.post = QComboBox(objectName="post")
        self.mentor = QComboBox(objectName="mentor")
        self.supervisor = QComboBox(objectName="supervisor")
        self.kind = combo("kind", pl.kinds())
        self.source = combo("source", pl.sources())
        self.start = date_edit("startDate")
        self.end = date_edit("endDate")
        self.independence = combo("independence", pl.independence())
        self.apprenticeship = QComboBox(objectName="apprenticeship")
        self._add(f, "student_id", self.tr("Student"), self.student)
        self._add(f, "type", self.tr("Type"), self.kind)
        self._add(f, "apprenticeship", self.tr("Apprenticeship"), self.apprenticeship)
        self._add(f, "source", self.tr("Arranged by"), self.source)
        self._add(f, "enterprise_id", self.tr("Enterprise"), self.enterprise)
        self._add(f, "post_id", self.tr("Post"), self.post)
        self._add(f, "enterprise_mentor_id", self.tr("Enterprise mentor"), self.mentor)
        self._add(f, "school_supervisor_id", self.tr("School supervisor"), self.supervisor)
        self._add(f, "start_date", self.tr("Start date"), self.start)
        self._add(f, "end_date", self.tr("End date"), self.end)
        self._add(f, "independence", self.tr("Independence"), self.independence)
        self.supervisor.addItem("—", None)
        for choice in self._services.staff.choices("school_supervisor"):
            self.supervisor.addItem(choice.label, choice.id)

    def _build_schedule(self) -> None:
        f = self._tab(self.tr("Hours and pay"))
        self.hours = QDoubleSpinBox(objectName="hours", decimals=1, maximum=24, singleStep=0.5)
        self.days = QSpinBox(objectName="days", maximum=7)
        self.shift_start = QTimeEdit(objectName="shiftStart", displayFormat="HH:mm")
        self.shift_end = QTimeEdit(objectName="shiftEnd", displayFormat="HH:mm")
        self.overtime = QCheckBox(self.tr("Overtime may be required"), objectName="overtime")
        self.rest_days = QCheckBox(self.tr("Works on weekly rest days"), objectName="restDays")
        self.holidays = QCheckBox(self.tr("Works on public holidays"), objectName="holidays")
        self.pay = money_spin("pay")
        self.pay_unit = combo("payUnit", pl.pay_units())
        self.pay_method = combo("payMethod", pl.pay_methods())
        self.payee = QLineEdit(objectName="payee")
        self.payee.setPlaceholderText(self.tr("The student's own name"))
        self.cycle = QSpinBox(objectName="cycle", minimum=1, maximum=366, suffix=self.tr(" days"))
        self.payday = QSpinBox(objectName="payday", minimum=1, maximum=31)
        for field, label, widget in (
            ("hours_per_day", self.tr("Hours per day"), self.hours),
            ("days_per_week", self.tr("Days per week"), self.days),
            ("shift_start", self.tr("Shift starts"), self.shift_start),
            ("shift_end", self.tr("Shift ends"), self.shift_end),
            ("overtime_allowed", "", self.overtime),
            ("work_on_rest_days", "", self.rest_days),
            ("work_on_public_holidays", "", self.holidays),
            ("pay_amount", self.tr("Pay"), self.pay),
            ("pay_unit", self.tr("Pay unit"), self.pay_unit),
            ("pay_method", self.tr("Paid by"), self.pay_method),
            ("payee_name", self.tr("Payee"), self.payee),
            ("pay_cycle_days", self.tr("Paid every"), self.cycle),
            ("payday", self.tr("Payday (day of month)"), self.payday),
        ):
            self._add(f, field, label, widget)

    def _build_consent(self) -> None:
        f = self._tab(self.tr("Consent and approvals"))
        self.consent_student = QCheckBox(self.tr("Signed by the student"), objectName="cStudent")
        self.consent_guardian = QCheckBox(self.tr("Signed by the guardian"), objectName="cGuardian")
        self.consent_date = date_edit("consentDate", optional=True)
        self.application = QCheckBox(
            self.tr("Application by student and guardian received"), objectName="application"
        )
        self.approval_date = date_edit("approvalDate", optional=True)
        self.lodging = combo("lodging", pl.lodgings())
        self.lodging_consent = QCheckBox(
            self.tr("Guardian signed consent to own lodging"), objectName="lodgingConsent"
        )
        self.lodging_ref = QLineEdit(objectName="lodgingRef")
        self.cross_ref = QLineEdit(objectName="crossRef")
        self.filing_ref = QLineEdit(objectName="filingRef")
        self.safety_date = date_edit("safetyDate", optional=True)
        self.safety_passed = QCheckBox(self.tr("Assessment passed"), objectName="safetyPassed")
        for field, label, widget in (
            ("consent", self.tr("Informed consent"), self.consent_student),
            ("consent_guardian", "", self.consent_guardian),
            ("consent_signed_date", self.tr("Consent signed on"), self.consent_date),
            ("self_choice_application", self.tr("Self-chosen unit"), self.application),
            ("school_approval_date", self.tr("School approval date"), self.approval_date),
            ("lodging", self.tr("Lodging"), self.lodging),
            ("lodging_guardian_consent", "", self.lodging_consent),
            ("lodging_filing_ref", self.tr("Lodging filing reference"), self.lodging_ref),
            ("cross_province_approval_ref", self.tr("Cross-province approval"), self.cross_ref),
            ("filing_ref", self.tr("Filing reference (备案)"), self.filing_ref),
            ("safety_training_date", self.tr("Safety training on"), self.safety_date),
            ("safety_passed", "", self.safety_passed),
        ):
            self._add(f, field, label, widget)

    def _build_exception(self) -> None:
        f = self._tab(self.tr("Exception (Art 17)"))
        note = hint_label(
            "exceptionHint",
            self.tr(
                "Only for working-time, rest-day, night-shift, overtime and high-risk rules "
                "(REG-2021 Art 17), when the major or post requires it and the arrangement was "
                "filed with the higher authority before the start. It never lifts the Art 16 "
                "prohibitions (age, first year, minors, venues, agencies)."
            ),
        )
        f.addRow(note)
        self.exc_reason = QPlainTextEdit(objectName="excReason")
        self.exc_reason.setFixedHeight(70)
        self.exc_ref = QLineEdit(objectName="excRef")
        self.exc_date = date_edit("excDate", optional=True)
        self.exc_approver = QLineEdit(objectName="excApprover")
        self._add(f, "exception_reason", self.tr("Reason"), self.exc_reason)
        self._add(f, "exception_filing_ref", self.tr("Filing reference"), self.exc_ref)
        self._add(f, "exception_filing_date", self.tr("Filed on"), self.exc_date)
        self._add(f, "exception_approver", self.tr("Approved by"), self.exc_approver)

    # --- behaviour ----------------------------------------------------------------------
    def _connect(self) -> None:
        for widget in self.findChildren(QWidget):
            for name in (
                "textChanged",
                "currentIndexChanged",
                "dateChanged",
                "timeChanged",
                "valueChanged",
                "toggled",
            ):
                signal = getattr(widget, name, None)
                if signal is not None and widget.objectName():
                    signal.connect(lambda *_a: self.changed.emit())
        self.student.picked.connect(lambda _v: self._student_picked())
        self.apprenticeship.currentIndexChanged.connect(lambda _i: self.subject_changed.emit())
        self.kind.currentIndexChanged.connect(lambda _i: self._show_apprenticeship())
        self.enterprise.picked.connect(self._enterprise_picked)
        self.post.currentIndexChanged.connect(lambda _i: self.subject_changed.emit())

    def _student_picked(self) -> None:
        self.fill_apprenticeships(self.student.value(), None)
        self.subject_changed.emit()

    def fill_apprenticeships(self, student_id: int | None, chosen: int | None) -> None:
        """The student's apprenticeships, for an apprenticeship period (R-APP-*)."""
        self.apprenticeship.blockSignals(True)
        self.apprenticeship.clear()
        self.apprenticeship.addItem("—", None)
        if student_id is not None:
            for key, label in self._services.placements.apprenticeships_of(student_id):
                self.apprenticeship.addItem(label, key)
        set_combo(self.apprenticeship, chosen)
        self.apprenticeship.blockSignals(False)
        self._show_apprenticeship()

    def _show_apprenticeship(self) -> None:
        self.apprenticeship.setEnabled(self.kind.currentData() == "apprenticeship")

    def _find_students(self, text: str) -> list[tuple[int, str]]:
        page = self._services.students.first_page(ListQuery(search=text), limit=30)
        return [(r.id, f"{r.name}  {r.class_name}  {r.student_no or ''}") for r in page.rows]

    def _find_enterprises(self, text: str) -> list[tuple[int, str]]:
        rows = self._services.enterprises.page(ListQuery(search=text), after=None, limit=30)
        return [(r.id, r.name) for r in rows]

    def _enterprise_picked(self, enterprise_id: int | None) -> None:
        self.fill_enterprise_choices(enterprise_id, None, None)
        self.subject_changed.emit()

    def fill_enterprise_choices(
        self, enterprise_id: int | None, post_id: int | None, mentor_id: int | None
    ) -> None:
        for box in (self.post, self.mentor):
            box.blockSignals(True)
            box.clear()
        self.mentor.addItem("—", None)
        if enterprise_id is not None:
            for row in self._services.enterprises.posts_of(enterprise_id):
                self.post.addItem(row.draft.title, row.id)
            for choice in self._services.staff.choices("enterprise_mentor", enterprise_id):
                self.mentor.addItem(choice.label, choice.id)
        set_combo(self.post, post_id)
        set_combo(self.mentor, mentor_id)
        for box in (self.post, self.mentor):
            box.blockSignals(False)

    def set_draft(
        self, d: PlacementDraft, student_label: str = "", enterprise_label: str = ""
    ) -> None:
        self.blockSignals(True)
        self._batch_id = d.batch_id
        self.student.set_choice(d.student_id, student_label)
        self.enterprise.set_choice(d.enterprise_id, enterprise_label)
        self.fill_enterprise_choices(d.enterprise_id, d.post_id, d.enterprise_mentor_id)
        set_combo(self.supervisor, d.school_supervisor_id)
        set_combo(self.kind, d.type)
        self.fill_apprenticeships(d.student_id, d.apprenticeship_id)
        set_combo(self.source, d.source)
        set_combo(self.independence, d.independence)
        set_date(self.start, d.start_date)
        set_date(self.end, d.end_date)
        self.hours.setValue((d.hours_per_day_x10 or 0) / 10)
        self.days.setValue(d.days_per_week or 0)
        self.shift_start.setTime(QTime(d.shift_start) if d.shift_start else QTime(0, 0))
        self.shift_end.setTime(QTime(d.shift_end) if d.shift_end else QTime(0, 0))
        self.overtime.setChecked(d.overtime_allowed)
        self.rest_days.setChecked(d.work_on_rest_days)
        self.holidays.setChecked(d.work_on_public_holidays)
        set_fen(self.pay, d.pay_amount_fen)
        set_combo(self.pay_unit, d.pay_unit)
        set_combo(self.pay_method, d.pay_method)
        self.payee.setText(d.payee_name or "")
        self.cycle.setValue(d.pay_cycle_days)
        self.payday.setValue(d.payday or 1)
        self.consent_student.setChecked(d.consent_student_signed)
        self.consent_guardian.setChecked(d.consent_guardian_signed)
        set_date(self.consent_date, d.consent_signed_date)
        self.application.setChecked(d.self_choice_application)
        set_date(self.approval_date, d.school_approval_date)
        set_combo(self.lodging, d.lodging)
        self.lodging_consent.setChecked(d.lodging_guardian_consent)
        self.lodging_ref.setText(d.lodging_filing_ref or "")
        self.cross_ref.setText(d.cross_province_approval_ref or "")
        self.filing_ref.setText(d.filing_ref or "")
        set_date(self.safety_date, d.safety_training_date)
        self.safety_passed.setChecked(d.safety_assessment_passed)
        self.exc_reason.setPlainText(d.exception_reason or "")
        self.exc_ref.setText(d.exception_filing_ref or "")
        set_date(self.exc_date, d.exception_filing_date)
        self.exc_approver.setText(d.exception_approver or "")
        self.blockSignals(False)

    def draft(self) -> PlacementDraft:
        shifts = self.hours.value() > 0
        return PlacementDraft(
            student_id=self.student.value(),
            enterprise_id=self.enterprise.value(),
            post_id=self.post.currentData(),
            type=self.kind.currentData(),
            source=self.source.currentData(),
            start_date=self.start.date().toPython(),
            end_date=self.end.date().toPython(),
            enterprise_mentor_id=self.mentor.currentData(),
            school_supervisor_id=self.supervisor.currentData(),
            independence=self.independence.currentData(),
            hours_per_day_x10=round(self.hours.value() * 10) if shifts else None,
            days_per_week=self.days.value() or None,
            shift_start=self.shift_start.time().toPython() if shifts else None,
            shift_end=self.shift_end.time().toPython() if shifts else None,
            overtime_allowed=self.overtime.isChecked(),
            work_on_rest_days=self.rest_days.isChecked(),
            work_on_public_holidays=self.holidays.isChecked(),
            pay_amount_fen=fen_of(self.pay),
            pay_unit=self.pay_unit.currentData(),
            pay_method=self.pay_method.currentData(),
            payee_name=text_or_none(self.payee),
            pay_cycle_days=self.cycle.value(),
            payday=self.payday.value(),
            consent_student_signed=self.consent_student.isChecked(),
            consent_guardian_signed=self.consent_guardian.isChecked(),
            consent_signed_date=date_of(self.consent_date),
            self_choice_application=self.application.isChecked(),
            school_approval_date=date_of(self.approval_date),
            lodging=self.lodging.currentData(),
            lodging_guardian_consent=self.lodging_consent.isChecked(),
            lodging_filing_ref=text_or_none(self.lodging_ref),
            cross_province_approval_ref=text_or_none(self.cross_ref),
            filing_ref=text_or_none(self.filing_ref),
            safety_training_date=date_of(self.safety_date),
            safety_assessment_passed=self.safety_passed.isChecked(),
            exception_reason=text_or_none(self.exc_reason),
            exception_filing_ref=text_or_none(self.exc_ref),
            exception_filing_date=date_of(self.exc_date),
            exception_approver=text_or_none(self.exc_approver),
            apprenticeship_id=self.apprenticeship.currentData()
            if self.kind.currentData() == "apprenticeship"
            else None,
            batch_id=self._batch_id,
        )

    def focus_field(self, field: str) -> bool:
        """Show the tab of `field` and put the cursor in it (from a clicked finding)."""
        widget = self.widgets.get(field)
        if widget is None:
            return False
        for index, form in enumerate(self.forms):
            if form.has_field(field):
                self.setCurrentIndex(index)
        target = getattr(widget, "edit", None) if isinstance(widget, SearchPicker) else widget
        (target or widget).setFocus()
        return True
