"""The rule registry: ID, severity, source, what status change a BLOCK guards; and the run.

A BLOCK guards one of two gates. Substance (age, hazards, hours, pay method…) guards approval:
a placement that breaks it cannot be approved or started. Paperwork that normally arrives after
approval (consent, insurance, agreement, safety training…) guards activation only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from jilin_apprentice.domain.rules import apprenticeship_rules as app
from jilin_apprentice.domain.rules import period_rules as per
from jilin_apprentice.domain.rules import placement_rules as pl
from jilin_apprentice.domain.rules.model import (
    BLOCK,
    INFO,
    WARN,
    Finding,
    PlacementFacts,
    RuleParams,
)

Check = Callable[[PlacementFacts, RuleParams], list[Finding]]
APPROVE = "approve"
ACTIVATE = "activate"
# REG-2021 Art 17 matters the R-TIME-5 exception may cover; never the Art 16 prohibitions
OVERRIDABLE = frozenset({"R-TIME-2", "R-TIME-3", "R-TIME-4", "R-PROH-2"})


@dataclass(frozen=True)
class RuleSpec:
    rule_id: str
    severity: str  # the most severe outcome the rule can have
    source: str
    verified: bool
    check: Check
    gate: str = APPROVE


RULES: tuple[RuleSpec, ...] = (
    RuleSpec("R-SCOPE-1", WARN, "REG-2021 Art 2, Art 49", True, pl.study_mode),
    RuleSpec("R-TYPE-2", BLOCK, "REG-2021 Art 9 para 2", True, pl.cognitive_not_self_chosen),
    RuleSpec(
        "R-AGE-1", BLOCK, "REG-2021 Art 16(2); Art 47 para 2 (R-AGE-6)", True, pl.age_under_16
    ),
    RuleSpec("R-AGE-2", BLOCK, "REG-2021 Art 16(1)", True, pl.first_year),
    RuleSpec("R-AGE-3", BLOCK, "REG-2021 Art 16(3); LABOUR Art 64", True, pl.minor_prohibited_post),
    RuleSpec("R-AGE-4", WARN, "LABOUR Art 65 (reference)", True, per.health_check_for_minors),
    RuleSpec("R-AGE-5", INFO, "CHILD Art 13 para 2", True, per.young_cognitive),
    RuleSpec("R-CONSENT-1", BLOCK, "REG-2021 Art 9 para 1", True, pl.guardian_consent, ACTIVATE),
    RuleSpec("R-CONSENT-2", BLOCK, "REG-2021 Art 9 para 1, Art 10", True, per.self_chosen_approved),
    RuleSpec("R-MAJ-1", BLOCK, "VEL-2022 Art 50; REG-2021 Art 8 para 3", True, per.major_fit),
    RuleSpec("R-ENT-1", WARN, "REG-2021 Arts 6, 7", True, per.enterprise_assessed),
    RuleSpec("R-DUR-1", WARN, "REG-2021 Art 12", True, per.post_duration),
    RuleSpec(
        "R-DUR-2",
        BLOCK,
        "REG-2021 Art 24 para 2, Arts 25, 5",
        True,
        per.approvals_and_filing,
        ACTIVATE,
    ),
    RuleSpec("R-LODGE-1", BLOCK, "REG-2021 Art 24 para 1", True, per.lodging_away, ACTIVATE),
    RuleSpec(
        "R-AGR-1", BLOCK, "REG-2021 Art 14; VEL-2022 Art 50", True, per.signed_agreement, ACTIVATE
    ),
    RuleSpec("R-TIME-2", BLOCK, "WT-1995 Art 3; LABOUR Arts 36, 38", True, pl.working_hours),
    RuleSpec("R-TIME-3", BLOCK, "REG-2021 Art 17(3)", True, pl.overtime_and_night),
    RuleSpec("R-TIME-4", BLOCK, "REG-2021 Art 17(2)", True, pl.rest_days_and_holidays),
    RuleSpec(
        "R-PAY-1", BLOCK, "REG-2021 Art 18; VEL-2022 Art 50", True, per.pay_amount_set, ACTIVATE
    ),
    RuleSpec("R-PAY-2", WARN, "REG-2021 Art 18", True, pl.pay_floor),
    RuleSpec("R-PAY-3", BLOCK, "REG-2021 Art 18", True, pl.pay_in_money_to_student),
    RuleSpec("R-PAY-4", WARN, "REG-2021 Art 18", True, per.pay_cycle),
    RuleSpec(
        "R-PAY-5", WARN, "LABOUR Art 48; Jilin table (rulebook §4.2)", True, per.below_min_wage
    ),
    RuleSpec("R-PROH-1", BLOCK, "REG-2021 Art 16(5)", True, pl.prohibited_venue),
    RuleSpec("R-PROH-2", BLOCK, "REG-2021 Art 17(1)", True, pl.high_risk_post),
    RuleSpec("R-PROH-3", BLOCK, "REG-2021 Art 16(7); GB 3869-1997", True, pl.physical_intensity),
    RuleSpec(
        "R-PROH-4", BLOCK, "REG-2021 Art 16(4); FEMALE Art 4", True, pl.female_prohibited_post
    ),
    RuleSpec("R-PROH-5", BLOCK, "REG-2021 Art 16(6); VEL-2022 Art 50", True, pl.intermediary),
    RuleSpec("R-CAP-1", WARN, "REG-2021 Art 11 para 1", True, per.intern_caps),
    RuleSpec("R-JL-2", BLOCK, "JL-48 §(33); REG-2021 Arts 6(1), 44", True, pl.credit_restriction),
    RuleSpec(
        "R-INS-1", BLOCK, "REG-2021 Art 35 para 1", True, pl.insurance_covers_period, ACTIVATE
    ),
    RuleSpec(
        "R-SUP-1", BLOCK, "REG-2021 Art 8 para 2, Art 23", True, pl.dual_supervision, ACTIVATE
    ),
    RuleSpec("R-SAFE-1", BLOCK, "REG-2021 Art 31", True, per.safety_training, ACTIVATE),
    RuleSpec("R-APP-2", BLOCK, "VEL-2022 Art 30", True, app.training_agreement, ACTIVATE),
    RuleSpec("R-APP-4", BLOCK, "人社部发〔2021〕39号 (secondary)", False, app.labour_contract),
    RuleSpec(
        "R-APP-6", BLOCK, "人社部发〔2021〕39号 (secondary)", False, app.apprenticeship_duration
    ),
    RuleSpec("R-APP-7", BLOCK, "人社部发〔2021〕39号; LABOUR Art 48", False, app.apprentice_wage),
)

# Rules the ledgers check (pay payments, insurance policies and cover, incidents): (ID, most
# severe outcome, source, verified); they report through the compliance scan, not PlacementFacts
LEDGER_RULES: tuple[tuple[str, str, str, bool], ...] = (
    ("R-PAY-LATE", WARN, "REG-2021 Art 18", True),
    ("R-PAY-SHORT", WARN, "REG-2021 Art 18", True),
    ("R-PAY-6", BLOCK, "REG-2021 Art 20, Art 35 para 2", True),
    ("R-INS-EXPIRY", WARN, "REG-2021 Art 35 para 1", True),
    ("R-INS-2", BLOCK, "REG-2021 Art 35 para 2", True),
    ("R-INS-4", WARN, "REG-2021 Arts 34-36; school setting", True),
    # issue 6: mentors, dual mentors, evaluation, logbook (the services report these)
    ("R-APP-5", WARN, "人社部发〔2021〕39号 (APP-2021), secondary source", False),
    ("R-APP-10", WARN, "no national ratio; school setting", True),
    ("R-SUP-3", WARN, "no national ratio; school setting", True),
    ("R-EVAL-1", WARN, "REG-2021 Art 27", True),
    ("R-LOG-1", WARN, "REG-2021 Arts 21, 29", True),
    ("R-LOG-COPY", WARN, "REG-2021 Art 21; school setting", True),
)

# IDs a rule function may report besides its own (reported under the same gate)
EXTRA_IDS = {
    "R-CAP-2": "R-CAP-1",
    "R-MAJ-2": "R-MAJ-1",
    "R-JL-MW-1": "R-PAY-5",
    "R-TIME-5": "R-TIME-2",
}
ACTIVATION_ONLY = frozenset(s.rule_id for s in RULES if s.gate == ACTIVATE)
SOURCES = (
    {s.rule_id: s.source for s in RULES}
    | {
        "R-CAP-2": "REG-2021 Art 11 para 1",
        "R-MAJ-2": "REG-2021 Art 12",
        "R-JL-MW-1": "LABOUR Art 48; 最低工资规定 Art 10",
        "R-TIME-5": "REG-2021 Art 17 lead-in",
    }
    | {rule_id: source for rule_id, _, source, _ in LEDGER_RULES}
)


def gate_of(rule_id: str) -> str:
    """Which status change a BLOCK of this rule stops: approval (and start) or start only."""
    return ACTIVATE if rule_id in ACTIVATION_ONLY else APPROVE


def exception_problem(f: PlacementFacts) -> str | None:
    """Why a recorded R-TIME-5 exception does not count (None: valid or none recorded)."""
    given = (f.exception_reason, f.exception_filing_ref, f.exception_filing_date)
    if not any(given) and not f.exception_approver:
        return None
    if not all(given) or not f.exception_approver:
        return "incomplete"
    assert f.exception_filing_date is not None
    if f.exception_filing_date >= f.start_date:
        return "not_in_advance"
    return None


def _apply_exception(f: PlacementFacts, findings: list[Finding]) -> list[Finding]:
    """R-TIME-5: an exception filed in advance turns Art 17 findings into notes."""
    recorded = bool(f.exception_reason or f.exception_filing_ref or f.exception_filing_date)
    problem = exception_problem(f)
    if problem is not None:
        return [*findings, Finding("R-TIME-5", WARN, "exception_filing_date", {"problem": problem})]
    if not recorded:
        return findings
    return [
        replace(x, severity=INFO, params={**x.params, "override": f.exception_filing_ref})
        if x.rule_id in OVERRIDABLE and x.severity != INFO
        else x
        for x in findings
    ]


# REG-2021 intern rules that do not bind an apprentice who is an employee with a labour
# contract (R-APP-3); labour law's own limits (hours, minors, women, venues) still apply
INTERN_ONLY = frozenset(
    {
        "R-SCOPE-1",
        "R-TIME-3",
        "R-TIME-4",
        "R-DUR-2",
        "R-LODGE-1",
        "R-PROH-2",
        "R-PROH-3",
        "R-PROH-5",
    }
)


def check_placement(facts: PlacementFacts, params: RuleParams | None = None) -> list[Finding]:
    """Run every rule in RULES order, then apply a valid R-TIME-5 exception."""
    chosen = params or RuleParams()
    employee = facts.programme == "enterprise_new"
    findings = [
        finding
        for spec in RULES
        if not (employee and spec.rule_id in INTERN_ONLY)
        for finding in spec.check(facts, chosen)
    ]
    return _apply_exception(facts, findings)


def blocking(findings: list[Finding], target_status: str) -> list[Finding]:
    """The findings that stop a move to `target_status` (approved or active)."""
    if target_status == "active":
        return [f for f in findings if f.severity == BLOCK]
    if target_status == "approved":
        return [f for f in findings if f.severity == BLOCK and gate_of(f.rule_id) == APPROVE]
    return []
