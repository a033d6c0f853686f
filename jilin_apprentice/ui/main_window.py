"""The main window: navigation on the left, one page per area of the product."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from jilin_apprentice.cli import PAGES
from jilin_apprentice.paths import resources_dir
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.pages.placeholder_page import PlaceholderPage
from jilin_apprentice.ui.state import UiState


def nav_icon(name: str) -> QIcon:
    """The page's icon at 100/150/200 % (resources/icons/render.py); empty if absent.

    One dark-blue icon for every state: native Windows styles select with a light background,
    where a white "selected" variant would vanish.
    """
    icon = QIcon()
    folder = resources_dir() / "icons" / "nav"
    for size in (20, 30, 40):
        path = folder / f"{name}_{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))  # with the size Qt need not read the file
    return icon


class MainWindow(QMainWindow):
    """A shell: pages are built on first visit so start-up stays fast."""

    def __init__(
        self, services: Services, state: UiState, page_factories: dict[str, Callable[[], QWidget]]
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self._services = services
        self._state = state
        self._factories = page_factories
        self._pages: dict[str, QWidget] = {}
        self._help: QWidget | None = None
        self.setWindowTitle(self.tr("Jilin Apprentice – internships and apprenticeships"))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMaximumWidth(220)
        self.nav.setMinimumWidth(120)
        self.stack = QStackedWidget()
        for name in PAGES:
            item = QListWidgetItem(nav_icon(name), self.page_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # replaced on first visit
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([160, 1200])
        self.setCentralWidget(splitter)
        self.nav.currentRowChanged.connect(self._show_row)
        self._build_menu()
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.status_label.setText(
            self.tr("Database: %1").replace("%1", services.url.split("///")[-1])
        )
        if not state.restore_window(self):
            self.resize(1280, 720)
        self.nav.setCurrentRow(0)

    def page_title(self, name: str) -> str:
        return {
            "home": self.tr("Needs action now"),
            "students": self.tr("Students"),
            "enterprises": self.tr("Enterprises & posts"),
            "staff": self.tr("Mentors & supervisors"),
            "placements": self.tr("Placements"),
            "apprenticeships": self.tr("Apprenticeships"),
            "board": self.tr("Post board"),
            "pay": self.tr("Pay ledger"),
            "insurance": self.tr("Insurance"),
            "agreements": self.tr("Agreements"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
        }[name]

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        import_action = QAction(self.tr("&Import from Excel…"), self)
        import_action.setObjectName("importAction")
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.open_import)
        file_menu.addAction(import_action)
        shared_action = QAction(self.tr("Export for an enterprise or &insurer…"), self)
        shared_action.setObjectName("sharedExportAction")
        shared_action.triggered.connect(self.open_shared_export)
        file_menu.addAction(shared_action)
        file_menu.addSeparator()
        switch_action = QAction(self.tr("&Switch user…"), self)
        switch_action.setObjectName("switchUserAction")
        switch_action.triggered.connect(self.switch_user)
        file_menu.addAction(switch_action)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, name in enumerate(PAGES, start=1):
            action = QAction(self.page_title(name), self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, n=name: self.show_page(n))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide"), self, objectName="userGuideAction")
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        guide.triggered.connect(lambda _checked=False: self.show_user_guide())
        keys = QAction(self.tr("&Keyboard shortcuts"), self, objectName="shortcutsAction")
        keys.setShortcut(QKeySequence("Ctrl+/"))
        keys.triggered.connect(lambda _checked=False: self.show_shortcuts())
        about = QAction(self.tr("&About"), self, objectName="aboutAction")
        about.triggered.connect(self._about)
        help_menu.addActions([guide, keys])
        help_menu.addSeparator()
        help_menu.addAction(about)

    def show_user_guide(self) -> QWidget:
        """Help ▸ User guide (F1): one non-modal window, raised if already open."""
        from jilin_apprentice.ui.dialogs.help_dialog import HelpDialog

        if self._help is None:
            self._help = HelpDialog(self)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()
        return self._help

    def show_shortcuts(self) -> QWidget:
        """Help ▸ Keyboard shortcuts, read from this window's menus when opened."""
        from jilin_apprentice.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def switch_user(self) -> bool:
        """Log out and let someone else log in; quitting the login closes the window."""
        from jilin_apprentice.ui.dialogs.login_dialog import ask_login, show_user

        self._services.users.logout()
        principal = ask_login(self._services, self)
        if principal is None:
            self.close()
            return False
        show_user(self, principal)
        return True

    def open_import(self) -> None:
        """File ▸ Import: the dialog writes in one transaction; the open page reloads after."""
        from jilin_apprentice.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self._services, self)
        dialog.exec()
        if dialog.imported:
            current = self.stack.currentWidget()
            reload = getattr(current, "reload", None)
            if callable(reload):
                reload()

    def open_shared_export(self) -> None:
        """File ▸ Export for an enterprise or insurer: only students with consent (R-PI-6)."""
        from jilin_apprentice.ui.dialogs.shared_export_dialog import SharedExportDialog

        dialog = SharedExportDialog(self._services, self._state, self._services.today(), self)
        if dialog.exec():
            self.statusBar().showMessage(dialog.summary(), 10_000)

    def _about(self) -> None:
        """Help ▸ About: version, bundled libraries and font with their licences."""
        from jilin_apprentice.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def page(self, name: str) -> QWidget:
        """The page widget, built on first use."""
        if name not in self._pages:
            factory = self._factories.get(name)
            widget = factory() if factory else PlaceholderPage(self.page_title(name), "")
            widget.setObjectName(widget.objectName() or f"{name}Page")
            index = PAGES.index(name)
            old = self.stack.widget(index)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, widget)
            self._pages[name] = widget
        return self._pages[name]

    def show_page(self, name: str) -> QWidget:
        self.nav.setCurrentRow(PAGES.index(name))
        return self.page(name)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            widget = self.page(PAGES[row])
            self.stack.setCurrentWidget(widget)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._state.save_window(self)
        for widget in self._pages.values():
            save = getattr(widget, "save_state", None)
            if callable(save):
                save()
        self._state.sync()
        super().closeEvent(event)
