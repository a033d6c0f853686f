"""Pure rules of consent and retention (R-PI-4, R-PI-5, R-PI-6, R-PI-8)."""

from __future__ import annotations

import datetime as dt

import pytest

from jilin_apprentice.domain import retention as r
from jilin_apprentice.domain.enums import StudentStatus

D = dt.date
SPAN = r.ConsentSpan("health", D(2026, 3, 1), D(2026, 6, 1))


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (D(2026, 2, 28), False),  # before signing
        (D(2026, 3, 1), True),  # the day it is signed
        (D(2026, 5, 31), True),
        (D(2026, 6, 1), False),  # withdrawal takes effect on its day
    ],
)
def test_consent_in_force_boundaries(on, expected) -> None:
    assert r.consent_in_force([SPAN], "health", on) is expected


def test_consent_is_per_purpose_and_any_span_counts() -> None:
    again = r.ConsentSpan("health", D(2026, 9, 1), None)
    assert not r.consent_in_force([SPAN], "bank_account", D(2026, 4, 1))
    assert not r.consent_in_force([SPAN, again], "health", D(2026, 7, 1))
    assert r.consent_in_force([SPAN, again], "health", D(2030, 1, 1))
    assert not r.consent_in_force([], "health", D(2026, 4, 1))


def test_missing_consent_only_where_a_consent_is_the_basis() -> None:
    assert r.missing_consent([], "share_insurer", D(2026, 4, 1))
    assert not r.missing_consent([], "share_authority", D(2026, 4, 1))  # statutory duty
    assert r.missing_consent([], "something_new", D(2026, 4, 1))  # unknown: ask
    assert not r.missing_consent([SPAN], "health", D(2026, 4, 1))


@pytest.mark.parametrize(
    ("signed", "expected"),
    [(D(2026, 8, 31), True), (D(2026, 9, 1), False), (D(2027, 1, 1), False)],
)
def test_guardian_signs_below_fourteen(signed, expected) -> None:
    assert r.needs_guardian_signer(D(2012, 9, 1), signed) is expected


@pytest.mark.parametrize(
    ("status", "left", "today", "expected"),
    [
        (StudentStatus.GRADUATED, D(2023, 7, 1), D(2026, 6, 30), False),
        (StudentStatus.GRADUATED, D(2023, 7, 1), D(2026, 7, 1), True),  # the anniversary
        (StudentStatus.WITHDRAWN, D(2023, 7, 1), D(2026, 7, 1), True),
        (StudentStatus.ENROLLED, D(2020, 7, 1), D(2026, 7, 1), False),
        (StudentStatus.SUSPENDED, D(2020, 7, 1), D(2026, 7, 1), False),
        (StudentStatus.GRADUATED, None, D(2040, 1, 1), False),  # nothing to count from
    ],
)
def test_past_retention(status, left, today, expected) -> None:
    assert r.past_retention(status, left, 3, today) is expected


def test_review_date_of_a_leap_day_and_zero_years() -> None:
    assert r.review_date(D(2024, 2, 29), 3) == D(2027, 2, 28)
    assert r.review_date(D(2024, 2, 29), 0) == D(2024, 2, 29)


def test_anonymised_values_identify_nobody() -> None:
    assert r.anonymised_name(42) == "学生42"
    assert r.anonymised_id_number(42) == "ANON-42"
    assert r.generalised_birth_date(D(2007, 10, 3)) == D(2007, 1, 1)
    assert "agreements" in r.KEPT_RECORDS and "guardians" in r.ANONYMISED_FIELDS
