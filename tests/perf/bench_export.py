"""Benchmark: export of 10,000 rows to .xlsx (issue 7 target: under 3 s).

    .venv/bin/python tests/perf/bench_export.py [--students 10000]

Times the whole `ExportService.export("students", …)` (query, masking, labels, typed cells,
formula-injection check, file write) over a demo database of `--students` students, the bare
writer (`write_xlsx`) on 10,000 synthetic rows of the same width, the placements export and
the provincial data package; prints each figure and its ratio to the 3 s budget.
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
from jilin_apprentice.services.demo_seed import REFERENCE_DATE
from jilin_apprentice.services.table_export import Yuan, write_xlsx
from tests.perf._demo_db import copy_demo_database
from tests.perf._report import emit

BUDGET_S = 3.0
ROWS = 10_000


def timed(fn, runs: int = 3) -> tuple[float, object]:
    """Median seconds of `runs` calls, and the last result."""
    timings, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings), result


def synthetic(n: int) -> list[list[object]]:
    return [
        [f"2024{i:06d}", f"学生{i}", "220102********1234", "男", dt.date(2009, 3, 14),
         "138****5678", "2024级汽修1班", "汽车运用与维修", dt.date(2024, 9, 1), "全日制", "在籍",
         "=危险" if i % 100 == 0 else "王建国", Yuan(350_000 + i), i]
        for i in range(n)
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=ROWS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = synthetic(ROWS)
        headers = [f"列{i}" for i in range(len(rows[0]))]
        bare_s, _ = timed(lambda: write_xlsx(folder / "bare.xlsx", "bench", headers, rows))
        started = time.perf_counter()
        path = copy_demo_database(folder / "bench.db", args.students)
        services = open_services(f"sqlite:///{path}", today=lambda: REFERENCE_DATE)
        built_s = time.perf_counter() - started
        exports = services.exports
        students_s, students = timed(lambda: exports.export("students", folder / "s.xlsx"))
        placed_s, placed = timed(lambda: exports.export("placements", folder / "p.xlsx"))
        package_s, package = timed(lambda: exports.data_package(folder / "pkg", 2026))
        size_kib = students.path.stat().st_size / 1024
        services.close()
    print(f"demo database of {args.students} students ready (cached copy) in {built_s:.1f} s")
    csv_rows = sum(f.rows or 0 for f in package.files)
    lines = [
        (f"write_xlsx, {ROWS} rows x {len(headers)} columns", bare_s),
        (f"export students, {students.rows} rows x 14 columns ({size_kib:.0f} KiB)", students_s),
        (f"export placements, {placed.rows} rows x 18 columns", placed_s),
        (f"data package, {csv_rows} CSV rows", package_s),
    ]
    for label, seconds in lines:
        print(f"{label}: {seconds:.2f} s (budget {BUDGET_S:.0f} s, ratio {seconds / BUDGET_S:.2f})")
    per_10k = students_s * ROWS / max(students.rows, 1)
    print(f"students export scaled to {ROWS} rows: {per_10k:.2f} s, ratio {per_10k / BUDGET_S:.2f}")
    emit("export.students", f"export {ROWS:,} students to .xlsx", per_10k, "s", BUDGET_S,
         f"{students_s:.2f} s for {students.rows:,} rows, {size_kib:.0f} KiB")  # fmt: skip
    emit("export.package", "provincial data package", package_s, "s", None,
         f"{csv_rows:,} CSV rows")  # fmt: skip
    return 0  # a missed target is a result (BENCH-RESULT lines), not a failure of the script


if __name__ == "__main__":
    raise SystemExit(main())
