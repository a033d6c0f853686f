"""Install the app's and Qt's own translations; Chinese is the default language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jilin_apprentice.paths import resources_dir

log = logging.getLogger(__name__)
LANGUAGES = ("zh_CN", "en", "ko")
_installed: list[QTranslator] = []


def remove_translators(app: QCoreApplication) -> None:
    """Back to the English source strings (also used by tests that switch language)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def install_translators(app: QCoreApplication, language: str) -> None:
    """Load `resources/i18n/app_<lang>.qm` and Qt's qtbase translations (standard buttons)."""
    remove_translators(app)
    QLocale.setDefault(QLocale(language))
    app_qm = resources_dir() / "i18n" / f"app_{language}.qm"
    candidates = [(str(app_qm), "")]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en":
        candidates.append((f"qtbase_{language}", qt_dir))
    for name, folder in candidates:
        translator = QTranslator(app)
        loaded = translator.load(name, folder) if folder else translator.load(name)
        if loaded:
            app.installTranslator(translator)
            _installed.append(translator)
        elif language != "en":
            log.warning("Translation %s not found", name)
