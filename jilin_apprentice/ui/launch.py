"""Start the Qt application: font, translations, main window, smoke test and screenshots."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget, QWidget

from jilin_apprentice.cli import PAGES
from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.paths import DataPaths, resources_dir
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.i18n import install_translators
from jilin_apprentice.ui.main_window import MainWindow
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.state import UiState

log = logging.getLogger(__name__)
# Loaded only when first needed (issue 9); the smoke test reports any that the first window pulled.
HEAVY_MODULES = (
    "reportlab",
    "pyhanko",
    "openpyxl",
    "python_calamine",
    "PySide6.QtCharts",
    "alembic",
)
FONT_FILE = "WenQuanYiMicroHei.ttf"


def make_application(language: str) -> QApplication:
    """One QApplication with the bundled CJK font, so the app looks the same on every PC."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("JilinApprentice")
    app.setOrganizationName("JilinApprentice")
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0])
        font.setPointSize(10)
        app.setFont(font)
    else:
        log.warning("Bundled font %s could not be loaded", FONT_FILE)
    install_translators(app, language)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """Every rendered size, so 150 % scaling picks a sharp one (resources/icons/render.py)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = folder / f"app_{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


def _home_page(
    services: Services, state: UiState, open_placement: Callable[[int], bool]
) -> QWidget:
    from jilin_apprentice.ui.pages.home_page import HomePage

    return HomePage(services, state, open_placement)


def _insurance_page(
    services: Services, state: UiState, open_placement: Callable[[int], bool]
) -> QWidget:
    from jilin_apprentice.ui.pages.insurance_page import InsurancePage

    return InsurancePage(services, state, open_placement=open_placement)


def _apprenticeships_page(
    services: Services, state: UiState, open_placement: Callable[[int], bool]
) -> QWidget:
    from jilin_apprentice.ui.pages.apprenticeships_page import ApprenticeshipsPage

    return ApprenticeshipsPage(services, state, open_placement=open_placement)


def _board_page(services: Services, state: UiState) -> QWidget:
    from jilin_apprentice.ui.pages.board_page import BoardPage

    return BoardPage(services, state)


def _reports_page(services: Services, state: UiState) -> QWidget:
    from jilin_apprentice.ui.pages.reports_page import ReportsPage

    return ReportsPage(services, state)


def _pay_page(services: Services, state: UiState) -> QWidget:
    from jilin_apprentice.ui.pages.pay_page import PayPage

    return PayPage(services, state)


def _agreements_page(services: Services, state: UiState) -> QWidget:
    from jilin_apprentice.ui.pages.agreements_page import AgreementsPage

    return AgreementsPage(services, state)


def _list_page(module: str, name: str, services: Services, state: UiState) -> QWidget:
    """Pages are imported when first shown, not at start (issue 9: a usable window in 1 s)."""
    page_class = getattr(importlib.import_module(f"jilin_apprentice.ui.pages.{module}"), name)
    if name == "SettingsPage":
        return page_class(state, services)
    return page_class(services, state)


def page_factories(
    services: Services, state: UiState, main: Callable[[], MainWindow]
) -> dict[str, Callable[[], QWidget]]:
    def open_placement(placement_id: int) -> bool:
        from jilin_apprentice.ui.dialogs.placement_dialog import PlacementDialog

        dialog = PlacementDialog(services, placement_id, parent=main())
        dialog.exec()
        return dialog.changed

    factories: dict[str, Callable[[], QWidget]] = {
        "home": lambda: _home_page(services, state, open_placement),
        "placements": lambda: _list_page("placements_page", "PlacementsPage", services, state),
        "insurance": lambda: _insurance_page(services, state, open_placement),
        "apprenticeships": lambda: _apprenticeships_page(services, state, open_placement),
        "board": lambda: _board_page(services, state),
        "reports": lambda: _reports_page(services, state),
        "pay": lambda: _pay_page(services, state),
        "agreements": lambda: _agreements_page(services, state),
        "students": lambda: _list_page("students_page", "StudentsPage", services, state),
        "enterprises": lambda: _list_page("enterprises_page", "EnterprisesPage", services, state),
        "staff": lambda: _list_page("staff_page", "StaffPage", services, state),
        "settings": lambda: _list_page("settings_page", "SettingsPage", services, state),
    }
    return factories


def build_window(services: Services, state: UiState) -> MainWindow:
    holder: list[MainWindow] = []
    window = MainWindow(services, state, page_factories(services, state, lambda: holder[0]))
    holder.append(window)
    return window


def _parse_size(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def run_gui(services: Services, args: argparse.Namespace, paths: DataPaths, log_path: Path) -> int:
    """The window after a login (or, on a new database, the first administrator's setup).

    `--smoke-test` and `--screenshot` are automation run by whoever controls this computer's
    files: they skip the login and act as the local system administrator, like the command line.
    """
    state = UiState(paths.settings_file)
    language = args.lang or state.language
    app = make_application(language)
    Dialogs.enabled = not (args.no_dialogs or args.smoke_test or args.screenshot)
    install_excepthook(log_path)
    if args.smoke_test:
        window = build_window(services, state)
        run_start_up_checks(services, window)  # in the background, as for a person
        return smoke_test(window, app)
    if args.screenshot:
        size = _parse_size(args.size)
        window = build_window(services, state)
        return screenshot(window, app, Path(args.screenshot), args.page, size, args.tab)
    from jilin_apprentice.ui.dialogs.login_dialog import ask_login, show_user

    principal = ask_login(services)
    if principal is None:  # Cancel / Quit
        return 0
    window = build_window(services, state)
    show_user(window, principal)
    window.show()
    run_start_up_checks(services, window)
    return app.exec()


class _ChecksDone(QObject):
    finished = Signal(object)  # DomainError or None, delivered on the GUI thread


class _ChecksJob(QRunnable):
    def __init__(self, services: Services, signals: _ChecksDone) -> None:
        super().__init__()
        self._services, self._signals = services, signals

    def run(self) -> None:
        try:
            problem = self._services.start_up_checks()
        except Exception:  # a check that fails to run must not take the window down
            log.exception("Start-up checks failed")
            problem = None
        try:
            self._signals.finished.emit(problem)
        except RuntimeError:  # the window closed while the checks ran: nobody left to tell
            if problem is not None:
                log.error("Start-up check found a problem after the window closed: %s", problem)


def run_start_up_checks(services: Services, window: QWidget) -> _ChecksDone:
    """The integrity check and the daily backup, after the window is usable (issue 8: they read
    the whole file); a damaged file is reported with the backup to restore."""
    signals = _ChecksDone(window)

    def report(problem: object) -> None:
        if problem is not None:
            title = QCoreApplication.translate("Launch", "The database is damaged")
            Dialogs.warning(window, title, translate_error(problem))  # type: ignore[arg-type]

    signals.finished.connect(report)
    QThreadPool.globalInstance().start(_ChecksJob(services, signals))
    return signals


def smoke_test(window: MainWindow, app: QApplication) -> int:
    """Show the window and visit every page; any exception fails the run."""
    try:
        window.show()
        app.processEvents()
        ready = time.time()  # the first page is usable now; benchmarks read this line
        if sys.stdout:
            sys.stdout.write(f"window ready at {ready:.3f} rss_mib={_rss_mib():.0f}\n")
            loaded = [name for name in HEAVY_MODULES if name in sys.modules]
            sys.stdout.write(f"heavy modules at ready: {' '.join(loaded) or 'none'}\n")
        for name in PAGES:
            window.show_page(name)
            app.processEvents()
        sys.stdout.write(f"smoke test ok: {len(PAGES)} pages\n") if sys.stdout else None
        return 0
    except Exception:
        log.exception("Smoke test failed")
        if sys.stderr:
            traceback.print_exc()
        return 1
    finally:
        window.close()


def _rss_mib() -> float:
    """Peak resident memory of this process (Linux: KiB, macOS: bytes); 0 where unknown."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def screenshot(
    window: MainWindow,
    app: QApplication,
    out: Path,
    page: str | None,
    size: tuple[int, int] | None,
    tab: int = 0,
) -> int:
    window.resize(*(size or (1366, 768)))
    window.show()
    shown = window.show_page(page or "home")
    tabs = getattr(shown, "tabs", None)
    if tab and isinstance(tabs, QTabWidget):
        tabs.setCurrentIndex(tab)
    deadline = time.monotonic() + 15  # pages that load in the background finish first
    while True:
        app.processEvents()
        busy = getattr(shown, "is_scanning", None)
        if not (callable(busy) and busy()) or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(out))
    window.close()
    return 0 if ok else 1


def install_excepthook(log_path: Path) -> None:
    """Bugs: log, then the crash dialog (short message, details folded away, the log path)."""
    from jilin_apprentice.ui.dialogs.crash_dialog import CrashHandler

    sys.excepthook = CrashHandler(log_path)


def show_fatal_error(exc: DomainError, args: argparse.Namespace, log_path: Path) -> int:
    """The database could not be opened: say why in the UI language, change nothing."""
    app = make_application(args.lang or "zh_CN")
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Launch", "Cannot open the database"),
        translate_error(exc)
        + "\n\n"
        + QCoreApplication.translate("Launch", "Log: %1").replace("%1", str(log_path)),
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    QTimer.singleShot(0, box.raise_)
    box.exec()
    del app
    return 2


__all__ = ["run_gui", "show_fatal_error"]
