"""`python -m jilin_apprentice backup OUT` and `restore FILE [--yes]` in a subprocess."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests import pg
from tests.e2e.test_cli import count, run_app
from tests.factories import build_world

pytestmark = pytest.mark.skipif(pg.enabled(), reason="file backups are of SQLite")


@pytest.fixture
def data(services, db_path: Path, tmp_path: Path) -> Path:
    """A data folder whose database holds the factory world (4 students)."""
    build_world(services)
    services.close()
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(db_path, folder / "jilin_apprentice.db")
    return folder


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_app("--data-dir", str(data), *args, timeout=120)


def test_backup_to_a_folder_then_restore_needs_yes(data: Path, tmp_path: Path):
    db = data / "jilin_apprentice.db"
    done = cli(data, "backup", str(tmp_path / "usb"))
    assert done.returncode == 0, done.stderr
    (made,) = (tmp_path / "usb").glob("*.db")
    assert "-备份-" in made.name and str(made) in done.stdout
    assert count(made, "student") == 4
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM guardian")
        conn.execute("DELETE FROM student_consent")
        conn.execute("DELETE FROM student")
    asked = cli(data, "restore", str(made))
    assert asked.returncode == 2
    assert "students\t4" in asked.stdout and "--yes" in asked.stdout
    assert count(db, "student") == 0  # a preview only
    restored = cli(data, "restore", str(made), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert count(db, "student") == 4
    assert list((data / "backups").glob("*-pre-restore.db"))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log WHERE action='restore'").fetchone()[0]


def test_backup_to_a_db_path(data: Path, tmp_path: Path):
    done = cli(data, "backup", str(tmp_path / "copy.db"))
    assert done.returncode == 0, done.stderr
    assert count(tmp_path / "copy.db", "student") == 4


def test_restore_refuses_a_file_that_is_not_a_backup_or_is_newer(data: Path, tmp_path: Path):
    text = tmp_path / "roster.csv"
    text.write_text("姓名\n张三\n", encoding="utf-8")
    refused = cli(data, "restore", str(text), "--yes")
    assert refused.returncode == 2
    assert "not a database backup" in refused.stderr and str(text) in refused.stderr
    newer = tmp_path / "newer.db"
    shutil.copy(data / "jilin_apprentice.db", newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    refused = cli(data, "restore", str(newer), "--yes")
    assert refused.returncode == 2 and "newer version" in refused.stderr
    assert count(data / "jilin_apprentice.db", "student") == 4


def test_backup_to_an_impossible_place_exits_2(data: Path, tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    done = cli(data, "backup", str(blocker / "inside"))
    assert done.returncode == 2
    assert "database is unchanged" in done.stderr
    assert not list(tmp_path.glob("**/*.partial"))


def test_restore_of_a_damaged_database_without_opening_it(data: Path, tmp_path: Path, capsys):
    """What app.py runs for `restore FILE` when open_services refuses a damaged database."""
    import argparse

    from jilin_apprentice.cli_admin import run_restore_damaged
    from tests.service.test_backups import damage

    good = tmp_path / "good.db"
    assert cli(data, "backup", str(good)).returncode == 0
    db = data / "jilin_apprentice.db"
    damage(db)
    refused = cli(data, "--no-dialogs")
    assert refused.returncode == 2 and "is damaged" in refused.stderr
    url = f"sqlite:///{db}"
    args = argparse.Namespace(file=str(good), yes=False)
    assert run_restore_damaged(args, url, data / "backups") == 2
    assert "students\t4" in capsys.readouterr().out
    args.yes = True
    assert run_restore_damaged(args, url, data / "backups") == 0
    assert list((data / "backups").glob("*-damaged.db"))
    assert count(db, "student") == 4
    reopened = cli(data, "backup", str(tmp_path / "after.db"))
    assert reopened.returncode == 0, reopened.stderr
    args.file = str(tmp_path / "nothing.db")
    assert run_restore_damaged(args, url, data / "backups") == 2
    assert "does not exist" in capsys.readouterr().err
