"""Placement workflow against a real database: bad input, lifecycle gates, history, batches."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from jilin_apprentice.domain.errors import RuleBlocked, ValidationFailed
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.storage.models import AuditEntry, Placement, PlacementBatch
from tests.factories import World, build_world, insure

D = dt.date
START, END = D(2027, 3, 1), D(2027, 6, 30)


@pytest.fixture
def world(services) -> World:
    return build_world(services)


def draft(w: World, student: int | None = None, **change) -> PlacementDraft:
    base = PlacementDraft(
        student_id=student or w.students[0],
        enterprise_id=w.enterprise,
        post_id=w.post,
        type="post",
        start_date=START,
        end_date=END,
        enterprise_mentor_id=w.mentor,
        school_supervisor_id=w.supervisor,
        pay_amount_fen=350_000,
        filing_ref="备案-1",
    )
    return dataclasses.replace(base, **change)


def count(services, model=Placement) -> int:
    with services.uow.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def codes(error: ValidationFailed) -> dict[str, str]:
    return {v.field: v.code for v in error.violations}


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"end_date": D(2027, 2, 28)}, "end_date", "date.end_before_start"),
        ({"pay_method": "in_kind"}, "pay_method", "pay.in_kind"),
        ({"hours_per_day_x10": 250}, "hours_per_day", "number.range"),
        ({"student_id": None}, "student_id", "required"),
    ],
)
def test_bad_input_is_refused_naming_the_field(world, change, field, code):
    with pytest.raises(ValidationFailed) as caught:
        world.services.placements.create(draft(world, **change))
    assert codes(caught.value)[field] == code
    assert count(world.services) == 0


def test_post_and_mentor_of_another_enterprise_are_refused(world):
    with pytest.raises(ValidationFailed) as caught:
        world.services.placements.create(draft(world, post_id=world.other_post))
    assert codes(caught.value)["post_id"] == "post.other_enterprise"
    with pytest.raises(ValidationFailed) as caught:
        world.services.placements.create(draft(world, enterprise_mentor_id=world.other_mentor))
    assert codes(caught.value)["enterprise_mentor_id"] == "mentor.other_enterprise"
    assert count(world.services) == 0


def test_overlapping_placements_of_one_student_are_refused(world):
    world.services.placements.create(draft(world))
    with pytest.raises(ValidationFailed) as caught:
        world.services.placements.create(draft(world, start_date=END, end_date=D(2027, 8, 1)))
    assert codes(caught.value)["start_date"] == "placement.overlap"
    world.services.placements.create(draft(world, start_date=D(2027, 7, 1), end_date=D(2027, 8, 1)))
    assert count(world.services) == 2


def test_lifecycle_gates_block_what_they_guard(world):
    svc, flow = world.services.placements, world.services.workflow
    pid = svc.create(draft(world))
    # approval: substance passes; the missing paperwork only guards the start
    flow.transition(pid, "approved", version=svc.get(pid).version)
    with pytest.raises(RuleBlocked) as caught:
        flow.transition(pid, "active", version=svc.get(pid).version)
    blocked = {f.rule_id for f in caught.value.findings}
    assert blocked == {"R-CONSENT-1", "R-INS-1", "R-SAFE-1", "R-AGR-1"}
    assert svc.get(pid).status == "approved"
    ready = dataclasses.replace(
        svc.get(pid).draft,
        consent_student_signed=True,
        consent_guardian_signed=True,
        safety_training_date=D(2027, 2, 20),
        safety_assessment_passed=True,
    )
    svc.update(pid, ready, version=svc.get(pid).version)
    insure(world.services, world.students[0])
    flow.record_paper_agreement(pid, "SX2027-0001", D(2026, 11, 20))
    flow.transition(pid, "active", version=svc.get(pid).version)
    assert svc.get(pid).status == "active"
    assert svc.get(pid).agreement_signed
    with pytest.raises(ValidationFailed) as caught:
        flow.transition(pid, "terminated", version=svc.get(pid).version, reason=" ")
    assert codes(caught.value) == {"termination_reason": "required"}
    flow.transition(pid, "terminated", version=svc.get(pid).version, reason="企业停产")
    detail = svc.get(pid)
    assert (detail.status, detail.termination_reason) == ("terminated", "企业停产")
    with pytest.raises(ValidationFailed):
        svc.update(pid, detail.draft, version=detail.version)


def test_a_substance_block_stops_approval(world):
    svc = world.services.placements
    pid = svc.create(draft(world, shift_start=dt.time(15, 0), shift_end=dt.time(22, 1)))
    with pytest.raises(RuleBlocked) as caught:
        world.services.workflow.transition(pid, "approved", version=svc.get(pid).version)
    assert [f.rule_id for f in caught.value.findings] == ["R-TIME-3"]
    assert svc.get(pid).status == "draft"


def test_an_exception_filed_in_advance_lifts_the_night_block_and_is_audited(world):
    svc = world.services.placements
    night = draft(world, shift_start=dt.time(15, 0), shift_end=dt.time(23, 0))
    pid = svc.create(night)
    filed = dataclasses.replace(
        night,
        exception_reason="化工连续生产",
        exception_filing_ref="吉教职备〔2027〕3号",
        exception_filing_date=D(2027, 2, 1),
        exception_approver="省教育厅",
    )
    svc.update(pid, filed, version=svc.get(pid).version)
    world.services.workflow.transition(pid, "approved", version=svc.get(pid).version)
    with world.services.uow.read() as session:
        audited = set(
            session.scalars(
                select(AuditEntry.field).where(
                    AuditEntry.entity == "placement", AuditEntry.entity_id == pid
                )
            )
        )
    assert {"exception_filing_ref", "exception_filing_date", "status"} <= audited


def test_caps_count_interns_per_day_not_per_period(world):
    """20 on-post staff: 2 interns are 10 % (allowed), a third on the same day is over."""
    svc = world.services.placements
    for i, (a, b) in enumerate([(START, END), (START, D(2027, 3, 31))]):
        pid = svc.create(draft(world, student=world.students[i], start_date=a, end_date=b))
        with world.services.uow() as session:
            session.get(Placement, pid).status = "approved"
    later = draft(world, student=world.students[2], start_date=D(2027, 4, 1))
    context = svc.context(later)
    assert "R-CAP-1" not in {f.rule_id for f in svc.evaluate(later, context)}
    same_day = dataclasses.replace(later, start_date=D(2027, 3, 31))
    capped = [f for f in svc.evaluate(same_day, context) if f.rule_id == "R-CAP-1"]
    assert capped and capped[0].params["interns"] == 3
    assert capped[0].params["day"] == "2027-03-31"


def test_change_of_post_keeps_history(world):
    svc = world.services.placements
    pid = svc.create(draft(world))
    world.services.workflow.change_post(
        pid,
        version=svc.get(pid).version,
        post_id=world.other_post,
        mentor_id=world.other_mentor,
        change_date=D(2027, 5, 1),
        reason="岗位调整",
    )
    detail = svc.get(pid)
    assert detail.post_title == "装配工"
    assert [(h.post_title, h.from_date, h.to_date) for h in detail.history] == [
        ("汽车维修工", START, D(2027, 4, 30))
    ]


def test_batch_is_all_or_nothing(world):
    flow, template = world.services.workflow, draft(world)
    world.services.placements.create(draft(world, student=world.students[3]))
    with pytest.raises(ValidationFailed) as caught:
        flow.create_batch("2027春 汽修", world.class_id, world.students, template)
    assert "students[3].start_date" in codes(caught.value)
    assert count(world.services) == 1
    assert count(world.services, PlacementBatch) == 0
    result = flow.create_batch("2027春 汽修", world.class_id, world.students[:3], template)
    assert len(result.placement_ids) == 3
    assert count(world.services) == 4


def test_only_drafts_can_be_deleted(world):
    svc = world.services.placements
    pid = svc.create(draft(world))
    world.services.workflow.transition(pid, "approved", version=svc.get(pid).version)
    with pytest.raises(ValidationFailed):
        svc.delete(pid)
    other = svc.create(draft(world, student=world.students[1]))
    svc.delete(other)
    assert count(world.services) == 1


def test_an_apprenticeship_period_needs_its_apprenticeship(world):
    from jilin_apprentice.storage.models import Apprenticeship

    svc = world.services.placements
    period = draft(world, type="apprenticeship")
    with pytest.raises(ValidationFailed) as caught:
        svc.create(period)
    assert codes(caught.value)["apprenticeship"] == "placement.needs_apprenticeship"
    with world.services.uow() as session:
        app = Apprenticeship(
            student_id=world.students[0],
            programme="school_joint",
            employer_id=world.enterprise,
            start_date=D(2026, 9, 1),
            end_date=D(2028, 6, 30),
            training_agreement_ref="XT-1",
        )
        session.add(app)
        session.flush()
        app_id = app.id
    assert [key for key, _ in svc.apprenticeships_of(world.students[0])] == [app_id]
    pid = svc.create(dataclasses.replace(period, apprenticeship_id=app_id))
    assert svc.get(pid).draft.apprenticeship_id == app_id
