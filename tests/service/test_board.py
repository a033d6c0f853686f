"""The post board against a real database: openings, suggestions through the rule engine,
caps, the class allocation and accepting (all or nothing)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from jilin_apprentice.domain.errors import NotFound, ValidationFailed
from jilin_apprentice.services.board_dto import OpeningDraft, Preference
from jilin_apprentice.services.dto import PostDraft
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.storage.models import AuditEntry, OpeningFill, Placement, Post, Student
from tests.factories import World, add_class, build_world, student_draft

D = dt.date
START, END = D(2027, 3, 1), D(2027, 6, 30)


@pytest.fixture
def world(services) -> World:
    return build_world(services)


def opening(w: World, **change) -> OpeningDraft:
    base = OpeningDraft(
        enterprise_id=w.enterprise,
        post_id=w.post,
        title="汽车维修工（春季）",
        count=2,
        start_date=START,
        end_date=END,
        majors=("汽车运用与维修",),
        grade_years=(3,),
        pay_amount_fen=380_000,
    )
    return dataclasses.replace(base, **change)


def count(services, model=Placement) -> int:
    with services.uow.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def codes(error: ValidationFailed) -> list[tuple[str, str]]:
    return [(v.field, v.code) for v in error.violations]


# --- openings ---------------------------------------------------------------------------------


def test_save_list_get_and_audit(services, world):
    oid = services.board.save_opening(opening(world))
    row = services.board.get_opening(oid)
    assert (row.count, row.filled, row.remaining, row.status) == (2, 0, 2, "open")
    assert row.majors == ("汽车运用与维修",) and row.grade_years == (3,)
    assert row.enterprise_name == "长春一汽配套有限公司" and row.post_title == "汽车维修工"
    assert [r.id for r in services.board.list_openings(search="一汽")] == [oid]
    assert services.board.list_openings(search="石化") == []
    assert services.board.list_openings(status="closed") == []
    services.board.save_opening(opening(world, count=3), oid, version=row.version)
    assert services.board.get_opening(oid).count == 3
    with services.uow.read() as session:
        entities = set(session.scalars(select(AuditEntry.entity)))
    assert "opening" in entities


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"end_date": D(2027, 2, 28)}, ("end_date", "date.end_before_start")),
        ({"end_date": D(2030, 3, 5)}, ("end_date", "opening.too_long")),
        ({"count": 0}, ("opening_count", "number.range")),
        ({"count": 1000}, ("opening_count", "number.range")),
        ({"title": "  "}, ("title", "required")),
        ({"placement_type": "apprenticeship"}, ("placement_type", "opening.type")),
        ({"grade_years": (0,)}, ("grade_years", "number.range")),
        ({"pay_amount_fen": -1}, ("pay_amount", "money.range")),
        ({"start_date": None}, ("start_date", "required")),
    ],
)
def test_bad_openings_are_refused(services, world, change, expected):
    with pytest.raises(ValidationFailed) as caught:
        services.board.save_opening(opening(world, **change))
    assert expected in codes(caught.value)
    assert services.board.list_openings() == []


def test_post_of_another_enterprise_refused(services, world):
    with pytest.raises(ValidationFailed) as caught:
        services.board.save_opening(opening(world, post_id=world.other_post))
    assert ("post_id", "post.other_enterprise") in codes(caught.value)


def test_close_delete_and_not_found(services, world):
    oid = services.board.save_opening(opening(world))
    services.board.close_opening(oid)
    assert services.board.get_opening(oid).status == "closed"
    services.board.set_status(oid, "open")
    assert services.board.get_opening(oid).status == "open"
    services.board.delete_opening(oid)
    with pytest.raises(NotFound):
        services.board.get_opening(oid)


# --- suggestions ------------------------------------------------------------------------------


def test_suggestions_respect_the_engine_and_the_board(services, world):
    first_year_class = add_class(services, "2026级汽修1班", 2026)
    young = services.students.create(
        student_draft(first_year_class, name="新生", seq=41, enrolment=D(2026, 9, 1))
    )
    under_16 = services.students.create(
        student_draft(world.class_id, name="小年", birth=D(2011, 6, 1), seq=43)
    )
    services.placements.create(
        PlacementDraft(
            student_id=world.students[0],
            enterprise_id=world.enterprise,
            post_id=world.post,
            start_date=D(2027, 6, 1),
            end_date=D(2027, 8, 31),
        )
    )
    oid = services.board.save_opening(opening(world, grade_years=(), count=5))
    result = services.board.suggestions(oid)
    shown = {s.student_id for s in result.rows}
    assert shown == set(world.students[1:])
    assert young not in shown and under_16 not in shown
    # the first-year student is sifted by R-AGE-2, the 15-year-old by R-AGE-1 (engine)
    assert result.excluded["R-AGE-2"] == 1
    assert result.excluded["R-AGE-1"] == 1
    assert result.excluded["busy"] == 1
    row = result.rows[0]
    # paperwork that follows approval does not exclude a draft
    assert "R-CONSENT-1" in row.paperwork and "R-INS-1" in row.paperwork
    assert row.age == 17 and row.grade_year == 3
    assert dict(row.parts)["major_exact"] == 40
    # caps: 20 staff at 10 % and 10 on the post at 20 % leave two places
    assert (result.remaining, result.places, result.cap_limited) == (5, 2, True)


def test_major_and_grade_year_wanted(services, world):
    oid = services.board.save_opening(opening(world, majors=("数控技术应用",)))
    result = services.board.suggestions(oid)
    assert result.rows == [] and result.excluded == {"major": 4}
    oid = services.board.save_opening(opening(world, majors=("交通运输大类",), grade_years=(2,)))
    assert services.board.suggestions(oid).excluded == {"grade_year": 4}


def test_unrelated_post_excludes_everyone(services, world):
    post = services.enterprises.save_post(world.enterprise, PostDraft("保洁员", on_post_staff=10))
    with services.uow() as session:
        session.get(Post, post).unrelated_to_major = True
    oid = services.board.save_opening(opening(world, post_id=post, majors=()))
    assert services.board.suggestions(oid).excluded == {"R-MAJ-1": 4}


def test_preferences_raise_the_score(services, world):
    oid = services.board.save_opening(opening(world))
    favourite = world.students[3]
    services.board.save_preference(
        Preference(favourite, D(2027, 3, 1), None, ("auto",), ("长春市",), (world.enterprise,))
    )
    rows = services.board.suggestions(oid).rows
    assert rows[0].student_id == favourite
    assert {"pref_enterprise", "pref_industry", "pref_city"} <= set(dict(rows[0].parts))
    assert rows[0].score == 100
    # availability that starts a day late takes the student off the list
    services.board.save_preference(Preference(favourite, D(2027, 3, 2)))
    assert favourite not in {s.student_id for s in services.board.suggestions(oid).rows}


def test_preference_round_trip_and_validation(services, world):
    sid = world.students[0]
    assert services.board.get_preference(sid) == Preference(sid)
    pref = Preference(sid, D(2027, 3, 1), D(2027, 8, 31), ("auto",), ("长春市",), (), "想去一汽")
    services.board.save_preference(pref)
    assert services.board.get_preference(sid) == pref
    for bad, expected in (
        (Preference(sid, D(2027, 3, 1), D(2027, 2, 1)), ("available_to", "date.end_before_start")),
        (Preference(sid, industries=("nonsense",)), ("industries", "choice.invalid")),
        (Preference(sid, enterprises=(99999,)), ("enterprises", "enterprise.not_found")),
    ):
        with pytest.raises(ValidationFailed) as caught:
            services.board.save_preference(bad)
        assert expected in codes(caught.value)
    assert services.board.get_preference(sid) == pref
    with pytest.raises(NotFound):
        services.board.get_preference(99999)


# --- accepting --------------------------------------------------------------------------------


def test_accept_creates_a_draft_and_fills_the_opening(services, world):
    oid = services.board.save_opening(opening(world, count=1))
    pid = services.board.accept(oid, world.students[2], school_supervisor_id=world.supervisor)
    detail = services.placements.get(pid)
    assert detail.status == "draft"
    d = detail.draft
    assert (d.post_id, d.enterprise_id, d.start_date, d.end_date) == (
        world.post,
        world.enterprise,
        START,
        END,
    )
    assert (d.pay_amount_fen, d.pay_unit, d.school_supervisor_id) == (
        380_000,
        "month",
        world.supervisor,
    )
    row = services.board.get_opening(oid)
    assert (row.filled, row.remaining, row.status) == (1, 0, "filled")
    assert count(services, OpeningFill) == 1
    with services.uow.read() as session:
        assert "opening_fill" in set(session.scalars(select(AuditEntry.entity)))
    # a filled opening takes nobody else
    with pytest.raises(ValidationFailed) as caught:
        services.board.accept(oid, world.students[3])
    assert ("status", "board.not_open") in codes(caught.value)
    # a placement made from the opening keeps it from being deleted
    with pytest.raises(ValidationFailed) as caught:
        services.board.delete_opening(oid)
    assert codes(caught.value) == [("status", "opening.has_fills")]
    # terminating the placement frees the place again
    with services.uow() as session:
        session.get(Placement, pid).status = "terminated"
    assert services.board.get_opening(oid).remaining == 1
    services.board.set_status(oid, "open")
    assert services.board.get_opening(oid).status == "open"


def test_accept_all_is_all_or_nothing_and_names_the_student(services, world):
    oid = services.board.save_opening(opening(world, count=2))
    busy = world.students[1]
    services.placements.create(
        PlacementDraft(
            student_id=busy,
            enterprise_id=world.enterprise,
            post_id=world.post,
            start_date=D(2027, 1, 1),
            end_date=D(2027, 3, 1),
        )
    )
    before = count(services)
    with pytest.raises(ValidationFailed) as caught:
        services.board.accept_all([(world.students[0], oid), (busy, oid)])
    refused = [v for v in caught.value.violations if v.code == "board.refused"]
    assert [v.params["student"] for v in refused] == ["学生1"]
    assert ("student_id", "board.excluded.busy") in codes(caught.value)
    assert count(services) == before and count(services, OpeningFill) == 0


def test_caps_count_the_whole_batch_and_the_drafts_already_made(services, world):
    oid = services.board.save_opening(opening(world, count=4))
    with pytest.raises(ValidationFailed) as caught:
        services.board.accept_all([(s, oid) for s in world.students[:3]])
    assert [v.code for v in caught.value.violations] == ["board.over_cap"]
    assert caught.value.violations[0].params["places"] == 2
    services.board.accept_all([(s, oid) for s in world.students[:2]])
    # the two board drafts now count: no room left under the caps
    result = services.board.suggestions(oid)
    assert (result.remaining, result.places) == (2, 0)
    with pytest.raises(ValidationFailed) as caught:
        services.board.accept(oid, world.students[2])
    assert [v.code for v in caught.value.violations] == ["board.over_cap"]


def test_same_student_twice_refused(services, world):
    a = services.board.save_opening(opening(world))
    b = services.board.save_opening(opening(world, title="第二批"))
    with pytest.raises(ValidationFailed) as caught:
        services.board.accept_all([(world.students[0], a), (world.students[0], b)])
    assert ("student_id", "board.student_twice") in codes(caught.value)


# --- allocation -------------------------------------------------------------------------------


def test_propose_allocates_a_class_within_places_and_caps(services, world):
    big = services.enterprises.save_post(
        world.enterprise, PostDraft("钣金工", major_category="交通运输大类", on_post_staff=10)
    )
    a = services.board.save_opening(opening(world, count=1))
    b = services.board.save_opening(opening(world, post_id=big, title="钣金工", count=3))
    services.board.save_preference(Preference(world.students[3], enterprises=(world.enterprise,)))
    assert services.board.openings_for_class(world.class_id) == [a, b]
    students = services.board.students_of_class(world.class_id)
    proposal = services.board.propose(students, [a, b])
    # the enterprise cap (2 of 20 staff) binds before the places (1 + 3)
    assert len(proposal.assigned) == 2
    assert sum(proposal.places.values()) == 2
    assert world.students[3] in {p.student_id for p in proposal.assigned}
    assert {u.reasons for u in proposal.unplaced} == {("places_taken",)}
    pids = services.board.accept_all([(p.student_id, p.opening_id) for p in proposal.assigned])
    assert len(pids) == 2
    again = services.board.propose(students, [a, b])
    assert again.assigned == []


def test_propose_explains_who_stays_unplaced(services, world):
    a = services.board.save_opening(opening(world, majors=("数控技术应用",)))
    with services.uow() as session:
        session.get(Student, world.students[0]).status = "suspended"
    proposal = services.board.propose(world.students, [a])
    reasons = {u.student_id: u.reasons for u in proposal.unplaced}
    assert reasons[world.students[0]] == ("not_free",)
    assert reasons[world.students[1]] == ("major",)
    assert services.board.classes()[0].students == 3


# --- demo -------------------------------------------------------------------------------------


def test_demo_board_plants_what_the_board_should_find(demo_services):
    openings = demo_services.board.list_openings()  # build_demo ran seed_demo_board
    assert 10 <= len(openings) <= 15
    assert [o.status for o in openings].count("filled") == 1
    assert [o.status for o in openings].count("closed") == 1
    by_title = {o.title: o for o in openings}
    ktv = next(o for t, o in by_title.items() if "寒假" in t)
    result = demo_services.board.suggestions(ktv.id)
    assert result.rows == [] and "R-PROH-1" in result.excluded
    car = next(o for t, o in by_title.items() if "汽车运用与维修" in t)
    assert set(demo_services.board.suggestions(car.id).excluded) == {"major"}
    assert any(demo_services.board.suggestions(o.id).cap_limited for o in openings)


@pytest.mark.parametrize(
    ("staff", "pct", "peak", "room"),
    [
        (20, 10, 0, 2),
        (20, 10, 1, 1),
        (20, 10, 2, 0),
        (20, 10, 5, 0),
        (25, 10, 0, 2),
        (0, 10, 0, None),
    ],
)
def test_cap_headroom_matches_the_engine_boundary(staff, pct, peak, room):
    from jilin_apprentice.services.board_match import cap_headroom

    assert cap_headroom(staff, pct, peak) == room
    if room is not None:  # one more than the room is exactly where R-CAP warns
        assert (peak + room) * 100 <= staff * pct < (peak + room + 1) * 100 or room == 0


def test_shared_cap_room_goes_to_openings_with_eligible_students(services, world):
    from collections import Counter

    from jilin_apprentice.services.board_match import load_world
    from jilin_apprentice.services.board_propose import share_places

    a = services.board.save_opening(opening(world, count=2))
    b = services.board.save_opening(opening(world, title="第二批", count=2))
    with services.uow.read() as session:
        infos, *_ = load_world(session, services.today(), [a, b], None)
    assert share_places(infos, Counter({a: 4, b: 4})) == {a: 2, b: 0}
    assert share_places(infos, Counter({a: 0, b: 4})) == {a: 0, b: 2}
