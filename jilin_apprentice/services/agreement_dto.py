"""Plain data the agreement service returns (no ORM objects leave a service), and how a failed
placement reads in a batch report."""

from __future__ import annotations

from dataclasses import dataclass

from jilin_apprentice.domain.errors import RuleBlocked, ValidationFailed


@dataclass(frozen=True)
class AgreementRow:
    id: int
    placement_id: int
    number: str
    version: int
    status: str
    file_path: str | None
    content_sha256: str | None
    signed_parties: tuple[str, ...]
    required_parties: tuple[str, ...]
    scanned_copy_path: str | None
    current: bool
    student_name: str = ""
    enterprise_name: str = ""
    kind: str = ""
    minor: bool = False


@dataclass(frozen=True)
class BatchReport:
    done: list[int]
    failed: dict[int, str]  # placement id -> why (rule IDs, missing fields, write error)
    cancelled: bool


def describe_failure(exc: Exception) -> str:
    if isinstance(exc, RuleBlocked):
        return "blocked: " + ", ".join(dict.fromkeys(f.rule_id for f in exc.findings))
    if isinstance(exc, ValidationFailed):
        return "; ".join(f"{v.code} {v.params}" for v in exc.violations)
    return f"{type(exc).__name__}: {exc}"
