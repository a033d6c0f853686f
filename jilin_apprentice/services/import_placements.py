"""Placements from a sheet (a class's 实习安排表): saved as drafts, checked like the editor.

Each row names the student by ID number (the name, when given, must be that student's), the
enterprise by credit code or name, the post by title within it, the dates, and optionally
the type, mentor, supervisor and monthly pay. The row is checked by the placement editor's
input rules (placement_checks.input_violations: dates, the post belongs to the enterprise,
the student is enrolled, no overlap with another placement); the rule engine judges the
drafts when they are opened or approved, as for any draft. A duplicate is the same student
at the same enterprise from the same day; only a draft can be updated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain import sheet_values as sv
from jilin_apprentice.domain.enums import PlacementStatus, StaffKind
from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.domain.masking import mask_id_number
from jilin_apprentice.domain.pay_schedule import money_fen
from jilin_apprentice.domain.validators import normalize_id_number, normalize_uscc
from jilin_apprentice.services.audit import diff
from jilin_apprentice.services.import_dto import DUPLICATE, INVALID, OK, PreviewRow, Written
from jilin_apprentice.services.placement_checks import input_violations
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.services.placements import to_columns
from jilin_apprentice.storage.models import Enterprise, Placement, Post, Staff, Student

TYPES = {"岗位实习": "post", "顶岗实习": "post", "认识实习": "cognitive", "post": "post",
         "cognitive": "cognitive"}  # fmt: skip
SOURCES = {"学校安排": "school_arranged", "学校推荐": "school_arranged", "自主选择": "self_chosen",
           "自行选择": "self_chosen", "学生自主选择": "self_chosen", "中介": "via_agent",
           "中介机构": "via_agent"}  # fmt: skip


@dataclass(frozen=True)
class PlacementImport:
    draft: PlacementDraft
    present: frozenset[str]
    locked: bool = False  # a duplicate that is no longer a draft: never updated


@dataclass
class _Context:
    session: Session
    students: dict[str, tuple[int, str]]  # ID number -> (id, name)
    by_uscc: dict[str, int]
    by_name: dict[str, list[int]]
    posts: dict[tuple[int, str], int]
    mentors: dict[tuple[int, str], list[int]]
    supervisors: dict[str, list[int]]
    existing: dict[tuple[int, int, dt.date], tuple[int, PlacementStatus]]
    seen: dict[int, list[tuple[dt.date, dt.date, int]]]


class PlacementKind:
    name, entity = "placements", "placement"

    def context(self, session: Session, records: Sequence[dict[str, Any]]) -> _Context:
        orgs = session.execute(select(Enterprise.id, Enterprise.name, Enterprise.uscc)).all()
        by_name: dict[str, list[int]] = {}
        for i, n, _ in orgs:
            by_name.setdefault(sv.compact(n), []).append(i)
        staff = session.execute(select(Staff.id, Staff.kind, Staff.name, Staff.enterprise_id)).all()
        mentors: dict[tuple[int, str], list[int]] = {}
        supervisors: dict[str, list[int]] = {}
        for i, kind, name, enterprise in staff:
            if kind is StaffKind.ENTERPRISE_MENTOR and enterprise:
                mentors.setdefault((enterprise, sv.compact(name)), []).append(i)
            elif kind is StaffKind.SCHOOL_SUPERVISOR:
                supervisors.setdefault(sv.compact(name), []).append(i)
        placed = session.execute(
            select(Placement.id, Placement.student_id, Placement.enterprise_id,
                   Placement.start_date, Placement.status)
        ).all()  # fmt: skip
        return _Context(
            session,
            {
                n: (i, name)
                for i, n, name in session.execute(
                    select(Student.id, Student.id_number, Student.name)
                )
            },
            {u: i for i, _, u in orgs},
            by_name,
            {
                (e, sv.compact(t)): i
                for e, t, i in session.execute(select(Post.enterprise_id, Post.title, Post.id))
            },
            mentors,
            supervisors,
            {(s, e, d): (i, st) for i, s, e, d, st in placed},
            {},
        )

    def check(
        self, number: int, cells: dict[str, Any], ctx: _Context, present: frozenset[str]
    ) -> PreviewRow:
        reasons: list[Violation] = []
        student_id, shown = _student(cells, ctx, reasons)
        enterprise_id = _enterprise(cells, ctx, reasons)
        title = sv.text(cells.get("post"))
        post_id = ctx.posts.get((enterprise_id, sv.compact(title))) if enterprise_id else None
        if enterprise_id and title and post_id is None:
            reasons.append(Violation("post", "import.unknown_post", {"value": title}))
        dates = {}
        for field in ("start_date", "end_date"):
            dates[field], ok = sv.date_cell(cells.get(field))
            if not ok:
                reasons.append(Violation(field, "import.date_format"))
        pay, ok = money_fen(cells.get("pay_amount"))
        if not ok:
            reasons.append(Violation("pay_amount", "import.amount_format"))
        draft = PlacementDraft(
            student_id=student_id,
            enterprise_id=enterprise_id,
            post_id=post_id,
            type=_choice(cells, "type", TYPES, "post", reasons),
            source=_choice(cells, "source", SOURCES, "school_arranged", reasons),
            start_date=dates["start_date"],
            end_date=dates["end_date"],
            enterprise_mentor_id=_person(
                cells, "enterprise_mentor_id", ctx, enterprise_id, reasons
            ),
            school_supervisor_id=_person(cells, "school_supervisor_id", ctx, None, reasons),
            pay_amount_fen=pay,
        )
        found = None
        if student_id and enterprise_id and draft.start_date:
            found = ctx.existing.get((student_id, enterprise_id, draft.start_date))
        named = {v.field for v in reasons} | {"student_id", "enterprise_id", "post_id"}
        checks = input_violations(ctx.session, draft, found[0] if found else None)
        reasons += [v for v in checks if v.field not in named or v.code != "required"]
        reasons += _in_file(draft, number, ctx) if not reasons else []
        locked = found is not None and found[1] is not PlacementStatus.DRAFT
        warnings = [Violation("row", "import.placement_locked", severity="warn")] if locked else []
        status = INVALID if reasons else DUPLICATE if found else OK
        return PreviewRow(
            number,
            status,
            shown,
            sv.text(cells.get("name")) or title,
            tuple(_dedupe(reasons)),
            tuple(warnings),
            found[0] if found else None,
            draft=PlacementImport(draft, present, locked),
        )

    def write(
        self, session: Session, item: PlacementImport, existing_id: int | None
    ) -> Written | None:
        if item.locked:
            return None
        values = to_columns(item.draft)
        if existing_id is None:
            row = Placement(**values, status=PlacementStatus.DRAFT)
            session.add(row)
            changes = {k: (None, v) for k, v in values.items() if v not in (None, False)}
            return Written(row, "create", changes)
        found = session.get(Placement, existing_id)
        assert found is not None
        keep = {"enterprise_mentor_id", "school_supervisor_id", "pay_amount_fen", "type", "source"}
        values = {k: v for k, v in values.items() if k not in keep or _present(k, item.present)}
        changes = diff({k: getattr(found, k) for k in values}, values)
        for key, value in values.items():
            setattr(found, key, value)
        return Written(found, "update", changes)


def _present(column: str, present: frozenset[str]) -> bool:
    return {"pay_amount_fen": "pay_amount"}.get(column, column) in present


def _student(
    cells: dict[str, Any], ctx: _Context, reasons: list[Violation]
) -> tuple[int | None, str]:
    text, problem = sv.code_cell(cells.get("id_number"))
    if problem:
        reasons.append(Violation("id_number", problem, {"value": text}))
        return None, ""
    number = normalize_id_number(text)
    if not number:
        reasons.append(Violation("id_number", "required"))
        return None, ""
    found = ctx.students.get(number)
    if found is None:
        reasons.append(Violation("id_number", "import.unknown_id"))
        return None, mask_id_number(number)
    name = sv.compact(cells.get("name"))
    if name and name != sv.compact(found[1]):
        reasons.append(
            Violation("name", "import.name_mismatch", {"name": name, "student": found[1]})
        )
    return found[0], mask_id_number(number)


def _enterprise(cells: dict[str, Any], ctx: _Context, reasons: list[Violation]) -> int | None:
    code, problem = sv.code_cell(cells.get("uscc"))
    if problem:
        reasons.append(Violation("uscc", problem, {"value": code}))
        return None
    if code:
        found = ctx.by_uscc.get(normalize_uscc(code))
        if found is None:
            reasons.append(Violation("uscc", "import.unknown_enterprise", {"value": code}))
        return found
    name = sv.text(cells.get("enterprise_name"))
    hits = ctx.by_name.get(sv.compact(name), [])
    if not name:
        reasons.append(Violation("enterprise", "required"))
    elif not hits:
        reasons.append(Violation("enterprise", "import.unknown_enterprise", {"value": name}))
    elif len(hits) > 1:
        reasons.append(Violation("enterprise", "import.ambiguous_enterprise", {"value": name}))
    return hits[0] if len(hits) == 1 else None


def _choice(cells: dict[str, Any], field: str, words: dict[str, str], default: str,
            reasons: list[Violation]) -> str:  # fmt: skip
    shown = sv.compact(cells.get(field))
    if not shown:
        return default
    if shown not in words:
        reasons.append(Violation(field, "choice.invalid"))
        return default
    return words[shown]


def _person(cells: dict[str, Any], field: str, ctx: _Context,
            enterprise_id: int | None, reasons: list[Violation]) -> int | None:  # fmt: skip
    """A mentor of the row's enterprise, or a school supervisor, by name."""
    name = sv.compact(cells.get(field))
    if not name:
        return None
    if field == "enterprise_mentor_id":
        hits = ctx.mentors.get((enterprise_id or 0, name), [])
    else:
        hits = ctx.supervisors.get(name, [])
    if len(hits) != 1:
        code = "import.unknown_person" if not hits else "import.ambiguous_person"
        reasons.append(Violation(field, code, {"value": name}))
        return None
    return hits[0]


def _in_file(draft: PlacementDraft, number: int, ctx: _Context) -> list[Violation]:
    """Two rows of the file placing one student on the same day (rows without other
    problems only: a row that cannot be imported blocks nothing)."""
    if not (draft.student_id and draft.start_date and draft.end_date):
        return []
    spans = ctx.seen.setdefault(draft.student_id, [])
    for start, end, row in spans:
        if start <= draft.end_date and end >= draft.start_date:
            return [Violation("start_date", "import.repeated", {"first": row})]
    spans.append((draft.start_date, draft.end_date, number))
    return []


def _dedupe(found: list[Violation]) -> list[Violation]:
    seen, out = set(), []
    for v in found:
        if (v.field, v.code) not in seen:
            seen.add((v.field, v.code))
            out.append(v)
    return out
