"""The joint evaluation: both rubrics and the final grade (issue 6, R-EVAL-1).

REG-2021 Art 27: school and unit assess jointly, process and result together, and the student
must not be assessed simply by the unit's attendance system or employee standards. So the
enterprise mentor and the school supervisor each fill the same rubric (criteria and weights
from reference key `evaluation`), and the grade needs both: one side alone is refused, naming
the side that is missing. Arithmetic is in domain/grading.py.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import PlacementStatus, StaffKind
from jilin_apprentice.domain.errors import NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.grading import (
    combined_score,
    grade_for,
    score_violations,
    weighted_score,
)
from jilin_apprentice.domain.rules.model import WARN, Finding
from jilin_apprentice.domain.rules.reference_keys import BY_KEY
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.dto import Choice
from jilin_apprentice.services.evaluation_dto import (
    EvaluationDraft,
    EvaluationRow,
    EvaluationView,
    GradeView,
    Rubric,
)
from jilin_apprentice.services.rule_params import value_in_force
from jilin_apprentice.storage.models import (
    Enterprise,
    Evaluation,
    FinalGrade,
    Placement,
    SchoolClass,
    Staff,
    Student,
)
from jilin_apprentice.storage.uow import UnitOfWork

RULE = "R-EVAL-1"
SIDES = {StaffKind.ENTERPRISE_MENTOR: "enterprise", StaffKind.SCHOOL_SUPERVISOR: "school"}
ENDING_DAYS = 30  # the list shows placements ending within this many days
COMMENT_MAX = 2000


def rubric_in_force(session: Session, on: dt.date) -> Rubric:
    value = value_in_force(session, "evaluation", on) or BY_KEY["evaluation"].default
    bands = sorted(((b["grade"], int(b["min_score"])) for b in value["bands"]), key=lambda b: -b[1])
    return Rubric(
        criteria=tuple((c["key"], int(c["weight_pct"])) for c in value["criteria"]),
        enterprise_weight_pct=int(value["enterprise_weight_pct"]),
        bands=tuple(bands),
    )


def _violations(session: Session, d: EvaluationDraft, today: dt.date) -> list[Violation]:
    problems: list[Violation] = []
    placement = session.get(Placement, d.placement_id) if d.placement_id is not None else None
    if d.placement_id is None:
        problems.append(Violation("placement_id", "required"))
    elif placement is None:
        problems.append(Violation("placement_id", "placement.not_found"))
    elif placement.status == PlacementStatus.DRAFT:
        problems.append(Violation("placement_id", "evaluation.placement_draft"))
    if d.role not in {k.value for k in StaffKind}:
        problems.append(Violation("role", "choice.invalid"))
    elif d.evaluator_id is None:
        problems.append(Violation("evaluator_id", "required"))
    else:
        problems += _evaluator_problems(session, d, placement)
    if d.evaluated_on is None:
        problems.append(Violation("evaluated_on", "required"))
    elif d.evaluated_on > today:
        problems.append(Violation("evaluated_on", "date.in_future"))
    elif placement is not None and d.evaluated_on < placement.start_date:
        start = placement.start_date.isoformat()
        problems.append(Violation("evaluated_on", "evaluation.before_start", {"start": start}))
    on = d.evaluated_on if d.evaluated_on and d.evaluated_on <= today else today
    problems += score_violations(d.scores, rubric_in_force(session, on).criteria)
    if len(d.comment or "") > COMMENT_MAX:
        problems.append(Violation("comment", "too_long", {"max": COMMENT_MAX}))
    return problems


def _evaluator_problems(
    session: Session, d: EvaluationDraft, placement: Placement | None
) -> list[Violation]:
    """The evaluator is of the role's kind; an enterprise mentor is from the placement's unit."""
    staff = session.get(Staff, d.evaluator_id)
    if staff is None:
        return [Violation("evaluator_id", "staff.not_found")]
    if staff.kind != StaffKind(d.role):
        return [Violation("evaluator_id", "staff.wrong_kind")]
    if (
        staff.kind == StaffKind.ENTERPRISE_MENTOR
        and placement is not None
        and staff.enterprise_id != placement.enterprise_id
    ):
        return [Violation("evaluator_id", "mentor.other_enterprise")]
    return []


def _view(e: Evaluation, name: str | None) -> EvaluationView:
    return EvaluationView(
        id=e.id,
        placement_id=e.placement_id,
        role=str(e.evaluator_role),
        evaluator_id=e.evaluator_id,
        evaluator_name=name or "",
        scores=json.loads(e.scores_json),
        score=e.score,
        evaluated_on=e.evaluated_on,
        comment=e.comment,
    )


def _grade_view(g: FinalGrade) -> GradeView:
    return GradeView(
        g.placement_id,
        g.enterprise_score,
        g.school_score,
        g.enterprise_weight_pct,
        g.combined_score,
        str(g.grade),
        g.graded_on,
    )


class EvaluationService:
    """Built once per database by services/container.py."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow, self._audit, self._today = uow, audit, today

    def rubric(self, on: dt.date | None = None) -> Rubric:
        """Criteria, weights and bands in force on `on` (default today)."""
        with self._uow.read() as session:
            return rubric_in_force(session, on or self._today())

    def validate(self, draft: EvaluationDraft) -> list[Violation]:
        with self._uow.read() as session:
            return _violations(session, draft, self._today())

    def evaluate(self, draft: EvaluationDraft) -> EvaluationView:
        """Store one side's rubric (replacing that side's earlier one); an existing grade is
        recombined at once, so it never disagrees with the evaluations it was made from."""
        with self._uow() as session:
            problems = _violations(session, draft, self._today())
            if problems:
                raise ValidationFailed(problems)
            assert draft.evaluated_on is not None
            rubric = rubric_in_force(session, draft.evaluated_on)
            scores = {key: draft.scores[key] for key, _ in rubric.criteria}
            values: dict[str, Any] = {
                "evaluator_id": draft.evaluator_id,
                "scores_json": json.dumps(scores),
                "score": weighted_score(scores, rubric.criteria),
                "evaluated_on": draft.evaluated_on,
                "comment": (draft.comment or "").strip() or None,
            }
            row = session.scalar(
                select(Evaluation).where(
                    Evaluation.placement_id == draft.placement_id,
                    Evaluation.evaluator_role == StaffKind(draft.role),
                )
            )
            action = "update" if row else "create"
            if row is None:
                row = Evaluation(
                    placement_id=draft.placement_id, evaluator_role=StaffKind(draft.role)
                )
                session.add(row)
                before: dict[str, Any] = {}
            else:
                before = {k: getattr(row, k) for k in values}
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
            changes = diff(before, values)
            if action == "create":
                changes["evaluator_role"] = (None, draft.role)
            self._audit.record(
                session, action=action, entity="evaluation", entity_id=row.id, changes=changes
            )
            assert draft.placement_id is not None
            if self._grade_id(session, draft.placement_id) is not None:
                self._upsert_grade(session, draft.placement_id)
            name = session.get(Staff, draft.evaluator_id)
            return _view(row, name.name if name else None)

    def evaluations_of(self, placement_id: int) -> list[EvaluationView]:
        with self._uow.read() as session:
            rows = session.execute(
                select(Evaluation, Staff.name)
                .outerjoin(Staff, Staff.id == Evaluation.evaluator_id)
                .where(Evaluation.placement_id == placement_id)
                .order_by(Evaluation.evaluator_role)
            ).all()
            return [_view(e, n) for e, n in rows]

    def grade(self, placement_id: int) -> GradeView:
        """Combine both sides into the final grade (stores the weights used). One side alone
        is refused with a message naming the missing side; nothing is written then."""
        with self._uow() as session:
            if session.get(Placement, placement_id) is None:
                raise NotFound("placement.not_found", id=placement_id)
            return self._upsert_grade(session, placement_id)

    def grade_of(self, placement_id: int) -> GradeView | None:
        with self._uow.read() as session:
            g = session.scalar(select(FinalGrade).where(FinalGrade.placement_id == placement_id))
            return _grade_view(g) if g else None

    @staticmethod
    def _grade_id(session: Session, placement_id: int) -> int | None:
        return session.scalar(select(FinalGrade.id).where(FinalGrade.placement_id == placement_id))

    def _upsert_grade(self, session: Session, placement_id: int) -> GradeView:
        sides = {
            e.evaluator_role: e.score
            for e in session.scalars(
                select(Evaluation).where(Evaluation.placement_id == placement_id)
            )
        }
        missing = [SIDES[k] for k in SIDES if k not in sides]
        if missing:
            code = "grade.missing_both" if len(missing) == 2 else f"grade.missing_{missing[0]}"
            raise ValidationFailed([Violation("evaluation", code)])
        today = self._today()
        rubric = rubric_in_force(session, today)
        ent, school = sides[StaffKind.ENTERPRISE_MENTOR], sides[StaffKind.SCHOOL_SUPERVISOR]
        combined = combined_score(ent, school, rubric.enterprise_weight_pct)
        values: dict[str, Any] = {
            "enterprise_score": ent,
            "school_score": school,
            "enterprise_weight_pct": rubric.enterprise_weight_pct,
            "combined_score": combined,
            "grade": grade_for(combined, rubric.bands),
            "graded_on": today,
        }
        row = session.scalar(select(FinalGrade).where(FinalGrade.placement_id == placement_id))
        before = {k: getattr(row, k) for k in values} if row else {}
        if row is None:
            row = FinalGrade(placement_id=placement_id, **values)
            session.add(row)
        else:
            for key, value in values.items():
                setattr(row, key, value)
        session.flush()
        self._audit.record(
            session,
            action="grade",
            entity="final_grade",
            entity_id=row.id,
            changes=diff(before, values),
        )
        return _grade_view(row)

    def evaluator_choices(self, placement_id: int, role: str) -> list[Choice]:
        """Who may evaluate: the placement's enterprise's mentors, or any school supervisor."""
        with self._uow.read() as session:
            placement = session.get(Placement, placement_id)
            if placement is None:
                raise NotFound("placement.not_found", id=placement_id)
            stmt = select(Staff.id, Staff.name).where(Staff.kind == StaffKind(role))
            if role == StaffKind.ENTERPRISE_MENTOR:
                stmt = stmt.where(Staff.enterprise_id == placement.enterprise_id)
            return [Choice(i, n) for i, n in session.execute(stmt.order_by(Staff.name))]

    def list(self, *, search: str = "", missing_only: bool = False) -> list[EvaluationRow]:
        """A row per placement that has ended, ends within 30 days or has an evaluation."""
        today = self._today()
        horizon = today + dt.timedelta(days=ENDING_DAYS)
        with self._uow.read() as session:
            scores: dict[int, dict[StaffKind, int]] = {}
            for pid, role, score in session.execute(
                select(Evaluation.placement_id, Evaluation.evaluator_role, Evaluation.score)
            ):
                scores.setdefault(pid, {})[role] = score
            grades = {g.placement_id: g for g in session.scalars(select(FinalGrade))}
            stmt = (
                select(Placement, Student.name, SchoolClass.name, Enterprise.name)
                .join(Student, Student.id == Placement.student_id)
                .outerjoin(SchoolClass, SchoolClass.id == Student.class_id)
                .join(Enterprise, Enterprise.id == Placement.enterprise_id)
                .where(Placement.status != PlacementStatus.DRAFT)
                .order_by(Placement.end_date.desc(), Placement.id)
            )
            rows = []
            for p, student, klass, enterprise in session.execute(stmt):
                if p.end_date > horizon and p.id not in scores:
                    continue
                row = _row(p, student, klass or "", enterprise, scores.get(p.id, {}), grades)
                if missing_only and not row.missing:
                    continue
                if search and search.lower() not in f"{student} {klass} {enterprise}".lower():
                    continue
                rows.append(row)
            return rows

    def findings_for_all(self, today: dt.date | None = None) -> list[tuple[int, Finding]]:
        """(placement_id, R-EVAL-1 WARN) for completed placements without a final grade."""
        with self._uow.read() as session:
            graded = set(session.scalars(select(FinalGrade.placement_id)))
            sides: dict[int, set[StaffKind]] = {}
            for pid, role in session.execute(
                select(Evaluation.placement_id, Evaluation.evaluator_role)
            ):
                sides.setdefault(pid, set()).add(role)
            completed = session.scalars(
                select(Placement.id)
                .where(Placement.status == PlacementStatus.COMPLETED)
                .order_by(Placement.id)
            ).all()
        found = []
        for pid in completed:
            if pid in graded:
                continue
            missing = [SIDES[k] for k in SIDES if k not in sides.get(pid, set())] or ["grade"]
            found.append((pid, Finding(RULE, WARN, "evaluation", {"missing": missing})))
        return found


def _row(
    p: Placement,
    student: str,
    klass: str,
    enterprise: str,
    sides: dict[StaffKind, int],
    grades: dict[int, FinalGrade],
) -> EvaluationRow:
    g = grades.get(p.id)
    missing = [SIDES[k] for k in SIDES if k not in sides]
    if not missing and g is None:
        missing.append("grade")
    return EvaluationRow(
        placement_id=p.id,
        student_name=student,
        class_name=klass,
        enterprise_id=p.enterprise_id,
        enterprise_name=enterprise,
        type=str(p.type),
        status=str(p.status),
        start_date=p.start_date,
        end_date=p.end_date,
        mentor_id=p.enterprise_mentor_id,
        supervisor_id=p.school_supervisor_id,
        enterprise_score=sides.get(StaffKind.ENTERPRISE_MENTOR),
        school_score=sides.get(StaffKind.SCHOOL_SUPERVISOR),
        combined_score=g.combined_score if g else None,
        grade=str(g.grade) if g else None,
        missing=tuple(missing),
    )
