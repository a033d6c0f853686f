"""TrainingCalendarService against a real migrated database (issue 6 §2, calendar part)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from jilin_apprentice.domain.enums import DayType
from jilin_apprentice.domain.errors import NotFound, ValidationFailed
from jilin_apprentice.domain.training_calendar import CalendarPattern
from jilin_apprentice.storage.models import (
    Apprenticeship,
    ApprenticeshipProgramme,
    AuditEntry,
    Placement,
    Post,
    ProgrammeMember,
    ReferenceValue,
    TrainingDay,
)
from tests.factories import build_world, forget_holidays

D = dt.date
APP_START, APP_END = D(2026, 9, 1), D(2028, 6, 30)

PATTERN = CalendarPattern(D(2026, 12, 7), D(2027, 2, 26))  # Mon; 2 weeks school first


@pytest.fixture
def world(services):
    forget_holidays(services, 2027)  # these tests need a year whose list is not stored
    return build_world(services)


def add_apprenticeship(w, student, start=APP_START, end=APP_END, **extra) -> int:
    with w.services.uow() as session:
        app = Apprenticeship(
            student_id=student,
            programme=extra.pop("programme", "school_joint"),
            employer_id=w.enterprise,
            start_date=start,
            end_date=end,
            training_agreement_ref="XT-1",
            **extra,
        )
        session.add(app)
        session.flush()
        return app.id


def add_programme(w, members: list[int], pattern: CalendarPattern | None = PATTERN) -> int:
    with w.services.uow() as session:
        prog = ApprenticeshipProgramme(
            name="汽修现代学徒制2026",
            programme="school_joint",
            enterprise_id=w.enterprise,
            start_date=D(2026, 9, 1),
            end_date=D(2028, 6, 30),
            calendar_pattern=pattern.to_json() if pattern else None,
        )
        session.add(prog)
        session.flush()
        for app_id in members:
            session.add(ProgrammeMember(programme_id=prog.id, apprenticeship_id=app_id))
        return prog.id


def add_placement(w, student, enterprise, post, start, end, status="approved", app_id=None):
    with w.services.uow() as session:
        p = Placement(
            student_id=student,
            enterprise_id=enterprise,
            post_id=post,
            type="post",
            status=status,
            start_date=start,
            end_date=end,
            apprenticeship_id=app_id,
        )
        session.add(p)
        session.flush()
        return p.id


def day_count(services) -> int:
    with services.uow.read() as session:
        return session.scalar(select(func.count()).select_from(TrainingDay))


def codes(error: ValidationFailed) -> list[str]:
    return [v.code for v in error.violations]


def test_pattern_round_trip_and_audit(world):
    svc = world.services.calendar
    prog = add_programme(world, [], pattern=None)
    assert svc.pattern(prog) is None
    assert svc.default_pattern(prog).start == D(2026, 9, 1)
    svc.save_pattern(prog, PATTERN)
    assert svc.pattern(prog) == PATTERN
    with world.services.uow.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "apprenticeship_programme")
        ).one()
    assert entry.field == "calendar_pattern"


def test_bad_pattern_is_refused_and_not_saved(world):
    svc = world.services.calendar
    prog = add_programme(world, [], pattern=None)
    bad = CalendarPattern(D(2027, 1, 1), D(2026, 12, 31), weekdays=frozenset())
    with pytest.raises(ValidationFailed) as caught:
        svc.save_pattern(prog, bad)
    assert set(codes(caught.value)) == {"date.end_before_start", "calendar.no_weekdays"}
    assert svc.pattern(prog) is None
    with pytest.raises(NotFound):
        svc.pattern(9999)


def test_generate_writes_days_and_notes_missing_holiday_years(world):
    svc = world.services.calendar
    a0 = add_apprenticeship(world, world.students[0])
    a1 = add_apprenticeship(world, world.students[1], start=D(2027, 1, 4))
    prog = add_programme(world, [a0, a1])
    result = svc.generate(prog)
    assert result.members == 2
    # 12 weeks Mon-Fri = 60 days for a0; a1 starts at week 5 -> 40 days
    assert result.days_written == 100
    assert [n.params.get("year") for n in result.notes] == [2027]  # 2026 is stored, 2027 not
    days = svc.days(a0)
    assert days[0].day == D(2026, 12, 7) and days[0].day_type == DayType.SCHOOL
    assert {d.day_type for d in days if D(2026, 12, 21) <= d.day <= D(2027, 1, 1)} == {
        DayType.ENTERPRISE
    }
    assert not any(d.manual for d in days)
    s = svc.summary(a0)
    assert s.days_by_type[DayType.SCHOOL] == 30 and s.days_by_type[DayType.ENTERPRISE] == 30
    assert s.enterprise_hours_x10 == 2400 and s.enterprise_share_pct == 50
    place = svc.today_place(world.students[0], D(2026, 12, 22))
    assert place is not None and place.day_type == DayType.ENTERPRISE
    assert svc.today_place(world.students[0], D(2026, 12, 26)) is None  # Saturday: rest


def test_stored_holidays_become_holiday_days(world):
    svc = world.services.calendar
    a0 = add_apprenticeship(world, world.students[0])
    prog = add_programme(world, [a0])
    with world.services.uow() as session:
        session.add(
            ReferenceValue(
                key="public_holidays.2027",
                value_json='{"dates": ["2027-01-01", "2027-02-08"]}',
                effective_from=D(2027, 1, 1),
                source="test",
                verified=False,
            )
        )
    result = svc.generate(prog)
    assert result.notes == ()
    by_day = {d.day: d for d in svc.days(a0)}
    assert by_day[D(2027, 1, 1)].day_type == DayType.HOLIDAY
    assert by_day[D(2027, 1, 1)].hours_x10 is None
    assert by_day[D(2027, 2, 8)].day_type == DayType.HOLIDAY


def test_regenerate_keeps_leave_days(world):
    svc = world.services.calendar
    a0 = add_apprenticeship(world, world.students[0])
    prog = add_programme(world, [a0])
    svc.generate(prog)
    leave = [D(2026, 12, 22), D(2026, 12, 23)]
    assert svc.set_days(a0, leave, DayType.LEAVE, note="病假") == 2
    svc.save_pattern(
        prog, CalendarPattern(D(2026, 12, 7), D(2027, 1, 29), first_block=DayType.ENTERPRISE)
    )
    result = svc.generate(prog)
    assert result.days_kept == 2
    by_day = {d.day: d for d in svc.days(a0)}
    assert by_day[D(2026, 12, 22)].day_type == DayType.LEAVE and by_day[D(2026, 12, 22)].manual
    assert by_day[D(2026, 12, 7)].day_type == DayType.ENTERPRISE
    assert max(by_day) == D(2027, 1, 29)  # old generated days after the new end are gone
    assert len(by_day) == 40


def test_set_days_without_note_is_still_manual(world):
    svc = world.services.calendar
    a0 = add_apprenticeship(world, world.students[0])
    svc.set_days(a0, [D(2026, 12, 5)], DayType.ENTERPRISE, 80)
    assert svc.days(a0)[0].manual and svc.days(a0)[0].note == ""


def test_set_days_refuses_bad_input_and_writes_nothing(world):
    svc = world.services.calendar
    a0 = add_apprenticeship(world, world.students[0], end=D(2027, 6, 30))
    with pytest.raises(ValidationFailed) as caught:
        svc.set_days(a0, [D(2027, 6, 30), D(2027, 7, 1), D(2027, 7, 2)], DayType.LEAVE)
    v = caught.value.violations[0]
    assert v.code == "calendar.outside_apprenticeship"
    assert v.params["dates"] == "2027-07-01, 2027-07-02" and v.params["count"] == 2
    with pytest.raises(ValidationFailed) as caught:
        svc.set_days(a0, [D(2027, 1, 4)], DayType.ENTERPRISE, 250)
    assert codes(caught.value) == ["number.range"]
    with pytest.raises(ValidationFailed) as caught:
        svc.set_days(a0, [], DayType.LEAVE)
    assert codes(caught.value) == ["required"]
    with pytest.raises(NotFound):
        svc.set_days(9999, [D(2027, 1, 4)], DayType.LEAVE)
    assert day_count(world.services) == 0


def test_hours_within_a_day_but_over_limits_save_as_findings(world):
    svc = world.services.calendar
    a0 = add_apprenticeship(world, world.students[0])
    week = [D(2027, 3, 1) + dt.timedelta(days=i) for i in range(7)]  # Mon..Sun
    svc.set_days(a0, week, DayType.ENTERPRISE, 90)
    found = {(f.rule_id, f.field, f.severity) for f in svc.findings(a0)}
    assert ("R-TIME-2", "hours_per_day", "block") in found
    assert ("R-TIME-2", "days_per_week", "block") in found
    assert ("R-TIME-4", "work_on_rest_days", "block") in found


def test_employee_apprentice_is_not_an_intern(world):
    svc = world.services.calendar
    a0 = add_apprenticeship(
        world,
        world.students[0],
        programme="enterprise_new",
        labour_contract_start=D(2026, 9, 1),
        labour_contract_end=D(2028, 8, 31),
    )
    svc.set_days(a0, [D(2027, 3, 6)], DayType.ENTERPRISE, 80)  # a Saturday
    assert svc.findings(a0) == []


def test_conflict_with_another_apprenticeship_refuses_the_whole_generation(world):
    svc = world.services.calendar
    a0 = add_apprenticeship(world, world.students[0], end=D(2026, 12, 31))
    a0b = add_apprenticeship(world, world.students[0], start=D(2027, 1, 1))
    a1 = add_apprenticeship(world, world.students[1])
    svc.set_days(a0, [D(2026, 12, 30)], DayType.LEAVE)  # a0's own calendar
    with world.services.uow() as session:  # a0b's calendar wrongly overlaps a0's last day
        session.execute(
            select(Apprenticeship).where(Apprenticeship.id == a0b)
        ).scalar_one().start_date = D(2026, 12, 1)
    prog = add_programme(world, [a1, a0b])
    before = day_count(world.services)
    with pytest.raises(ValidationFailed) as caught:
        svc.generate(prog)
    v = caught.value.violations[0]
    assert v.code == "calendar.other_apprenticeship"
    assert v.params == {"student": "学生0", "dates": "2026-12-30", "count": 1}
    assert day_count(world.services) == before  # a1 got nothing either
    with pytest.raises(ValidationFailed) as caught:
        svc.set_days(a0b, [D(2026, 12, 30)], DayType.SCHOOL, 80)
    assert codes(caught.value) == ["calendar.other_apprenticeship"]


def test_conflict_with_a_placement_elsewhere(world):
    svc = world.services.calendar
    a0 = add_apprenticeship(world, world.students[0])
    with world.services.uow.read() as session:
        other_ent = session.get(Post, world.other_post).enterprise_id
    add_placement(
        world, world.students[0], other_ent, world.other_post, D(2027, 1, 4), D(2027, 1, 31)
    )
    add_placement(  # same employer: no conflict
        world, world.students[0], world.enterprise, world.post, D(2027, 2, 1), D(2027, 2, 28)
    )
    add_placement(  # cancelled kinds do not count
        world,
        world.students[0],
        other_ent,
        world.other_post,
        D(2027, 2, 1),
        D(2027, 2, 5),
        status="terminated",
    )
    prog = add_programme(world, [a0])
    with pytest.raises(ValidationFailed) as caught:
        svc.generate(prog)
    [v] = caught.value.violations
    assert v.code == "calendar.placement_conflict"
    assert v.params["student"] == "学生0" and v.params["count"] == 20
    assert v.params["dates"] == "2027-01-04, 2027-01-05, 2027-01-06"
    assert day_count(world.services) == 0
    # leave on those dates is not a second place
    svc.set_days(a0, [D(2027, 1, 4)], DayType.LEAVE)
    with pytest.raises(ValidationFailed):
        svc.set_days(a0, [D(2027, 1, 5)], DayType.SCHOOL, 80)


def test_programme_without_members_or_pattern(world):
    svc = world.services.calendar
    prog = add_programme(world, [])
    assert [n.code for n in svc.generate(prog).notes] == [
        "calendar.no_holidays",
        "calendar.no_members",
    ]
    bare = add_programme(world, [], pattern=None)
    with pytest.raises(ValidationFailed) as caught:
        svc.generate(bare)
    assert codes(caught.value) == ["calendar.no_pattern"]


def test_findings_for_all_keyed_by_open_placements(world):
    svc = world.services.calendar
    a0 = add_apprenticeship(world, world.students[0])
    p_open = add_placement(
        world,
        world.students[0],
        world.enterprise,
        world.post,
        D(2026, 9, 1),
        D(2027, 6, 30),
        status="active",
        app_id=a0,
    )
    add_placement(
        world,
        world.students[0],
        world.enterprise,
        world.post,
        D(2026, 9, 1),
        D(2026, 10, 1),
        status="completed",
        app_id=a0,
    )
    svc.set_days(a0, [D(2027, 3, 1)], DayType.ENTERPRISE, 100)
    found = svc.findings_for_all(D(2026, 11, 26))
    assert [(pid, f.rule_id, f.params["dates"]) for pid, f in found] == [
        (p_open, "R-TIME-2", "2027-03-01")
    ]


def test_member_and_programme_choices(world):
    svc = world.services.calendar
    a0 = add_apprenticeship(world, world.students[0])
    prog = add_programme(world, [a0])
    assert [(c.id, c.has_pattern) for c in svc.programme_choices()] == [(prog, True)]
    [m] = svc.member_choices(prog)
    assert m.apprenticeship_id == a0 and m.student_name == "学生0"


def test_demo_seed_plants_the_breaches(world):
    from jilin_apprentice.services.demo_calendar import seed_demo_calendar

    apps = [add_apprenticeship(world, s) for s in world.students[:3]]
    with world.services.uow() as session:
        for n, app_id in enumerate(apps):
            prog = ApprenticeshipProgramme(
                name=f"项目{n}",
                programme="school_joint",
                enterprise_id=world.enterprise,
                start_date=D(2026, 9, 1),
                end_date=D(2028, 6, 30),
            )
            session.add(prog)
            session.flush()
            session.add(ProgrammeMember(programme_id=prog.id, apprenticeship_id=app_id))
    made = seed_demo_calendar(world.services)
    assert made > 3 * 400
    svc = world.services.calendar
    found = [{(f.rule_id, f.field) for f in svc.findings(a)} for a in apps]
    assert found[0] == set()
    assert ("R-TIME-2", "hours_per_day") in found[1]
    assert ("R-TIME-4", "work_on_rest_days") in found[2]
    assert all(sum(d.manual for d in svc.days(a)) == 2 for a in apps)  # leave kept
    assert seed_demo_calendar(world.services) > 0  # runs again without conflicts


def test_pattern_findings_before_saving(world):
    svc = world.services.calendar
    prog = add_programme(world, [], pattern=None)
    nine = CalendarPattern(
        D(2027, 3, 1), D(2027, 3, 31), first_block=DayType.ENTERPRISE, enterprise_hours_x10=90
    )
    assert {f.field for f in svc.pattern_findings(prog, nine)} == {
        "hours_per_day",
        "days_per_week",
    }
    assert svc.pattern_findings(prog, CalendarPattern(D(2027, 3, 1), D(2027, 3, 31))) == []
    assert svc.pattern(prog) is None  # nothing saved
