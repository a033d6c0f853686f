"""Translate domain codes into the UI language (templates live in jilin_apprentice/messages.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jilin_apprentice import messages
from jilin_apprentice.domain.errors import DomainError, ValidationFailed, Violation


def translate_violation(v: Violation) -> str:
    return messages.render(v.code, v.params, v.field, QCoreApplication.translate)


def translate_error(exc: DomainError) -> str:
    if isinstance(exc, ValidationFailed):
        return "\n".join(translate_violation(v) for v in exc.violations)
    return messages.render(exc.code, exc.params, "", QCoreApplication.translate)
