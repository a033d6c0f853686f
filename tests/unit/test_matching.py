"""The board's sifting (major, grade year, busy, availability) and score, with the boundaries."""

from __future__ import annotations

import datetime as dt

import pytest

from jilin_apprentice.domain.matching import (
    MAX_SCORE,
    CandidateFacts,
    OpeningFacts,
    availability_part,
    exclusion,
    major_fit,
    score,
)

D = dt.date
OPENING = OpeningFacts(
    opening_id=1,
    enterprise_id=7,
    post_id=3,
    start=D(2027, 3, 1),
    end=D(2027, 6, 30),
    majors=("汽车运用与维修",),
    grade_years=(3,),
    post_category="交通运输大类",
    industry_code="auto",
    city="长春市",
    address="吉林省长春市绿园区东风大街",
)
STUDENT = CandidateFacts(
    student_id=1, major="汽车运用与维修", category="交通运输大类", grade_year=3
)


def cand(**kw) -> CandidateFacts:
    values = {**STUDENT.__dict__, **kw}
    return CandidateFacts(**values)


@pytest.mark.parametrize(
    ("majors", "expected"),
    [
        ((), "any"),
        (("汽车运用与维修",), "exact"),
        (("交通运输大类",), "category"),
        (("数控技术应用", "交通运输大类"), "category"),
        (("数控技术应用",), None),
    ],
)
def test_major_fit(majors, expected) -> None:
    assert major_fit(majors, "汽车运用与维修", "交通运输大类") == expected


def test_exclusions_and_boundaries() -> None:
    assert exclusion(STUDENT, OPENING) is None
    assert exclusion(cand(major="数控技术应用", category="装备制造大类"), OPENING) == "major"
    assert exclusion(cand(grade_year=2), OPENING) == "grade_year"
    no_years = OpeningFacts(**{**OPENING.__dict__, "grade_years": ()})
    assert exclusion(cand(grade_year=2), no_years) is None
    # busy: a placement touching the first or the last day clashes; the day before does not
    assert exclusion(cand(busy=((D(2026, 9, 1), D(2027, 3, 1)),)), OPENING) == "busy"
    assert exclusion(cand(busy=((D(2027, 6, 30), D(2027, 8, 1)),)), OPENING) == "busy"
    assert exclusion(cand(busy=((D(2026, 9, 1), D(2027, 2, 28)),)), OPENING) is None
    assert exclusion(cand(busy=((D(2027, 7, 1), D(2027, 8, 1)),)), OPENING) is None
    # availability must cover the whole period
    assert exclusion(cand(available_from=D(2027, 3, 1)), OPENING) is None
    assert exclusion(cand(available_from=D(2027, 3, 2)), OPENING) == "unavailable"
    assert exclusion(cand(available_to=D(2027, 6, 30)), OPENING) is None
    assert exclusion(cand(available_to=D(2027, 6, 29)), OPENING) == "unavailable"


def test_score_parts_and_maximum() -> None:
    best = cand(
        enterprises=(7,),
        industries=("auto",),
        cities=("长春市",),
        available_from=D(2027, 3, 1),
    )
    result = score(best, OPENING)
    assert result.total == MAX_SCORE == 100
    assert dict(result.parts) == {
        "major_exact": 40,
        "pref_enterprise": 15,
        "pref_industry": 15,
        "pref_city": 10,
        "cohort_final": 10,
        "available": 10,
    }
    plain = score(cand(grade_year=2), OPENING)
    assert dict(plain.parts) == {"major_exact": 40, "cohort": 5, "available_unknown": 5}
    assert plain.total == 50


def test_score_major_kinds() -> None:
    by_category = OpeningFacts(**{**OPENING.__dict__, "majors": ("交通运输大类",)})
    assert dict(score(STUDENT, by_category).parts)["major_category"] == 25
    open_any = OpeningFacts(**{**OPENING.__dict__, "majors": ()})
    assert dict(score(STUDENT, open_any).parts)["major_category"] == 25
    other = cand(major="数控技术应用", category="装备制造大类")
    assert dict(score(other, open_any).parts)["major_other"] == 10


def test_city_matches_address_too() -> None:
    in_address = OpeningFacts(**{**OPENING.__dict__, "city": None})
    assert "pref_city" in dict(score(cand(cities=("长春市",)), in_address).parts)
    assert "pref_city" not in dict(score(cand(cities=("吉林市",)), OPENING).parts)
    assert "pref_city" not in dict(score(cand(cities=("",)), OPENING).parts)


@pytest.mark.parametrize(
    ("available_from", "points"),
    [
        (None, 5),
        (D(2027, 3, 1), 10),
        (D(2027, 4, 1), 10),  # available only later: excluded elsewhere, never negative idle
        (D(2027, 2, 16), 10),  # 13 idle days: no point lost yet
        (D(2027, 2, 15), 9),  # 14 idle days: one point less
        (D(2026, 1, 1), 0),
    ],
)
def test_availability_points(available_from, points) -> None:
    assert availability_part(available_from, D(2027, 3, 1))[1] == points
