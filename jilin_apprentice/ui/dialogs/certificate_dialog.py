"""The school's signing certificate: see the current one, create a new one or import a .p12;
and the password prompt the school signature uses.

A partner checks a signed file by the certificate's fingerprint, so it is shown in full and can
be selected and copied; the password never leaves the dialog except into the signing service.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.signing import SigningService
from jilin_apprentice.services.signing_dto import CertInfo
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.widgets.form_fields import ERROR_STYLE, HINT_STYLE
from jilin_apprentice.ui.widgets.form_frame import error_label, fit_to_screen

WARN_DAYS = 60  # a replacement takes time to arrange with partners


def grouped(fingerprint: str) -> str:
    """64 hex digits in groups of four: read out over the phone without losing one's place."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class CertificateDialog(QDialog):
    """Current certificate on top; "Create" and "Import" tabs below. `changed` after either."""

    def __init__(self, signing: SigningService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CertificateDialog")
        self.setWindowTitle(self.tr("School certificate"))
        self._signing = signing
        self.changed = False
        self.ask_open_file = QFileDialog.getOpenFileName  # replaceable (tests, automation)
        current = QGroupBox(self.tr("Current certificate"))
        self.cert_name = QLabel(objectName="certName")
        self.cert_org = QLabel(objectName="certOrganisation")
        self.fingerprint = QLabel(objectName="fingerprint")
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setWordWrap(True)
        self.valid_until = QLabel(objectName="validUntil")
        self.known = QLabel(objectName="knownCount")
        self.known.setStyleSheet(HINT_STYLE)
        self.known.setWordWrap(True)
        for label in (self.cert_name, self.cert_org, self.fingerprint, self.valid_until):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown = shown = QFormLayout(current)
        shown.addRow(self.tr("Name"), self.cert_name)
        shown.addRow(self.tr("Organisation"), self.cert_org)
        shown.addRow(self.tr("Fingerprint (SHA-256)"), self.fingerprint)
        shown.addRow(self.tr("Valid until"), self.valid_until)
        shown.addRow(self.known)

        self.name = QLineEdit(objectName="newName")
        self.name.setPlaceholderText(self.tr('e.g. the school\'s name and "agreements"'))
        self.organisation = QLineEdit(objectName="newOrganisation")
        self.password = password_edit("newPassword")
        self.repeat = password_edit("repeatPassword")
        self.years = QSpinBox(objectName="validYears")
        self.years.setRange(1, 30)
        self.years.setValue(10)
        self.create_button = QPushButton(self.tr("Create certificate"), objectName="create")
        create_tab = QWidget()
        create_form = QFormLayout(create_tab)
        create_form.addRow(self.tr("Name"), self.name)
        create_form.addRow(self.tr("Organisation"), self.organisation)
        create_form.addRow(self.tr("Password"), self.password)
        create_form.addRow(self.tr("Repeat password"), self.repeat)
        create_form.addRow(self.tr("Valid for (years)"), self.years)
        create_form.addRow("", self.create_button)

        self.p12_path = QLineEdit(objectName="p12Path")
        self.p12_path.setPlaceholderText(self.tr("The .p12 or .pfx file"))
        browse = QPushButton(self.tr("Browse…"), objectName="browse")
        path_row = QHBoxLayout()
        path_row.addWidget(self.p12_path, 1)
        path_row.addWidget(browse)
        self.import_password = password_edit("importPassword")
        self.import_button = QPushButton(self.tr("Import certificate"), objectName="import")
        import_tab = QWidget()
        import_form = QFormLayout(import_tab)
        import_form.addRow(self.tr("File"), path_row)
        import_form.addRow(self.tr("Password"), self.import_password)
        import_form.addRow("", self.import_button)

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.addTab(create_tab, self.tr("Create a new certificate"))
        self.tabs.addTab(import_tab, self.tr("Import a .p12 file"))
        self.error = error_label()
        self.notice = QLabel(objectName="notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(current)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        layout.addWidget(close)
        self.create_button.clicked.connect(lambda: self.create())
        self.import_button.clicked.connect(lambda: self.import_p12())
        browse.clicked.connect(self._browse)
        self.show_current()
        fit_to_screen(self, 640, 560)

    def show_current(self) -> None:
        info = self._signing.current_certificate()
        known = len(self._signing.known_certificates())
        self.known.setText(
            self.tr(
                "%n certificate(s) known here: files signed with any of them still verify.",
                "",
                known,
            )
        )
        self.shown.setRowVisible(self.known, known > 0)
        for label in (self.cert_org, self.fingerprint, self.valid_until):
            self.shown.setRowVisible(label, info is not None)
        if info is None:
            self.cert_name.setText(self.tr("None yet: create one below or import the school's."))
            return
        self.cert_name.setText(info.common_name)
        self.cert_org.setText(info.organisation)
        self.fingerprint.setText(grouped(info.fingerprint))
        self.valid_until.setText(self._validity(info))
        self.valid_until.setStyleSheet(ERROR_STYLE if info.days_left <= WARN_DAYS else "")
        if not self.organisation.text():
            self.organisation.setText(info.organisation)

    def _validity(self, info: CertInfo) -> str:
        day = info.not_after.date().isoformat()
        if info.days_left < 0:
            return self.tr("%1 (expired)").replace("%1", day)
        return self.tr("%1 (%n day(s) left)", "", info.days_left).replace("%1", day)

    def _browse(self) -> None:
        chosen, _ = self.ask_open_file(
            self,
            self.tr("School certificate"),
            str(Path.home()),
            self.tr("Certificates (*.p12 *.pfx);;All files (*)"),
        )
        if chosen:
            self.p12_path.setText(chosen)

    def _may_replace(self) -> bool:
        info = self._signing.current_certificate()
        if info is None:
            return True
        question = self.tr(
            "Replace the school certificate %1? Files signed with it will still verify; new "
            "files will be signed with the new one."
        ).replace("%1", info.common_name)
        return Dialogs.confirm(self, self.tr("Replace certificate"), question)

    def _done(self, info: CertInfo, text: str) -> None:
        self.changed = True
        for edit in (self.password, self.repeat, self.import_password):
            edit.clear()
        self.error.hide()
        self.show_current()
        self.notice.setText(text.replace("%1", info.common_name))
        self.notice.show()

    def _fail(self, text: str) -> None:
        self.notice.hide()
        self.error.setText(text)
        self.error.show()

    def create(self) -> bool:
        """A new self-signed certificate (RSA key made here, a moment's work)."""
        if self.password.text() != self.repeat.text():
            self._fail(self.tr("The two passwords differ; type the same password twice."))
            return False
        if not self._may_replace():
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = self._signing.create_certificate(
                self.name.text(),
                self.organisation.text(),
                self.password.text(),
                valid_days=self.years.value() * 365,
            )
        except DomainError as exc:
            self._fail(translate_error(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._done(info, self.tr("Certificate %1 created. Keep its password safe."))
        return True

    def import_p12(self) -> bool:
        path = self.p12_path.text().strip()
        if not path:
            self._fail(self.tr("Choose the certificate file first."))
            return False
        if not self._may_replace():
            return False
        try:
            info = self._signing.import_certificate(Path(path), self.import_password.text())
        except DomainError as exc:
            self._fail(translate_error(exc))
            return False
        self._done(info, self.tr("Certificate %1 imported."))
        return True


class PasswordDialog(QDialog):
    """Asks for the certificate password and tries it at once: a wrong one is said here and
    the officer types again, instead of starting the action over."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        attempt: Callable[[str], str | None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PasswordDialog")
        self.setWindowTitle(title)
        self._attempt = attempt
        prompt = QLabel(text)
        prompt.setWordWrap(True)
        self.password = password_edit("password")
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_password)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Certificate password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 480, 200)

    def try_password(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problem = self._attempt(self.password.text())
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem:
            self.error.setText(problem)
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()
