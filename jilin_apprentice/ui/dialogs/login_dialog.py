"""Log in before the main window, or create the first administrator of a new database.

The services refuse wrong passwords, count failures and lock the account (services/users.py);
these dialogs only collect the text and show the service's message. Cancel quits the app.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError, ValidationFailed
from jilin_apprentice.domain.passwords import strength
from jilin_apprentice.services.access import Principal
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen, frame_dialog


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


class LoginDialog(QDialog):
    """User name and password; a refusal (wrong, locked) is shown and the password cleared."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self.setWindowTitle(self.tr("Log in - Jilin Apprentice"))
        self._services = services
        self.principal: Principal | None = None
        inner = QWidget()
        form = QFormLayout(inner)
        intro = QLabel(
            self.tr("Log in with the user name and password your administrator gave you.")
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(40)
        self.password = _password_edit()
        self.password.setObjectName("password")
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.buttons, self.error = frame_dialog(self, inner, self.save, scroll=False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.username.returnPressed.connect(self.password.setFocus)
        fit_to_screen(self, 420, 220)

    def save(self) -> None:
        if not self.username.text().strip():
            self.username.setFocus()
            return
        try:
            self.principal = self._services.users.login(self.username.text(), self.password.text())
        except DomainError as exc:
            self.error.setText(translate_error(exc))
            self.error.setVisible(True)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class SetupDialog(QDialog):
    """First run: the administrator who then creates the other users (Settings, Users)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SetupDialog")
        self.setWindowTitle(self.tr("First start: create the administrator"))
        self._services = services
        self.principal: Principal | None = None
        self._min = services.users.policy().min_password_length
        inner = QWidget()
        form = QFormLayout(inner)
        intro = QLabel(
            self.tr(
                "Nobody administers this database yet. Create the administrator account: it "
                "adds the other users, decides who may edit and who may see full personal data."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.username.setMaxLength(40)
        self.display_name = QLineEdit()
        self.display_name.setObjectName("displayName")
        self.display_name.setMaxLength(60)
        self.password = _password_edit()
        self.password.setObjectName("password")
        self.repeat = _password_edit()
        self.repeat.setObjectName("repeat")
        self.hint = QLabel()
        self.hint.setObjectName("strength")
        self.hint.setWordWrap(True)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Your name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        form.addRow("", self.hint)
        self.buttons, self.error = frame_dialog(self, inner, self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.password.textChanged.connect(self._update_hint)
        self._update_hint()
        fit_to_screen(self, 480, 380)

    def _update_hint(self) -> None:
        text = self.password.text()
        if len(text) < self._min:
            hint = self.tr("At least %1 characters.").replace("%1", str(self._min))
        else:
            words = (
                self.tr("weak"),
                self.tr("weak"),
                self.tr("fair"),
                self.tr("good"),
                self.tr("strong"),
            )
            hint = self.tr("Strength: %1").replace("%1", words[strength(text)])
        self.hint.setText(hint)

    def save(self) -> None:
        if self.password.text() != self.repeat.text():
            self._show(self.tr("The two passwords differ; type the same password twice."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        try:
            self.principal = self._services.users.create_first_admin(
                self.username.text(), self.display_name.text(), self.password.text()
            )
        except ValidationFailed as exc:
            self._show(translate_error(exc))
            return
        except DomainError as exc:
            self._show(translate_error(exc))
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)


def ask_login(services: Services, parent: QWidget | None = None) -> Principal | None:
    """First-run setup or login; the principal, or None when the user chose to quit."""
    needs_setup = services.users.needs_setup()
    dialog = SetupDialog(services, parent) if needs_setup else LoginDialog(services, parent)
    return dialog.principal if dialog.exec() else None


def role_label(code: str) -> str:
    """The role's name in the interface language."""
    return {
        "admin": QCoreApplication.translate("Users", "administrator"),
        "officer": QCoreApplication.translate("Users", "officer"),
        "read_only": QCoreApplication.translate("Users", "read-only"),
    }.get(code, code)


def show_user(window: QMainWindow, principal: Principal) -> None:
    """Name the logged-in user in the title and the status bar (who acts, for the record)."""
    role = role_label(principal.role.value)
    text = (
        QCoreApplication.translate("Users", "Logged in: %1 (%2)")
        .replace("%1", principal.display_name)
        .replace("%2", role)
    )
    label = window.statusBar().findChild(QLabel, "userLabel")
    if label is None:  # first login; a switch of user updates the same label and title
        label = QLabel()
        label.setObjectName("userLabel")
        window.statusBar().addWidget(label)
        window.setProperty("titleWithoutUser", window.windowTitle())
    label.setText(text)
    window.setWindowTitle(f"{window.property('titleWithoutUser')} – {principal.display_name}")
