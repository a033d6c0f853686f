"""Opening a database and wiring the services: the one place the storage layer is assembled."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError

from jilin_apprentice.services.access import Access, system_principal
from jilin_apprentice.services.registry import Services
from jilin_apprentice.services.rule_params import ensure_reference_defaults
from jilin_apprentice.storage.engine import (
    make_engine,
    make_session_factory,
    translate_operational_error,
)
from jilin_apprentice.storage.migrate import upgrade_database
from jilin_apprentice.storage.uow import UnitOfWork

__all__ = ["Services", "open_services", "startup_check"]

log = logging.getLogger(__name__)


def startup_check(sqlite_file: Path, backup_dir: Path | None) -> None:
    """`PRAGMA quick_check` before the app touches the file (see services.backups)."""
    from jilin_apprentice.services.backups import startup_check as check

    check(sqlite_file, backup_dir)


def open_services(
    url: str,
    *,
    backup_dir: Path | None = None,
    actor: str = "officer",
    today: Callable[[], dt.date] = dt.date.today,
    defer_checks: bool = False,
) -> Services:
    """Open (creating if needed) and migrate the database, then build the services over it.

    The integrity check and the daily backup read the whole file (about 1 s for 100,000
    students); the window passes `defer_checks` and runs `Services.start_up_checks` in the
    background once it is usable. Migrations always back up first, whatever this says.
    """
    try:
        engine = make_engine(url)
    except OperationalError as exc:
        raise translate_operational_error(exc) or exc from exc
    parsed = make_url(url)
    sqlite_file = None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        sqlite_file = Path(str(parsed.database))
    existed = sqlite_file is not None and sqlite_file.exists() and sqlite_file.stat().st_size > 0
    try:
        if sqlite_file is not None and not defer_checks:
            startup_check(sqlite_file, backup_dir)  # a damaged file: say which backup to restore
        upgrade_database(engine, sqlite_file=sqlite_file, backup_dir=backup_dir)
    except OperationalError as exc:  # a PostgreSQL server that is down or unreachable
        engine.dispose()
        raise translate_operational_error(exc) or exc from exc
    except (sqlite3.DatabaseError, SQLAlchemyDatabaseError):
        engine.dispose()
        if sqlite_file is not None and defer_checks:  # damage met before the deferred check
            startup_check(sqlite_file, backup_dir)  # raises the message naming the backup
        raise
    except Exception:
        engine.dispose()
        raise
    uow = UnitOfWork(make_session_factory(engine))
    with uow() as session:
        ensure_reference_defaults(session)
    services = Services(
        engine=engine,
        uow=uow,
        url=url,
        access=Access(system_principal(actor)),
        today=today,
        sqlite_file=sqlite_file,
        backup_dir=backup_dir,
    )
    services.deferred_checks = existed and defer_checks
    if existed and not defer_checks:
        services.daily_backup()
    return services
