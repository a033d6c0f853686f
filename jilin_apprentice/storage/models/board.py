"""Issue 7: the post board (openings, students' availability and wishes, which placement filled
which opening), saved import column mappings, and daily compliance counts for the dashboard."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jilin_apprentice.domain.enums import OpeningStatus, PayUnit, PlacementType
from jilin_apprentice.storage.base import Base, Tracked, enum_column

if TYPE_CHECKING:
    from jilin_apprentice.storage.models.enterprises import Enterprise, Post


class Opening(Tracked, Base):
    """Places an enterprise offers at one post for a period (two-way supply/demand board).

    `majors_json` lists the 专业大类 or major names wanted (empty: any); `grade_years_json` the
    grade years accepted (empty: any, the rules still check age and year).
    """

    __tablename__ = "opening"
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id"), index=True)
    title: Mapped[str] = mapped_column(String(120))
    count: Mapped[int] = mapped_column(Integer)
    placement_type: Mapped[PlacementType] = mapped_column(
        enum_column(PlacementType), default=PlacementType.POST
    )
    majors_json: Mapped[str] = mapped_column(Text, default="[]")
    grade_years_json: Mapped[str] = mapped_column(Text, default="[]")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    pay_amount_fen: Mapped[int | None] = mapped_column(Integer)
    pay_unit: Mapped[PayUnit] = mapped_column(enum_column(PayUnit), default=PayUnit.MONTH)
    status: Mapped[OpeningStatus] = mapped_column(
        enum_column(OpeningStatus), default=OpeningStatus.OPEN
    )
    notes: Mapped[str | None] = mapped_column(Text)
    enterprise: Mapped[Enterprise] = relationship()
    post: Mapped[Post] = relationship()
    __table_args__ = (
        CheckConstraint("count >= 1", name="count_positive"),
        CheckConstraint("end_date >= start_date", name="dates"),
    )


class OpeningFill(Tracked, Base):
    """Which draft placement an accepted suggestion created for an opening."""

    __tablename__ = "opening_fill"
    opening_id: Mapped[int] = mapped_column(
        ForeignKey("opening.id", ondelete="CASCADE"), index=True
    )
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placement.id", ondelete="CASCADE"), unique=True
    )


class StudentPreference(Tracked, Base):
    """When a student is free and what they would like (industries, cities, enterprises)."""

    __tablename__ = "student_preference"
    student_id: Mapped[int] = mapped_column(
        ForeignKey("student.id", ondelete="CASCADE"), unique=True
    )
    available_from: Mapped[dt.date | None] = mapped_column(Date)
    available_to: Mapped[dt.date | None] = mapped_column(Date)
    preferences_json: Mapped[str] = mapped_column(Text, default="{}")
    note: Mapped[str | None] = mapped_column(String(200))


class ImportPreset(Tracked, Base):
    """A remembered column mapping for one kind of import (sheet header -> field)."""

    __tablename__ = "import_preset"
    kind: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(60))
    mapping_json: Mapped[str] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("kind", "name"),)


class ComplianceSnapshot(Base):
    """The compliance counts of one day, so the dashboard can chart them over time."""

    __tablename__ = "compliance_snapshot"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    taken_on: Mapped[dt.date] = mapped_column(Date, unique=True)
    open_placements: Mapped[int] = mapped_column(Integer)
    findings: Mapped[int] = mapped_column(Integer)
    blocking: Mapped[int] = mapped_column(Integer)
    by_rule_json: Mapped[str] = mapped_column(Text, default="{}")
