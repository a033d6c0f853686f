"""Help ▸ User guide: the Chinese guide in a QTextBrowser (no WebEngine: it would add ~100 MB).

The guide exists only in Chinese, the language of the officers it is written for; in another UI
language a line at the top says so in that language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.paths import resources_dir

GUIDE_FILE = "guide_zh_CN.html"


def guide_path() -> Path:
    return resources_dir() / "help" / GUIDE_FILE


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to at most 90 % of the screen (1366×768 at 150 % leaves 910×512 logical pixels)."""
    screen = widget.screen().availableGeometry()
    widget.resize(min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.9)))


class HelpDialog(QDialog):
    """Non-modal, so the guide can stay open beside the window it explains."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setWindowTitle(self.tr("User guide"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        language = language or QLocale().name()
        self.notice = QLabel(
            self.tr("The user guide is available in Chinese only."),
            objectName="languageNotice",
            wordWrap=True,
        )
        self.notice.setStyleSheet("background: #fff4ce; padding: 4px;")
        self.notice.setVisible(not language.startswith("zh"))
        self.browser = QTextBrowser(objectName="guideBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSearchPaths([str(guide_path().parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        self.find_edit = QLineEdit(objectName="findInGuide")
        self.find_edit.setPlaceholderText(self.tr("Find in the guide (Enter: next)"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find_edit.setFocus)
        contents = self.tr("Contents")
        self.home_label = QLabel("<a href='#top'>" + contents + "</a>")
        self.home_label.linkActivated.connect(lambda _link: self.browser.home())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.home_label)
        row.addWidget(self.find_edit, 1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        fit_to_screen(self, 760, 680)

    def show_section(self, anchor: str) -> None:
        """Jump to a section (`page-students`, `backup`, …)."""
        self.browser.scrollToAnchor(anchor)

    def find_next(self) -> bool:
        """Find the text after the cursor, wrapping round once at the end."""
        text = self.find_edit.text().strip()
        if not text:
            return False
        if self.browser.find(text):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(text, QTextDocument.FindFlag(0))
