"""Students (with one guardian) from an academic-office roster: read, check, write.

A row is checked by StudentService.validate (the rules of the student form: GB 11643 ID
checksum, phone, guardian), plus what only a sheet can get wrong: a class named that does
not exist, a 性别 or 出生日期 column that contradicts the ID number, the same ID twice in the
file, a student number that belongs to someone else. Duplicates are matched by ID number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain import sheet_values as sv
from jilin_apprentice.domain.enums import Sex, StudentStatus, StudyMode
from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.domain.masking import mask_id_number, mask_phone
from jilin_apprentice.domain.validators import (
    normalize_id_number,
    normalize_phone,
    parse_resident_id,
)
from jilin_apprentice.services.audit import diff
from jilin_apprentice.services.dto import GuardianDraft, StudentDraft
from jilin_apprentice.services.import_dto import DUPLICATE, INVALID, OK, PreviewRow, Written
from jilin_apprentice.services.students import StudentService
from jilin_apprentice.storage.models import Guardian, Major, SchoolClass, Student


@dataclass(frozen=True)
class StudentImport:
    """A checked row: the draft, and which fields the sheet had (an update touches only those)."""

    draft: StudentDraft
    present: frozenset[str]


@dataclass
class _Context:
    classes: dict[str, tuple[int, int, str]]  # compact name -> (id, cohort year, major name)
    by_id_number: dict[str, int]
    by_student_no: dict[str, int]
    seen: dict[str, int]  # ID number -> first sheet row in this file


class StudentKind:
    name, entity = "students", "student"

    def __init__(self, students: StudentService) -> None:
        self._students = students

    def context(self, session: Session, records: Sequence[dict[str, Any]]) -> _Context:
        classes = {
            sv.compact(n): (i, y, m)
            for i, n, y, m in session.execute(
                select(SchoolClass.id, SchoolClass.name, SchoolClass.cohort_year, Major.name).join(
                    Major, Major.id == SchoolClass.major_id
                )
            )
        }
        people = session.execute(select(Student.id, Student.id_number, Student.student_no)).all()
        return _Context(
            classes,
            {n: i for i, n, _ in people},
            {no: i for i, _, no in people if no},
            {},
        )

    def check(
        self, number: int, cells: dict[str, Any], ctx: _Context, present: frozenset[str]
    ) -> PreviewRow:
        reasons: list[Violation] = []
        name = sv.compact(cells.get("name"))
        id_text, id_problem = sv.code_cell(cells.get("id_number"))
        if id_problem:
            reasons.append(Violation("id_number", id_problem, {"value": id_text}))
        cls = ctx.classes.get(sv.compact(cells.get("class_name")))
        class_text = sv.text(cells.get("class_name"))
        if cls is None and class_text:
            reasons.append(Violation("class_name", "import.unknown_class", {"value": class_text}))
        elif cls is None:
            reasons.append(Violation("class_name", "required"))
        enrolment, ok = sv.date_cell(cells.get("enrolment_date"))
        if not ok:
            reasons.append(Violation("enrolment_date", "import.date_format"))
        elif enrolment is None and cls is not None:
            enrolment = _september(cls[1])  # a roster without the column: the class's intake
        guardian = _guardian(cells)
        draft = StudentDraft(
            name=name,
            id_number="" if id_problem else id_text,
            class_id=cls[0] if cls else None,
            enrolment_date=enrolment,
            student_no=sv.compact(cells.get("student_no")) or None,
            phone=sv.phone_cell(cells.get("phone")) or None,
            address=sv.text(cells.get("address")) or None,
            notes=sv.text(cells.get("notes")) or None,
            guardians=(guardian,) if guardian else (),
        )
        found = self._students.validate(draft)
        if id_problem:  # already said why; "required" would only confuse
            found = [v for v in found if v.field != "id_number"]
        if not ok or cls is None:
            found = [v for v in found if v.field not in ("enrolment_date", "class_id")]
        reasons += [v for v in found if v.severity == "block"]
        warnings = [v for v in found if v.severity != "block"]
        id_ok = bool(draft.id_number) and not any(v.field == "id_number" for v in reasons)
        key = normalize_id_number(draft.id_number) if id_ok else ""
        if id_ok:  # validate() parsed it: sex and birth date are in the digits (R-ID-4/5)
            born = dt.date(int(key[6:10]), int(key[10:12]), int(key[12:14]))
            reasons += _against_id(cells, "M" if int(key[16]) % 2 else "F", born)
        if cls is not None and sv.compact(cells.get("major")) not in ("", sv.compact(cls[2])):
            warnings.append(
                Violation(
                    "major", "import.major_mismatch", {"value": sv.text(cells.get("major"))}, "warn"
                )
            )
        existing = ctx.by_id_number.get(key) if key else None
        if key and key in ctx.seen:
            reasons.append(Violation("id_number", "import.repeated", {"first": ctx.seen[key]}))
        elif key:
            ctx.seen[key] = number
        if draft.student_no and ctx.by_student_no.get(draft.student_no, existing) != existing:
            reasons.append(Violation("student_no", "student_no.duplicate"))
        status = INVALID if reasons else DUPLICATE if existing else OK
        shown = mask_id_number(key) if key else ("" if id_problem else mask_id_number(id_text))
        return PreviewRow(
            number,
            status,
            shown,
            name,
            tuple(reasons),
            tuple(warnings),
            existing,
            draft=StudentImport(draft, present),
        )

    def write(self, session: Session, item: StudentImport, existing_id: int | None) -> Written:
        """Stage one student (no flush: the service flushes all rows at once, then audits)."""
        d = item.draft
        rid = parse_resident_id(d.id_number)[0]
        assert rid is not None  # checked in the preview
        values: dict[str, Any] = {
            "name": d.name,
            "id_number": rid.number,
            "birth_date": rid.birth_date,
            "sex": Sex(rid.sex),
            "class_id": d.class_id,
            "enrolment_date": d.enrolment_date,
        }
        optional = {
            "student_no": d.student_no,
            "phone": normalize_phone(d.phone) if d.phone else None,
            "address": d.address,
            "notes": d.notes,
        }
        values.update({k: v for k, v in optional.items() if k in item.present})
        if existing_id is None:
            student = Student(
                study_mode=StudyMode.FULL_TIME, status=StudentStatus.ENROLLED, **values
            )
            student.guardians = [_guardian_row(g) for g in d.guardians]
            session.add(student)
            changes = {k: (None, v) for k, v in values.items() if v is not None}
            action = "create"
        else:
            student = session.get(Student, existing_id)
            assert student is not None
            if "enrolment_date" not in item.present:
                values.pop("enrolment_date")
            changes = diff({k: getattr(student, k) for k in values}, values)
            for key, value in values.items():
                setattr(student, key, value)
            if d.guardians and _guardians_differ(student, d.guardians):
                old = ", ".join(g.name for g in student.guardians)
                student.guardians.clear()
                student.guardians.extend(_guardian_row(g) for g in d.guardians)
                changes["guardians"] = (old, ", ".join(g.name for g in d.guardians))
            action = "update"
        return Written(student, action, _masked(changes))


def _september(year: int) -> dt.date:
    return dt.date(year, 9, 1)


def _guardian(cells: dict[str, Any]) -> GuardianDraft | None:
    name = sv.compact(cells.get("guardian.name"))
    phone = sv.phone_cell(cells.get("guardian.phone"))
    relation = sv.compact(cells.get("guardian.relationship"))
    if not (name or phone or relation):
        return None
    return GuardianDraft(name, relation or "监护人", phone or None)


def _guardian_row(g: GuardianDraft) -> Guardian:
    phone = normalize_phone(g.phone) if g.phone else None
    return Guardian(name=g.name, relationship_=g.relationship, phone=phone, address=g.address)


def _guardians_differ(student: Student, drafts: Sequence[GuardianDraft]) -> bool:
    before = [(g.name, g.relationship_, g.phone) for g in student.guardians]
    after = [
        (g.name, g.relationship, normalize_phone(g.phone) if g.phone else None) for g in drafts
    ]
    return before != after


def _against_id(cells: dict[str, Any], sex: str, born: Any) -> list[Violation]:
    """性别 and 出生日期 columns must agree with the ID number they are derived from (R-ID-4/5)."""
    problems = []
    stated, ok = sv.sex_cell(cells.get("sex"))
    if not ok:
        problems.append(Violation("sex", "choice.invalid"))
    elif stated is not None and stated != sex:
        problems.append(Violation("sex", "import.sex_mismatch"))
    birth, ok = sv.date_cell(cells.get("birth_date"))
    if ok and birth is not None and birth != born:
        problems.append(Violation("birth_date", "import.birth_mismatch"))
    return problems


def _masked(changes: dict[str, tuple[Any, Any]]) -> dict[str, tuple[Any, Any]]:
    """ID numbers and phones never go into the audit log in full (PIPL)."""
    out = {}
    for key, (old, new) in changes.items():
        if key == "id_number":
            old, new = (mask_id_number(v) if v else v for v in (old, new))
        elif key == "phone":
            old, new = (mask_phone(v) if v else v for v in (old, new))
        out[key] = (old, new)
    return out
