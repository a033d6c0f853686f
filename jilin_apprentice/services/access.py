"""Who is acting and what they may do (issue 8), enforced in the service layer.

Every write of every service records an audit entry inside its unit of work, so the audit
writer is where the permission is checked: a refused principal raises `PermissionDenied`, the
unit of work rolls back and nothing is written, whatever the UI shows or hides. Before anyone
logs in (command line, seeding, tests) the principal is the local system administrator.
"""

from __future__ import annotations

from dataclasses import dataclass

from jilin_apprentice.domain.enums import Role
from jilin_apprentice.domain.errors import DomainError

VIEW, EDIT, EXPORT, ADMIN, PII = "view", "edit", "export", "admin", "pii"
ROLE_PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.ADMIN: frozenset({VIEW, EDIT, EXPORT, ADMIN}),
    Role.OFFICER: frozenset({VIEW, EDIT, EXPORT}),
    Role.READ_ONLY: frozenset({VIEW}),
}
# audit action -> permission it needs; any other action is a change of data (EDIT)
ACTION_PERMISSIONS = {
    "view": VIEW,
    "export": EXPORT,
    "seed": ADMIN,
    "login": VIEW,
    "password": VIEW,  # a read-only user may change their own password
}


class PermissionDenied(DomainError):
    """The logged-in user may not do this (code "auth.denied", param `permission`)."""

    def __init__(self, permission: str) -> None:
        super().__init__("auth.denied", permission=permission)


@dataclass(frozen=True)
class Principal:
    """The person the services act for; seeing full ID numbers is a right of its own."""

    username: str
    display_name: str
    role: Role
    can_see_pii: bool = False

    def can(self, permission: str) -> bool:
        if permission == PII:
            return self.can_see_pii
        return permission in ROLE_PERMISSIONS[self.role]


def system_principal(name: str = "system") -> Principal:
    """The local administrator of the command line and of a database nobody has logged in to."""
    return Principal(name, name, Role.ADMIN, can_see_pii=True)


class Access:
    """The current principal, shared by every service of one open database."""

    def __init__(self, principal: Principal | None = None) -> None:
        self.principal = principal or system_principal()

    def can(self, permission: str) -> bool:
        return self.principal.can(permission)

    def require(self, permission: str) -> None:
        if not self.principal.can(permission):
            raise PermissionDenied(permission)

    def require_for_action(self, action: str) -> None:
        self.require(ACTION_PERMISSIONS.get(action, EDIT))
