"""`python -m jilin_apprentice export …` in a subprocess, on the demo database."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from jilin_apprentice.services.data_package_schema import validate_folder
from jilin_apprentice.services.demo_privacy import FORMER_STUDENTS

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "jilin_apprentice", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def _demo(demo_template, tmp_path: Path) -> str:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template[0], path)
    return f"sqlite:///{path}"


def test_export_students_masked_and_unmasked(demo_template, tmp_path) -> None:
    db = _demo(demo_template, tmp_path)
    done = run_app(
        "--db", db, "--data-dir", str(tmp_path), "export", "students", str(tmp_path / "s.xlsx")
    )
    assert done.returncode == 0, done.stderr
    assert f"students: {300 + len(FORMER_STUDENTS)} rows" in done.stdout and "masked" in done.stdout
    sheet = load_workbook(tmp_path / "s.xlsx").active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["学号", "姓名", "身份证号"]
    assert "*" in sheet.cell(row=2, column=3).value
    full = run_app("--db", db, "--data-dir", str(tmp_path), "export", "students",
                   str(tmp_path / "f.xlsx"), "--unmasked")  # fmt: skip
    assert full.returncode == 0 and "NOT masked" in full.stdout
    assert "*" not in load_workbook(tmp_path / "f.xlsx").active.cell(row=2, column=3).value


def test_export_in_english_and_every_kind_listed_in_help(demo_template, tmp_path) -> None:
    db = _demo(demo_template, tmp_path)
    done = run_app("--db", db, "--data-dir", str(tmp_path), "--lang", "en", "export",
                   "placements", str(tmp_path / "p.xlsx"))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert load_workbook(tmp_path / "p.xlsx").active["A1"].value == "Name"
    usage = run_app("export", "--help")
    assert "apprenticeships" in usage.stdout and "--unmasked" in usage.stdout


def test_export_package_and_bad_arguments(demo_template, tmp_path) -> None:
    db = _demo(demo_template, tmp_path)
    out = tmp_path / "package"
    done = run_app(
        "--db", db, "--data-dir", str(tmp_path), "export", "package", str(out), "--year", "2026"
    )
    assert done.returncode == 0, done.stderr
    assert "placements.csv" in done.stdout and "sha256" in done.stdout
    assert validate_folder(out) == []
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["year"] == 2026
    bad_year = run_app(
        "--db", db, "--data-dir", str(tmp_path), "export", "package", str(out), "--year", "1900"
    )
    assert bad_year.returncode == 2 and "1900" in bad_year.stderr
    bad_kind = run_app(
        "--db", db, "--data-dir", str(tmp_path), "export", "wages", str(tmp_path / "w.xlsx")
    )
    assert bad_kind.returncode == 2 and "invalid choice" in bad_kind.stderr
    blocked = tmp_path / "taken.xlsx"
    blocked.mkdir()
    failed = run_app("--db", db, "--data-dir", str(tmp_path), "export", "staff", str(blocked))
    assert failed.returncode == 2 and "could not be written" in failed.stderr


def test_export_for_an_enterprise_needs_consent_or_skips_those_without(
    demo_template, tmp_path
) -> None:
    """R-PI-6: the demo plants placements without a sharing consent; refused, then left out."""
    db = _demo(demo_template, tmp_path)
    out = tmp_path / "p.xlsx"
    base = ("--db", db, "--data-dir", str(tmp_path), "export", "placements", str(out))
    refused = run_app(*base, "--recipient", "enterprise")
    assert refused.returncode == 2 and "R-PI-6" in refused.stderr and "R-PI-5" in refused.stderr
    assert "student(s) in this export have no consent" in refused.stderr
    assert not out.exists()
    school = run_app(*base)
    assert school.returncode == 0, school.stderr
    everyone = load_workbook(out).active.max_row - 1
    out.unlink()
    done = run_app(*base, "--recipient", "enterprise", "--skip-without-consent")
    assert done.returncode == 0, done.stderr
    left_out = int(done.stdout.split("for: enterprise; ")[1].split()[0])
    assert left_out > 0 and load_workbook(out).active.max_row - 1 < everyone
    package = run_app("--db", db, "--data-dir", str(tmp_path), "export", "package",
                      str(tmp_path / "pkg"), "--recipient", "insurer")  # fmt: skip
    assert package.returncode == 2 and not (tmp_path / "pkg").exists()
