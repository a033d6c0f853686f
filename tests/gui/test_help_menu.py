"""Help menu: the user guide, the shortcut list (which must not go stale) and the About box."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QMainWindow, QTabWidget

from jilin_apprentice import __version__
from jilin_apprentice.cli import PAGES
from jilin_apprentice.ui.dialogs.about_dialog import AboutDialog, load_components
from jilin_apprentice.ui.dialogs.help_dialog import HelpDialog, guide_path
from jilin_apprentice.ui.dialogs.shortcuts_dialog import (
    ShortcutsDialog,
    _plain,
    key_text,
    page_keys,
)
from jilin_apprentice.ui.launch import app_icon, build_window
from jilin_apprentice.ui.state import UiState


@pytest.fixture
def window(qtbot, services, tmp_path: Path) -> QMainWindow:
    window = build_window(services, UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    return window


def _help_action(window: QMainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def test_f1_opens_the_chinese_guide_non_modal_once(qtbot, window):
    guide = _help_action(window, "userGuideAction")
    assert guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    guide.trigger()
    dialog = window.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    text = dialog.browser.toPlainText()
    assert "快速入门" in text and "备份与恢复" in text and "常见问题" in text
    assert "jilin_apprentice.log" in text  # where the logs are
    guide.trigger()  # a second F1 raises the same window
    assert len(window.findChildren(HelpDialog)) == 1


def test_guide_has_a_section_for_every_page():
    html = guide_path().read_text(encoding="utf-8")
    missing = [name for name in PAGES if f'name="page-{name}"' not in html]
    assert missing == []
    for anchor in ("start", "import-export", "backup", "rules", "faq", "logs"):
        assert f'name="{anchor}"' in html


@pytest.mark.parametrize(("language", "notice"), [("zh_CN", False), ("en", True), ("ko", True)])
def test_other_languages_say_the_guide_is_chinese(qtbot, language, notice):
    dialog = HelpDialog(language=language)
    qtbot.addWidget(dialog)
    assert dialog.notice.isHidden() is (not notice)
    assert "吉林学徒实习管理" in dialog.browser.toPlainText()  # still the Chinese guide


def test_find_in_guide_moves_to_the_text_and_wraps(qtbot):
    dialog = HelpDialog(language="zh_CN")
    qtbot.addWidget(dialog)
    dialog.find_edit.setText("verify")
    assert dialog.find_next()
    assert dialog.browser.textCursor().selectedText() == "verify"
    dialog.find_edit.setText("没有这段文字")
    assert not dialog.find_next()
    dialog.find_edit.setText("")
    assert not dialog.find_next()


def test_every_menu_shortcut_of_the_window_is_listed(qtbot, window):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = {(row.keys, row.action) for row in dialog.rows}
    actions = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(actions) >= 12  # Ctrl+1…9, import, F1, Ctrl+/
    for action in actions:
        for sequence in action.shortcuts():
            assert (key_text(sequence), _plain(action.text())) in listed, action.text()
    assert dialog.model.rowCount() == len(dialog.rows)
    assert ("Ctrl+/", _plain(_help_action(window, "shortcutsAction").text())) in listed


def test_help_menu_opens_the_shortcut_list(qtbot, window):
    _help_action(window, "shortcutsAction").trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()


def _bound_keys(widget) -> set[str]:
    """Every key a page binds: QShortcut objects, QAction shortcuts, button shortcuts."""
    keys: set[str] = set()
    for shortcut in widget.findChildren(QShortcut):
        keys.add(key_text(shortcut.key()))
    for action in widget.findChildren(QAction):
        keys |= {key_text(s) for s in action.shortcuts() if not s.isEmpty()}
    for button in widget.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():
            keys.add(key_text(button.shortcut()))
    return keys


def test_every_key_a_page_binds_is_in_the_table(qtbot, window):
    documented: dict[str, set[str]] = {}
    for page, keys, _text in page_keys():
        documented.setdefault(page, set()).add(keys)
    for name in PAGES:
        page = window.show_page(name)
        for tabs in page.findChildren(QTabWidget):  # tabs build their contents on show
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
        bound = _bound_keys(page)
        undocumented = bound - documented.get(name, set())
        assert undocumented == set(), f"{name}: {sorted(undocumented)}"
    assert documented["students"] >= {"Ctrl+F", "Ctrl+N", "Enter", "Del"}


def test_filter_and_sort(qtbot, window):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    total = dialog.proxy.rowCount()
    dialog.filter.setText("ctrl+shift+n")  # case-insensitive, any column
    assert dialog.proxy.rowCount() == 1
    assert dialog.count.text().startswith("1 ")
    dialog.filter.setText("no such key at all")
    assert dialog.proxy.rowCount() == 0
    dialog.filter.clear()
    assert dialog.proxy.rowCount() == total
    dialog.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    column = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert column == sorted(column)


def test_plain_removes_mnemonics():
    assert _plain("&File") == "File"
    assert _plain("文件(&F)") == "文件"
    assert _plain("Salt && pepper") == "Salt & pepper"


def test_about_lists_components_with_versions_and_copies_them(qtbot, window):
    from importlib.metadata import version

    _help_action(window, "aboutAction").trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert __version__ in dialog.heading.text()
    table = dialog.table
    assert table.rowCount() == len(load_components()) >= 15
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["SQLAlchemy"] == version("SQLAlchemy")
    assert rows["Qt / PySide6"].startswith(version("PySide6-Essentials"))
    assert rows["WenQuanYi Micro Hei 文泉驿微米黑"] == "0.2.0-beta"
    assert "—" not in rows.values()  # every version found
    table.setCurrentCell(1, 0)  # Qt: the LGPL text is shown
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence.toPlainText()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"Jilin Apprentice {__version__}" in copied
    assert f"SQLAlchemy: {version('SQLAlchemy')}" in copied
    assert "reportlab" not in copied.lower() or f"ReportLab: {version('reportlab')}" in copied


def test_about_does_not_load_the_heavy_libraries():
    """Versions come from metadata: ReportLab, pyHanko and openpyxl stay unloaded."""
    code = (
        "import sys\n"
        "from jilin_apprentice.ui.dialogs.about_dialog import load_components, versions_text\n"
        "text = versions_text(load_components())\n"
        "assert 'ReportLab' in text and 'pyHanko' in text and 'openpyxl' in text, text\n"
        "heavy = [m for m in ('reportlab', 'pyhanko', 'openpyxl') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == "[]"


def test_application_icon_has_every_size():
    icon = app_icon()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert sizes == {(n, n) for n in (16, 24, 32, 48, 64, 128, 256)}
    # at 150 % a 16 px slot asks for 24 px: a rendered size, not a scaled one
    assert icon.pixmap(24, 24).width() == 24


def test_every_page_has_a_navigation_icon_at_three_scales(window):
    from PySide6.QtCore import QSize

    from jilin_apprentice.ui.main_window import nav_icon

    for row, name in enumerate(PAGES):
        assert not window.nav.item(row).icon().isNull(), name
        sizes = {(s.width(), s.height()) for s in nav_icon(name).availableSizes()}
        assert sizes == {(20, 20), (30, 30), (40, 40)}, name
    assert nav_icon("no-such-page").isNull()
    assert window.nav.iconSize() == QSize(20, 20)
