"""Plain data the post board takes and returns (no ORM object leaves the service)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OpeningDraft:
    """What an officer types for an opening: places an enterprise offers at one post."""

    enterprise_id: int | None
    post_id: int | None
    title: str
    count: int
    start_date: dt.date | None
    end_date: dt.date | None
    placement_type: str = "post"  # post / cognitive (an apprenticeship is enrolled, not matched)
    majors: tuple[str, ...] = ()  # major names or 专业大类; empty: any major
    grade_years: tuple[int, ...] = ()
    pay_amount_fen: int | None = None
    pay_unit: str = "month"
    notes: str | None = None


@dataclass(frozen=True)
class OpeningRow:
    """One opening with its fill state; `remaining` = count - fills not terminated."""

    id: int
    version: int
    enterprise_id: int
    enterprise_name: str
    post_id: int
    post_title: str
    title: str
    count: int
    filled: int
    remaining: int
    placement_type: str
    majors: tuple[str, ...]
    grade_years: tuple[int, ...]
    start_date: dt.date
    end_date: dt.date
    pay_amount_fen: int | None
    pay_unit: str
    status: str
    notes: str | None

    def draft(self) -> OpeningDraft:
        return OpeningDraft(
            self.enterprise_id,
            self.post_id,
            self.title,
            self.count,
            self.start_date,
            self.end_date,
            self.placement_type,
            self.majors,
            self.grade_years,
            self.pay_amount_fen,
            self.pay_unit,
            self.notes,
        )


@dataclass(frozen=True)
class Preference:
    """A student's availability and wishes (industry codes, city names, enterprise ids)."""

    student_id: int
    available_from: dt.date | None = None
    available_to: dt.date | None = None
    industries: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    enterprises: tuple[int, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Suggestion:
    """A free student who may take the opening, with the score explained.

    `parts` are (code, points) from domain/matching.py; `warnings` the rule IDs of WARN findings
    (shown, not excluding); `paperwork` the activation-only BLOCKs still to clear (consent,
    agreement, insurance…), normal for a draft.
    """

    student_id: int
    student_name: str
    class_name: str
    major: str
    age: int
    grade_year: int
    score: int
    parts: tuple[tuple[str, int], ...]
    warnings: tuple[str, ...] = ()
    paperwork: tuple[str, ...] = ()


@dataclass(frozen=True)
class SuggestionList:
    """The ranked suggestions for one opening and why the others are not there.

    `places` is what can still be filled now: the remaining places, lowered when the interns caps
    (R-CAP-1/2) leave less room (`cap_limited`); `excluded` counts students left out by reason
    (a board code — major, grade_year, busy, unavailable — or a rule ID).
    """

    opening_id: int
    remaining: int
    places: int
    cap_limited: bool
    rows: list[Suggestion]
    excluded: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ProposedPair:
    student_id: int
    student_name: str
    class_name: str
    opening_id: int
    opening_title: str
    enterprise_name: str
    score: int
    parts: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class UnplacedStudent:
    """Who stays unplaced and why: board codes / rule IDs that excluded them from every opening,
    or 'places_taken' when they could go somewhere but the places went to others."""

    student_id: int
    student_name: str
    class_name: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Proposal:
    """The solver's allocation of a group of students to several openings."""

    assigned: list[ProposedPair]
    unplaced: list[UnplacedStudent]
    places: dict[int, int]  # opening id -> places offered to the solver
    pairs_checked: int  # pairs the rule engine judged
    total_score: int


@dataclass(frozen=True)
class ClassChoice:
    """A class for the allocation dialog: enrolled students and their major."""

    class_id: int
    name: str
    major: str
    category: str
    students: int
