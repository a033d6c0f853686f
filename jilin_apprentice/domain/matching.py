"""The post board's own sifting and scoring of students for an opening (issue 7, seed §(12)).

The law is checked by the rule engine (R-AGE-*, R-MAJ-1, R-PROH-*…); this module adds what the
board itself asks before the engine runs — the opening's wanted majors and grade years, the
student's availability, no other placement on those dates — and the score that ranks the students
who pass. Everything here is pure: plain values in, plain values out.

Score (0-100, integers so the allocation solver is exact):
- major (R-MAJ-1 fit, at most 40): the exact major wanted 40; the same 专业大类 as wanted 25; an
  opening open to every major: 25 if the post's 专业大类 is the student's, else 10;
- preferences (at most 40): the enterprise 15, its industry 15, its city 10;
- cohort (10): a student in the final year of the programme at the start date goes first
  (graduating students need the 岗位实习), otherwise 5;
- availability (10): how long the student would sit idle between becoming available and the
  start: 10 minus one point a fortnight; no availability recorded 5.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MAJOR_EXACT = 40
MAJOR_CATEGORY = 25
MAJOR_ANY_OTHER = 10
PREF_ENTERPRISE = 15
PREF_INDUSTRY = 15
PREF_CITY = 10
COHORT_FINAL = 10
COHORT_OTHER = 5
AVAIL_MAX = 10
AVAIL_UNKNOWN = 5
MAX_SCORE = MAJOR_EXACT + PREF_ENTERPRISE + PREF_INDUSTRY + PREF_CITY + COHORT_FINAL + AVAIL_MAX


@dataclass(frozen=True)
class OpeningFacts:
    """What the board knows about one opening and its enterprise."""

    opening_id: int
    enterprise_id: int
    post_id: int
    start: dt.date
    end: dt.date
    majors: tuple[str, ...] = ()  # major names or 专业大类; empty: any major
    grade_years: tuple[int, ...] = ()  # empty: any year (the engine still checks R-AGE-2)
    post_category: str | None = None
    industry_code: str | None = None
    city: str | None = None  # e.g. 长春市
    address: str | None = None


@dataclass(frozen=True)
class CandidateFacts:
    """What the board knows about one student: major, cohort, availability, wishes, busy dates."""

    student_id: int
    major: str
    category: str
    grade_year: int  # at the opening's start date
    program_years: int = 3
    available_from: dt.date | None = None
    available_to: dt.date | None = None
    industries: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    enterprises: tuple[int, ...] = ()
    busy: tuple[tuple[dt.date, dt.date], ...] = ()  # placements not terminated


@dataclass(frozen=True)
class Score:
    """The total and its parts as (code, points), so a row can explain itself."""

    total: int
    parts: tuple[tuple[str, int], ...]


def major_fit(majors: tuple[str, ...], major: str, category: str) -> str | None:
    """'exact' (the major is named), 'category' (its 专业大类 is), 'any' (none named), None."""
    if not majors:
        return "any"
    if major in majors:
        return "exact"
    if category in majors:
        return "category"
    return None


def exclusion(c: CandidateFacts, o: OpeningFacts) -> str | None:
    """Why the board does not propose this student for this opening (None: it may).

    Codes: 'major' (not a wanted major or 专业大类), 'grade_year' (not a wanted year),
    'busy' (another placement on those dates), 'unavailable' (outside the stated availability).
    """
    if major_fit(o.majors, c.major, c.category) is None:
        return "major"
    if o.grade_years and c.grade_year not in o.grade_years:
        return "grade_year"
    if any(a <= o.end and o.start <= b for a, b in c.busy):
        return "busy"
    if (c.available_from and c.available_from > o.start) or (
        c.available_to and c.available_to < o.end
    ):
        return "unavailable"
    return None


def score(c: CandidateFacts, o: OpeningFacts) -> Score:
    """How well the student fits the opening (see the module docstring)."""
    parts: list[tuple[str, int]] = []
    fit = major_fit(o.majors, c.major, c.category)
    if fit == "exact":
        parts.append(("major_exact", MAJOR_EXACT))
    elif fit == "category" or (fit == "any" and o.post_category == c.category):
        parts.append(("major_category", MAJOR_CATEGORY))
    else:
        parts.append(("major_other", MAJOR_ANY_OTHER))
    if o.enterprise_id in c.enterprises:
        parts.append(("pref_enterprise", PREF_ENTERPRISE))
    if o.industry_code and o.industry_code in c.industries:
        parts.append(("pref_industry", PREF_INDUSTRY))
    if any(city and (city == o.city or city in (o.address or "")) for city in c.cities):
        parts.append(("pref_city", PREF_CITY))
    final = c.grade_year >= c.program_years
    parts.append(("cohort_final", COHORT_FINAL) if final else ("cohort", COHORT_OTHER))
    parts.append(availability_part(c.available_from, o.start))
    return Score(sum(p for _, p in parts), tuple(parts))


def availability_part(available_from: dt.date | None, start: dt.date) -> tuple[str, int]:
    """10 points when the student is free from the start day, one less per 14 idle days."""
    if available_from is None:
        return ("available_unknown", AVAIL_UNKNOWN)
    idle = max(0, (start - available_from).days)
    return ("available", max(0, AVAIL_MAX - idle // 14))
