"""Scoring the joint evaluation (R-EVAL-1, REG-2021 Art 27): pure integer arithmetic.

Both sides fill the same rubric; each rubric gives a weighted score, and the two are combined
by the enterprise's weight into the final score and grade. REG-2021 prescribes no scale, so
criteria, weights and bands are data (reference key `evaluation`).

Rounding is explicit and in integers (no floats): a weighted mean is rounded half up, i.e.
round(n / d) = floor((2n + d) / 2d) for n, d ≥ 0, so 89.5 becomes 90 and 89.49 stays 89.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from jilin_apprentice.domain.enums import Grade
from jilin_apprentice.domain.errors import Violation

MIN_SCORE, MAX_SCORE = 0, 100


def round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up, for numerator ≥ 0 and denominator > 0."""
    if denominator <= 0 or numerator < 0:
        raise ValueError("round_half_up needs numerator >= 0 and denominator > 0")
    return (2 * numerator + denominator) // (2 * denominator)


def score_violations(
    scores: Mapping[str, int], criteria: Sequence[tuple[str, int]]
) -> list[Violation]:
    """Every criterion of the rubric scored, each a whole number from 0 to 100."""
    problems: list[Violation] = []
    for key, _weight in criteria:
        value = scores.get(key)
        field = f"scores.{key}"
        if value is None:
            problems.append(Violation(field, "required"))
        elif not _whole_score(value):
            problems.append(Violation(field, "number.range", {"min": MIN_SCORE, "max": MAX_SCORE}))
    extra = sorted(set(scores) - {key for key, _ in criteria})
    if extra:
        problems.append(
            Violation("scores", "evaluation.unknown_criteria", {"items": ", ".join(extra)})
        )
    return problems


def _whole_score(value: object) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and MIN_SCORE <= value <= MAX_SCORE
    )


def weighted_score(scores: Mapping[str, int], criteria: Sequence[tuple[str, int]]) -> int:
    """R-EVAL-1: Σ score × weight / Σ weight, rounded half up.

    Weights need not add up to 100 (the administrator may set 1:2:1); criteria with weight 0
    count for nothing. All weights 0 is a configuration error.
    """
    total_weight = sum(weight for _key, weight in criteria)
    if total_weight <= 0:
        raise ValueError("the rubric's weights add up to 0")
    total = sum(scores[key] * weight for key, weight in criteria)
    return round_half_up(total, total_weight)


def combined_score(enterprise: int, school: int, enterprise_weight_pct: int) -> int:
    """R-EVAL-1: the two sides combined, the enterprise weighted `enterprise_weight_pct` %."""
    if not 0 <= enterprise_weight_pct <= 100:
        raise ValueError("enterprise_weight_pct must be 0..100")
    weighted = enterprise * enterprise_weight_pct + school * (100 - enterprise_weight_pct)
    return round_half_up(weighted, 100)


def grade_for(score: int, bands: Sequence[tuple[str, int]]) -> Grade:
    """The best band whose min_score the score reaches; below every band: 不合格 (fail)."""
    for grade, min_score in sorted(bands, key=lambda b: -b[1]):
        if score >= min_score:
            return Grade(grade)
    return Grade.FAIL
