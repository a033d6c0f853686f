"""ProgrammeService: enrolment (all or nothing), the cohort, members, progress, findings."""

from __future__ import annotations

import dataclasses

import pytest

from jilin_apprentice.domain.errors import DomainError, NotFound, ValidationFailed
from jilin_apprentice.services.programme_dto import (
    EnrolStudent,
    ModuleDraft,
    ProgressEntry,
)
from jilin_apprentice.storage.models import (
    Apprenticeship,
    ModuleProgress,
    Placement,
    ProgrammeMember,
    TrainingDay,
)
from tests.factories import build_world
from tests.service.programme_helpers import (
    TODAY,
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


def test_enrol_two_students_and_see_the_cohort(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    ids = svc.enrol(pid, enrol_draft(world, [EnrolStudent(s) for s in world.students[:2]]))
    assert len(ids) == 2
    cohort = svc.cohort(pid)
    assert {m.student_id for m in cohort} == set(world.students[:2])
    first = cohort[0]
    assert first.enterprise_mentor_name == "李师傅"
    assert first.school_mentor_name == "张老师"
    assert "*" in first.id_masked and len(first.id_masked) == 18
    assert first.today_place is None and first.findings == ()
    assert first.status == "active"
    with world.services.uow.read() as session:
        app = session.get(Apprenticeship, ids[0])
        assert app.employer_id == world.enterprise and app.programme.value == "school_joint"
    assert svc.list()[0].member_count == 2


def test_one_bad_row_refuses_the_whole_enrolment(world):
    svc = world.services.programmes
    pid = svc.save(employee(world))
    good = EnrolStudent(world.students[0], D(2026, 3, 1), D(2027, 2, 28), 250_000)
    short = EnrolStudent(world.students[1], D(2026, 3, 1), D(2027, 2, 27), 250_000)
    missing = EnrolStudent(world.students[2])
    draft = enrol_draft(
        world,
        [good, short, missing],
        start_date=D(2026, 3, 1),
        end_date=D(2028, 2, 29),
        training_agreement_ref=None,
    )
    with pytest.raises(ValidationFailed) as caught:
        svc.enrol(pid, draft)
    found = codes(caught.value)
    assert found["students[1].labour_contract_end"] == "enrol.contract_short"
    assert found["students[2].labour_contract_start"] == "required"
    assert "students[0].labour_contract_end" not in found
    assert count(world.services, Apprenticeship) == 0
    assert count(world.services, ProgrammeMember) == 0
    assert svc.enrol(pid, dataclasses.replace(draft, students=(good,)))


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"enterprise_mentor_id": "other"}, "enterprise_mentor_id", "mentor.other_enterprise"),
        ({"enterprise_mentor_id": "supervisor"}, "enterprise_mentor_id", "staff.wrong_kind"),
        ({"school_mentor_id": "mentor"}, "school_mentor_id", "staff.wrong_kind"),
        ({"end_date": D(2026, 8, 1)}, "end_date", "date.end_before_start"),
        ({"start_date": D(2026, 8, 1)}, "start_date", "member.outside_programme"),
        ({"end_date": D(2028, 7, 1)}, "end_date", "member.outside_programme"),
        ({"students": ()}, "students", "batch.empty"),
    ],
)
def test_bad_shared_fields_are_refused(world, change, field, code):
    people = {"other": world.other_mentor, "supervisor": world.supervisor, "mentor": world.mentor}
    change = {k: people.get(v, v) if isinstance(v, str) else v for k, v in change.items()}
    svc = world.services.programmes
    pid = svc.save(joint(world))
    draft = dataclasses.replace(enrol_draft(world, [EnrolStudent(world.students[0])]), **change)
    with pytest.raises(ValidationFailed) as caught:
        svc.enrol(pid, draft)
    assert codes(caught.value)[field] == code
    assert count(world.services, Apprenticeship) == 0


def test_student_rows_are_checked(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    svc.enrol(pid, enrol_draft(world, [EnrolStudent(world.students[0])]))
    with world.services.uow() as session:
        from jilin_apprentice.storage.models import Student

        session.get(Student, world.students[2]).status = "withdrawn"
    draft = enrol_draft(
        world,
        [
            EnrolStudent(world.students[0]),  # already an apprentice then
            EnrolStudent(world.students[1]),
            EnrolStudent(world.students[1]),  # twice
            EnrolStudent(world.students[2]),  # not enrolled
            EnrolStudent(None),
        ],
    )
    with pytest.raises(ValidationFailed) as caught:
        svc.enrol(pid, draft)
    found = codes(caught.value)
    assert found["students[0].student_id"] == "enrol.overlap"
    assert found["students[2].student_id"] == "enrol.duplicate"
    assert found["students[3].student_id"] == "enrol.not_enrolled"
    assert found["students[4].student_id"] == "required"
    assert "students[1].student_id" not in found
    assert count(world.services, Apprenticeship) == 1


def test_a_student_of_another_class_is_enrolled_with_a_warning(world):
    from tests.factories import add_class, student_draft

    svc = world.services.programmes
    other_class = add_class(world.services, "2025级汽修1班", cohort=2025)
    outsider = world.services.students.create(student_draft(other_class, name="外班生", seq=41))
    pid = svc.save(joint(world))
    draft = enrol_draft(world, [EnrolStudent(outsider)])
    warned = svc.validate_enrol(pid, draft)
    assert [(v.field, v.code, v.severity) for v in warned] == [
        ("students[0].student_id", "enrol.other_class", "warn")
    ]
    assert warned[0].params == {"class_name": "2024级汽修1班"}
    assert svc.enrol(pid, draft)


def test_findings_in_the_cohort(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    draft = enrol_draft(
        world, [EnrolStudent(world.students[0])], school_mentor_id=None, training_agreement_ref=""
    )
    svc.enrol(pid, draft)
    member = svc.cohort(pid)[0]
    assert [(f.rule_id, f.severity) for f in member.findings] == [
        ("R-APP-2", "block"),
        ("R-APP-5", "warn"),
    ]
    assert member.blocking
    row = svc.list()[0]
    assert (row.finding_count, row.blocking) == (2, True)


def test_update_and_remove_member(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    app_id, other = svc.enrol(
        pid, enrol_draft(world, [EnrolStudent(s) for s in world.students[:2]])
    )
    member = next(m for m in svc.cohort(pid) if m.apprenticeship_id == app_id)
    bad = dataclasses.replace(member.draft, enterprise_mentor_id=world.other_mentor)
    with pytest.raises(ValidationFailed) as caught:
        svc.update_member(app_id, bad, version=member.version)
    assert codes(caught.value) == {"enterprise_mentor_id": "mentor.other_enterprise"}
    svc.update_member(
        app_id, dataclasses.replace(member.draft, school_mentor_id=None), version=member.version
    )
    member = next(m for m in svc.cohort(pid) if m.apprenticeship_id == app_id)
    assert member.school_mentor_name is None
    assert [f.rule_id for f in member.findings] == ["R-APP-5"]
    svc.remove_member(app_id)
    assert [m.apprenticeship_id for m in svc.cohort(pid)] == [other]
    assert count(world.services, Apprenticeship) == 1
    with pytest.raises(NotFound):
        svc.remove_member(app_id)


def _placement_for(world, app_id: int) -> int:
    with world.services.uow() as session:
        row = Placement(
            student_id=world.students[1],
            enterprise_id=world.enterprise,
            post_id=world.post,
            type="apprenticeship",
            status="active",
            apprenticeship_id=app_id,
            start_date=D(2026, 9, 1),
            end_date=D(2027, 1, 31),
        )
        session.add(row)
        session.flush()
        return row.id


def test_members_with_placements_are_kept(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    _first, linked = svc.enrol(
        pid, enrol_draft(world, [EnrolStudent(s) for s in world.students[:2]])
    )
    _placement_for(world, linked)
    with pytest.raises(DomainError) as caught:
        svc.remove_member(linked)
    assert caught.value.code == "member.has_placements"
    with pytest.raises(DomainError) as caught:
        svc.delete(pid)
    assert caught.value.code == "programme.has_placements"
    assert caught.value.params == {"count": 1}
    assert len(svc.cohort(pid)) == 2


def test_progress_and_where_the_apprentice_is_today(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    a = svc.save_module(pid, ModuleDraft("汽车维护与保养", 100))
    b = svc.save_module(pid, ModuleDraft("发动机拆装", 100))
    (app_id,) = svc.enrol(pid, enrol_draft(world, [EnrolStudent(world.students[0])]))
    svc.record_progress(app_id, a, 100, D(2026, 11, 20), True)
    svc.record_progress(app_id, b, 30, None, False)
    svc.record_progress(app_id, b, 50, None, False)  # updates, not a second row
    rows = svc.progress(app_id)
    assert [(r.name, r.hours_done, r.percent, r.passed) for r in rows] == [
        ("汽车维护与保养", 100, 100, True),
        ("发动机拆装", 50, 50, False),
    ]
    with world.services.uow() as session:
        session.add(
            TrainingDay(
                student_id=world.students[0],
                apprenticeship_id=app_id,
                day=TODAY,
                day_type="enterprise",
                hours_x10=80,
            )
        )
    member = svc.cohort(pid)[0]
    assert (member.hours_done, member.hours_planned, member.percent) == (150, 200, 75)
    assert (member.modules_passed, member.modules_total) == (1, 2)
    assert member.today_place == "enterprise"


def test_bad_progress_is_refused(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    other = svc.save(joint(world, name="另一个"))
    foreign = svc.save_module(other, ModuleDraft("外部模块", 10))
    module = svc.save_module(pid, ModuleDraft("发动机拆装", 80))
    (app_id,) = svc.enrol(pid, enrol_draft(world, [EnrolStudent(world.students[0])]))
    cases = [
        ((foreign, 10, None, False), "module_id", "progress.not_member"),
        ((module, -1, None, False), "hours_done", "number.negative"),
        ((module, 10, D(2026, 11, 27), True), "assessed_on", "date.in_future"),
        ((module, 10, None, True), "assessed_on", "progress.passed_undated"),
    ]
    for args, field, code in cases:
        with pytest.raises(ValidationFailed) as caught:
            svc.record_progress(app_id, *args)
        assert codes(caught.value)[field] == code
    assert count(world.services, ModuleProgress) == 0
    with pytest.raises(NotFound):
        svc.progress(app_id + 99)


def test_attach_an_existing_apprenticeship(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    with world.services.uow() as session:
        app = Apprenticeship(
            student_id=world.students[3],
            programme="school_joint",
            employer_id=world.enterprise,
            start_date=D(2026, 9, 1),
            end_date=D(2028, 6, 30),
            training_agreement_ref="XT-1",
        )
        foreign = Apprenticeship(
            student_id=world.students[2],
            programme="school_joint",
            employer_id=world.enterprise + 1,
            start_date=D(2026, 9, 1),
            end_date=D(2028, 6, 30),
        )
        session.add_all([app, foreign])
        session.flush()
        app_id, foreign_id = app.id, foreign.id
    svc.attach(pid, app_id)
    assert [m.apprenticeship_id for m in svc.cohort(pid)] == [app_id]
    with pytest.raises(ValidationFailed) as caught:
        svc.attach(pid, app_id)
    assert codes(caught.value) == {"apprenticeship_id": "member.already"}
    with pytest.raises(ValidationFailed) as caught:
        svc.attach(pid, foreign_id)
    assert codes(caught.value) == {"apprenticeship_id": "member.other_programme"}


def test_findings_for_all_names_open_placements_without_a_mentor(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    ok, lacking = svc.enrol(pid, enrol_draft(world, [EnrolStudent(s) for s in world.students[:2]]))
    member = next(m for m in svc.cohort(pid) if m.apprenticeship_id == lacking)
    svc.update_member(
        lacking,
        dataclasses.replace(member.draft, enterprise_mentor_id=None),
        version=member.version,
    )
    _placement_for(world, ok)
    placement = _placement_for(world, lacking)
    found = svc.findings_for_all(TODAY)
    assert [(p, f.rule_id, f.severity, f.field) for p, f in found] == [
        (placement, "R-APP-5", "warn", "enterprise_mentor_id")
    ]
    assert svc.findings_for_all(D(2027, 2, 1)) == []  # the placement has ended by then


def test_progress_of_several_modules_is_all_or_nothing(world):
    svc = world.services.programmes
    pid = svc.save(joint(world))
    a = svc.save_module(pid, ModuleDraft("汽车维护与保养", 100))
    b = svc.save_module(pid, ModuleDraft("发动机拆装", 100))
    (app_id,) = svc.enrol(pid, enrol_draft(world, [EnrolStudent(world.students[0])]))
    bad = [ProgressEntry(a, 100, D(2026, 11, 1), True), ProgressEntry(b, -5)]
    with pytest.raises(ValidationFailed) as caught:
        svc.record_progress_all(app_id, bad)
    assert codes(caught.value) == {"modules[1].hours_done": "number.negative"}
    assert count(world.services, ModuleProgress) == 0
    svc.record_progress_all(app_id, [bad[0], ProgressEntry(b, 20)])
    assert [r.hours_done for r in svc.progress(app_id)] == [100, 20]
