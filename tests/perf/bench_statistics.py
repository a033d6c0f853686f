"""Benchmark: the dashboard figures and the yearly report on a 100,000-student demo database.

    .venv/bin/python tests/perf/bench_statistics.py [--students 100000] [--db EXISTING.db]

Issue 7 target: the dashboard (every chart's figures) well under a second. `--db` uses a
database already built (it is migrated first); without it, a copy of the shared cached demo.
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

from jilin_apprentice.services.container import open_services
from tests.perf._demo_db import copy_demo_database
from tests.perf._report import emit

TODAY = dt.date(2026, 11, 26)


def timed(run, repeat: int = 3) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or copy_demo_database(Path(tmp) / "bench.db", args.students)
        services = open_services(f"sqlite:///{path}", today=lambda: TODAY)
        stats = services.statistics
        students = services.student_count()
        board = stats.dashboard(TODAY.year)
        seconds = timed(lambda: stats.dashboard(TODAY.year))
        print(
            f"dashboard: {students} students, {board.total} placements in {TODAY.year}, "
            f"{seconds:.3f} s (target < 1 s, ratio {seconds:.2f})"
        )
        pdf = timed(lambda: stats.write_yearly_pdf(TODAY.year, Path(tmp) / "r.pdf"), 1)
        xlsx = timed(lambda: stats.write_yearly_xlsx(TODAY.year, Path(tmp) / "r.xlsx"), 1)
        print(f"yearly report: PDF {pdf:.2f} s, xlsx {xlsx:.2f} s")
        emit("statistics.dashboard", f"dashboard figures over {students:,} students", seconds,
             "s", 1.0, f"{board.total:,} placements in {TODAY.year}")  # fmt: skip
        emit("statistics.yearly_pdf", "yearly statistical report, PDF", pdf, "s")
        emit("statistics.yearly_xlsx", "yearly statistical report, .xlsx", xlsx, "s")
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
