"""Benchmark: seed a fresh, migrated SQLite file with 100,000 students (target: well under 30 s).

A plain script, not a test (pytest collects only test_*.py): timing on a shared 2-core machine is
too noisy to assert in CI. Run it with

    .venv/bin/python tests/perf/bench_seed.py [--size N] [--seed S] [--keep PATH]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from jilin_apprentice.services.demo_seed import DEFAULT_SEED, seed_database
from jilin_apprentice.storage.engine import make_engine, sqlite_url
from jilin_apprentice.storage.migrate import upgrade_database
from tests.perf._report import emit

TARGET_S = 30.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--keep", type=Path, help="copy the seeded database here afterwards")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        engine = make_engine(sqlite_url(path))
        upgrade_database(engine)  # not timed: the migration is the same for every size
        started = time.perf_counter()
        report = seed_database(engine, size=args.size, seed=args.seed)
        seconds = time.perf_counter() - started
        engine.dispose()
        if args.keep:
            shutil.copyfile(path, args.keep)
    rows = sum(v for k, v in vars(report).items() if isinstance(v, int))
    print(f"seeded {report.students} students ({rows} rows) in {seconds:.2f} s")
    print(f"{report.students / seconds:,.0f} students/s, {rows / seconds:,.0f} rows/s")
    emit("seed", f"seed {report.students:,} students into a migrated file", seconds, "s",
         TARGET_S, f"{rows:,} rows")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
