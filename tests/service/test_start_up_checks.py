"""The window defers the integrity check and the daily backup until it is usable (a 100,000-
student file takes about a second to check); they still run, and a damaged file is reported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.backups import list_folder
from jilin_apprentice.services.container import open_services
from tests import pg
from tests.factories import build_world

pytestmark = pytest.mark.skipif(pg.enabled(), reason="SQLite files")
TODAY = dt.date(2026, 11, 26)


def test_deferred_checks_run_later_and_make_the_daily_backup(db_path: Path) -> None:
    folder = db_path.parent / "backups"
    open_services(f"sqlite:///{db_path}", backup_dir=folder, today=lambda: TODAY).close()
    for backup in folder.glob("*.db"):
        backup.unlink()  # as on a new day
    services = open_services(
        f"sqlite:///{db_path}", backup_dir=folder, today=lambda: TODAY, defer_checks=True
    )
    try:
        assert list_folder(folder) == []  # nothing read or copied before the window shows
        assert services.start_up_checks() is None
        assert [b.kind for b in list_folder(folder)] == ["auto"]
    finally:
        services.close()


def test_a_damaged_file_found_later_names_the_backup_to_restore(db_path: Path) -> None:
    from tests.service.test_backups import damage

    folder = db_path.parent / "backups"
    services = open_services(f"sqlite:///{db_path}", backup_dir=folder, today=lambda: TODAY)
    build_world(services)
    services.close()
    good = open_services(f"sqlite:///{db_path}", backup_dir=folder, today=lambda: TODAY)
    good.backups.backup(folder / "kept.db")
    good.close()
    damage(db_path)
    try:  # either the opening meets the damage, or the deferred check finds it
        services = open_services(
            f"sqlite:///{db_path}", backup_dir=folder, today=lambda: TODAY, defer_checks=True
        )
    except DomainError as refused:
        problem: DomainError | None = refused
    else:
        try:
            problem = services.start_up_checks()
        finally:
            services.close()
    assert problem is not None and problem.code == "db.damaged"
    assert Path(problem.params["backup"]).exists()
