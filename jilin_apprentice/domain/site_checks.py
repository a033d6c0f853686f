"""The site-visit checklist and the expiry of on-site assessments (pure rules, no storage).

A supervisor's visit (巡查/走访) is part of the daily guidance of REG-2021 Art 23 (R-SUP-4) and
its record is archive item (6) "学生实习检查记录" of Art 29 (R-REC-1). The items checked are the
working and living conditions the regulation protects; each is answered "ok", "problem" or
"n/a", and a problem needs a note so the record says what was wrong.

An enterprise's on-site assessment (R-ENT-1, REG-2021 Art 7) must exist before the first
岗位实习 there; the regulation sets no validity, so the school's setting (reference key
`site_assessment`.valid_months) decides when it is repeated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.domain.rules.model import WARN, Finding

OK, PROBLEM, NOT_APPLICABLE = "ok", "problem", "n/a"
ANSWERS = (OK, PROBLEM, NOT_APPLICABLE)
ENT_RULE = "R-ENT-1"
EXPIRING_DAYS = 30  # "expiring" on the assessments list: valid for at most this many more days


@dataclass(frozen=True)
class SiteItem:
    key: str
    source: str  # rulebook ID and article the item comes from


SITE_ITEMS: tuple[SiteItem, ...] = (
    SiteItem("working_hours", "R-TIME-1..5; REG-2021 Art 16 (hours, rest days, nights)"),
    SiteItem("environment", "R-ENT-1; REG-2021 Art 7 (工作环境)"),
    SiteItem("safety", "R-SAFE-1; REG-2021 Art 7 (安全防护), Art 31"),
    SiteItem("lodging", "R-LODGE-1; REG-2021 Art 7 (生活环境), Art 20"),
    SiteItem("pay_received", "R-PAY-1..3; REG-2021 Art 17, Art 18"),
    SiteItem("talked_to_student", "R-SUP-4; REG-2021 Art 23 (guidance, daily inspection)"),
)
ITEM_KEYS = tuple(item.key for item in SITE_ITEMS)


def checklist_violations(checklist: Mapping[str, str], notes: str | None) -> list[Violation]:
    """R-SUP-4 / R-REC-1 (6): every item answered with a known answer; a problem needs a note.

    Unknown keys are refused too, so a stored checklist always means what the list says.
    """
    problems: list[Violation] = []
    for key in ITEM_KEYS:
        answer = checklist.get(key)
        if not answer:
            problems.append(Violation(f"checklist.{key}", "required"))
        elif answer not in ANSWERS:
            problems.append(Violation(f"checklist.{key}", "choice.invalid"))
    extra = sorted(set(checklist) - set(ITEM_KEYS))
    if extra:
        problems.append(Violation("checklist", "visit.unknown_items", {"items": ", ".join(extra)}))
    flagged = problem_items(checklist)
    if flagged and not (notes or "").strip():
        problems.append(Violation("notes", "visit.problem_needs_note", {"count": len(flagged)}))
    return problems


def problem_items(checklist: Mapping[str, str]) -> list[str]:
    """The items answered "problem", in the list's order."""
    return [key for key in ITEM_KEYS if checklist.get(key) == PROBLEM]


def default_valid_until(assessed_on: dt.date, valid_months: int) -> dt.date:
    """R-ENT-1: the assessment holds `valid_months` (school setting), at least the day itself."""
    return max(assessed_on, assessed_on + relativedelta(months=valid_months))


def assessment_state(
    passed: bool, valid_until: dt.date, today: dt.date, warn_days: int = EXPIRING_DAYS
) -> str:
    """ "failed", "expired" (valid_until before today), "expiring" (≤ warn_days left) or "valid".

    The last valid day is `valid_until` itself, so on that day the state is "expiring", not
    "expired".
    """
    if not passed:
        return "failed"
    if valid_until < today:
        return "expired"
    if (valid_until - today).days <= warn_days:
        return "expiring"
    return "valid"


def expiry_finding(
    latest: tuple[bool, dt.date, dt.date] | None,
    latest_passed_until: dt.date | None,
    start: dt.date,
    today: dt.date,
) -> Finding | None:
    """R-ENT-1 (WARN) for one open 岗位实习 placement.

    `latest` is (passed, assessed_on, valid_until) of the enterprise's latest assessment,
    `latest_passed_until` the valid_until of its latest passed one. A failed latest assessment
    is reported as failed; otherwise the passed assessment must still hold on the day that
    matters: the start for a placement not yet started, today for a running one. No assessment
    at all is the rule engine's R-ENT-1 (it reads the enterprise's assessment date and report).
    """
    if latest is None:
        return None
    passed, assessed_on, _until = latest
    if not passed:
        return Finding(ENT_RULE, WARN, "enterprise_id", {"failed": assessed_on.isoformat()})
    day = start if start > today else today
    if latest_passed_until is not None and latest_passed_until < day:
        return Finding(
            ENT_RULE, WARN, "enterprise_id", {"expired": latest_passed_until.isoformat()}
        )
    return None
