"""Plain-language text for rule findings: what is wrong, the figures, the article (no Qt).

English source strings are marked with QT_TRANSLATE_NOOP (context "Findings") so
`pyside6-lupdate` extracts them; the UI passes `translate(context, text)` at display time, the
command line prints the English source. A message is one template per rule and situation
("R-TIME-2/week"), filled with the finding's params, then framed with its citation. Money
(`*_fen`) is formatted in Python first, so a translation receives "1,880.00" and adds 元.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from jilin_apprentice import finding_messages_apprenticeship as apprenticeship
from jilin_apprentice import finding_messages_ledger as ledger
from jilin_apprentice.domain.money import format_yuan
from jilin_apprentice.finding_messages_templates import CODE_LABELS, TEMPLATES

Translate = Callable[[str, str], str]
CONTEXT = "Findings"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


# "{message} ({cite})." frames every template; the override sentence follows an R-TIME-5 exception
FRAME = QT_TRANSLATE_NOOP("Findings", "{message} ({cite}).")
OVERRIDE = QT_TRANSLATE_NOOP(
    "Findings", "{finding} Allowed by the exception filed in advance under {override} ({cite})."
)
OVERRIDE_CITE = QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 17 lead-in")
UNKNOWN = QT_TRANSLATE_NOOP("Findings", "Rule {rule_id} reported a problem.")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Findings", ", ")

TITLES: dict[str, str] = {
    "R-SCOPE-1": QT_TRANSLATE_NOOP("Findings", "Not a full-time student"),
    "R-TYPE-2": QT_TRANSLATE_NOOP("Findings", "Self-chosen observation internship"),
    "R-AGE-1": QT_TRANSLATE_NOOP("Findings", "Under 16 at the start date"),
    "R-AGE-2": QT_TRANSLATE_NOOP("Findings", "First-year student"),
    "R-AGE-3": QT_TRANSLATE_NOOP("Findings", "Post prohibited for minors"),
    "R-AGE-4": QT_TRANSLATE_NOOP("Findings", "No health check for a minor"),
    "R-AGE-5": QT_TRANSLATE_NOOP("Findings", "Under 16: educational practice only"),
    "R-CONSENT-1": QT_TRANSLATE_NOOP("Findings", "Informed consent not signed"),
    "R-CONSENT-2": QT_TRANSLATE_NOOP("Findings", "Self-chosen placement not approved"),
    "R-MAJ-1": QT_TRANSLATE_NOOP("Findings", "Post does not fit the major"),
    "R-MAJ-2": QT_TRANSLATE_NOOP("Findings", "Only simple repetitive work"),
    "R-ENT-1": QT_TRANSLATE_NOOP("Findings", "Enterprise not assessed"),
    "R-DUR-1": QT_TRANSLATE_NOOP("Findings", "Longer than six months in total"),
    "R-DUR-2": QT_TRANSLATE_NOOP("Findings", "Approval or filing missing"),
    "R-LODGE-1": QT_TRANSLATE_NOOP("Findings", "Own lodging without consent or filing"),
    "R-AGR-1": QT_TRANSLATE_NOOP("Findings", "Tripartite agreement not signed"),
    "R-TIME-2": QT_TRANSLATE_NOOP("Findings", "Working hours over the limit"),
    "R-TIME-3": QT_TRANSLATE_NOOP("Findings", "Night shift or overtime"),
    "R-TIME-4": QT_TRANSLATE_NOOP("Findings", "Work on rest days or holidays"),
    "R-TIME-5": QT_TRANSLATE_NOOP("Findings", "Working-time exception not valid"),
    "R-PAY-1": QT_TRANSLATE_NOOP("Findings", "No pay set"),
    "R-PAY-2": QT_TRANSLATE_NOOP("Findings", "Pay below the 80% floor"),
    "R-PAY-3": QT_TRANSLATE_NOOP("Findings", "Pay not in money to the student"),
    "R-PAY-4": QT_TRANSLATE_NOOP("Findings", "Paid less often than monthly"),
    "R-PAY-5": QT_TRANSLATE_NOOP("Findings", "Pay below the minimum wage"),
    "R-JL-MW-1": QT_TRANSLATE_NOOP("Findings", "Minimum-wage table missing or outdated"),
    "R-PROH-1": QT_TRANSLATE_NOOP("Findings", "Entertainment venue"),
    "R-PROH-2": QT_TRANSLATE_NOOP("Findings", "High-risk post"),
    "R-PROH-3": QT_TRANSLATE_NOOP("Findings", "Heavy physical labour"),
    "R-PROH-4": QT_TRANSLATE_NOOP("Findings", "Post prohibited for women"),
    "R-PROH-5": QT_TRANSLATE_NOOP("Findings", "Intermediary or labour dispatch"),
    "R-CAP-1": QT_TRANSLATE_NOOP("Findings", "Too many interns at the enterprise"),
    "R-CAP-2": QT_TRANSLATE_NOOP("Findings", "Too many interns on the post"),
    "R-JL-2": QT_TRANSLATE_NOOP("Findings", "Enterprise under credit restriction"),
    "R-INS-1": QT_TRANSLATE_NOOP("Findings", "Insurance does not cover the period"),
    "R-SUP-1": QT_TRANSLATE_NOOP("Findings", "Supervisor or mentor missing"),
    "R-SAFE-1": QT_TRANSLATE_NOOP("Findings", "No safety training"),
    "R-APP-2": QT_TRANSLATE_NOOP("Findings", "No apprenticeship-training agreement"),
    "R-APP-4": QT_TRANSLATE_NOOP("Findings", "Labour contract too short"),
    "R-APP-6": QT_TRANSLATE_NOOP("Findings", "Apprenticeship too short or too long"),
    "R-APP-7": QT_TRANSLATE_NOOP("Findings", "Apprentice wage below the minimum"),
}

# short citation per rule, or per "rule/situation" where one situation rests on another article
CITES: dict[str, str] = {
    "R-SCOPE-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 2, Art 49"),
    "R-TYPE-2": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 9 para 2"),
    "R-AGE-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 16(2), Art 47 para 2"),
    "R-AGE-2": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 16(1)"),
    "R-AGE-3": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 16(3); LABOUR Art 64"),
    "R-AGE-4": QT_TRANSLATE_NOOP("Findings", "LABOUR Art 65, as reference"),
    "R-AGE-5": QT_TRANSLATE_NOOP("Findings", "CHILD Art 13 para 2"),
    "R-CONSENT-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 9 para 1"),
    "R-CONSENT-2": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 9 para 1, Art 10"),
    "R-MAJ-1": QT_TRANSLATE_NOOP("Findings", "VEL-2022 Art 50; REG-2021 Art 8 para 3"),
    "R-MAJ-1/unrelated": QT_TRANSLATE_NOOP("Findings", "VEL-2022 Art 50 para 2"),
    "R-MAJ-1/category": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 8 para 3"),
    "R-MAJ-2": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 12"),
    "R-ENT-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Arts 6, 7"),
    "R-DUR-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 12"),
    "R-DUR-2": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 24 para 2, Arts 25, 5"),
    "R-DUR-2/cross_province_approval_ref": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 24 para 2"),
    "R-DUR-2/filing_ref": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 5"),
    "R-LODGE-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 24 para 1"),
    "R-AGR-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 14; VEL-2022 Art 50"),
    "R-TIME-2": QT_TRANSLATE_NOOP("Findings", "WT-1995 Art 3; LABOUR Arts 36, 38"),
    "R-TIME-2/day": QT_TRANSLATE_NOOP("Findings", "WT-1995 Art 3; LABOUR Art 36"),
    "R-TIME-2/week": QT_TRANSLATE_NOOP("Findings", "WT-1995 Art 3"),
    "R-TIME-2/week_max": QT_TRANSLATE_NOOP("Findings", "LABOUR Art 36"),
    "R-TIME-2/days": QT_TRANSLATE_NOOP("Findings", "LABOUR Art 38"),
    "R-TIME-3": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 17(3)"),
    "R-TIME-4": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 17(2)"),
    "R-TIME-5": OVERRIDE_CITE,
    "R-PAY-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 18; VEL-2022 Art 50"),
    "R-PAY-2": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 18"),
    "R-PAY-3": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 18"),
    "R-PAY-4": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 18"),
    "R-PAY-5": QT_TRANSLATE_NOOP("Findings", "LABOUR Art 48"),
    "R-JL-MW-1": QT_TRANSLATE_NOOP("Findings", "LABOUR Art 48; MW-REG Art 10"),
    "R-JL-MW-1/no_table": QT_TRANSLATE_NOOP("Findings", "LABOUR Art 48"),
    "R-JL-MW-1/stale": QT_TRANSLATE_NOOP("Findings", "MW-REG Art 10"),
    "R-PROH-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 16(5)"),
    "R-PROH-2": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 17(1)"),
    "R-PROH-3": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 16(7); GB 3869-1997"),
    "R-PROH-4": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 16(4); FEMALE Art 4"),
    "R-PROH-5": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 16(6); VEL-2022 Art 50"),
    "R-CAP-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 11 para 1"),
    "R-CAP-2": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 11 para 1"),
    "R-JL-2": QT_TRANSLATE_NOOP("Findings", "JL-48 §(33); REG-2021 Arts 6(1), 44"),
    "R-INS-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 35 para 1"),
    "R-SUP-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 8 para 2, Art 23"),
    "R-SAFE-1": QT_TRANSLATE_NOOP("Findings", "REG-2021 Art 31"),
    "R-APP-2": QT_TRANSLATE_NOOP("Findings", "VEL-2022 Art 30"),
    "R-APP-4": QT_TRANSLATE_NOOP("Findings", "APP-2021, secondary source"),
    "R-APP-6": QT_TRANSLATE_NOOP("Findings", "APP-2021, secondary source"),
    "R-APP-7": QT_TRANSLATE_NOOP("Findings", "APP-2021, secondary source; LABOUR Art 48"),
}

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
BY_FIELD = frozenset({"R-TIME-3", "R-TIME-4", "R-SUP-1", "R-DUR-2"})  # situation = the field
# pay method -> situation (money "to the student" still failed: someone else is the payee)
PAY_METHODS = {
    "in_kind": "in_kind",
    "third_party": "third_party",
    "bank_to_student": "payee",
    "cash_to_student": "payee",
}
# rule -> (param, situation when the param is there, situation when it is not)
BY_PARAM = {
    "R-PAY-1": ("zero", "zero", "missing"),
    "R-MAJ-1": ("unrelated", "unrelated", "category"),
    "R-JL-MW-1": ("effective_from", "stale", "no_table"),
    "R-INS-1": ("insured_until", "ends", "none"),
    "R-CAP-1": ("day", "over", "over_no_day"),
    "R-CAP-2": ("day", "over", "over_no_day"),
    "R-APP-6": ("min", "range", "max"),
    "R-APP-7": ("pay_fen", "below", "none"),
}


for _module in (ledger, apprenticeship):
    for _table, _more in (
        (TITLES, _module.TITLES),
        (CITES, _module.CITES),
        (TEMPLATES, _module.TEMPLATES),
        (CODE_LABELS, _module.CODE_LABELS),
    ):
        _table.update(_more)


def _number(value: float) -> str:
    """45.0 -> "45", 41.5 -> "41.5" (hours, shares, caps)."""
    rounded = round(float(value), 1)
    return str(int(rounded)) if rounded.is_integer() else f"{rounded:.1f}"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _given(value: Any) -> bool:
    return value is not None and value is not False and value != ""


def situation(rule_id: str, field: str, params: Mapping[str, Any], severity: str | None) -> str:
    """Which template of the rule fits these params ("" when the rule has a single one)."""
    p, missing = params, params.get("missing")
    from_ledger = ledger.situation(rule_id, p)
    if from_ledger is not None:
        return from_ledger
    from_issue6 = apprenticeship.situation(rule_id, field, p, severity)
    if from_issue6 is not None:
        return from_issue6
    if rule_id == "R-TIME-2":
        if "days" in p:
            return "days"
        return "day" if field == "hours_per_day" else "week_max" if severity == "block" else "week"
    if rule_id in BY_FIELD:
        return field
    if rule_id == "R-JL-2":
        return severity or ""
    if rule_id == "R-TIME-5":
        return str(p.get("problem", ""))
    if rule_id == "R-PAY-3":
        return PAY_METHODS.get(str(p.get("method")), "")
    if isinstance(missing, list | tuple):
        return "+".join(sorted(str(m) for m in missing))
    if missing is True or isinstance(missing, str):
        return "missing" if missing is True else missing
    if rule_id == "R-PAY-2":
        post, grade = _given(p.get("post_wage_fen")), _given(p.get("lowest_grade_fen"))
        return ("below" if grade else "below_ratio") if post else "below_grade" if grade else ""
    if rule_id in BY_PARAM:
        name, given, absent = BY_PARAM[rule_id]
        return given if _given(p.get(name)) else absent
    return ""


def template_key(
    rule_id: str, field: str, params: Mapping[str, Any], severity: str | None = None
) -> str | None:
    """The TEMPLATES key used for this finding (None: only the generic text fits)."""
    variant = situation(rule_id, field, params, severity)
    key = f"{rule_id}/{variant}" if variant else rule_id
    return key if key in TEMPLATES else None


def values(params: Mapping[str, Any], translate: Translate) -> dict[str, Any]:
    """Params ready for display: money in yuan, codes as words, derived figures added."""

    def word(code: Any) -> str:
        return translate(CONTEXT, CODE_LABELS.get(str(code), str(code)))

    out: dict[str, Any] = {}
    for key, value in params.items():
        if key.endswith("_fen") and _is_number(value):
            out[key] = format_yuan(int(value))
        elif key == "level" and isinstance(value, int):
            out[key] = ROMAN.get(value, str(value))
        elif key in ("venue", "kind"):
            out[key] = word(value)
        elif key == "missing" and isinstance(value, list | tuple):
            out[key] = translate(CONTEXT, LIST_SEPARATOR).join(word(m) for m in value)
        elif key == "gaps" and isinstance(value, list | tuple):
            out[key] = ledger.gaps_text(value)
        elif key == "hazards" and isinstance(value, list | tuple):
            out[key] = translate(CONTEXT, LIST_SEPARATOR).join(word(h) for h in value)
        elif value is not None:
            out[key] = _number(value) if isinstance(value, float) else value
    wage, percent = params.get("post_wage_fen"), params.get("percent")
    if _is_number(wage) and _is_number(percent):
        out["required_fen"] = format_yuan(round(wage * percent / 100))
    interns, staff, pct = params.get("interns"), params.get("staff"), params.get("pct")
    if _is_number(interns) and _is_number(staff) and _is_number(pct) and staff > 0:
        out["limit"] = str(int(staff * pct // 100))  # the most interns the cap allows
        out["share"] = _number(interns * 100 / staff)
    return out


def _generic(rule_id: str, tr: Translate) -> str:
    if rule_id not in TITLES:
        return tr(CONTEXT, UNKNOWN).format(rule_id=rule_id)
    title, cite = tr(CONTEXT, TITLES[rule_id]), tr(CONTEXT, CITES.get(rule_id, rule_id))
    return tr(CONTEXT, FRAME).format(message=title, cite=cite)


def render_finding(
    rule_id: str,
    field: str,
    params: Mapping[str, Any] | None,
    translate: Translate | None = None,
    *,
    severity: str | None = None,
) -> str:
    """The finding as a sentence with its figures and citation; never raises.

    `translate(context, text)` translates when the UI passes one. `severity` picks between
    situations with the same params (R-TIME-2 over 40 or over 44 hours a week, R-JL-2).
    Unusable params give the rule's generic text (its title and citation).
    """
    tr: Translate = translate or (lambda _ctx, text: text)
    p: Mapping[str, Any] = params if isinstance(params, Mapping) else {}
    try:
        key = template_key(rule_id, field, p, severity)
        if key is None:
            text = _generic(rule_id, tr)
        else:
            cite = tr(CONTEXT, CITES.get(key) or CITES.get(rule_id, rule_id))
            message = tr(CONTEXT, TEMPLATES[key]).format(**values(p, tr))
            text = tr(CONTEXT, FRAME).format(message=message, cite=cite)
        if "override" in p:  # an R-TIME-5 exception made it a note
            ref, cite = p["override"] or "-", tr(CONTEXT, OVERRIDE_CITE)
            text = tr(CONTEXT, OVERRIDE).format(finding=text, override=ref, cite=cite)
        return text
    except (KeyError, IndexError, ValueError, TypeError, AttributeError, OverflowError):
        try:
            return _generic(str(rule_id), tr)
        except (KeyError, IndexError, ValueError, TypeError, AttributeError, OverflowError):
            return str(rule_id)


def finding_text(finding: Any, translate: Translate | None = None) -> str:
    """render_finding for a rules Finding (anything with rule_id, field, params, severity)."""
    return render_finding(
        getattr(finding, "rule_id", ""),
        getattr(finding, "field", ""),
        getattr(finding, "params", None),
        translate,
        severity=getattr(finding, "severity", None),
    )


def rule_title(rule_id: str, translate: Translate | None = None) -> str:
    """Short title of a rule, e.g. "Night shift or overtime" (the ID itself when unknown)."""
    tr: Translate = translate or (lambda _ctx, text: text)
    return tr(CONTEXT, TITLES[rule_id]) if rule_id in TITLES else rule_id
