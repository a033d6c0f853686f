"""Export to Excel… on the placements page (not ListTab-based): what the table shows."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from jilin_apprentice.storage.models import Placement
from jilin_apprentice.ui.pages.placements_page import PlacementsPage
from jilin_apprentice.ui.widgets.table_view_export import _typed
from tests.factories import build_world


def test_placements_page_exports_filtered_sorted_rows(qtbot, services, ui_state, tmp_path):
    world = build_world(services)
    with services.uow() as session:
        for i, student in enumerate(world.students[:3]):
            session.add(
                Placement(
                    student_id=student, enterprise_id=world.enterprise, post_id=world.post,
                    type="post", start_date=dt.date(2027, 3, 1 + i),
                    end_date=dt.date(2027, 6, 30), status="draft" if i else "approved",
                )
            )  # fmt: skip
    page = PlacementsPage(services, ui_state)
    qtbot.addWidget(page)
    page.reload()
    page.status.setCurrentIndex(1)  # drafts only
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    out = page.export(tmp_path / "p.xlsx")
    sheet = load_workbook(out).active
    assert sheet.max_row == 3
    assert [sheet.cell(row=r, column=1).value for r in (2, 3)] == ["学生2", "学生1"]
    assert sheet.cell(row=2, column=7).value == "2027-03-03 – 2027-06-30"  # shown text


def test_cells_are_typed_like_the_screen_shows_them() -> None:
    assert _typed("2026-11-26") == dt.date(2026, 11, 26)
    assert _typed("2026-02-30") == "2026-02-30"  # not a date: stays as shown
    assert _typed("12") == 12 and _typed("0") == 0
    assert _typed("2024000052") == "2024000052"  # a student number stays text
    assert _typed("007") == "007" and _typed("") is None and _typed(None) is None
    assert _typed("=1+1") == "=1+1"  # the writer defuses it
