"""Dashboard figures on a hand-made world with exact numbers, on the demo for consistency,
compliance snapshots once a day, and the yearly report written as PDF and xlsx."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.services.demo_statistics import WEEKS, seed_demo_statistics
from jilin_apprentice.services.statistics_dto import SnapshotPoint
from jilin_apprentice.services.statistics_queries import eligible
from jilin_apprentice.storage.models import (
    AuditEntry,
    ComplianceSnapshot,
    Enterprise,
    Opening,
    OpeningFill,
    Placement,
)
from tests.factories import World, build_world, insure

D = dt.date
TODAY = D(2026, 11, 26)
MAJOR = "汽车运用与维修"


def _placement(w: World, student: int, **kw) -> int:
    values = {
        "student_id": w.students[student],
        "enterprise_id": w.enterprise,
        "post_id": w.post,
        "type": "post",
        "status": "active",
        "start_date": D(2026, 9, 1),
        "end_date": D(2027, 1, 31),
    } | kw
    with w.services.uow() as session:
        row = Placement(**values)
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture
def world(services) -> World:
    """s0 active post at A (below 80 % of the post wage), s1 completed post at B paid by the
    day, s2 approved observation internship at A, s3 a draft for next year and a post
    terminated in 2025 (both outside 2026)."""
    w = build_world(services)
    with services.uow() as session:
        session.get(
            Enterprise, _enterprise_of(session, w.other_post)
        ).industry_code = "petrochemical"
    _placement(w, 0, pay_amount_fen=300_000)
    _placement(
        w,
        1,
        status="completed",
        enterprise_id=_ent(services, w.other_post),
        post_id=w.other_post,
        start_date=D(2026, 3, 1),
        end_date=D(2026, 6, 30),
        pay_amount_fen=16_000,
        pay_unit="day",
    )
    _placement(
        w,
        2,
        type="cognitive",
        status="approved",
        start_date=D(2026, 12, 1),
        end_date=D(2026, 12, 10),
    )
    _placement(w, 3, status="draft", start_date=D(2027, 3, 1), end_date=D(2027, 6, 30))
    _placement(w, 3, status="terminated", start_date=D(2025, 3, 1), end_date=D(2025, 6, 30))
    return w


def _enterprise_of(session, post_id: int) -> int:
    from jilin_apprentice.storage.models import Post

    return session.get(Post, post_id).enterprise_id


def _ent(services, post_id: int) -> int:
    with services.uow.read() as session:
        return _enterprise_of(session, post_id)


def test_counts_by_status_type_industry_major_and_enterprise(services, world):
    d = services.statistics.dashboard(2026)
    assert d.total == 3
    assert {c.key: c.count for c in d.by_status} == {"active": 1, "completed": 1, "approved": 1}
    assert [(c.key, c.count) for c in d.by_type] == [("post", 2), ("cognitive", 1)]
    assert [(c.key, c.label, c.count) for c in d.by_industry] == [
        ("auto", "汽车", 2),
        ("petrochemical", "石油化工", 1),
    ]
    assert [(c.label, c.count) for c in d.by_major] == [(MAJOR, 3)]
    assert [(c.label, c.count) for c in d.by_enterprise] == [
        ("长春一汽配套有限公司", 2),
        ("吉林石化配套有限公司", 1),
    ]
    top1 = services.statistics.dashboard(2026, top=1).by_enterprise
    assert [(c.key, c.count) for c in top1] == [(str(world.enterprise), 2), ("", 1)]


def test_year_boundaries_pick_overlapping_placements(services, world):
    assert services.statistics.dashboard(2025).total == 1  # the terminated one
    d2027 = services.statistics.dashboard(2027)
    assert d2027.total == 2  # s0 runs into January, s3's draft
    assert services.statistics.dashboard(2024).total == 0
    assert services.statistics.years()[0] == 2027 and 2025 in services.statistics.years()


def test_placement_rate_counts_placed_students_of_graduating_classes(services, world):
    (rate,) = services.statistics.dashboard(2026).placement_rates
    assert (rate.major, rate.students, rate.placed, rate.rate) == (MAJOR, 4, 2, 0.5)
    # 2025: the class was in its second year on 31 December 2025: not yet graduating
    assert services.statistics.dashboard(2025).placement_rates == ()


@pytest.mark.parametrize(
    ("cohort", "years", "year", "ref", "expected"),
    [
        (2024, 3, 2026, D(2026, 9, 1), True),  # first day of the final year
        (2024, 3, 2026, D(2026, 8, 31), False),  # the day before
        (2023, 3, 2026, D(2026, 11, 26), True),  # graduated this year
        (2022, 3, 2026, D(2026, 11, 26), False),  # graduated last year
        (2025, 2, 2026, D(2026, 9, 1), True),  # two-year programme
    ],
)
def test_eligible_cohorts(cohort, years, year, ref, expected):
    assert eligible(cohort, years, year, ref) is expected


def test_pay_levels_use_monthly_equivalents_and_the_80_percent_line(services, world):
    pay = services.statistics.dashboard(2026).pay
    # 300,000 fen a month and 16,000 fen a day x 21.75 = 348,000 fen
    assert (pay.count, pay.q1_fen, pay.median_fen, pay.q3_fen) == (2, 312_000, 324_000, 336_000)
    # only s0's post has a wage (4,000 yuan): 3,000 < 80 % = 3,200
    assert (pay.below_80_count, pay.with_wage_count, pay.below_80_share) == (1, 1, 1.0)
    assert sum(b.count for b in pay.buckets) == 2
    assert [b.count for b in pay.buckets if b.low_fen == 300_000] == [2]


def test_pay_exactly_at_80_percent_is_not_below(services, world):
    with services.uow() as session:
        session.execute(
            Placement.__table__.update()
            .where(Placement.pay_amount_fen == 300_000)
            .values(pay_amount_fen=320_000)
        )
    assert services.statistics.dashboard(2026).pay.below_80_count == 0


def test_insurance_coverage_of_placements_running_today(services, world):
    ins = services.statistics.dashboard(2026).insurance
    assert (ins.needing, ins.covered, ins.share) == (1, 0, 0.0)
    insure(services, world.students[0], D(2026, 9, 1), TODAY - dt.timedelta(days=1))
    assert services.statistics.dashboard(2026).insurance.covered == 0  # ended yesterday
    insure(services, world.students[0], TODAY, D(2027, 1, 31))
    assert services.statistics.dashboard(2026).insurance.covered == 1


def _opening(services, w: World, count: int, majors: str = "[]", **kw) -> int:
    values = {
        "post_id": w.other_post,
        "title": "装配工",
        "count": count,
        "majors_json": majors,
        "start_date": D(2027, 3, 1),
        "end_date": D(2027, 6, 30),
        "enterprise_id": _ent(services, w.other_post),
    } | kw
    with services.uow() as session:
        row = Opening(**values)
        session.add(row)
        session.flush()
        return row.id


def test_supply_and_demand_per_major(services, world):
    wanted = _opening(
        services, world, 3, '["交通运输大类"]', post_id=world.post, enterprise_id=world.enterprise
    )
    draft_id = _placement(
        world, 3, status="draft", start_date=D(2027, 7, 1), end_date=D(2027, 8, 30)
    )
    with services.uow() as session:
        session.add(OpeningFill(opening_id=wanted, placement_id=draft_id))
    _opening(services, world, 2)  # any major (the other post names no 专业大类)
    _opening(services, world, 5, status="closed")
    _opening(services, world, 5, start_date=D(2026, 9, 1), end_date=D(2026, 11, 25))  # expired
    _opening(services, world, 1, '["护理"]')
    rows = [(s.major, s.places, s.available) for s in services.statistics.dashboard().supply_demand]
    # available: only s1 (completed) has no open placement
    assert rows == [(MAJOR, 2, 1), ("护理", 1, 0), ("", 2, 1)]
    by_major = {s.major: s for s in services.statistics.dashboard().supply_demand}
    assert by_major[MAJOR].ratio == 2.0 and by_major["护理"].ratio is None


def test_snapshot_is_taken_once_a_day_and_audited(services, world):
    first = services.statistics.record_snapshot()
    assert first is not None and first.taken_on == TODAY
    assert first.open_placements == 3  # s0 active, s2 approved, s3's draft
    assert first.findings == sum(first.by_rule.values()) and first.blocking <= first.findings
    assert services.statistics.record_snapshot() is None
    assert services.statistics.record_snapshot(TODAY - dt.timedelta(days=1)) is not None
    with services.uow.read() as session:
        assert session.scalar(select(func.count(ComplianceSnapshot.id))) == 2
        assert (
            session.scalar(
                select(func.count(AuditEntry.entity_id.distinct())).where(
                    AuditEntry.entity == "compliance_snapshot"
                )
            )
            == 2
        )
    series = services.statistics.compliance_series()
    assert [p.taken_on for p in series] == [TODAY - dt.timedelta(days=1), TODAY]
    assert services.statistics.dashboard().compliance == tuple(series)


def test_demo_figures_are_consistent(demo_services):
    svc = demo_services.statistics  # build_demo ran seed_demo_statistics
    assert seed_demo_statistics(demo_services) == 0  # idempotent
    d = svc.dashboard(2026)
    with demo_services.uow.read() as session:
        in_year = session.scalar(
            select(func.count(Placement.id)).where(
                Placement.start_date <= D(2026, 12, 31), Placement.end_date >= D(2026, 1, 1)
            )
        )
    assert d.total == in_year > 0
    for series in (d.by_status, d.by_type, d.by_industry, d.by_major, d.by_enterprise):
        assert sum(c.count for c in series) == d.total
    assert all(0 <= r.placed <= r.students for r in d.placement_rates)
    assert sum(b.count for b in d.pay.buckets) == d.pay.count
    assert d.pay.q1_fen <= d.pay.median_fen <= d.pay.q3_fen
    assert 0 <= d.insurance.covered <= d.insurance.needing
    assert len(d.compliance) == WEEKS + 1
    spike = max(d.compliance, key=lambda p: p.findings)
    assert spike.taken_on == TODAY - dt.timedelta(weeks=6)  # the planted spike


def _pdf_text(path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return "".join(out.stdout.decode("utf-8").split())


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_yearly_pdf_has_extractable_chinese_and_the_numbers(services, world, tmp_path):
    services.statistics.store_snapshot(SnapshotPoint(D(2026, 11, 1), 4, 7, 2, {"R-INS-1": 7}))
    path = services.statistics.write_yearly_pdf(2026, tmp_path / "report.pdf")
    text = _pdf_text(path)
    for needle in (
        "2026年度学生实习统计报表",
        MAJOR,
        "50.0%",
        "石油化工",
        "实习中",
        "3,240.00",
        "2026-11-01",
        "岗位供需",
    ):
        assert needle in text, needle


def test_yearly_xlsx_reads_back_with_typed_numbers(services, world, tmp_path):
    path = services.statistics.write_yearly_xlsx(2026, tmp_path / "report")
    assert path.suffix == ".xlsx"
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "概况" and "专业安排率" in wb.sheetnames
    rates = wb["专业安排率"]
    assert [c.value for c in rates[3]] == [MAJOR, 4, 2, 0.5]
    assert rates["D3"].number_format == "0.0%"
    status = {r[0]: r[1] for r in wb["实习状态"].iter_rows(min_row=3, values_only=True) if r[0]}
    assert status == {"实习中": 1, "已完成": 1, "已审批": 1}


@pytest.mark.parametrize("year", [1999, 2028])
def test_implausible_year_is_refused(services, year):
    with pytest.raises(ValidationFailed) as caught:
        services.statistics.yearly_report(year)
    (v,) = caught.value.violations
    assert (v.field, v.code, v.params) == ("year", "number.range", {"min": 2000, "max": 2027})


def test_bounds_of_the_year_are_accepted(services):
    assert services.statistics.dashboard(2000).total == 0
    assert services.statistics.dashboard(2027).year == 2027
