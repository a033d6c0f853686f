"""The Korean reading copy in the window (issue 9): the school's setting in Settings ▸ General,
and the agreements page's action that follows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from jilin_apprentice import messages, messages_reading_copy
from jilin_apprentice.domain.enums import Role
from jilin_apprentice.services.access import Principal
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.pages.agreements_page import AgreementsPage
from jilin_apprentice.ui.pages.settings_page import SettingsPage
from jilin_apprentice.ui.state import UiState


@pytest.fixture(autouse=True)
def reading_copy_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The English texts as messages.py holds them once messages_reading_copy is merged."""
    for code, text in messages_reading_copy.CODES.items():
        monkeypatch.setitem(messages.CODES, code, text)


@pytest.fixture
def page(qtbot, demo_services: Services, ui_state: UiState) -> AgreementsPage:
    widget = AgreementsPage(demo_services, ui_state)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_the_action_follows_the_school_setting_and_saves_a_copy(
    page: AgreementsPage, demo_services: Services, tmp_path: Path
) -> None:
    row = page.generate_for(demo_services.agreements.ready_placements()[0])
    assert row is not None and row.file_path
    action = page.reading_copy.action
    assert not action.isVisible()  # off by default: no action, nothing to save
    assert page.reading_copy.save(tmp_path / "hidden.pdf") is None
    assert not (tmp_path / "hidden.pdf").exists()

    demo_services.reading_copies.set_offered(True)
    page.load(row.id)
    assert action.isVisible() and action.isEnabled()
    original = Path(row.file_path).read_bytes()
    asked: list[str] = []

    def ask(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(tmp_path / "copy.pdf"), ""

    page.reading_copy.ask_save_file = ask
    action.trigger()
    assert asked and asked[0].endswith(f"{row.number}-ko.pdf")
    assert (tmp_path / "copy.pdf").read_bytes().startswith(b"%PDF-")
    assert row.number in page.notice.text() and not page.notice.isHidden()
    assert Path(row.file_path).read_bytes() == original  # the agreement is untouched

    page.reading_copy.save(Path(row.file_path))  # never over the agreement itself
    title, text = Dialogs.shown[-1]
    assert title == "Reading copy not saved" and "never replaces an agreement" in text
    assert Path(row.file_path).read_bytes() == original

    demo_services.reading_copies.set_offered(False)
    page.load(row.id)
    assert not action.isVisible()


def test_settings_general_turns_the_offer_on_for_an_administrator_only(
    qtbot, services: Services, ui_state: UiState
) -> None:
    settings = SettingsPage(ui_state, services)
    qtbot.addWidget(settings)
    box = settings.reading_copy.offer
    assert box.text() == "Offer a Korean reading copy of agreements"
    assert not box.isChecked() and box.isEnabled()
    box.click()
    assert services.reading_copies.offered() is True
    box.click()
    assert services.reading_copies.offered() is False

    services.access.principal = Principal("clerk", "Clerk", Role.OFFICER)
    officer = SettingsPage(ui_state, services)
    qtbot.addWidget(officer)
    assert not officer.reading_copy.offer.isEnabled()
    officer.reading_copy._toggled(True)  # even if it were clicked, the service refuses
    assert Dialogs.shown[-1][0] == "Not saved"
    assert services.reading_copies.offered() is False
    assert not officer.reading_copy.offer.isChecked()
