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
