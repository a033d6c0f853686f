"""Add or edit a post of an enterprise, with the hazard and intensity facts the rules read."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from jilin_apprentice.domain.errors import (
    ConflictError,
    DomainError,
    ValidationFailed,
    Violation,
)
from jilin_apprentice.services.dto import PostDraft, PostRow
from jilin_apprentice.services.enterprises import EnterpriseService
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.post_table_model import PROHIBITED_INTENSITY
from jilin_apprentice.ui.widgets.form_fields import (
    ERROR_STYLE,
    HINT_STYLE,
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

HAZARD_COLUMNS = 2


class PostDialog(QDialog):
    """Modal form over `PostDraft`; OK stays disabled while a blocking violation remains."""

    def __init__(
        self,
        service: EnterpriseService,
        enterprise_id: int,
        post: PostRow | None = None,
        categories: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PostDialog")
        self._service = service
        self._enterprise_id = enterprise_id
        self._post = post
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit post") if post else self.tr("New post"))
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.revalidate)
        self._build(categories or [])
        if post:
            self._fill(post.draft)
            self.form.reveal_all()
        self._connect()
        self.revalidate()

    # --- layout ------------------------------------------------------------------------------
    def _build(self, categories: list[str]) -> None:
        inner = QWidget()
        inner.setObjectName("postForm")
        self.form = ValidatedForm()
        inner.setLayout(self.form)
        f = self.form
        self.title = f.add_field("title", self.tr("Post title"), QLineEdit())
        self.title.setMaxLength(80)
        self.category = f.add_field("major_category", self.tr("Major category"), QComboBox())
        self.category.setEditable(True)
        self.category.addItem("")
        for name in categories:
            self.category.addItem(name)
        self.category.lineEdit().setMaxLength(60)
        self.category.lineEdit().setPlaceholderText(self.tr("the major category the post suits"))
        self.description = f.add_field("description", self.tr("Description"), QPlainTextEdit())
        self.description.setFixedHeight(54)
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.hazard_boxes: dict[str, QCheckBox] = {}
        for i, (code, text) in enumerate(labels.hazards()):
            check = QCheckBox(text)
            check.setObjectName(f"hazard_{code}")
            self.hazard_boxes[code] = check
            grid.addWidget(check, i // HAZARD_COLUMNS, i % HAZARD_COLUMNS)
        self.hazard_hint = hint_label(
            "hazardHint",
            self.tr(
                "High-risk posts are closed to interns unless an exception was filed in "
                "advance (REG-2021 Art 17(1))."
            ),
        )
        self.hazard_hint.setStyleSheet(ERROR_STYLE)
        f.add_field("hazards", self.tr("Hazards"), with_hint(box, self.hazard_hint))
        self.intensity = QSpinBox()
        self.intensity.setObjectName("intensity")
        self.intensity.setRange(1, 4)
        self.intensity.setToolTip(self.tr("GB 3869 physical labour intensity, level I to IV"))
        self.intensity_hint = hint_label(
            "intensityHint",
            self.tr("Level III and above is prohibited for interns (REG-2021 Art 16(7))."),
        )
        f.add_field(
            "physical_intensity_level",
            self.tr("Physical intensity level"),
            with_hint(self.intensity, self.intensity_hint),
        )
        self.minor_prohibited = f.add_field(
            "minor_prohibited",
            self.tr("Minors"),
            QCheckBox(self.tr("Prohibited work for minors (under 18)")),
        )
        self.female_prohibited = f.add_field(
            "female_prohibited",
            self.tr("Female students"),
            QCheckBox(self.tr("Prohibited work for female employees")),
        )
        self.wage = f.add_field(
            "same_post_wage_fen", self.tr("Same-post wage (monthly)"), money_spin("sameWage")
        )
        self.on_post_staff = f.add_field(
            "on_post_staff", self.tr("On-post staff"), count_spin("postStaff")
        )
        wheel_needs_focus(inner)

        self.buttons, self.general_error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, 560, 520)

    def _connect(self) -> None:
        self.title.textChanged.connect(lambda _t: self._timer.start())
        self.intensity.valueChanged.connect(lambda _v: self._timer.start())
        self.wage.valueChanged.connect(lambda _v: self._timer.start())
        self.intensity.valueChanged.connect(lambda _v: self._show_hints())
        for check in self.hazard_boxes.values():
            check.toggled.connect(lambda _on: self._show_hints())
        self._show_hints()

    def _fill(self, d: PostDraft) -> None:
        self.title.setText(d.title)
        self.category.setCurrentText(d.major_category or "")
        self.description.setPlainText(d.description or "")
        for code, check in self.hazard_boxes.items():
            check.setChecked(code in d.hazards)
        self.intensity.setValue(d.physical_intensity_level)
        self.minor_prohibited.setChecked(d.minor_prohibited)
        self.female_prohibited.setChecked(d.female_prohibited)
        set_fen(self.wage, d.same_post_wage_fen)
        self.on_post_staff.setValue(d.on_post_staff)

    # --- behaviour ---------------------------------------------------------------------------
    def draft(self) -> PostDraft:
        hazards = tuple(code for code, check in self.hazard_boxes.items() if check.isChecked())
        if self._post is not None:  # keep codes this form does not list (none today)
            hazards += tuple(h for h in self._post.draft.hazards if h not in self.hazard_boxes)
        return PostDraft(
            title=self.title.text(),
            major_category=self.category.currentText().strip() or None,
            description=text_or_none(self.description),
            hazards=hazards,
            physical_intensity_level=self.intensity.value(),
            minor_prohibited=self.minor_prohibited.isChecked(),
            female_prohibited=self.female_prohibited.isChecked(),
            same_post_wage_fen=fen_of(self.wage),
            on_post_staff=self.on_post_staff.value(),
        )

    def _show_hints(self) -> None:
        high = self.intensity.value() >= PROHIBITED_INTENSITY
        self.intensity_hint.setStyleSheet(ERROR_STYLE if high else HINT_STYLE)
        self.hazard_hint.setVisible(any(c.isChecked() for c in self.hazard_boxes.values()))

    def _show_unplaced(self, unplaced: list[Violation]) -> None:
        self.general_error.setText(translate_error(ValidationFailed(unplaced)) if unplaced else "")
        self.general_error.setVisible(bool(unplaced))

    def revalidate(self) -> None:
        violations = self._service.validate_post(self.draft())
        unplaced = self.form.show_violations(violations)
        self._show_unplaced(unplaced)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not any(v.severity == "block" for v in violations))

    def save(self) -> None:
        self._timer.stop()
        try:
            self.saved_id = self._service.save_post(
                self._enterprise_id,
                self.draft(),
                post_id=self._post.id if self._post else None,
                expected_version=self._post.version if self._post else None,
            )
        except ValidationFailed as exc:
            self.form.reveal_all()
            unplaced = self.form.show_violations(exc.violations)
            self._show_unplaced(unplaced)
            return
        except ConflictError as exc:
            Dialogs.warning(self, self.tr("Not saved"), translate_error(exc))
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()
