"""Users, roles and the right to see full personal data (administrators only).

Everyone sees the tab; a non-administrator sees only their own account and may change their
own password. The service refuses anything else anyway (PermissionDenied), so the buttons are
not the protection, only a courtesy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
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

from jilin_apprentice.domain.errors import DomainError, ValidationFailed
from jilin_apprentice.services.access import ADMIN
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.user_dto import UserDraft, UserRow
from jilin_apprentice.ui.dialogs.login_dialog import role_label
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog

ROLES = ("admin", "officer", "read_only")


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


class UserDialog(QDialog):
    """New or edit a user: role, the personal-data right, active; a password only when new."""

    def __init__(self, services: Services, row: UserRow | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("UserDialog")
        self.setWindowTitle(self.tr("Edit user") if row else self.tr("New user"))
        self._services, self._row = services, row
        self.saved_id: int | None = None
        inner = QWidget()
        form = QFormLayout(inner)
        self.username = QLineEdit(row.username if row else "")
        self.username.setObjectName("username")
        self.username.setMaxLength(40)
        self.display_name = QLineEdit(row.display_name if row else "")
        self.display_name.setObjectName("displayName")
        self.display_name.setMaxLength(60)
        self.role = QComboBox(objectName="role")
        for code in ROLES:
            self.role.addItem(role_label(code), code)
        self.role.setCurrentIndex(max(0, self.role.findData(row.role if row else "officer")))
        self.pii = QCheckBox(self.tr("May see full ID numbers and phone numbers"))
        self.pii.setObjectName("pii")
        self.pii.setChecked(bool(row and row.can_see_pii))
        self.active = QCheckBox(self.tr("Active (may log in)"))
        self.active.setObjectName("active")
        self.active.setChecked(row.active if row else True)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Display name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", self.pii)
        form.addRow("", self.active)
        self.password = _password_edit("password")
        self.repeat = _password_edit("repeat")
        if row is None:
            form.addRow(self.tr("Password"), self.password)
            form.addRow(self.tr("Password again"), self.repeat)
        self.buttons, self.error = frame_dialog(self, inner, self.save)
        fit_to_screen(self, 460, 360)

    def save(self) -> None:
        if self._row is None and self.password.text() != self.repeat.text():
            self._show(self.tr("The two passwords differ; type the same password twice."))
            return
        draft = UserDraft(
            self.username.text(),
            self.display_name.text(),
            self.role.currentData(),
            self.pii.isChecked(),
            self.active.isChecked(),
            self.password.text() if self._row is None else None,
        )
        try:
            self.saved_id = self._services.users.save(draft, self._row.id if self._row else None)
        except DomainError as exc:
            self._show(translate_error(exc))
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)


class PasswordDialog(QDialog):
    """Set a password: an administrator for anyone, a user for themself with the current one."""

    def __init__(
        self, services: Services, row: UserRow, need_old: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PasswordDialog")
        self.setWindowTitle(self.tr("Set password of %1").replace("%1", row.display_name))
        self._services, self._row = services, row
        inner = QWidget()
        form = QFormLayout(inner)
        self.old = _password_edit("old")
        if need_old:
            form.addRow(self.tr("Current password"), self.old)
        self.password = _password_edit("password")
        self.repeat = _password_edit("repeat")
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("New password again"), self.repeat)
        self.buttons, self.error = frame_dialog(self, inner, self.save, scroll=False)
        self._need_old = need_old
        fit_to_screen(self, 420, 220)

    def save(self) -> None:
        if self.password.text() != self.repeat.text():
            self._show(self.tr("The two passwords differ; type the same password twice."))
            return
        old = self.old.text() if self._need_old else None
        try:
            self._services.users.set_password(self._row.id, self.password.text(), old)
        except (ValidationFailed, DomainError) as exc:
            self._show(translate_error(exc))
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)


class UsersPanel(QWidget):
    """A tab of the Settings page: `title`, `load()` (called when shown) and `save_state()`."""

    HEADER_KEY = "settings/users/header"

    def __init__(self, services: Services, state: UiState) -> None:
        super().__init__()
        self.setObjectName("usersPanel")
        self.services, self.state = services, state
        self.title = self.tr("Users")
        self.rows: list[UserRow] = []
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.table = QTableWidget(0, 6, objectName="usersTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Display name"),
                self.tr("Role"),
                self.tr("Full personal data"),
                self.tr("Active"),
                self.tr("Locked until"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New user…"), objectName="newUser")
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="editUser")
        self.password_button = QPushButton(self.tr("Set password…"), objectName="setPassword")
        self.unlock_button = QPushButton(self.tr("Unlock"), objectName="unlock")
        for button, slot in (
            (self.new_button, self.add),
            (self.edit_button, self.edit_current),
            (self.password_button, self.set_password),
            (self.unlock_button, self.unlock),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.edit_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        state.restore_header(header, self.HEADER_KEY)

    # --- data -------------------------------------------------------------------------------
    def is_admin(self) -> bool:
        return self.services.access.can(ADMIN)

    def load(self) -> None:
        """Fetch again from the services: all users for an administrator, else oneself."""
        admin = self.is_admin()
        try:
            if admin:
                self.rows = self.services.users.list()
            else:
                me = self.services.users.me()
                self.rows = [me] if me else []
        except DomainError as exc:
            self.rows = []
            self.notice.setText(translate_error(exc))
            return
        self.notice.setText(
            self.tr(
                "Administrators add users, choose their role and who may see full personal "
                "data. Read-only users can look but not change anything."
            )
            if admin
            else self.tr(
                "Only an administrator can manage users. You can change your own password here."
            )
        )
        for button in (self.new_button, self.edit_button, self.unlock_button):
            button.setEnabled(admin)
        self.password_button.setEnabled(bool(self.rows))
        self._fill()

    def _fill(self) -> None:
        selected = self.current_row()
        self.table.setRowCount(len(self.rows))
        yes, no = self.tr("yes"), self.tr("no")
        for r, row in enumerate(self.rows):
            locked = row.locked_until.strftime("%Y-%m-%d %H:%M") if row.locked_until else ""
            cells = (
                row.username,
                row.display_name,
                role_label(row.role),
                yes if row.can_see_pii else no,
                yes if row.active else no,
                locked,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        ids = [row.id for row in self.rows]
        self.table.selectRow(ids.index(selected.id) if selected and selected.id in ids else 0)

    def current_row(self) -> UserRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    # --- actions ----------------------------------------------------------------------------
    def _refuse_unless_admin(self) -> bool:
        if self.is_admin():
            return False
        Dialogs.warning(
            self,
            self.tr("Users"),
            self.tr("Only an administrator can add, change or unlock users."),
        )
        return True

    def add(self) -> None:
        if self._refuse_unless_admin():
            return
        if UserDialog(self.services, None, self).exec():
            self.load()

    def edit_current(self) -> None:
        row = self.current_row()
        if row is None or self._refuse_unless_admin():
            return
        if UserDialog(self.services, row, self).exec():
            self.load()

    def set_password(self) -> None:
        row = self.current_row()
        if row is None:
            return
        PasswordDialog(self.services, row, not self.is_admin(), self).exec()

    def unlock(self) -> None:
        row = self.current_row()
        if row is None or self._refuse_unless_admin():
            return
        try:
            self.services.users.unlock(row.id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Users"), translate_error(exc))
            return
        self.load()

    def save_state(self) -> None:
        """Remember column widths and the like."""
        self.state.save_header(self.table.horizontalHeader(), self.HEADER_KEY)
