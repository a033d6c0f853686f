"""The enterprise side over time: apprenticeships, placements, batches and post history."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jilin_apprentice.domain.enums import (
    IndependenceLevel,
    Lodging,
    PayMethod,
    PayUnit,
    PlacementSource,
    PlacementStatus,
    PlacementType,
    Programme,
    SkillLevel,
)
from jilin_apprentice.storage.base import Base, Tracked, enum_column

if TYPE_CHECKING:
    from jilin_apprentice.storage.models.enterprises import Enterprise, Post, Staff
    from jilin_apprentice.storage.models.people import SchoolClass, Student


class Apprenticeship(Tracked, Base):
    """现代学徒制 or 企业新型学徒制: the learner as apprentice of an employer (R-APP-*)."""

    __tablename__ = "apprenticeship"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_ordered"),)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    programme: Mapped[Programme] = mapped_column(enum_column(Programme))
    employer_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    enterprise_mentor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    school_mentor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    target_level: Mapped[SkillLevel | None] = mapped_column(enum_column(SkillLevel))
    training_agreement_ref: Mapped[str | None] = mapped_column(String(60))  # R-APP-2
    training_agreement_date: Mapped[dt.date | None] = mapped_column(Date)
    labour_contract_start: Mapped[dt.date | None] = mapped_column(Date)  # R-APP-4
    labour_contract_end: Mapped[dt.date | None] = mapped_column(Date)
    wage_monthly_fen: Mapped[int | None] = mapped_column(Integer)  # R-APP-7
    status: Mapped[PlacementStatus] = mapped_column(
        enum_column(PlacementStatus), default=PlacementStatus.ACTIVE
    )

    student: Mapped[Student] = relationship(back_populates="apprenticeships")
    employer: Mapped[Enterprise] = relationship()
    enterprise_mentor: Mapped[Staff | None] = relationship(foreign_keys=[enterprise_mentor_id])
    school_mentor: Mapped[Staff | None] = relationship(foreign_keys=[school_mentor_id])


class PlacementBatch(Tracked, Base):
    """A class (or part of one) sent to one enterprise together: plan, training, filing."""

    __tablename__ = "placement_batch"
    name: Mapped[str] = mapped_column(String(120))
    class_id: Mapped[int | None] = mapped_column(ForeignKey("school_class.id"))
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprise.id"))
    internship_plan: Mapped[str | None] = mapped_column(String(260))  # R-SUP-2
    pre_training_date: Mapped[dt.date | None] = mapped_column(Date)
    filing_ref: Mapped[str | None] = mapped_column(String(60))  # R-DUR-2 备案
    school_class: Mapped[SchoolClass | None] = relationship()


class Placement(Tracked, Base):
    """A period of a student at an enterprise post, with everything the 2021 rules check."""

    __tablename__ = "placement"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
        CheckConstraint("pay_amount_fen IS NULL OR pay_amount_fen >= 0", name="pay_nonneg"),
        Index("ix_placement_status_dates", "status", "start_date", "end_date"),
    )
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id"), index=True)
    apprenticeship_id: Mapped[int | None] = mapped_column(ForeignKey("apprenticeship.id"))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("placement_batch.id"))
    type: Mapped[PlacementType] = mapped_column(enum_column(PlacementType))
    source: Mapped[PlacementSource] = mapped_column(
        enum_column(PlacementSource), default=PlacementSource.SCHOOL_ARRANGED
    )
    status: Mapped[PlacementStatus] = mapped_column(
        enum_column(PlacementStatus), default=PlacementStatus.DRAFT
    )
    termination_reason: Mapped[str | None] = mapped_column(Text)
    enterprise_mentor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    school_supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    independence: Mapped[IndependenceLevel] = mapped_column(
        enum_column(IndependenceLevel), default=IndependenceLevel.ASSISTING
    )
    # schedule (R-TIME-*)
    hours_per_day_x10: Mapped[int | None] = mapped_column(Integer)  # 8.0 h -> 80
    days_per_week: Mapped[int | None] = mapped_column(Integer)
    shift_start: Mapped[dt.time | None] = mapped_column(Time)
    shift_end: Mapped[dt.time | None] = mapped_column(Time)
    overtime_allowed: Mapped[bool] = mapped_column(default=False)
    work_on_rest_days: Mapped[bool] = mapped_column(default=False)
    work_on_public_holidays: Mapped[bool] = mapped_column(default=False)
    # pay terms (R-PAY-*)
    pay_amount_fen: Mapped[int | None] = mapped_column(Integer)
    pay_unit: Mapped[PayUnit] = mapped_column(enum_column(PayUnit), default=PayUnit.MONTH)
    pay_method: Mapped[PayMethod] = mapped_column(
        enum_column(PayMethod), default=PayMethod.BANK_TRANSFER_TO_STUDENT
    )
    payee_name: Mapped[str | None] = mapped_column(String(60))
    pay_cycle_days: Mapped[int] = mapped_column(Integer, default=30)
    payday: Mapped[int | None] = mapped_column(Integer)  # day of month
    # consent, lodging, approvals (R-CONSENT-*, R-LODGE-1, R-DUR-2, R-SAFE-1)
    consent_student_signed: Mapped[bool] = mapped_column(default=False)
    consent_guardian_signed: Mapped[bool] = mapped_column(default=False)
    consent_signed_date: Mapped[dt.date | None] = mapped_column(Date)
    self_choice_application: Mapped[bool] = mapped_column(default=False)
    school_approval_date: Mapped[dt.date | None] = mapped_column(Date)
    lodging: Mapped[Lodging] = mapped_column(enum_column(Lodging), default=Lodging.UNIFIED)
    lodging_guardian_consent: Mapped[bool] = mapped_column(default=False)
    lodging_filing_ref: Mapped[str | None] = mapped_column(String(60))
    cross_province_approval_ref: Mapped[str | None] = mapped_column(String(60))
    filing_ref: Mapped[str | None] = mapped_column(String(60))
    safety_training_date: Mapped[dt.date | None] = mapped_column(Date)
    safety_assessment_passed: Mapped[bool] = mapped_column(default=False)
    # R-TIME-5 exception filed in advance
    exception_reason: Mapped[str | None] = mapped_column(Text)
    exception_filing_ref: Mapped[str | None] = mapped_column(String(60))
    exception_filing_date: Mapped[dt.date | None] = mapped_column(Date)
    exception_approver: Mapped[str | None] = mapped_column(String(60))
    final_report: Mapped[str | None] = mapped_column(String(260))  # R-LOG-1

    student: Mapped[Student] = relationship(back_populates="placements")
    enterprise: Mapped[Enterprise] = relationship()
    post: Mapped[Post] = relationship()
    apprenticeship: Mapped[Apprenticeship | None] = relationship()
    enterprise_mentor: Mapped[Staff | None] = relationship(foreign_keys=[enterprise_mentor_id])
    school_supervisor: Mapped[Staff | None] = relationship(foreign_keys=[school_supervisor_id])
    post_history: Mapped[list[PlacementPostHistory]] = relationship(
        back_populates="placement", cascade="all, delete-orphan"
    )


class PlacementPostHistory(Tracked, Base):
    """Changes of post or enterprise during a placement keep their history (issue 3)."""

    __tablename__ = "placement_post_history"
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id"))
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"))
    from_date: Mapped[dt.date] = mapped_column(Date)
    to_date: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    placement: Mapped[Placement] = relationship(back_populates="post_history")


__all__ = ["Apprenticeship", "Placement", "PlacementBatch", "PlacementPostHistory"]
