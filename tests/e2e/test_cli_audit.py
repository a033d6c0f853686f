"""`python -m jilin_apprentice audit verify` in a subprocess: exit 0 intact, 1 broken (R-PI-7)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "jilin_apprentice", *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
    )


def make_history(db: Path) -> list[int]:
    """A few real entries written by the services (the same code the app runs)."""
    from jilin_apprentice.services.container import open_services
    from tests.factories import add_class, student_draft

    services = open_services(f"sqlite:///{db}", actor="cli")
    try:
        class_id = add_class(services)
        for i in range(3):
            services.students.create(student_draft(class_id, name=f"学生{i}", seq=2 * i + 1))
    finally:
        services.close()
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM audit_log ORDER BY id")]


def test_verify_exits_0_on_an_intact_trail_and_1_naming_an_edited_entry(tmp_path: Path):
    db = tmp_path / "jilin_apprentice.db"
    ids = make_history(db)
    assert len(ids) > 5
    intact = run_app("--data-dir", str(tmp_path), "audit", "verify")
    assert intact.returncode == 0, intact.stderr
    assert "intact" in intact.stdout and f"{len(ids)} entries" in intact.stdout

    victim = ids[len(ids) // 2]
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE audit_log SET new_value = '改过' WHERE id = ?", (victim,))
    broken = run_app("--data-dir", str(tmp_path), "audit", "verify")
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert f"BROKEN at entry {victim}" in broken.stdout and "changed" in broken.stdout


def test_verify_names_a_deleted_entry(tmp_path: Path):
    db = tmp_path / "jilin_apprentice.db"
    ids = make_history(db)
    victim = ids[2]
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM audit_log WHERE id = ?", (victim,))
    broken = run_app("--data-dir", str(tmp_path), "audit", "verify")
    assert broken.returncode == 1
    assert f"BROKEN at entry {victim + 1}" in broken.stdout
    assert f"1 missing after entry {victim - 1}" in broken.stdout
