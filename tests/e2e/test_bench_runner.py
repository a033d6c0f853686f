"""tests/perf/run_all.py, the one command behind README's Benchmarks table, on two cheap
benchmarks at quick sizes: the table comes out with parsed numbers, a crash makes it fail.

The figures themselves are not asserted (a shared 2-core machine is too noisy); that the
instrument reads them, computes the ratio and gives a verdict is.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
RUN_ALL = ROOT / "tests" / "perf" / "run_all.py"


def run_all(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(RUN_ALL), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_quick_run_prints_table_with_measured_ratio_and_verdict(tmp_path: Path) -> None:
    done = run_all("--quick", "--only", "calendar,logbook", "--markdown", "--logs", str(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "[1/2] calendar ... ok" in out and "[2/2] logbook ... ok" in out
    header = next(line for line in out.splitlines() if line.startswith("what "))
    assert header.split() == ["what", "measured", "target", "ratio", "verdict"]

    rows = [line for line in out.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows[0] == "| what | measured | target | ratio | verdict |"
    parsed = {}
    for line in rows[1:]:
        what, measured, target, ratio, verdict = (c.strip() for c in line.strip("|").split("|"))
        parsed[what.split(",")[0]] = (measured, target, ratio, verdict)
    assert set(parsed) == {
        "training calendar",
        "logbook copy check",
        "the same plus 3 earlier weeks (8",
    }

    measured, target, ratio, verdict = parsed["training calendar"]
    seconds = float(re.match(r"(\d+\.\d+) s", measured).group(1))  # type: ignore[union-attr]
    assert 0 < seconds < 60
    assert target == "< 1 s"
    assert float(ratio) == pytest.approx(seconds / 1.0, abs=0.006)  # both rounded for print
    assert verdict == ("met" if seconds < 1.0 else "**not met**")

    measured, target, ratio, verdict = parsed["logbook copy check"]
    assert target == "< 2 s" and re.match(r"\d+\.\d+ s \(own target\)$", measured)
    assert verdict in ("met", "**not met**")
    # no target: recorded, not judged
    assert parsed["the same plus 3 earlier weeks (8"][1:] == ("—", "—", "—")
    assert (tmp_path / "calendar.log").read_text(encoding="utf-8").count("BENCH-RESULT") == 1


def test_a_benchmark_that_does_not_finish_fails_the_run(tmp_path: Path) -> None:
    done = run_all("--only", "calendar", "--timeout", "0.01", "--logs", str(tmp_path))
    assert done.returncode == 1
    assert "calendar ... TIMED OUT" in done.stdout
    assert "calendar: CRASHED" in done.stdout  # a row in the table, not silently missing


def test_unknown_benchmark_name_is_refused() -> None:
    done = run_all("--only", "calendar,nonsense")
    assert done.returncode == 2
    assert "unknown benchmark nonsense" in done.stderr
