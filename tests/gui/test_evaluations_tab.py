"""The evaluations tab: both rubrics through the dialog, the live score, grading and refusal."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from jilin_apprentice.services.evaluation_dto import EvaluationDraft
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.storage.models import FinalGrade, Placement
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.pages.apprenticeship.evaluations_tab import EvaluationsTab
from tests.factories import build_world
from tests.gui.helpers import ok_button, run_modal
from tests.gui.test_visits_tab import Host

D = dt.date


@pytest.fixture
def world(services):
    w = build_world(services)
    draft = PlacementDraft(
        student_id=w.students[0],
        enterprise_id=w.enterprise,
        post_id=w.post,
        start_date=D(2026, 3, 1),
        end_date=D(2026, 6, 30),
        enterprise_mentor_id=w.mentor,
        school_supervisor_id=w.supervisor,
        pay_amount_fen=350_000,
        filing_ref="备案-1",
    )
    w.placement = services.placements.create(draft)
    with services.uow() as session:
        session.get(Placement, w.placement).status = "completed"
    return w


@pytest.fixture
def tab(qtbot, world, ui_state):
    host = Host(world.services, ui_state)
    widget = EvaluationsTab(host)
    qtbot.addWidget(host)
    qtbot.addWidget(widget)
    widget.load()
    return widget


def test_grade_refused_until_both_sides_then_graded(qtbot, tab, world):
    assert tab.model.rowCount() == 1
    assert tab.current().missing == ("enterprise", "school")
    tab.grade_current()
    assert Dialogs.shown and "Neither the enterprise mentor nor" in Dialogs.shown[-1][1]

    def enterprise(dialog) -> None:
        assert dialog.evaluator.currentData() == world.mentor
        assert dialog.evaluator.count() == 1  # only the placement's enterprise's mentors
        dialog.evaluated.setDate(QDate(2026, 7, 2))
        for key, value in {"attitude": 90, "skills": 85, "safety": 80, "teamwork": 70}.items():
            dialog.spins[key].setValue(value)
        assert dialog.score.text().startswith("<b>82</b>")
        ok_button(dialog).click()

    run_modal(tab.evaluate_enterprise, enterprise)
    assert tab.current().enterprise_score == 82
    assert tab.current().missing == ("school",)
    tab.grade_current()
    assert "school supervisor's evaluation is missing" in Dialogs.shown[-1][1]
    with world.services.uow.read() as session:
        assert session.query(FinalGrade).count() == 0

    def school(dialog) -> None:
        assert dialog.evaluator.currentData() == world.supervisor
        dialog.evaluated.setDate(QDate(2026, 7, 3))
        for spin in dialog.spins.values():
            spin.setValue(98)
        assert dialog.score.text().startswith("<b>98</b>")
        ok_button(dialog).click()

    run_modal(tab.open_current, school)  # Enter opens the missing side
    assert tab.current().missing == ("grade",)
    tab.grade_current()
    row = tab.current()
    assert (row.combined_score, row.grade, row.missing) == (90, "excellent", ())
    assert "90" in tab.notice.text()


def test_a_refused_evaluation_keeps_the_dialog_open(qtbot, tab, world):
    def fill(dialog) -> None:
        dialog.evaluated.setDate(QDate(2026, 2, 27))  # before the placement started
        dialog.save()
        assert dialog.isVisible()
        assert dialog.form.message_of("evaluated_on")
        dialog.evaluated.setDate(QDate(2026, 7, 1))
        ok_button(dialog).click()
        assert not dialog.isVisible()

    run_modal(tab.evaluate_school, fill)
    views = world.services.evaluations.evaluations_of(world.placement)
    assert [(v.role, v.score) for v in views] == [("school_supervisor", 80)]


def test_missing_only_filter(qtbot, tab, world):
    svc = world.services.evaluations
    scores = dict.fromkeys(("attitude", "skills", "safety", "teamwork"), 75)
    for role, who in (("enterprise_mentor", world.mentor), ("school_supervisor", world.supervisor)):
        svc.evaluate(EvaluationDraft(world.placement, role, who, scores, D(2026, 7, 1)))
    svc.grade(world.placement)
    tab.load()
    box = tab.findChild(type(tab.filters.itemAt(0).widget()), "missingOnly")
    box.setChecked(True)
    assert tab.proxy.rowCount() == 0
    box.setChecked(False)
    assert tab.proxy.rowCount() == 1
