"""ProgrammeService: programmes, their training plan, the form choices, the demo."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from jilin_apprentice.domain.errors import NotFound, ValidationFailed
from jilin_apprentice.services.programme_dto import (
    EnrolStudent,
    ModuleDraft,
)
from jilin_apprentice.storage.models import (
    Apprenticeship,
    AuditEntry,
    ModuleProgress,
    ProgrammeMember,
)
from tests.factories import build_world
from tests.service.programme_helpers import (
    D,
    codes,
    count,
    employee,
    enrol_draft,
    joint,
)


@pytest.fixture
def world(services):
    return build_world(services)


def test_save_list_get_and_update_a_programme(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    rows = svc.list()
    assert [r.id for r in rows] == [pid]
    row = rows[0]
    assert row.enterprise_name == "长春一汽配套有限公司"
    assert row.class_name == "2024级汽修1班"
    assert (row.member_count, row.finding_count, row.blocking) == (0, 0, False)
    svc.save(joint(world, name="汽修学徒班", training_agreement_ref=None), pid)
    detail = svc.get(pid)
    assert detail.row.draft.name == "汽修学徒班"
    assert [f.rule_id for f in detail.row.findings] == ["R-APP-2"]
    assert detail.row.blocking
    with world.services.uow.read() as session:
        fields = set(
            session.scalars(select(AuditEntry.field).where(AuditEntry.entity == "programme"))
        )
    assert {"name", "training_agreement_ref"} <= fields
    with pytest.raises(NotFound):
        svc.get(pid + 99)


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"name": " "}, "name", "required"),
        ({"programme": "other"}, "programme", "choice.invalid"),
        ({"enterprise_id": None}, "enterprise_id", "required"),
        ({"class_id": None}, "class_id", "required"),
        ({"end_date": D(2026, 8, 31)}, "end_date", "date.end_before_start"),
        ({"target_level": "master"}, "target_level", "choice.invalid"),
    ],
)
def test_bad_programme_is_refused_and_nothing_written(world, change, field, code):
    with pytest.raises(ValidationFailed) as caught:
        world.services.programmes.save(joint(world, **change))
    assert codes(caught.value)[field] == code
    assert world.services.programmes.list() == []


def test_enterprise_new_programme_length(world):
    svc = world.services.programmes
    with pytest.raises(ValidationFailed) as caught:  # 3 years and a day
        svc.save(employee(world, end_date=D(2029, 3, 1)))
    assert codes(caught.value)["end_date"] == "programme.too_long"
    warned = svc.validate(employee(world, end_date=D(2029, 2, 28)))  # exactly 36 months
    assert [(v.code, v.severity) for v in warned] == [("programme.length_unusual", "warn")]
    assert svc.save(employee(world, end_date=D(2029, 2, 28)))


def test_delete_programme_with_its_plan_and_members(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    module = svc.save_module(pid, ModuleDraft("汽车维护与保养", 120))
    (app_id,) = svc.enrol(pid, enrol_draft(world, [EnrolStudent(world.students[0])]))
    svc.record_progress(app_id, module, 40, None, False)
    svc.delete(pid)
    assert svc.list() == []
    for model in (Apprenticeship, ProgrammeMember, ModuleProgress):
        assert count(world.services, model) == 0


def test_modules_of_the_training_plan(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    first = svc.save_module(pid, ModuleDraft("安全生产与职业素养", 40, place="school"))
    second = svc.save_module(
        pid,
        ModuleDraft(
            "发动机拆装",
            160,
            post_id=world.post,
            rotation_start=D(2027, 3, 1),
            rotation_end=D(2027, 4, 30),
        ),
    )
    modules = svc.get(pid).modules
    assert [(m.id, m.seq, m.post_title) for m in modules] == [
        (first, 1, None),
        (second, 2, "汽车维修工"),
    ]
    assert svc.list()[0].planned_hours == 200
    svc.save_module(pid, ModuleDraft("安全生产与职业素养", 48, place="school"), first)
    assert svc.get(pid).modules[0].draft.planned_hours == 48
    svc.delete_module(second)
    assert [m.id for m in svc.get(pid).modules] == [first]
    with pytest.raises(NotFound):
        svc.delete_module(second)


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"name": ""}, "name", "required"),
        ({"planned_hours": -1}, "planned_hours", "number.negative"),
        ({"place": "holiday"}, "place", "choice.invalid"),
        ({"post_id": "other"}, "post_id", "post.other_enterprise"),
        ({"place": "school", "post_id": "own"}, "post_id", "module.post_at_school"),
        ({"rotation_start": D(2026, 8, 31)}, "rotation_start", "module.rotation_outside"),
        (
            {"rotation_start": D(2027, 3, 1), "rotation_end": D(2027, 2, 1)},
            "rotation_end",
            "date.end_before_start",
        ),
    ],
)
def test_bad_modules_are_refused(world, change, field, code):
    posts = {"other": world.other_post, "own": world.post}
    change = {k: posts.get(v, v) if k == "post_id" else v for k, v in change.items()}
    svc = world.services.programmes
    pid = svc.save(joint(world))
    with pytest.raises(ValidationFailed) as caught:
        svc.save_module(pid, dataclasses.replace(ModuleDraft("发动机拆装", 80), **change))
    assert codes(caught.value)[field] == code
    assert svc.get(pid).modules == ()


def test_choices_for_the_forms(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    mentors, teachers = svc.mentor_choices(pid)
    assert [c.id for c in mentors] == [world.mentor]
    assert [c.id for c in teachers] == [world.supervisor]
    assert len(svc.student_choices(class_id=world.class_id)) == 4
    assert [c.label.split(" · ")[0] for c in svc.student_choices(search="学生2")] == ["学生2"]
    assert {c.id for c in svc.enterprise_choices()} >= {world.enterprise}
    assert [c.id for c in svc.class_choices()] == [world.class_id]


def test_live_validation_for_the_forms(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    assert [c.id for c in svc.post_choices(world.enterprise)] == [world.post]
    found = svc.validate_module(pid, ModuleDraft("", 10, post_id=world.other_post))
    assert {(v.field, v.code) for v in found} == {
        ("name", "required"),
        ("post_id", "post.other_enterprise"),
    }
    (app_id,) = svc.enrol(pid, enrol_draft(world, [EnrolStudent(world.students[0])]))
    member = svc.cohort(pid)[0]
    assert svc.validate_member(app_id, member.draft) == []
    later = dataclasses.replace(member.draft, end_date=D(2026, 8, 1))
    assert [v.code for v in svc.validate_member(app_id, later)] == ["date.end_before_start"]


def test_programme_type_and_enterprise_are_locked_once_enrolled(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    svc.enrol(pid, enrol_draft(world, [EnrolStudent(world.students[0])]))
    with pytest.raises(ValidationFailed) as caught:
        svc.save(joint(world, enterprise_id=world.enterprise + 1, programme="enterprise_new"), pid)
    found = codes(caught.value)
    assert found["enterprise_id"] == "programme.locked"
    assert found["programme"] == "programme.locked"


def test_demo_programmes(demo_services):
    services = demo_services  # build_demo ran seed_demo_programmes
    svc = services.programmes
    rows = svc.list()
    assert len(rows) > 0
    with services.uow.read() as session:
        apprentices = session.scalar(select(func.count()).select_from(Apprenticeship))
    assert sum(r.member_count for r in rows) == apprentices  # every one is in a programme
    assert all(5 <= r.module_count <= 8 for r in rows)
    assert count(services, ModuleProgress) > 0
    planted = [
        f for r in rows for m in svc.cohort(r.id) for f in m.findings if f.rule_id == "R-APP-5"
    ]
    assert len(planted) == 1
    assert [f.rule_id for _p, f in svc.findings_for_all()] == ["R-APP-5"]
