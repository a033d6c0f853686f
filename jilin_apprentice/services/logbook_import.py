"""Import weekly logbook entries from a sheet the class teacher collected (.xlsx or .csv).

Columns (first row, Chinese or English headers): 学号 — or 姓名 with 班级 —, 周开始日期 (any day
of the week) or 周次 (the n-th week of the placement), 周记内容, optional 工时. Each row is
checked like a typed draft; the officer sees every row's status and reasons before anything is
written, and the service writes the good rows in one transaction.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain import logbook_rules as rules
from jilin_apprentice.domain.enums import LogStatus
from jilin_apprentice.domain.errors import ValidationFailed, Violation
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.logbook_dto import ImportRow, LogDraft
from jilin_apprentice.services.logbook_queries import draft_violations
from jilin_apprentice.storage.models import LogEntry, Placement, SchoolClass, Student

HEADERS = {
    "student_no": ("学号", "student_no", "student number"),
    "name": ("姓名", "name", "student"),
    "class": ("班级", "class"),
    "week_start": ("周开始日期", "周开始", "日期", "week_start", "week"),
    "week_no": ("周次", "week_no"),
    "text": ("周记内容", "周记", "内容", "实习日志", "text"),
    "hours": ("工时", "工时(小时)", "hours"),
}


def read_table(path: Path) -> list[list[Any]]:
    """The sheet's rows as lists of cells (.xlsx via openpyxl; .csv in UTF-8 or GBK)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        try:
            return [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationFailed([Violation("file", "logbook.import_encoding")])
    return [list(r) for r in csv.reader(text.splitlines())]


def _columns(header: list[Any]) -> dict[str, int]:
    names = [str(h or "").strip().lower() for h in header]
    found: dict[str, int] = {}
    for key, options in HEADERS.items():
        for option in options:
            if option.lower() in names:
                found[key] = names.index(option.lower())
                break
    has_student = "student_no" in found or {"name", "class"} <= found.keys()
    has_week = "week_start" in found or "week_no" in found
    if not (has_student and has_week and "text" in found):
        need = "学号/姓名+班级, 周开始日期/周次, 周记内容"
        raise ValidationFailed([Violation("file", "logbook.import_columns", {"columns": need})])
    return found


def _cell(row: list[Any], cols: dict[str, int], key: str) -> Any:
    i = cols.get(key)
    if i is None or i >= len(row):
        return None
    value = row[i]
    return value.strip() if isinstance(value, str) else value


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip().replace("/", "-").replace(".", "-")
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _hours(value: Any) -> tuple[int | None, bool]:
    if value in (None, ""):
        return None, True
    try:
        return round(float(str(value).replace("小时", "").strip()) * 10), True
    except ValueError:
        return None, False


def _student(session: Session, row: list[Any], cols: dict[str, int]) -> tuple[Student | None, str]:
    number = _cell(row, cols, "student_no")
    if number not in (None, ""):
        number = str(number).removesuffix(".0")
        return session.scalar(select(Student).where(Student.student_no == number)), number
    name, cls = str(_cell(row, cols, "name") or ""), str(_cell(row, cols, "class") or "")
    found = session.scalars(
        select(Student)
        .join(SchoolClass, SchoolClass.id == Student.class_id)
        .where(Student.name == name, SchoolClass.name == cls)
    ).all()
    return (found[0] if len(found) == 1 else None), f"{name} {cls}".strip()


def _placement(
    session: Session, student_id: int, week: dt.date | None, week_no: Any, today: dt.date
) -> tuple[Placement | None, dt.date | None]:
    rows = session.scalars(
        select(Placement)
        .where(Placement.student_id == student_id)
        .order_by(Placement.start_date.desc())
    ).all()
    if week is None and week_no not in (None, ""):
        try:
            n = int(float(str(week_no).strip().lstrip("第").rstrip("周")))
        except ValueError:
            return None, None
        started = [p for p in rows if p.start_date <= today] or rows
        if not started or n < 1:
            return None, None
        week = rules.monday(started[0].start_date) + dt.timedelta(weeks=n - 1)
        return started[0], week
    for p in rows:
        if week is not None and rules.week_in_range(rules.monday(week), p.start_date, p.end_date):
            return p, rules.monday(week)
    return None, rules.monday(week) if week else None


def preview(session: Session, path: Path, today: dt.date) -> list[ImportRow]:
    table = [r for r in read_table(path) if any(c not in (None, "") for c in r)]
    if not table:
        raise ValidationFailed([Violation("file", "logbook.import_empty")])
    cols = _columns(table[0])
    out: list[ImportRow] = []
    seen: set[tuple[int, dt.date]] = set()
    for line, row in enumerate(table[1:], start=2):
        student, label = _student(session, row, cols)
        text = str(_cell(row, cols, "text") or "")
        hours, hours_ok = _hours(_cell(row, cols, "hours"))
        reasons: list[Violation] = []
        placement, week, replaces = None, _date(_cell(row, cols, "week_start")), None
        if student is None:
            reasons.append(Violation("student", "logbook.import_student", {"student": label}))
        else:
            placement, week = _placement(
                session, student.id, week, _cell(row, cols, "week_no"), today
            )
            if week is None:
                reasons.append(Violation("log_week", "logbook.import_week"))
            elif placement is None:
                reasons.append(
                    Violation("placement_id", "logbook.import_no_placement", {"week": str(week)})
                )
        if not hours_ok:
            reasons.append(Violation("log_hours", "logbook.import_hours"))
        if not text.strip():
            reasons.append(Violation("log_text", "required"))
        if placement is not None and week is not None:
            existing = session.scalar(
                select(LogEntry).where(
                    LogEntry.student_id == placement.student_id, LogEntry.week_start == week
                )
            )
            if existing is not None and not rules.can_edit(existing.status):
                reasons.append(Violation("log_week", "logbook.not_editable"))
            replaces = existing.id if existing is not None else None
            draft = LogDraft(placement.id, week, text, hours if hours_ok else None, replaces)
            reasons += [v for v in draft_violations(session, draft, today) if v not in reasons]
            if (placement.student_id, week) in seen:
                reasons.append(Violation("log_week", "logbook.import_twice"))
            seen.add((placement.student_id, week))
        out.append(
            ImportRow(
                line,
                label,
                week,
                hours,
                text.strip(),
                placement.id if placement else None,
                not reasons,
                tuple(reasons),
                replaces,
            )
        )
    return out


def write(session: Session, rows: list[ImportRow], audit: AuditWriter) -> int:
    """Write the good rows (new drafts, or the text of an existing draft/returned entry)."""
    written = 0
    for r in rows:
        if not r.ok or r.placement_id is None or r.week_start is None:
            continue
        p = session.get(Placement, r.placement_id)
        assert p is not None
        entry = session.get(LogEntry, r.replaces_entry) if r.replaces_entry else None
        if entry is None:
            entry = LogEntry(
                student_id=p.student_id,
                placement_id=p.id,
                apprenticeship_id=p.apprenticeship_id,
                week_start=r.week_start,
                status=LogStatus.DRAFT,
            )
            session.add(entry)
        old_len = len(entry.text or "")
        entry.text, entry.hours_x10 = r.text, r.hours_x10
        session.flush()
        audit.record(
            session,
            action="import",
            entity="log_entry",
            entity_id=entry.id,
            changes={"text": (old_len, len(r.text)), "hours_x10": (None, r.hours_x10)},
        )
        written += 1
    return written
