"""Bad input to ProgrammeService: each Violation names its field (`students[2].labour_contract_end`
for one row of an enrolment), so the form shows it where it belongs and nothing is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import DayType, PlacementStatus, SkillLevel, StudentStatus
from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.domain.programme_checks import (
    ENTERPRISE_NEW,
    SCHOOL_JOINT,
    AppParams,
    contract_findings,
    duration_findings,
)
from jilin_apprentice.services.programme_dto import (
    EnrolDraft,
    MemberDraft,
    ModuleDraft,
    ProgrammeDraft,
)
from jilin_apprentice.services.rule_params import value_in_force
from jilin_apprentice.storage.models import (
    Apprenticeship,
    ApprenticeshipProgramme,
    Enterprise,
    Post,
    SchoolClass,
    Staff,
    Student,
)

PROGRAMMES = (SCHOOL_JOINT, ENTERPRISE_NEW)
LEVELS = tuple(level.value for level in SkillLevel)
PLACES = (DayType.ENTERPRISE.value, DayType.SCHOOL.value)
MAX_HOURS = 5000  # a module of more than two working years is a typing slip
MAX_WAGE_FEN = 10_000_000
CLOSED = (PlacementStatus.TERMINATED,)


def app_params(session: Session, on: dt.date) -> AppParams:
    """The `apprenticeship` reference key in force on `on`."""
    return AppParams.from_value(value_in_force(session, "apprenticeship", on))


def _text(problems: list[Violation], field: str, value: str | None, limit: int) -> None:
    if len((value or "").strip()) > limit:
        problems.append(Violation(field, "too_long", {"max": limit}))


def _dates(
    problems: list[Violation], start: dt.date | None, end: dt.date | None, prefix: str = ""
) -> bool:
    """Both given and ordered; True when they can be used further."""
    if start is None:
        problems.append(Violation(f"{prefix}start_date", "required"))
    if end is None:
        problems.append(Violation(f"{prefix}end_date", "required"))
    if start is not None and end is not None and end < start:
        span = {"start": start.isoformat(), "end": end.isoformat()}
        problems.append(Violation(f"{prefix}end_date", "date.end_before_start", span))
        return False
    return start is not None and end is not None


def _length(
    problems: list[Violation], programme: str, start: dt.date, end: dt.date, p: AppParams
) -> None:
    """R-APP-6 as input checks: longer than the maximum refuses, outside 1–2 years warns."""
    for f in duration_findings(programme, start, end, p):
        code = "programme.too_long" if f.severity == "block" else "programme.length_unusual"
        problems.append(Violation("end_date", code, f.params, f.severity))


def programme_violations(
    session: Session, d: ProgrammeDraft, programme_id: int | None
) -> list[Violation]:
    problems: list[Violation] = []
    if not d.name.strip():
        problems.append(Violation("name", "required"))
    _text(problems, "name", d.name, 120)
    if d.programme not in PROGRAMMES:
        problems.append(Violation("programme", "choice.invalid"))
    if d.enterprise_id is None:
        problems.append(Violation("enterprise_id", "required"))
    elif session.get(Enterprise, d.enterprise_id) is None:
        problems.append(Violation("enterprise_id", "enterprise.not_found"))
    if d.class_id is None and d.programme == SCHOOL_JOINT:  # one class with one enterprise
        problems.append(Violation("class_id", "required"))
    elif d.class_id is not None and session.get(SchoolClass, d.class_id) is None:
        problems.append(Violation("class_id", "choice.invalid"))
    if d.target_level is not None and d.target_level not in LEVELS:
        problems.append(Violation("target_level", "choice.invalid"))
    _text(problems, "training_agreement_ref", d.training_agreement_ref, 60)
    if _dates(problems, d.start_date, d.end_date) and d.programme in PROGRAMMES:
        assert d.start_date is not None and d.end_date is not None
        _length(problems, d.programme, d.start_date, d.end_date, app_params(session, d.start_date))
    if programme_id is not None:
        row = session.get(ApprenticeshipProgramme, programme_id)
        if row is not None and row.members:
            if row.enterprise_id != d.enterprise_id:
                problems.append(Violation("enterprise_id", "programme.locked"))
            if row.programme.value != d.programme:
                problems.append(Violation("programme", "programme.locked"))
    return problems


def mentor_violations(
    session: Session, enterprise_id: int, mentor_id: int | None, school_mentor_id: int | None
) -> list[Violation]:
    """The enterprise mentor works for the programme's enterprise; the school mentor is a
    school supervisor (双导师, R-APP-5). Missing mentors are findings, not refusals."""
    problems: list[Violation] = []
    if mentor_id is not None:
        mentor = session.get(Staff, mentor_id)
        if mentor is None:
            problems.append(Violation("enterprise_mentor_id", "staff.not_found"))
        elif mentor.kind.value != "enterprise_mentor":
            problems.append(Violation("enterprise_mentor_id", "staff.wrong_kind"))
        elif mentor.enterprise_id != enterprise_id:
            problems.append(Violation("enterprise_mentor_id", "mentor.other_enterprise"))
    if school_mentor_id is not None:
        teacher = session.get(Staff, school_mentor_id)
        if teacher is None:
            problems.append(Violation("school_mentor_id", "staff.not_found"))
        elif teacher.kind.value != "school_supervisor":
            problems.append(Violation("school_mentor_id", "staff.wrong_kind"))
    return problems


def member_shared_violations(
    session: Session, prog: ApprenticeshipProgramme, d: MemberDraft
) -> list[Violation]:
    """Fields an enrolment shares (mentors, dates, level, agreement)."""
    problems = mentor_violations(
        session, prog.enterprise_id, d.enterprise_mentor_id, d.school_mentor_id
    )
    if d.target_level is not None and d.target_level not in LEVELS:
        problems.append(Violation("target_level", "choice.invalid"))
    _text(problems, "training_agreement_ref", d.training_agreement_ref, 60)
    if _dates(problems, d.start_date, d.end_date):
        assert d.start_date is not None and d.end_date is not None
        if d.start_date < prog.start_date or d.end_date > prog.end_date:
            span = {"start": prog.start_date.isoformat(), "end": prog.end_date.isoformat()}
            field = "start_date" if d.start_date < prog.start_date else "end_date"
            problems.append(Violation(field, "member.outside_programme", span))
        p = app_params(session, d.start_date)
        _length(problems, prog.programme.value, d.start_date, d.end_date, p)
    return problems


def contract_violations(
    session: Session, prog: ApprenticeshipProgramme, d: MemberDraft, prefix: str = ""
) -> list[Violation]:
    """R-APP-4 as input: 企业新型学徒制 needs a labour contract of at least a year."""
    problems: list[Violation] = []
    if prog.programme.value != ENTERPRISE_NEW:
        return problems
    if d.labour_contract_start is None:
        problems.append(Violation(f"{prefix}labour_contract_start", "required"))
    if d.labour_contract_end is None:
        problems.append(Violation(f"{prefix}labour_contract_end", "required"))
    if d.labour_contract_start is None or d.labour_contract_end is None:
        return problems
    if d.labour_contract_end < d.labour_contract_start:
        span = {
            "start": d.labour_contract_start.isoformat(),
            "end": d.labour_contract_end.isoformat(),
        }
        return [Violation(f"{prefix}labour_contract_end", "date.end_before_start", span)]
    p = app_params(session, d.labour_contract_start)
    for f in contract_findings(ENTERPRISE_NEW, d.labour_contract_start, d.labour_contract_end, p):
        problems.append(Violation(f"{prefix}labour_contract_end", "enrol.contract_short", f.params))
    fen = d.wage_monthly_fen
    if fen is not None and fen < 0:
        problems.append(Violation(f"{prefix}wage_monthly_fen", "number.negative"))
    elif fen is not None and fen > MAX_WAGE_FEN:
        problems.append(Violation(f"{prefix}wage_monthly_fen", "money.range"))
    return problems


def overlap_violations(
    session: Session,
    student_id: int,
    start: dt.date | None,
    end: dt.date | None,
    field: str,
    exclude: int | None = None,
) -> list[Violation]:
    """One student is an apprentice of one enterprise at a time."""
    if start is None or end is None or end < start:
        return []
    stmt = (
        select(Apprenticeship.start_date, Apprenticeship.end_date, Enterprise.name)
        .join(Enterprise, Enterprise.id == Apprenticeship.employer_id)
        .where(
            Apprenticeship.student_id == student_id,
            Apprenticeship.start_date <= end,
            Apprenticeship.end_date >= start,
            Apprenticeship.status.not_in(CLOSED),
        )
    )
    if exclude is not None:
        stmt = stmt.where(Apprenticeship.id != exclude)
    hit = session.execute(stmt.limit(1)).first()
    if hit is None:
        return []
    params = {"start": hit[0].isoformat(), "end": hit[1].isoformat(), "enterprise": hit[2]}
    return [Violation(field, "enrol.overlap", params)]


def enrol_violations(
    session: Session, prog: ApprenticeshipProgramme, d: EnrolDraft
) -> list[Violation]:
    """Shared fields once, then each row under `students[i].…`; warnings have severity warn."""
    if not d.students:
        return [Violation("students", "batch.empty")]
    problems = member_shared_violations(session, prog, d.member(d.students[0]))
    seen: set[int] = set()
    for i, s in enumerate(d.students):
        prefix = f"students[{i}]."
        field = f"{prefix}student_id"
        problems += contract_violations(session, prog, d.member(s), prefix)
        if s.student_id is None:
            problems.append(Violation(field, "required"))
            continue
        if s.student_id in seen:
            problems.append(Violation(field, "enrol.duplicate"))
            continue
        seen.add(s.student_id)
        student = session.get(Student, s.student_id)
        if student is None:
            problems.append(Violation(field, "student.not_found"))
            continue
        if student.status != StudentStatus.ENROLLED:
            problems.append(
                Violation(field, "enrol.not_enrolled", {"status": student.status.value})
            )
        problems += overlap_violations(session, s.student_id, d.start_date, d.end_date, field)
        if prog.programme.value == SCHOOL_JOINT and prog.class_id not in (None, student.class_id):
            name = prog.school_class.name if prog.school_class else ""
            problems.append(Violation(field, "enrol.other_class", {"class_name": name}, "warn"))
    return problems


def module_violations(
    session: Session, prog: ApprenticeshipProgramme, d: ModuleDraft
) -> list[Violation]:
    problems: list[Violation] = []
    if not d.name.strip():
        problems.append(Violation("name", "required"))
    _text(problems, "name", d.name, 120)
    if d.planned_hours < 0:
        problems.append(Violation("planned_hours", "number.negative"))
    elif d.planned_hours > MAX_HOURS:
        problems.append(Violation("planned_hours", "number.range", {"min": 0, "max": MAX_HOURS}))
    if d.place not in PLACES:
        problems.append(Violation("place", "choice.invalid"))
    if d.post_id is not None:
        post = session.get(Post, d.post_id)
        if post is None:
            problems.append(Violation("post_id", "post.not_found"))
        elif post.enterprise_id != prog.enterprise_id:
            problems.append(Violation("post_id", "post.other_enterprise"))
        elif d.place == DayType.SCHOOL.value:
            problems.append(Violation("post_id", "module.post_at_school"))
    start, end = d.rotation_start, d.rotation_end
    if start is not None and end is not None and end < start:
        span = {"start": start.isoformat(), "end": end.isoformat()}
        problems.append(Violation("rotation_end", "date.end_before_start", span))
    else:
        span = {"start": prog.start_date.isoformat(), "end": prog.end_date.isoformat()}
        for field, day in (("rotation_start", start), ("rotation_end", end)):
            if day is not None and not prog.start_date <= day <= prog.end_date:
                problems.append(Violation(field, "module.rotation_outside", span))
    return problems


def blocking(problems: Iterable[Violation]) -> list[Violation]:
    return [v for v in problems if v.severity == "block"]
