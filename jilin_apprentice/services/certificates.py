"""Vocational certificates and who is eligible for which subsidy (issue 6, JL-48 §(15)).

The amounts are reference values (subsidy.certificate, subsidy.technician_training,
subsidy.apprenticeship) read in force on the day; each row of the report carries the source and
the verified flag of the value it used, so an unverified figure is never passed off as law.
The rules themselves are pure functions in domain/subsidies.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain import subsidies as rules
from jilin_apprentice.domain.enums import CertificateLevel
from jilin_apprentice.domain.errors import NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.pay_checks import MAX_PAYMENT_FEN
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.certificate_dto import (
    CertificateDraft,
    CertificateRow,
    EligibilityRow,
    SubsidyRule,
)
from jilin_apprentice.storage.models import (
    Apprenticeship,
    Certificate,
    Enterprise,
    ReferenceValue,
    SchoolClass,
    Student,
)
from jilin_apprentice.storage.uow import UnitOfWork

TEXT_LIMITS = {"occupation": 120, "issuer": 120, "cert_no": 60}
DRAFT_FIELDS = tuple(f.name for f in dataclasses.fields(CertificateDraft))
SUBSIDY_KEYS = ("subsidy.certificate", "subsidy.technician_training", "subsidy.apprenticeship")


class RuleBook:
    """The stored subsidy values of every date, read once; `at(key, day)` is the one in force."""

    def __init__(self, session: Session) -> None:
        self._rows: dict[str, list[SubsidyRule]] = defaultdict(list)
        stmt = (
            select(ReferenceValue)
            .where(ReferenceValue.key.in_(SUBSIDY_KEYS))
            .order_by(ReferenceValue.effective_from.desc(), ReferenceValue.id.desc())
        )
        for row in session.scalars(stmt):
            value = json.loads(row.value_json)
            self._rows[row.key].append(
                SubsidyRule(row.key, value, row.effective_from, row.source, row.verified)
            )

    def at(self, key: str, on: dt.date) -> SubsidyRule:
        for rule in self._rows.get(key, []):
            if rule.effective_from is not None and rule.effective_from <= on:
                return rule
        return SubsidyRule(key, None, None, "", False)


def _contracts(session: Session) -> dict[int, list[rules.Contract]]:
    """Every apprenticeship per student, as the subsidy rules see it."""
    out: dict[int, list[rules.Contract]] = defaultdict(list)
    stmt = select(Apprenticeship, Enterprise.name).join(
        Enterprise, Enterprise.id == Apprenticeship.employer_id
    )
    for a, ename in session.execute(stmt.order_by(Apprenticeship.start_date, Apprenticeship.id)):
        out[a.student_id].append(
            rules.Contract(
                a.id,
                ename,
                a.programme.value,
                a.start_date,
                a.end_date,
                a.labour_contract_start,
                a.labour_contract_end,
                a.status.value,
            )
        )
    return out


class CertificateService:
    """Built once per database by services/container.py."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow, self._audit, self._today = uow, audit, today

    # --- certificates --------------------------------------------------------------------------
    def list(self, student_id: int | None = None) -> list[CertificateRow]:
        """Newest first."""
        stmt = (
            select(Certificate, Student.name, Student.student_no, SchoolClass.name)
            .join(Student, Student.id == Certificate.student_id)
            .outerjoin(SchoolClass, SchoolClass.id == Student.class_id)
            .order_by(Certificate.issued_on.desc(), Certificate.id.desc())
        )
        if student_id is not None:
            stmt = stmt.where(Certificate.student_id == student_id)
        with self._uow.read() as session:
            return [
                CertificateRow(
                    c.id,
                    _draft_of(c),
                    sname,
                    sno,
                    cname,
                    c.subsidy_claimed_on,
                    c.subsidy_claimed_fen,
                )
                for c, sname, sno, cname in session.execute(stmt)
            ]

    def student_choices(
        self, search: str = "", limit: int = 30, *, student_id: int | None = None
    ) -> list[tuple[int, str]]:
        """(id, "name · student no. · class") of students whose name, number or class matches."""
        stmt = (
            select(Student.id, Student.name, Student.student_no, SchoolClass.name)
            .outerjoin(SchoolClass, SchoolClass.id == Student.class_id)
            .order_by(Student.name_sort, Student.id)
            .limit(limit)
        )
        text = search.strip()
        if student_id is not None:
            stmt = stmt.where(Student.id == student_id)
        if text:
            stmt = stmt.where(
                Student.name.contains(text)
                | Student.student_no.contains(text)
                | SchoolClass.name.contains(text)
            )
        with self._uow.read() as session:
            return [
                (sid, " · ".join(p for p in (name, sno, cname) if p))
                for sid, name, sno, cname in session.execute(stmt)
            ]

    def get(self, certificate_id: int) -> CertificateRow:
        rows = [r for r in self.list() if r.id == certificate_id]
        if not rows:
            raise NotFound("certificate.not_found", id=certificate_id)
        return rows[0]

    def validate(
        self, draft: CertificateDraft, certificate_id: int | None = None
    ) -> list[Violation]:
        with self._uow.read() as session:
            return _violations(session, draft, certificate_id, self._today())

    def save(self, draft: CertificateDraft, certificate_id: int | None = None) -> int:
        with self._uow() as session:
            found = session.get(Certificate, certificate_id) if certificate_id is not None else None
            if certificate_id is not None and found is None:
                raise NotFound("certificate.not_found", id=certificate_id)
            problems = _violations(session, draft, certificate_id, self._today())
            if problems:
                raise ValidationFailed(problems)
            values = _columns(draft)
            if found is None:
                cert = Certificate(**values)
                session.add(cert)
                session.flush()
                changes = {k: (None, v) for k, v in values.items() if v is not None}
            else:
                cert = found
                changes = diff({k: getattr(cert, k) for k in values}, values)
                for key, value in values.items():
                    setattr(cert, key, value)
            if changes:
                action = "create" if certificate_id is None else "update"
                self._audit.record(
                    session, action=action, entity="certificate", entity_id=cert.id, changes=changes
                )
            return cert.id

    def delete(self, certificate_id: int) -> None:
        with self._uow() as session:
            cert = session.get(Certificate, certificate_id)
            if cert is None:
                raise NotFound("certificate.not_found", id=certificate_id)
            session.delete(cert)
            self._audit.record(
                session,
                action="delete",
                entity="certificate",
                entity_id=certificate_id,
                changes={"occupation": (cert.occupation, None), "cert_no": (cert.cert_no, None)},
            )

    def mark_claimed(
        self, certificate_id: int, claimed_on: dt.date | None, amount_fen: int | None
    ) -> None:
        """Record that the subsidy was received (both None: clear it again)."""
        with self._uow() as session:
            cert = session.get(Certificate, certificate_id)
            if cert is None:
                raise NotFound("certificate.not_found", id=certificate_id)
            problems: list[Violation] = []
            if claimed_on is None and amount_fen is not None:
                problems.append(Violation("claimed_on", "required"))
            elif claimed_on is not None and claimed_on > self._today():
                problems.append(Violation("claimed_on", "date.in_future"))
            elif claimed_on is not None and claimed_on < cert.issued_on:
                params = {"issued": cert.issued_on.isoformat()}
                problems.append(Violation("claimed_on", "certificate.claim_before_issue", params))
            if claimed_on is not None and amount_fen is None:
                problems.append(Violation("claimed_fen", "required"))
            elif amount_fen is not None and amount_fen < 0:
                problems.append(Violation("claimed_fen", "number.negative"))
            elif amount_fen is not None and amount_fen > MAX_PAYMENT_FEN:
                problems.append(Violation("claimed_fen", "money.range"))
            if problems:
                raise ValidationFailed(problems)
            values = {"subsidy_claimed_on": claimed_on, "subsidy_claimed_fen": amount_fen}
            changes = diff({k: getattr(cert, k) for k in values}, values)
            for key, value in values.items():
                setattr(cert, key, value)
            if changes:
                self._audit.record(
                    session,
                    action="update",
                    entity="certificate",
                    entity_id=certificate_id,
                    changes=changes,
                )

    # --- subsidies -----------------------------------------------------------------------------
    def subsidy_rules(self, today: dt.date | None = None) -> list[SubsidyRule]:
        """The three subsidy values in force, with source and verified flag (for the report)."""
        day = today or self._today()
        with self._uow.read() as session:
            book = RuleBook(session)
            return [book.at(key, day) for key in SUBSIDY_KEYS]

    def eligibility(self, today: dt.date | None = None) -> list[EligibilityRow]:
        """Every certificate and every begun training year of a 企业新型学徒制 apprenticeship,
        with who may claim what, why, how much (fen, after uplift), and the rule's source."""
        day = today or self._today()
        with self._uow.read() as session:
            contracts = _contracts(session)
            people = {
                sid: (name, cname)
                for sid, name, cname in session.execute(
                    select(Student.id, Student.name, SchoolClass.name).outerjoin(
                        SchoolClass, SchoolClass.id == Student.class_id
                    )
                )
            }
            certs = session.scalars(
                select(Certificate).order_by(Certificate.issued_on.desc(), Certificate.id.desc())
            ).all()
            book = RuleBook(session)
            rows = [self._certificate_row(book, c, contracts, people) for c in certs]
            rows += self._apprenticeship_rows(book, contracts, people, day)
        return rows

    @staticmethod
    def _certificate_row(
        book: RuleBook,
        c: Certificate,
        contracts: dict[int, list[rules.Contract]],
        people: dict[int, tuple[str, str | None]],
    ) -> EligibilityRow:
        """The value in force on the issue date decides (a later change does not reach back)."""
        cert_rule = book.at("subsidy.certificate", c.issued_on)
        tech_rule = book.at("subsidy.technician_training", c.issued_on)
        v = rules.certificate_verdict(
            c.level.value,
            c.issued_on,
            c.shortage_occupation,
            contracts.get(c.student_id, []),
            cert_rule.value,
            tech_rule.value,
        )
        used = tech_rule if v.scheme == rules.TECHNICIAN else cert_rule
        name, cname = people.get(c.student_id, ("", None))
        return EligibilityRow(
            key=f"c{c.id}",
            student_id=c.student_id,
            student_name=name,
            class_name=cname,
            enterprise_name=v.contract.employer if v.contract else None,
            scheme=v.scheme,
            level=c.level.value,
            occupation=c.occupation,
            issued_on=c.issued_on,
            training_year=None,
            year_start=None,
            year_end=None,
            eligible=v.eligible,
            reason=v.reason,
            min_fen=v.min_fen,
            max_fen=v.max_fen,
            source=used.source,
            verified=used.verified,
            certificate_id=c.id,
            apprenticeship_id=v.contract.apprenticeship_id if v.contract else None,
            claimed_on=c.subsidy_claimed_on,
            claimed_fen=c.subsidy_claimed_fen,
        )

    @staticmethod
    def _apprenticeship_rows(
        book: RuleBook,
        contracts: dict[int, list[rules.Contract]],
        people: dict[int, tuple[str, str | None]],
        day: dt.date,
    ) -> list[EligibilityRow]:
        out = []
        for student_id, items in contracts.items():
            name, cname = people.get(student_id, ("", None))
            for contract in items:
                if contract.programme != rules.ENTERPRISE_NEW:
                    continue
                for year in rules.training_years(contract.start_date, contract.end_date, day):
                    rule = book.at("subsidy.apprenticeship", year.start)
                    v = rules.apprenticeship_verdict(contract, year, rule.value)
                    out.append(
                        EligibilityRow(
                            key=f"a{contract.apprenticeship_id}-{year.number}",
                            student_id=student_id,
                            student_name=name,
                            class_name=cname,
                            enterprise_name=contract.employer,
                            scheme=rules.APPRENTICESHIP,
                            level=None,
                            occupation=None,
                            issued_on=None,
                            training_year=year.number,
                            year_start=year.start,
                            year_end=year.end,
                            eligible=v.eligible,
                            reason=v.reason,
                            min_fen=v.min_fen,
                            max_fen=v.max_fen,
                            source=rule.source,
                            verified=rule.verified,
                            certificate_id=None,
                            apprenticeship_id=contract.apprenticeship_id,
                            claimed_on=None,
                            claimed_fen=None,
                        )
                    )
        return out


def _draft_of(c: Certificate) -> CertificateDraft:
    return CertificateDraft(
        student_id=c.student_id,
        occupation=c.occupation,
        level=c.level.value,
        issuer=c.issuer,
        issued_on=c.issued_on,
        cert_no=c.cert_no,
        shortage_occupation=bool(c.shortage_occupation),
    )


def _columns(d: CertificateDraft) -> dict[str, Any]:
    values = {k: getattr(d, k) for k in DRAFT_FIELDS}
    values["level"] = CertificateLevel(d.level)
    for name in ("occupation", "issuer"):
        values[name] = values[name].strip()
    values["cert_no"] = (d.cert_no or "").strip() or None
    values["shortage_occupation"] = bool(d.shortage_occupation)
    return values


def _violations(
    session: Session, d: CertificateDraft, certificate_id: int | None, today: dt.date
) -> list[Violation]:
    """Bad input, each naming its field (nothing is written while any remains)."""
    problems: list[Violation] = []
    if d.student_id is None:
        problems.append(Violation("student_id", "required"))
    elif session.get(Student, d.student_id) is None:
        problems.append(Violation("student_id", "student.not_found"))
    for name in ("occupation", "issuer"):
        if not (getattr(d, name) or "").strip():
            problems.append(Violation(name, "required"))
    for name, limit in TEXT_LIMITS.items():
        if len((getattr(d, name) or "").strip()) > limit:
            problems.append(Violation(name, "too_long", {"max": limit}))
    if d.level not in {lv.value for lv in CertificateLevel}:
        problems.append(Violation("cert_level", "choice.invalid"))
    if d.issued_on is None:
        problems.append(Violation("issued_on", "required"))
    elif d.issued_on > today:
        problems.append(Violation("issued_on", "date.in_future"))
    number = (d.cert_no or "").strip()
    if number and d.issuer.strip():
        clash = session.execute(
            select(Certificate.id, Student.name)
            .join(Student, Student.id == Certificate.student_id)
            .where(
                Certificate.cert_no == number,
                Certificate.issuer == d.issuer.strip(),
                Certificate.id != (certificate_id or -1),
            )
        ).first()
        if clash is not None:
            params = {"issuer": d.issuer.strip(), "name": clash[1]}
            problems.append(Violation("cert_no", "certificate.duplicate", params))
    return problems
