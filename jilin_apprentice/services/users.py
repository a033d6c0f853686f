"""Users, roles, passwords (scrypt) and lockout; logging in sets the principal (issue 8).

Access control for personal data (R-PI-7): only an administrator manages users; each user has a
role (administrator, officer, read-only teacher) and, separately, the right to see full ID numbers
and phones. Repeated wrong passwords lock the account for a while (reference key `login`). The
audit trail records every login, failure and change of a user, never a password or its hash.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import Role
from jilin_apprentice.domain.errors import DomainError, NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.passwords import (
    hash_password,
    needs_rehash,
    password_problem,
    verify_password,
)
from jilin_apprentice.services.access import ADMIN, Principal
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.rule_params import value_in_force
from jilin_apprentice.services.user_dto import LoginPolicy, UserDraft, UserRow
from jilin_apprentice.storage.base import utcnow
from jilin_apprentice.storage.models import UserAccount
from jilin_apprentice.storage.uow import UnitOfWork

DEFAULT_POLICY = LoginPolicy(max_failures=5, lock_minutes=15, min_password_length=8)
# The audit writer lets any role record "login" (access.ACTION_PERMISSIONS), so a read-only user's
# own password change and every login event are recorded under that action.
LOGIN = "login"


def _now() -> dt.datetime:
    """Naive UTC now (the storage convention); a seam the unit tests move forward in time."""
    return utcnow()


def _local(utc: dt.datetime) -> dt.datetime:
    """A stored naive-UTC time as naive local time, for messages and the users list."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


class LoginRefused(DomainError):
    """Wrong user name or password ("login.failed") or a locked account ("login.locked")."""


def _row(user: UserAccount, now: dt.datetime) -> UserRow:
    locked = user.locked_until if user.locked_until and user.locked_until > now else None
    return UserRow(
        id=user.id,
        version=user.version,
        username=user.username,
        display_name=user.display_name,
        role=user.role.value,
        can_see_pii=bool(user.can_see_pii),
        active=bool(user.active),
        failed_attempts=user.failed_attempts or 0,
        locked_until=_local(locked) if locked else None,
    )


def _principal(user: UserAccount) -> Principal:
    return Principal(user.username, user.display_name, user.role, bool(user.can_see_pii))


class UserService:
    """Built once per database by services/container.py."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow, self._audit, self._today = uow, audit, today
        self._system = audit.access.principal  # who acts when nobody is logged in

    # --- state ------------------------------------------------------------------------------
    @property
    def principal(self) -> Principal:
        return self._audit.access.principal

    def policy(self) -> LoginPolicy:
        with self._uow.read() as session:
            return self._policy(session)

    def _policy(self, session: Session) -> LoginPolicy:
        stored = value_in_force(session, "login", self._today()) or {}
        keys = ("max_failures", "lock_minutes", "min_password_length")
        return LoginPolicy(**{k: int(stored.get(k, getattr(DEFAULT_POLICY, k))) for k in keys})

    def needs_setup(self) -> bool:
        """True while no active administrator exists (a new database): first-run setup."""
        with self._uow.read() as session:
            return self._active_admins(session) == 0

    @staticmethod
    def _active_admins(session: Session, *, other_than: int | None = None) -> int:
        stmt = select(func.count(UserAccount.id)).where(
            UserAccount.role == Role.ADMIN, UserAccount.active.is_(True)
        )
        if other_than is not None:
            stmt = stmt.where(UserAccount.id != other_than)
        return int(session.scalar(stmt) or 0)

    # --- reads ------------------------------------------------------------------------------
    def list(self) -> list[UserRow]:
        """Every user, administrators only (the list names who may see personal data)."""
        self._audit.access.require(ADMIN)
        now = _now()
        with self._uow.read() as session:
            users = session.scalars(select(UserAccount).order_by(UserAccount.username))
            return [_row(u, now) for u in users]

    def me(self) -> UserRow | None:
        """The logged-in user's own row (None for the local system principal)."""
        if not self._is_user(self.principal.username):
            return None
        with self._uow.read() as session:
            user = self._by_name(session, self.principal.username)
            return _row(user, _now()) if user else None

    def _is_user(self, username: str) -> bool:
        """Whether `username` is the logged-in user (the system principal is nobody's account,
        even when the command line named it like one, e.g. "officer")."""
        return self.principal is not self._system and username == self.principal.username

    @staticmethod
    def _by_name(session: Session, username: str) -> UserAccount | None:
        name = username.strip().lower()
        return session.scalar(select(UserAccount).where(func.lower(UserAccount.username) == name))

    # --- writes -----------------------------------------------------------------------------
    def create_first_admin(self, username: str, display_name: str, password: str) -> Principal:
        """First-run setup: the first administrator, then logged in. Refused once one exists."""
        draft = UserDraft(username, display_name, Role.ADMIN.value, True, True, password)
        with self._uow() as session:
            if self._active_admins(session):
                raise DomainError("user.setup_done")
            user = self._create(session, draft)
            principal = _principal(user)
        self._audit.access.principal = principal
        return principal

    def save(self, draft: UserDraft, user_id: int | None = None) -> int:
        """Create (with `draft.password`) or update a user; administrators only."""
        self._audit.access.require(ADMIN)
        with self._uow() as session:
            if user_id is None:
                return self._create(session, draft).id
            user = session.get(UserAccount, user_id)
            if user is None:
                raise NotFound("user.not_found", id=user_id)
            values = self._values(session, draft, user_id)
            demoted = values["role"] != Role.ADMIN or not values["active"]
            last = self._active_admins(session, other_than=user_id) == 0
            if user.role == Role.ADMIN and user.active and demoted and last:
                raise ValidationFailed([Violation("role", "user.last_admin")])
            before = {k: getattr(user, k) for k in values}
            for key, value in values.items():
                setattr(user, key, value)
            changes = diff(before, values)
            if changes:
                self._audit.record(
                    session, action="update", entity="user", entity_id=user_id, changes=changes
                )
            if self._is_user(user.username) and user.active:
                self._audit.access.principal = _principal(user)
            return user_id

    def _values(self, session: Session, draft: UserDraft, own_id: int | None) -> dict[str, Any]:
        problems: list[Violation] = []
        username, display = draft.username.strip(), draft.display_name.strip()
        for field, text, limit in (("username", username, 40), ("display_name", display, 60)):
            if not text:
                problems.append(Violation(field, "required"))
            elif len(text) > limit:
                problems.append(Violation(field, "too_long", {"max": limit}))
        if username and any(c.isspace() for c in username):
            problems.append(Violation("username", "username.spaces"))
        clash = self._by_name(session, username) if username else None
        if clash is not None and clash.id != own_id:
            problems.append(Violation("username", "username.taken"))
        try:
            role = Role(draft.role)
        except ValueError:
            problems.append(Violation("role", "choice.invalid"))
            role = Role.READ_ONLY
        if own_id is None:
            problem = password_problem(
                draft.password or "", self._policy(session).min_password_length
            )
            if problem:
                problems.append(Violation("password", problem[0], problem[1]))
        if problems:
            raise ValidationFailed(problems)
        return {
            "username": username,
            "display_name": display,
            "role": role,
            "can_see_pii": bool(draft.can_see_pii),
            "active": bool(draft.active),
        }

    def _create(self, session: Session, draft: UserDraft) -> UserAccount:
        values = self._values(session, draft, None)
        user = UserAccount(**values, password_hash=hash_password(draft.password or ""))
        session.add(user)
        session.flush()
        self._audit.record(
            session,
            action="create",
            entity="user",
            entity_id=user.id,
            changes={k: (None, v) for k, v in values.items()},
        )
        return user

    def set_password(self, user_id: int, new: str, old: str | None = None) -> None:
        """An administrator sets anyone's password; a user changes their own with the old one."""
        with self._uow() as session:
            user = session.get(UserAccount, user_id)
            if user is None:
                raise NotFound("user.not_found", id=user_id)
            if not self._audit.access.can(ADMIN):
                if not self._is_user(user.username):
                    self._audit.access.require(ADMIN)
                if not verify_password(old or "", user.password_hash):
                    raise ValidationFailed([Violation("old_password", "password.old_wrong")])
            problem = password_problem(new, self._policy(session).min_password_length)
            if problem:
                raise ValidationFailed([Violation("password", problem[0], problem[1])])
            user.password_hash = hash_password(new)
            self._audit.record(
                session,
                action=LOGIN,
                entity="user",
                entity_id=user_id,
                changes={"password": (None, "changed")},
            )

    def unlock(self, user_id: int) -> None:
        """Clear a lockout before it runs out; administrators only."""
        self._audit.access.require(ADMIN)
        with self._uow() as session:
            user = session.get(UserAccount, user_id)
            if user is None:
                raise NotFound("user.not_found", id=user_id)
            changes = {"failed_attempts": (user.failed_attempts, 0)}
            if user.locked_until is not None:
                changes["locked_until"] = (user.locked_until, None)
            user.failed_attempts, user.locked_until = 0, None
            self._audit.record(
                session, action="update", entity="user", entity_id=user_id, changes=changes
            )

    # --- login ------------------------------------------------------------------------------
    def login(self, username: str, password: str) -> Principal:
        """Check the password; on success the user becomes the principal of every service.

        A wrong password counts; at `max_failures` in a row the account is locked for
        `lock_minutes`, and while locked even the right password is refused with the time it
        opens again. Unknown, inactive and wrong give the same message (no user enumeration).
        """
        now = _now()
        refusal: LoginRefused | None = None
        with self._uow() as session:
            policy = self._policy(session)
            user = self._by_name(session, username)
            if user is not None and user.locked_until is not None and user.locked_until <= now:
                user.failed_attempts, user.locked_until = 0, None  # the lock has run out
            if user is not None and user.locked_until is not None:
                refusal = LoginRefused("login.locked", until=_local(user.locked_until))
                result = "locked"
            elif (
                user is None or not user.active or not verify_password(password, user.password_hash)
            ):
                refusal = LoginRefused(
                    "login.failed", max=policy.max_failures, minutes=policy.lock_minutes
                )
                result = "failed"
                if user is not None and user.active:
                    user.failed_attempts = (user.failed_attempts or 0) + 1
                    if user.failed_attempts >= policy.max_failures:
                        user.locked_until = now + dt.timedelta(minutes=policy.lock_minutes)
                        refusal = LoginRefused("login.locked", until=_local(user.locked_until))
                        result = "locked"
            else:
                result = "success"
                user.failed_attempts, user.locked_until = 0, None
                if needs_rehash(user.password_hash or ""):
                    user.password_hash = hash_password(password)
            principal = _principal(user) if refusal is None and user is not None else None
            before = self._audit.access.principal
            try:
                if principal is not None:  # a success is recorded as the user's own act
                    self._audit.access.principal = principal
                self._audit.record(
                    session,
                    action=LOGIN,
                    entity="user",
                    entity_id=user.id if user else None,
                    changes={"username": (None, username.strip()[:40]), "result": (None, result)},
                )
            except BaseException:
                self._audit.access.principal = before
                raise
        if refusal is not None or principal is None:
            raise refusal or LoginRefused("login.failed")
        return principal

    def logout(self) -> None:
        """Back to the local system principal (the command line's administrator)."""
        with self._uow() as session:
            self._audit.record(
                session,
                action=LOGIN,
                entity="user",
                entity_id=None,
                changes={"username": (None, self.principal.username), "result": (None, "logout")},
            )
        self._audit.access.principal = self._system
