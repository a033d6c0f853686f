"""`python -m jilin_apprentice import KIND FILE …` in a subprocess: exit codes, report, writes."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.test_cli import count, run_app
from tests.factories import build_world

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


@pytest.fixture
def db(services, db_path: Path, tmp_path: Path) -> Path:
    build_world(services)
    services.close()
    target = tmp_path / "cli.db"
    shutil.copy(db_path, target)
    return target


def imp(db: Path, *args: str):
    return run_app("--db", f"sqlite:///{db}", "import", *args, timeout=120)


def test_dry_run_reports_every_row_and_writes_nothing(db: Path, tmp_path: Path):
    report = tmp_path / "report.json"
    done = imp(
        db, "students", str(FIXTURES / "roster_gbk.csv"), "--dry-run", "--report", str(report)
    )
    assert done.returncode == 1, done.stderr  # invalid rows, no --skip-invalid
    assert "5 ok, 0 duplicate, 3 invalid" in done.stdout
    assert "row 7:" in done.stderr and "scientific notation" in done.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [(r["row"], r["status"]) for r in data["rows"]][-3:] == [
        (7, "invalid"),
        (8, "invalid"),
        (9, "invalid"),
    ]
    assert data["rows"][0]["reasons"] == [] and data["dry_run"] is True
    assert count(db, "student") == 4


def test_without_skip_invalid_the_whole_file_is_refused(db: Path):
    done = imp(db, "students", str(FIXTURES / "roster_utf8_bom.csv"))
    assert done.returncode == 1
    assert "Nothing was imported: 3 row(s) are invalid (sheet rows 7, 8, 9)" in done.stderr
    assert count(db, "student") == 4


def test_skip_invalid_imports_the_valid_rows_then_duplicates_are_skipped_or_updated(db: Path):
    done = imp(db, "students", str(FIXTURES / "roster_utf8_bom.csv"), "--skip-invalid")
    assert done.returncode == 0, done.stderr
    assert "imported: 5 created, 0 updated" in done.stdout
    assert count(db, "student") == 9
    again = imp(db, "students", str(FIXTURES / "roster_utf8_bom.csv"), "--skip-invalid")
    assert again.returncode == 0 and "0 created, 0 updated, 5 duplicates skipped" in again.stdout
    update = imp(
        db,
        "students",
        str(FIXTURES / "roster_gbk.csv"),
        "--skip-invalid",
        "--on-duplicate",
        "update",
    )
    assert "0 created, 5 updated" in update.stdout
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT id_number FROM student")]
        logged = " ".join(str(r[0]) for r in conn.execute("SELECT new_value FROM audit_log"))
    assert not any(i in logged for i in ids)  # audit masks ID numbers


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("password_protected.xlsx", "password"),
        ("not_a_sheet.xlsx", "not a spreadsheet"),
        ("empty.csv", "empty"),
        ("roster_mixed.csv", "mixes text encodings"),
    ],
)
def test_bad_files_exit_2_with_a_clear_message(db: Path, name: str, words: str):
    done = imp(db, "students", str(FIXTURES / name))
    assert done.returncode == 2
    assert words in done.stderr
    assert count(db, "student") == 4


def test_enterprises_and_posts(db: Path, tmp_path: Path):
    done = imp(db, "enterprises", str(FIXTURES / "enterprises.xlsx"), "--skip-invalid")
    assert done.returncode == 0 and "2 created" in done.stdout
    posts = imp(
        db,
        "posts",
        str(FIXTURES / "posts.xlsx"),
        "--skip-invalid",
        "--report",
        str(tmp_path / "p.json"),
    )
    assert posts.returncode == 0 and "1 created" in posts.stdout
    data = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert data["written"]["skipped_duplicates"] == [3]
    assert data["written"]["skipped_invalid"] == [4, 5]


def test_unknown_kind_is_a_usage_error(db: Path):
    done = imp(db, "spaceships", str(FIXTURES / "roster_utf8.csv"))
    assert done.returncode == 2 and "invalid choice" in done.stderr


def test_placements_as_drafts(db: Path, tmp_path: Path):
    with sqlite3.connect(db) as conn:
        number, name = conn.execute("SELECT id_number, name FROM student ORDER BY id").fetchone()
    sheet = tmp_path / "placements.csv"
    sheet.write_text(
        "身份证号,姓名,实习单位,岗位名称,开始日期,结束日期\n"
        f"{number},{name},长春一汽配套有限公司,汽车维修工,2027-03-01,2027-06-30\n",
        encoding="gbk",
    )
    done = imp(db, "placements", str(sheet))
    assert done.returncode == 0, done.stderr
    assert "1 created" in done.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM placement").fetchall() == [("draft",)]


def test_payments_need_enterprise_and_month_and_write_once(services, db_path: Path, tmp_path: Path):
    import datetime as dt

    from jilin_apprentice.services.placement_dto import PlacementDraft
    from jilin_apprentice.storage.models import Placement, Student

    w = build_world(services)
    draft = PlacementDraft(
        student_id=w.students[0], enterprise_id=w.enterprise, post_id=w.post, type="post",
        start_date=dt.date(2026, 7, 15), end_date=dt.date(2027, 1, 14),
        enterprise_mentor_id=w.mentor, school_supervisor_id=w.supervisor,
        pay_amount_fen=350_000, filing_ref="备案-1",
    )  # fmt: skip
    pid = services.placements.create(draft)
    with services.uow() as session:
        session.get(Placement, pid).status = "active"
        person = session.get(Student, w.students[0])
        line = f"{person.name},{person.id_number},3500,2026-11-10"
    services.close()
    sheet = tmp_path / "payroll.csv"
    sheet.write_text(f"姓名,身份证号,实发工资,发放日期\n{line}\n", encoding="utf-8")
    missing = imp(db_path, "payments", str(sheet))
    assert missing.returncode == 2 and "enterprise" in missing.stderr.lower()
    args = ("payments", str(sheet), "--enterprise", "长春一汽配套有限公司", "--month", "2026-11")
    done = imp(db_path, *args, "--report", str(tmp_path / "pay.json"))
    assert done.returncode == 0, done.stderr
    assert "1 created" in done.stdout
    assert json.loads((tmp_path / "pay.json").read_text("utf-8"))["rows"][0]["status"] == "ok"
    again = imp(db_path, *args)
    assert "1 duplicates skipped" in again.stdout and count(db_path, "payment") == 1
