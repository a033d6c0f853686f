"""Benchmark: monthly arrears and the pay findings over 20,000 placements with a year of pay.

    .venv/bin/python tests/perf/bench_arrears.py [--students 100000] [--placements 20000]

Issue 4 target: arrears and coverage-gap computation over 20,000 placements with 12 months of
payments each in under 3 s (this script times the pay part: `arrears` for one month and
`findings_for_all`; the coverage gaps have their own benchmark). The demo school is seeded,
then `--placements` of its placements get a year of monthly pay (November 2025 to October
2026, all due by the demo's today) through `demo_payments.seed_payments`. Prints the figures
and the ratio to the target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import text

from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.container import open_services
from jilin_apprentice.services.demo_payments import seed_payments
from jilin_apprentice.services.demo_seed import REFERENCE_DATE
from jilin_apprentice.services.pay_ledger import PayLedgerService
from tests.perf._demo_db import copy_demo_database
from tests.perf._report import emit

TARGET_S = 3.0
YEAR_START, YEAR_END = dt.date(2025, 11, 1), dt.date(2026, 10, 31)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=100_000)
    parser.add_argument("--placements", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, help="copy the benchmark database here afterwards")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        path = copy_demo_database(Path(tmp) / "bench.db", args.students)
        services = open_services(f"sqlite:///{path}", today=lambda: REFERENCE_DATE)
        seeded_s = time.perf_counter() - started
        started = time.perf_counter()
        report = seed_year(services, args.placements)
        pay_s = time.perf_counter() - started
        print(
            f"demo: {args.students} students (cached copy) in {seeded_s:.1f} s; pay: "
            f"{report.periods} periods, {report.payments} payments, {report.deductions} "
            f"deductions in {pay_s:.2f} s; "
            f"planted {report.flagged}"
        )
        ledger = PayLedgerService(services.uow, AuditWriter("bench"), services.today)
        arrears_s, rows = timed(lambda: ledger.arrears(dt.date(2026, 10, 1)))
        findings_s, found = timed(ledger.findings_for_all)
        total = arrears_s + findings_s
        print(
            f"arrears (October 2026): {len(rows)} placements in {arrears_s:.2f} s; "
            f"findings_for_all: {len(found)} findings in {findings_s:.2f} s"
        )
        print(f"together {total:.2f} s (target < {TARGET_S:.0f} s, ratio {total / TARGET_S:.2f})")
        n = f"{args.placements:,} placements with 12 months of pay"
        emit("arrears.month", f"arrears for one month, {n}", arrears_s, "s", None,
             f"{report.periods:,} pay periods")  # fmt: skip
        emit("arrears.findings", f"pay findings for the home screen, {n}", findings_s, "s",
             None, f"{len(found):,} findings")  # fmt: skip
        services.close()
        if args.keep:
            shutil.copyfile(Path(tmp) / "bench.db", args.keep)
    return 0


def seed_year(services, count: int):
    """Give the first `count` placements monthly pay over the benchmark year, then seed payments."""
    with services.engine.begin() as conn:
        # the demo seeds its own pay ledger; the benchmark replaces it with a full year
        for table in ("payment_deduction", "payment", "pay_period"):
            conn.exec_driver_sql(f"DELETE FROM {table}")
        ids = [
            r[0]
            for r in conn.execute(
                text("SELECT id FROM placement ORDER BY id LIMIT :n"), {"n": count}
            )
        ]
        conn.execute(
            text(
                "UPDATE placement SET start_date = :start, end_date = :end, pay_unit = 'month', "
                "pay_amount_fen = COALESCE(pay_amount_fen, 300000), "
                "pay_method = 'bank_to_student', "
                "status = CASE WHEN id % 50 = 0 THEN 'active' ELSE 'completed' END "
                "WHERE id IN (SELECT id FROM placement ORDER BY id LIMIT :n)"
            ),
            {"start": YEAR_START.isoformat(), "end": YEAR_END.isoformat(), "n": count},
        )
        rows = [
            dict(r._mapping)
            for r in conn.execute(
                text(
                    "SELECT p.id, p.status, p.start_date, p.end_date, p.pay_amount_fen, "
                    "p.pay_unit, p.payday, p.days_per_week, p.hours_per_day_x10, p.pay_method, "
                    "p.payee_name, s.name AS student_name FROM placement p "
                    "JOIN student s ON s.id = p.student_id WHERE p.id IN "
                    f"({','.join(map(str, ids))})"
                )
            )
        ]
        for row in rows:  # text() returns ISO strings
            row["start_date"] = dt.date.fromisoformat(row["start_date"])
            row["end_date"] = dt.date.fromisoformat(row["end_date"])
        report = seed_payments(conn, rows, REFERENCE_DATE, random.Random(7))
        conn.exec_driver_sql("ANALYZE")
    return report


def timed(fn):
    """Median of three runs, and the last result."""
    timings, result = [], None
    for _ in range(3):
        started = time.perf_counter()
        result = fn()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), result


if __name__ == "__main__":
    raise SystemExit(main())
