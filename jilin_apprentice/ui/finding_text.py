"""Rule findings as translated text for the screens (the catalogue itself is Qt-free)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from jilin_apprentice import finding_messages


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def finding_text(
    rule_id: str, field: str, params: dict[str, Any], severity: str | None = None
) -> str:
    """The plain-language message with figures and the article it comes from."""
    return finding_messages.render_finding(
        rule_id, field, params, translate=_translate, severity=severity
    )


def rule_title(rule_id: str) -> str:
    return finding_messages.rule_title(rule_id, translate=_translate)


def severity_text(severity: str) -> str:
    return {
        "block": QCoreApplication.translate("Findings", "Blocks"),
        "warn": QCoreApplication.translate("Findings", "Warning"),
        "info": QCoreApplication.translate("Findings", "Note"),
    }.get(severity, severity)
