"""Insurance policy dialogs: the policy form, choosing whom it covers, and the covered list.

The form validates through the service as the officer types, so the rules (a student never
pays the premium, R-INS-2; no overlapping duplicate numbers) show under their field before OK.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import ConflictError, DomainError, ValidationFailed, Violation
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.insurance import InsuranceService
from jilin_apprentice.services.insurance_dto import PolicyDraft, PolicyRow
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import (
    InsuranceColumns,
    RowsModel,
    RowsProxy,
    payer_label,
    policy_type_label,
)
from jilin_apprentice.ui.widgets.form_fields import (
    fen_of,
    hint_label,
    money_spin,
    set_fen,
    wheel_needs_focus,
)
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog
from jilin_apprentice.ui.widgets.list_page_base import make_table
from jilin_apprentice.ui.widgets.validated_form import ValidatedForm

POLICY_TYPES = ("internship_liability", "personal_accident", "work_injury")
PAYERS = ("school", "enterprise", "student")  # the student is offered so the rule can say no
MAX_POLICY_YUAN = 10_000_000  # a school-wide premium or a sum insured exceeds the usual 100,000


def date_edit(name: str, day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def close_form(form: QFormLayout) -> None:
    """A last, empty row takes the spare height, so fields keep theirs in a tall dialog."""
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
    form.addRow(spacer)


def policy_title(p: PolicyRow) -> str:
    d = p.draft
    return f"{d.policy_no} · {policy_type_label(d.type)} · {d.start_date} – {d.end_date}"


class PolicyDialog(QDialog):
    """New or edited policy; OK stays disabled while a blocking violation remains."""

    def __init__(
        self,
        service: InsuranceService,
        today: dt.date,
        policy: PolicyRow | None = None,
        insurers: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PolicyDialog")
        self._service = service
        self._policy = policy
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit insurance policy") if policy else self.tr("New policy"))
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.revalidate)
        self._build(today, sorted(set(insurers or [])))
        if policy is not None:
            self._fill(policy.draft)
            self.form.reveal_all()
        for signal in (
            self.insurer.textChanged,
            self.policy_no.textChanged,
            self.policy_type.currentIndexChanged,
            self.payer.currentIndexChanged,
            self.start.dateChanged,
            self.end.dateChanged,
            self.sum_insured.valueChanged,
            self.premium.valueChanged,
        ):
            signal.connect(lambda *_: self._timer.start())
        self.revalidate()

    def _build(self, today: dt.date, insurers: list[str]) -> None:
        inner = QWidget(objectName="policyForm")
        self.form = f = ValidatedForm()
        inner.setLayout(f)
        self.insurer = f.add_field("insurer", self.tr("Insurer"), QLineEdit(objectName="insurer"))
        self.insurer.setMaxLength(120)
        self.insurer.setCompleter(QCompleter(insurers, self))
        self.policy_no = f.add_field(
            "policy_no", self.tr("Policy number"), QLineEdit(objectName="policyNo")
        )
        self.policy_no.setMaxLength(60)
        self.policy_type = f.add_field(
            "policy_type", self.tr("Type"), QComboBox(objectName="policyType")
        )
        for code in POLICY_TYPES:
            self.policy_type.addItem(policy_type_label(code), code)
        self.sum_insured = f.add_field(
            "sum_insured_per_person_fen",
            self.tr("Sum insured per person"),
            money_spin("sumInsured"),
        )
        self.premium = f.add_field("premium_fen", self.tr("Premium"), money_spin("premium"))
        for spin in (self.sum_insured, self.premium):
            spin.setMaximum(MAX_POLICY_YUAN)
        self.payer = f.add_field(
            "premium_payer", self.tr("Premium paid by"), QComboBox(objectName="payer")
        )
        for code in PAYERS:
            self.payer.addItem(payer_label(code), code)
        self.payer.setToolTip(
            self.tr("The school or the enterprise pays; never the student (R-INS-2).")
        )
        self.start = f.add_field("start_date", self.tr("Start date"), date_edit("start", today))
        next_year = QDate(today).addYears(1).addDays(-1).toPython()
        self.end = f.add_field("end_date", self.tr("End date"), date_edit("end", next_year))
        close_form(f)
        wheel_needs_focus(inner)
        self.buttons, self.general_error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, 520, 440)

    def _fill(self, d: PolicyDraft) -> None:
        self.insurer.setText(d.insurer)
        self.policy_no.setText(d.policy_no)
        self.policy_type.setCurrentIndex(max(0, self.policy_type.findData(d.type)))
        self.payer.setCurrentIndex(max(0, self.payer.findData(d.premium_payer)))
        set_fen(self.sum_insured, d.sum_insured_per_person_fen)
        set_fen(self.premium, d.premium_fen)
        if d.start_date:
            self.start.setDate(QDate(d.start_date))
        if d.end_date:
            self.end.setDate(QDate(d.end_date))

    def draft(self) -> PolicyDraft:
        return PolicyDraft(
            insurer=self.insurer.text(),
            policy_no=self.policy_no.text(),
            type=self.policy_type.currentData(),
            premium_payer=self.payer.currentData(),
            start_date=self.start.date().toPython(),
            end_date=self.end.date().toPython(),
            sum_insured_per_person_fen=fen_of(self.sum_insured),
            premium_fen=fen_of(self.premium),
        )

    def _show(self, violations: list[Violation]) -> None:
        unplaced = self.form.show_violations(violations)
        self.general_error.setText(translate_error(ValidationFailed(unplaced)) if unplaced else "")
        self.general_error.setVisible(bool(unplaced))

    def revalidate(self) -> None:
        own_id = self._policy.id if self._policy else None
        violations = self._service.validate_policy(self.draft(), own_id)
        self._show(violations)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not any(v.severity == "block" for v in violations))

    def save(self) -> None:
        self._timer.stop()
        try:
            if self._policy is None:
                self.saved_id = self._service.create_policy(self.draft())
            else:
                self._service.update_policy(
                    self._policy.id, self.draft(), version=self._policy.version
                )
                self.saved_id = self._policy.id
        except ValidationFailed as exc:
            self.form.reveal_all()
            self._show(exc.violations)
            return
        except ConflictError as exc:
            Dialogs.warning(self, self.tr("Not saved"), translate_error(exc))
            return
        except DomainError as exc:
            self.general_error.setText(translate_error(exc))
            self.general_error.setVisible(True)
            return
        self.accept()


class CoverDialog(QDialog):
    """Whom to add to a policy: a whole class, or placements ticked in a filtered list.

    Only the choice is made here; the page calls the service and reports what was added.
    """

    def __init__(
        self, services: Services, policy: PolicyRow, by_class: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CoverDialog")
        self._services = services
        self._policy = policy
        self.by_class = by_class
        self.setWindowTitle(self.tr("Cover a class") if by_class else self.tr("Cover placements"))
        heading = QLabel(policy_title(policy), objectName="policy")
        heading.setWordWrap(True)
        self.class_combo = QComboBox(objectName="classChoice")
        self.class_combo.addItem(
            self.tr("Choose a class…") if by_class else self.tr("All classes"), None
        )
        for class_id, name in services.students.class_choices():
            self.class_combo.addItem(name, class_id)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.class_combo)
        self.search = QLineEdit(objectName="placementSearch")
        self.placements = QListWidget(objectName="placements")
        self.chosen_label = QLabel(objectName="chosenCount")
        if by_class:
            text = self.tr(
                "Every placement of the class (except terminated ones) is covered for the days "
                "it shares with the policy period. Students already covered are not added twice."
            )
            layout.addWidget(hint_label("hint", text))
            layout.addStretch(1)
        else:
            self.search.setPlaceholderText(self.tr("Student, class or enterprise"))
            self.search.setClearButtonEnabled(True)
            tick = QPushButton(self.tr("Tick all shown"), objectName="tickAll")
            untick = QPushButton(self.tr("Untick all"), objectName="untickAll")
            tick.clicked.connect(lambda: self.tick_all(True))
            untick.clicked.connect(lambda: self.tick_all(False))
            row = QHBoxLayout()
            row.addWidget(self.search, 1)
            row.addWidget(tick)
            row.addWidget(untick)
            layout.addLayout(row)
            layout.addWidget(
                hint_label("hint", self.tr("Placements that overlap the policy period."))
            )
            layout.addWidget(self.placements, 1)
            layout.addWidget(self.chosen_label)
            self._timer = QTimer(self, singleShot=True, interval=150)
            self._timer.timeout.connect(self.refill)
            self.search.textEdited.connect(lambda _t: self._timer.start())
            self.placements.itemChanged.connect(lambda _i: self._update_ok())
        self.class_combo.currentIndexChanged.connect(
            lambda _i: self._update_ok() if by_class else self.refill()
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if not by_class:
            self.refill()
        self._update_ok()
        fit_to_screen(self, 640 if not by_class else 460, 520 if not by_class else 220)

    def refill(self) -> None:
        """Placements of the filter that share days with the policy and are not terminated."""
        d = self._policy.draft
        ticked = set(self.placement_ids())
        rows = self._services.placements.list(
            search=self.search.text(), class_id=self.class_combo.currentData()
        )
        self.placements.blockSignals(True)
        self.placements.clear()
        start, end = d.start_date, d.end_date
        for r in rows:
            outside = (start and r.end_date < start) or (end and r.start_date > end)
            if r.status == "terminated" or outside:
                continue
            text = (
                f"{r.student_name} · {r.class_name} · {r.enterprise_name} · "
                f"{r.start_date} – {r.end_date} · {labels.placement_status(r.status)}"
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = r.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.placements.addItem(item)
        self.placements.blockSignals(False)
        self._update_ok()

    def tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.placements.blockSignals(True)
        for i in range(self.placements.count()):
            self.placements.item(i).setCheckState(state)
        self.placements.blockSignals(False)
        self._update_ok()

    def placement_ids(self) -> list[int]:
        items = (self.placements.item(i) for i in range(self.placements.count()))
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def class_id(self) -> int | None:
        return self.class_combo.currentData()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.by_class:
            ok.setEnabled(self.class_id() is not None)
            return
        chosen = len(self.placement_ids())
        self.chosen_label.setText(self.tr("%n placement(s) ticked", "", chosen))
        ok.setEnabled(chosen > 0)


class CoveredDialog(QDialog):
    """Whom the policy covers and on which days; rows can be taken off the policy."""

    def __init__(
        self, service: InsuranceService, policy: PolicyRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CoveredDialog")
        self._service = service
        self._policy = policy
        self.changed = False
        self.setWindowTitle(self.tr("Covered students"))
        heading = QLabel(policy_title(policy), objectName="policy")
        heading.setWordWrap(True)
        self.model = RowsModel(InsuranceColumns(self).covered(), self)
        self.proxy = RowsProxy(self.model, self)
        self.table = make_table("coveredTable")
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # by class and name (the service's order) at first
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.count = QLabel(objectName="coveredCount")
        self.remove_button = QPushButton(self.tr("Take off the policy…"), objectName="remove")
        self.remove_button.clicked.connect(self.remove_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.reload()
        fit_to_screen(self, 640, 520)

    def reload(self) -> None:
        self.model.set_rows(self._service.list_covered(self._policy.id))
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("%n row(s)", "", self.model.rowCount()))

    def remove_selected(self) -> None:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        ids = [self.model.rows[r].coverage_id for r in sorted(rows)]
        if not ids:
            return
        question = self.tr("Stop covering %n row(s) under this policy?", "", len(ids))
        if not Dialogs.confirm(self, self.tr("Take off the policy"), question):
            return
        try:
            self._service.remove_coverage(self._policy.id, ids)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not changed"), translate_error(exc))
            return
        self.changed = True
        self.reload()
