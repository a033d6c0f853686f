"""Small builders for test data, written through the real storage layer."""

from __future__ import annotations

import dataclasses
import datetime as dt

from jilin_apprentice.domain.validators import make_resident_id
from jilin_apprentice.services.dto import (
    EnterpriseDraft,
    GuardianDraft,
    PostDraft,
    StaffDraft,
    StudentDraft,
)
from jilin_apprentice.storage.models import Coverage, InsurancePolicy, Major, SchoolClass

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


D = dt.date
START, END = D(2027, 3, 1), D(2027, 6, 30)


@dataclasses.dataclass
class World:
    services: object
    class_id: int
    students: list[int]
    enterprise: int
    post: int
    mentor: int
    supervisor: int
    other_post: int
    other_mentor: int


def insure(services, student_id: int, start: D = START, end: D = END) -> None:
    with services.uow() as session:
        policy = InsurancePolicy(
            insurer="长白财产保险",
            policy_no=f"P{student_id}",
            type="internship_liability",
            premium_payer="school",
            start_date=start,
            end_date=end,
        )
        session.add(policy)
        session.flush()
        session.add(
            Coverage(policy_id=policy.id, student_id=student_id, start_date=start, end_date=end)
        )


def build_world(services) -> World:
    """A class of four, an enterprise of 20 staff with a post and a mentor, another enterprise
    with its own post and mentor, and a school supervisor."""
    class_id = add_class(services)
    students = [
        services.students.create(student_draft(class_id, name=f"学生{i}", seq=2 * i + 1))
        for i in range(4)
    ]
    ent = services.enterprises.create(dataclasses.replace(enterprise_draft(), on_post_staff=20))
    post = services.enterprises.save_post(
        ent,
        PostDraft(
            "汽车维修工",
            major_category="交通运输大类",
            same_post_wage_fen=400_000,
            on_post_staff=10,
        ),
    )
    other = services.enterprises.create(
        enterprise_draft("吉林石化配套有限公司", uscc="912202007234567819")
    )
    other_post = services.enterprises.save_post(other, PostDraft("装配工", on_post_staff=10))
    mentor = services.staff.save(StaffDraft("enterprise_mentor", "李师傅", enterprise_id=ent))
    other_mentor = services.staff.save(
        StaffDraft("enterprise_mentor", "赵师傅", enterprise_id=other)
    )
    supervisor = services.staff.save(StaffDraft("school_supervisor", "张老师"))
    return World(
        services, class_id, students, ent, post, mentor, supervisor, other_post, other_mentor
    )


def forget_holidays(services, year: int) -> None:
    """Remove the seeded public-holiday list of `year`, as in a database that lacks it."""
    from sqlalchemy import delete

    from jilin_apprentice.storage.models import ReferenceValue

    with services.uow() as session:
        session.execute(
            delete(ReferenceValue).where(ReferenceValue.key == f"public_holidays.{year}")
        )
