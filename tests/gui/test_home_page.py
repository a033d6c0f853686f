"""Home page "Needs action now": planted breaches, most urgent first, filters, opening."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QColor

from jilin_apprentice.services.compliance import ComplianceFinding
from jilin_apprentice.services.container import Services
from jilin_apprentice.ui.models.findings_table_model import DUE, MESSAGE, RULE, SEVERITY, STUDENT
from jilin_apprentice.ui.pages.home_page import HomePage
from jilin_apprentice.ui.state import UiState

TODAY = dt.date(2026, 11, 26)
RANK = {"block": 0, "warn": 1, "info": 2}


class Opener:
    """Stands in for the placement editor: records the ids, maybe changes the database."""

    def __init__(self) -> None:
        self.opened: list[int] = []
        self.saves = False
        self.on_open: Callable[[int], None] = lambda _pid: None

    def __call__(self, placement_id: int) -> bool:
        self.opened.append(placement_id)
        self.on_open(placement_id)
        return self.saves


@pytest.fixture
def services(demo_services: Services) -> Services:
    """Every test here runs on a copy of the session's demo database."""
    return demo_services


@pytest.fixture
def demo(services: Services) -> Services:
    return services


@pytest.fixture
def listed(demo: Services) -> list[ComplianceFinding]:
    """What the page should list: every finding but the minimum-wage table's."""
    return [f for f in demo.compliance.scan() if f.rule_id != "R-JL-MW-1"]


@pytest.fixture
def opener() -> Opener:
    return Opener()


def make_page(qtbot, services: Services, state: UiState, opener: Opener) -> HomePage:
    page = HomePage(services, state, opener)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.show()
    return page


@pytest.fixture
def page(qtbot, demo: Services, ui_state: UiState, opener: Opener) -> Iterator[HomePage]:
    widget = make_page(qtbot, demo, ui_state, opener)
    yield widget
    QThreadPool.globalInstance().waitForDone(20000)  # no scan left running on a closed database


def rows(page: HomePage) -> list[ComplianceFinding]:
    return [page.model.finding_at(r) for r in range(page.model.rowCount())]  # type: ignore[misc]


def text(page: HomePage, row: int, column: int) -> str:
    return page.model.data(page.model.index(row, column))


def choose(combo, data: object) -> None:
    index = combo.findData(data)
    assert index > 0, f"{data!r} not offered"
    combo.setCurrentIndex(index)


def test_page_is_usable_while_the_first_scan_runs(qtbot, demo, ui_state, opener) -> None:
    page = HomePage(demo, ui_state, opener)
    qtbot.addWidget(page)
    assert page.is_scanning()  # the constructor returned before any result arrived
    assert page.summary.text() == "Scanning…"
    with qtbot.waitSignal(page.loaded, timeout=20000):
        pass
    assert not page.is_scanning()
    assert "blocking" in page.summary.text()
    rows_before = page.model.rowCount()
    assert rows_before > 0
    page.refresh()  # a rescan keeps the rows while it runs, and says it is scanning
    assert not page.scan_state.isHidden()
    assert page.model.rowCount() == rows_before
    with qtbot.waitSignal(page.loaded, timeout=20000):
        pass
    assert page.scan_state.isHidden()
    QThreadPool.globalInstance().waitForDone(20000)


def test_rows_are_most_urgent_first(page, listed) -> None:
    shown = rows(page)
    assert len(shown) == len(listed) > 10
    assert shown[0].severity == "block"
    assert {f.severity for f in shown} >= {"block", "warn"}
    keys = [(RANK[f.severity], f.due) for f in shown]
    assert keys == sorted(keys)  # blocks before warnings, earliest due first within each
    assert text(page, 0, SEVERITY) == "Blocks"
    assert shown[0].due == TODAY and text(page, 0, DUE) == "2026-11-26 (today)"
    later = next(r for r, f in enumerate(shown) if f.due and f.due > TODAY)
    days = (shown[later].due - TODAY).days
    assert text(page, later, DUE) == f"{shown[later].due.isoformat()} (in {days} day(s))"
    red = page.model.data(page.model.index(0, SEVERITY), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(red, QColor) and red.red() > 150 and red.green() < 50


def test_summary_counts_the_listed_findings(page, listed) -> None:
    blocks = sum(f.severity == "block" for f in listed)
    warnings = sum(f.severity == "warn" for f in listed)
    due = sum(f.due is not None and f.due <= TODAY + dt.timedelta(days=14) for f in listed)
    summary = page.findChild(type(page.summary), "summary").text()
    assert f"{blocks} blocking issue(s)" in summary
    assert f"{warnings} warning(s)" in summary
    assert f"{due} due within 14 day(s)" in summary


def test_age_row_shows_the_age_and_the_student_by_name_only(page, listed) -> None:
    row = next(r for r, f in enumerate(rows(page)) if f.rule_id == "R-AGE-1")
    finding = page.model.finding_at(row)
    assert finding is not None
    message = text(page, row, MESSAGE)
    assert "15" in message and "16" in message
    assert text(page, row, RULE).startswith("R-AGE-1 · ")
    assert text(page, row, STUDENT) == finding.student_name
    assert not any(ch.isdigit() for ch in text(page, row, STUDENT))  # no ID number
    tooltip = page.model.data(page.model.index(row, STUDENT), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == message
    page.table.selectRow(row)
    assert "15" in page.detail.text() and "R-AGE-1" in page.detail.text()


def test_min_wage_table_is_a_banner_not_rows(page, demo) -> None:
    stale = {f.placement_id for f in demo.compliance.scan() if f.rule_id == "R-JL-MW-1"}
    assert len(stale) > 5
    assert not page.banner.isHidden()
    assert page.banner.objectName() == "minWageBanner"
    assert f"{len(stale)} placement(s)" in page.banner.text()
    assert "2021-12-01" in page.banner.text() and "Settings" in page.banner.text()
    assert all(f.rule_id != "R-JL-MW-1" for f in rows(page))


def test_severity_filter_leaves_only_warnings(page, listed) -> None:
    choose(page.severity_filter, "warn")
    shown = rows(page)
    assert len(shown) == sum(f.severity == "warn" for f in listed) > 0
    assert all(f.severity == "warn" for f in shown)
    assert page.shown_count.text() == f"{len(shown)} of {len(listed)} shown"
    page.severity_filter.setCurrentIndex(0)
    assert len(rows(page)) == len(listed)
    assert page.shown_count.text() == ""


def test_class_filter_leaves_only_that_class(page, listed) -> None:
    combo = page.class_filter
    offered = [combo.itemData(i) for i in range(1, combo.count())]
    assert sorted(offered) == sorted({f.class_id for f in listed})
    class_id = max(offered, key=lambda c: sum(f.class_id == c for f in listed))
    choose(combo, class_id)
    shown = rows(page)
    assert 0 < len(shown) < len(listed)
    assert {f.class_id for f in shown} == {class_id}
    assert len(shown) == sum(f.class_id == class_id for f in listed)


def test_filters_combine(page, listed) -> None:
    enterprise = listed[0].enterprise_id
    choose(page.enterprise_filter, enterprise)
    choose(page.severity_filter, "block")
    expected = [f for f in listed if f.enterprise_id == enterprise and f.severity == "block"]
    assert len(rows(page)) == len(expected) > 0


def test_due_only_leaves_rows_due_within_the_window(page, listed) -> None:
    assert page.due_only.objectName() == "dueOnly" and "14" in page.due_only.text()
    page.due_only.setChecked(True)
    limit = TODAY + dt.timedelta(days=14)
    shown = rows(page)
    assert 0 < len(shown) < len(listed)  # the demo has findings due later too
    assert all(f.due is not None and f.due <= limit for f in shown)
    assert len(shown) == sum(f.due is not None and f.due <= limit for f in listed)


def test_double_click_opens_that_rows_placement(qtbot, page, opener) -> None:
    row = 3
    expected = page.model.finding_at(row).placement_id
    rect = page.table.visualRect(page.model.index(row, STUDENT))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opener.opened == [expected]
    assert not page.is_scanning()  # nothing saved, nothing to rescan


def test_enter_opens_and_a_save_rescans(qtbot, page, opener, demo) -> None:
    row, draft = next((r, f) for r, f in enumerate(rows(page)) if f.status == "draft")
    opener.saves = True
    opener.on_open = demo.placements.delete  # what the officer did in the editor
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    page.table.selectRow(row)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opener.opened == [draft.placement_id]
    assert all(f.placement_id != draft.placement_id for f in rows(page))


def test_refresh_keeps_filters_and_picks_up_changes(qtbot, page, demo, listed) -> None:
    choose(page.severity_filter, "block")
    doomed = next(f for f in rows(page) if f.status == "draft")
    demo.placements.delete(doomed.placement_id)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh_button.click()
    assert page.severity_filter.currentData() == "block"
    assert all(f.severity == "block" for f in rows(page))
    assert all(f.placement_id != doomed.placement_id for f in rows(page))


def test_refresh_during_a_scan_rescans_once_more(qtbot, page, demo, monkeypatch) -> None:
    scans: list[int] = []
    real_scan = demo.compliance.scan
    monkeypatch.setattr(demo.compliance, "scan", lambda: scans.append(1) or real_scan())
    loads: list[int] = []
    page.loaded.connect(lambda: loads.append(1))
    page.refresh()
    page.refresh()  # e.g. a save while the scan runs: its result could be stale
    page.refresh()  # asking again while a rerun is pending adds nothing
    qtbot.waitUntil(lambda: loads == [1], timeout=20000)
    qtbot.wait(200)
    assert scans == [1, 1]  # the stale result was dropped, not shown
    assert loads == [1]
    assert not page.is_scanning()


def test_header_layout_is_remembered(qtbot, page, demo, ui_state, opener) -> None:
    header = page.table.horizontalHeader()
    header.resizeSection(STUDENT, 173)
    page.save_state()
    again = make_page(qtbot, demo, ui_state, opener)
    assert again.table.horizontalHeader().sectionSize(STUDENT) == 173
    QThreadPool.globalInstance().waitForDone(20000)


def test_personal_data_to_do_is_one_notice_with_the_rule_ids(page, demo) -> None:
    """R-PI-3 and R-PI-8 are per student: counted in a notice, not listed as placement rows."""
    to_do = demo.privacy.to_do()
    assert to_do.without_notice == len(demo.privacy.students_without_notice())
    assert to_do.due_for_review == len(demo.privacy.due_for_review().candidates)
    assert to_do.without_notice > 0 and to_do.due_for_review > 0  # the demo plants both
    text = page.privacy_banner.text()
    assert not page.privacy_banner.isHidden()
    assert f"{to_do.without_notice} student(s) with a placement" in text and "R-PI-3" in text
    assert f"{to_do.due_for_review} former student(s)" in text and "R-PI-8" in text
    assert all(f.rule_id not in ("R-PI-3", "R-PI-8") for f in rows(page))


def test_no_personal_data_notice_when_nothing_is_due(qtbot, services, ui_state, opener) -> None:
    page = make_page(qtbot, services, ui_state, opener)
    page._show_privacy(None)
    assert page.privacy_banner.isHidden()
    from jilin_apprentice.services.privacy_dto import PrivacyToDo

    page._show_privacy(PrivacyToDo(without_notice=0, due_for_review=1))
    assert not page.privacy_banner.isHidden()
    assert "R-PI-3" not in page.privacy_banner.text() and "R-PI-8" in page.privacy_banner.text()
