"""The school rewords the agreement; each save is a version, the structure and facts stay."""

from __future__ import annotations

import pytest

from jilin_apprentice.domain.agreement_templates import DEFAULT_TEMPLATES
from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.services.agreement_templates import ClauseText


def texts(kind: str, services) -> list[ClauseText]:
    return [ClauseText(c.heading, c.paragraphs) for c in services.templates.current(kind).clauses]


def test_a_reworded_clause_is_a_new_version_used_from_then_on(services):
    clauses = texts("post", services)
    first = clauses[-1]
    clauses[-1] = ClauseText(
        first.heading, (*first.paragraphs, "本协议经三方协商补充：实习单位提供工作餐。")
    )
    version = services.templates.save("post", clauses)
    assert version == DEFAULT_TEMPLATES["post"].version + 1
    current = services.templates.current("post")
    assert current.version == version
    assert "实习单位提供工作餐" in current.clauses[-1].paragraphs[-1]
    assert services.templates.save("post", texts("post", services)) == version + 1


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda cs: cs[:-1], "template.structure"),
        (
            lambda cs: [*cs[:-1], ClauseText(cs[-1].heading, ("见{unknown_fact}。",))],
            "template.unknown",
        ),
    ],
)
def test_edits_that_would_lose_structure_or_facts_are_refused(services, change, code):
    with pytest.raises(ValidationFailed) as caught:
        services.templates.save("post", change(texts("post", services)))
    assert caught.value.violations[0].code == code
    assert services.templates.current("post").version == DEFAULT_TEMPLATES["post"].version


def test_removing_a_mandatory_fact_is_refused(services):
    clauses = [
        ClauseText(c.heading, tuple(p.replace("{pay_text}", "面议") for p in c.paragraphs))
        for c in texts("post", services)
    ]
    with pytest.raises(ValidationFailed) as caught:
        services.templates.save("post", clauses)
    assert caught.value.violations[0].code == "template.removed"
    assert "pay_text" in caught.value.violations[0].params["names"]
