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
