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


@pytest.fixture
def services(db_path: Path) -> Iterator[object]:
    from jilin_apprentice.services.container import open_services

    svc = open_services(
        f"sqlite:///{db_path}",
        backup_dir=db_path.parent / "backups",
        actor="tester",
        today=lambda: TODAY,
    )
    yield svc
    svc.close()
