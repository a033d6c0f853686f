"""The alternating school/enterprise calendar of each apprentice, built from an rrule.

Generated days have `note IS NULL`; a day the officer sets by hand (leave, a correction) is
stored with a note, the empty string when none was typed. Regeneration replaces every
generated day of a member (a shortened pattern leaves nothing stale) and keeps the hand-set
ones, so leave recorded once survives any later change of pattern.

Reads and writes the programme tables directly (not through ProgrammeService), one unit of
work per call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import DayType, PlacementStatus, Programme
from jilin_apprentice.domain.errors import NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.rules.model import Finding
from jilin_apprentice.domain.training_calendar import (
    MAX_HOURS_X10,
    CalendarPattern,
    Day,
    clip,
    generate_days,
    share_pct,
    summarize,
    validate_pattern,
)
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.calendar_checks import (
    OPEN,
    check_days,
    conflicts,
    dates_text,
    holidays_for,
    pattern_findings,
)
from jilin_apprentice.services.calendar_dto import (
    CalendarDay,
    CalendarNote,
    CalendarSummary,
    GenerateResult,
    MemberChoice,
    ProgrammeChoice,
    TodayPlace,
)
from jilin_apprentice.services.calendar_rows import (
    enterprise_days,
    manual_days,
    replace_days,
    replace_generated,
    row_day,
)
from jilin_apprentice.storage.models import (
    Apprenticeship,
    ApprenticeshipProgramme,
    Enterprise,
    Placement,
    ProgrammeMember,
    Student,
    TrainingDay,
)
from jilin_apprentice.storage.uow import UnitOfWork

MAX_NOTE = 120


class TrainingCalendarService:
    """Built once per database by services/container.py."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow, self._audit, self._today = uow, audit, today

    # --- choices for the tab ---------------------------------------------------------------
    def programme_choices(self) -> list[ProgrammeChoice]:
        with self._uow.read() as session:
            rows = session.scalars(
                select(ApprenticeshipProgramme).order_by(ApprenticeshipProgramme.name)
            ).all()
            return [
                ProgrammeChoice(r.id, r.name, r.start_date, r.end_date, bool(r.calendar_pattern))
                for r in rows
            ]

    def member_choices(self, programme_id: int) -> list[MemberChoice]:
        with self._uow.read() as session:
            rows = session.execute(
                select(Apprenticeship, Student)
                .join(ProgrammeMember, ProgrammeMember.apprenticeship_id == Apprenticeship.id)
                .join(Student, Student.id == Apprenticeship.student_id)
                .where(ProgrammeMember.programme_id == programme_id)
                .order_by(Student.name_sort, Student.name)
            ).all()
            return [
                MemberChoice(a.id, s.id, s.name, s.student_no, a.start_date, a.end_date)
                for a, s in rows
            ]

    # --- pattern ---------------------------------------------------------------------------
    def pattern(self, programme_id: int) -> CalendarPattern | None:
        with self._uow.read() as session:
            programme = session.get(ApprenticeshipProgramme, programme_id)
            if programme is None:
                raise NotFound("calendar.programme_not_found")
            if not programme.calendar_pattern:
                return None
            return CalendarPattern.from_json(programme.calendar_pattern)

    def default_pattern(self, programme_id: int) -> CalendarPattern:
        """A first suggestion: the programme's dates, 2 weeks school / 2 weeks enterprise."""
        with self._uow.read() as session:
            programme = session.get(ApprenticeshipProgramme, programme_id)
            if programme is None:
                raise NotFound("calendar.programme_not_found")
            return CalendarPattern(programme.start_date, programme.end_date)

    def validate_pattern(self, pattern: CalendarPattern) -> list[Violation]:
        return validate_pattern(pattern)

    def save_pattern(self, programme_id: int, pattern: CalendarPattern) -> CalendarPattern:
        violations = validate_pattern(pattern)
        if violations:
            raise ValidationFailed(violations)
        with self._uow() as session:
            programme = session.get(ApprenticeshipProgramme, programme_id)
            if programme is None:
                raise NotFound("calendar.programme_not_found")
            old, new = programme.calendar_pattern, pattern.to_json()
            if old != new:
                programme.calendar_pattern = new
                self._audit.record(
                    session,
                    action="update",
                    entity="apprenticeship_programme",
                    entity_id=programme_id,
                    changes={"calendar_pattern": (old, new)},
                )
        return pattern

    def pattern_findings(self, programme_id: int, pattern: CalendarPattern) -> list[Finding]:
        """R-TIME-2 / R-TIME-4 findings the pattern would produce (shown before saving); a
        现代学徒制 programme's members are checked as interns (R-APP-3)."""
        if validate_pattern(pattern):
            return []
        with self._uow.read() as session:
            programme = session.get(ApprenticeshipProgramme, programme_id)
            if programme is None:
                raise NotFound("calendar.programme_not_found")
            intern = programme.programme == Programme.SCHOOL_JOINT_ENROLMENT
            return pattern_findings(session, pattern, intern, self._today())

    # --- generation ------------------------------------------------------------------------
    def generate(self, programme_id: int) -> GenerateResult:
        """(Re)generate the calendar of every member; refused as a whole on any conflict."""
        with self._uow() as session:
            programme = session.get(ApprenticeshipProgramme, programme_id)
            if programme is None:
                raise NotFound("calendar.programme_not_found")
            if not programme.calendar_pattern:
                raise ValidationFailed([Violation("calendar", "calendar.no_pattern")])
            pattern = CalendarPattern.from_json(programme.calendar_pattern)
            violations = validate_pattern(pattern)
            if violations:
                raise ValidationFailed(violations)
            holidays, missing = holidays_for(session, pattern.start, pattern.end)
            notes = [CalendarNote("calendar.no_holidays", {"year": y}) for y in missing]
            plan = generate_days(pattern, holidays)
            apps = session.scalars(
                select(Apprenticeship)
                .join(ProgrammeMember, ProgrammeMember.apprenticeship_id == Apprenticeship.id)
                .where(
                    ProgrammeMember.programme_id == programme_id,
                    Apprenticeship.status != PlacementStatus.TERMINATED,
                )
                .order_by(Apprenticeship.id)
            ).all()
            if not apps:
                notes.append(CalendarNote("calendar.no_members"))
            manual = manual_days([a.id for a in apps], session)
            work: list[tuple[Apprenticeship, list[Day]]] = []
            problems: list[Violation] = []
            for app in apps:
                own = clip(plan, app.start_date, app.end_date)
                if not own:
                    student = session.get(Student, app.student_id)
                    notes.append(
                        CalendarNote(
                            "calendar.outside_pattern",
                            {
                                "student": student.name if student else app.student_id,
                                "start": app.start_date.isoformat(),
                                "end": app.end_date.isoformat(),
                            },
                        )
                    )
                keep = manual.get(app.id, set())
                new = [d for d in own if d.day not in keep]
                problems += conflicts(session, app, {d.day: d.day_type for d in new})
                work.append((app, new))
            if problems:
                raise ValidationFailed(problems)
            written = kept = 0
            for app, new in work:
                written += self._replace_generated(session, app, new)
                kept += len(manual.get(app.id, ()))
            return GenerateResult(programme_id, len(apps), written, kept, tuple(notes))

    def _replace_generated(self, session: Session, app: Apprenticeship, days: list[Day]) -> int:
        old = replace_generated(session, app, days)
        self._audit.record(
            session,
            action="calendar.generate",
            entity="apprenticeship",
            entity_id=app.id,
            changes={"training_days": (old, len(days))},
        )
        return len(days)

    # --- hand-set days ---------------------------------------------------------------------
    def set_days(
        self,
        apprenticeship_id: int,
        dates: Collection[dt.date],
        day_type: DayType,
        hours_x10: int | None = None,
        note: str | None = None,
    ) -> int:
        """Mark leave or correct days; the rows are kept by later regenerations (`manual`).

        Hours above 24 are refused as bad input; hours within a day but over the working-time
        limits are saved and reported as R-TIME-2 findings.
        """
        chosen = sorted(set(dates))
        note_text = (note or "").strip()
        violations: list[Violation] = []
        if not chosen:
            violations.append(Violation("calendar.dates", "required"))
        kind = DayType(day_type) if day_type in {t.value for t in DayType} else None
        if kind is None:
            violations.append(Violation("calendar.day_type", "choice.invalid"))
        if hours_x10 is not None and not 0 <= hours_x10 <= MAX_HOURS_X10:
            violations.append(
                Violation("calendar.hours_x10", "number.range", {"min": 0, "max": 24})
            )
        if len(note_text) > MAX_NOTE:
            violations.append(Violation("calendar.note", "too_long", {"max": MAX_NOTE}))
        with self._uow() as session:
            app = session.get(Apprenticeship, apprenticeship_id)
            if app is None:
                raise NotFound("calendar.apprenticeship_not_found")
            outside = [d for d in chosen if not app.start_date <= d <= app.end_date]
            if outside:
                text, count = dates_text(outside)
                violations.append(
                    Violation(
                        "calendar.dates",
                        "calendar.outside_apprenticeship",
                        {
                            "dates": text,
                            "count": count,
                            "start": app.start_date.isoformat(),
                            "end": app.end_date.isoformat(),
                        },
                    )
                )
            if not violations:
                violations = conflicts(session, app, dict.fromkeys(chosen, kind))
            if violations:
                raise ValidationFailed(violations)
            replace_days(session, app, chosen, kind, hours_x10, note_text)
            text, count = dates_text(chosen)
            self._audit.record(
                session,
                action="calendar.set_days",
                entity="apprenticeship",
                entity_id=app.id,
                changes={
                    "day_type": (None, kind),
                    "dates": (None, f"{text} ({count})"),
                },
            )
            return count

    # --- reading ---------------------------------------------------------------------------
    def days(
        self, apprenticeship_id: int, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[CalendarDay]:
        with self._uow.read() as session:
            query = select(TrainingDay).where(TrainingDay.apprenticeship_id == apprenticeship_id)
            if start is not None:
                query = query.where(TrainingDay.day >= start)
            if end is not None:
                query = query.where(TrainingDay.day <= end)
            rows = session.scalars(query.order_by(TrainingDay.day)).all()
            return [
                CalendarDay(r.day, r.day_type, r.hours_x10, r.note, r.note is not None)
                for r in rows
            ]

    def summary(self, apprenticeship_id: int) -> CalendarSummary:
        days = self.days(apprenticeship_id)
        counts, ent, school = summarize(Day(d.day, d.day_type, d.hours_x10) for d in days)
        return CalendarSummary(
            apprenticeship_id,
            counts,
            ent,
            school,
            share_pct(ent, school),
            days[0].day if days else None,
            days[-1].day if days else None,
        )

    def today_place(self, student_id: int, day: dt.date | None = None) -> TodayPlace | None:
        on = day or self._today()
        with self._uow.read() as session:
            row = session.execute(
                select(TrainingDay, Enterprise.name)
                .join(Apprenticeship, Apprenticeship.id == TrainingDay.apprenticeship_id)
                .join(Enterprise, Enterprise.id == Apprenticeship.employer_id)
                .where(TrainingDay.student_id == student_id, TrainingDay.day == on)
            ).first()
            if row is None:
                return None
            d, employer = row
            return TodayPlace(d.apprenticeship_id, d.day, d.day_type, d.hours_x10, employer)

    # --- working-time findings (R-TIME-2, R-TIME-4) ----------------------------------------
    def findings(self, apprenticeship_id: int) -> list[Finding]:
        with self._uow.read() as session:
            app = session.get(Apprenticeship, apprenticeship_id)
            if app is None:
                raise NotFound("calendar.apprenticeship_not_found")
            rows = session.scalars(
                select(TrainingDay).where(TrainingDay.apprenticeship_id == apprenticeship_id)
            ).all()
            return check_days(
                session, {app.id: [row_day(r) for r in rows]}, {app.id: app}, self._today()
            )[app.id]

    def findings_for_all(self, today: dt.date | None = None) -> list[tuple[int, Finding]]:
        """Calendar findings keyed by each open placement linked to the apprenticeship."""
        with self._uow.read() as session:
            links = session.execute(
                select(Placement.id, Placement.apprenticeship_id)
                .where(Placement.apprenticeship_id.is_not(None), Placement.status.in_(OPEN))
                .order_by(Placement.id)
            ).all()
            app_ids = sorted({a for _, a in links})
            if not app_ids:
                return []
            apps = {
                a.id: a
                for a in session.scalars(
                    select(Apprenticeship).where(Apprenticeship.id.in_(app_ids))
                )
            }
            days = enterprise_days(session, app_ids)
            found = check_days(session, days, apps, today or self._today())
            return [(pid, f) for pid, app_id in links for f in found.get(app_id, [])]
