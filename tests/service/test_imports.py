"""Import: checking rows, duplicates, one transaction, audit, presets, reports, round trips."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.domain.validators import make_resident_id
from jilin_apprentice.services.import_report import json_report, write_error_report, write_template
from jilin_apprentice.services.table_export import write_xlsx
from jilin_apprentice.storage.models import AuditEntry, Enterprise, Post, Student
from tests.factories import add_class, build_world
from tests.service.test_imports_files import FIXTURES, audit_rows, codes, students_in

CLASS = "2024级汽修1班"
HEADER = "姓名,身份证号,性别,班级,手机号,入学日期,学号\n"


def sid(i: int, sex: str = "M", born: dt.date = dt.date(2009, 6, 1)) -> str:
    return make_resident_id("220102", born, 500 + 2 * i, sex)


def roster(tmp_path: Path, *lines: str, header: str = HEADER, name: str = "r.csv") -> Path:
    path = tmp_path / name
    path.write_text(header + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture
def world(services):
    return build_world(services)


def test_one_invalid_row_refuses_the_whole_file(services, world, tmp_path):
    path = roster(tmp_path, f"甲,{sid(1)},男,{CLASS},,,", f"乙,{sid(2)[:-1]}0,男,{CLASS},,,")
    preview = services.imports.preview("students", path)
    before = (students_in(services), audit_rows(services))
    with pytest.raises(ValidationFailed) as caught:
        services.imports.commit(preview)
    (v,) = caught.value.violations
    assert (v.code, v.params["count"], v.params["rows"]) == ("import.refused", 1, "3")
    assert (students_in(services), audit_rows(services)) == before


def test_skip_invalid_writes_the_valid_rows_in_one_go_and_audits_masked(services, world, tmp_path):
    path = roster(
        tmp_path,
        f"甲,{sid(1)},男,{CLASS},13800000001,2024-09-01,S1",
        f"乙,{sid(2)[:-1]}0,男,{CLASS},,,",
        f"丙,{sid(3, 'F')},女,{CLASS},,,",
    )
    preview = services.imports.preview("students", path)
    outcome = services.imports.commit(preview, skip_invalid=True)
    assert len(outcome.created) == 2 and outcome.skipped_invalid == (3,)
    first = services.students.get(outcome.created[0])
    assert (first.name, first.student_no, first.phone) == ("甲", "S1", "13800000001")
    assert (first.sex, first.birth_date) == ("M", dt.date(2009, 6, 1))  # from the ID number
    third = services.students.get(outcome.created[1])
    assert third.enrolment_date == dt.date(2024, 9, 1)  # no date: the class's intake
    with services.uow.read() as session:
        entries = session.scalars(select(AuditEntry)).all()
    logged = " ".join(f"{e.old_value} {e.new_value}" for e in entries)
    assert sid(1) not in logged and "13800000001" not in logged
    assert any(e.action == "import" and e.new_value == "r.csv" for e in entries)
    assert students_in(services) == 6
    assert services.students.first_page.__self__ is services.students  # search index rebuilt:
    from jilin_apprentice.services.dto import ListQuery

    assert services.students.count(ListQuery(search="丙")) == 1


def test_a_failure_while_writing_leaves_nothing_behind(services, world, tmp_path, monkeypatch):
    path = roster(tmp_path, *(f"学生{i},{sid(i)},男,{CLASS},,," for i in range(5)))
    preview = services.imports.preview("students", path)
    handler = services.imports._kinds["students"]
    real, calls = handler.write, []

    def failing(session, item, existing_id):
        calls.append(1)
        if len(calls) == 4:
            raise RuntimeError("disk full")
        return real(session, item, existing_id)

    monkeypatch.setattr(handler, "write", failing)
    before = (students_in(services), audit_rows(services))
    with pytest.raises(RuntimeError):
        services.imports.commit(preview)
    assert (students_in(services), audit_rows(services)) == before


def test_duplicates_by_id_number_are_skipped_or_updated(services, world, tmp_path):
    known = services.students.get(world.students[0])
    path = roster(tmp_path, f"{known.name},{known.id_number},,{CLASS},13900000009,,")
    preview = services.imports.preview("students", path)
    (row,) = preview.rows
    assert (row.status, row.existing_id) == ("duplicate", known.id)
    skipped = services.imports.commit(preview, on_duplicate="skip")
    assert skipped.created == () and skipped.skipped_duplicates == (2,)
    assert services.students.get(known.id).phone == known.phone
    updated = services.imports.commit(preview, on_duplicate="update")
    assert updated.updated == (known.id,)
    after = services.students.get(known.id)
    assert after.phone == "13900000009"
    assert after.enrolment_date == known.enrolment_date  # no date column: left alone
    assert after.guardians == known.guardians  # no guardian columns: left alone


def test_update_leaves_columns_the_sheet_does_not_have(services, world, tmp_path):
    known = services.students.get(world.students[1])
    path = roster(tmp_path, f"新名字,{known.id_number},{CLASS}", header="姓名,身份证号,班级\n")
    services.imports.commit(services.imports.preview("students", path), on_duplicate="update")
    after = services.students.get(known.id)
    assert after.name == "新名字" and after.phone == known.phone


def test_same_id_twice_in_the_file_and_a_student_number_of_someone_else(services, world, tmp_path):
    services.students.update(
        world.students[0],
        dataclasses.replace(_draft_of(services, world.students[0]), student_no="S9"),
        expected_version=1,
    )
    path = roster(
        tmp_path,
        f"甲,{sid(1)},男,{CLASS},,,",
        f"甲,{sid(1)},男,{CLASS},,,",
        f"乙,{sid(2)},男,{CLASS},,,S9",
    )
    rows = services.imports.preview("students", path).rows
    assert codes(rows[1]) == ["import.repeated"] and rows[1].reasons[0].params["first"] == 2
    assert codes(rows[2]) == ["student_no.duplicate"]


def _draft_of(services, student_id):
    from jilin_apprentice.services.dto import StudentDraft

    d = services.students.get(student_id)
    return StudentDraft(d.name, d.id_number, d.class_id, d.enrolment_date, d.student_no, d.phone)


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ("男,2009-06-01", []),
        ("女,2009-06-01", ["import.sex_mismatch"]),
        ("男,2009-06-02", ["import.birth_mismatch"]),
        ("不详,", ["choice.invalid"]),
        (",", []),
    ],
)
def test_sex_and_birth_date_columns_must_agree_with_the_id(
    services, world, tmp_path, cells, expected
):
    path = roster(
        tmp_path, f"甲,{sid(1)},{CLASS},{cells}", header="姓名,身份证号,班级,性别,出生日期\n"
    )
    (row,) = services.imports.preview("students", path).rows
    assert codes(row) == expected


def test_field_rules_of_the_student_form_apply(services, world, tmp_path):
    future = sid(4, born=dt.date(2027, 1, 1))
    path = roster(
        tmp_path,
        f",{sid(1)},男,{CLASS},,,",
        f"乙,{sid(2)},男,{CLASS},12345,,",
        f"丙,{sid(3)},男,{CLASS},,2024-02-30,",
        f"丁,{future},男,{CLASS},,,",
        f"戊,{sid(5)[:15]},男,{CLASS},,,",
    )
    rows = services.imports.preview("students", path).rows
    assert [(r.reasons[0].field, r.reasons[0].code) for r in rows] == [
        ("name", "required"),
        ("phone", "phone.format"),
        ("enrolment_date", "import.date_format"),
        ("id_number", "id.birth_date"),
        ("id_number", "id.legacy_15"),
    ]


def test_major_that_disagrees_with_the_class_is_a_warning(services, world, tmp_path):
    path = roster(tmp_path, f"甲,{sid(1)},{CLASS},会计", header="姓名,身份证号,班级,专业\n")
    (row,) = services.imports.preview("students", path).rows
    assert row.status == "ok" and [w.code for w in row.warnings] == ["import.major_mismatch"]


def test_class_names_match_after_normalising(services, world, tmp_path):
    add_class(services, "２０２５级数控１班", 2025)
    path = roster(tmp_path, f"甲,{sid(1)},2025级数控1班 ", header="姓名,身份证号,班级\n")
    (row,) = services.imports.preview("students", path).rows
    assert row.status == "ok" and row.draft.draft.enrolment_date == dt.date(2025, 9, 1)


# --- enterprises and posts -------------------------------------------------------------------


def test_enterprises_sheet(services, world):
    preview = services.imports.preview("enterprises", FIXTURES / "enterprises.xlsx")
    assert preview.problems == ()
    rows = {r.row: r for r in preview.rows}
    assert [rows[n].status for n in (2, 3)] == ["ok", "ok"]
    assert codes(rows[4]) == ["uscc.checksum"] or rows[4].reasons[0].field == "uscc"
    assert codes(rows[5]) == ["import.code_as_number"]
    assert set(codes(rows[6])) == {"import.unknown_industry", "import.yes_no"}
    first = rows[2].draft.draft
    assert (first.industry_code, first.on_post_staff, first.is_training_base) == ("auto", 320, True)
    assert rows[3].draft.draft.contact_phone == "13843112345"
    outcome = services.imports.commit(preview, skip_invalid=True)
    assert len(outcome.created) == 2
    with services.uow.read() as session:
        made = session.get(Enterprise, outcome.created[0])
        assert (made.uscc, made.on_post_staff) == ("912201013982597914", 320)
    again = services.imports.preview("enterprises", FIXTURES / "enterprises.xlsx")
    assert [again.rows[0].status, again.rows[1].status] == ["duplicate", "duplicate"]


def test_posts_sheet_by_enterprise_name(services, world):
    preview = services.imports.preview("posts", FIXTURES / "posts.xlsx")
    rows = preview.rows
    assert [r.status for r in rows] == ["ok", "duplicate", "invalid", "invalid"]
    assert codes(rows[2]) == ["import.unknown_enterprise"]
    assert rows[3].reasons[0].field == "physical_intensity_level"
    assert rows[0].draft.draft.same_post_wage_fen == 420_000
    outcome = services.imports.commit(preview, skip_invalid=True, on_duplicate="update")
    assert len(outcome.created) == 1 and outcome.updated == (world.post,)
    with services.uow.read() as session:
        assert session.get(Post, world.post).same_post_wage_fen == 450_000


def test_posts_by_credit_code(services, world, tmp_path):
    from tests.factories import VALID_USCC

    path = roster(
        tmp_path,
        f"{VALID_USCC},焊工",
        f"{VALID_USCC[:-1]}0,焊工",
        header="统一社会信用代码,岗位名称\n",
    )
    rows = services.imports.preview("posts", path).rows
    assert rows[0].status == "ok" and codes(rows[1]) == ["import.unknown_enterprise"]


# --- presets, reports, templates, round trips ------------------------------------------------


def test_a_saved_mapping_reads_a_sheet_with_unusual_headers(services, world, tmp_path):
    path = roster(tmp_path, f"甲,{sid(1)},{CLASS}", header="学生名字,身份证件,所在班\n")
    assert services.imports.preview("students", path).problems[0].code == "import.no_header_row"
    mapping = {"学生名字": "name", "身份证件": "id_number", "所在班": "class_name"}
    preset = services.imports.save_preset("students", " 教务处导出 ", mapping)
    (saved,) = services.imports.presets("students")
    assert (saved.id, saved.name, saved.mapping) == (preset, "教务处导出", mapping)
    preview = services.imports.preview("students", path, mapping=saved.mapping)
    assert preview.problems == () and preview.rows[0].status == "ok"
    assert services.imports.save_preset("students", "教务处导出", {"学生名字": "name"}) == preset
    assert services.imports.presets("students")[0].mapping == {"学生名字": "name"}
    assert services.imports.presets("enterprises") == []
    services.imports.delete_preset(preset)
    assert services.imports.presets("students") == []


def test_a_mapping_can_move_or_drop_an_automatic_column(services, world, tmp_path):
    path = roster(tmp_path, f"甲,{sid(1)},{CLASS},13800000001,13900000002",
                  header="姓名,身份证号,班级,联系电话,手机\n")  # fmt: skip
    auto = services.imports.preview("students", path)
    assert auto.mapping["联系电话"] == "phone" and "手机" not in auto.mapping
    moved = services.imports.preview("students", path, mapping={"手机": "phone", "联系电话": None})
    assert moved.mapping == {
        "姓名": "name",
        "身份证号": "id_number",
        "班级": "class_name",
        "手机": "phone",
    }
    assert moved.rows[0].draft.draft.phone == "13900000002"


@pytest.mark.parametrize(
    ("name", "mapping", "code"),
    [("", {}, "required"), ("x" * 61, {}, "too_long"), ("ok", {"a": "nonsense"}, "choice.invalid")],
)
def test_preset_rules(services, name, mapping, code):
    with pytest.raises(ValidationFailed) as caught:
        services.imports.save_preset("students", name, mapping)
    assert caught.value.violations[0].code == code


def test_error_report_has_the_rows_and_a_reason_column(services, world, tmp_path):
    preview = services.imports.preview("students", FIXTURES / "roster_utf8.csv")
    out = write_error_report(preview, tmp_path / "errors")
    assert out.suffix == ".xlsx"
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "行号" and rows[0][-1] == "错误原因" and rows[0][2] == "身份证号码"
    assert [r[0] for r in rows[1:]] == [7, 8, 9]
    assert "scientific notation" in rows[1][-1]
    assert rows[2][2] == preview.rows[6].cells[1]  # the ID as typed, every digit


def test_json_report_lists_every_row(services, world):
    preview = services.imports.preview("students", FIXTURES / "roster_gbk.csv")
    report = json.loads(json.dumps(json_report(preview, None, dry_run=True), ensure_ascii=False))
    assert [r["row"] for r in report["rows"]] == list(range(2, 10))
    assert report["counts"] == {"ok": 5, "duplicate": 0, "invalid": 3}
    assert report["rows"][5]["reasons"][0]["code"] == "import.code_scientific"
    assert "Excel" in report["rows"][5]["reasons"][0]["message"]


@pytest.mark.parametrize("kind", ["students", "enterprises", "posts"])
def test_templates_are_recognised_and_their_example_row_is_valid(services, world, tmp_path, kind):
    path = write_template(kind, tmp_path / kind)
    preview = services.imports.preview(kind, path)
    assert preview.problems == ()
    assert {c.field for c in preview.columns} == set(services.imports.fields(kind))
    assert [r.status for r in preview.rows] in (["ok"], ["duplicate"])


STUDENT_LIST_HEADERS = [
    "学号", "姓名", "身份证号", "性别", "出生日期", "手机", "班级", "专业", "入学日期",
    "学习形式", "学籍状态", "监护人", "与学生关系", "监护人电话",
]  # fmt: skip


def test_round_trip_student_list_written_like_the_export_imports_back(services, world, tmp_path):
    people = [services.students.get(i) for i in world.students]
    rows = [
        [p.student_no, p.name, p.id_number, "男" if p.sex == "M" else "女", p.birth_date,
         p.phone, p.class_name, p.major_name, p.enrolment_date, "全日制", "在籍", "王父", "父亲",
         "13900000000"]
        for p in people
    ]  # fmt: skip
    path = write_xlsx(tmp_path / "students.xlsx", "学生名册", STUDENT_LIST_HEADERS, rows)
    here = services.imports.preview("students", path)
    assert here.problems == () and [r.status for r in here.rows] == ["duplicate"] * 4
    with services.uow() as session:  # the same school on another computer: empty roster
        for s in session.scalars(select(Student)).all():
            session.delete(s)
    fresh = services.imports.preview("students", path)
    assert [r.status for r in fresh.rows] == ["ok"] * 4
    outcome = services.imports.commit(fresh)
    back = [services.students.get(i) for i in outcome.created]
    assert [(b.name, b.id_number, b.phone, b.enrolment_date) for b in back] == [
        (p.name, p.id_number, p.phone, p.enrolment_date) for p in people
    ]
    assert back[0].guardians[0].name == "王父"


def test_round_trip_through_the_export_service_when_unmasked(services, world, tmp_path):
    exports = getattr(services, "exports", None)
    try:
        done = exports.export("enterprises", tmp_path / "e.xlsx", unmasked=True)
    except (AttributeError, NotImplementedError, KeyError) as exc:
        pytest.skip(f"export not available on this branch: {exc}")
    preview = services.imports.preview("enterprises", done.path)
    assert preview.problems == ()
    assert [r.status for r in preview.rows] == ["duplicate", "duplicate"]


def test_demo_presets_are_saved_once_and_read_their_sheets(services, world, tmp_path):
    from jilin_apprentice.services.demo_imports import seed_demo_imports

    assert seed_demo_imports(services) == 3
    assert seed_demo_imports(services) == 3  # replaced, not doubled
    (preset,) = services.imports.presets("students")
    path = roster(tmp_path, f"甲,{sid(1)},{CLASS}", header="学生姓名,证件号,行政班\n")
    preview = services.imports.preview("students", path, mapping=preset.mapping)
    assert preview.problems == () and preview.rows[0].status == "ok"


def test_every_import_field_has_a_label():
    from jilin_apprentice import messages
    from jilin_apprentice.domain import import_headers as ih

    for kind in ih.KINDS:
        for field in ih.fields_of(kind):
            assert messages.field_key(field) in messages.FIELDS, (kind, field)
