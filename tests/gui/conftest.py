"""GUI fixtures: real services on a temporary database, dialogs turned into log lines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.state import UiState


@pytest.fixture(autouse=True)
def no_dialogs() -> Iterator[None]:
    Dialogs.enabled = False
    Dialogs.answers = []
    Dialogs.shown = []
    yield
    Dialogs.answers = []


@pytest.fixture
def ui_state(tmp_path: Path) -> UiState:
    return UiState(tmp_path / "settings.ini")
