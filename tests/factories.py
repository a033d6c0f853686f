"""Small builders for test data, written through the real storage layer."""

from __future__ import annotations

import datetime as dt

from jilin_apprentice.domain.validators import make_resident_id
from jilin_apprentice.services.dto import EnterpriseDraft, GuardianDraft, StudentDraft
from jilin_apprentice.storage.models import Major, SchoolClass

VALID_USCC = "91350100M000100Y43"


def add_class(services: object, name: str = "2024级汽修1班", cohort: int = 2024) -> int:
    with services.uow() as session:  # type: ignore[attr-defined]
        major = Major(code=f"M{cohort}{len(name)}", name="汽车运用与维修", category="交通运输大类")
        cls = SchoolClass(name=name, major=major, cohort_year=cohort)
        session.add(cls)
        session.flush()
        return cls.id


def student_draft(
    class_id: int,
    *,
    name: str = "王小明",
    birth: dt.date = dt.date(2009, 3, 14),
    sex: str = "M",
    seq: int = 11,
    phone: str | None = "13812345678",
    enrolment: dt.date = dt.date(2024, 9, 1),
) -> StudentDraft:
    return StudentDraft(
        name=name,
        id_number=make_resident_id("220102", birth, seq, sex),
        class_id=class_id,
        enrolment_date=enrolment,
        phone=phone,
        guardians=(GuardianDraft("王建国", "父亲", "13900001111"),),
    )


def enterprise_draft(name: str = "长春一汽配套有限公司", uscc: str = VALID_USCC) -> EnterpriseDraft:
    return EnterpriseDraft(
        name=name,
        uscc=uscc,
        industry_code="auto",
        county_code="220102",
        on_post_staff=500,
        contact_phone="0431-88888888",
    )
