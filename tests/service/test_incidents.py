"""Incidents and claims: the policy in force is found, its absence flagged, health data masked."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from jilin_apprentice.domain.errors import ConflictError, ValidationFailed
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.incidents import IncidentService
from jilin_apprentice.services.insurance import InsuranceService
from jilin_apprentice.services.insurance_dto import IncidentDraft
from jilin_apprentice.storage.models import AuditEntry, Incident
from tests.factories import World, build_world
from tests.service.test_insurance import END, START, codes, place, policy, rows

D = dt.date
DAY = D(2026, 10, 12)


@pytest.fixture
def world(services) -> World:
    return build_world(services)


@pytest.fixture
def incidents(services) -> IncidentService:
    return IncidentService(services.uow, AuditWriter("tester"), services.today)


@pytest.fixture
def insurance(services) -> InsuranceService:
    return InsuranceService(services.uow, AuditWriter("tester"), services.today)


def draft(pid: int, **change) -> IncidentDraft:
    base = IncidentDraft(
        placement_id=pid,
        occurred_on=DAY,
        description="搬运时扭伤",
        injury="右踝扭伤，休息两周",
        reported_to_insurer_on=D(2026, 10, 13),
        claim_no="CLM-001",
        claim_status="submitted",
        amount_claimed_fen=300_000,
        amount_paid_fen=0,
    )
    return dataclasses.replace(base, **change)


def test_the_liability_policy_in_force_that_day_is_found(incidents, insurance, world):
    p = place(world, world.students[0])
    accident = insurance.create_policy(policy("ACC-1", type="personal_accident"))
    liability = insurance.create_policy(policy("LIA-1"))
    for pid in (accident, liability):
        insurance.add_coverage(pid, placement_ids=[p])
    view = incidents.record(draft(p))
    assert (view.policy_id, view.policy_no, view.policy_type) == (
        liability,
        "LIA-1",
        "internship_liability",
    )
    assert view.liability_in_force and not view.uninsured and view.findings == ()
    assert (view.student_name, view.enterprise_name) == ("学生0", "长春一汽配套有限公司")
    assert incidents.findings_for_all() == []


def test_no_policy_that_day_is_flagged_on_the_incident(incidents, insurance, world):
    p = place(world, world.students[0])
    pid = insurance.create_policy(policy(period=(D(2026, 10, 13), D(2027, 8, 31))))
    insurance.add_coverage(pid, placement_ids=[p])  # starts the day after the incident
    view = incidents.record(draft(p))
    assert view.policy_id is None and view.uninsured and not view.liability_in_force
    (finding,) = view.findings
    assert (finding.rule_id, finding.severity, finding.params) == (
        "R-INS-1",
        "block",
        {"incident_on": "2026-10-12"},
    )
    assert [(pl, f.params) for pl, f in incidents.findings_for_all()] == [
        (p, {"incident_on": "2026-10-12"})
    ]
    assert [v.id for v in incidents.list_incidents(flagged_only=True)] == [view.id]


def test_accident_cover_alone_is_named_but_liability_still_flagged(incidents, insurance, world):
    p = place(world, world.students[0])
    accident = insurance.create_policy(
        policy("ACC-1", type="personal_accident", premium_payer="enterprise")
    )
    insurance.add_coverage(accident, placement_ids=[p])
    view = incidents.record(draft(p))
    assert view.policy_id == accident and not view.uninsured
    assert not view.liability_in_force and [f.rule_id for f in view.findings] == ["R-INS-1"]


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"occurred_on": D(2026, 8, 31)}, "occurred_on", "incident.outside_placement"),
        ({"occurred_on": D(2026, 11, 27)}, "occurred_on", "date.in_future"),
        ({"occurred_on": None}, "occurred_on", "required"),
        ({"description": "  "}, "description", "required"),
        ({"amount_claimed_fen": -1}, "amount_claimed_fen", "number.negative"),
        ({"amount_paid_fen": -100}, "amount_paid_fen", "number.negative"),
        ({"amount_paid_fen": 10**12}, "amount_paid_fen", "money.range"),
        (
            {"reported_to_insurer_on": D(2026, 10, 11)},
            "reported_to_insurer_on",
            "incident.reported_before",
        ),
        ({"reported_to_insurer_on": D(2026, 12, 1)}, "reported_to_insurer_on", "date.in_future"),
        ({"claim_status": "lost"}, "claim_status", "choice.invalid"),
        ({"placement_id": 999}, "placement_id", "placement.not_found"),
    ],
)
def test_bad_input_is_refused_naming_the_field(incidents, world, services, change, field, code):
    p = place(world, world.students[0])
    with pytest.raises(ValidationFailed) as caught:
        incidents.record(draft(p, **change))
    assert codes(caught.value)[field] == code
    assert rows(services, Incident) == 0


def test_the_last_day_of_the_placement_and_today_are_accepted(incidents, world, services):
    ended = place(world, world.students[0], start=D(2026, 9, 1), end=D(2026, 10, 31))
    assert incidents.record(
        draft(ended, occurred_on=D(2026, 10, 31), reported_to_insurer_on=None)
    ).draft.occurred_on == D(2026, 10, 31)
    running = place(world, world.students[1])
    today = services.today()
    assert incidents.record(draft(running, occurred_on=today, reported_to_insurer_on=today)).id


def test_injury_is_masked_in_the_audit_trail(incidents, world, services):
    p = place(world, world.students[0])
    view = incidents.record(draft(p))
    changed = dataclasses.replace(
        view.draft, injury="骨折", amount_paid_fen=250_000, claim_status="paid"
    )
    incidents.update(view.id, changed, version=view.version)
    with services.uow.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "incident")).all()
    injury = [(e.action, e.old_value, e.new_value) for e in entries if e.field == "injury"]
    assert injury == [
        ("create", None, "[health data]"),
        ("update", "[health data]", "[health data]"),
    ]
    assert not any(
        "扭伤" in (e.new_value or "") + (e.old_value or "") for e in entries if e.field == "injury"
    )
    paid = [(e.old_value, e.new_value) for e in entries if e.field == "amount_paid_fen"]
    assert paid[-1] == ("0", "250000")
    assert incidents.get(view.id).draft.injury == "骨折"  # the record itself keeps it


def test_update_looks_up_the_policy_again_and_checks_the_version(incidents, insurance, world):
    p = place(world, world.students[0])
    view = incidents.record(draft(p))
    assert view.uninsured
    pid = insurance.create_policy(policy())
    insurance.add_coverage(pid, placement_ids=[p])
    updated = incidents.update(view.id, view.draft, version=view.version)
    assert updated.policy_id == pid and updated.liability_in_force
    with pytest.raises(ConflictError):
        incidents.update(view.id, view.draft, version=view.version)


def test_incident_before_a_change_of_enterprise_names_the_earlier_one(incidents, world, services):
    p = place(world, world.students[0])
    services.workflow.change_post(
        p,
        version=services.placements.get(p).version,
        post_id=world.other_post,
        mentor_id=world.other_mentor,
        change_date=D(2026, 11, 1),
        reason="企业调整",
    )
    before = incidents.record(draft(p))
    after = incidents.record(draft(p, occurred_on=D(2026, 11, 20), reported_to_insurer_on=None))
    assert before.enterprise_name == "长春一汽配套有限公司"
    assert after.enterprise_name == "吉林石化配套有限公司"
    assert [v.id for v in incidents.list_incidents(placement_id=p)] == [after.id, before.id]
    assert START <= before.draft.occurred_on <= END
