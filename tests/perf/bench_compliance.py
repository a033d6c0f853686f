"""Benchmark: full compliance scan over the open placements of a 100,000-student demo database.

    .venv/bin/python tests/perf/bench_compliance.py [--students 100000]

Issue 3 target: 20,000 active placements in under 2 s. Prints figures and the ratio.
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
from jilin_apprentice.services.demo import build_demo


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(f"sqlite:///{Path(tmp) / 'bench.db'}")
        build_demo(services, size=args.students, seed=1)
        with services.engine.connect() as conn:
            open_count = conn.execute(
                text("SELECT count(*) FROM placement WHERE status IN ('draft','approved','active')")
            ).scalar_one()
        scan = ComplianceService(services.uow, services.today)
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            findings = scan.scan()
            timings.append(time.perf_counter() - start)
        seconds = statistics.median(timings)
        per_20k = seconds * 20_000 / max(open_count, 1)
        print(
            f"compliance scan: {open_count} open placements, {len(findings)} findings, "
            f"{seconds:.2f} s (scaled to 20,000: {per_20k:.2f} s; target < 2 s, "
            f"ratio {per_20k / 2:.2f})"
        )
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
