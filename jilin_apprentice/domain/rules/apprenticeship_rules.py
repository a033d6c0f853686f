"""Apprenticeship rules of rulebook §3 (R-APP-*), checked on the enterprise period."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from jilin_apprentice.domain.rules.model import BLOCK, WARN, Finding, PlacementFacts, RuleParams
from jilin_apprentice.domain.rules.period_rules import min_wage_table, min_wage_table_problems

SCHOOL_JOINT = "school_joint"
ENTERPRISE_NEW = "enterprise_new"


def _months_reach(start: dt.date, end: dt.date, months: int) -> bool:
    """Whether [start, end] lasts at least `months` calendar months (end inclusive)."""
    return end + dt.timedelta(days=1) >= start + relativedelta(months=months)


def training_agreement(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-APP-2: school-enterprise joint enrolment needs a 学徒培养协议 (VEL-2022 Art 30)."""
    if f.programme == SCHOOL_JOINT and not f.training_agreement_ref:
        return [Finding("R-APP-2", BLOCK, "apprenticeship")]
    return []


def labour_contract(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-APP-4: 企业新型学徒制 apprentices hold a labour contract of at least a year."""
    if f.programme != ENTERPRISE_NEW:
        return []
    months = p.app_min_contract_months.value
    start, end = f.labour_contract_start, f.labour_contract_end
    if start is None or end is None or not _months_reach(start, end, months):
        return [Finding("R-APP-4", BLOCK, "apprenticeship", {"months": months})]
    return []


def apprenticeship_duration(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-APP-6: 1–2 years of training (WARN outside), never more than 3 (BLOCK)."""
    start, end = f.apprenticeship_start, f.apprenticeship_end
    if f.programme != ENTERPRISE_NEW or start is None or end is None:
        return []
    after_end = end + dt.timedelta(days=1)
    longest = p.app_max_months.value
    if after_end > start + relativedelta(months=longest):
        return [Finding("R-APP-6", BLOCK, "apprenticeship", {"max": longest})]
    low, high = p.app_warn_min_months.value, p.app_warn_max_months.value
    if not _months_reach(start, end, low) or after_end > start + relativedelta(months=high):
        return [Finding("R-APP-6", WARN, "apprenticeship", {"min": low, "max": high})]
    return []


def apprentice_wage(f: PlacementFacts, p: RuleParams) -> list[Finding]:
    """R-APP-7: apprentices who are employees earn at least the local minimum wage."""
    if f.programme != ENTERPRISE_NEW or f.min_wage_area_class is None:
        return []
    problems = min_wage_table_problems(f, p, "apprenticeship")
    table = min_wage_table(p.min_wage_tables, f.start_date)
    if table is None:
        return problems
    floor = table.monthly_fen.get(f.min_wage_area_class)
    if floor is None:  # the table has no figure for this area: refuse to judge (R-JL-MW-1)
        return [
            *problems,
            Finding("R-JL-MW-1", WARN, "apprenticeship", {"date": f.start_date.isoformat()}),
        ]
    wage = f.apprentice_wage_fen
    if wage is None or wage < floor:
        problems.append(
            Finding(
                "R-APP-7",
                BLOCK,
                "apprenticeship",
                {"pay_fen": wage, "min_fen": floor, "area_class": f.min_wage_area_class},
            )
        )
    return problems
