"""What the student screens show: the list's columns and sort keys, a list row (personal data
masked), the detail record, and the grade year. Split from students.py (the service)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, select

from jilin_apprentice.domain.masking import mask_id_number, mask_phone
from jilin_apprentice.domain.validators import age_on
from jilin_apprentice.services.dto import EnterpriseSide, GuardianDraft, StudentDetail, StudentRow
from jilin_apprentice.storage.models import Major, SchoolClass, Staff, Student

SORT_COLUMNS: dict[str, Any] = {
    "name": Student.name_sort,
    "student_no": Student.student_no,
    "class_name": SchoolClass.name,
    "birth_date": Student.birth_date,
    "status": Student.status,
    "cohort_year": SchoolClass.cohort_year,
}


def shown_columns() -> Select[Any]:
    """The columns of the student list, for a page of ids."""
    return (
        select(
            Student.id,
            Student.name,
            Student.student_no,
            Student.sex,
            Student.birth_date,
            Student.id_number,
            Student.phone,
            SchoolClass.name,
            Major.name,
            SchoolClass.cohort_year,
            Student.status,
        )
        .join(SchoolClass, SchoolClass.id == Student.class_id)
        .join(Major, Major.id == SchoolClass.major_id)
    )


def grade_year(enrolment: dt.date, on: dt.date) -> int:
    """Academic year of study on a date (1 = first year), counting from 1 September intakes."""
    years = on.year - enrolment.year - (1 if (on.month, on.day) < (9, 1) else 0)
    return max(1, years + 1) if on >= enrolment else 1


def student_row(r: Sequence[Any], sort_value: object, enterprise_name: str | None) -> StudentRow:
    """One list row from the `shown_columns` of a student; ID number and phone masked."""
    return StudentRow(
        id=r[0],
        name=r[1],
        student_no=r[2],
        sex=str(r[3].value),
        birth_date=r[4],
        id_number_masked=mask_id_number(r[5]),
        phone_masked=mask_phone(r[6] or ""),
        class_name=r[7],
        major_name=r[8],
        cohort_year=r[9],
        status=str(r[10].value),
        enterprise_name=enterprise_name,
        sort_key=(sort_value, r[0]),
    )


def student_detail(
    s: Student,
    supervisor: Staff | None,
    current: EnterpriseSide | None,
    history: list[EnterpriseSide],
    today: dt.date,
) -> StudentDetail:
    """The full record (unmasked: the service masks it for users without the right)."""
    cls = s.school_class
    return StudentDetail(
        id=s.id,
        version=s.version,
        name=s.name,
        student_no=s.student_no,
        id_number=s.id_number,
        id_number_masked=mask_id_number(s.id_number),
        birth_date=s.birth_date,
        sex=s.sex.value,
        age_today=age_on(s.birth_date, today),
        phone=s.phone,
        address=s.address,
        enrolment_date=s.enrolment_date,
        study_mode=s.study_mode.value,
        status=s.status.value,
        class_id=cls.id,
        class_name=cls.name,
        major_name=cls.major.name,
        major_category=cls.major.category,
        cohort_year=cls.cohort_year,
        grade_year=grade_year(s.enrolment_date, today),
        school_supervisor_id=s.school_supervisor_id,
        school_supervisor_name=supervisor.name if supervisor else None,
        health_check_date=s.health_check_date,
        notes=s.notes,
        guardians=tuple(
            GuardianDraft(g.name, g.relationship_, g.phone, g.address, g.id) for g in s.guardians
        ),
        current=current,
        history=tuple(history),
    )
