"""Personal data: consent records, retention and anonymisation, the privacy notice (issue 8).

Consents are separate records per purpose (PIPL Art 29, R-PI-4/R-PI-6) so that health data, a
bank account or an ID-card scan is stored, and data is shared with an enterprise or insurer,
only while a consent is in force. Students who left more than `retention.graduated_years` ago
are listed for review and anonymised on request (R-PI-8): the placement rows and archived
agreements stay as the legal record (R-REC-1), everything that identifies the person goes,
including the old values in the audit trail, which is re-chained so it still verifies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain import retention as rules
from jilin_apprentice.domain.enums import StudentStatus
from jilin_apprentice.domain.errors import ConflictError, NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.masking import mask_id_number
from jilin_apprentice.pdf.privacy_notice_text import NOTICE_VERSION
from jilin_apprentice.services import privacy_records as records
from jilin_apprentice.services.access import ADMIN
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.privacy_dto import (
    AnonymiseResult,
    ConsentDraft,
    ConsentView,
    NoticeAck,
    PrivacyToDo,
    RetentionReview,
)
from jilin_apprentice.services.privacy_records import CONSENT_ENTITY, DEFAULT_YEARS
from jilin_apprentice.services.rule_params import value_in_force
from jilin_apprentice.storage.models import (
    Placement,
    PrivacyNoticeAck,
    SchoolClass,
    Student,
    StudentConsent,
)
from jilin_apprentice.storage.search import like_pattern, rebuild_student_search
from jilin_apprentice.storage.uow import UnitOfWork

LIMITS = {"signer": 60, "scope": 200}


def _consent_view(c: StudentConsent) -> ConsentView:
    return ConsentView(
        c.id, c.version, c.student_id, c.purpose, c.scope, c.signer, c.signed_date, c.withdrawn_on
    )


class PrivacyService:
    """Built once per database by services/container.py."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow, self._audit, self._today = uow, audit, today

    # --- consents (R-PI-4, R-PI-5, R-PI-6) ------------------------------------------------------
    def consents(self, student_id: int) -> list[ConsentView]:
        with self._uow.read() as session:
            rows = session.scalars(
                select(StudentConsent)
                .where(StudentConsent.student_id == student_id)
                .order_by(StudentConsent.signed_date.desc(), StudentConsent.id.desc())
            )
            return [_consent_view(c) for c in rows]

    def add_consent(self, student_id: int, draft: ConsentDraft) -> int:
        """Record a signed consent; under 14 it must be signed by a recorded guardian (R-PI-5)."""
        with self._uow() as session:
            student = session.get(Student, student_id)
            if student is None:
                raise NotFound("student.not_found", id=student_id)
            problems = self._consent_violations(session, student, draft)
            if problems:
                raise ValidationFailed(problems)
            values = {
                "purpose": draft.purpose,
                "scope": (draft.scope or "").strip() or None,
                "signer": draft.signer.strip(),
                "signed_date": draft.signed_date,
            }
            consent = StudentConsent(student_id=student_id, **values)
            session.add(consent)
            session.flush()
            self._audit.record(
                session,
                action="create",
                entity=CONSENT_ENTITY,
                entity_id=consent.id,
                changes={k: (None, v) for k, v in values.items() if v is not None},
            )
            return consent.id

    def _consent_violations(
        self, session: Session, student: Student, d: ConsentDraft
    ) -> list[Violation]:
        problems: list[Violation] = []
        if d.purpose not in rules.CONSENT_PURPOSES:
            problems.append(Violation("purpose", "choice.invalid"))
        if not d.signer.strip():
            problems.append(Violation("signer", "required"))
        for name, limit in LIMITS.items():
            if len((getattr(d, name) or "").strip()) > limit:
                problems.append(Violation(name, "too_long", {"max": limit}))
        if d.signed_date is None:
            problems.append(Violation("signed_date", "required"))
        elif d.signed_date > self._today():
            problems.append(Violation("signed_date", "date.in_future"))
        elif rules.needs_guardian_signer(student.birth_date, d.signed_date):
            names = {g.name.strip() for g in student.guardians}
            if d.signer.strip() and d.signer.strip() not in names:
                problems.append(Violation("signer", "consent.needs_guardian"))
        return problems

    def withdraw_consent(self, consent_id: int, on: dt.date, *, expected_version: int) -> None:
        """Withdrawal takes effect on its day; the record stays as evidence of the period."""
        with self._uow() as session:
            consent = session.get(StudentConsent, consent_id)
            if consent is None:
                raise NotFound("consent.not_found", id=consent_id)
            if consent.version != expected_version:
                raise ConflictError("record.conflict")
            problems = []
            if consent.withdrawn_on is not None:
                problems.append(Violation("withdrawn_on", "consent.already_withdrawn"))
            elif on > self._today():
                problems.append(Violation("withdrawn_on", "date.in_future"))
            elif on < consent.signed_date:
                params = {"signed": consent.signed_date.isoformat()}
                problems.append(
                    Violation("withdrawn_on", "consent.withdrawn_before_signed", params)
                )
            if problems:
                raise ValidationFailed(problems)
            consent.withdrawn_on = on
            session.flush()
            self._audit.record(
                session,
                action="update",
                entity=CONSENT_ENTITY,
                entity_id=consent_id,
                changes={"withdrawn_on": (None, on)},
            )

    def has_consent(self, student_id: int, purpose: str, on: dt.date | None = None) -> bool:
        """R-PI-4: a consent for `purpose` is in force on `on` (default today)."""
        with self._uow.read() as session:
            spans = self._spans(session, student_id)
        return rules.consent_in_force(spans, purpose, on or self._today())

    def requires_consent(self, student_id: int, purpose: str, on: dt.date | None = None) -> bool:
        """R-PI-4/R-PI-6: True when the app must stop (BLOCK) until a consent is recorded.

        Call before storing health data, a bank account or an ID-card scan, and before an export
        to an enterprise or insurer; False for purposes on a statutory basis (education bureau).
        """
        with self._uow.read() as session:
            spans = self._spans(session, student_id)
        return rules.missing_consent(spans, purpose, on or self._today())

    @staticmethod
    def _spans(session: Session, student_id: int) -> list[rules.ConsentSpan]:
        rows = session.execute(
            select(
                StudentConsent.purpose, StudentConsent.signed_date, StudentConsent.withdrawn_on
            ).where(StudentConsent.student_id == student_id)
        )
        return [rules.ConsentSpan(p, s, w) for p, s, w in rows]

    # --- retention (R-PI-8) --------------------------------------------------------------------
    def retention_years(self, on: dt.date | None = None) -> int:
        with self._uow.read() as session:
            value = value_in_force(session, "retention", on or self._today()) or {}
        return int(value.get("graduated_years", DEFAULT_YEARS))

    def record_leaving(
        self, student_id: int, status: str, on: dt.date | None, *, expected_version: int
    ) -> None:
        """The student graduated or withdrew on `on`: the retention period counts from it."""
        with self._uow() as session:
            student = session.get(Student, student_id)
            if student is None:
                raise NotFound("student.not_found", id=student_id)
            if student.version != expected_version:
                raise ConflictError("record.conflict")
            problems: list[Violation] = []
            if status not in {s.value for s in rules.LEFT_STATUSES}:
                problems.append(Violation("status", "choice.invalid"))
            if on is None:
                problems.append(Violation("graduation_date", "required"))
            elif on > self._today():
                problems.append(Violation("graduation_date", "date.in_future"))
            elif on < student.enrolment_date:
                params = {"enrolled": student.enrolment_date.isoformat()}
                problems.append(
                    Violation("graduation_date", "privacy.left_before_enrolment", params)
                )
            if problems:
                raise ValidationFailed(problems)
            before = {"status": student.status.value, "graduation_date": student.graduation_date}
            student.status = StudentStatus(status)
            student.graduation_date = on
            session.flush()
            self._audit.record(
                session,
                action="update",
                entity="student",
                entity_id=student_id,
                changes=diff(before, {"status": status, "graduation_date": on}),
            )

    def due_for_review(self, today: dt.date | None = None) -> RetentionReview:
        """Students who left and whose retention period has ended, with what would go and stay."""
        today = today or self._today()
        years = self.retention_years(today)
        with self._uow.read() as session:
            last_end = (
                select(Placement.student_id, func.max(Placement.end_date).label("last_end"))
                .group_by(Placement.student_id)
                .subquery()
            )
            rows = session.execute(
                select(Student, SchoolClass.name, last_end.c.last_end)
                .join(SchoolClass, SchoolClass.id == Student.class_id)
                .outerjoin(last_end, last_end.c.student_id == Student.id)
                .where(Student.status.in_(rules.LEFT_STATUSES))
                .where(Student.id_number.notlike("ANON-%"))  # not anonymised yet
                .order_by(Student.id)
            ).all()
            due = [
                (s, cls, s.graduation_date or end)
                for s, cls, end in rows
                if rules.past_retention(s.status, s.graduation_date or end, years, today)
            ]
            candidates = tuple(
                records.candidate(session, s, cls, left, years) for s, cls, left in due
            )
        return RetentionReview(years, today, candidates)

    def anonymise(self, student_ids: Iterable[int]) -> AnonymiseResult:
        """Remove the personal data of students who left, in one transaction (administrators).

        Refused as a whole if any student is still enrolled or has an open placement. Keeps the
        placement rows and agreements (files included) as the legal record; the audit entries
        about the student lose their values and the chain is recomputed from the first change.
        """
        self._audit.access.require(ADMIN)
        ids = sorted(set(student_ids))
        if not ids:
            raise ValidationFailed([Violation("students", "required")])
        with self._uow() as session:
            students = list(session.scalars(select(Student).where(Student.id.in_(ids))))
            if len(students) != len(ids):
                raise NotFound("student.not_found", id=min(set(ids) - {s.id for s in students}))
            records.check_can_anonymise(session, students)
            consent_ids = list(
                session.scalars(select(StudentConsent.id).where(StudentConsent.student_id.in_(ids)))
            )
            guardians = sum(len(s.guardians) for s in students)
            placement_ids: list[int] = []
            payment_ids: list[int] = []
            for s in students:
                old_name = s.name
                records.scrub(s)
                pids, pays = records.scrub_related(session, s, old_name)
                placement_ids += pids
                payment_ids += pays
            for consent in session.scalars(
                select(StudentConsent).where(StudentConsent.id.in_(consent_ids))
            ):
                session.delete(consent)
            session.flush()
            for s in students:
                rebuild_student_search(session, s.id)
            redacted = records.redact_audit(session, ids, consent_ids, placement_ids, payment_ids)
            for s in students:
                self._audit.record(
                    session,
                    action="anonymise",
                    entity="student",
                    entity_id=s.id,
                    changes={"personal_data": (None, "anonymised")},
                )
        return AnonymiseResult(len(ids), guardians, len(consent_ids), redacted)

    # --- privacy notice (R-PI-3) ----------------------------------------------------------------
    def acknowledge_notice(
        self, student_id: int, on: dt.date, version: int = NOTICE_VERSION
    ) -> None:
        """Record that the student received and acknowledged this version of the notice."""
        with self._uow() as session:
            if session.get(Student, student_id) is None:
                raise NotFound("student.not_found", id=student_id)
            if on > self._today():
                raise ValidationFailed([Violation("acknowledged_on", "date.in_future")])
            existing = session.scalar(
                select(PrivacyNoticeAck).where(
                    PrivacyNoticeAck.student_id == student_id,
                    PrivacyNoticeAck.notice_version == version,
                )
            )
            if existing is not None:
                raise ValidationFailed(
                    [Violation("acknowledged_on", "notice.already_acknowledged")]
                )
            ack = PrivacyNoticeAck(
                student_id=student_id, notice_version=version, acknowledged_on=on
            )
            session.add(ack)
            session.flush()
            self._audit.record(
                session,
                action="create",
                entity="privacy_notice_ack",
                entity_id=ack.id,
                changes={"notice_version": (None, version), "acknowledged_on": (None, on)},
            )

    def notice_acks(self, student_id: int) -> list[NoticeAck]:
        with self._uow.read() as session:
            rows = session.scalars(
                select(PrivacyNoticeAck)
                .where(PrivacyNoticeAck.student_id == student_id)
                .order_by(PrivacyNoticeAck.notice_version)
            )
            return [NoticeAck(a.student_id, a.notice_version, a.acknowledged_on) for a in rows]

    def students_without_notice(self, version: int = NOTICE_VERSION) -> list[int]:
        """R-PI-3 (WARN): enrolled students with a placement who never acknowledged `version`."""
        with self._uow.read() as session:
            acked = select(PrivacyNoticeAck.student_id).where(
                PrivacyNoticeAck.notice_version >= version
            )
            placed = select(Placement.student_id)
            return list(
                session.scalars(
                    select(Student.id)
                    .where(Student.status == "enrolled")
                    .where(Student.id.in_(placed), Student.id.not_in(acked))
                    .order_by(Student.id)
                )
            )

    def to_do(self, today: dt.date | None = None) -> PrivacyToDo:
        """The counts behind the home screen's personal-data notice (R-PI-3, R-PI-8): those
        findings are per student, while the home list is per placement."""
        return PrivacyToDo(
            without_notice=len(self.students_without_notice()),
            due_for_review=len(self.due_for_review(today).candidates),
        )

    def write_notice_pdf(self, path: Path, student_id: int | None = None) -> Path:
        """The printable notice (Chinese), blank or filled in for one student."""
        with self._uow.read() as session:
            data = records.notice_data(session, student_id, self._today())
        from jilin_apprentice.pdf.privacy_notice_pdf import write_notice  # ReportLab on use

        return write_notice(path, data)

    # --- choosing a student (the Settings panel) -----------------------------------------------
    def find_students(self, term: str, limit: int = 30) -> list[tuple[int, str]]:
        """(id, "name · class · masked ID") for a name, student number or class fragment."""
        with self._uow.read() as session:
            stmt = (
                select(Student.id, Student.name, SchoolClass.name, Student.id_number)
                .join(SchoolClass, SchoolClass.id == Student.class_id)
                .order_by(Student.name_sort, Student.id)
                .limit(limit)
            )
            if term.strip():
                stmt = stmt.where(Student.search_text.like(like_pattern(term.strip()), escape="\\"))
            return [
                (sid, f"{name} · {cls} · {mask_id_number(idn)}")
                for sid, name, cls, idn in session.execute(stmt)
            ]
