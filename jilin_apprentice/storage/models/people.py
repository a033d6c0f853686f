"""The school side of the dual identity: school, majors, classes, students, guardians."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jilin_apprentice.domain.enums import IdType, SchoolLevel, Sex, StudentStatus, StudyMode
from jilin_apprentice.storage.base import Base, Tracked, enum_column

if TYPE_CHECKING:
    from jilin_apprentice.storage.models.enterprises import Staff
    from jilin_apprentice.storage.models.placements import Apprenticeship, Placement


class SchoolProfile(Tracked, Base):
    """The one school this database belongs to (party 1 of every agreement)."""

    __tablename__ = "school_profile"
    name: Mapped[str] = mapped_column(String(120))
    uscc: Mapped[str | None] = mapped_column(String(18))
    level: Mapped[SchoolLevel] = mapped_column(
        enum_column(SchoolLevel), default=SchoolLevel.SECONDARY
    )
    address: Mapped[str | None] = mapped_column(String(200))
    county_code: Mapped[str | None] = mapped_column(String(6))
    legal_representative: Mapped[str | None] = mapped_column(String(60))
    contact_person: Mapped[str | None] = mapped_column(String(60))
    contact_phone: Mapped[str | None] = mapped_column(String(20))


class Major(Tracked, Base):
    """A major (专业) with its 专业大类, used by R-MAJ-1 and the statistics."""

    __tablename__ = "major"
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    category: Mapped[str] = mapped_column(String(60))  # 专业大类
    industry_code: Mapped[str | None] = mapped_column(String(32))  # seed §(8) group it serves


class SchoolClass(Tracked, Base):
    """A teaching class (班级): a cohort of one major."""

    __tablename__ = "school_class"
    name: Mapped[str] = mapped_column(String(60), unique=True)
    major_id: Mapped[int] = mapped_column(ForeignKey("major.id"))
    cohort_year: Mapped[int] = mapped_column(Integer)  # year of enrolment (级)
    program_years: Mapped[int] = mapped_column(Integer, default=3)
    head_teacher: Mapped[str | None] = mapped_column(String(60))
    major: Mapped[Major] = relationship()


class Student(Tracked, Base):
    """One row per person: the school side; the enterprise side hangs off it (dual identity)."""

    __tablename__ = "student"
    __table_args__ = (
        UniqueConstraint("id_type", "id_number"),
        Index("ix_student_name_sort", "name_sort", "id"),
        Index("ix_student_class_id_name_sort", "class_id", "name_sort"),
        # covering index: a search scans this (narrow) instead of the whole table
        Index("ix_student_search", "search_text", "name_sort"),
    )
    student_no: Mapped[str | None] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    # GB18030 bytes of the name: GB 2312 level-1 characters are in pinyin order (see search.py)
    name_sort: Mapped[str] = mapped_column(String(240), default="")
    id_type: Mapped[IdType] = mapped_column(enum_column(IdType), default=IdType.RESIDENT_ID)
    id_number: Mapped[str] = mapped_column(String(32))  # PII: masked in lists and logs
    birth_date: Mapped[dt.date] = mapped_column(Date)  # derived from the ID (R-ID-4)
    sex: Mapped[Sex] = mapped_column(enum_column(Sex))  # derived from the ID (R-ID-5)
    phone: Mapped[str | None] = mapped_column(String(20))  # PII
    address: Mapped[str | None] = mapped_column(String(200))
    enrolment_date: Mapped[dt.date] = mapped_column(Date)
    study_mode: Mapped[StudyMode] = mapped_column(
        enum_column(StudyMode), default=StudyMode.FULL_TIME
    )
    status: Mapped[StudentStatus] = mapped_column(
        enum_column(StudentStatus), default=StudentStatus.ENROLLED
    )
    class_id: Mapped[int] = mapped_column(ForeignKey("school_class.id"), index=True)
    school_supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    health_check_date: Mapped[dt.date | None] = mapped_column(Date)  # R-AGE-4
    graduation_date: Mapped[dt.date | None] = mapped_column(Date)  # R-PI-8 retention
    notes: Mapped[str | None] = mapped_column(Text)
    # lower-cased name, numbers and class name in one column: one LIKE scan per keystroke
    search_text: Mapped[str] = mapped_column(Text, default="")

    school_class: Mapped[SchoolClass] = relationship()
    school_supervisor: Mapped[Staff | None] = relationship(foreign_keys=[school_supervisor_id])
    guardians: Mapped[list[Guardian]] = relationship(
        back_populates="student", cascade="all, delete-orphan", order_by="Guardian.id"
    )
    placements: Mapped[list[Placement]] = relationship(back_populates="student")
    apprenticeships: Mapped[list[Apprenticeship]] = relationship(back_populates="student")


class Guardian(Tracked, Base):
    """Legal guardian or parent: signs consent (R-CONSENT-1) and the agreement for minors."""

    __tablename__ = "guardian"
    student_id: Mapped[int] = mapped_column(
        ForeignKey("student.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(60))
    relationship_: Mapped[str] = mapped_column("relationship", String(20))
    phone: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(200))
    is_primary: Mapped[bool] = mapped_column(default=True)
    student: Mapped[Student] = relationship(back_populates="guardians")


class StudentConsent(Tracked, Base):
    """Separate consent for sensitive data or for sharing (PIPL Art 29, R-PI-4, R-PI-6)."""

    __tablename__ = "student_consent"
    student_id: Mapped[int] = mapped_column(
        ForeignKey("student.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(60))
    scope: Mapped[str | None] = mapped_column(String(200))
    signer: Mapped[str] = mapped_column(String(60))
    signed_date: Mapped[dt.date] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
