"""The enterprise side: enterprises, their credit history, posts, mentors and supervisors."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jilin_apprentice.domain.enums import CreditStatus, SkillLevel, StaffKind, VenueType
from jilin_apprentice.storage.base import Base, Tracked, enum_column


class Enterprise(Tracked, Base):
    """An internship unit (实习单位) or employer, with the fields the rules read (rulebook §7)."""

    __tablename__ = "enterprise"
    name: Mapped[str] = mapped_column(String(120), index=True)
    uscc: Mapped[str] = mapped_column(String(18), unique=True)  # GB 32100 (R-USCC-*)
    uscc_verified_on: Mapped[dt.date | None] = mapped_column(Date)  # R-USCC-5
    industry_code: Mapped[str] = mapped_column(String(32))  # resources/data/industries.json
    address: Mapped[str | None] = mapped_column(String(200))
    province: Mapped[str] = mapped_column(String(20), default="吉林省")  # R-DUR-2
    county_code: Mapped[str | None] = mapped_column(String(6))  # GB/T 2260
    min_wage_area_class: Mapped[int | None] = mapped_column(Integer)  # 1..4 (R-JL-MW-1)
    legal_representative: Mapped[str | None] = mapped_column(String(60))
    contact_person: Mapped[str | None] = mapped_column(String(60))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    on_post_staff: Mapped[int] = mapped_column(Integer, default=0)  # R-CAP-1
    other_school_interns: Mapped[int] = mapped_column(Integer, default=0)  # R-CAP-1
    lowest_wage_grade_fen: Mapped[int | None] = mapped_column(Integer)  # R-PAY-2
    venue_type: Mapped[VenueType] = mapped_column(
        enum_column(VenueType), default=VenueType.ORDINARY
    )
    is_intermediary_or_dispatch: Mapped[bool] = mapped_column(default=False)  # R-PROH-5
    is_training_base: Mapped[bool] = mapped_column(default=False)  # seed §(10)
    site_assessment_date: Mapped[dt.date | None] = mapped_column(Date)  # R-ENT-1
    site_assessment_report: Mapped[str | None] = mapped_column(String(260))
    no_illegal_or_dishonest_record: Mapped[bool] = mapped_column(default=False)
    no_safety_violation_3y: Mapped[bool] = mapped_column(default=False)
    approved_list_ref: Mapped[str | None] = mapped_column(String(60))  # R-ENT-2
    credit_status: Mapped[CreditStatus] = mapped_column(
        enum_column(CreditStatus), default=CreditStatus.GOOD
    )  # latest of credit_events, denormalised for the rules (R-JL-2)
    notes: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        CheckConstraint("on_post_staff >= 0", name="staff_nonneg"),
        CheckConstraint(
            "min_wage_area_class IS NULL OR min_wage_area_class BETWEEN 1 AND 4", name="area_class"
        ),
    )

    posts: Mapped[list[Post]] = relationship(
        back_populates="enterprise", cascade="all, delete-orphan", order_by="Post.id"
    )
    credit_events: Mapped[list[CreditEvent]] = relationship(
        back_populates="enterprise",
        cascade="all, delete-orphan",
        order_by="CreditEvent.recorded_on",
    )


class CreditEvent(Tracked, Base):
    """Dated credit history with its source (R-ENT-4, R-JL-2: 失信 blocks new placements)."""

    __tablename__ = "credit_event"
    enterprise_id: Mapped[int] = mapped_column(
        ForeignKey("enterprise.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[CreditStatus] = mapped_column(enum_column(CreditStatus))
    recorded_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(200))
    how_verified: Mapped[str | None] = mapped_column(String(200))
    enterprise: Mapped[Enterprise] = relationship(back_populates="credit_events")


class Post(Tracked, Base):
    """A post (岗位) at an enterprise, with the hazard and pay facts the rules need."""

    __tablename__ = "post"
    __table_args__ = (
        CheckConstraint("physical_intensity_level BETWEEN 1 AND 4", name="intensity_range"),
        CheckConstraint(
            "same_post_wage_fen IS NULL OR same_post_wage_fen >= 0", name="wage_nonneg"
        ),
    )
    enterprise_id: Mapped[int] = mapped_column(
        ForeignKey("enterprise.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(80))
    major_category: Mapped[str | None] = mapped_column(String(60))  # R-MAJ-1
    description: Mapped[str | None] = mapped_column(Text)
    hazards: Mapped[str] = mapped_column(String(200), default="")  # comma-separated Hazard codes
    physical_intensity_level: Mapped[int] = mapped_column(Integer, default=1)  # GB 3869 (R-PROH-3)
    minor_prohibited: Mapped[bool] = mapped_column(default=False)  # R-AGE-3
    female_prohibited: Mapped[bool] = mapped_column(default=False)  # R-PROH-4
    same_post_wage_fen: Mapped[int | None] = mapped_column(Integer)  # R-PAY-2
    on_post_staff: Mapped[int] = mapped_column(Integer, default=0)  # R-CAP-2
    simple_repetitive_only: Mapped[bool] = mapped_column(default=False)  # R-MAJ-2
    unrelated_to_major: Mapped[bool] = mapped_column(default=False)  # R-MAJ-1
    enterprise: Mapped[Enterprise] = relationship(back_populates="posts")


class Staff(Tracked, Base):
    """Enterprise mentors (企业导师) and school supervisors (实习指导教师): the 双导师."""

    __tablename__ = "staff"
    kind: Mapped[StaffKind] = mapped_column(enum_column(StaffKind), index=True)
    enterprise_id: Mapped[int | None] = mapped_column(
        ForeignKey("enterprise.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str | None] = mapped_column(String(60))  # 职务/职称
    department: Mapped[str | None] = mapped_column(String(60))
    qualification: Mapped[str | None] = mapped_column(String(120))
    skill_level: Mapped[SkillLevel | None] = mapped_column(enum_column(SkillLevel))
    max_load: Mapped[int | None] = mapped_column(Integer)  # R-APP-10 / R-SUP-3 (configurable)
    monthly_allowance_fen: Mapped[int | None] = mapped_column(Integer)  # R-APP-9
    is_part_time_teacher: Mapped[bool] = mapped_column(default=False)  # seed §(20)
    enterprise: Mapped[Enterprise | None] = relationship()
    __table_args__ = (
        CheckConstraint(
            "(kind = 'enterprise_mentor' AND enterprise_id IS NOT NULL)"
            " OR kind = 'school_supervisor'",
            name="mentor_has_enterprise",
        ),
    )
