"""Persistence: SQLAlchemy models, engine, unit of work, migrations. No Qt here."""
