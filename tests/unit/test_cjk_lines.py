"""禁则 line breaking shared by the agreement and the logbook sheets."""

from __future__ import annotations

from jilin_apprentice.pdf.cjk_lines import NO_START, units, wrap


def fits_in(n: int):
    return lambda line: len(line) <= n


def test_no_line_starts_with_closing_punctuation() -> None:
    text = "学会规范的沟通用语。周五遇到指导老师来企业巡查，并和我谈话。"
    for width in range(3, 20):
        lines = wrap(text, fits_in(width))
        assert "".join(lines) == text  # nothing lost or added
        assert all(line and line[0] not in NO_START for line in lines), (width, lines)


def test_latin_runs_and_opening_marks_stay_whole() -> None:
    assert "2026-11-23" in units("日期2026-11-23到岗")
    lines = wrap("请见《实习管理规定》第十五条", fits_in(3))
    assert not any(line.endswith("《") for line in lines)


def test_writers_line_breaks_are_kept() -> None:
    assert wrap("第一行\n第二行", fits_in(10)) == ["第一行", "第二行"]
