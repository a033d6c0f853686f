"""Check any PDF offline: intact or tampered, who signed it and when, whether the certificate is
one this school knows, and which agreement, version and placement the file belongs to.

A green headline only for the one state `agreement verify` accepts (VerifyResult.ok); every
other state is red and says why in one line, with the detailed problems underneath.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice import messages
from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.signing import SigningService
from jilin_apprentice.services.signing_dto import VerifyResult
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.dialogs.certificate_dialog import grouped
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.widgets.form_frame import fit_to_screen

GOOD = "QLabel { background: #e3f4e3; color: #1b5e20; border: 1px solid #7cb87c; }"
BAD = "QLabel { background: #fde7e9; color: #b00020; border: 1px solid #e08a94; }"
HEADLINE = " border-radius: 4px; padding: 8px 10px; font-weight: bold; font-size: 13pt; }"


def problem_text(code: str, result: VerifyResult) -> str:
    params = {"path": str(result.path), "signer": result.signer or ""}
    return messages.render(code, params, "", QCoreApplication.translate)


class VerifyDialog(QDialog):
    """Shows one file's verdict; "Verify another file…" checks the next without closing."""

    def __init__(
        self,
        signing: SigningService,
        path: Path | None = None,
        parent: QWidget | None = None,
        describe_placement: Callable[[int], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("VerifyDialog")
        self.setWindowTitle(self.tr("Verify a signed agreement"))
        self._signing = signing
        self._describe = describe_placement or str
        self.result: VerifyResult | None = None
        self.ask_open_file = QFileDialog.getOpenFileName  # replaceable (tests, automation)
        self.headline = QLabel(objectName="headline")
        self.headline.setWordWrap(True)
        self.fields: dict[str, QLabel] = {}
        details = QWidget()
        self.form = form = QFormLayout(details)
        rows = [
            ("file", self.tr("File")),
            ("intact", self.tr("Intact")),
            ("signer", self.tr("Signed by")),
            ("signed_at", self.tr("Signed at")),
            ("certificate", self.tr("Certificate")),
            ("fingerprint", self.tr("Fingerprint (SHA-256)")),
            ("number", self.tr("Agreement number")),
            ("version", self.tr("Version")),
            ("placement", self.tr("Placement")),
            ("kind", self.tr("Kind")),
            ("problems", self.tr("Problems")),
        ]
        for key, title in rows:
            label = QLabel(objectName=key)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = label
            form.addRow(title, label)
        self.fields["fingerprint"].setFont(
            QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        )
        area = QScrollArea(objectName="scroll")
        area.setWidgetResizable(True)
        area.setWidget(details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        another = QPushButton(self.tr("Verify another file…"), objectName="another")
        self.buttons.addButton(another, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        another.clicked.connect(lambda: self.choose_and_verify())
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(area, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 680, 560)
        if path is not None:
            self.verify(path)

    def choose_and_verify(self) -> bool:
        chosen, _ = self.ask_open_file(
            self,
            self.tr("Verify a signed agreement"),
            str(self.result.path.parent if self.result else Path.home()),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        if chosen:
            self.verify(Path(chosen))
        return bool(chosen)

    def verify(self, path: Path) -> VerifyResult | None:
        for label in self.fields.values():
            label.clear()
        self.fields["file"].setText(str(path))
        self._show_rows()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result = self._signing.verify_pdf(Path(path))
        except DomainError as exc:
            self.result = None
            self._headline(False, self.tr("This file cannot be checked"))
            self.fields["problems"].setText(translate_error(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show(self.result)
        return self.result

    def _headline(self, good: bool, text: str) -> None:
        self.headline.setText(("✔ " if good else "✘ ") + text)
        self.headline.setStyleSheet((GOOD if good else BAD).replace(" }", HEADLINE))
        self.headline.setProperty("good", good)

    def _known(self, r: VerifyResult) -> bool:
        """The certificate is one of the school's, even when the signature over the file broke."""
        ours = {c.fingerprint for c in self._signing.known_certificates()}
        return r.known_signer or r.signer_fingerprint in ours

    def verdict(self, r: VerifyResult) -> str:
        if r.ok:
            return self.tr("Intact, and signed with a certificate of this school")
        if r.signed and (r.tampered or not r.intact):
            return self.tr("Tampered: the file was changed after it was signed")
        if not r.signed:
            return self.tr("Not digitally signed")
        if r.number is None:
            return self.tr("Signed, but not an agreement made by this application")
        if not r.known_signer and self._known(r):
            return self.tr("Intact, but the certificate is expired or not valid for signing")
        if not r.known_signer:
            return self.tr("Intact, but not signed with a certificate known here")
        return self.tr("Not accepted: see the problems below")

    def _show(self, r: VerifyResult) -> None:
        self._headline(r.ok, self.verdict(r))
        yes, no = self.tr("Yes"), self.tr("No")
        f = self.fields
        if r.signed:
            f["intact"].setText(yes if r.intact and not r.tampered else no)
            f["signer"].setText(r.signer or "")
            when = r.signed_at.astimezone() if r.signed_at else None
            f["signed_at"].setText(when.strftime("%Y-%m-%d %H:%M:%S %z") if when else "")
            known = self.tr("Known to this school") if self._known(r) else self.tr("Not known here")
            f["certificate"].setText(known)
            f["fingerprint"].setText(grouped(r.signer_fingerprint or ""))
        else:
            f["intact"].setText(self.tr("Not signed"))
        if r.number is not None:
            f["number"].setText(r.number)
            f["version"].setText("" if r.version is None else str(r.version))
            f["placement"].setText("" if r.placement_id is None else self._describe(r.placement_id))
            f["kind"].setText(labels.placement_kind(r.kind or ""))
        items = "<br>".join(f"• {html.escape(problem_text(c, r))}" for c in r.problems)
        f["problems"].setText(items or self.tr("None"))
        self._show_rows()

    def _show_rows(self) -> None:
        """Only the facts the file has: an unsigned file shows no empty signer rows."""
        for label in self.fields.values():
            self.form.setRowVisible(label, bool(label.text()))
