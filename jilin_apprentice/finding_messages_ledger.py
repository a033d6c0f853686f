"""Texts of the findings the ledgers report (pay, insurance, incidents); merged into
finding_messages, same context "Findings" and the same "{message} ({cite})." frame."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


TITLES: dict[str, str] = {
    "R-PAY-LATE": QT_TRANSLATE_NOOP("Findings", "Pay late or unpaid"),
    "R-PAY-SHORT": QT_TRANSLATE_NOOP("Findings", "Pay short"),
    "R-PAY-6": QT_TRANSLATE_NOOP("Findings", "Forbidden deduction from pay"),
    "R-INS-EXPIRY": QT_TRANSLATE_NOOP("Findings", "Insurance about to lapse"),
    "R-INS-2": QT_TRANSLATE_NOOP("Findings", "Premium charged to students"),
    "R-INS-4": QT_TRANSLATE_NOOP("Findings", "Sum insured below the school's minimum"),
}

CITES: dict[str, str] = {
    "R-PAY-LATE": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 18"),
    "R-PAY-SHORT": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 18"),
    "R-PAY-6": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 20, Art 35 para 2"),
    "R-INS-EXPIRY": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 35 para 1"),
    "R-INS-2": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 35 para 2"),
    "R-INS-4": QT_TRANSLATE_NOOP("Findings", "REG-2021 Arts 34-36; school setting"),
}

# fmt: off
TEMPLATES: dict[str, str] = {
    "R-PAY-LATE/late": QT_TRANSLATE_NOOP("Findings",
        "The pay for {period} to {period_end} was due on {due} and paid in full on {paid_on}, "
        "{days_late} days late"),
    "R-PAY-LATE/overdue": QT_TRANSLATE_NOOP("Findings",
        "The pay for {period} to {period_end} was due on {due}; {unpaid_fen} yuan is still "
        "unpaid, {days_late} days overdue"),
    "R-PAY-SHORT": QT_TRANSLATE_NOOP("Findings",
        "For {period} to {period_end}, due on {due}, only {paid_fen} yuan of {due_fen} yuan was "
        "paid; {short_fen} yuan is still missing {days_late} days later"),
    "R-PAY-6": QT_TRANSLATE_NOOP("Findings",
        "{kind} of {amount_fen} yuan was deducted from {payments} payment(s) between {first} "
        "and {last}; fees, commissions and insurance premiums may not be taken from pay"),
    "R-PAY-4/gap": QT_TRANSLATE_NOOP("Findings",
        "No pay was recorded between {from} and {to} ({days} days); pay is due at least every "
        "{max} days"),
    "R-INS-EXPIRY": QT_TRANSLATE_NOOP("Findings",
        "The liability cover {policy_no} ends on {ends}, in {days_left} days, while the "
        "placement continues; renew it or cover the student under another policy"),
    "R-INS-2": QT_TRANSLATE_NOOP("Findings",
        "The premium of policy {policy_no} is charged to the students; it may not be charged "
        "to them or deducted from their pay"),
    "R-INS-4/below": QT_TRANSLATE_NOOP("Findings",
        "Policy {policy_no} insures {sum_insured_fen} yuan per person, below the school's "
        "minimum of {min_fen} yuan"),
    "R-INS-4/missing": QT_TRANSLATE_NOOP("Findings",
        "Policy {policy_no} has no sum insured per person recorded; the school's minimum is "
        "{min_fen} yuan"),
    "R-INS-1/incident": QT_TRANSLATE_NOOP("Findings",
        "No internship liability insurance covered the student on {incident_on}, the day of "
        "the incident"),
    "R-INS-1/gaps": QT_TRANSLATE_NOOP("Findings",
        "{uncovered_days} days of the placement have no liability insurance: {gaps}"),
}
# fmt: on

CODE_LABELS: dict[str, str] = {
    "fee": QT_TRANSLATE_NOOP("Findings", "A fee"),
    "commission": QT_TRANSLATE_NOOP("Findings", "A commission"),
    "insurance_premium": QT_TRANSLATE_NOOP("Findings", "An insurance premium"),
}


def situation(rule_id: str, params: Mapping[str, Any]) -> str | None:
    """The variant for a ledger finding, or None when the rules' own logic decides."""
    if rule_id == "R-PAY-LATE":
        return "late" if params.get("paid_on") else "overdue"
    if rule_id == "R-PAY-4" and "from" in params:
        return "gap"
    if rule_id == "R-INS-4":
        return "missing" if params.get("missing") else "below"
    if rule_id == "R-INS-1" and "incident_on" in params:
        return "incident"
    if rule_id == "R-INS-1" and "gaps" in params:
        return "gaps"
    if rule_id in ("R-PAY-SHORT", "R-PAY-6", "R-INS-EXPIRY", "R-INS-2"):
        return ""
    return None


def gaps_text(gaps: Any) -> str:
    """[["2026-12-01", "2026-12-14"], …] -> "2026-12-01–2026-12-14, …"."""
    return ", ".join(f"{a}–{b}" for a, b in gaps)
