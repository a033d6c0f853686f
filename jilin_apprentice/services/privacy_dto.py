"""Plain values the privacy service hands to the UI (issue 8)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ConsentDraft:
    """A separate consent for one purpose (R-PI-4, R-PI-6)."""

    purpose: str
    signer: str
    signed_date: dt.date | None
    scope: str | None = None


@dataclass(frozen=True)
class ConsentView:
    id: int
    version: int
    student_id: int
    purpose: str
    scope: str | None
    signer: str
    signed_date: dt.date
    withdrawn_on: dt.date | None

    def in_force(self, on: dt.date) -> bool:
        return self.signed_date <= on and (self.withdrawn_on is None or self.withdrawn_on > on)


@dataclass(frozen=True)
class RetentionCandidate:
    """A student who has left and whose retention period has ended (R-PI-8)."""

    student_id: int
    name: str
    class_name: str
    status: str
    left_on: dt.date
    due_on: dt.date
    open_placements: int
    agreements_kept: int
    placements_kept: int
    guardians: int
    consents: int
    anonymised: tuple[str, ...]  # field names that anonymisation removes
    kept: tuple[str, ...]  # records kept as the legal record


@dataclass(frozen=True)
class RetentionReview:
    graduated_years: int
    today: dt.date
    candidates: tuple[RetentionCandidate, ...]


@dataclass(frozen=True)
class AnonymiseResult:
    students: int
    guardians_removed: int
    consents_removed: int
    audit_entries_redacted: int


@dataclass(frozen=True)
class NoticeAck:
    student_id: int
    notice_version: int
    acknowledged_on: dt.date


@dataclass(frozen=True)
class PrivacyToDo:
    """What the home screen says about personal data; the lists are in Settings ▸ Personal data."""

    without_notice: int  # R-PI-3: students with a placement who never acknowledged the notice
    due_for_review: int  # R-PI-8: former students past the retention period
