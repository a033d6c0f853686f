"""Add or edit an opening on the post board: enterprise, post, places, majors, years, dates, pay."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.board_dto import OpeningDraft, OpeningRow
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.pages.board_texts import BoardTexts
from jilin_apprentice.ui.widgets.form_fields import count_spin, fen_of, money_spin, set_fen
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog

GRADE_YEARS = (1, 2, 3, 4, 5)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def date_edit(name: str, day: dt.date) -> QDateEdit:
    edit = QDateEdit(objectName=name, calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(day))
    return edit


class OpeningDialog(QDialog):
    """Modal form over `OpeningDraft`; OK saves and closes only when the opening was stored."""

    def __init__(
        self, services: Services, opening: OpeningRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("OpeningDialog")
        self.services, self.opening = services, opening
        self.saved_id: int | None = None
        self.texts = BoardTexts(self)
        self.setWindowTitle(self.tr("Edit opening") if opening else self.tr("New opening"))
        inner = QWidget(objectName="openingForm")
        form = QFormLayout(inner)
        self.enterprise = QComboBox(objectName="enterprise")
        for eid, name in services.board.enterprise_choices():
            self.enterprise.addItem(name, eid)
        self.enterprise.setEditable(True)  # type to find among many enterprises
        self.enterprise.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.post = QComboBox(objectName="post")
        self.title = QLineEdit(objectName="title", maxLength=120)
        self.count = count_spin("count", 999)
        self.count.setMinimum(1)
        self.kind = QComboBox(objectName="placementType")
        for code in ("post", "cognitive"):
            self.kind.addItem(self.texts.kind(code), code)
        self.majors = QListWidget(objectName="majors")
        self.majors.setMaximumHeight(120)
        seen: set[str] = set()
        for name, category in services.board.major_choices():
            for label in (category, name):
                if label not in seen:
                    seen.add(label)
                    item = QListWidgetItem(label)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    self.majors.addItem(item)
        years = QWidget()
        row = QHBoxLayout(years)
        row.setContentsMargins(0, 0, 0, 0)
        self.years: dict[int, QCheckBox] = {}
        for y in GRADE_YEARS:
            self.years[y] = QCheckBox(self.texts.years([y]), objectName=f"year{y}")
            row.addWidget(self.years[y])
        row.addStretch(1)
        today = services.today()
        self.start = date_edit("start", today)
        self.end = date_edit("end", today)
        self.pay = money_spin("pay")
        self.unit = QComboBox(objectName="payUnit")
        for code in ("month", "day", "hour"):
            self.unit.addItem(self.texts.unit(code), code)
        pay_row = QWidget()
        pay_box = QHBoxLayout(pay_row)
        pay_box.setContentsMargins(0, 0, 0, 0)
        pay_box.addWidget(self.pay, 1)
        pay_box.addWidget(self.unit)
        self.notes = QLineEdit(objectName="notes", maxLength=200)
        form.addRow(self.tr("Enterprise"), self.enterprise)
        form.addRow(self.tr("Post"), self.post)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Places"), self.count)
        form.addRow(self.tr("Placement type"), self.kind)
        form.addRow(self.tr("Majors wanted (none: any)"), self.majors)
        form.addRow(self.tr("Grade years (none: any)"), years)
        form.addRow(self.tr("Start date"), self.start)
        form.addRow(self.tr("End date"), self.end)
        form.addRow(self.tr("Pay"), pay_row)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons, self.error = frame_dialog(self, inner, self.save)
        self.enterprise.currentIndexChanged.connect(self._load_posts)
        self.post.currentIndexChanged.connect(self._suggest_title)
        self._load_posts()
        if opening is not None:
            self._fill(opening)
        fit_to_screen(self, 560, 640)

    def _load_posts(self) -> None:
        eid = self.enterprise.currentData()
        posts = self.services.board.post_choices(eid) if eid is not None else []
        self._titles = {pid: title for pid, title, _ in posts}
        self.post.blockSignals(True)
        self.post.clear()
        for pid, title, category in posts:
            self.post.addItem(f"{title}（{category}）" if category else title, pid)
        self.post.blockSignals(False)
        self._suggest_title()

    def _suggest_title(self) -> None:
        """The post's title, until the officer types one of their own."""
        if not self.title.isModified():
            self.title.setText(self._titles.get(self.post.currentData(), ""))

    def _fill(self, o: OpeningRow) -> None:
        self.enterprise.setCurrentIndex(self.enterprise.findData(o.enterprise_id))
        self.post.setCurrentIndex(self.post.findData(o.post_id))
        self.title.setText(o.title)
        self.count.setValue(o.count)
        self.kind.setCurrentIndex(max(0, self.kind.findData(o.placement_type)))
        for i in range(self.majors.count()):
            item = self.majors.item(i)
            checked = item.text() in o.majors
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for y, box in self.years.items():
            box.setChecked(y in o.grade_years)
        self.start.setDate(to_qdate(o.start_date))
        self.end.setDate(to_qdate(o.end_date))
        set_fen(self.pay, o.pay_amount_fen)
        self.unit.setCurrentIndex(max(0, self.unit.findData(o.pay_unit)))
        self.notes.setText(o.notes or "")

    def draft(self) -> OpeningDraft:
        majors = tuple(
            self.majors.item(i).text()
            for i in range(self.majors.count())
            if self.majors.item(i).checkState() == Qt.CheckState.Checked
        )
        return OpeningDraft(
            enterprise_id=self.enterprise.currentData(),
            post_id=self.post.currentData(),
            title=self.title.text(),
            count=self.count.value(),
            start_date=from_qdate(self.start),
            end_date=from_qdate(self.end),
            placement_type=self.kind.currentData(),
            majors=majors,
            grade_years=tuple(y for y, box in self.years.items() if box.isChecked()),
            pay_amount_fen=fen_of(self.pay),
            pay_unit=self.unit.currentData(),
            notes=self.notes.text() or None,
        )

    def save(self) -> None:
        o = self.opening
        try:
            self.saved_id = self.services.board.save_opening(
                self.draft(), o.id if o else None, version=o.version if o else None
            )
        except DomainError as exc:
            self.error.setText(translate_error(exc))
            self.error.setVisible(True)
            return
        self.accept()
