"""Settings: the language choice is stored and used by the next start."""

from __future__ import annotations

from pathlib import Path

from jilin_apprentice.ui.pages.settings_page import SettingsPage
from jilin_apprentice.ui.state import UiState


def test_language_choice_is_remembered(qtbot, tmp_path: Path):
    state = UiState(tmp_path / "settings.ini")
    assert state.language == "zh_CN"  # Chinese by default
    page = SettingsPage(state)
    qtbot.addWidget(page)
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.notice.text()
    assert UiState(tmp_path / "settings.ini").language == "en"
    page.language.setCurrentIndex(page.language.findData("ko"))
    assert page.language.currentText() == "한국어"
    assert UiState(tmp_path / "settings.ini").language == "ko"


def test_korean_interface_translates_the_main_window(qtbot, services, ui_state):
    """Yanbian officers: the whole window, menus and Qt's own buttons come up in Korean."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from jilin_apprentice.ui.i18n import install_translators, remove_translators
    from jilin_apprentice.ui.launch import build_window

    app = QApplication.instance()
    locale = QLocale()
    install_translators(app, "ko")
    try:
        window = build_window(services, ui_state)
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[0] == "파일(&F)"
        assert all(any("\uac00" <= ch <= "\ud7a3" for ch in text) for text in menus)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "취소"
    finally:
        remove_translators(app)
        QLocale.setDefault(locale)


def test_rule_parameters_are_listed_and_a_new_dated_value_takes_effect(qtbot, services, ui_state):
    """An administrator adds a stricter enterprise cap from 2027; the rules read it from then."""
    import datetime as dt
    import json

    from PySide6.QtCore import QDate

    from jilin_apprentice.services.rule_params import load_rule_params
    from tests.gui.helpers import ok_button, run_modal

    page = SettingsPage(ui_state, services)
    qtbot.addWidget(page)
    box = page.parameters
    keys = [box.table.item(i, 0).text() for i in range(box.table.rowCount())]
    assert "min_wage.jilin" in keys and "night_window" in keys
    box.table.selectRow(keys.index("intern_caps"))

    def bad_then_good(dialog) -> None:
        dialog.since.setDate(QDate(2027, 1, 1))
        dialog.source.setText("吉林省实施细则（示例）")
        dialog.value.setPlainText('{"enterprise_max_pct": "ten", "post_max_pct": 20}')
        ok_button(dialog).click()
        assert dialog.isVisible()
        assert "enterprise_max_pct" in dialog.error.text()
        dialog.value.setPlainText(json.dumps({"enterprise_max_pct": 8, "post_max_pct": 20}))
        ok_button(dialog).click()

    run_modal(box.add_value, bad_then_good)
    assert box.table.rowCount() == len(keys) + 1
    with services.uow.read() as session:
        before = load_rule_params(session, dt.date(2026, 12, 31))
        after = load_rule_params(session, dt.date(2027, 1, 1))
    assert before.enterprise_cap_pct.value == 10
    assert (after.enterprise_cap_pct.value, after.enterprise_cap_pct.source) == (
        8,
        "吉林省实施细则（示例）",
    )
