"""The real command line in a subprocess: demo database, smoke test, screenshot, seed, bad files."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jilin_apprentice.services.demo_privacy import FORMER_STUDENTS  # planted leavers

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "jilin_apprentice", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
    )


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.mark.slow
def test_demo_smoke_test_creates_the_demo_once_and_visits_every_page(tmp_path: Path):
    first = run_app("--data-dir", str(tmp_path), "--demo", "--smoke-test")
    assert first.returncode == 0, first.stderr
    assert "smoke test ok: 12 pages" in first.stdout
    db = tmp_path / "jilin_apprentice.db"
    assert count(db, "student") == 300 + len(FORMER_STUDENTS)
    second = run_app("--data-dir", str(tmp_path), "--demo", "--smoke-test")
    assert second.returncode == 0, second.stderr
    assert count(db, "student") == 300 + len(FORMER_STUDENTS)  # opened, not seeded again
    log_text = (tmp_path / "logs" / "jilin_apprentice.log").read_text(encoding="utf-8")
    with sqlite3.connect(db) as conn:
        some_id = conn.execute("SELECT id_number FROM student LIMIT 1").fetchone()[0]
    assert some_id not in log_text


@pytest.mark.slow
def test_screenshot_of_a_page_is_a_real_png(tmp_path: Path):
    out = tmp_path / "shot.png"
    result = run_app(
        "--data-dir", str(tmp_path), "--demo", "--screenshot", str(out), "--page", "enterprises"
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 10_000


def test_seed_subcommand_writes_into_the_given_data_folder(tmp_path: Path):
    result = run_app("--data-dir", str(tmp_path), "seed", "--size", "120", "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert count(tmp_path / "jilin_apprentice.db", "student") == 120 + len(FORMER_STUDENTS)
    again = run_app("--data-dir", str(tmp_path), "seed", "--size", "120")
    assert again.returncode == 2
    assert "already holds students" in again.stderr
    assert count(tmp_path / "jilin_apprentice.db", "student") == 120 + len(FORMER_STUDENTS)


def test_a_file_that_is_not_a_database_is_left_alone(tmp_path: Path):
    bogus = tmp_path / "jilin_apprentice.db"
    bogus.write_text("姓名,身份证号\n张三,1234\n", encoding="utf-8")
    before = bogus.read_bytes()
    result = run_app("--data-dir", str(tmp_path), "--smoke-test")
    assert result.returncode == 2
    assert "not a Jilin Apprentice database" in result.stderr
    assert bogus.read_bytes() == before


def test_rules_and_compliance_commands(tmp_path: Path):
    rules = run_app("rules")
    assert rules.returncode == 0
    assert "R-AGE-1\tblock\tREG-2021 Art 16(2)" in rules.stdout
    assert run_app("--data-dir", str(tmp_path), "seed", "--size", "120").returncode == 0
    result = run_app("--data-dir", str(tmp_path), "compliance", "--json")
    assert result.returncode == 0, result.stderr
    import json

    findings = json.loads(result.stdout)
    assert {"R-AGE-1", "R-JL-2"} <= {f["rule_id"] for f in findings}


def test_agreement_generate_sign_and_verify_from_the_command_line(tmp_path: Path):
    """Issue 5: `agreement generate --all-ready`, `agreement sign`, `agreement verify`."""
    from jilin_apprentice.services.signing import build_self_signed_p12

    data = tmp_path / "data"
    assert run_app("--data-dir", str(data), "seed", "--size", "300").returncode == 0
    out = tmp_path / "pdfs"
    made = run_app(
        "--data-dir", str(data), "agreement", "generate", "--all-ready", "--out", str(out)
    )
    assert made.returncode in (0, 1), made.stderr  # 1: some placements lack mandatory facts
    generated = sorted(out.glob("*.pdf"))
    assert generated and f"{len(generated)} generated" in made.stdout
    p12 = tmp_path / "school.p12"
    now = dt.datetime.now(dt.UTC)
    blob, _cert = build_self_signed_p12(
        "北辰职业技术学校",
        "北辰职业技术学校",
        "pw",
        now - dt.timedelta(days=1),
        now + dt.timedelta(days=30),
    )
    p12.write_bytes(blob)
    env_run = subprocess.run(
        [
            sys.executable,
            "-m",
            "jilin_apprentice",
            "--data-dir",
            str(data),
            "agreement",
            "sign",
            str(generated[0]),
            "--cert",
            str(p12),
            "--out",
            str(tmp_path / "signed.pdf"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "JA_CERT_PASSWORD": "pw"},
    )
    assert env_run.returncode == 0, env_run.stderr
    ok = run_app("--data-dir", str(data), "agreement", "verify", str(tmp_path / "signed.pdf"))
    assert ok.returncode == 0 and "intact: yes" in ok.stdout, ok.stdout + ok.stderr
    tampered = tmp_path / "tampered.pdf"
    blob = bytearray((tmp_path / "signed.pdf").read_bytes())
    blob[2000] ^= 0x01
    tampered.write_bytes(bytes(blob))
    bad = run_app("--data-dir", str(data), "agreement", "verify", str(tampered))
    assert bad.returncode == 1 and "intact: no" in bad.stdout
