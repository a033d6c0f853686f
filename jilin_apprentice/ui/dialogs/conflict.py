"""The clear question after a lost race: someone else saved the record first (issue 8).

Optimistic locking (Tracked.version) refuses the second save instead of overwriting the first;
this asks the officer what to do: reload the record (their own edits are lost) or keep editing
(to copy what they typed before reloading). Shared by every edit dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jilin_apprentice.ui.messages import Dialogs


def conflict_texts() -> tuple[str, str]:
    translate = QCoreApplication.translate
    return (
        translate("ConflictDialog", "Changed by someone else"),
        translate(
            "ConflictDialog",
            "Someone else changed this record since you opened it. Reload to see their "
            "changes (yours will be lost) or keep editing?",
        ),
    )


def ask_reload(parent: QWidget | None) -> bool:
    """True: reload the record now. Tests answer through `Dialogs.answers`."""
    title, text = conflict_texts()
    Dialogs.shown.append((title, text))
    del Dialogs.shown[:-50]
    if Dialogs.answers:
        return Dialogs.answers.pop(0)
    if not Dialogs.enabled:
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("conflictBox")
    translate = QCoreApplication.translate
    reload = box.addButton(translate("ConflictDialog", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(
        translate("ConflictDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is reload
