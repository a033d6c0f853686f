"""The Korean translation mirrors the Chinese templates, and Korean wraps between words
(issue 9, the agreement's Korean reading copy)."""

from __future__ import annotations

import re

import pytest

from jilin_apprentice.domain.agreement_templates import DEFAULT_TEMPLATES, fill
from jilin_apprentice.domain.agreement_templates_ko import KO_TEMPLATES
from jilin_apprentice.pdf.cjk_lines import NO_START, units, wrap
from jilin_apprentice.services.agreement_reading_copy import korean_clauses

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
HANGUL = re.compile(r"[가-힣]")


@pytest.mark.parametrize("kind", sorted(KO_TEMPLATES))
def test_each_korean_clause_mirrors_the_chinese_one(kind: str) -> None:
    zh, ko = DEFAULT_TEMPLATES[kind], KO_TEMPLATES[kind]
    assert len(ko.clauses) == len(zh.clauses)
    for z, k in zip(zh.clauses, ko.clauses, strict=True):
        assert (k.covers, k.numbered, len(k.paragraphs)) == (
            z.covers,
            z.numbered,
            len(z.paragraphs),
        )
        assert bool(k.heading) == bool(z.heading)
        for zp, kp in zip(z.paragraphs, k.paragraphs, strict=True):
            assert sorted(PLACEHOLDER.findall(kp)) == sorted(PLACEHOLDER.findall(zp)), kp
            assert HANGUL.search(kp), kp  # translated, not copied
    assert kind in ("post", "cognitive", "apprenticeship")  # the consent form is not translated


@pytest.mark.parametrize("kind", sorted(KO_TEMPLATES))
def test_no_built_in_paragraph_is_left_in_chinese(kind: str) -> None:
    template = DEFAULT_TEMPLATES[kind]
    values = {name: f"<{name}>" for name in PLACEHOLDER.findall(str(template))}
    clauses, untranslated = korean_clauses(template, values, values)
    assert untranslated == 0 and len(clauses) == len(template.clauses)
    assert all(HANGUL.search(p) for c in clauses for p in c.paragraphs)


def test_the_post_agreement_is_numbered_and_drops_what_fill_drops() -> None:
    template = DEFAULT_TEMPLATES["post"]
    values = {name: f"<{name}>" for name in PLACEHOLDER.findall(str(template))}
    clauses, _ = korean_clauses(template, values, values)
    assert [c.heading.split(" ")[0] for c in clauses if c.heading][:3] == [
        "제1조",
        "제2조",
        "제3조",
    ]
    assert len(clauses) == len(fill(template, values))
    assert "(5) 일과 시간: <shift_time>." in clauses[3].paragraphs
    empty = {**values, "shift_time": "", "excess_liability_text": ""}
    chinese, _ = korean_clauses(template, empty, empty)
    assert len(chinese[3].paragraphs) == len(clauses[3].paragraphs) - 1  # left out, as in fill()


def test_korean_breaks_at_spaces_never_inside_a_word() -> None:
    text = "병은 1일 8시간, 1주 5일 실습하며, 휴무일은 매주 토요일·일요일로 한다."
    words = text.split(" ")
    for width in range(4, 40):
        lines = wrap(text, lambda line, n=width: len(line) <= n)
        assert " ".join(lines) == text
        for line in lines:  # every line is whole words (a word longer than the line excepted)
            assert all(w in words for w in line.split(" ")), (width, lines)


def test_korean_keeps_digits_brackets_and_closing_marks_with_its_word() -> None:
    pieces = units(
        "2026년 3월 1일부터 토요일·일요일 갑(학교)은 3,500.00위안을 「규정」(规定)에 따른다."
    )
    for word in (
        "2026년",
        "1일부터",
        "토요일·일요일",
        "갑(학교)은",
        "3,500.00위안을",
        "「규정」",
        "따른다.",
    ):
        assert word in pieces, word
    assert not any(p[0] in NO_START for p in pieces if p.strip())
    assert units("日期2026-11-23到岗") == [
        "日",
        "期",
        "2026-11-23",
        "到",
        "岗",
    ]  # Chinese as before
