"""Benchmark: full compliance scan over the open placements of a 100,000-student demo database.

    .venv/bin/python tests/perf/bench_compliance.py [--students 100000]

Issue 3 targets: 20,000 active placements in under 2 s; the editor's live re-check under
30 ms. Prints figures and the ratios.
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

from jilin_apprentice.services.compliance import ComplianceService
from jilin_apprentice.services.container import open_services
from jilin_apprentice.services.demo_seed import REFERENCE_DATE
from tests.perf._demo_db import copy_demo_database
from tests.perf._report import emit


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
        scan = ComplianceService(services.uow, services.today)
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            findings = scan.scan(ledgers=False)
            timings.append(time.perf_counter() - start)
        seconds = statistics.median(timings)
        per_20k = seconds * 20_000 / max(open_count, 1)
        print(
            f"compliance scan: {open_count} open placements, {len(findings)} findings, "
            f"{seconds:.2f} s (scaled to 20,000: {per_20k:.2f} s; target < 2 s, "
            f"ratio {per_20k / 2:.2f})"
        )
        emit("compliance.scan", f"compliance scan, {open_count:,} open placements scaled to "
             "20,000", per_20k, "s", 2.0, f"{seconds:.2f} s measured, {len(findings):,} "
             "findings")  # fmt: skip
        editor_check(services)
        services.close()
    return 0


def editor_check(services) -> None:
    """What one keystroke costs in the editor (evaluate on a loaded context), and what choosing
    another student or post costs (loading the context), over 200 stored placements."""
    with services.engine.connect() as conn:
        ids = [
            row[0]
            for row in conn.execute(
                text(
                    "SELECT id FROM placement WHERE status IN ('draft','approved','active') "
                    "ORDER BY random() LIMIT 200"
                )
            )
        ]
    loads, checks = [], []
    for pid in ids:
        detail = services.placements.get(pid)
        start = time.perf_counter()
        context = services.placements.context(detail.draft, pid, detail.status)
        loads.append(time.perf_counter() - start)
        start = time.perf_counter()
        services.placements.evaluate(detail.draft, context)
        checks.append(time.perf_counter() - start)
    worst = max(checks) * 1000
    print(
        f"editor re-check: median {statistics.median(checks) * 1000:.2f} ms, worst {worst:.2f} ms "
        f"(target < 30 ms, ratio {worst / 30:.2f}); context load on a new student/post: "
        f"median {statistics.median(loads) * 1000:.1f} ms, worst {max(loads) * 1000:.1f} ms"
    )
    emit("compliance.editor", f"placement editor re-check, worst of {len(ids)} placements",
         worst, "ms", 30.0, f"median {statistics.median(checks) * 1000:.2f} ms")  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
