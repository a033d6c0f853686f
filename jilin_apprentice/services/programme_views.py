"""Read side of ProgrammeService: programme rows, modules, the cohort and progress views.

A few grouped queries per screen, never one per apprentice: a cohort of 40 with 8 modules
is one query for progress, one for today's calendar days, one for the people.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from jilin_apprentice.domain.masking import mask_id_number
from jilin_apprentice.domain.programme_checks import (
    MemberFacts,
    member_findings,
    percent,
    programme_findings,
)
from jilin_apprentice.domain.rules.model import BLOCK
from jilin_apprentice.services.programme_dto import (
    MemberDraft,
    MemberRow,
    ModuleDraft,
    ModuleRow,
    ProgrammeDraft,
    ProgrammeRow,
    ProgressRow,
)
from jilin_apprentice.services.programme_validation import app_params
from jilin_apprentice.storage.models import (
    Apprenticeship,
    ApprenticeshipProgramme,
    ModuleProgress,
    Post,
    ProgrammeMember,
    SchoolClass,
    Staff,
    Student,
    TrainingDay,
    TrainingModule,
)

DRAFT_FIELDS = (
    "name",
    "enterprise_id",
    "start_date",
    "end_date",
    "class_id",
    "training_agreement_ref",
    "training_agreement_date",
    "notes",
)
MEMBER_FIELDS = (
    "enterprise_mentor_id",
    "school_mentor_id",
    "start_date",
    "end_date",
    "target_level",
    "training_agreement_ref",
    "training_agreement_date",
    "labour_contract_start",
    "labour_contract_end",
    "wage_monthly_fen",
)
MODULE_FIELDS = ("name", "planned_hours", "competency", "post_id", "rotation_start", "rotation_end")


def programme_draft(p: ApprenticeshipProgramme) -> ProgrammeDraft:
    values = {k: getattr(p, k) for k in DRAFT_FIELDS}
    return ProgrammeDraft(
        **values,
        programme=p.programme.value,
        target_level=p.target_level.value if p.target_level else None,
    )


def member_draft(a: Apprenticeship) -> MemberDraft:
    values = {k: getattr(a, k) for k in MEMBER_FIELDS}
    values["target_level"] = a.target_level.value if a.target_level else None
    return MemberDraft(**values)


def module_draft(m: TrainingModule) -> ModuleDraft:
    values = {k: getattr(m, k) for k in MODULE_FIELDS}
    return ModuleDraft(**values, place=m.place.value, seq=m.seq)


def facts(a: Apprenticeship) -> MemberFacts:
    return MemberFacts(
        a.programme.value,
        a.enterprise_mentor_id,
        a.school_mentor_id,
        a.training_agreement_ref,
        a.start_date,
        a.end_date,
        a.labour_contract_start,
        a.labour_contract_end,
    )


def programme_rows(
    session: Session, today: dt.date, programme_id: int | None = None
) -> list[ProgrammeRow]:
    """Every programme (or one) with its counts; findings counted over it and its members."""
    stmt = select(ApprenticeshipProgramme).order_by(
        ApprenticeshipProgramme.start_date.desc(), ApprenticeshipProgramme.id
    )
    if programme_id is not None:
        stmt = stmt.where(ApprenticeshipProgramme.id == programme_id)
    programmes = session.scalars(stmt).all()
    ids = [p.id for p in programmes]
    modules: dict[int, tuple[int, int]] = {
        pid: (n, int(hours or 0))
        for pid, n, hours in session.execute(
            select(
                TrainingModule.programme_id,
                func.count(),
                func.sum(TrainingModule.planned_hours),
            )
            .where(TrainingModule.programme_id.in_(ids))
            .group_by(TrainingModule.programme_id)
        )
    }
    members: dict[int, list[Apprenticeship]] = defaultdict(list)
    for pid, app in session.execute(
        select(ProgrammeMember.programme_id, Apprenticeship)
        .join(Apprenticeship, Apprenticeship.id == ProgrammeMember.apprenticeship_id)
        .where(ProgrammeMember.programme_id.in_(ids))
    ):
        members[pid].append(app)
    params = app_params(session, today)
    rows = []
    for p in programmes:
        own = programme_findings(
            p.programme.value, p.start_date, p.end_date, p.training_agreement_ref, params
        )
        found = list(own)
        for app in members[p.id]:
            found += member_findings(facts(app), params)
        n_modules, hours = modules.get(p.id, (0, 0))
        rows.append(
            ProgrammeRow(
                id=p.id,
                version=p.version,
                draft=programme_draft(p),
                enterprise_name=p.enterprise.name,
                class_name=p.school_class.name if p.school_class else None,
                member_count=len(members[p.id]),
                module_count=n_modules,
                planned_hours=hours,
                finding_count=len(found),
                blocking=any(f.severity == BLOCK for f in found),
                findings=tuple(own),
            )
        )
    return rows


def module_rows(session: Session, programme_id: int) -> list[ModuleRow]:
    passed = dict(
        session.execute(
            select(ModuleProgress.module_id, func.count())
            .join(TrainingModule, TrainingModule.id == ModuleProgress.module_id)
            .where(TrainingModule.programme_id == programme_id, ModuleProgress.passed.is_(True))
            .group_by(ModuleProgress.module_id)
        ).all()
    )
    rows = session.execute(
        select(TrainingModule, Post.title)
        .outerjoin(Post, Post.id == TrainingModule.post_id)
        .where(TrainingModule.programme_id == programme_id)
        .order_by(TrainingModule.seq, TrainingModule.id)
    ).all()
    return [
        ModuleRow(m.id, m.version, programme_id, m.seq, module_draft(m), title, passed.get(m.id, 0))
        for m, title in rows
    ]


def cohort_rows(session: Session, programme_id: int, today: dt.date) -> list[MemberRow]:
    """The members of one programme, by class then name."""
    modules = session.execute(
        select(TrainingModule.id, TrainingModule.planned_hours).where(
            TrainingModule.programme_id == programme_id
        )
    ).all()
    planned = {mid: hours for mid, hours in modules}
    em, sm = aliased(Staff), aliased(Staff)
    rows = session.execute(
        select(Apprenticeship, Student, SchoolClass.name, em.name, sm.name)
        .join(ProgrammeMember, ProgrammeMember.apprenticeship_id == Apprenticeship.id)
        .join(Student, Student.id == Apprenticeship.student_id)
        .join(SchoolClass, SchoolClass.id == Student.class_id)
        .outerjoin(em, em.id == Apprenticeship.enterprise_mentor_id)
        .outerjoin(sm, sm.id == Apprenticeship.school_mentor_id)
        .where(ProgrammeMember.programme_id == programme_id)
        .order_by(SchoolClass.name, Student.name_sort, Student.id)
    ).all()
    app_ids = [r[0].id for r in rows]
    done: dict[int, list[tuple[int, int, bool]]] = defaultdict(list)
    for aid, mid, hours, ok in session.execute(
        select(
            ModuleProgress.apprenticeship_id,
            ModuleProgress.module_id,
            ModuleProgress.hours_done,
            ModuleProgress.passed,
        ).where(ModuleProgress.apprenticeship_id.in_(app_ids))
    ):
        if mid in planned:
            done[aid].append((mid, hours, ok))
    places = dict(
        session.execute(
            select(TrainingDay.apprenticeship_id, TrainingDay.day_type).where(
                TrainingDay.apprenticeship_id.in_(app_ids), TrainingDay.day == today
            )
        ).all()
    )
    params = app_params(session, today)
    total = sum(planned.values())
    result = []
    for app, student, class_name, mentor, teacher in rows:
        progress = done[app.id]
        capped = sum(min(hours, planned[mid]) for mid, hours, _ in progress)
        place = places.get(app.id)
        result.append(
            MemberRow(
                apprenticeship_id=app.id,
                version=app.version,
                programme_id=programme_id,
                student_id=student.id,
                student_name=student.name,
                class_name=class_name,
                id_masked=mask_id_number(student.id_number),
                enterprise_mentor_name=mentor,
                school_mentor_name=teacher,
                hours_done=sum(hours for _, hours, _ in progress),
                hours_planned=total,
                percent=percent(capped, total),
                modules_passed=sum(1 for *_, ok in progress if ok),
                modules_total=len(planned),
                today_place=place.value if place is not None else None,
                status=app.status.value,
                draft=member_draft(app),
                findings=tuple(member_findings(facts(app), params)),
            )
        )
    return result


def progress_rows(session: Session, app_id: int, programme_id: int) -> list[ProgressRow]:
    mp = aliased(ModuleProgress)
    rows = session.execute(
        select(TrainingModule, mp)
        .outerjoin(mp, (mp.module_id == TrainingModule.id) & (mp.apprenticeship_id == app_id))
        .where(TrainingModule.programme_id == programme_id)
        .order_by(TrainingModule.seq, TrainingModule.id)
    ).all()
    return [
        ProgressRow(
            module_id=m.id,
            seq=m.seq,
            name=m.name,
            place=m.place.value,
            planned_hours=m.planned_hours,
            hours_done=p.hours_done if p else 0,
            percent=percent(p.hours_done if p else 0, m.planned_hours),
            assessed_on=p.assessed_on if p else None,
            passed=bool(p and p.passed),
        )
        for m, p in rows
    ]
