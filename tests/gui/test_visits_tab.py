"""The site-visits tab: plan, record with the checklist, cancel, overdue in red; assessments."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from jilin_apprentice.domain.site_checks import ITEM_KEYS
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.services.visit_dto import AssessmentDraft, VisitDraft
from jilin_apprentice.storage.models import Placement
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import FLAG_COLOUR, InsuranceColumns
from jilin_apprentice.ui.pages.apprenticeship.visits_tab import ORANGE, VisitsTab
from tests.conftest import TODAY
from tests.factories import build_world
from tests.gui.helpers import ok_button, run_modal

D = dt.date


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
    w = build_world(services)
    draft = PlacementDraft(
        student_id=w.students[0],
        enterprise_id=w.enterprise,
        post_id=w.post,
        start_date=D(2026, 9, 1),
        end_date=D(2027, 1, 31),
        enterprise_mentor_id=w.mentor,
        school_supervisor_id=w.supervisor,
        pay_amount_fen=350_000,
        filing_ref="备案-1",
    )
    pid = services.placements.create(dataclasses.replace(draft))
    with services.uow() as session:
        session.get(Placement, pid).status = "active"
    return w


@pytest.fixture
def tab(qtbot, world, ui_state, tmp_path):
    host = Host(world.services, ui_state)
    host.saved_to = tmp_path / "visits.xlsx"
    widget = VisitsTab(host)
    qtbot.addWidget(host)
    qtbot.addWidget(widget)
    widget.load()
    return widget


def colour(list_tab, row: int):
    return list_tab.proxy.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)


def test_record_a_visit_through_the_dialog(qtbot, tab, world):
    svc = world.services.visits
    vid = svc.plan(VisitDraft(world.supervisor, world.enterprise, D(2026, 11, 20)))
    tab.load()
    visits = tab.visits
    assert visits.model.rowCount() == 1 and colour(visits, 0) == FLAG_COLOUR  # overdue
    visits.overdue_only.setChecked(True)
    assert visits.proxy.rowCount() == 1
    visits.select(lambda r: r.id == vid)

    def fill(dialog) -> None:
        assert dialog.objectName() == "RecordVisitDialog"
        assert dialog.students.text() == "学生0"  # prefilled: placed there that day
        dialog.visited.setDate(QDate(2026, 11, 21))
        dialog.set_answers({**dict.fromkeys(ITEM_KEYS, "ok"), "pay_received": "problem"})
        dialog.save()  # a problem without a note: refused, the dialog stays open
        assert dialog.isVisible()
        assert dialog.form.message_of("notes")
        dialog.notes.setPlainText("10月报酬晚发，企业承诺15日前补发")
        dialog.revalidate()
        assert ok_button(dialog).isEnabled()
        ok_button(dialog).click()

    run_modal(visits.open_current, fill)
    row = svc.get(vid)
    assert (row.status, row.visited_on, row.problems) == ("done", D(2026, 11, 21), 1)
    assert visits.proxy.rowCount() == 0  # no longer overdue
    visits.overdue_only.setChecked(False)
    assert colour(visits, 0) is None


def test_plan_a_visit_with_ctrl_n_dialog(qtbot, tab, world):
    def fill(dialog) -> None:
        assert dialog.enterprise.count() == 2  # no supervisor chosen yet: every enterprise
        dialog.supervisor.setCurrentIndex(dialog.supervisor.findData(world.supervisor))
        assert dialog.enterprise.count() == 1  # where the supervisor has placements
        dialog.all_enterprises.setChecked(True)
        assert dialog.enterprise.count() == 2
        dialog.all_enterprises.setChecked(False)
        dialog.planned.setDate(QDate(2026, 12, 8))
        dialog.revalidate()
        ok_button(dialog).click()

    run_modal(tab.visits.plan_visit, fill)
    rows = world.services.visits.list()
    assert [(r.planned_on, r.status) for r in rows] == [(D(2026, 12, 8), "planned")]
    assert tab.visits.current().id == rows[0].id


def test_cancel_asks_first(qtbot, tab, world):
    svc = world.services.visits
    vid = svc.plan(VisitDraft(world.supervisor, world.enterprise, D(2026, 12, 2)))
    tab.load()
    tab.visits.select(lambda r: r.id == vid)
    Dialogs.answers = [False]
    tab.visits.cancel_current("企业停产")
    assert svc.get(vid).status == "planned"
    Dialogs.answers = [True]
    tab.visits.cancel_current("企业停产")
    assert svc.get(vid).status == "cancelled"
    assert not tab.visits.needs_row[0].isEnabled()  # a cancelled visit cannot be recorded


def test_assessments_coloured_and_exported(qtbot, tab, world, tmp_path):
    svc = world.services.visits
    svc.record_assessment(
        AssessmentDraft(world.enterprise, D(2025, 10, 1), "王", valid_until=D(2026, 11, 25))
    )
    svc.record_assessment(
        AssessmentDraft(
            world.enterprise, D(2025, 12, 27), "李", valid_until=TODAY + dt.timedelta(30)
        )
    )
    tab.load()
    assessments = tab.assessments
    colours = {
        assessments.proxy.row_at(r).assessor: colour(assessments, r)
        for r in range(assessments.proxy.rowCount())
    }
    assert colours == {"王": FLAG_COLOUR, "李": ORANGE}
    assert tab.inner.tabText(1).endswith("(2)")
    written = assessments.export()
    assert written is not None and written.exists()


def test_record_assessment_dialog_defaults_validity(qtbot, tab, world):
    def fill(dialog) -> None:
        dialog.assessed.setDate(QDate(2026, 1, 31))
        assert dialog.valid.date() == QDate(2027, 1, 31)
        dialog.assessor.setText("王主任")
        dialog.report.setText("评估报告.pdf")
        ok_button(dialog).click()

    run_modal(tab.assessments.record_assessment, fill)
    rows = world.services.visits.assessments()
    assert [(r.assessor, r.valid_until, r.state) for r in rows] == [
        ("王主任", D(2027, 1, 31), "valid")
    ]


def test_plan_a_round_and_cancel_with_a_reason(qtbot, tab, world):
    def refused_then_planned(dialog) -> None:
        dialog.save()  # no supervisor chosen
        assert dialog.isVisible() and dialog.form.message_of("supervisor_id")
        dialog.supervisor.setCurrentIndex(dialog.supervisor.findData(world.supervisor))
        dialog.start.setDate(QDate(2026, 11, 30))
        dialog.end.setDate(QDate(2026, 12, 31))
        dialog.weeks.setValue(2)
        ok_button(dialog).click()

    run_modal(tab.visits.plan_round, refused_then_planned)
    days = sorted(r.planned_on for r in world.services.visits.list())
    assert days == [D(2026, 11, 30), D(2026, 12, 14), D(2026, 12, 28)]
    assert "3" in tab.visits.notice.text()
    tab.visits.select(lambda r: r.planned_on == D(2026, 12, 14))
    Dialogs.answers = [True]

    def reason(dialog) -> None:
        assert dialog.objectName() == "ReasonDialog"
        dialog.save()  # empty: refused, stays open
        assert dialog.isVisible()
        dialog.reason.setText("学校期末考试周")
        ok_button(dialog).click()

    run_modal(tab.visits.cancel_current, reason)
    cancelled = [r for r in world.services.visits.list() if r.status == "cancelled"]
    assert [(r.planned_on, r.notes) for r in cancelled] == [(D(2026, 12, 14), "学校期末考试周")]
