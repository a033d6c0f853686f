"""Benchmark: generating the training calendar of a 40-member cohort over two years.

    .venv/bin/python tests/perf/bench_calendar.py [--members 40] [--years 2]

Issue 6 target: the ~20,000 day rows of a 40-apprentice cohort over two years generated in
under 1 s (bulk inserts); also times a regeneration (delete + insert, keeping hand-set days),
the working-time findings of every member and the home-screen scan.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from jilin_apprentice.domain.enums import DayType
from jilin_apprentice.domain.training_calendar import CalendarPattern
from jilin_apprentice.services.container import open_services
from jilin_apprentice.storage.models import (
    Apprenticeship,
    ApprenticeshipProgramme,
    Enterprise,
    Major,
    ProgrammeMember,
    SchoolClass,
    Student,
)
from tests.perf._report import emit

BUDGET_S = 1.0
START = dt.date(2026, 9, 7)


def cohort(services, members: int, years: int) -> tuple[int, list[int]]:
    """A class, an employer and `members` apprentices in one programme (ORM rows: fast)."""
    end = START.replace(year=START.year + years) - dt.timedelta(days=1)
    with services.uow() as session:
        major = Major(code="B1", name="汽车运用与维修", category="交通运输大类")
        cls = SchoolClass(name="2025级汽修1班", major=major, cohort_year=2025)
        ent = Enterprise(
            name="长春一汽配套有限公司",
            uscc="91350100M000100Y43",
            industry_code="auto",
            county_code="220102",
        )
        session.add_all([cls, ent])
        session.flush()
        prog = ApprenticeshipProgramme(
            name="汽修现代学徒制",
            programme="school_joint",
            enterprise_id=ent.id,
            class_id=cls.id,
            start_date=START,
            end_date=end,
        )
        session.add(prog)
        session.flush()
        app_ids = []
        for i in range(members):
            student = Student(
                name=f"学员{i:02d}",
                id_number=f"BENCH{i:013d}",
                birth_date=dt.date(2009, 3, 14),
                sex="M",
                enrolment_date=dt.date(2025, 9, 1),
                class_id=cls.id,
            )
            session.add(student)
            session.flush()
            app = Apprenticeship(
                student_id=student.id,
                programme="school_joint",
                employer_id=ent.id,
                start_date=START,
                end_date=end,
            )
            session.add(app)
            session.flush()
            session.add(ProgrammeMember(programme_id=prog.id, apprenticeship_id=app.id))
            app_ids.append(app.id)
        return prog.id, app_ids


def timed(fn, runs: int = 3) -> tuple[float, object]:
    timings, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=40)
    parser.add_argument("--years", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(f"sqlite:///{Path(tmp) / 'bench.db'}")
        cal = services.calendar
        prog, apps = cohort(services, args.members, args.years)
        end = START.replace(year=START.year + args.years) - dt.timedelta(days=1)
        cal.save_pattern(prog, CalendarPattern(START, end))
        first = time.perf_counter()
        result = cal.generate(prog)
        first_s = time.perf_counter() - first
        cal.set_days(apps[0], [START + dt.timedelta(days=1)], DayType.LEAVE, note="病假")
        regen_s, _ = timed(lambda: cal.generate(prog))
        findings_s, _ = timed(lambda: [cal.findings(a) for a in apps])
        scan_s, _ = timed(lambda: cal.findings_for_all(START))
        services.close()
    print(
        f"calendar: {args.members} members x {args.years} years = {result.days_written} rows; "
        f"first generation {first_s:.3f} s, regeneration {regen_s:.3f} s "
        f"(budget {BUDGET_S:.1f} s: {'OK' if max(first_s, regen_s) < BUDGET_S else 'OVER'}); "
        f"findings of every member {findings_s:.3f} s; home-screen scan {scan_s:.3f} s"
    )
    emit("calendar", f"training calendar, {args.members} members × {args.years} years "
         f"({result.days_written:,} days), generated / regenerated", max(first_s, regen_s), "s",
         BUDGET_S, f"first {first_s:.2f} s, regeneration {regen_s:.2f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
