"""Permissions in the service layer and the personal-data right (issue 8, R-PI-7)."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from jilin_apprentice.domain.enums import Role
from jilin_apprentice.domain.masking import mask_id_number, mask_phone
from jilin_apprentice.services.access import PermissionDenied, Principal
from jilin_apprentice.services.dto import ListQuery
from jilin_apprentice.services.insurance_dto import PolicyDraft
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.services.user_dto import UserDraft
from jilin_apprentice.storage.models import (
    AuditEntry,
    Enterprise,
    InsurancePolicy,
    Placement,
    Student,
)
from tests.factories import END, START, build_world, enterprise_draft, student_draft

READ_ONLY = Principal("teacher", "张老师", Role.READ_ONLY)
OFFICER = Principal("officer", "李老师", Role.OFFICER)
OFFICER_PII = Principal("officer", "李老师", Role.OFFICER, can_see_pii=True)


def counts(services) -> tuple[int, ...]:
    with services.uow.read() as session:
        return tuple(
            int(session.scalar(select(func.count(m.id))) or 0)
            for m in (Student, Enterprise, Placement, InsurancePolicy, AuditEntry)
        )


def writes(world):
    services = world.services
    return {
        "students.create": lambda: services.students.create(
            student_draft(world.class_id, name="新生", seq=99)
        ),
        "enterprises.create": lambda: services.enterprises.create(
            enterprise_draft("吉林新企业有限公司", uscc="91220101MA00000013")
        ),
        "placements.create": lambda: services.placements.create(
            PlacementDraft(
                student_id=world.students[1],
                enterprise_id=world.enterprise,
                post_id=world.post,
                enterprise_mentor_id=world.mentor,
                school_supervisor_id=world.supervisor,
                type="post",
                start_date=START,
                end_date=END,
                pay_amount_fen=350_000,
            )
        ),
        "insurance.create_policy": lambda: services.insurance.create_policy(
            PolicyDraft("长白财产保险", "PJL-RO-1", "internship_liability", "school", START, END)
        ),
    }


@pytest.mark.parametrize(
    "call",
    ["students.create", "enterprises.create", "placements.create", "insurance.create_policy"],
)
def test_read_only_is_refused_and_nothing_is_written(services, call) -> None:
    world = build_world(services)
    before = counts(services)
    services.access.principal = READ_ONLY
    with pytest.raises(PermissionDenied) as exc:
        writes(world)[call]()
    assert exc.value.params == {"permission": "edit"}
    assert counts(services) == before


def test_read_only_may_still_read(services) -> None:
    world = build_world(services)
    services.access.principal = READ_ONLY
    assert services.students.count(ListQuery()) == 4
    assert services.students.get(world.students[0]).name == "学生0"


def test_officer_writes_but_does_not_manage_users(services) -> None:
    world = build_world(services)
    services.access.principal = OFFICER
    made = {name: call() for name, call in writes(world).items()}
    assert all(isinstance(i, int) for i in made.values())
    with services.uow.read() as session:
        actors = set(session.scalars(select(AuditEntry.actor).where(AuditEntry.id > 0)))
    assert "officer" in actors
    with pytest.raises(PermissionDenied):
        services.users.save(UserDraft("x", "X", password="long-enough"))
    with pytest.raises(PermissionDenied):
        services.users.list()


def test_without_the_right_the_edit_source_is_masked(services) -> None:
    world = build_world(services)
    sid = world.students[0]
    full = services.students.get(sid)
    services.access.principal = OFFICER
    shown = services.students.get(sid, for_edit=True)
    assert shown.id_number == mask_id_number(full.id_number) != full.id_number
    assert shown.phone == mask_phone(full.phone) == "138****5678"
    assert shown.guardians[0].phone == "139****1111"
    assert shown.id_number_masked == full.id_number_masked
    row = services.students.first_page(ListQuery(), limit=10).rows[0]
    assert "*" in row.id_number_masked and "*" in row.phone_masked


def _views(services) -> list[AuditEntry]:
    with services.uow.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "view")))


def test_saving_masked_text_keeps_the_stored_numbers(services) -> None:
    world = build_world(services)
    sid = world.students[0]
    full = services.students.get(sid)
    services.access.principal = OFFICER
    shown = services.students.get(sid, for_edit=True)
    assert _views(services) == []  # nothing unmasked was shown
    draft = student_draft(world.class_id, name="学生0（改）", seq=1)
    draft = dataclasses.replace(
        draft,
        id_number=shown.id_number,
        phone=shown.phone,
        guardians=shown.guardians,
    )
    assert services.students.validate(draft, sid) == []
    services.students.update(sid, draft, expected_version=shown.version)
    services.access.principal = OFFICER_PII
    after = services.students.get(sid)
    assert after.name == "学生0（改）"
    assert (after.id_number, after.phone) == (full.id_number, full.phone)
    assert after.guardians[0].phone == full.guardians[0].phone


def test_masked_text_is_refused_for_a_new_student_or_a_changed_mask(services) -> None:
    world = build_world(services)
    sid = world.students[0]
    services.access.principal = OFFICER
    shown = services.students.get(sid)
    other_mask = shown.id_number[:-1] + ("0" if shown.id_number[-1] != "0" else "1")
    bad = dataclasses.replace(student_draft(world.class_id, seq=1), id_number=other_mask)
    assert any(v.field == "id_number" for v in services.students.validate(bad, sid))
    masked_new = dataclasses.replace(bad, id_number=shown.id_number)
    assert any(v.field == "id_number" for v in services.students.validate(masked_new))


def test_typing_a_new_number_replaces_the_stored_one(services) -> None:
    world = build_world(services)
    sid = world.students[0]
    services.access.principal = OFFICER
    shown = services.students.get(sid)
    draft = dataclasses.replace(
        student_draft(world.class_id, name="学生0", seq=1),
        id_number=shown.id_number,
        phone="13700002222",
        guardians=shown.guardians,
    )
    services.students.update(sid, draft, expected_version=shown.version)
    services.access.principal = OFFICER_PII
    assert services.students.get(sid).phone == "13700002222"


def test_with_the_right_opening_for_edit_is_an_audited_view(services) -> None:
    world = build_world(services)
    sid = world.students[0]
    services.access.principal = OFFICER_PII
    listed = services.students.get(sid)  # the detail panel: no full number shown there
    assert "*" not in listed.id_number
    assert _views(services) == []
    shown = services.students.get(sid, for_edit=True)
    assert "*" not in shown.id_number and "*" not in (shown.phone or "")
    [view] = _views(services)
    assert (view.actor, view.entity, view.entity_id, view.field) == (
        "officer",
        "student",
        sid,
        "id_number",
    )
    assert view.old_value is None and view.new_value is None
    row = services.students.first_page(ListQuery(), limit=10).rows[0]
    assert "*" in row.id_number_masked  # lists stay masked even with the right
