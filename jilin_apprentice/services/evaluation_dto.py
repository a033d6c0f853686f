"""Plain rows and drafts of the evaluation service (issue 6 §6, R-EVAL-1)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rubric:
    """The scale in force: criteria (key, weight_pct), the enterprise's share, the bands."""

    criteria: tuple[tuple[str, int], ...]
    enterprise_weight_pct: int
    bands: tuple[tuple[str, int], ...]  # (grade, min_score), best first


@dataclass(frozen=True)
class EvaluationDraft:
    placement_id: int | None = None
    role: str = "enterprise_mentor"  # enterprise_mentor | school_supervisor
    evaluator_id: int | None = None
    scores: dict[str, int] = field(default_factory=dict)
    evaluated_on: dt.date | None = None
    comment: str | None = None


@dataclass(frozen=True)
class EvaluationView:
    id: int
    placement_id: int
    role: str
    evaluator_id: int | None
    evaluator_name: str
    scores: dict[str, int]
    score: int
    evaluated_on: dt.date
    comment: str | None


@dataclass(frozen=True)
class GradeView:
    placement_id: int
    enterprise_score: int
    school_score: int
    enterprise_weight_pct: int
    combined_score: int
    grade: str
    graded_on: dt.date


@dataclass(frozen=True)
class EvaluationRow:
    """One placement on the evaluations list: both sides, the grade, what is missing."""

    placement_id: int
    student_name: str
    class_name: str
    enterprise_id: int
    enterprise_name: str
    type: str
    status: str
    start_date: dt.date
    end_date: dt.date
    mentor_id: int | None
    supervisor_id: int | None
    enterprise_score: int | None
    school_score: int | None
    combined_score: int | None
    grade: str | None
    missing: tuple[str, ...]  # "enterprise", "school", "grade"
