"""Issue 6: apprenticeship programmes in depth.

Programmes group apprentices into cohorts (class ↔ enterprise); the training plan's modules
and each apprentice's progress; the typed day-by-day calendar; mentors' pay; the weekly
logbook; supervisors' site visits and enterprises' site assessments; the joint evaluation
with its grade; and certificates that make a subsidy possible.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jilin_apprentice.domain.enums import (
    CertificateLevel,
    DayType,
    Grade,
    LogStatus,
    MentorPayKind,
    Programme,
    SkillLevel,
    StaffKind,
    VisitStatus,
)
from jilin_apprentice.storage.base import Base, Tracked, enum_column

if TYPE_CHECKING:
    from jilin_apprentice.storage.models.enterprises import Enterprise, Post, Staff
    from jilin_apprentice.storage.models.people import SchoolClass, Student
    from jilin_apprentice.storage.models.placements import Apprenticeship, Placement


class ApprenticeshipProgramme(Tracked, Base):
    """One programme run by the school with one enterprise (双主体): the cohort's frame.

    `calendar_pattern` is JSON describing the alternating school/enterprise weeks the
    calendar is generated from (a python-dateutil rrule per block).
    """

    __tablename__ = "apprenticeship_programme"
    name: Mapped[str] = mapped_column(String(120))
    programme: Mapped[Programme] = mapped_column(enum_column(Programme))
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    class_id: Mapped[int | None] = mapped_column(ForeignKey("school_class.id"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    target_level: Mapped[SkillLevel | None] = mapped_column(enum_column(SkillLevel))
    training_agreement_ref: Mapped[str | None] = mapped_column(String(60))  # R-APP-2
    training_agreement_date: Mapped[dt.date | None] = mapped_column(Date)
    calendar_pattern: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    enterprise: Mapped[Enterprise] = relationship()
    school_class: Mapped[SchoolClass | None] = relationship()
    modules: Mapped[list[TrainingModule]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", order_by="TrainingModule.seq"
    )
    members: Mapped[list[ProgrammeMember]] = relationship(
        back_populates="programme", cascade="all, delete-orphan"
    )
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates"),)


class ProgrammeMember(Tracked, Base):
    """An apprenticeship belongs to at most one programme (enrolment linked with hiring)."""

    __tablename__ = "programme_member"
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("apprenticeship_programme.id", ondelete="CASCADE"), index=True
    )
    apprenticeship_id: Mapped[int] = mapped_column(
        ForeignKey("apprenticeship.id", ondelete="CASCADE"), unique=True
    )
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    programme: Mapped[ApprenticeshipProgramme] = relationship(back_populates="members")
    apprenticeship: Mapped[Apprenticeship] = relationship()


class TrainingModule(Tracked, Base):
    """A module or competency of the training plan, with planned hours and where it is taught.

    A module taught at the enterprise may name the post it rotates the apprentice through.
    """

    __tablename__ = "training_module"
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("apprenticeship_programme.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(120))
    competency: Mapped[str | None] = mapped_column(Text)
    planned_hours: Mapped[int] = mapped_column(Integer, default=0)
    place: Mapped[DayType] = mapped_column(enum_column(DayType), default=DayType.ENTERPRISE)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("post.id"))
    rotation_start: Mapped[dt.date | None] = mapped_column(Date)
    rotation_end: Mapped[dt.date | None] = mapped_column(Date)
    programme: Mapped[ApprenticeshipProgramme] = relationship(back_populates="modules")
    post: Mapped[Post | None] = relationship()
    __table_args__ = (CheckConstraint("planned_hours >= 0", name="hours_nonneg"),)


class ModuleProgress(Tracked, Base):
    """Where one apprentice stands in one module: hours done, assessed, passed."""

    __tablename__ = "module_progress"
    apprenticeship_id: Mapped[int] = mapped_column(
        ForeignKey("apprenticeship.id", ondelete="CASCADE"), index=True
    )
    module_id: Mapped[int] = mapped_column(
        ForeignKey("training_module.id", ondelete="CASCADE"), index=True
    )
    hours_done: Mapped[int] = mapped_column(Integer, default=0)
    assessed_on: Mapped[dt.date | None] = mapped_column(Date)
    passed: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        UniqueConstraint("apprenticeship_id", "module_id"),
        CheckConstraint("hours_done >= 0", name="hours_nonneg"),
    )


class TrainingDay(Base):
    """One typed day of a learner's calendar; one row per student and day (one place a day).

    No version column: days are written in bulk when a calendar is (re)generated.
    """

    __tablename__ = "training_day"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"))
    apprenticeship_id: Mapped[int] = mapped_column(
        ForeignKey("apprenticeship.id", ondelete="CASCADE")
    )
    day: Mapped[dt.date] = mapped_column(Date)
    day_type: Mapped[DayType] = mapped_column(enum_column(DayType))
    hours_x10: Mapped[int | None] = mapped_column(Integer)  # 8.0 h -> 80
    note: Mapped[str | None] = mapped_column(String(120))
    __table_args__ = (
        UniqueConstraint("student_id", "day"),
        Index("ix_training_day_apprenticeship_day", "apprenticeship_id", "day"),
        CheckConstraint("hours_x10 IS NULL OR hours_x10 BETWEEN 0 AND 240", name="hours"),
    )


class MentorPayment(Tracked, Base):
    """A month's mentor allowance (R-APP-9) or part-time-teacher pay (seed §(20))."""

    __tablename__ = "mentor_payment"
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    month: Mapped[dt.date] = mapped_column(Date)  # first day of the month
    kind: Mapped[MentorPayKind] = mapped_column(enum_column(MentorPayKind))
    amount_fen: Mapped[int] = mapped_column(Integer)
    hours: Mapped[int | None] = mapped_column(Integer)  # teaching hours, for TEACHING
    paid_on: Mapped[dt.date | None] = mapped_column(Date)
    payer: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(String(200))
    staff: Mapped[Staff] = relationship()
    __table_args__ = (
        UniqueConstraint("staff_id", "month", "kind"),
        CheckConstraint("amount_fen >= 0", name="amount_nonneg"),
    )


class LogEntry(Tracked, Base):
    """A learner's weekly logbook entry (R-LOG-1) and its review by a mentor or supervisor."""

    __tablename__ = "log_entry"
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    placement_id: Mapped[int | None] = mapped_column(
        ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    apprenticeship_id: Mapped[int | None] = mapped_column(
        ForeignKey("apprenticeship.id", ondelete="CASCADE"), index=True
    )
    week_start: Mapped[dt.date] = mapped_column(Date, index=True)  # a Monday
    text: Mapped[str] = mapped_column(Text, default="")
    hours_x10: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[LogStatus] = mapped_column(enum_column(LogStatus), default=LogStatus.DRAFT)
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date)
    review_comment: Mapped[str | None] = mapped_column(Text)
    student: Mapped[Student] = relationship()
    reviewer: Mapped[Staff | None] = relationship()
    __table_args__ = (UniqueConstraint("student_id", "week_start"),)


class SiteVisit(Tracked, Base):
    """A supervisor's visit to an enterprise, planned then recorded with the site checklist.

    `checklist_json` maps the regulation's site items (working hours, environment, safety,
    lodging, pay received, talked to the student) to "ok", "problem" or "n/a".
    """

    __tablename__ = "site_visit"
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    planned_on: Mapped[dt.date] = mapped_column(Date)
    visited_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[VisitStatus] = mapped_column(
        enum_column(VisitStatus), default=VisitStatus.PLANNED
    )
    checklist_json: Mapped[str | None] = mapped_column(Text)
    students_seen: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    supervisor: Mapped[Staff] = relationship()
    enterprise: Mapped[Enterprise] = relationship()


class SiteAssessment(Tracked, Base):
    """The school's on-site assessment of an enterprise before the first 岗位实习 (R-ENT-1)."""

    __tablename__ = "site_assessment"
    enterprise_id: Mapped[int] = mapped_column(
        ForeignKey("enterprise.id", ondelete="CASCADE"), index=True
    )
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    assessor: Mapped[str] = mapped_column(String(60))
    passed: Mapped[bool] = mapped_column(Boolean, default=True)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    report: Mapped[str | None] = mapped_column(String(260))
    notes: Mapped[str | None] = mapped_column(Text)
    enterprise: Mapped[Enterprise] = relationship()
    __table_args__ = (CheckConstraint("valid_until >= assessed_on", name="dates"),)


class Evaluation(Tracked, Base):
    """One side's rubric for a placement: the enterprise mentor's or the school supervisor's."""

    __tablename__ = "evaluation"
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    evaluator_role: Mapped[StaffKind] = mapped_column(enum_column(StaffKind))
    evaluator_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    scores_json: Mapped[str] = mapped_column(Text)  # {criterion key: score}
    score: Mapped[int] = mapped_column(Integer)  # weighted, 0..100
    evaluated_on: Mapped[dt.date] = mapped_column(Date)
    comment: Mapped[str | None] = mapped_column(Text)
    placement: Mapped[Placement] = relationship()
    __table_args__ = (
        UniqueConstraint("placement_id", "evaluator_role"),
        CheckConstraint("score BETWEEN 0 AND 100", name="score_range"),
    )


class FinalGrade(Tracked, Base):
    """The joint result of both evaluations (R-EVAL-1), with the weights it was combined by."""

    __tablename__ = "final_grade"
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placement.id", ondelete="CASCADE"), unique=True
    )
    enterprise_score: Mapped[int] = mapped_column(Integer)
    school_score: Mapped[int] = mapped_column(Integer)
    enterprise_weight_pct: Mapped[int] = mapped_column(Integer)
    combined_score: Mapped[int] = mapped_column(Integer)
    grade: Mapped[Grade] = mapped_column(enum_column(Grade))
    graded_on: Mapped[dt.date] = mapped_column(Date)


class Certificate(Tracked, Base):
    """A vocational qualification certificate or technician training a learner completed."""

    __tablename__ = "certificate"
    student_id: Mapped[int] = mapped_column(
        ForeignKey("student.id", ondelete="CASCADE"), index=True
    )
    occupation: Mapped[str] = mapped_column(String(120))
    level: Mapped[CertificateLevel] = mapped_column(enum_column(CertificateLevel))
    cert_no: Mapped[str | None] = mapped_column(String(60))
    issuer: Mapped[str] = mapped_column(String(120))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    shortage_occupation: Mapped[bool] = mapped_column(Boolean, default=False)
    subsidy_claimed_on: Mapped[dt.date | None] = mapped_column(Date)
    subsidy_claimed_fen: Mapped[int | None] = mapped_column(Integer)
    student: Mapped[Student] = relationship()
    __table_args__ = (
        CheckConstraint(
            "subsidy_claimed_fen IS NULL OR subsidy_claimed_fen >= 0", name="claimed_nonneg"
        ),
    )
