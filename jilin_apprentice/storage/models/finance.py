"""Pay ledger and insurance register tables (issue 4 builds the services on them)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jilin_apprentice.domain.enums import DeductionKind, Payer, PayMethod, PolicyType
from jilin_apprentice.storage.base import Base, Tracked, enum_column


class PayPeriod(Tracked, Base):
    """One period of the pay schedule derived from a placement's pay terms."""

    __tablename__ = "pay_period"
    __table_args__ = (
        UniqueConstraint("placement_id", "period_start"),
        CheckConstraint("period_end >= period_start", name="dates_ordered"),
        CheckConstraint("amount_due_fen >= 0", name="due_nonneg"),
    )
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    amount_due_fen: Mapped[int] = mapped_column(Integer)


class Payment(Tracked, Base):
    """A payment the enterprise says it made (R-PAY-3: money, directly to the student)."""

    __tablename__ = "payment"
    __table_args__ = (CheckConstraint("amount_fen > 0", name="amount_positive"),)
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    period_id: Mapped[int | None] = mapped_column(ForeignKey("pay_period.id", ondelete="SET NULL"))
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(Integer)  # gross
    method: Mapped[PayMethod] = mapped_column(enum_column(PayMethod))
    payer: Mapped[str | None] = mapped_column(String(120))
    payee_name: Mapped[str] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(Text)
    deductions: Mapped[list[PaymentDeduction]] = relationship(
        back_populates="payment", cascade="all, delete-orphan"
    )


class PaymentDeduction(Tracked, Base):
    """A deduction line with its reason; fees, commissions and premiums are forbidden (R-PAY-6)."""

    __tablename__ = "payment_deduction"
    __table_args__ = (CheckConstraint("amount_fen > 0", name="amount_positive"),)
    payment_id: Mapped[int] = mapped_column(
        ForeignKey("payment.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[DeductionKind] = mapped_column(enum_column(DeductionKind))
    amount_fen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(200))
    payment: Mapped[Payment] = relationship(back_populates="deductions")


class InsurancePolicy(Tracked, Base):
    """An insurance policy (R-INS-*): the premium is never paid by the student.

    A policy number may recur for periods that do not overlap (a renewal under the old
    number), so it is indexed, not unique; the service refuses overlapping duplicates.
    """

    __tablename__ = "insurance_policy"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
        CheckConstraint(
            "sum_insured_per_person_fen IS NULL OR sum_insured_per_person_fen >= 0",
            name="sum_insured_nonneg",
        ),
        CheckConstraint("premium_fen IS NULL OR premium_fen >= 0", name="premium_nonneg"),
    )
    insurer: Mapped[str] = mapped_column(String(120))
    policy_no: Mapped[str] = mapped_column(String(60), index=True)
    type: Mapped[PolicyType] = mapped_column(enum_column(PolicyType))
    sum_insured_per_person_fen: Mapped[int | None] = mapped_column(Integer)
    premium_fen: Mapped[int | None] = mapped_column(Integer)
    premium_payer: Mapped[Payer] = mapped_column(enum_column(Payer))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    document_path: Mapped[str | None] = mapped_column(String(260))
    coverages: Mapped[list[Coverage]] = relationship(
        back_populates="policy", cascade="all, delete-orphan"
    )


class Coverage(Tracked, Base):
    """Who a policy covers and on which days (gap detection works day by day on these)."""

    __tablename__ = "coverage"
    __table_args__ = (
        UniqueConstraint("policy_id", "student_id", "start_date"),
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
    )
    policy_id: Mapped[int] = mapped_column(
        ForeignKey("insurance_policy.id", ondelete="CASCADE"), index=True
    )
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    placement_id: Mapped[int | None] = mapped_column(
        ForeignKey("placement.id", ondelete="SET NULL"), index=True
    )
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    policy: Mapped[InsurancePolicy] = relationship(back_populates="coverages")


class Incident(Tracked, Base):
    """An accident or injury during a placement, and the claim that follows."""

    __tablename__ = "incident"
    __table_args__ = (
        CheckConstraint(
            "amount_claimed_fen IS NULL OR amount_claimed_fen >= 0", name="claimed_nonneg"
        ),
        CheckConstraint("amount_paid_fen IS NULL OR amount_paid_fen >= 0", name="paid_nonneg"),
    )
    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id"), index=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    injury: Mapped[str | None] = mapped_column(Text)  # health data: sensitive (R-PI-1)
    reported_to_insurer_on: Mapped[dt.date | None] = mapped_column(Date)
    # the policy in force that day, found when the incident is saved (None: flagged, R-INS-1)
    policy_id: Mapped[int | None] = mapped_column(ForeignKey("insurance_policy.id"), index=True)
    claim_no: Mapped[str | None] = mapped_column(String(60))
    claim_status: Mapped[str | None] = mapped_column(String(20))
    amount_claimed_fen: Mapped[int | None] = mapped_column(Integer)
    amount_paid_fen: Mapped[int | None] = mapped_column(Integer)
