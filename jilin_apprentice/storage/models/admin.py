"""Users, the audit trail and rule parameters held as data with a source (never hard-coded)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jilin_apprentice.domain.enums import Role
from jilin_apprentice.storage.base import Base, Tracked, enum_column, utcnow


class UserAccount(Tracked, Base):
    """A person who logs in (issue 8 adds the login; the audit already names the actor)."""

    __tablename__ = "user_account"
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.OFFICER)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    can_see_pii: Mapped[bool] = mapped_column(default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(default=True)


class AuditEntry(Base):
    """Append-only audit trail: who, when, entity, field, old -> new (hash-chained in issue 8)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(20))  # create / update / delete / view / export
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)  # PII stored masked
    new_value: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))


class ReferenceValue(Tracked, Base):
    """A rule parameter or reference-table row (min wage, night window, caps) with its source."""

    __tablename__ = "reference_value"
    __table_args__ = (UniqueConstraint("key", "effective_from"),)
    key: Mapped[str] = mapped_column(String(60), index=True)
    value_json: Mapped[str] = mapped_column(Text)
    effective_from: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(300))
    verified: Mapped[bool] = mapped_column(default=False)
