"""Benchmark: the dashboard figures and the yearly report on a 100,000-student demo database.

    .venv/bin/python tests/perf/bench_statistics.py [--students 100000] [--db EXISTING.db]

Issue 7 target: the dashboard (every chart's figures) well under a second. `--db` reuses a
database already built (it is migrated first), which saves building the demo each run.
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
from jilin_apprentice.services.demo import build_demo

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
        path = args.db or Path(tmp) / "bench.db"
        services = open_services(f"sqlite:///{path}", today=lambda: TODAY)
        if args.db is None:
            build_demo(services, size=args.students, seed=1)
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
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
