"""The calendar tab: choose, pattern, generate (confirmed), mark leave by keyboard, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from jilin_apprentice.domain.enums import DayType
from jilin_apprentice.domain.training_calendar import CalendarPattern
from jilin_apprentice.storage.models import (
    Apprenticeship,
    ApprenticeshipProgramme,
    Placement,
    Post,
    ProgrammeMember,
)
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import InsuranceColumns
from jilin_apprentice.ui.pages.apprenticeship.calendar_tab import CalendarTab
from tests.factories import build_world, forget_holidays
from tests.gui.helpers import ok_button, run_modal

D = dt.date
PATTERN = CalendarPattern(D(2026, 12, 7), D(2027, 2, 26), enterprise_hours_x10=90)


class Host(QWidget):
    """The little of ApprenticeshipsPage a tab uses."""

    def __init__(self, services, state) -> None:
        super().__init__()
        self.services, self.state = services, state
        self.texts = InsuranceColumns(self)
        self.saved_to: Path | None = None

    def show_tab_count(self, tab) -> None:
        pass

    def open_placement(self, placement_id: int) -> None:
        pass

    def ask_save_path(self, name: str, kind: str = "xlsx") -> Path | None:
        return self.saved_to


@pytest.fixture
def world(services):
    forget_holidays(services, 2027)  # the notice names a year without a stored list
    w = build_world(services)
    with services.uow() as session:
        apps = []
        for student in w.students[:2]:
            app = Apprenticeship(
                student_id=student,
                programme="school_joint",
                employer_id=w.enterprise,
                start_date=D(2026, 12, 1),
                end_date=D(2027, 2, 28),
            )
            session.add(app)
            apps.append(app)
        prog = ApprenticeshipProgramme(
            name="汽修现代学徒制",
            programme="school_joint",
            enterprise_id=w.enterprise,
            start_date=D(2026, 12, 1),
            end_date=D(2027, 2, 28),
            calendar_pattern=PATTERN.to_json(),
        )
        session.add(prog)
        session.flush()
        for app in apps:
            session.add(ProgrammeMember(programme_id=prog.id, apprenticeship_id=app.id))
        session.flush()
        w.apps = [a.id for a in apps]  # type: ignore[attr-defined]
        w.programme = prog.id  # type: ignore[attr-defined]
    return w


@pytest.fixture
def tab(qtbot, world, ui_state, tmp_path):
    host = Host(world.services, ui_state)
    host.saved_to = tmp_path / "calendar.xlsx"
    widget = CalendarTab(host)
    qtbot.addWidget(host)
    widget.setParent(host)
    widget.resize(1200, 700)
    widget.load()
    return widget


def test_generate_after_confirming_shows_days_summary_and_findings(tab, world):
    assert tab.programme.count() == 1 and tab.member.count() == 2
    assert tab.member.currentData() == world.apps[0]
    assert not tab.generate()  # declined by default: nothing written
    assert world.services.calendar.days(world.apps[0]) == []
    Dialogs.answers = [True]
    assert tab.generate()
    assert "120" in tab.notice.text()  # 2 x 60 days
    assert "2027" in tab.notice.text()  # no public holidays stored for 2027
    assert len(tab._days) == 60
    assert "30" in tab.summary.text()
    texts = [tab.findings.item(i).text() for i in range(tab.findings.count())]
    assert any("2026-12-21" in t for t in texts)  # first 9-hour enterprise day
    assert tab.grid._cells[D(2026, 12, 21)].label == "Ent"


def test_generate_refused_on_conflict_warns_and_writes_nothing(tab, world):
    services = world.services
    with services.uow() as session:
        other = session.get(Post, world.other_post).enterprise_id
        session.add(
            Placement(
                student_id=world.students[1],
                enterprise_id=other,
                post_id=world.other_post,
                type="post",
                status="active",
                start_date=D(2027, 1, 4),
                end_date=D(2027, 1, 8),
            )
        )
    Dialogs.answers = [True]
    assert not tab.generate()
    _title, text = Dialogs.shown[-1]
    assert "学生1" in text and "2027-01-04" in text
    assert services.calendar.days(world.apps[0]) == []


def test_pattern_dialog_refuses_no_weekdays_then_saves(tab, world):
    def interact(dialog):
        for box in dialog.days:
            box.setChecked(False)
        dialog.revalidate()
        assert not ok_button(dialog).isEnabled()
        assert dialog.form.message_of("weekdays")
        dialog.days[0].setChecked(True)
        dialog.days[2].setChecked(True)
        dialog.school_weeks.setValue(1)
        dialog.revalidate()
        assert ok_button(dialog).isEnabled()
        assert dialog.preview.text()
        ok_button(dialog).click()

    run_modal(tab.edit_pattern, interact)
    saved = world.services.calendar.pattern(world.programme)
    assert saved.weekdays == frozenset({0, 2}) and saved.school_weeks == 1


def test_mark_leave_by_keyboard(tab, world, qtbot):
    Dialogs.answers = [True]
    tab.generate()
    tab.grid.setFocus()
    tab.grid.move_to(D(2026, 12, 8))
    qtbot.keyClick(tab.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert tab.grid.selection() == [D(2026, 12, 8), D(2026, 12, 9), D(2026, 12, 10)]
    assert tab.leave_button.isEnabled()

    def interact(dialog):
        assert dialog.kind.currentData() == DayType.LEAVE
        assert not dialog.hours.isEnabled()
        dialog.note.setText("病假")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    run_modal(lambda: tab.set_days(DayType.LEAVE), interact)
    by_day = {d.day: d for d in world.services.calendar.days(world.apps[0])}
    assert by_day[D(2026, 12, 9)].day_type == DayType.LEAVE and by_day[D(2026, 12, 9)].manual
    assert tab.grid._cells[D(2026, 12, 9)].manual


def test_set_day_outside_the_apprenticeship_stays_open(tab, world):
    tab.grid.move_to(D(2026, 12, 1))
    tab.grid.set_range(D(2026, 11, 1), D(2026, 12, 31))  # wider than the apprenticeship
    tab.grid.move_to(D(2026, 11, 30))

    def interact(dialog):
        ok_button(dialog).click()
        assert dialog.isVisible()
        assert "2026-11-30" in dialog.form.message_of("calendar.dates")

    run_modal(tab.set_days, interact)
    assert world.services.calendar.days(world.apps[0]) == []


def test_export_and_remembered_choice(tab, world, ui_state, tmp_path):
    Dialogs.answers = [True]
    tab.generate()
    tab.member.setCurrentIndex(1)
    path = tab.export()
    assert path is not None and path.exists()
    sheet = openpyxl.load_workbook(path).active
    assert sheet.max_row == 61  # header + 60 days
    tab.save_state()
    again = CalendarTab(tab.page)
    again.load()
    assert again.member.currentData() == world.apps[1]
