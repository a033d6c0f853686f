"""What the user service takes and returns: plain frozen dataclasses, never ORM rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class UserDraft:
    """What an administrator typed for a user; `password` is used only when creating one."""

    username: str
    display_name: str
    role: str = "officer"
    can_see_pii: bool = False
    active: bool = True
    password: str | None = None


@dataclass(frozen=True)
class UserRow:
    """One user as listed; `locked_until` is local time, None when not locked now."""

    id: int
    version: int
    username: str
    display_name: str
    role: str
    can_see_pii: bool
    active: bool
    failed_attempts: int
    locked_until: dt.datetime | None


@dataclass(frozen=True)
class LoginPolicy:
    """Reference key `login` in force today (R-PI-7 access control)."""

    max_failures: int
    lock_minutes: int
    min_password_length: int
