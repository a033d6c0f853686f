"""Findings on apprenticeship programmes and their members (rulebook §3, R-APP-2/4/5/6).

Pure functions over plain values, so the cohort view, the enrolment form and the home-screen
scan judge the same way. Thresholds come in `AppParams`, read by the service from the
`apprenticeship` reference key (data with a source, never hard-coded here).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta

from jilin_apprentice.domain.rules.model import BLOCK, WARN, Finding

SCHOOL_JOINT = "school_joint"
ENTERPRISE_NEW = "enterprise_new"
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class AppParams:
    """The `apprenticeship` reference key (APP-2021): months, all inclusive of the end day."""

    warn_min_months: int = 12
    warn_max_months: int = 24
    max_months: int = 36
    min_contract_months: int = 12

    @classmethod
    def from_value(cls, value: dict[str, Any] | None) -> AppParams:
        """Build from the decoded reference value; a missing key keeps the seeded default."""
        value = value or {}
        names = ("warn_min_months", "warn_max_months", "max_months", "min_contract_months")
        return cls(**{n: int(value[n]) for n in names if n in value})


def months_reach(start: dt.date, end: dt.date, months: int) -> bool:
    """Whether [start, end] lasts at least `months` calendar months (end day included).

    2026-03-01 – 2027-02-28 is exactly 12 months; 2026-03-01 – 2027-02-27 is a day short.
    """
    return end + ONE_DAY >= start + relativedelta(months=months)


def longer_than(start: dt.date, end: dt.date, months: int) -> bool:
    """Whether [start, end] (end day included) lasts more than `months` calendar months."""
    return end + ONE_DAY > start + relativedelta(months=months)


def mentor_findings(
    enterprise_mentor_id: int | None, school_mentor_id: int | None
) -> list[Finding]:
    """R-APP-5 (双导师): an apprentice has an enterprise mentor and a school mentor; WARN for
    each one missing (APP-2021)."""
    found = []
    if enterprise_mentor_id is None:
        found.append(Finding("R-APP-5", WARN, "enterprise_mentor_id", {"role": "enterprise"}))
    if school_mentor_id is None:
        found.append(Finding("R-APP-5", WARN, "school_mentor_id", {"role": "school"}))
    return found


def agreement_findings(programme: str, training_agreement_ref: str | None) -> list[Finding]:
    """R-APP-2: school-enterprise joint enrolment (现代学徒制) needs a 学徒培养协议; BLOCK
    (VEL-2022 Art 30)."""
    if programme == SCHOOL_JOINT and not (training_agreement_ref or "").strip():
        return [Finding("R-APP-2", BLOCK, "training_agreement_ref")]
    return []


def contract_findings(
    programme: str, start: dt.date | None, end: dt.date | None, p: AppParams
) -> list[Finding]:
    """R-APP-4: a 企业新型学徒制 apprentice holds a labour contract of at least
    `min_contract_months` (a year); missing or shorter is BLOCK (APP-2021)."""
    if programme != ENTERPRISE_NEW:
        return []
    months = p.min_contract_months
    if start is None or end is None or not months_reach(start, end, months):
        return [Finding("R-APP-4", BLOCK, "labour_contract_end", {"months": months})]
    return []


def duration_findings(
    programme: str, start: dt.date | None, end: dt.date | None, p: AppParams
) -> list[Finding]:
    """R-APP-6: 企业新型学徒制 training lasts 1–2 years (WARN outside), never more than 3
    (BLOCK)."""
    if programme != ENTERPRISE_NEW or start is None or end is None or end < start:
        return []
    if longer_than(start, end, p.max_months):
        return [Finding("R-APP-6", BLOCK, "end_date", {"max": p.max_months})]
    if not months_reach(start, end, p.warn_min_months) or longer_than(
        start, end, p.warn_max_months
    ):
        return [
            Finding(
                "R-APP-6", WARN, "end_date", {"min": p.warn_min_months, "max": p.warn_max_months}
            )
        ]
    return []


@dataclass(frozen=True)
class MemberFacts:
    """What the member checks read: the apprenticeship row's own values."""

    programme: str
    enterprise_mentor_id: int | None
    school_mentor_id: int | None
    training_agreement_ref: str | None
    start_date: dt.date
    end_date: dt.date
    labour_contract_start: dt.date | None
    labour_contract_end: dt.date | None


def member_findings(m: MemberFacts, p: AppParams) -> list[Finding]:
    """Every finding on one cohort member, blocking ones first."""
    found = [
        *agreement_findings(m.programme, m.training_agreement_ref),
        *contract_findings(m.programme, m.labour_contract_start, m.labour_contract_end, p),
        *duration_findings(m.programme, m.start_date, m.end_date, p),
        *mentor_findings(m.enterprise_mentor_id, m.school_mentor_id),
    ]
    return sorted(found, key=lambda f: f.severity != BLOCK)


def programme_findings(
    programme: str, start: dt.date, end: dt.date, agreement_ref: str | None, p: AppParams
) -> list[Finding]:
    """Findings on the programme itself: its 学徒培养协议 (R-APP-2) and its length (R-APP-6)."""
    return [
        *agreement_findings(programme, agreement_ref),
        *duration_findings(programme, start, end, p),
    ]


def percent(done: int, planned: int) -> int:
    """Progress in whole percent, 0 when nothing is planned, never above 100."""
    if planned <= 0:
        return 0
    return min(100, (100 * done) // planned)
