"""Who qualifies for which subsidy (pure rules; the amounts are reference data, never constants).

JL-48 §(15) (R-JL-4): insured enterprise employees with a 初级/中级/高级 certificate get
¥1,000–2,000 (+30 % for shortage occupations); those in new-technician or senior-technician
training get ¥2,000–3,000. The app holds no social-insurance records, so "insured enterprise
employee" means: a 企业新型学徒制 apprenticeship whose labour contract covers the issue date
(first and last day included). A school student without a labour contract is not eligible.

APP-2021 (R-APP-8): the enterprise gets a training subsidy per 企业新型学徒制 apprentice per
training year, set by the city (≥ ¥5,000 in principle; Jilin's city standards are unverified).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta

CERTIFICATE = "certificate"  # reference key subsidy.certificate
TECHNICIAN = "technician_training"  # subsidy.technician_training
APPRENTICESHIP = "apprenticeship"  # subsidy.apprenticeship
ENTERPRISE_NEW = "enterprise_new"  # Programme.ENTERPRISE_NEW_APPRENTICESHIP

# reasons (the UI words them; the export carries the words)
EMPLOYEE = "employee"  # eligible: insured employee on the issue date
SHORTAGE = "shortage"  # eligible, with the shortage-occupation uplift
NO_CONTRACT = "no_contract"  # a school student: no labour contract at all
OUTSIDE_CONTRACT = "outside_contract"  # a contract exists, but not on the issue date
LEVEL_NOT_COVERED = "level_not_covered"  # the level is in neither scheme
NO_RULE = "no_rule"  # the reference value is missing
TRAINING_YEAR = "training_year"  # eligible: a full training year
PARTIAL_YEAR = "partial_year"  # eligible, but the year is cut short by the end date
DRAFT = "draft"  # the apprenticeship is not approved yet
CONTRACT_UNDER_YEAR = "contract_under_year"  # R-APP-4: labour contract shorter than a year
NOT_PROGRAMME = "not_enterprise_new"  # 现代学徒制: the subsidy is for 企业新型学徒制


@dataclass(frozen=True)
class Contract:
    """What the rules need of an apprenticeship."""

    apprenticeship_id: int
    employer: str
    programme: str
    start_date: dt.date
    end_date: dt.date
    contract_start: dt.date | None
    contract_end: dt.date | None
    status: str = "active"

    def covers(self, day: dt.date) -> bool:
        """The labour contract runs on `day` (its first and last day included)."""
        if self.programme != ENTERPRISE_NEW or not self.contract_start or not self.contract_end:
            return False
        return self.contract_start <= day <= self.contract_end


@dataclass(frozen=True)
class Verdict:
    scheme: str
    eligible: bool
    reason: str
    min_fen: int | None = None
    max_fen: int | None = None  # None with a min: "at least" (R-APP-8)
    contract: Contract | None = None


def uplifted(fen: int, pct: int) -> int:
    """`fen` raised by `pct` per cent, rounded half up to the fen (exact integer arithmetic)."""
    return (fen * (100 + pct) + 50) // 100


def scheme_of(
    level: str, cert_rule: Mapping[str, Any] | None, tech_rule: Mapping[str, Any] | None
) -> str | None:
    """Which §(15) scheme a certificate level falls under (as configured), or None."""
    if cert_rule and level in cert_rule.get("levels", ()):
        return CERTIFICATE
    if tech_rule and level in tech_rule.get("levels", ()):
        return TECHNICIAN
    return None


def certificate_verdict(
    level: str,
    issued_on: dt.date,
    shortage: bool,
    contracts: Sequence[Contract],
    cert_rule: Mapping[str, Any] | None,
    tech_rule: Mapping[str, Any] | None,
) -> Verdict:
    """R-JL-4 for one certificate: eligible only as an insured employee on the issue date."""
    scheme = scheme_of(level, cert_rule, tech_rule)
    if scheme is None:
        missing = cert_rule is None or tech_rule is None
        return Verdict(CERTIFICATE, False, NO_RULE if missing else LEVEL_NOT_COVERED)
    rule = cert_rule if scheme == CERTIFICATE else tech_rule
    assert rule is not None
    covering = sorted(
        (c for c in contracts if c.covers(issued_on)), key=lambda c: c.contract_start or issued_on
    )
    if not covering:
        employed = any(c.programme == ENTERPRISE_NEW and c.contract_start for c in contracts)
        return Verdict(scheme, False, OUTSIDE_CONTRACT if employed else NO_CONTRACT)
    low, high = int(rule["min_fen"]), int(rule["max_fen"])
    pct = int(rule.get("shortage_uplift_pct", 0)) if scheme == CERTIFICATE else 0
    if shortage and pct:
        return Verdict(
            scheme, True, SHORTAGE, uplifted(low, pct), uplifted(high, pct), covering[-1]
        )
    return Verdict(scheme, True, EMPLOYEE, low, high, covering[-1])


@dataclass(frozen=True)
class TrainingYear:
    number: int  # 1, 2, 3
    start: dt.date
    end: dt.date
    full: bool


def training_years(start: dt.date, end: dt.date, today: dt.date) -> list[TrainingYear]:
    """The training years of an apprenticeship that have begun by today (R-APP-8 is per year)."""
    years = []
    number = 1
    while True:
        first = start + relativedelta(years=number - 1)
        if first > end or first > today:
            return years
        natural = start + relativedelta(years=number, days=-1)
        years.append(TrainingYear(number, first, min(natural, end), natural <= end))
        number += 1


def apprenticeship_verdict(
    contract: Contract, year: TrainingYear, rule: Mapping[str, Any] | None
) -> Verdict:
    """R-APP-8 for one training year: the enterprise may claim the city standard (≥ the minimum)."""
    if rule is None:
        return Verdict(APPRENTICESHIP, False, NO_RULE)
    if contract.programme != ENTERPRISE_NEW:
        return Verdict(APPRENTICESHIP, False, NOT_PROGRAMME)
    if contract.status == "draft":
        return Verdict(APPRENTICESHIP, False, DRAFT)
    if not contract.contract_start or not contract.contract_end:
        return Verdict(APPRENTICESHIP, False, NO_CONTRACT)
    if contract.contract_end < contract.contract_start + relativedelta(years=1, days=-1):
        return Verdict(APPRENTICESHIP, False, CONTRACT_UNDER_YEAR)
    if not contract.covers(year.start):
        return Verdict(APPRENTICESHIP, False, OUTSIDE_CONTRACT)
    reason = TRAINING_YEAR if year.full else PARTIAL_YEAR
    return Verdict(APPRENTICESHIP, True, reason, int(rule["min_per_year_fen"]), None, contract)
