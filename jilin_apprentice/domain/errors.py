"""Errors and violations that carry codes, never user-facing text (the UI translates codes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Violation:
    """One broken rule on one field: `code` is stable and translated by the UI (ui/errors.py)."""

    field: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    severity: str = "block"  # "block" refuses the save; "warn" is shown but allowed


class DomainError(Exception):
    """A known, user-caused problem; shown as a message, never as a crash."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


class ValidationFailed(DomainError):
    """Input was refused; `violations` name each field and rule."""

    def __init__(self, violations: list[Violation]) -> None:
        super().__init__("validation_failed", count=len(violations))
        self.violations = violations

    def __str__(self) -> str:
        return "; ".join(f"{v.field}: {v.code} {v.params or ''}".strip() for v in self.violations)


class NotFound(DomainError):
    """The record does not exist (any more)."""


class ConflictError(DomainError):
    """Optimistic locking: somebody else changed the record since it was read."""


class RuleBlocked(DomainError):
    """A status change stopped by blocking rule findings; `findings` are listed to the user."""

    def __init__(self, findings: list[Any]) -> None:
        rules = ", ".join(dict.fromkeys(f.rule_id for f in findings))
        super().__init__("placement.blocked", count=len(findings), rules=rules)
        self.findings = findings
