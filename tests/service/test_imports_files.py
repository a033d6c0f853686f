"""Import: reading messy and bad files (fixtures in tests/fixtures/import, see make_fixtures.py)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from jilin_apprentice.storage.models import AuditEntry, Student
from tests.factories import build_world

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def students_in(services) -> int:
    with services.uow.read() as session:
        return int(session.scalar(select(func.count(Student.id))))


def audit_rows(services) -> int:
    with services.uow.read() as session:
        return int(session.scalar(select(func.count(AuditEntry.id))))


def codes(row) -> list[str]:
    return [v.code for v in row.reasons]


@pytest.fixture
def world(services):
    return build_world(services)


@pytest.mark.parametrize("name", ["roster_utf8_bom.csv", "roster_utf8.csv", "roster_gbk.csv"])
def test_csv_in_utf8_with_or_without_bom_and_in_gbk_reads_the_same(services, world, name):
    preview = services.imports.preview("students", FIXTURES / name)
    assert preview.problems == ()
    assert preview.header_row == 1
    statuses = {r.row: r.status for r in preview.rows}
    assert statuses == {
        2: "ok",
        3: "ok",
        4: "ok",
        5: "ok",
        6: "ok",
        7: "invalid",
        8: "invalid",
        9: "invalid",
    }
    by_row = {r.row: r for r in preview.rows}
    assert codes(by_row[7]) == ["import.code_scientific"]
    assert codes(by_row[8]) == ["id.checksum"]
    assert codes(by_row[9]) == ["import.unknown_class"]
    assert by_row[3].label == "王芳"  # stray and inner spaces
    drafts = [by_row[n].draft.draft for n in range(2, 7)]
    assert {d.enrolment_date for d in drafts} == {dt.date(2024, 9, 1)}  # five spellings
    assert drafts[1].phone == "13812340001"
    assert drafts[2].id_number.isascii()  # full-width digits
    assert by_row[2].draft.draft.guardians[0].relationship == "父亲"
    assert "********" in by_row[2].key  # masked in the preview (PIPL)


def test_csv_mixing_utf8_and_gbk_lines_is_refused_naming_the_lines(services, world):
    preview = services.imports.preview("students", FIXTURES / "roster_mixed.csv")
    (problem,) = preview.problems
    assert problem.code == "import.mixed_encoding"
    assert problem.params["utf8"] == 1 and problem.params["other"] == 5
    assert preview.rows == ()


def test_merged_two_row_header_under_a_title_row(services, world):
    preview = services.imports.preview("students", FIXTURES / "roster_merged_header.xlsx")
    assert preview.problems == ()
    assert (preview.header_row, preview.header_rows) == (2, 2)
    fields = {c.header: c.field for c in preview.columns}
    assert fields["监护人姓名"] == "guardian.name"
    assert fields["监护人电话"] == "guardian.phone"
    assert fields["公民身份号码"] == "id_number"
    assert [r.row for r in preview.rows] == [4, 5, 6, 7, 8]  # the 合计 line is not a student
    assert [r.status for r in preview.rows] == ["ok"] * 4 + ["invalid"]
    assert codes(preview.rows[-1]) == ["import.code_as_number"]
    guardian = preview.rows[0].draft.draft.guardians[0]
    assert (guardian.name, guardian.phone) == ("家长10", "13900000010")  # phone stored as a number


def test_libreoffice_workbook_with_text_ids_imports(services, world):
    preview = services.imports.preview("students", FIXTURES / "roster_libreoffice_text_ids.xlsx")
    assert preview.problems == ()
    assert [r.status for r in preview.rows] == ["ok"] * 5 + ["invalid"] * 2
    outcome = services.imports.commit(preview, skip_invalid=True)
    assert len(outcome.created) == 5 and outcome.skipped_invalid == (7, 8)


def test_libreoffice_default_columns_turn_ids_into_numbers_and_they_are_refused(services, world):
    preview = services.imports.preview("students", FIXTURES / "roster_libreoffice_default.xlsx")
    by_row = {r.row: codes(r) for r in preview.rows}
    numeric = [n for n, c in by_row.items() if "import.code_as_number" in c]
    assert numeric == [2, 3, 6, 7, 8]
    # full-width digits and a final X are not numbers to LibreOffice: those stay text and pass
    assert by_row[4] == [] and by_row[5] == []
    assert preview.rows[4].draft.draft.enrolment_date == dt.date(2024, 9, 1)  # 20240901 as a number


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_sheet_libreoffice_makes_now_reads_like_the_kept_one(services, world, tmp_path):
    source = tmp_path / "roster.csv"
    shutil.copy(FIXTURES / "roster_for_libreoffice.csv", source)
    profile = (tmp_path / "profile").as_uri()
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--infilter=CSV:44,34,76,1,1/1/2/2", "--convert-to", "xlsx", "--outdir", str(tmp_path),
         str(source)],
        capture_output=True, timeout=120,
    )  # fmt: skip
    made = tmp_path / "roster.xlsx"
    if done.returncode or not made.exists():
        pytest.skip("soffice cannot convert CSV here (LibreOffice Calc missing?)")
    preview = services.imports.preview("students", made)
    assert [r.status for r in preview.rows] == ["ok"] * 5 + ["invalid"] * 2


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("password_protected.xlsx", "import.encrypted"),
        ("password_protected_real.xlsx", "import.encrypted"),
        ("old_format.xls", "import.old_xls"),
        ("not_a_sheet.xlsx", "import.not_spreadsheet"),
        ("empty.csv", "import.empty_file"),
        ("no_such_file.xlsx", "import.no_file"),
    ],
)
def test_bad_files_get_one_clear_problem_and_nothing_is_written(services, world, name, code):
    before = (students_in(services), audit_rows(services))
    preview = services.imports.preview("students", FIXTURES / name)
    assert [p.code for p in preview.problems] == [code]
    assert preview.problems[0].params["file"] == name
    with pytest.raises(Exception) as caught:
        services.imports.commit(preview)
    assert caught.value.violations[0].code == code
    assert (students_in(services), audit_rows(services)) == before


def test_a_zip_that_is_not_a_workbook(services, world, tmp_path):
    import zipfile

    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", "hello")
    assert [p.code for p in services.imports.preview("students", path).problems] == [
        "import.not_spreadsheet"
    ]


def test_100000_rows_of_junk_are_refused_quickly(services, world, tmp_path):
    import random
    import time

    rng = random.Random(1)
    path = tmp_path / "junk.csv"
    lines = (",".join(str(rng.random()) for _ in range(6)) for _ in range(100_000))
    path.write_text("\n".join(lines), encoding="utf-8")
    started = time.perf_counter()
    preview = services.imports.preview("students", path)
    assert time.perf_counter() - started < 3
    assert [p.code for p in preview.problems] == ["import.too_many_rows"]
    assert preview.problems[0].params["rows"] == 100_000


def test_junk_without_a_header_names_the_columns_it_looked_for(services, world, tmp_path):
    path = tmp_path / "junk.csv"
    path.write_text("\n".join(f"{i},abc,{i * 3}" for i in range(5000)), encoding="utf-8")
    (problem,) = services.imports.preview("students", path).problems
    assert problem.code == "import.no_header_row"
    assert "姓名" in problem.params["columns"]


def test_binary_junk_is_not_a_spreadsheet(services, world, tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(bytes(range(256)) * 20)
    assert services.imports.preview("students", path).problems[0].code == "import.not_spreadsheet"


def test_a_required_column_missing_is_named(services, world, tmp_path):
    path = tmp_path / "no_id.csv"
    path.write_text("姓名,性别,班级\n张三,男,2024级汽修1班\n", encoding="utf-8")
    (problem,) = services.imports.preview("students", path).problems
    assert problem.code == "import.missing_columns"
    assert problem.params["columns"] == "姓名" or "身份证号" in problem.params["columns"]
    assert "身份证号" in problem.params["columns"]


def test_header_without_rows_and_an_empty_sheet(services, world, tmp_path):
    header_only = tmp_path / "header.csv"
    header_only.write_text("姓名,身份证号,班级\n,,\n", encoding="utf-8")
    assert services.imports.preview("students", header_only).problems[0].code == "import.no_data"
    book = Workbook()
    empty = tmp_path / "empty.xlsx"
    book.save(empty)
    assert services.imports.preview("students", empty).problems[0].code == "import.empty_sheet"


def test_an_unknown_kind_is_refused(services):
    with pytest.raises(Exception) as caught:
        services.imports.preview("spaceships", FIXTURES / "roster_utf8.csv")
    assert caught.value.violations[0].code == "choice.invalid"
