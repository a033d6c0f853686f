"""Agreement templates, generated agreements and their signatures (issue 5)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jilin_apprentice.domain.enums import AgreementStatus
from jilin_apprentice.storage.base import Base, Tracked, enum_column


class AgreementTemplate(Tracked, Base):
    """Versioned clause wording (R-TPL-2); a generated agreement records the version it used."""

    __tablename__ = "agreement_template"
    __table_args__ = (UniqueConstraint("kind", "template_version"),)
    kind: Mapped[str] = mapped_column(String(32))  # cognitive / post / apprenticeship / consent
    template_version: Mapped[int] = mapped_column(Integer)
    clauses_json: Mapped[str] = mapped_column(Text)
    verified_against_moe_model: Mapped[bool] = mapped_column(default=False)


class Agreement(Tracked, Base):
    """One version of a placement's agreement; signed versions are never overwritten."""

    __tablename__ = "agreement"
    __table_args__ = (UniqueConstraint("placement_id", "agreement_version"),)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id"), index=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    agreement_version: Mapped[int] = mapped_column(Integer, default=1)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("agreement_template.id"))
    status: Mapped[AgreementStatus] = mapped_column(
        enum_column(AgreementStatus), default=AgreementStatus.DRAFT
    )
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    file_path: Mapped[str | None] = mapped_column(String(260))
    scanned_copy_path: Mapped[str | None] = mapped_column(String(260))
    generated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    copies: Mapped[int] = mapped_column(Integer, default=3)
    signatures: Mapped[list[AgreementSignature]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan"
    )


class AgreementSignature(Tracked, Base):
    """Who signed for which party, when and how (drawn, image, seal, wet ink, digital)."""

    __tablename__ = "agreement_signature"
    __table_args__ = (UniqueConstraint("agreement_id", "party"),)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    party: Mapped[str] = mapped_column(String(20))  # school / enterprise / student / guardian
    signer_name: Mapped[str] = mapped_column(String(60))
    signed_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20))
    image_path: Mapped[str | None] = mapped_column(String(260))
    agreement: Mapped[Agreement] = relationship(back_populates="signatures")
