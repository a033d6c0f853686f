"""Add or edit an enterprise: credit code checked as typed; the county gives the wage class."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from jilin_apprentice.domain.errors import (
    ConflictError,
    DomainError,
    ValidationFailed,
    Violation,
)
from jilin_apprentice.services.dto import EnterpriseDetail, EnterpriseDraft
from jilin_apprentice.services.enterprises import EnterpriseService
from jilin_apprentice.services.reference_data import area_by_code, industries, jilin_areas
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.dialogs.conflict import ask_reload
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.widgets.form_fields import (
    ERROR_STYLE,
    count_spin,
    fen_of,
    hint_label,
    money_spin,
    set_fen,
    text_or_none,
    wheel_needs_focus,
    with_hint,
)
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog
from jilin_apprentice.ui.widgets.validated_form import ValidatedForm


def area_class_name(area_class: int) -> str:
    """一类…四类 once translated; roman numerals in the English source."""
    translate = QCoreApplication.translate
    names = {
        1: translate("EnterpriseDialog", "I", "minimum-wage area class"),
        2: translate("EnterpriseDialog", "II", "minimum-wage area class"),
        3: translate("EnterpriseDialog", "III", "minimum-wage area class"),
        4: translate("EnterpriseDialog", "IV", "minimum-wage area class"),
    }
    return names.get(area_class, str(area_class))


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class EnterpriseDialog(QDialog):
    """Modal form over `EnterpriseDraft`; OK stays disabled while a blocking violation remains."""

    def __init__(
        self,
        service: EnterpriseService,
        detail: EnterpriseDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EnterpriseDialog")
        self._service = service
        self._detail = detail
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit enterprise") if detail else self.tr("New enterprise"))
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.revalidate)
        self._build()
        if detail:
            self._fill(detail.draft)
            self.form.reveal_all()
        self._connect()
        self.revalidate()

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        inner = QWidget()
        inner.setObjectName("enterpriseForm")
        self.form = ValidatedForm()
        inner.setLayout(self.form)
        f = self.form
        self.name = f.add_field("name", self.tr("Name"), QLineEdit())
        self.name.setMaxLength(120)
        self.uscc = f.add_field("uscc", self.tr("Unified social credit code"), QLineEdit())
        self.uscc.setMaxLength(24)  # 18 characters, with room for pasted spaces or hyphens
        self.uscc.setPlaceholderText(self.tr("18 characters, e.g. 91220101MA…"))
        self.industry = f.add_field("industry_code", self.tr("Industry"), QComboBox())
        self._fill_industries()
        self.address = f.add_field("address", self.tr("Address"), QLineEdit())
        self.address.setMaxLength(200)
        self.province = f.add_field("province", self.tr("Province"), QLineEdit())
        self.province.setMaxLength(20)
        self.province.setText(EnterpriseDraft(name="", uscc="", industry_code="").province)
        self.county = QComboBox()
        self.area_class = hint_label("areaClass")
        f.add_field("county_code", self.tr("County"), with_hint(self.county, self.area_class))
        self.county.addItem(self.tr("(not set)"), None)
        for area in jilin_areas():
            if area.code is not None:  # a county without a GB/T 2260 code cannot be stored
                self.county.addItem(area.full_name, area.code)
        self.legal_rep = f.add_field(
            "legal_representative", self.tr("Legal representative"), QLineEdit()
        )
        self.legal_rep.setMaxLength(60)
        self.contact_person = f.add_field("contact_person", self.tr("Contact person"), QLineEdit())
        self.contact_person.setMaxLength(60)
        self.contact_phone = f.add_field("contact_phone", self.tr("Contact phone"), QLineEdit())
        self.contact_phone.setMaxLength(20)
        self.contact_phone.setPlaceholderText(self.tr("mobile or landline, e.g. 0431-88888888"))
        self.on_post_staff = f.add_field(
            "on_post_staff", self.tr("On-post staff"), count_spin("onPostStaff")
        )
        self.lowest_wage = f.add_field(
            "lowest_wage_grade_fen",
            self.tr("Lowest wage grade (monthly)"),
            money_spin("lowestWage"),
        )
        self.venue = QComboBox()
        for code, text in labels.venue_types():
            self.venue.addItem(text, code)
        self.venue_hint = hint_label(
            "venueHint", self.tr("No placements at entertainment venues (REG-2021 Art 16(5)).")
        )
        self.venue_hint.setStyleSheet(ERROR_STYLE)
        f.add_field("venue_type", self.tr("Venue type"), with_hint(self.venue, self.venue_hint))
        self.intermediary = f.add_field(
            "is_intermediary_or_dispatch",
            self.tr("Intermediary / dispatch"),
            QCheckBox(self.tr("Intermediary, HR agency or labour-dispatch firm")),
        )
        self.intermediary.setToolTip(
            self.tr("No placements through intermediaries (REG-2021 Art 16(6)).")
        )
        self.training_base = f.add_field(
            "is_training_base",
            self.tr("Training base"),
            QCheckBox(self.tr("Recognised industry–education training base")),
        )
        assessed = QWidget()
        row = QHBoxLayout(assessed)
        row.setContentsMargins(0, 0, 0, 0)
        self.assessed = QCheckBox(self.tr("Assessed on"))
        self.assessed.setObjectName("assessed")
        self.assessment_date = QDateEdit()
        self.assessment_date.setObjectName("assessmentDate")
        self.assessment_date.setCalendarPopup(True)
        self.assessment_date.setDisplayFormat("yyyy-MM-dd")
        self.assessment_date.setDate(QDate.currentDate())
        self.assessment_date.setEnabled(False)
        row.addWidget(self.assessed)
        row.addWidget(self.assessment_date, 1)
        f.add_field("site_assessment_date", self.tr("Site assessment"), assessed)
        self.notes = f.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setFixedHeight(54)
        wheel_needs_focus(inner)

        self.buttons, self.general_error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, 560, 620)

    def _fill_industries(self) -> None:
        """Grouped as in seed §(8): a separator between groups, the group name as tooltip."""
        language = QLocale().name()
        self.industry.addItem(self.tr("(choose an industry)"), "")
        group = None
        for item in industries():
            if item.group != group:
                self.industry.insertSeparator(self.industry.count())
                group = item.group
            self.industry.addItem(labels.industry(item.code, language), item.code)
            index = self.industry.count() - 1
            self.industry.setItemData(index, item.group_zh, Qt.ItemDataRole.ToolTipRole)
        self.industry.setMaxVisibleItems(20)

    def _connect(self) -> None:
        later = self._timer.start
        for edit in (self.name, self.uscc, self.contact_phone):
            edit.textChanged.connect(lambda _t: later())
        for combo in (self.industry, self.county, self.venue):
            combo.currentIndexChanged.connect(lambda _i: later())
        self.on_post_staff.valueChanged.connect(lambda _v: later())
        self.county.currentIndexChanged.connect(lambda _i: self._show_area_class())
        self.venue.currentIndexChanged.connect(lambda _i: self._show_venue_hint())
        self.assessed.toggled.connect(self.assessment_date.setEnabled)
        self._show_area_class()
        self._show_venue_hint()

    def _fill(self, d: EnterpriseDraft) -> None:
        self.name.setText(d.name)
        self.uscc.setText(d.uscc)
        self._select(self.industry, d.industry_code, d.industry_code)
        self.address.setText(d.address or "")
        self.province.setText(d.province)
        self._select(self.county, d.county_code, d.county_code)
        self.legal_rep.setText(d.legal_representative or "")
        self.contact_person.setText(d.contact_person or "")
        self.contact_phone.setText(d.contact_phone or "")
        self.on_post_staff.setValue(d.on_post_staff)
        set_fen(self.lowest_wage, d.lowest_wage_grade_fen)
        self._select(self.venue, d.venue_type, d.venue_type)
        self.intermediary.setChecked(d.is_intermediary_or_dispatch)
        self.training_base.setChecked(d.is_training_base)
        self.assessed.setChecked(d.site_assessment_date is not None)
        self.assessment_date.setEnabled(d.site_assessment_date is not None)
        if d.site_assessment_date is not None:
            self.assessment_date.setDate(_qdate(d.site_assessment_date))
        self.notes.setPlainText(d.notes or "")

    @staticmethod
    def _select(combo: QComboBox, value: object, fallback_text: str | None) -> None:
        """Select by data; a stored value no longer listed is kept as its own item, not lost."""
        index = combo.findData(value)
        if index < 0 and value not in (None, "") and fallback_text:
            combo.addItem(fallback_text, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))

    # --- behaviour ---------------------------------------------------------------------------
    def draft(self) -> EnterpriseDraft:
        return EnterpriseDraft(
            name=self.name.text(),
            uscc=self.uscc.text(),
            industry_code=self.industry.currentData() or "",
            address=text_or_none(self.address),
            province=self.province.text().strip() or EnterpriseDraft("", "", "").province,
            county_code=self.county.currentData(),
            legal_representative=text_or_none(self.legal_rep),
            contact_person=text_or_none(self.contact_person),
            contact_phone=text_or_none(self.contact_phone),
            on_post_staff=self.on_post_staff.value(),
            lowest_wage_grade_fen=fen_of(self.lowest_wage),
            venue_type=self.venue.currentData(),
            is_intermediary_or_dispatch=self.intermediary.isChecked(),
            is_training_base=self.training_base.isChecked(),
            site_assessment_date=(
                self.assessment_date.date().toPython() if self.assessed.isChecked() else None
            ),
            notes=text_or_none(self.notes),
        )

    def _show_area_class(self) -> None:
        code = self.county.currentData()
        area = area_by_code(code) if code else None
        self.area_class.setVisible(area is not None)
        if area is not None:
            self.area_class.setText(
                self.tr("Minimum-wage area class %1").replace(
                    "%1", area_class_name(area.min_wage_class)
                )
            )

    def _show_venue_hint(self) -> None:
        self.venue_hint.setVisible(self.venue.currentData() not in (None, "ordinary"))

    def _show_unplaced(self, unplaced: list[Violation]) -> None:
        self.general_error.setText(translate_error(ValidationFailed(unplaced)) if unplaced else "")
        self.general_error.setVisible(bool(unplaced))

    def revalidate(self) -> None:
        violations = self._service.validate(self.draft())
        unplaced = self.form.show_violations(violations)
        self._show_unplaced(unplaced)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not any(v.severity == "block" for v in violations))

    def _reload(self) -> None:
        """After a conflict: show what is stored now (the officer's own edits are dropped)."""
        assert self._detail is not None
        try:
            self._detail = self._service.get(self._detail.id)
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self._fill(self._detail.draft)
        self.revalidate()

    def save(self) -> None:
        self._timer.stop()
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
            self._show_unplaced(unplaced)
            return
        except ConflictError:
            if self._detail is not None and ask_reload(self):
                self._reload()
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()
