"""A PostgreSQL server that goes away: a clear message, nothing half-written (JA_TEST_PG only)."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select, text

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.container import open_services
from jilin_apprentice.storage.models import Student
from tests import pg
from tests.factories import add_class, student_draft

pytestmark = pytest.mark.skipif(not pg.enabled(), reason="needs JA_TEST_PG")


def test_an_unreachable_server_is_a_clear_message() -> None:
    with pytest.raises(DomainError) as refused:
        open_services("postgresql+psycopg://ja:ja@localhost:1/none")
    assert refused.value.code == "db.server_unreachable"


def _terminate_backends(url: str) -> None:
    """What a restarted or crashed server does to every open session of the database."""
    engine = create_engine(pg.url_of("postgres"), isolation_level="AUTOCOMMIT")
    database = url.rsplit("/", 1)[1]
    with engine.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :db AND pid <> pg_backend_pid()"
            ),
            {"db": database},
        )
    engine.dispose()


def test_connection_lost_mid_session_loses_nothing_saved_and_recovers(services) -> None:
    class_id = add_class(services)
    first = services.students.create(student_draft(class_id, name="王一", seq=1))
    _terminate_backends(services.url)
    # the pool notices the dead connection and reconnects: the next call simply works
    second = services.students.create(student_draft(class_id, name="王二", seq=3))
    with pytest.raises(DomainError) as lost, services.uow() as session:
        session.execute(text("UPDATE student SET name = '改名' WHERE id = :i"), {"i": first})
        _terminate_backends(services.url)
        session.execute(text("SELECT 1"))
    assert lost.value.code == "db.server_unreachable"
    with services.uow.read() as session:
        names = dict(session.execute(select(Student.id, Student.name)).all())
    assert names == {first: "王一", second: "王二"}  # the cut-off change is not half-applied
