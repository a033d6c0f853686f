"""Plain rows of the certificate service (certificates, subsidy eligibility)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class CertificateDraft:
    student_id: int | None
    occupation: str
    level: str  # CertificateLevel value
    issuer: str
    issued_on: dt.date | None
    cert_no: str | None = None
    shortage_occupation: bool = False


@dataclass(frozen=True)
class CertificateRow:
    id: int
    draft: CertificateDraft
    student_name: str
    student_no: str | None
    class_name: str | None
    subsidy_claimed_on: dt.date | None
    subsidy_claimed_fen: int | None


@dataclass(frozen=True)
class SubsidyRule:
    """A subsidy's reference value in force, with where it comes from and whether it is checked."""

    key: str  # subsidy.certificate / subsidy.technician_training / subsidy.apprenticeship
    value: dict[str, object] | None
    effective_from: dt.date | None
    source: str
    verified: bool


@dataclass(frozen=True)
class EligibilityRow:
    """Who may claim what: a certificate (JL-48 §(15)) or a training year (R-APP-8)."""

    key: str  # "c<certificate id>" or "a<apprenticeship id>-<year>" (stable across reloads)
    student_id: int
    student_name: str
    class_name: str | None
    enterprise_name: str | None
    scheme: str  # certificate / technician_training / apprenticeship
    level: str | None  # certificate level, for certificates
    occupation: str | None
    issued_on: dt.date | None
    training_year: int | None  # 1, 2, 3, for the apprenticeship subsidy
    year_start: dt.date | None
    year_end: dt.date | None
    eligible: bool
    reason: str  # domain/subsidies.py reason code
    min_fen: int | None
    max_fen: int | None  # None with a min: "at least"
    source: str
    verified: bool
    certificate_id: int | None
    apprenticeship_id: int | None
    claimed_on: dt.date | None
    claimed_fen: int | None
