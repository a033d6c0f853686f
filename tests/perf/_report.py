"""Machine-readable result lines for tests/perf/run_all.py, printed next to each benchmark's prose.

A benchmark calls `emit(...)` (lower is better: ratio = measured / target) or `emit_speedup(...)`
(ours against another tool: the ratio is the speed-up, theirs / ours). Each call prints one line

    BENCH-RESULT {"key": ..., "what": ..., "measured": 1.23, "unit": "s", "target": 2.0, ...}

which run_all.py collects into its table; a person reading the output skips these lines.
"""

from __future__ import annotations

import json
import sys
from typing import Any

PREFIX = "BENCH-RESULT "


def emit(
    key: str,
    what: str,
    measured: float,
    unit: str,
    target: float | None = None,
    note: str = "",
    *,
    target_text: str | None = None,
) -> dict[str, Any]:
    """A figure where lower is better; without a target it is recorded, not judged."""
    ratio = measured / target if target else None
    row = {
        "key": key,
        "what": what,
        "measured": measured,
        "unit": unit,
        "target": target,
        "target_text": target_text or (f"< {_number(target, unit)}" if target else "—"),
        "ratio": ratio,
        "ratio_kind": "measured/target" if ratio is not None else None,
        "met": None if target is None else measured < target,
        "note": note,
    }
    _print(row)
    return row


def emit_speedup(
    key: str, what: str, theirs_s: float, ours_s: float, at_least: float, note: str = ""
) -> dict[str, Any]:
    """Another tool's time for the same work; met when ours is `at_least` times faster (for 1:
    simply faster)."""
    speedup = theirs_s / ours_s if ours_s > 0 else float("inf")
    row = {
        "key": key,
        "what": what,
        "measured": theirs_s,
        "unit": "s",
        "target": at_least,
        "target_text": "ours faster" if at_least <= 1 else f"ours ≥ {at_least:g}× faster",
        "ratio": speedup,
        "ratio_kind": "speed-up",
        "met": speedup > at_least if at_least <= 1 else speedup >= at_least,
        "note": f"ours {ours_s:.2f} s" + (f"; {note}" if note else ""),
    }
    _print(row)
    return row


def parse(line: str) -> dict[str, Any] | None:
    """The result in one output line, or None for an ordinary line."""
    if not line.startswith(PREFIX):
        return None
    return json.loads(line[len(PREFIX) :])


def _number(value: float, unit: str) -> str:
    return f"{value:g} {unit}"


def _print(row: dict[str, Any]) -> None:
    sys.stdout.write(PREFIX + json.dumps(row, ensure_ascii=False) + "\n")
    sys.stdout.flush()
