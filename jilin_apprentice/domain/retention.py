"""Consent purposes, retention periods and anonymised values: pure rules of PIPL (rulebook §6).

Sensitive data and sharing with third parties rest on a *separate* consent per purpose (R-PI-4,
R-PI-6): a consent is in force from the day it is signed until the day it is withdrawn. Personal
data of students who have left is kept only as long as necessary (R-PI-8): the school sets how
many years after leaving; then the data is anonymised, while the archived agreements and the
placement rows stay as the legal record (R-REC-1, R-REC-2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from jilin_apprentice.domain.enums import StudentStatus

HEALTH, BANK_ACCOUNT, ID_CARD_SCAN = "health", "bank_account", "id_card_scan"
SHARE_ENTERPRISE, SHARE_INSURER, SHARE_AUTHORITY = (
    "share_enterprise",
    "share_insurer",
    "share_authority",
)
# purpose -> does it need a separate consent? Filing with the education authority rests on a
# statutory duty (PIPL Art 13(3), R-PI-6), so a consent may be recorded but is not required.
CONSENT_PURPOSES: dict[str, bool] = {
    HEALTH: True,
    BANK_ACCOUNT: True,
    ID_CARD_SCAN: True,
    SHARE_ENTERPRISE: True,
    SHARE_INSURER: True,
    SHARE_AUTHORITY: False,
}
LEFT_STATUSES = frozenset({StudentStatus.GRADUATED, StudentStatus.WITHDRAWN})
GUARDIAN_CONSENT_AGE = 14  # R-PI-5
# what anonymisation removes, and what it keeps as the legal record (R-PI-8)
ANONYMISED_FIELDS = (
    "name",
    "id_number",
    "student_no",
    "phone",
    "address",
    "birth_date",
    "notes",
    "guardians",
    "consents",
    "payee_name",
    "injury",
)
KEPT_RECORDS = ("agreements", "placements")


@dataclass(frozen=True)
class ConsentSpan:
    """One stored consent, reduced to what decides whether it is in force."""

    purpose: str
    signed_date: dt.date
    withdrawn_on: dt.date | None


def consent_needed(purpose: str) -> bool:
    """R-PI-4/R-PI-6: whether `purpose` needs a separate consent (unknown purposes do)."""
    return CONSENT_PURPOSES.get(purpose, True)


def consent_in_force(spans: Iterable[ConsentSpan], purpose: str, on: dt.date) -> bool:
    """R-PI-4: a consent for `purpose` was signed on or before `on` and not withdrawn by then.

    Withdrawal takes effect on its day: a consent withdrawn on `on` no longer covers `on`.
    """
    return any(
        s.purpose == purpose
        and s.signed_date <= on
        and (s.withdrawn_on is None or s.withdrawn_on > on)
        for s in spans
    )


def missing_consent(spans: Iterable[ConsentSpan], purpose: str, on: dt.date) -> bool:
    """R-PI-4: True when `purpose` needs a separate consent and none is in force on `on`."""
    return consent_needed(purpose) and not consent_in_force(spans, purpose, on)


def needs_guardian_signer(birth_date: dt.date, signed_on: dt.date) -> bool:
    """R-PI-5: under 14 on the day of signing, the guardian must give the consent."""
    return signed_on < birth_date + relativedelta(years=GUARDIAN_CONSENT_AGE)


def review_date(left_on: dt.date, graduated_years: int) -> dt.date:
    """R-PI-8: the day the retention period after leaving ends (29 Feb → 28 Feb)."""
    return left_on + relativedelta(years=graduated_years)


def past_retention(
    status: StudentStatus, left_on: dt.date | None, graduated_years: int, today: dt.date
) -> bool:
    """R-PI-8: a student who has left, whose period ended on or before `today`.

    Students still enrolled or suspended are never due; nor is one without a leaving date
    (nothing to count from: the officer records the graduation date first).
    """
    if status not in LEFT_STATUSES or left_on is None:
        return False
    return review_date(left_on, graduated_years) <= today


def anonymised_name(student_id: int) -> str:
    """R-PI-8: the name an anonymised student keeps, so placement rows still read sensibly."""
    return f"学生{student_id}"


def anonymised_id_number(student_id: int) -> str:
    """R-PI-8: a placeholder that cannot be an ID number (keeps the column unique and non-null)."""
    return f"ANON-{student_id}"


def generalised_birth_date(birth_date: dt.date) -> dt.date:
    """R-PI-8: keep only the birth year (statistics by age band still work)."""
    return dt.date(birth_date.year, 1, 1)


@dataclass(frozen=True)
class SignedConsent:
    """A stored consent with its signer: enough to judge R-PI-4/R-PI-5 on a day."""

    purpose: str
    signer: str
    signed_date: dt.date
    withdrawn_on: dt.date | None


def consent_valid(
    consents: Iterable[SignedConsent],
    purpose: str,
    on: dt.date,
    birth_date: dt.date,
    guardians: Iterable[str],
) -> bool:
    """R-PI-6 with R-PI-5: a consent for `purpose` in force on `on`, signed by a recorded
    guardian if the student was under 14 when it was signed."""
    names = {g.strip() for g in guardians if g and g.strip()}
    for c in consents:
        span = ConsentSpan(c.purpose, c.signed_date, c.withdrawn_on)
        if not consent_in_force([span], purpose, on):
            continue
        if needs_guardian_signer(birth_date, c.signed_date) and c.signer.strip() not in names:
            continue
        return True
    return False
