"""The joint evaluation (R-EVAL-1): both sides' rubrics, the grade, what is missing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.services.evaluation_dto import EvaluationDraft
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.storage.models import AuditEntry, Evaluation, FinalGrade, Placement
from tests.conftest import TODAY
from tests.factories import build_world

D = dt.date
START, END = D(2026, 3, 1), D(2026, 6, 30)
SCORES = {"attitude": 90, "skills": 85, "safety": 80, "teamwork": 70}  # weighted 82


@pytest.fixture
def world(services):
    return build_world(services)


def placement(w, student=0, status="completed", start=START, end=END) -> int:
    draft = PlacementDraft(
        student_id=w.students[student],
        enterprise_id=w.enterprise,
        post_id=w.post,
        type="post",
        start_date=start,
        end_date=end,
        enterprise_mentor_id=w.mentor,
        school_supervisor_id=w.supervisor,
        pay_amount_fen=350_000,
        filing_ref="备案-1",
    )
    pid = w.services.placements.create(draft)
    with w.services.uow() as session:
        session.get(Placement, pid).status = status
    return pid


def count(services, model) -> int:
    with services.uow.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def codes(error: ValidationFailed) -> dict[str, str]:
    return {v.field: v.code for v in error.violations}


def enterprise_side(w, pid, scores=SCORES, **kw) -> EvaluationDraft:
    base = EvaluationDraft(pid, "enterprise_mentor", w.mentor, scores, D(2026, 7, 2), "认真负责")
    return dataclasses.replace(base, **kw)


def school_side(w, pid, scores=SCORES, **kw) -> EvaluationDraft:
    base = EvaluationDraft(pid, "school_supervisor", w.supervisor, scores, D(2026, 7, 3))
    return dataclasses.replace(base, **kw)


def test_rubric_from_reference_data(services):
    rubric = services.evaluations.rubric()
    assert rubric.criteria == (("attitude", 20), ("skills", 40), ("safety", 20), ("teamwork", 20))
    assert rubric.enterprise_weight_pct == 50
    assert rubric.bands == (("excellent", 90), ("good", 80), ("pass", 60))


def test_both_sides_then_grade(world):
    svc = world.services.evaluations
    pid = placement(world)
    view = svc.evaluate(enterprise_side(world, pid))
    assert (view.score, view.role, view.evaluator_name) == (82, "enterprise_mentor", "李师傅")
    school = {"attitude": 100, "skills": 100, "safety": 95, "teamwork": 95}  # 98
    assert svc.evaluate(school_side(world, pid, school)).score == 98
    grade = svc.grade(pid)
    assert (grade.enterprise_score, grade.school_score, grade.combined_score) == (82, 98, 90)
    assert (grade.grade, grade.enterprise_weight_pct, grade.graded_on) == ("excellent", 50, TODAY)
    row = next(r for r in svc.list() if r.placement_id == pid)
    assert (row.combined_score, row.grade, row.missing) == (90, "excellent", ())
    # a changed evaluation regrades at once: 82 and 97 -> 89.5 -> 90; 82 and 96 -> 89 good
    school96 = {"attitude": 100, "skills": 95, "safety": 95, "teamwork": 95}
    assert svc.evaluate(school_side(world, pid, school96)).score == 96
    assert svc.grade_of(pid).grade == "good"
    assert count(world.services, Evaluation) == 2
    assert count(world.services, FinalGrade) == 1


def test_a_grade_without_both_evaluations_names_the_missing_side(world):
    svc = world.services.evaluations
    pid = placement(world)
    with pytest.raises(ValidationFailed) as caught:
        svc.grade(pid)
    assert codes(caught.value) == {"evaluation": "grade.missing_both"}
    svc.evaluate(enterprise_side(world, pid))
    before = count(world.services, AuditEntry)
    with pytest.raises(ValidationFailed) as caught:
        svc.grade(pid)
    assert codes(caught.value) == {"evaluation": "grade.missing_school"}
    assert count(world.services, FinalGrade) == 0
    assert count(world.services, AuditEntry) == before
    other = placement(world, 1)
    svc.evaluate(school_side(world, other))
    with pytest.raises(ValidationFailed) as caught:
        svc.grade(other)
    assert codes(caught.value) == {"evaluation": "grade.missing_enterprise"}


def test_a_mentor_from_another_enterprise_is_refused(world):
    svc = world.services.evaluations
    pid = placement(world)
    with pytest.raises(ValidationFailed) as caught:
        svc.evaluate(enterprise_side(world, pid, evaluator_id=world.other_mentor))
    assert codes(caught.value) == {"evaluator_id": "mentor.other_enterprise"}
    with pytest.raises(ValidationFailed) as caught:
        svc.evaluate(enterprise_side(world, pid, evaluator_id=world.supervisor))
    assert codes(caught.value) == {"evaluator_id": "staff.wrong_kind"}
    with pytest.raises(ValidationFailed) as caught:
        svc.evaluate(school_side(world, pid, evaluator_id=world.mentor))
    assert codes(caught.value) == {"evaluator_id": "staff.wrong_kind"}
    assert count(world.services, Evaluation) == 0
    assert [c.id for c in svc.evaluator_choices(pid, "enterprise_mentor")] == [world.mentor]


def test_bad_scores_and_dates_write_nothing(world):
    svc = world.services.evaluations
    pid = placement(world)
    bad = {"attitude": 101, "skills": -1, "safety": 80}
    with pytest.raises(ValidationFailed) as caught:
        svc.evaluate(enterprise_side(world, pid, bad, evaluated_on=TODAY + dt.timedelta(1)))
    assert codes(caught.value) == {
        "evaluated_on": "date.in_future",
        "scores.attitude": "number.range",
        "scores.skills": "number.range",
        "scores.teamwork": "required",
    }
    with pytest.raises(ValidationFailed) as caught:
        svc.evaluate(enterprise_side(world, pid, evaluated_on=START - dt.timedelta(1)))
    assert codes(caught.value) == {"evaluated_on": "evaluation.before_start"}
    assert svc.evaluate(enterprise_side(world, pid, evaluated_on=START)).score == 82
    draft = placement(world, 1, status="draft")
    with pytest.raises(ValidationFailed) as caught:
        svc.evaluate(enterprise_side(world, draft))
    assert codes(caught.value) == {"placement_id": "evaluation.placement_draft"}
    assert count(world.services, Evaluation) == 1


def test_fail_below_the_lowest_band(world):
    svc = world.services.evaluations
    pid = placement(world)
    low = {"attitude": 60, "skills": 59, "safety": 60, "teamwork": 60}  # 59.6 -> 60
    lower = {"attitude": 59, "skills": 59, "safety": 60, "teamwork": 60}  # 59.4 -> 59
    svc.evaluate(enterprise_side(world, pid, low))
    svc.evaluate(school_side(world, pid, low))
    assert svc.grade(pid).grade == "pass"
    svc.evaluate(school_side(world, pid, lower))
    svc.evaluate(enterprise_side(world, pid, lower))
    assert (svc.grade_of(pid).combined_score, svc.grade_of(pid).grade) == (59, "fail")


def test_list_rows_and_missing(world):
    svc = world.services.evaluations
    ended = placement(world, 0)
    ending = placement(world, 1, status="active", start=D(2026, 9, 1), end=TODAY + dt.timedelta(30))
    later = placement(world, 2, status="active", start=D(2026, 9, 1), end=TODAY + dt.timedelta(31))
    rows = {r.placement_id: r for r in svc.list()}
    assert set(rows) == {ended, ending}
    assert rows[ended].missing == ("enterprise", "school")
    assert (rows[ended].student_name, rows[ended].class_name) == ("学生0", "2024级汽修1班")
    svc.evaluate(school_side(world, later, evaluated_on=TODAY))
    rows = {r.placement_id: r for r in svc.list()}
    assert rows[later].missing == ("enterprise",) and rows[later].school_score == 82
    svc.evaluate(enterprise_side(world, ended))
    svc.evaluate(school_side(world, ended))
    assert {r.placement_id: r for r in svc.list()}[ended].missing == ("grade",)
    assert ended in {r.placement_id for r in svc.list(missing_only=True)}
    svc.grade(ended)
    assert ended not in {r.placement_id for r in svc.list(missing_only=True)}
    assert [r.placement_id for r in svc.list(search="学生1")] == [ending]


def test_findings_for_completed_placements_without_a_grade(world):
    svc = world.services.evaluations
    none_yet = placement(world, 0)
    one_side = placement(world, 1, start=D(2026, 7, 1), end=D(2026, 8, 31))
    graded = placement(world, 2)
    placement(world, 3, status="active", start=D(2026, 9, 1), end=D(2026, 12, 31))
    svc.evaluate(enterprise_side(world, one_side, evaluated_on=D(2026, 9, 1)))
    for side in (enterprise_side, school_side):
        svc.evaluate(side(world, graded))
    svc.grade(graded)
    found = svc.findings_for_all(TODAY)
    assert [(pid, f.rule_id, f.severity, f.field, f.params) for pid, f in found] == [
        (none_yet, "R-EVAL-1", "warn", "evaluation", {"missing": ["enterprise", "school"]}),
        (one_side, "R-EVAL-1", "warn", "evaluation", {"missing": ["school"]}),
    ]
