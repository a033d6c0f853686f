"""The weekly logbook: entries, review states, copy detection, printable sheets (issue 6).

R-LOG-1 (REG-2021 Art 21) has the intern keep a log; the school files it (R-REC-1 item (5)) and
the enterprise mentor and school supervisor review it (R-SUP-4). The officer enters or imports
the text; a week's entry moves draft → submitted → approved, or back to the learner as
returned with a comment. Only the placement's (or apprenticeship's) own mentors may review.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain import logbook_rules as rules
from jilin_apprentice.domain.copy_detection import (
    CopyMatch,
    CopySettings,
    LogText,
    ShingleCache,
    find_copies,
)
from jilin_apprentice.domain.enums import LogStatus, PlacementStatus
from jilin_apprentice.domain.errors import (
    ConflictError,
    DomainError,
    NotFound,
    ValidationFailed,
    Violation,
)
from jilin_apprentice.domain.rules.model import Finding
from jilin_apprentice.services import logbook_import
from jilin_apprentice.services import logbook_queries as q
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.logbook_dto import (
    CopyInfo,
    DayPlan,
    ImportResult,
    ImportRow,
    LogDraft,
    LogEntryView,
    LogFilters,
    LogRow,
    WeekRow,
)
from jilin_apprentice.services.logbook_queries import MAX_TEXT
from jilin_apprentice.services.rule_params import value_in_force
from jilin_apprentice.storage.models import (
    LogEntry,
    Placement,
    SchoolProfile,
    Student,
)
from jilin_apprentice.storage.uow import UnitOfWork

if TYPE_CHECKING:
    from jilin_apprentice.pdf.logbook_pdf import SheetData

DEFAULT_SETTINGS = {"copy_similarity_pct": 80, "min_chars": 30}


class LogbookService:
    """Built once per database by services/container.py."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow, self._audit, self._today = uow, audit, today
        self._shingles = ShingleCache()  # texts rarely change; the sets are reused per check
        self._copies: tuple[object, dict[int, CopyMatch]] | None = None

    # --- weeks ---------------------------------------------------------------------------------
    def weeks(self, placement_id: int) -> list[WeekRow]:
        """Every week of the placement, prefilled with its days and the state of its entry."""
        with self._uow.read() as session:
            p = session.get(Placement, placement_id)
            if p is None:
                raise NotFound("placement.not_found")
            calendar = q.calendar_days(session, p.student_id, p.start_date, p.end_date)
            entries = {
                e.week_start: e
                for e in session.scalars(
                    select(LogEntry).where(LogEntry.student_id == p.student_id)
                )
            }
            rows = []
            for week in rules.weeks_between(p.start_date, p.end_date):
                days = q.plans(week, p, calendar)
                e = entries.get(week)
                rows.append(
                    WeekRow(
                        week,
                        days,
                        e.id if e else None,
                        e.status.value if e else None,
                        bool(calendar),
                    )
                )
            return rows

    def week_days(self, placement_id: int, week: dt.date) -> tuple[DayPlan, ...]:
        with self._uow.read() as session:
            p = session.get(Placement, placement_id)
            if p is None:
                raise NotFound("placement.not_found")
            start = rules.monday(week)
            calendar = q.calendar_days(session, p.student_id, start, start + dt.timedelta(days=6))
            return q.plans(start, p, calendar)

    # --- listing -------------------------------------------------------------------------------
    def entries(self, filters: LogFilters | None = None) -> list[LogRow]:
        """Newest week first; `only_copies` keeps entries the copy check flags."""
        f = filters or LogFilters()
        with self._uow.read() as session:
            stmt = select(LogEntry).order_by(LogEntry.week_start.desc(), LogEntry.id.desc())
            if f.status:
                stmt = stmt.where(LogEntry.status == LogStatus(f.status))
            if f.week:
                stmt = stmt.where(LogEntry.week_start == rules.monday(f.week))
            if f.student_id:
                stmt = stmt.where(LogEntry.student_id == f.student_id)
            if f.placement_id:
                stmt = stmt.where(LogEntry.placement_id == f.placement_id)
            if f.class_id:
                stmt = stmt.join(Student, Student.id == LogEntry.student_id).where(
                    Student.class_id == f.class_id
                )
            rows = [q.to_row(session, e) for e in session.scalars(stmt)]
            if f.enterprise_id:
                rows = [r for r in rows if r.enterprise_id == f.enterprise_id]
            copies = self._copy_map(session)
            out = [q.with_copy(session, r, copies.get(r.id)) for r in rows]
        return [r for r in out if r.copy is not None] if f.only_copies else out

    def get(self, entry_id: int) -> LogEntryView:
        with self._uow.read() as session:
            e = session.get(LogEntry, entry_id)
            if e is None:
                raise NotFound("logbook.not_found")
            row = q.with_copy(session, q.to_row(session, e), self._copy_map(session).get(e.id))
            p = session.get(Placement, e.placement_id) if e.placement_id else None
            days: tuple[DayPlan, ...] = ()
            if p is not None:
                end = e.week_start + dt.timedelta(days=6)
                days = q.plans(
                    e.week_start, p, q.calendar_days(session, p.student_id, e.week_start, end)
                )
            return LogEntryView(row, e.text, days, tuple(q.reviewer_choices(session, e)))

    def reviewers(self, entry_id: int) -> list[tuple[int, str]]:
        with self._uow.read() as session:
            e = session.get(LogEntry, entry_id)
            if e is None:
                raise NotFound("logbook.not_found")
            return q.reviewer_choices(session, e)

    def copies(self, entry_id: int) -> list[CopyInfo]:
        """The entry's suspected source (other student masked, week, similarity %)."""
        with self._uow.read() as session:
            match = self._copy_map(session).get(entry_id)
            return [q.copy_info(session, match)] if match else []

    # --- writing -------------------------------------------------------------------------------
    def validate(self, draft: LogDraft) -> list[Violation]:
        with self._uow.read() as session:
            return q.draft_violations(session, draft, self._today())

    def save_draft(self, draft: LogDraft) -> int:
        """Create or change a draft (or returned) entry; returns its id."""
        today = self._today()
        with self._uow() as session:
            problems = q.draft_violations(session, draft, today)
            if problems:
                raise ValidationFailed(problems)
            p = session.get(Placement, draft.placement_id)
            assert p is not None and draft.week_start is not None
            values = {
                "student_id": p.student_id,
                "placement_id": p.id,
                "apprenticeship_id": p.apprenticeship_id,
                "week_start": rules.monday(draft.week_start),
                "text": draft.text.strip(),
                "hours_x10": draft.hours_x10,
            }
            if draft.entry_id is None:
                entry = LogEntry(status=LogStatus.DRAFT, **values)
                session.add(entry)
                session.flush()
                self._audit.record(
                    session,
                    action="create",
                    entity="log_entry",
                    entity_id=entry.id,
                    changes=_audited({}, values),
                )
                return entry.id
            entry = _editable(session, draft.entry_id, draft.version)
            before = {k: getattr(entry, k) for k in values}
            for k, v in values.items():
                setattr(entry, k, v)
            session.flush()
            self._audit.record(
                session,
                action="update",
                entity="log_entry",
                entity_id=entry.id,
                changes=_audited(before, values),
            )
            return entry.id

    def submit(self, entry_id: int) -> None:
        with self._uow() as session:
            e = _entry(session, entry_id)
            if not rules.transition_allowed("submit", e.status):
                raise DomainError("logbook.submit_not_allowed")
            if not e.text.strip():
                raise ValidationFailed([Violation("log_text", "required")])
            self._move(session, e, LogStatus.SUBMITTED, submitted_on=self._today())

    def approve(self, entry_id: int, reviewer_id: int, comment: str = "") -> None:
        self._review(entry_id, reviewer_id, comment, "approve")

    def return_entry(self, entry_id: int, reviewer_id: int, comment: str) -> None:
        """Back to the learner; the comment says what to change (required)."""
        self._review(entry_id, reviewer_id, comment, "return")

    def _review(self, entry_id: int, reviewer_id: int | None, comment: str, action: str) -> None:
        with self._uow() as session:
            e = _entry(session, entry_id)
            if not rules.transition_allowed(action, e.status):
                raise DomainError("logbook.review_not_submitted")
            problems = q.reviewer_violations(session, e, reviewer_id)
            if action == "return" and not (comment or "").strip():
                problems.append(Violation("log_comment", "required"))
            if len((comment or "").strip()) > MAX_TEXT:
                problems.append(Violation("log_comment", "too_long", {"max": MAX_TEXT}))
            if problems:
                raise ValidationFailed(problems)
            self._move(
                session,
                e,
                rules.TARGET[action],
                reviewer_id=reviewer_id,
                reviewed_on=self._today(),
                review_comment=(comment or "").strip() or None,
            )

    def _move(self, session: Session, e: LogEntry, status: LogStatus, **values: object) -> None:
        before = {"status": e.status.value, **{k: getattr(e, k) for k in values}}
        e.status = status
        for k, v in values.items():
            setattr(e, k, v)
        session.flush()
        after = {"status": status.value, **values}
        self._audit.record(
            session,
            action=f"log.{status.value}",
            entity="log_entry",
            entity_id=e.id,
            changes=diff(before, after),
        )

    # --- import --------------------------------------------------------------------------------
    def preview_import(self, path: Path) -> list[ImportRow]:
        """Each row of the sheet with what it would write, or the reasons it cannot."""
        with self._uow.read() as session:
            return logbook_import.preview(session, path, self._today())

    def import_sheet(self, path: Path, *, skip_bad: bool = False) -> ImportResult:
        """All good rows in one transaction; one bad row without `skip_bad` writes nothing."""
        with self._uow() as session:
            rows = logbook_import.preview(session, path, self._today())
            bad = [r for r in rows if not r.ok]
            if bad and not skip_bad:
                raise DomainError("logbook.import_bad_rows", count=len(bad))
            written = logbook_import.write(session, rows, self._audit)
            return ImportResult(written, len(bad))

    # --- printing and findings -----------------------------------------------------------------
    def print_sheets(self, entry_ids: list[int], path: Path) -> Path:
        """A4, one page per entry, with a QR of the record ID for the signatures on paper."""
        from jilin_apprentice.pdf.logbook_pdf import write_sheets  # ReportLab: on first print

        views = [self.get(i) for i in entry_ids]
        with self._uow.read() as session:
            school = session.scalar(select(SchoolProfile.name).limit(1)) or ""
        return write_sheets(path, [_sheet(school, v) for v in views])

    def findings_for_all(self, today: dt.date | None = None) -> list[tuple[int, Finding]]:
        """(placement_id, finding): R-LOG-1 missing weeks of active placements, R-LOG-COPY."""
        day = today or self._today()
        out: list[tuple[int, Finding]] = []
        with self._uow.read() as session:
            open_ = session.execute(  # columns, not ORM rows: every active placement
                select(
                    Placement.id, Placement.student_id, Placement.start_date, Placement.end_date
                ).where(Placement.status == PlacementStatus.ACTIVE)
            ).all()
            done: dict[int, set[dt.date]] = {}
            for sid, week in session.execute(
                select(LogEntry.student_id, LogEntry.week_start).where(
                    LogEntry.status.in_(list(rules.DONE))
                )
            ):
                done.setdefault(sid, set()).add(week)
            away = q.weeks_without_enterprise_days(session, [p.student_id for p in open_])
            for p in open_:
                excused = done.get(p.student_id, set()) | away.get(p.student_id, set())
                weeks = rules.missing_weeks(p.start_date, p.end_date, day, excused)
                finding = rules.log_missing_finding(weeks)
                if finding is not None:
                    out.append((p.id, finding))
            open_ids = {p.id for p in open_}
            for match in self._copy_map(session).values():
                e = session.get(LogEntry, match.entry_id)
                if e is not None and e.placement_id in open_ids:
                    info = q.copy_info(session, match)
                    name = q.mask_name(info.source_student)
                    source = f"{name} {info.source_week.isoformat()}"
                    finding = rules.copy_finding(e.week_start, info.similarity_pct, source)
                    out.append((e.placement_id, finding))
        return out

    def _copy_map(self, session: Session) -> dict[int, CopyMatch]:
        """Every entry's best copy match; recomputed only when an entry or the setting changed."""
        conf = value_in_force(session, "logbook", self._today()) or DEFAULT_SETTINGS
        state = session.execute(
            select(func.count(), func.max(LogEntry.id), func.sum(LogEntry.version))
        ).one()
        key = (tuple(state), json.dumps(conf, sort_keys=True))
        if self._copies is not None and self._copies[0] == key:
            return self._copies[1]
        settings = CopySettings(
            int(conf.get("copy_similarity_pct", 80)),
            int(conf.get("min_chars", 30)),
            n=int(conf.get("shingle_n", 4)),
        )
        pool = [
            LogText(i, s, w, t)
            for i, s, w, t in session.execute(
                select(LogEntry.id, LogEntry.student_id, LogEntry.week_start, LogEntry.text)
            )
        ]
        found = find_copies(pool, settings, cache=self._shingles)
        self._copies = (key, found)
        return found


# --- helpers -------------------------------------------------------------------------------------
def _audited(
    before: dict[str, object], after: dict[str, object]
) -> dict[str, tuple[object, object]]:
    """The text itself is the learner's writing: the trail records its length, not its words."""
    b = {**before, "text": len(str(before.get("text") or ""))} if before else {}
    a = {**after, "text": len(str(after.get("text") or ""))}
    return diff(b, a)


def _entry(session: Session, entry_id: int) -> LogEntry:
    e = session.get(LogEntry, entry_id)
    if e is None:
        raise NotFound("logbook.not_found")
    return e


def _editable(session: Session, entry_id: int, version: int | None) -> LogEntry:
    e = _entry(session, entry_id)
    if version is not None and e.version != version:
        raise ConflictError("record.conflict")
    if not rules.can_edit(e.status):
        raise DomainError("logbook.not_editable")
    return e


def _sheet(school: str, v: LogEntryView) -> SheetData:
    from jilin_apprentice.pdf.logbook_pdf import SheetData

    r = v.row
    return SheetData(
        entry_id=r.id,
        school=school,
        student=r.student_name,
        class_name=r.class_name,
        enterprise=r.enterprise_name,
        post=r.post_title,
        week_start=r.week_start,
        days=tuple((d.day, d.day_type) for d in v.days),
        text=v.text,
        hours_x10=r.hours_x10,
        status=r.status,
        reviewer=r.reviewer_name,
        review_comment=r.review_comment or "",
    )
