"""Default clause texts of the agreements and the informed-consent form, as plain data.

Why data and not code: the school edits the wording in the app (R-TPL-2), the services store each
version as JSON (`to_json`/`from_json`), and a placement's agreement records the version it used.
The texts follow the order of rulebook §2.3 (= REG-2021 Art 15) and cover its nine items (R-AGR-2);
nothing in them allows fees, deposits, document retention, overtime or night shifts (R-AGR-3).
Values come from the placement record through `{name}` placeholders (R-TPL-3); `fill` refuses to
produce clauses while a required value is missing, so no agreement is printed with gaps (R-TPL-1).
The texts are in agreement_clauses.py and agreement_kinds.py, the types in
agreement_template_model.py; this module collects them and re-exports their names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import asdict

from jilin_apprentice.domain.agreement_clauses import POST
from jilin_apprentice.domain.agreement_kinds import APPRENTICESHIP, COGNITIVE, CONSENT
from jilin_apprentice.domain.agreement_template_model import (
    ART15_ITEMS,
    Clause,
    ClauseTemplate,
    Template,
)
from jilin_apprentice.domain.errors import DomainError

KINDS = ("cognitive", "post", "apprenticeship", "consent")
# Which Art 15 items each document must cover: 认识实习 has no pay regime (R-TYPE-2); the consent
# form is not the agreement (R-CONSENT-1) and has its own contents.
REQUIRED_ITEMS: dict[str, frozenset[int]] = {
    "cognitive": frozenset(ART15_ITEMS) - {4},
    "post": frozenset(ART15_ITEMS),
    "apprenticeship": frozenset(ART15_ITEMS),
    "consent": frozenset(),
}

# Placeholders a template may leave unfilled, with the text used then. A paragraph whose optional
# placeholders are all empty is left out (e.g. no agreed split of liability beyond the cover).
OPTIONAL_PLACEHOLDERS: dict[str, str] = {
    "other_terms": "无",
    "copies": "三",
    "shift_time": "",
    "excess_liability_text": "",
}

_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_CN_DIGITS = "零一二三四五六七八九"


class MissingPlaceholders(DomainError):
    """Required values are missing: the services show it as "missing mandatory fields"."""

    def __init__(self, kind: str, version: int, fields: list[str]) -> None:
        super().__init__("agreement.missing_fields", kind=kind, version=version, fields=fields)
        self.fields = fields

    def __str__(self) -> str:
        return f"template {self.params['kind']} v{self.params['version']} is missing: " + (
            ", ".join(self.fields)
        )


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 13 -> 十三, 21 -> 二十一 (clause numbers and copies, up to 99)."""
    if not 0 < n < 100:
        raise ValueError(f"clause number out of range: {n}")
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones else "")


def placeholders(template: Template) -> frozenset[str]:
    """Every placeholder name used in the template's headings and paragraphs."""
    texts = [t for c in template.clauses for t in (c.heading, *c.paragraphs)]
    return frozenset(m for text in texts for m in _PLACEHOLDER.findall(text))


def required_placeholders(template: Template) -> tuple[str, ...]:
    """The values the services must supply for this template, sorted."""
    return tuple(sorted(placeholders(template) - OPTIONAL_PLACEHOLDERS.keys()))


def missing_items(template: Template) -> tuple[int, ...]:
    """Art 15 items the template's kind needs but no clause covers (checks edited templates)."""
    covered = {item for c in template.clauses for item in c.covers}
    return tuple(sorted(REQUIRED_ITEMS.get(template.kind, frozenset()) - covered))


def fill(template: Template, values: Mapping[str, str]) -> tuple[Clause, ...]:
    """Substitute the placeholders and number the clauses; pure.

    Raises MissingPlaceholders naming every required placeholder that is absent or blank, so one
    message lists all gaps. Keys not used by the template are ignored.
    """
    needed = required_placeholders(template)
    missing = [name for name in needed if not str(values.get(name, "")).strip()]
    if missing:
        raise MissingPlaceholders(template.kind, template.version, missing)

    def value(name: str) -> str:
        given = str(values.get(name, "")).strip()
        return given or OPTIONAL_PLACEHOLDERS.get(name, "")

    def substitute(text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: value(m.group(1)), text)

    clauses, number = [], 0
    for clause in template.clauses:
        paragraphs = []
        for text in clause.paragraphs:
            optional = [n for n in _PLACEHOLDER.findall(text) if n in OPTIONAL_PLACEHOLDERS]
            if optional and not any(value(n) for n in optional):
                continue
            paragraphs.append(substitute(text))
        heading = substitute(clause.heading)
        if clause.numbered:
            number += 1
            cn = chinese_number(number)
            heading = (
                f"第{cn}条 {heading}" if template.numbering == "article" else f"{cn}、{heading}"
            )
        clauses.append(Clause(heading=heading, paragraphs=tuple(paragraphs)))
    return tuple(clauses)


def to_json(template: Template) -> str:
    """The template as JSON (stored as clauses_json in the agreement_template table)."""
    return json.dumps(asdict(template), ensure_ascii=False, indent=1)


def from_json(text: str) -> Template:
    """Read a template written by `to_json` (possibly edited by the school).

    Raises DomainError("agreement.template_invalid", reason=...) for anything malformed, so a
    damaged row never reaches the renderer.
    """
    try:
        data = json.loads(text)
        clauses = tuple(
            ClauseTemplate(
                heading=_text(c["heading"]),
                paragraphs=tuple(_text(p) for p in c["paragraphs"]),
                covers=tuple(int(i) for i in c.get("covers", ())),
                numbered=bool(c.get("numbered", True)),
            )
            for c in data["clauses"]
        )
        template = Template(
            kind=_text(data["kind"]),
            version=int(data["version"]),
            title=_text(data["title"]),
            clauses=clauses,
            numbering=_text(data.get("numbering", "article")),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DomainError("agreement.template_invalid", reason=str(exc)) from exc
    if template.kind not in KINDS or template.numbering not in ("article", "list"):
        raise DomainError("agreement.template_invalid", reason=f"kind {template.kind!r}")
    return template


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


DEFAULT_TEMPLATES: dict[str, Template] = {
    t.kind: t for t in (COGNITIVE, POST, APPRENTICESHIP, CONSENT)
}
REQUIRED_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    kind: required_placeholders(t) for kind, t in DEFAULT_TEMPLATES.items()
}
# Art 15 item -> heading of the clause that covers it, per agreement kind (R-TPL-1).
MANDATORY_ITEMS: dict[str, dict[int, str]] = {
    kind: {item: c.heading for c in t.clauses for item in c.covers}
    for kind, t in DEFAULT_TEMPLATES.items()
    if REQUIRED_ITEMS[kind]
}
