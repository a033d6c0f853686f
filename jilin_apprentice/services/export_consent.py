"""Who may be in an export handed to an enterprise or an insurer (issue 9, R-PI-6, R-PI-5).

Providing student data to another processor needs a separate consent for that purpose (PIPL
Art 23, R-PI-6): `share_enterprise` for an enterprise, `share_insurer` for an insurer. The
school's own use and filing with the education authority (statutory duty, Art 13(3)) need none.
A consent counts on the export day if it was signed on or before it and not withdrawn by then
(withdrawal takes effect on its day). One signed while the student was under 14 counts only if a
recorded guardian signed it (PIPL Art 31, R-PI-5): a student under 14 on the export day can
therefore only be shared on a guardian's consent.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain import retention as rules
from jilin_apprentice.domain.retention import SignedConsent, consent_valid
from jilin_apprentice.storage.models import Guardian, Student, StudentConsent

SCHOOL, AUTHORITY, ENTERPRISE, INSURER = "school", "authority", "enterprise", "insurer"
# recipient -> the consent purpose it rests on (None: the school's own use)
RECIPIENTS: dict[str, str | None] = {
    SCHOOL: None,
    AUTHORITY: rules.SHARE_AUTHORITY,
    ENTERPRISE: rules.SHARE_ENTERPRISE,
    INSURER: rules.SHARE_INSURER,
}
# kinds whose rows are about students (enterprises, posts and staff hold no student data)
STUDENT_KINDS = frozenset(
    {
        "students",
        "placements",
        "payments",
        "insurance",
        "agreements",
        "apprenticeships",
        "certificates",
    }
)


def consent_purpose(recipient: str) -> str | None:
    """The purpose a recipient needs a consent for, or None (school use, statutory filing)."""
    purpose = RECIPIENTS[recipient]
    return purpose if purpose is not None and rules.consent_needed(purpose) else None


def students_without_consent(session: Session, purpose: str, on: dt.date) -> set[int]:
    """Ids of all students with no valid consent for `purpose` on `on` (three column reads)."""
    guardians: dict[int, list[str]] = {}
    for sid, name in session.execute(select(Guardian.student_id, Guardian.name)):
        guardians.setdefault(sid, []).append(name)
    consents: dict[int, list[SignedConsent]] = {}
    for sid, signer, signed, withdrawn in session.execute(
        select(
            StudentConsent.student_id,
            StudentConsent.signer,
            StudentConsent.signed_date,
            StudentConsent.withdrawn_on,
        ).where(StudentConsent.purpose == purpose)
    ):
        consents.setdefault(sid, []).append(SignedConsent(purpose, signer, signed, withdrawn))
    return {
        sid
        for sid, born in session.execute(select(Student.id, Student.birth_date))
        if not consent_valid(consents.get(sid, ()), purpose, on, born, guardians.get(sid, ()))
    }
