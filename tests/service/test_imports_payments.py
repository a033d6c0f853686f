"""`import payments`: a payroll sheet through the generic import (services/import_run.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.services.import_report import json_report
from jilin_apprentice.services.import_run import run_file
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.storage.models import Payment, Placement, Student
from tests.factories import build_world

D = dt.date


@pytest.fixture
def world(services):
    w = build_world(services)
    draft = PlacementDraft(
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
    for student in w.students[:2]:
        pid = services.placements.create(dataclasses.replace(draft, student_id=student))
        with services.uow() as session:
            session.get(Placement, pid).status = "active"
    return w


def sheet(services, world, tmp_path: Path, *extra: str) -> Path:
    with services.uow.read() as session:
        people = [session.get(Student, s) for s in world.students[:2]]
    lines = ["姓名,身份证号,实发工资,发放日期"]
    lines += [f"{p.name},{p.id_number},3500,2026-11-10" for p in people]
    lines += list(extra)
    path = tmp_path / "payroll.csv"
    path.write_text("\n".join(lines) + "\n", encoding="gbk")
    return path


def payments(services) -> int:
    with services.uow.read() as session:
        return int(session.scalar(select(func.count(Payment.id))))


def test_payroll_rows_become_payments_once(services, world, tmp_path):
    path = sheet(services, world, tmp_path)
    done = run_file(services, "payments", path, enterprise="长春一汽配套有限公司", month="2026-11")
    assert done.code == 0 and len(done.outcome.created) == 2
    assert [r.status for r in done.preview.rows] == ["ok", "ok"]
    again = run_file(
        services, "payments", path, enterprise=world_uscc(services, world), month="2026-11"
    )
    assert [r.status for r in again.preview.rows] == ["duplicate", "duplicate"]
    assert again.code == 0 and again.outcome.skipped_duplicates == (2, 3)
    assert payments(services) == 2


def world_uscc(services, world) -> str:
    return services.enterprises.get(world.enterprise).draft.uscc


def test_an_invalid_row_refuses_the_sheet_unless_skipped(services, world, tmp_path):
    path = sheet(services, world, tmp_path, "不认识,,3500,2026-11-10")
    refused = run_file(
        services, "payments", path, enterprise="长春一汽配套有限公司", month="2026-11"
    )
    assert refused.code == 1 and refused.refused[0].code == "import.refused"
    assert refused.preview.rows[2].reasons[0].code == "import.unknown_student"
    assert "row" not in refused.preview.rows[2].reasons[0].params
    assert payments(services) == 0
    report = json_report(refused.preview, None, dry_run=False)
    assert [r["status"] for r in report["rows"]] == ["ok", "ok", "invalid"]
    done = run_file(
        services,
        "payments",
        path,
        enterprise="长春一汽配套有限公司",
        month="2026-11",
        skip_invalid=True,
    )
    assert done.code == 0 and done.outcome.skipped_invalid == (4,) and payments(services) == 2


@pytest.mark.parametrize(
    ("enterprise", "month", "code"),
    [
        ("没有这家", "2026-11", "import.unknown_enterprise"),
        ("长春一汽配套有限公司", "11月", "import.month_format"),
    ],
)
def test_enterprise_and_month_are_checked(services, world, tmp_path, enterprise, month, code):
    with pytest.raises(ValidationFailed) as caught:
        run_file(
            services,
            "payments",
            sheet(services, world, tmp_path),
            enterprise=enterprise,
            month=month,
        )
    assert caught.value.violations[0].code == code


def test_a_sheet_that_is_not_a_payroll_is_a_bad_file(services, world, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    done = run_file(services, "payments", path, enterprise="长春一汽配套有限公司", month="2026-11")
    assert done.code == 2 and done.preview.problems[0].code == "import.no_header"
