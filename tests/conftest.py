"""Shared fixtures: a migrated template database copied per test (fast), fixed dates."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

TODAY = dt.date(2026, 11, 26)


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database migrated to head once per session."""
    from jilin_apprentice.services.container import open_services

    path = tmp_path_factory.mktemp("template") / "template.db"
    services = open_services(f"sqlite:///{path}")
    services.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "jilin_apprentice.db"
    shutil.copy(template_db, target)
    return target


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """With JA_TEST_PG: an empty database migrated to head once per session."""
    from jilin_apprentice.services.container import open_services
    from tests import pg

    name = pg.new_database()
    open_services(pg.url_of(name)).close()
    yield name
    pg.drop_database(name)


@pytest.fixture
def services(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """Real services on a fresh database: a copied SQLite file, or (JA_TEST_PG) a PostgreSQL
    database cloned from the migrated template."""
    from jilin_apprentice.services.container import open_services
    from tests import pg

    if pg.enabled():
        name = pg.new_database(request.getfixturevalue("pg_template"))
        url, backups = pg.url_of(name), tmp_path / "backups"
    else:
        db_path = request.getfixturevalue("db_path")
        name, url, backups = "", f"sqlite:///{db_path}", db_path.parent / "backups"
    svc = open_services(url, backup_dir=backups, actor="tester", today=lambda: TODAY)
    yield svc
    svc.close()
    if name:
        pg.drop_database(name)


DEMO_SIZE, DEMO_SEED = 300, 20261126


@pytest.fixture(scope="session")
def demo_template(
    template_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, object]:
    """The demo database (size 300) built once per session; tests get copies (demo_services)."""
    from jilin_apprentice.services.container import open_services
    from jilin_apprentice.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copy(template_db, path)
    svc = open_services(f"sqlite:///{path}", today=lambda: TODAY)
    report = build_demo(svc, size=DEMO_SIZE, seed=DEMO_SEED)
    svc.close()
    return path, report


@pytest.fixture
def demo_report(demo_template: tuple[Path, object]) -> object:
    return demo_template[1]


@pytest.fixture
def demo_services(demo_template: tuple[Path, object], tmp_path: Path) -> Iterator[object]:
    """Services over a fresh copy of the session's demo database (what build_demo makes)."""
    from jilin_apprentice.services.container import open_services

    target = tmp_path / "jilin_apprentice.db"
    shutil.copy(demo_template[0], target)
    svc = open_services(
        f"sqlite:///{target}",
        backup_dir=tmp_path / "backups",
        actor="tester",
        today=lambda: TODAY,
    )
    yield svc
    svc.close()
