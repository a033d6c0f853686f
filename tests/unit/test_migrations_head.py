"""The start-up fast path trusts SCHEMA_HEAD: it must be Alembic's real head."""

from __future__ import annotations

from jilin_apprentice.storage.migrate import SCHEMA_HEAD, head_revision


def test_schema_head_constant_is_the_newest_migration():
    assert head_revision() == SCHEMA_HEAD, (
        "a migration was added: set SCHEMA_HEAD in jilin_apprentice/storage/migrate.py"
    )
