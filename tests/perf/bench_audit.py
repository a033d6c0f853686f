"""Benchmark: the audit trail's write cost and the chain check (issue 8).

    .venv/bin/python tests/perf/bench_audit.py [--records 10000] [--rows 10000] [--verify 1000000]

1. 10,000 `AuditWriter.record` calls in one unit of work, with the last-hash cache and with the
   old behaviour (read the newest hash from the database before every call, which also flushes).
2. Committing a 10,000-student import (tests/perf/bench_import.py's roster), both ways.
3. `AuditTrailService.verify()` over a trail of `--verify` entries (inserted directly, chained).
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from jilin_apprentice.domain.audit_chain import chain_hash
from jilin_apprentice.services import audit as audit_module
from jilin_apprentice.services.container import open_services
from tests.perf._report import emit
from tests.perf.bench_import import make_roster, seed_classes

TODAY = dt.date(2026, 11, 26)


@contextmanager
def old_behaviour(enabled: bool):
    """The writer before issue 8: ORM rows and the newest hash read (with a flush) every call."""
    from tests.service.test_audit_trail import legacy_record

    original = audit_module.AuditWriter.record
    if enabled:
        audit_module.AuditWriter.record = legacy_record  # type: ignore[method-assign]
    try:
        yield
    finally:
        audit_module.AuditWriter.record = original  # type: ignore[method-assign]


def bench_records(tmp: Path, n: int, uncached: bool) -> float:
    services = open_services(f"sqlite:///{tmp / f'rec{uncached}.db'}", today=lambda: TODAY)
    writer = services.audit_trail._audit  # the AuditWriter every service shares
    with old_behaviour(uncached):
        started = time.perf_counter()
        with services.uow() as session:
            for i in range(n):
                writer.record(
                    session, action="update", entity="student", entity_id=i,
                    changes={"phone": ("13812345678", "13912345678")},
                )  # fmt: skip
        took = time.perf_counter() - started
    report = services.audit_trail.verify()
    assert report.intact and report.checked >= n, report
    services.close()
    return took


def bench_import(tmp: Path, rows: int, uncached: bool) -> float:
    services = open_services(f"sqlite:///{tmp / f'imp{uncached}.db'}", today=lambda: TODAY)
    classes = seed_classes(services, 30)
    roster = tmp / f"roster{uncached}.xlsx"
    make_roster(roster, rows, classes, random.Random(20261126))
    preview = services.imports.preview("students", roster)
    with old_behaviour(uncached):
        started = time.perf_counter()
        outcome = services.imports.commit(preview, skip_invalid=True)
        took = time.perf_counter() - started
    print(f"  imported {len(outcome.created)} students")
    assert services.audit_trail.verify().intact
    services.close()
    return took


def fill_trail(path: Path, n: int) -> None:
    """A long chained trail written straight into the file (fast), then verified by the app."""
    conn = sqlite3.connect(path)
    prev = conn.execute("SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev = prev[0] if prev else None
    start = dt.datetime(2025, 1, 1, 8, 0, 0, 123456)
    batch = []
    for i in range(n):
        at = start + dt.timedelta(seconds=i)
        fields = ("tester", "update", "student", i % 3000, "phone", "138****5678", "139****5678")
        h = chain_hash(prev, at, *fields)
        batch.append((at.strftime("%Y-%m-%d %H:%M:%S.%f"), *fields, prev, h))
        prev = h
        if len(batch) == 50_000:
            conn.executemany("INSERT INTO audit_log (at, actor, action, entity, entity_id, field, "
                             "old_value, new_value, prev_hash, entry_hash) VALUES "
                             "(?,?,?,?,?,?,?,?,?,?)", batch)  # fmt: skip
            batch.clear()
    if batch:
        conn.executemany("INSERT INTO audit_log (at, actor, action, entity, entity_id, field, "
                         "old_value, new_value, prev_hash, entry_hash) VALUES "
                         "(?,?,?,?,?,?,?,?,?,?)", batch)  # fmt: skip
    conn.commit()
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--verify", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        timings: dict[bool, float] = {}
        for label, flag in (("before (issue 7 writer)", True), ("after", False)):
            timings[flag] = bench_records(tmp, args.records, flag)
            print(f"{args.records} record() in one unit of work, {label}: {timings[flag]:.2f} s")
        emit("audit.records", f"audit trail: {args.records:,} record() calls in one unit of "
             "work", timings[False], "s", None,
             f"{timings[True]:.2f} s with the issue-7 writer")  # fmt: skip
        for label, flag in (("before (issue 7 writer)", True), ("after", False)):
            timings[flag] = bench_import(tmp, args.rows, flag)
            print(f"{args.rows}-row student import commit, {label}: {timings[flag]:.2f} s")
        emit("import.commit", f"committing a {args.rows:,}-row student import (audited)",
             timings[False], "s", None,
             f"{timings[True]:.2f} s with the issue-7 writer")  # fmt: skip
        path = tmp / "verify.db"
        open_services(f"sqlite:///{path}", today=lambda: TODAY).close()
        fill_trail(path, args.verify)
        services = open_services(f"sqlite:///{path}", today=lambda: TODAY)
        started = time.perf_counter()
        report = services.audit_trail.verify()
        took = time.perf_counter() - started
        print(f"verify {report.checked} entries: {took:.2f} s, intact={report.intact}")
        emit("audit.verify", f"audit chain check over {report.checked:,} entries", took, "s",
             None, "intact" if report.intact else "BROKEN")  # fmt: skip
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
