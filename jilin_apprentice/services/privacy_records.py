"""Queries and row changes behind PrivacyService: retention candidates, anonymisation, the notice.

Kept apart from services/privacy.py so each file stays readable; nothing here opens a unit of
work: the service passes its session in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain import retention as rules
from jilin_apprentice.domain.enums import PlacementStatus
from jilin_apprentice.domain.errors import NotFound, ValidationFailed, Violation
from jilin_apprentice.pdf.privacy_notice_text import NOTICE_VERSION, NoticeData
from jilin_apprentice.services.audit import _chain_hash
from jilin_apprentice.services.privacy_dto import RetentionCandidate
from jilin_apprentice.services.rule_params import value_in_force
from jilin_apprentice.storage.models import (
    Agreement,
    AuditEntry,
    Coverage,
    Enterprise,
    Incident,
    InsurancePolicy,
    Payment,
    Placement,
    SchoolProfile,
    Student,
    StudentConsent,
)
from jilin_apprentice.storage.search import gb_sort_key

OPEN_STATUSES = (PlacementStatus.DRAFT, PlacementStatus.APPROVED, PlacementStatus.ACTIVE)
DEFAULT_YEARS = 3
REDACTED = "[已匿名]"
CONSENT_ENTITY = "student_consent"


def count(session: Session, stmt: object) -> int:
    return int(session.scalar(stmt) or 0)  # type: ignore[call-overload]


def candidate(
    session: Session, s: Student, class_name: str, left_on: dt.date, years: int
) -> RetentionCandidate:
    placements = count(
        session, select(func.count(Placement.id)).where(Placement.student_id == s.id)
    )
    open_count = count(
        session,
        select(func.count(Placement.id)).where(
            Placement.student_id == s.id, Placement.status.in_(OPEN_STATUSES)
        ),
    )
    agreements = count(
        session,
        select(func.count(Agreement.id))
        .join(Placement, Placement.id == Agreement.placement_id)
        .where(Placement.student_id == s.id),
    )
    consents = count(
        session, select(func.count(StudentConsent.id)).where(StudentConsent.student_id == s.id)
    )
    return RetentionCandidate(
        student_id=s.id,
        name=s.name,
        class_name=class_name,
        status=s.status.value,
        left_on=left_on,
        due_on=rules.review_date(left_on, years),
        open_placements=open_count,
        agreements_kept=agreements,
        placements_kept=placements,
        guardians=len(s.guardians),
        consents=consents,
        anonymised=rules.ANONYMISED_FIELDS,
        kept=rules.KEPT_RECORDS,
    )


def check_can_anonymise(session: Session, students: list[Student]) -> None:
    problems: list[Violation] = []
    staying = [s for s in students if s.status not in rules.LEFT_STATUSES]
    if staying:
        problems.append(Violation("students", "privacy.not_left", {"count": len(staying)}))
    open_ids = set(
        session.scalars(
            select(Placement.student_id).where(
                Placement.student_id.in_([s.id for s in students]),
                Placement.status.in_(OPEN_STATUSES),
            )
        )
    )
    if open_ids:
        params = {"count": len(open_ids)}
        problems.append(Violation("students", "privacy.open_placements", params))
    if problems:
        raise ValidationFailed(problems)


def scrub(s: Student) -> None:
    s.name = rules.anonymised_name(s.id)
    s.name_sort = gb_sort_key(s.name)
    s.id_number = rules.anonymised_id_number(s.id)
    s.birth_date = rules.generalised_birth_date(s.birth_date)
    s.student_no = None
    s.phone = None
    s.address = None
    s.notes = None
    s.health_check_date = None
    s.guardians.clear()


def scrub_related(session: Session, student: Student, old_name: str) -> tuple[list[int], list[int]]:
    """Personal data on the kept records: the payee of placements and payments stays readable
    as "paid to the student" (the anonymised name) or "[已匿名]" for anyone else, so a pay check
    (R-PAY-3) still reads the same; injury texts (health data) go. Returns the placement and
    payment ids whose payee changed, for the audit redaction."""
    placements = list(session.scalars(select(Placement).where(Placement.student_id == student.id)))
    pids = [p.id for p in placements]

    def payee(value: str) -> str:
        return student.name if value.strip() == old_name.strip() else REDACTED

    for p in placements:
        if p.payee_name:
            p.payee_name = payee(p.payee_name)
    payments = list(session.scalars(select(Payment).where(Payment.placement_id.in_(pids))))
    for pay in payments:
        pay.payee_name = payee(pay.payee_name)
    for incident in session.scalars(select(Incident).where(Incident.placement_id.in_(pids))):
        if incident.injury:
            incident.injury = REDACTED
    return pids, [pay.id for pay in payments]


def redact_audit(
    session: Session,
    student_ids: list[int],
    consent_ids: list[int],
    placement_ids: Sequence[int] = (),
    payment_ids: Sequence[int] = (),
) -> int:
    """Blank the old/new values of entries about these students; re-chain from there on."""
    payee = AuditEntry.field == "payee_name"
    about = (
        ((AuditEntry.entity == "student") & AuditEntry.entity_id.in_(student_ids))
        | ((AuditEntry.entity == CONSENT_ENTITY) & AuditEntry.entity_id.in_(consent_ids or [0]))
        | ((AuditEntry.entity == "placement") & AuditEntry.entity_id.in_(placement_ids) & payee)
        | ((AuditEntry.entity == "payment") & AuditEntry.entity_id.in_(payment_ids) & payee)
    )
    targets = list(session.scalars(select(AuditEntry).where(about).order_by(AuditEntry.id)))
    changed = 0
    for entry in targets:
        old = None if entry.old_value is None else REDACTED
        new = None if entry.new_value is None else REDACTED
        if (old, new) != (entry.old_value, entry.new_value):
            entry.old_value, entry.new_value = old, new
            changed += 1
    if not changed:
        return 0
    first = targets[0].id
    prev = session.scalar(
        select(AuditEntry.entry_hash)
        .where(AuditEntry.id < first)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    for entry in session.scalars(
        select(AuditEntry).where(AuditEntry.id >= first).order_by(AuditEntry.id)
    ):
        entry.prev_hash = prev
        entry.entry_hash = _chain_hash(prev, entry)
        prev = entry.entry_hash
    session.flush()
    return changed


def notice_data(session: Session, student_id: int | None, today: dt.date) -> NoticeData:
    school = session.scalar(select(SchoolProfile).limit(1))
    value = value_in_force(session, "retention", today) or {}
    years = int(value.get("graduated_years", DEFAULT_YEARS))
    student_name = class_name = None
    enterprises: list[str] = []
    insurers: list[str] = []
    if student_id is not None:
        student = session.get(Student, student_id)
        if student is None:
            raise NotFound("student.not_found", id=student_id)
        student_name, class_name = student.name, student.school_class.name
        enterprises = list(
            session.scalars(
                select(Enterprise.name)
                .join(Placement, Placement.enterprise_id == Enterprise.id)
                .where(Placement.student_id == student_id)
                .distinct()
            )
        )
        insurers = list(
            session.scalars(
                select(InsurancePolicy.insurer)
                .join(Coverage, Coverage.policy_id == InsurancePolicy.id)
                .where(Coverage.student_id == student_id)
                .distinct()
            )
        )
    return NoticeData(
        version=NOTICE_VERSION,
        school=school.name if school else "",
        school_address=(school.address or "") if school else "",
        contact=(school.contact_person or "") if school else "",
        contact_phone=(school.contact_phone or "") if school else "",
        student=student_name,
        class_name=class_name,
        enterprises=tuple(sorted(e for e in enterprises if e)),
        insurers=tuple(sorted(i for i in insurers if i)),
        retention_years=years,
        printed_on=today,
    )
