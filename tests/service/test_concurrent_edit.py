"""Two officers edit the same record from two open databases: no lost update (issue 8 scope 6).

Each officer has their own `Services` over the same SQLite file, as two copies of the app on a
shared drive (or two connections to PostgreSQL) would. Both load, both edit; the first save
wins, the second gets ConflictError("record.conflict") and the first change is still there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from jilin_apprentice.domain.errors import ConflictError
from jilin_apprentice.services.container import Services, open_services
from jilin_apprentice.services.dto import StudentDetail, StudentDraft
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.storage.models import Enterprise, Student
from tests.conftest import TODAY
from tests.factories import END, START, build_world


@pytest.fixture
def officers(db_path: Path, tmp_path: Path) -> Iterator[tuple[Services, Services]]:
    url = f"sqlite:///{db_path}"
    a = open_services(url, backup_dir=tmp_path / "a", actor="officer_a", today=lambda: TODAY)
    b = open_services(url, backup_dir=tmp_path / "b", actor="officer_b", today=lambda: TODAY)
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def _student_draft(services: Services, student_id: int) -> tuple[StudentDetail, StudentDraft]:
    d = services.students.get(student_id)
    return d, StudentDraft(
        name=d.name,
        id_number=d.id_number,
        class_id=d.class_id,
        enrolment_date=d.enrolment_date,
        phone=d.phone,
        address=d.address,
        student_no=d.student_no,
        guardians=d.guardians,
    )


def test_student_second_save_conflicts_and_first_is_kept(officers) -> None:
    a, b = officers
    world = build_world(a)
    sid = world.students[0]
    seen_a, draft_a = _student_draft(a, sid)
    seen_b, draft_b = _student_draft(b, sid)
    assert seen_a.version == seen_b.version
    a.students.update(
        sid, dataclasses.replace(draft_a, address="长春市南关区"), expected_version=seen_a.version
    )
    with pytest.raises(ConflictError) as caught:
        b.students.update(
            sid, dataclasses.replace(draft_b, phone="13600001234"), expected_version=seen_b.version
        )
    assert caught.value.code == "record.conflict"
    now = b.students.get(sid)  # officer B reloads and sees A's change, not a mix
    assert (now.address, now.phone) == ("长春市南关区", seen_a.phone)
    assert now.version == seen_a.version + 1


def test_enterprise_second_save_conflicts_and_first_is_kept(officers) -> None:
    a, b = officers
    world = build_world(a)
    eid = world.enterprise
    seen_a, seen_b = a.enterprises.get(eid), b.enterprises.get(eid)
    a.enterprises.update(
        eid,
        dataclasses.replace(seen_a.draft, contact_person="刘经理"),
        expected_version=seen_a.version,
    )
    with pytest.raises(ConflictError):
        b.enterprises.update(
            eid,
            dataclasses.replace(seen_b.draft, contact_person="陈主任", on_post_staff=99),
            expected_version=seen_b.version,
        )
    now = b.enterprises.get(eid)
    assert (now.draft.contact_person, now.draft.on_post_staff) == ("刘经理", 20)


def test_placement_second_save_conflicts_and_first_is_kept(officers) -> None:
    a, b = officers
    world = build_world(a)
    pid = a.placements.create(
        PlacementDraft(
            student_id=world.students[0],
            enterprise_id=world.enterprise,
            post_id=world.post,
            type="post",
            start_date=START,
            end_date=END,
            enterprise_mentor_id=world.mentor,
            school_supervisor_id=world.supervisor,
            pay_amount_fen=350_000,
            filing_ref="备案-1",
        )
    )
    seen_a, seen_b = a.placements.get(pid), b.placements.get(pid)
    a.placements.update(
        pid, dataclasses.replace(seen_a.draft, pay_amount_fen=380_000), version=seen_a.version
    )
    with pytest.raises(ConflictError):
        b.placements.update(
            pid, dataclasses.replace(seen_b.draft, filing_ref="备案-2"), version=seen_b.version
        )
    now = b.placements.get(pid).draft
    assert (now.pay_amount_fen, now.filing_ref) == (380_000, "备案-1")


def test_race_past_the_version_check_is_caught_at_flush(officers) -> None:
    """Both pass any check in Python; the UPDATE ... WHERE version = n of the slower one
    matches no row, SQLAlchemy raises StaleDataError and the unit of work a ConflictError."""
    a, b = officers
    world = build_world(a)
    sid, eid = world.students[1], world.enterprise
    with pytest.raises(ConflictError), b.uow() as session:
        student = session.get(Student, sid)
        enterprise = session.get(Enterprise, eid)
        seen = (student.version, enterprise.version)
        with a.uow() as other:  # officer A saves while B's form is open
            other.get(Student, sid).address = "吉林市船营区"
        student.address = "四平市铁西区"
        enterprise.notes = "B was here"
        assert seen == (1, 1)
    with a.uow.read() as session:
        assert session.get(Student, sid).address == "吉林市船营区"
        assert session.get(Enterprise, eid).notes is None  # B's whole unit rolled back
