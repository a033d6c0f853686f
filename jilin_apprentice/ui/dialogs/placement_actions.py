"""Small dialogs of the placement lifecycle: terminate, record a signed agreement, change post."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.services.container import Services
from jilin_apprentice.services.dto import ListQuery
from jilin_apprentice.ui.widgets.form_frame import error_label
from jilin_apprentice.ui.widgets.search_picker import SearchPicker


class _SmallDialog(QDialog):
    """A form, an error line and OK/Cancel; OK calls `accept_if_valid`."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def accept_if_valid(self) -> None:
        self.accept()


def _date(object_name: str, value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value))
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class TerminateDialog(_SmallDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Terminate placement"), parent)
        self.setObjectName("TerminateDialog")
        self.reason = QPlainTextEdit(objectName="reason")
        self.reason.setFixedHeight(80)
        self.form.addRow(QLabel(self.tr("Why does the placement end early?")))
        self.form.addRow(self.tr("Reason"), self.reason)

    def accept_if_valid(self) -> None:
        if not self.reason.toPlainText().strip():
            self.fail(self.tr("Enter the reason; it stays on the record."))
            return
        self.accept()


class AgreementDialog(_SmallDialog):
    """Record a tripartite agreement signed on paper by every party (R-AGR-1)."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record signed agreement"), parent)
        self.setObjectName("AgreementDialog")
        self.number = QLineEdit(objectName="number")
        self.signed_on = _date("signedOn", today)
        self.form.addRow(
            QLabel(
                self.tr(
                    "The agreement signed on paper by the school, the enterprise and "
                    "the student (and the guardian of a minor)."
                )
            )
        )
        self.form.addRow(self.tr("Agreement number"), self.number)
        self.form.addRow(self.tr("Signed on"), self.signed_on)

    def accept_if_valid(self) -> None:
        if not self.number.text().strip():
            self.fail(self.tr("Enter the agreement number."))
            return
        self.accept()


class ChangePostDialog(_SmallDialog):
    """Move the placement to another post or enterprise from a date; history is kept."""

    def __init__(self, services: Services, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change post or enterprise"), parent)
        self.setObjectName("ChangePostDialog")
        self._services = services
        self.enterprise = SearchPicker("enterprise", self._find, self.tr("Name…"))
        self.post = QComboBox(objectName="post")
        self.mentor = QComboBox(objectName="mentor")
        self.change_date = _date("changeDate", today)
        self.reason = QLineEdit(objectName="reason")
        self.form.addRow(self.tr("Enterprise"), self.enterprise)
        self.form.addRow(self.tr("Post"), self.post)
        self.form.addRow(self.tr("Enterprise mentor"), self.mentor)
        self.form.addRow(self.tr("From"), self.change_date)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.enterprise.picked.connect(self._fill)
        self.resize(560, 260)

    def _find(self, text: str) -> list[tuple[int, str]]:
        rows = self._services.enterprises.page(ListQuery(search=text), after=None, limit=30)
        return [(r.id, r.name) for r in rows]

    def _fill(self, enterprise_id: int | None) -> None:
        self.post.clear()
        self.mentor.clear()
        self.mentor.addItem("—", None)
        if enterprise_id is None:
            return
        for row in self._services.enterprises.posts_of(enterprise_id):
            self.post.addItem(row.draft.title, row.id)
        for choice in self._services.staff.choices("enterprise_mentor", enterprise_id):
            self.mentor.addItem(choice.label, choice.id)

    def accept_if_valid(self) -> None:
        if self.post.currentData() is None:
            self.fail(self.tr("Choose the new post."))
            return
        if not self.reason.text().strip():
            self.fail(self.tr("Enter the reason; it stays on the record."))
            return
        self.accept()
