"""Payroll sheets as enterprises send them: real xlsx and csv files, clean and messy."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.pay_ledger import PayLedgerService
from jilin_apprentice.services.payroll_import import PayrollImportService, find_header, read_grid
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.storage.models import Payment, PaymentDeduction, Placement, Post, Student
from tests.factories import World, build_world, student_draft

D = dt.date
OCTOBER = D(2026, 10, 1)
PAYDAY = D(2026, 11, 10)


@pytest.fixture
def world(services) -> World:
    w = build_world(services)
    for i in range(3):
        place(w, i)
    return w


@pytest.fixture
def ledger(services) -> PayLedgerService:
    return PayLedgerService(services.uow, AuditWriter("tester"), services.today)


@pytest.fixture
def importer(services, ledger) -> PayrollImportService:
    return PayrollImportService(services.uow, ledger, services.today)


def place(w: World, student: int, **change) -> int:
    draft = PlacementDraft(
        student_id=w.students[student],
        enterprise_id=w.enterprise,
        post_id=w.post,
        type="post",
        start_date=D(2026, 7, 15),
        end_date=D(2027, 1, 14),
        enterprise_mentor_id=w.mentor,
        school_supervisor_id=w.supervisor,
        pay_amount_fen=350_000,
        filing_ref="备案-1",
    )
    pid = w.services.placements.create(dataclasses.replace(draft, **change))
    with w.services.uow() as session:
        session.get(Placement, pid).status = "active"
    return pid


def ids(w: World) -> list[str]:
    with w.services.uow.read() as session:
        return [session.get(Student, s).id_number for s in w.students]


def payments(w: World) -> int:
    with w.services.uow.read() as session:
        return session.scalar(select(func.count()).select_from(Payment))


def workbook(path: Path, rows: list[list[object]], merges: tuple[str, ...] = ()) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    for row in rows:
        ws.append(row)
    for cells in merges:
        ws.merge_cells(cells)
    book.save(path)
    return path


def clean_sheet(w: World, path: Path) -> Path:
    number = ids(w)
    return workbook(
        path,
        [
            ["长春一汽配套有限公司2026年10月实习生工资发放表"],
            ["序号", "姓名", "身份证号码", "实发工资（元）", "发放日期", "备注"],
            [1, "学生0", number[0], 3500, PAYDAY, None],
            [2, "学生1", number[1], "3,500.00", "2026年11月10日", "十月"],
            ["合计", None, None, 7000, None, None],
        ],
        merges=("A1:F1",),
    )


def test_a_clean_sheet_matches_by_id_and_saves_every_row(world, importer, tmp_path):
    preview = importer.preview(
        world.enterprise, clean_sheet(world, tmp_path / "pay.xlsx"), month=OCTOBER
    )
    assert preview.problems == ()
    assert preview.header_row == 2
    assert preview.columns["net"] == "实发工资（元）"
    assert [
        (r.row, r.student_name, r.matched_by, r.amount_fen, r.paid_on) for r in preview.rows
    ] == [
        (3, "学生0", "id_number", 350_000, PAYDAY),
        (4, "学生1", "id_number", 350_000, PAYDAY),
    ]  # the totals row is not a payment
    assert "*" in preview.rows[0].id_masked and all(r.ok for r in preview.rows)
    assert payments(world) == 0  # a preview saves nothing
    result = importer.commit(preview)
    assert (len(result.payment_ids), result.skipped_rows) == (2, ())
    with world.services.uow.read() as session:
        notes = sorted(session.scalars(select(Payment.note)))
    assert notes == ["pay.xlsx:3", "pay.xlsx:4 十月"]


def test_a_messy_sheet_says_why_each_row_cannot_be_used(world, importer, tmp_path):
    number = ids(world)
    path = workbook(
        tmp_path / "messy.xlsx",
        [
            ["2026年10月 实习报酬表"],
            ["姓 名", "证件号码", "工资", None, None, "发放 日期"],
            [None, None, "应发工资", "扣款", "实发工资", None],
            ["学生0", number[0], "３，５００．００", 0, "3500", 46336],  # full-width digits
            ["学生1", float(number[1][:17]), 3500, 0, 3500, 46336],  # Excel made it a number
            ["学生2", "2.20102E+17", 3500, 0, 3500, 46336],
            ["赵六", None, 3500, 0, 3500, 46336],
            ["学生0", number[0], 3500, 100, 3300, "2026-11-31"],
            [],
            ["合计", None, 14000, None, None, None],
        ],
        merges=("A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"),
    )
    preview = importer.preview(world.enterprise, path, month=OCTOBER)
    assert preview.header_row == 2 and preview.problems == ()
    by_row = {r.row: r for r in preview.rows}
    assert sorted(by_row) == [4, 5, 6, 7, 8]
    assert by_row[4].ok and by_row[4].amount_fen == 350_000 and by_row[4].paid_on == PAYDAY
    assert [v.code for v in by_row[5].problems] == ["import.id_as_number"]
    assert [v.code for v in by_row[6].problems] == ["import.id_scientific"]
    assert [v.code for v in by_row[7].problems] == ["import.unknown_student"]
    assert [v.code for v in by_row[8].problems] == ["import.amounts_disagree", "import.date_format"]
    assert all(v.params["row"] == r.row for r in preview.rows for v in r.problems)
    assert by_row[5].student_id is None  # an ID that Excel rounded never picks a student
    with pytest.raises(ValidationFailed) as caught:
        importer.commit(preview)
    assert {v.params["row"] for v in caught.value.violations} == {5, 6, 7, 8}
    assert payments(world) == 0
    result = importer.commit(preview, skip_invalid=True)
    assert (len(result.payment_ids), result.skipped_rows) == (1, (5, 6, 7, 8))
    assert payments(world) == 1


def test_a_name_only_sheet_matches_within_the_enterprise(world, importer, tmp_path):
    path = workbook(
        tmp_path / "names.xlsx",
        [
            ["姓名", "实发金额", "日期"],
            ["学生2", 3500, "2026/11/10"],
            [" 学生 1 ", 3500, "2026-11-10"],
        ],
    )
    preview = importer.preview(world.enterprise, path, month=OCTOBER)
    assert [(r.student_name, r.matched_by, r.ok) for r in preview.rows] == [
        ("学生2", "name", True),
        ("学生1", "name", True),
    ]


def test_two_students_of_one_name_need_the_id_column(world, importer, tmp_path):
    twin = world.services.students.create(student_draft(world.class_id, name="学生0", seq=41))
    world.students.append(twin)
    place(world, 4)
    path = workbook(
        tmp_path / "twins.xlsx", [["姓名", "实发工资", "发放日期"], ["学生0", 3500, PAYDAY]]
    )
    (row,) = importer.preview(world.enterprise, path, month=OCTOBER).rows
    assert [v.code for v in row.problems] == ["import.ambiguous_name"]
    assert row.placement_id is None


def test_an_id_of_a_student_elsewhere_or_with_another_name(world, importer, tmp_path):
    number = ids(world)
    path = workbook(
        tmp_path / "ids.xlsx",
        [
            ["姓名", "身份证号", "实发工资", "发放日期"],
            ["学生3", number[3], 3500, PAYDAY],  # enrolled, but placed nowhere
            ["王五", number[0], 3500, PAYDAY],
            ["学生0", number[0][:17] + ("0" if number[0][17] != "0" else "1"), 3500, PAYDAY],
        ],
    )
    rows = importer.preview(world.enterprise, path, month=OCTOBER).rows
    assert [[v.code for v in r.problems] for r in rows] == [
        ["import.not_at_enterprise"],
        ["import.name_mismatch"],
        ["id.checksum"],
    ]


def test_ledger_rules_show_in_the_preview(world, importer, tmp_path):
    path = workbook(
        tmp_path / "dates.xlsx",
        [
            ["姓名", "实发工资", "发放日期"],
            ["学生0", 3500, D(2026, 12, 10)],  # after today
            ["学生1", 3500, D(2026, 7, 1)],  # before the placement began
            ["学生2", -5, PAYDAY],
        ],
    )
    rows = importer.preview(world.enterprise, path, month=OCTOBER).rows
    assert [[v.code for v in r.problems] for r in rows] == [
        ["payment.in_future"],
        ["payment.before_start"],
        ["payment.amount_not_positive"],
    ]


def test_a_month_outside_the_placement_has_no_period(world, importer, tmp_path):
    path = workbook(
        tmp_path / "may.xlsx", [["姓名", "实发工资", "发放日期"], ["学生0", 3500, PAYDAY]]
    )
    (row,) = importer.preview(world.enterprise, path, month=D(2027, 5, 1)).rows
    assert [v.code for v in row.problems] == ["payment.no_period"]


def test_deductions_keep_their_kind_and_a_fee_is_reported(world, importer, ledger, tmp_path):
    path = workbook(
        tmp_path / "cuts.xlsx",
        [
            ["姓名", "应发工资", "扣款", "实发工资", "发放日期", "备注"],
            ["学生0", 3500, 200, 3300, PAYDAY, "管理费"],
            ["学生1", 3500, 150, 3350, PAYDAY, "伙食费"],
        ],
    )
    importer.commit(importer.preview(world.enterprise, path, month=OCTOBER))
    with world.services.uow.read() as session:
        cuts = sorted(
            (d.kind.value, d.amount_fen) for d in session.scalars(select(PaymentDeduction))
        )
        amounts = sorted(session.scalars(select(Payment.amount_fen)))
    assert cuts == [("fee", 20_000), ("meals_lodging", 15_000)]
    assert amounts == [350_000, 350_000]  # the gross
    fees = [f for _, f in ledger.findings_for_all() if f.rule_id == "R-PAY-6"]
    assert [f.params["kind"] for f in fees] == ["fee"]


def test_importing_the_same_sheet_twice_is_caught(world, importer, tmp_path):
    path = clean_sheet(world, tmp_path / "pay.xlsx")
    importer.commit(importer.preview(world.enterprise, path, month=OCTOBER))
    again = importer.preview(world.enterprise, path, month=OCTOBER)
    assert {v.code for r in again.rows for v in r.problems} == {"import.duplicate_payment"}
    with pytest.raises(ValidationFailed):
        importer.commit(again)
    assert payments(world) == 2


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_csv_in_gbk_and_utf8(world, importer, tmp_path, encoding):
    number = ids(world)
    text = f"姓名,身份证号码,实发工资,发放日期\n学生0,{number[0]},3500.00,2026-11-10\n"
    path = tmp_path / "pay.csv"
    path.write_bytes(text.encode(encoding))
    (row,) = importer.preview(world.enterprise, path, month=OCTOBER).rows
    assert (row.student_name, row.amount_fen, row.ok) == ("学生0", 350_000, True)


def test_a_date_for_the_whole_sheet_fills_rows_without_one(world, importer, tmp_path):
    path = workbook(tmp_path / "nodate.xlsx", [["姓名", "实发工资"], ["学生0", 3500]])
    (row,) = importer.preview(world.enterprise, path, month=OCTOBER, paid_on=PAYDAY).rows
    assert (row.paid_on, row.ok) == (PAYDAY, True)
    (row,) = importer.preview(world.enterprise, path, month=OCTOBER).rows
    assert [v.code for v in row.problems] == ["required"]  # no date at all


def test_unreadable_and_headerless_files_are_refused_whole(world, importer, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip file")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    plain = workbook(tmp_path / "plain.xlsx", [["名单"], ["学生0", 3500]])
    for path, code in (
        (broken, "import.unreadable"),
        (old, "import.unreadable"),
        (plain, "import.no_header"),
    ):
        preview = importer.preview(world.enterprise, path, month=OCTOBER)
        assert ([v.code for v in preview.problems], preview.rows) == ([code], ())
        with pytest.raises(ValidationFailed):
            importer.commit(preview)
    assert payments(world) == 0


def test_a_sheet_of_another_enterprise_matches_nobody(world, importer, tmp_path):
    with world.services.uow.read() as session:
        other = session.get(Post, world.other_post).enterprise_id
    preview = importer.preview(other, clean_sheet(world, tmp_path / "pay.xlsx"), month=OCTOBER)
    assert {v.code for r in preview.rows for v in r.problems} == {"import.not_at_enterprise"}


def test_merged_header_cells_are_read_as_one_header(tmp_path):
    path = workbook(
        tmp_path / "merged.xlsx",
        [["姓名", "工资", None], [None, "应发", "实发"], ["学生0", 3500, 3500]],
        merges=("A1:A2", "B1:C1"),
    )
    grid = read_grid(path)
    assert grid[1][0] == "姓名" and grid[0][2] == "工资"  # merged values fill their range
    assert find_header(grid) == (0, 2, {"name": 0, "gross": 1, "net": 2})


def test_openpyxl_loads_only_when_a_sheet_is_read_or_written():
    """Start-up stays fast: the pay services import openpyxl lazily (performance notes)."""
    code = (
        "import sys\n"
        "import jilin_apprentice.services.pay_ledger, jilin_apprentice.services.payroll_import\n"
        "print('openpyxl' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root)
    assert out.stdout.strip() == "False", out.stderr
