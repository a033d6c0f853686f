"""Benchmark: insurance gap and expiry detection over the open placements of a demo database.

    .venv/bin/python tests/perf/bench_coverage.py [--students 100000]

Issue 4 target: arrears and coverage-gap computation over 20,000 placements under 3 s
together; this prints the coverage share (one pass gives gaps and expiry warnings) and its
ratio to the whole 3 s budget. The pay arrears are timed by their own benchmark.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import text

from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.container import open_services
from jilin_apprentice.services.demo_seed import REFERENCE_DATE
from jilin_apprentice.services.insurance import InsuranceService
from tests.perf._demo_db import copy_demo_database
from tests.perf._report import emit

BUDGET_S = 3.0


def timed(fn, runs: int = 3) -> tuple[float, object]:
    """Median seconds of `runs` calls, and the last result."""
    timings, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = copy_demo_database(Path(tmp) / "bench.db", args.students)
        services = open_services(f"sqlite:///{path}", today=lambda: REFERENCE_DATE)
        with services.engine.connect() as conn:
            open_count = conn.execute(
                text("SELECT count(*) FROM placement WHERE status IN ('draft','approved','active')")
            ).scalar_one()
            cover_rows = conn.execute(text("SELECT count(*) FROM coverage")).scalar_one()
        insurance = InsuranceService(services.uow, AuditWriter("bench"), services.today)
        both, findings = timed(insurance.findings_for_all)
        gaps_s, gaps = timed(insurance.gaps)
        expiry_s, expiring = timed(insurance.expiring)
        services.close()
    per_20k = both * 20_000 / max(open_count, 1)
    print(
        f"coverage: {open_count} open placements, {cover_rows} coverage rows; "
        f"gaps + expiry in one pass {both:.2f} s ({len(findings)} findings; scaled to 20,000: "
        f"{per_20k:.2f} s, {per_20k / BUDGET_S:.0%} of the 3 s budget shared with the arrears, "
        f"ratio {per_20k / BUDGET_S:.2f})"
    )
    print(
        f"register views: gaps() {gaps_s:.2f} s ({len(gaps)} placements with gaps), "
        f"expiring() {expiry_s:.2f} s ({len(expiring)} warnings)"
    )
    emit("coverage", f"coverage gaps + expiry, {open_count:,} open placements scaled to 20,000",
         per_20k, "s", None, f"{both:.2f} s measured, {cover_rows:,} cover rows; shares the "
         "3 s budget with the arrears")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
