"""Unit of work: one transaction per service call; errors roll back and map to domain errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from jilin_apprentice.domain.errors import ConflictError, DomainError
from jilin_apprentice.storage.engine import translate_operational_error


class UnitOfWork:
    """Hands out sessions that commit on success and roll back on any error."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    @contextmanager
    def __call__(self) -> Iterator[Session]:
        session = self._session_factory()
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            raise ConflictError("record.conflict") from exc
        except IntegrityError as exc:
            raise DomainError("db.integrity", detail=str(exc.orig)) from exc
        except OperationalError as exc:
            known = translate_operational_error(exc)
            if known is not None:
                raise known from exc
            raise
        finally:
            session.close()

    def dialect_name(self) -> str:
        """ "sqlite" or "postgresql": the few statements that differ pick their SQL by it."""
        bind = self._session_factory.kw.get("bind")
        return bind.dialect.name if bind is not None else "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (no commit); used by list queries."""
        session = self._session_factory()
        try:
            yield session
        finally:
            session.close()  # releases the connection; loaded values stay readable
