"""The dashboard page on the demo school: every chart built with the expected series, the
text alternative under each chart, the year selector, and the yearly report written through
the save dialog (replaced by a stub). Qt Charts stays out of application start-up."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QHorizontalBarSeries, QLineSeries, QPieSeries

from jilin_apprentice.services.container import Services
from jilin_apprentice.services.demo_statistics import WEEKS, seed_demo_statistics
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.pages.reports_page import MAX_BARS, ReportsPage
from jilin_apprentice.ui.state import UiState
from jilin_apprentice.ui.widgets.charts import CHART_MIN_HEIGHT

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def page(qtbot, demo_services: Services, ui_state: UiState) -> ReportsPage:
    seed_demo_statistics(demo_services)
    widget = ReportsPage(demo_services, ui_state)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()  # the first show loads the dashboard
    return widget


def _series(page: ReportsPage, key: str) -> list:
    return page.charts[key].chart().series()


def test_every_chart_is_built_with_its_series(page):
    d = page.data
    assert d is not None and d.year == TODAY.year and page.selected_year() == 2026
    (status,) = _series(page, "status")
    assert isinstance(status, QPieSeries) and status.count() == len(d.by_status)
    assert sum(s.value() for s in status.slices()) == d.total
    (kinds,) = _series(page, "type")
    assert kinds.count() == len(d.by_type)
    for key, rows in (
        ("industry", d.by_industry),
        ("major", d.by_major),
        ("enterprise", d.by_enterprise),
    ):
        (bars,) = _series(page, key)
        assert isinstance(bars, QHorizontalBarSeries) and bars.count() == 1
        assert bars.barSets()[0].count() == min(MAX_BARS, len(rows))
    (supply,) = _series(page, "supply")
    assert [b.label() for b in supply.barSets()] == ["Open places", "Available students"]
    (rate,) = _series(page, "rate")
    assert rate.barSets()[0].count() == len(d.placement_rates)
    (pay,) = _series(page, "pay")
    assert sum(pay.barSets()[0].at(i) for i in range(pay.barSets()[0].count())) == d.pay.count
    (cover,) = _series(page, "insurance")
    assert [s.value() for s in cover.slices()] == [
        d.insurance.covered,
        d.insurance.needing - d.insurance.covered,
    ]
    lines = _series(page, "compliance")
    assert len(lines) == 2 and all(isinstance(s, QLineSeries) for s in lines)
    assert lines[0].count() == WEEKS + 1
    assert all(card.view.minimumHeight() >= CHART_MIN_HEIGHT for card in page.charts.values())


def test_each_chart_has_a_text_alternative(page):
    card = page.charts["major"]
    assert card.table.isHidden()
    card.toggle.setChecked(True)
    assert not card.table.isHidden()
    assert card.table.rowCount() == len(page.data.by_major)
    first = page.data.by_major[0]
    assert card.table.item(0, 0).text() == first.label
    assert card.table.item(0, 1).text() == str(first.count)
    assert first.label in card.view.toolTip()
    compliance = page.charts["compliance"].table
    assert compliance.rowCount() == WEEKS + 1
    assert compliance.item(WEEKS, 0).text() == TODAY.isoformat()


def test_year_selector_reloads(page):
    index = page.year.findData(2025)
    assert index >= 0
    page.year.setCurrentIndex(index)
    assert page.data.year == 2025
    assert _series(page, "status")[0].count() == len(page.data.by_status)


def test_empty_year_shows_placeholders(page):
    page.year.addItem("2010", 2010)
    page.year.setCurrentIndex(page.year.count() - 1)
    assert page.data.total == 0
    assert _series(page, "status") == [] and page.charts["status"].chart().title()
    assert page.charts["major"].table.rowCount() == 0


def test_yearly_reports_through_the_save_dialog(page, tmp_path, ui_state):
    target = tmp_path / "out" / "年报.xlsx"
    target.parent.mkdir()
    page.ask_save_file = lambda *_a: (str(target), "")
    assert page.export_report("xlsx") == target
    assert "专业安排率" in load_workbook(target).sheetnames
    assert ui_state.value("reports/exportDir") == str(target.parent)
    pdf = page.export_report("pdf", tmp_path / "年报.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    page.ask_save_file = lambda *_a: ("", "")
    assert page.export_report("pdf") is None  # cancelled


def test_unwritable_path_warns(page, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert page.export_report("pdf", blocker / "sub" / "r.pdf") is None
    assert Dialogs.shown and Dialogs.shown[-1][0] == "Yearly report"


def test_charts_are_not_loaded_at_start_up():
    code = (
        "import sys, jilin_apprentice.ui.launch, jilin_apprentice.app;"
        "print('PySide6.QtCharts' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == "False"
