"""Privacy-notice acknowledgements (issue 8, R-PI-3)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jilin_apprentice.storage.base import Base, Tracked


class PrivacyNoticeAck(Tracked, Base):
    """The student (or guardian) received and acknowledged version `notice_version` of the notice.

    PIPL Art 17 asks for notice before collection; the app keeps which version and when, so a
    new version of the notice shows who has not seen it yet.
    """

    __tablename__ = "privacy_notice_ack"
    __table_args__ = (UniqueConstraint("student_id", "notice_version"),)
    student_id: Mapped[int] = mapped_column(
        ForeignKey("student.id", ondelete="CASCADE"), index=True
    )
    notice_version: Mapped[int] = mapped_column(Integer)
    acknowledged_on: Mapped[dt.date] = mapped_column(Date)
