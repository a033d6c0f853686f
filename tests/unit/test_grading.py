"""R-EVAL-1 arithmetic: integer weighted scores, explicit half-up rounding, band boundaries."""

from __future__ import annotations

import pytest

from jilin_apprentice.domain.enums import Grade
from jilin_apprentice.domain.grading import (
    combined_score,
    grade_for,
    round_half_up,
    score_violations,
    weighted_score,
)

CRITERIA = (("attitude", 20), ("skills", 40), ("safety", 20), ("teamwork", 20))
BANDS = (("excellent", 90), ("good", 80), ("pass", 60))


@pytest.mark.parametrize(
    ("n", "d", "expected"),
    [(0, 1, 0), (179, 2, 90), (178, 2, 89), (8949, 100, 89), (8950, 100, 90), (1, 3, 0), (2, 3, 1)],
)
def test_round_half_up(n, d, expected):
    assert round_half_up(n, d) == expected


def test_round_half_up_refuses_a_zero_denominator():
    with pytest.raises(ValueError):
        round_half_up(1, 0)


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        (100, Grade.EXCELLENT),
        (90, Grade.EXCELLENT),
        (89, Grade.GOOD),
        (80, Grade.GOOD),
        (79, Grade.PASS),
        (60, Grade.PASS),
        (59, Grade.FAIL),
        (0, Grade.FAIL),
    ],
)
def test_band_is_reached_exactly_at_its_minimum_and_not_one_below(score, grade):
    assert grade_for(score, BANDS) == grade


def test_bands_in_any_order():
    assert grade_for(85, tuple(reversed(BANDS))) == Grade.GOOD


def test_weighted_score_is_the_rounded_weighted_mean():
    scores = {"attitude": 90, "skills": 85, "safety": 80, "teamwork": 70}
    # (1800 + 3400 + 1600 + 1400) / 100 = 82
    assert weighted_score(scores, CRITERIA) == 82
    # 0.2*91 + 0.4*85 + 0.2*80 + 0.2*70 = 82.2 -> 82; with 93: 82.6 -> 83
    assert weighted_score({**scores, "attitude": 91}, CRITERIA) == 82
    assert weighted_score({**scores, "attitude": 93}, CRITERIA) == 83


def test_exact_half_rounds_up():
    criteria = (("a", 1), ("b", 1))
    assert weighted_score({"a": 89, "b": 90}, criteria) == 90  # 89.5
    assert weighted_score({"a": 59, "b": 60}, criteria) == 60  # 59.5: pass, not fail


def test_weights_that_do_not_add_up_to_100_and_zero_weights():
    assert weighted_score({"a": 60, "b": 90}, (("a", 1), ("b", 2))) == 80
    assert weighted_score({"a": 0, "b": 77}, (("a", 0), ("b", 50))) == 77
    with pytest.raises(ValueError):
        weighted_score({"a": 1}, (("a", 0),))


@pytest.mark.parametrize(("weight", "expected"), [(0, 70), (100, 90), (50, 80), (30, 76), (35, 77)])
def test_combined_score_enterprise_weight_boundaries(weight, expected):
    # 35: 90*35 + 70*65 = 3150 + 4550 = 7700 -> 77; 30: 2700 + 4900 = 7600 -> 76
    assert combined_score(90, 70, weight) == expected


def test_combined_score_rounds_half_up():
    assert combined_score(90, 89, 50) == 90  # 89.5
    assert combined_score(89, 88, 50) == 89  # 88.5
    with pytest.raises(ValueError):
        combined_score(90, 80, 101)


def test_score_violations_name_each_criterion():
    problems = score_violations({"attitude": 101, "skills": -1, "safety": True, "x": 5}, CRITERIA)
    by_field = {p.field: p.code for p in problems}
    assert by_field == {
        "scores.attitude": "number.range",
        "scores.skills": "number.range",
        "scores.safety": "number.range",
        "scores.teamwork": "required",
        "scores": "evaluation.unknown_criteria",
    }
    assert (
        score_violations({"attitude": 0, "skills": 100, "safety": 50, "teamwork": 60}, CRITERIA)
        == []
    )
