"""Site visits (R-SUP-4, R-REC-1 (6)) and on-site assessments with expiry (R-ENT-1)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from jilin_apprentice.domain.errors import NotFound, ValidationFailed
from jilin_apprentice.domain.site_checks import ITEM_KEYS
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.services.visit_dto import AssessmentDraft, VisitDraft
from jilin_apprentice.storage.models import (
    AuditEntry,
    Enterprise,
    Placement,
    Post,
    SiteAssessment,
    SiteVisit,
)
from tests.conftest import TODAY
from tests.factories import build_world

D = dt.date
ALL_OK = dict.fromkeys(ITEM_KEYS, "ok")


@pytest.fixture
def world(services):
    return build_world(services)


START, END = D(2026, 9, 1), D(2027, 1, 31)


def other_enterprise(w) -> int:
    with w.services.uow.read() as session:
        return session.get(Post, w.other_post).enterprise_id


def placement(w, student=0, status="active", start=START, end=END, **kw) -> int:
    draft = PlacementDraft(
        student_id=w.students[student],
        enterprise_id=kw.pop("enterprise", w.enterprise),
        post_id=kw.pop("post", w.post),
        type=kw.pop("type", "post"),
        start_date=start,
        end_date=end,
        enterprise_mentor_id=kw.pop("mentor", w.mentor),
        school_supervisor_id=w.supervisor,
        pay_amount_fen=350_000,
        filing_ref="备案-1",
    )
    pid = w.services.placements.create(dataclasses.replace(draft, **kw))
    with w.services.uow() as session:
        session.get(Placement, pid).status = status
    return pid


def count(services, model) -> int:
    with services.uow.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def codes(error: ValidationFailed) -> dict[str, str]:
    return {v.field: v.code for v in error.violations}


# --- visits ------------------------------------------------------------------------------------
def test_plan_record_and_list(world):
    svc = world.services.visits
    vid = svc.plan(VisitDraft(world.supervisor, world.enterprise, D(2026, 11, 20)))
    row = svc.get(vid)
    assert (row.status, row.overdue, row.problems) == ("planned", True, 0)
    assert [r.id for r in svc.list(overdue=True)] == [vid]
    checklist = {**ALL_OK, "lodging": "n/a", "pay_received": "problem"}
    done = svc.record(vid, D(2026, 11, 21), checklist, "学生0", "10月工资晚发5天，已与人事沟通")
    assert (done.status, done.visited_on, done.problems, done.overdue) == (
        "done",
        D(2026, 11, 21),
        1,
        False,
    )
    assert done.checklist == checklist
    assert svc.list(overdue=True) == []
    assert [r.id for r in svc.list(supervisor_id=world.supervisor, status="done")] == [vid]
    assert svc.list(enterprise_id=world.enterprise + 1) == []


def test_inspected_placements_need_a_visit_within_their_dates(world):
    svc = world.services.visits
    pid = placement(world, 0, start=D(2026, 9, 1), end=D(2026, 11, 20))
    early = svc.plan(VisitDraft(world.supervisor, world.enterprise, D(2026, 8, 31)))
    svc.record(early, D(2026, 8, 31), ALL_OK)
    assert svc.inspected_placements() == set()
    late = svc.plan(VisitDraft(world.supervisor, world.enterprise, D(2026, 11, 20)))
    svc.record(late, D(2026, 11, 20), ALL_OK)
    assert svc.inspected_placements() == {pid}


def test_planned_today_is_not_overdue(world):
    svc = world.services.visits
    vid = svc.plan(VisitDraft(world.supervisor, world.enterprise, TODAY))
    assert svc.get(vid).overdue is False


def test_bad_plans_write_nothing(world):
    svc = world.services.visits
    with pytest.raises(ValidationFailed) as caught:
        svc.plan(VisitDraft(world.mentor, world.enterprise, D(2026, 12, 1)))
    assert codes(caught.value) == {"supervisor_id": "visit.not_supervisor"}
    with pytest.raises(ValidationFailed) as caught:
        svc.plan(VisitDraft(None, None, None))
    assert set(codes(caught.value)) == {"supervisor_id", "enterprise_id", "planned_on"}
    svc.plan(VisitDraft(world.supervisor, world.enterprise, D(2026, 12, 1)))
    with pytest.raises(ValidationFailed) as caught:
        svc.plan(VisitDraft(world.supervisor, world.enterprise, D(2026, 12, 1)))
    assert codes(caught.value) == {"planned_on": "visit.duplicate"}
    assert count(world.services, SiteVisit) == 1


def test_bad_records_write_nothing(world):
    svc = world.services.visits
    vid = svc.plan(VisitDraft(world.supervisor, world.enterprise, D(2026, 11, 20)))
    before = count(world.services, AuditEntry)
    partial = {k: v for k, v in ALL_OK.items() if k != "safety"}
    with pytest.raises(ValidationFailed) as caught:
        svc.record(vid, TODAY + dt.timedelta(days=1), partial)
    assert codes(caught.value) == {
        "visited_on": "date.in_future",
        "checklist.safety": "required",
    }
    with pytest.raises(ValidationFailed) as caught:
        svc.record(vid, TODAY, {**ALL_OK, "safety": "problem"}, notes=" ")
    assert codes(caught.value) == {"notes": "visit.problem_needs_note"}
    assert svc.get(vid).status == "planned"
    assert count(world.services, AuditEntry) == before
    assert svc.record(vid, TODAY, ALL_OK).status == "done"  # today itself is fine


def test_cancel_then_record_is_refused(world):
    svc = world.services.visits
    vid = svc.plan(VisitDraft(world.supervisor, world.enterprise, D(2026, 12, 3)))
    with pytest.raises(ValidationFailed) as caught:
        svc.cancel(vid, "  ")
    assert codes(caught.value) == {"reason": "required"}
    row = svc.cancel(vid, "企业停产检修")
    assert (row.status, row.notes, row.overdue) == ("cancelled", "企业停产检修", False)
    with pytest.raises(ValidationFailed) as caught:
        svc.record(vid, TODAY, ALL_OK)
    assert codes(caught.value) == {"status": "visit.cancelled"}
    with pytest.raises(ValidationFailed) as caught:
        svc.cancel(vid, "again")
    assert codes(caught.value) == {"status": "visit.not_planned"}
    # a cancelled plan does not block a new plan on the same day
    svc.plan(VisitDraft(world.supervisor, world.enterprise, D(2026, 12, 3)))
    with pytest.raises(NotFound):
        svc.record(99999, TODAY, ALL_OK)


def test_plan_round_every_two_weeks_within_the_placements_and_skipping_existing(world):
    svc = world.services.visits
    placement(world, 0, start=D(2026, 9, 1), end=D(2026, 12, 31))
    placement(world, 1, status="approved")
    svc.plan(VisitDraft(world.supervisor, world.enterprise, D(2026, 12, 14)))
    result = svc.plan_round(world.supervisor, D(2026, 11, 30), D(2027, 1, 31), every_n_weeks=2)
    # Mondays 11-30, 12-14, 12-28, 01-11, 01-25; the enterprise's placements run to 01-31
    days = sorted(r.planned_on for r in svc.list())
    assert days == [
        D(2026, 11, 30),
        D(2026, 12, 14),
        D(2026, 12, 28),
        D(2027, 1, 11),
        D(2027, 1, 25),
    ]
    assert (result.planned, result.skipped) == (4, 1)
    again = svc.plan_round(world.supervisor, D(2026, 11, 30), D(2027, 1, 31), every_n_weeks=2)
    assert (again.planned, again.skipped) == (0, 5)


def test_plan_round_monthly_from_the_31st_and_only_open_placements(world):
    svc = world.services.visits
    placement(world, 0, start=D(2026, 9, 1), end=D(2027, 6, 30))
    closed = placement(
        world,
        1,
        status="active",
        enterprise=other_enterprise(world),
        post=world.other_post,
        mentor=world.other_mentor,
        start=D(2026, 3, 1),
        end=D(2026, 6, 30),
    )
    with world.services.uow() as session:  # the other enterprise's placement is closed
        session.get(Placement, closed).status = "completed"
    result = svc.plan_round(world.supervisor, D(2026, 12, 31), D(2027, 3, 31), monthly=True)
    assert {r.enterprise_id for r in svc.list()} == {world.enterprise}
    days = sorted(r.planned_on for r in svc.list())
    assert days == [D(2026, 12, 31), D(2027, 1, 31), D(2027, 2, 28), D(2027, 3, 31)]
    assert result.planned == 4


def test_plan_round_bad_input(world):
    svc = world.services.visits
    with pytest.raises(ValidationFailed) as caught:
        svc.plan_round(world.mentor, D(2027, 1, 31), D(2026, 12, 1), every_n_weeks=0)
    assert codes(caught.value) == {
        "supervisor_id": "visit.not_supervisor",
        "end": "date.end_before_start",
        "every_n_weeks": "number.range",
    }
    assert count(world.services, SiteVisit) == 0


# --- site assessments (R-ENT-1) ----------------------------------------------------------------
def test_assessment_defaults_validity_and_updates_the_enterprise(world):
    svc = world.services.visits
    row = svc.record_assessment(
        AssessmentDraft(world.enterprise, D(2026, 1, 31), "王主任", True, "评估报告2026-01.pdf")
    )
    assert row.valid_until == D(2027, 1, 31)  # 12 months (reference key site_assessment)
    assert (row.state, row.days_left) == ("valid", 66)
    with world.services.uow.read() as session:
        ent = session.get(Enterprise, world.enterprise)
        assert (ent.site_assessment_date, ent.site_assessment_report) == (
            D(2026, 1, 31),
            "评估报告2026-01.pdf",
        )
    # a later failed assessment does not replace the passed one on the enterprise
    failed = svc.record_assessment(
        AssessmentDraft(world.enterprise, D(2026, 11, 1), "王主任", False)
    )
    assert failed.state == "failed"
    with world.services.uow.read() as session:
        assert session.get(Enterprise, world.enterprise).site_assessment_date == D(2026, 1, 31)
    assert [a.id for a in svc.assessments(world.enterprise)] == [failed.id, row.id]


def test_assessment_states(world):
    svc = world.services.visits
    svc.record_assessment(
        AssessmentDraft(world.enterprise, D(2025, 6, 1), "甲", valid_until=D(2025, 11, 25))
    )
    svc.record_assessment(
        AssessmentDraft(world.enterprise, D(2025, 12, 1), "乙", valid_until=D(2026, 12, 26))
    )
    states = {a.assessor: a.state for a in svc.assessments()}
    assert states == {"甲": "expired", "乙": "expiring"}


def test_bad_assessments_write_nothing(world):
    svc = world.services.visits
    with pytest.raises(ValidationFailed) as caught:
        svc.record_assessment(
            AssessmentDraft(world.enterprise, D(2026, 11, 1), "", valid_until=D(2026, 10, 31))
        )
    assert codes(caught.value) == {"valid_until": "date.end_before_start", "assessor": "required"}
    with pytest.raises(ValidationFailed) as caught:
        svc.record_assessment(AssessmentDraft(world.enterprise, TODAY + dt.timedelta(1), "王"))
    assert codes(caught.value) == {"assessed_on": "date.in_future"}
    assert count(world.services, SiteAssessment) == 0
    with world.services.uow.read() as session:
        assert session.get(Enterprise, world.enterprise).site_assessment_date is None


def test_findings_expiry_against_start_or_today(world):
    svc = world.services.visits
    later = placement(world, 0, status="approved", start=D(2027, 3, 1), end=D(2027, 6, 30))
    running = placement(world, 1, status="active", start=D(2026, 9, 1), end=D(2027, 1, 31))
    placement(world, 2, status="active", type="cognitive", start=D(2026, 9, 1), end=D(2026, 12, 31))
    svc.record_assessment(
        AssessmentDraft(world.enterprise, D(2026, 3, 1), "王", valid_until=D(2027, 3, 1))
    )
    assert svc.findings_for_all(TODAY) == []  # valid_until == start: still valid that day
    svc.record_assessment(
        AssessmentDraft(world.enterprise, D(2026, 3, 2), "王", valid_until=D(2027, 2, 28))
    )
    found = svc.findings_for_all(TODAY)
    assert [(pid, f.rule_id, f.severity, f.params) for pid, f in found] == [
        (later, "R-ENT-1", "warn", {"expired": "2027-02-28"})
    ]
    # the running placement: valid_until today is fine, yesterday is not
    assert [pid for pid, _ in svc.findings_for_all(D(2027, 2, 28))] == [later]
    found = svc.findings_for_all(D(2027, 3, 1))
    assert {pid for pid, _ in found} == {later, running}


def test_findings_failed_latest_assessment(world):
    svc = world.services.visits
    pid = placement(world, 0, status="active")
    svc.record_assessment(AssessmentDraft(world.enterprise, D(2026, 8, 1), "王"))
    svc.record_assessment(AssessmentDraft(world.enterprise, D(2026, 11, 2), "李", False))
    found = svc.findings_for_all()
    assert [(p, f.params) for p, f in found] == [(pid, {"failed": "2026-11-02"})]
