"""Run every benchmark in tests/perf/ one after another and print one table of the results.

    .venv/bin/python tests/perf/run_all.py [--only startup,search,...] [--quick] [--markdown]
        [--bundle dist/jilin_apprentice | --no-bundle] [--logs DIR] [--verbose]

Each benchmark runs in its own process, alone (the machine has two cores: two at once would
disturb each other), and prints `BENCH-RESULT {...}` lines (tests/perf/_report.py) besides its
prose; this script collects them into a table of what, measured, target, ratio (measured /
target; for another tool, the speed-up) and verdict. It exits non-zero only when a benchmark
crashed: a missed target is a result. `--quick` runs small sizes, as a smoke check of the
instruments (its figures mean nothing). `--markdown` prints the table for README's Benchmarks
section. The 100,000-student demo database is built once into the shared cache
(tests/perf/_demo_db.py) and copied by each benchmark that needs it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.perf._report import parse  # noqa: E402

EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
DEFAULT_BUNDLE = ROOT / "dist" / "jilin_apprentice"


@dataclass(frozen=True)
class Bench:
    name: str
    script: str
    quick: tuple[str, ...]  # arguments for --quick; the full run uses the script's defaults


BENCHES = (  # run order: the 100,000-student database is built by the first that needs it
    Bench("startup", "bench_startup_search.py", ("--students", "2000", "--runs", "1")),
    Bench("compliance", "bench_compliance.py", ("--students", "2000")),
    Bench("arrears", "bench_arrears.py", ("--students", "2000", "--placements", "500")),
    Bench("coverage", "bench_coverage.py", ("--students", "2000")),
    Bench("statistics", "bench_statistics.py", ("--students", "2000")),
    Bench("import", "bench_import.py", ("--rows", "1000", "--runs", "1")),
    Bench("export", "bench_export.py", ("--students", "1000")),
    Bench("agreements", "bench_agreements.py", ("--count", "20", "--runs", "1")),
    Bench("seed", "bench_seed.py", ("--size", "2000")),
    Bench("calendar", "bench_calendar.py", ("--members", "5", "--years", "1")),
    Bench("logbook", "bench_logbook.py", ("2000", "3")),
    Bench(
        "matching", "bench_matching.py", ("--students", "100", "--openings", "20", "--runs", "1")
    ),
    Bench("audit", "bench_audit.py", ("--records", "1000", "--rows", "1000", "--verify", "10000")),
)
NAMES = [b.name for b in BENCHES]

# table order: the rows issue 9 asks for first, then the rest in the order they were added
ROW_ORDER = [
    "startup.bundle", "memory.bundle", "startup.source", "memory.source", "search.worst",
    "search.rare", "compliance.scan", "arrears+coverage", "arrears.month", "coverage",
    "import.preview", "import.libreoffice", "export.students", "agreements.ours",
    "agreements.lo_per_student", "agreements.lo_merged", "agreements.one_core", "seed",
    "compliance.editor", "arrears.findings", "calendar", "logbook.week", "logbook.history",
    "import.commit", "export.package", "matching.solver", "matching.service",
    "statistics.dashboard", "statistics.yearly_pdf", "statistics.yearly_xlsx", "audit.records",
    "audit.verify",
]  # fmt: skip


@dataclass
class Outcome:
    bench: Bench
    returncode: int | None  # None: timed out
    seconds: float
    rows: list[dict[str, Any]]
    log: Path

    @property
    def crashed(self) -> bool:
        return self.returncode != 0


def run_one(bench: Bench, args: argparse.Namespace, logs: Path) -> Outcome:
    """One benchmark in its own process; its whole output goes to a log file."""
    command = [sys.executable, str(HERE / bench.script), *(bench.quick if args.quick else ())]
    if bench.name == "startup" and args.bundle:
        command += ["--bundle", str(args.bundle)]
    log = logs / f"{bench.name}.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        out.write("$ " + " ".join(command) + "\n")
        out.flush()
        try:
            proc = subprocess.run(
                command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=out, text=True,
                timeout=args.timeout,
            )  # fmt: skip
            returncode, stdout = proc.returncode, proc.stdout
        except subprocess.TimeoutExpired as exc:
            returncode, stdout = None, _text(exc.stdout)
        out.write(stdout)
    seconds = time.perf_counter() - started
    rows = [row for line in stdout.splitlines() if (row := parse(line)) is not None]
    if args.verbose:
        print("".join(f"    {x}\n" for x in stdout.splitlines() if not x.startswith("BENCH-")))
    return Outcome(bench, returncode, seconds, rows, log)


def _text(data: bytes | str | None) -> str:
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace")
    return data or ""


def derived(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Arrears and coverage share issue 4's budget of 3 s over 20,000 placements."""
    by_key = {r["key"]: r for r in rows}
    if "arrears.month" in by_key and "coverage" in by_key:
        total = by_key["arrears.month"]["measured"] + by_key["coverage"]["measured"]
        row = {
            "key": "arrears+coverage", "what": "arrears + coverage gaps together, 20,000 "
            "placements", "measured": total, "unit": "s", "target": 3.0, "target_text": "< 3 s",
            "ratio": total / 3.0, "ratio_kind": "measured/target", "met": total < 3.0,
            "note": "sum of the two rows below",
        }  # fmt: skip
        return [row]
    return []


def ordered(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rank = {key: i for i, key in enumerate(ROW_ORDER)}
    return sorted(rows, key=lambda r: rank.get(r["key"], len(rank)))


def number(value: float, unit: str) -> str:
    if unit == "s":
        text = f"{value:.1f}" if value >= 10 else f"{value:.2f}" if value >= 0.1 else f"{value:.3f}"
    elif unit == "ms":
        text = f"{value:.1f}"
    else:
        text = f"{value:.0f}"
    return f"{text} {unit}"


def cells(row: dict[str, Any]) -> list[str]:
    """what, measured, target, ratio, verdict."""
    ratio = row.get("ratio")
    if ratio is None:
        ratio_text = "—"
    elif row.get("ratio_kind") == "speed-up":
        ratio_text = f"{ratio:.1f}× faster"
    else:
        ratio_text = f"{ratio:.2f}"
    verdict = {True: "met", False: "NOT MET", None: "—"}[row.get("met")]
    measured = number(row["measured"], row["unit"])
    return [row["what"], measured, row["target_text"], ratio_text, verdict]


def plain_table(rows: list[dict[str, Any]], crashed: list[Outcome]) -> str:
    header = ["what", "measured", "target", "ratio", "verdict"]
    body = [cells(r) for r in rows]
    body += [[f"{o.bench.name}: CRASHED", "—", "—", "—", f"see {o.log}"] for o in crashed]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    widths[0] = min(widths[0], 78)
    lines = []
    for i, line in enumerate([header, *body]):
        first = line[0] if len(line[0]) <= widths[0] else line[0][: widths[0] - 1] + "…"
        parts = [first.ljust(widths[0])]
        parts += [c.rjust(w) if j < 3 else c.ljust(w) for j, (c, w) in
                  enumerate(zip(line[1:], widths[1:], strict=True), start=1)]  # fmt: skip
        lines.append("  ".join(parts).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(rows: list[dict[str, Any]], crashed: list[Outcome]) -> str:
    lines = ["| what | measured | target | ratio | verdict |", "|---|---|---|---|---|"]
    for row in rows:
        what, measured, target, ratio, verdict = cells(row)
        note = f" ({row['note']})" if row.get("note") else ""
        verdict = "**not met**" if verdict == "NOT MET" else verdict
        lines.append(f"| {what} | {measured}{note} | {target} | {ratio} | {verdict} |")
    for o in crashed:
        lines.append(f"| {o.bench.name} | crashed | — | — | — |")
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help=f"comma-separated subset of: {','.join(NAMES)}")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke check")
    parser.add_argument("--markdown", action="store_true", help="print README's table too")
    parser.add_argument("--bundle", type=Path, help=f"bundle folder (default {DEFAULT_BUNDLE})")
    parser.add_argument("--no-bundle", action="store_true", help="time only the source run")
    parser.add_argument("--logs", type=Path, help="keep each benchmark's output here")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per benchmark")
    parser.add_argument("--verbose", "-v", action="store_true", help="echo each one's output")
    args = parser.parse_args(argv)
    chosen = [x.strip() for x in args.only.split(",") if x.strip()] if args.only else NAMES
    unknown = sorted(set(chosen) - set(NAMES))
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(NAMES)}")
    args.chosen = [b for b in BENCHES if b.name in chosen]
    if args.no_bundle:
        args.bundle = None
    elif args.bundle is None and (DEFAULT_BUNDLE / f"jilin-apprentice-cli{EXE_SUFFIX}").is_file():
        args.bundle = DEFAULT_BUNDLE
    return args


def _load() -> str:
    """The 1-minute load average: above the core count, other jobs shared the machine."""
    return f"{os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "unknown"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logs = args.logs or Path(tempfile.mkdtemp(prefix="jilin-bench-"))
    logs.mkdir(parents=True, exist_ok=True)
    load = _load()
    print(f"{len(args.chosen)} benchmarks{' (quick sizes)' if args.quick else ''}, one at a "
          f"time; {os.cpu_count()} cores, load {load}; bundle: {args.bundle or 'none'}; "
          f"logs in {logs}")  # fmt: skip
    outcomes = []
    for i, bench in enumerate(args.chosen, start=1):
        print(f"[{i}/{len(args.chosen)}] {bench.name} ...", end=" ", flush=True)
        outcome = run_one(bench, args, logs)
        state = "ok"
        if outcome.crashed:
            state = "TIMED OUT" if outcome.returncode is None else "CRASHED"
            state += f" (exit {outcome.returncode})"
        print(f"{state} in {outcome.seconds:.0f} s, {len(outcome.rows)} results")
        outcomes.append(outcome)
    load = f"{load} at the start, {_load()} at the end"
    rows = [row for o in outcomes for row in o.rows]
    rows = ordered(rows + derived(rows))
    crashed = [o for o in outcomes if o.crashed]
    print()
    print(plain_table(rows, crashed))
    if args.markdown:
        when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        print(f"\n<!-- {when}; {platform.platform()}; {os.cpu_count()} cores; load {load} -->")
        print(markdown_table(rows, crashed))
    for o in crashed:
        tail = o.log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
        print(f"\n{o.bench.name} crashed; the end of {o.log}:\n" + "\n".join(tail))
    return 1 if crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
