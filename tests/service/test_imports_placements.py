"""Import of placements (drafts): lookups by ID number, enterprise, post and names; checks of
the placement editor; duplicates (same student, enterprise and start); approved ones kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from jilin_apprentice.domain.enums import PlacementStatus
from jilin_apprentice.services.import_report import write_template
from jilin_apprentice.storage.models import Placement
from tests.factories import build_world

HEADER = (
    "身份证号,姓名,实习单位,岗位名称,实习类型,开始日期,结束日期,企业导师,校内指导教师,实习报酬\n"
)
ENT, OTHER = "长春一汽配套有限公司", "吉林石化配套有限公司"


@pytest.fixture
def world(services):
    return build_world(services)


def ids(services, world) -> list[tuple[str, str]]:
    people = [services.students.get(i) for i in world.students]
    return [(p.id_number, p.name) for p in people]


def sheet(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "placements.csv"
    path.write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def codes(row) -> list[str]:
    return [v.code for v in row.reasons]


def test_rows_become_draft_placements(services, world, tmp_path):
    (n0, a), (n1, b), *_ = ids(services, world)
    path = sheet(
        tmp_path,
        f'{n0},{a},{ENT},汽车维修工,岗位实习,2027-03-01,2027-06-30,李师傅,张老师,"2,400元"',
        f"{n1},{b},{OTHER},装配工,认识实习,2027/3/1,2027年3月31日,赵师傅,,",
    )
    preview = services.imports.preview("placements", path)
    assert preview.problems == ()
    assert [r.status for r in preview.rows] == ["ok", "ok"]
    assert "********" in preview.rows[0].key
    outcome = services.imports.commit(preview)
    with services.uow.read() as session:
        made = [session.get(Placement, i) for i in outcome.created]
        first, second = made
        assert first.status is PlacementStatus.DRAFT
        assert (first.student_id, first.enterprise_id, first.post_id) == (
            world.students[0],
            world.enterprise,
            world.post,
        )
        assert (first.enterprise_mentor_id, first.school_supervisor_id) == (
            world.mentor,
            world.supervisor,
        )
        assert first.pay_amount_fen == 240_000
        assert (second.type.value, second.end_date) == ("cognitive", dt.date(2027, 3, 31))


def test_what_a_row_can_get_wrong(services, world, tmp_path):
    people = ids(services, world)
    (n0, a), (n1, _b), (n2, c), (n3, d) = people
    path = sheet(
        tmp_path,
        f"110101200001010000,某人,{ENT},汽车维修工,,2027-03-01,2027-06-30,,,",
        f"{n1},别人,{ENT},汽车维修工,,2027-03-01,2027-06-30,,,",
        f"{n2},{c},{ENT},装配工,,2027-03-01,2027-06-30,,,",
        f"{n3},{d},{ENT},汽车维修工,跟岗,2027-06-30,2027-03-01,赵师傅,,",
        f"{n0},{a},不存在公司,焊工,,2027-03-01,2027-06-30,,,",
        f"{n0},{a},{ENT},汽车维修工,,2027-03-01,2027-06-30,,张老师,",
        f"{n0},{a},{ENT},汽车维修工,,2027-05-01,2027-07-30,,,",
        f"{n2},{c},{ENT},汽车维修工,,2027-09-01,2027-10-01,,王老师,",
    )
    rows = services.imports.preview("placements", path).rows
    assert codes(rows[0]) == ["import.unknown_id"]
    assert codes(rows[1]) == ["import.name_mismatch"]
    assert codes(rows[2]) == ["import.unknown_post"]
    assert set(codes(rows[3])) == {
        "choice.invalid",
        "import.unknown_person",
        "date.end_before_start",
    }
    assert codes(rows[4]) == ["import.unknown_enterprise"]
    assert codes(rows[5]) == []
    assert codes(rows[6]) == ["import.repeated"]  # overlaps row 7 of the same student
    assert rows[6].reasons[0].params["first"] == 7
    assert codes(rows[7]) == ["import.unknown_person"]


def test_overlap_with_a_saved_placement_and_duplicates(services, world, tmp_path):
    (n0, a), *_ = ids(services, world)
    first = sheet(tmp_path, f"{n0},{a},{ENT},汽车维修工,,2027-03-01,2027-06-30,,,3000")
    services.imports.commit(services.imports.preview("placements", first))
    overlapping = sheet(tmp_path, f"{n0},{a},{OTHER},装配工,,2027-04-01,2027-05-30,,,")
    (row,) = services.imports.preview("placements", overlapping).rows
    assert codes(row) == ["placement.overlap"]
    again = sheet(tmp_path, f"{n0},{a},{ENT},汽车维修工,,2027-03-01,2027-07-31,,,3500")
    preview = services.imports.preview("placements", again)
    (row,) = preview.rows
    assert row.status == "duplicate" and row.reasons == ()  # its own dates do not clash
    outcome = services.imports.commit(preview, on_duplicate="update")
    with services.uow.read() as session:
        placement = session.get(Placement, outcome.updated[0])
        assert (placement.end_date, placement.pay_amount_fen) == (dt.date(2027, 7, 31), 350_000)


def test_an_approved_placement_is_never_changed_by_a_sheet(services, world, tmp_path):
    (n0, a), *_ = ids(services, world)
    path = sheet(tmp_path, f"{n0},{a},{ENT},汽车维修工,,2027-03-01,2027-06-30,,,3000")
    services.imports.commit(services.imports.preview("placements", path))
    with services.uow() as session:
        placement = session.scalars(select(Placement)).one()
        placement.status = PlacementStatus.APPROVED
    preview = services.imports.preview("placements", path)
    (row,) = preview.rows
    assert row.status == "duplicate"
    assert [w.code for w in row.warnings] == ["import.placement_locked"]
    outcome = services.imports.commit(preview, on_duplicate="update")
    assert outcome.updated == () and outcome.skipped_duplicates == (2,)


def test_placements_template_is_recognised(services, world, tmp_path):
    preview = services.imports.preview("placements", write_template("placements", tmp_path / "t"))
    assert preview.problems == ()
    assert {c.field for c in preview.columns} == set(services.imports.fields("placements"))
