"""Issue 9: the first window loads no PDF, signature, spreadsheet, chart or migration library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_first_window_loads_no_heavy_module(tmp_path: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    common = [sys.executable, "-m", "jilin_apprentice", "--data-dir", str(tmp_path)]
    seeded = subprocess.run(
        [*common, "seed", "--size", "60"], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert seeded.returncode == 0, seeded.stderr
    run = subprocess.run(
        [*common, "--smoke-test"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300
    )
    assert run.returncode == 0, run.stderr
    assert "smoke test ok: 12 pages" in run.stdout
    # the database is at the current schema, so not even Alembic is imported
    assert "heavy modules at ready: none" in run.stdout, run.stdout
