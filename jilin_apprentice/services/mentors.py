"""Mentors' load against their limit and their monthly allowance and teaching pay (issue 6).

Load is the number of distinct learners a person guides today: open placements (draft,
approved, active, not yet ended) where they are the enterprise mentor or the school supervisor,
and live apprenticeships where they are the enterprise or the school mentor. The limit is the
person's own, else the `mentor_load` default for their kind (R-APP-10 / R-SUP-3: a school
setting). Pay records are per month: the 导师带徒津贴 the enterprise pays (R-APP-9) and the
part-time-teacher pay the school pays (seed §(20)), which only people marked as part-time
teachers may receive (refused otherwise, so the pay register cannot drift from the staff list).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import MentorPayKind, PlacementStatus, StaffKind
from jilin_apprentice.domain.errors import NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.mentor_load import (
    MAX_HOURS,
    load_state,
    month_start,
    overlaps_month,
    overload_finding,
)
from jilin_apprentice.domain.pay_checks import MAX_PAYMENT_FEN
from jilin_apprentice.domain.rules.model import Finding
from jilin_apprentice.services.audit import AuditWriter, diff
from jilin_apprentice.services.mentor_dto import (
    LearnerRow,
    MentorLoadRow,
    MonthTotal,
    PaymentDraft,
    PaymentRow,
)
from jilin_apprentice.services.rule_params import value_in_force
from jilin_apprentice.storage.models import (
    Apprenticeship,
    Enterprise,
    MentorPayment,
    Placement,
    SchoolClass,
    Staff,
    Student,
)
from jilin_apprentice.storage.uow import UnitOfWork

OPEN = (PlacementStatus.DRAFT, PlacementStatus.APPROVED, PlacementStatus.ACTIVE)
HAPPENED = (  # guidance that took place in a past month (a draft never did)
    PlacementStatus.APPROVED,
    PlacementStatus.ACTIVE,
    PlacementStatus.COMPLETED,
    PlacementStatus.TERMINATED,
)
TEXT_LIMITS = {"payer": 60, "note": 200}
DRAFT_FIELDS = tuple(f.name for f in dataclasses.fields(PaymentDraft))


def _guidance(session: Session, statuses: tuple[PlacementStatus, ...]) -> list[tuple[Any, ...]]:
    """(staff id, student id, record, record id, start, end) for every person guiding a learner."""
    out: list[tuple[Any, ...]] = []
    P, A = Placement, Apprenticeship  # noqa: N806
    for column in (P.enterprise_mentor_id, P.school_supervisor_id):
        stmt = select(column, P.student_id, P.id, P.start_date, P.end_date).where(
            column.is_not(None), P.status.in_(statuses)
        )
        out += [(s, st, "placement", i, a, b) for s, st, i, a, b in session.execute(stmt)]
    for column in (A.enterprise_mentor_id, A.school_mentor_id):
        stmt = select(column, A.student_id, A.id, A.start_date, A.end_date).where(
            column.is_not(None), A.status.in_(statuses)
        )
        out += [(s, st, "apprenticeship", i, a, b) for s, st, i, a, b in session.execute(stmt)]
    return out


def _learners_today(session: Session, today: dt.date) -> dict[int, set[int]]:
    learners: dict[int, set[int]] = defaultdict(set)
    for staff_id, student_id, _r, _i, _start, end in _guidance(session, OPEN):
        if end >= today:
            learners[staff_id].add(student_id)
    return learners


class MentorService:
    """Built once per database by services/container.py."""

    def __init__(self, uow: UnitOfWork, audit: AuditWriter, today: Callable[[], dt.date]) -> None:
        self._uow, self._audit, self._today = uow, audit, today

    # --- load ----------------------------------------------------------------------------------
    def loads(self, today: dt.date | None = None) -> list[MentorLoadRow]:
        """Every mentor and supervisor with today's load against their limit (WARN when over)."""
        day = today or self._today()
        with self._uow.read() as session:
            defaults = value_in_force(session, "mentor_load", day)
            learners = _learners_today(session, day)
            rows = session.execute(
                select(Staff, Enterprise.name)
                .outerjoin(Enterprise, Enterprise.id == Staff.enterprise_id)
                .order_by(Staff.kind, Staff.name, Staff.id)
            ).all()
            out = []
            for s, ename in rows:
                state = load_state(learners.get(s.id, ()), s.max_load, s.kind.value, defaults)
                out.append(
                    MentorLoadRow(
                        id=s.id,
                        name=s.name,
                        kind=s.kind.value,
                        enterprise_id=s.enterprise_id,
                        enterprise_name=ename,
                        qualification=s.qualification,
                        skill_level=s.skill_level.value if s.skill_level else None,
                        is_part_time_teacher=bool(s.is_part_time_teacher),
                        load=state.load,
                        limit=state.limit,
                        limit_is_default=state.limit_is_default,
                        over_limit=state.over_limit,
                        monthly_allowance_fen=s.monthly_allowance_fen,
                    )
                )
            return sorted(out, key=lambda r: not r.over_limit)  # over the limit first

    def learners_of(self, staff_id: int, today: dt.date | None = None) -> list[LearnerRow]:
        """The learners a person guides today, with the record that makes them theirs."""
        day = today or self._today()
        P, A = Placement, Apprenticeship  # noqa: N806
        with self._uow.read() as session:
            if session.get(Staff, staff_id) is None:
                raise NotFound("staff.not_found", id=staff_id)
            out = []
            for model, mentor, other in (
                (P, P.enterprise_mentor_id, P.school_supervisor_id),
                (A, A.enterprise_mentor_id, A.school_mentor_id),
            ):
                ent = P.enterprise_id if model is P else A.employer_id
                stmt = (
                    select(model, Student.name, SchoolClass.name, Enterprise.name)
                    .join(Student, Student.id == model.student_id)
                    .outerjoin(SchoolClass, SchoolClass.id == Student.class_id)
                    .join(Enterprise, Enterprise.id == ent)
                    .where(or_(mentor == staff_id, other == staff_id))
                    .where(model.status.in_(OPEN), model.end_date >= day)
                )
                for rec, sname, cname, ename in session.execute(stmt):
                    out.append(
                        LearnerRow(
                            rec.student_id,
                            sname,
                            cname,
                            "placement" if model is P else "apprenticeship",
                            rec.id,
                            ename,
                            rec.start_date,
                            rec.end_date,
                            rec.status.value,
                        )
                    )
            return sorted(out, key=lambda r: (r.student_name, r.start_date, r.record_id))

    def findings_for_all(self, today: dt.date | None = None) -> list[tuple[int, Finding]]:
        """(placement id, WARN R-APP-10 / R-SUP-3) per open placement of an over-limit person."""
        day = today or self._today()
        over = {r.id: r for r in self.loads(day) if r.over_limit and r.limit is not None}
        if not over:
            return []
        found = []
        with self._uow.read() as session:
            for staff_id, _st, record, record_id, _a, end in _guidance(session, OPEN):
                row = over.get(staff_id)
                if row is not None and record == "placement" and end >= day:
                    assert row.limit is not None
                    found.append(
                        (record_id, overload_finding(row.kind, row.name, row.load, row.limit))
                    )
        return found

    # --- pay -----------------------------------------------------------------------------------
    def payments(
        self, staff_id: int | None = None, month: dt.date | None = None
    ) -> list[PaymentRow]:
        """Pay records, newest month first; `month` may be any day of it."""
        stmt = (
            select(MentorPayment, Staff.name, Staff.kind, Enterprise.name)
            .join(Staff, Staff.id == MentorPayment.staff_id)
            .outerjoin(Enterprise, Enterprise.id == Staff.enterprise_id)
            .order_by(MentorPayment.month.desc(), Staff.name, MentorPayment.kind)
        )
        if staff_id is not None:
            stmt = stmt.where(MentorPayment.staff_id == staff_id)
        if month is not None:
            stmt = stmt.where(MentorPayment.month == month_start(month))
        with self._uow.read() as session:
            return [
                PaymentRow(p.id, _draft_of(p), name, kind.value, ename)
                for p, name, kind, ename in session.execute(stmt)
            ]

    def totals(self, months: list[dt.date] | None = None) -> list[MonthTotal]:
        """Allowance and teaching pay per month (newest first)."""
        wanted = {month_start(m) for m in months} if months else None
        sums: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0, 0])
        for row in self.payments():
            if wanted is None or row.month in wanted:
                bucket = sums[row.month]
                bucket[0 if row.draft.kind == MentorPayKind.ALLOWANCE else 1] += (
                    row.draft.amount_fen or 0
                )
                bucket[2] += 1
        return [MonthTotal(m, a, t, n) for m, (a, t, n) in sorted(sums.items(), reverse=True)]

    def validate_payment(
        self, draft: PaymentDraft, payment_id: int | None = None
    ) -> list[Violation]:
        with self._uow.read() as session:
            return _payment_violations(session, draft, payment_id, self._today())

    def save_payment(self, draft: PaymentDraft, payment_id: int | None = None) -> int:
        """Create or edit a pay record; bad input is refused before anything is written."""
        with self._uow() as session:
            found = session.get(MentorPayment, payment_id) if payment_id is not None else None
            if payment_id is not None and found is None:
                raise NotFound("mentor_pay.not_found", id=payment_id)
            problems = _payment_violations(session, draft, payment_id, self._today())
            if problems:
                raise ValidationFailed(problems)
            values = _columns(draft)
            if found is None:
                payment = MentorPayment(**values)
                session.add(payment)
                session.flush()
                changes = {k: (None, v) for k, v in values.items() if v is not None}
            else:
                payment = found
                changes = diff({k: getattr(payment, k) for k in values}, values)
                for key, value in values.items():
                    setattr(payment, key, value)
            if changes:
                action = "create" if payment_id is None else "update"
                self._audit.record(
                    session,
                    action=action,
                    entity="mentor_payment",
                    entity_id=payment.id,
                    changes=changes,
                )
            return payment.id

    def delete_payment(self, payment_id: int) -> None:
        with self._uow() as session:
            payment = session.get(MentorPayment, payment_id)
            if payment is None:
                raise NotFound("mentor_pay.not_found", id=payment_id)
            session.delete(payment)
            self._audit.record(
                session,
                action="delete",
                entity="mentor_payment",
                entity_id=payment_id,
                changes={
                    "month": (payment.month, None),
                    "kind": (payment.kind, None),
                    "amount_fen": (payment.amount_fen, None),
                },
            )

    def generate_allowances(self, month: dt.date, paid_on: dt.date | None = None) -> int:
        """The month's ALLOWANCE rows for every enterprise mentor with an allowance who guided a
        learner in it (R-APP-9); rows already there are kept. Returns how many were created."""
        first = month_start(month)
        if first > month_start(self._today()):
            raise ValidationFailed(
                [Violation("month", "mentor_pay.month_future", {"month": first.strftime("%Y-%m")})]
            )
        if paid_on is not None and paid_on > self._today():
            raise ValidationFailed([Violation("paid_on", "date.in_future")])
        with self._uow() as session:
            guided = {
                staff_id
                for staff_id, _st, _r, _i, start, end in _guidance(session, HAPPENED)
                if overlaps_month(start, end, first)
            }
            existing = set(
                session.scalars(
                    select(MentorPayment.staff_id).where(
                        MentorPayment.month == first,
                        MentorPayment.kind == MentorPayKind.ALLOWANCE,
                    )
                )
            )
            mentors = session.execute(
                select(Staff, Enterprise.name)
                .join(Enterprise, Enterprise.id == Staff.enterprise_id)
                .where(
                    Staff.kind == StaffKind.ENTERPRISE_MENTOR,
                    Staff.monthly_allowance_fen > 0,
                    Staff.id.in_(guided - existing),
                )
                .order_by(Staff.id)
            ).all()
            for staff, ename in mentors:
                amount = min(int(staff.monthly_allowance_fen or 0), MAX_PAYMENT_FEN)
                payment = MentorPayment(
                    staff_id=staff.id,
                    month=first,
                    kind=MentorPayKind.ALLOWANCE,
                    amount_fen=amount,
                    paid_on=paid_on,
                    payer=ename[:60],
                )
                session.add(payment)
                session.flush()
                self._audit.record(
                    session,
                    action="create",
                    entity="mentor_payment",
                    entity_id=payment.id,
                    changes={
                        "month": (None, first),
                        "kind": (None, "allowance"),
                        "amount_fen": (None, amount),
                    },
                )
            return len(mentors)


def _draft_of(p: MentorPayment) -> PaymentDraft:
    return PaymentDraft(
        staff_id=p.staff_id,
        month=p.month,
        kind=p.kind.value,
        amount_fen=p.amount_fen,
        hours=p.hours,
        paid_on=p.paid_on,
        payer=p.payer,
        note=p.note,
    )


def _columns(d: PaymentDraft) -> dict[str, Any]:
    assert d.month is not None
    values = {k: getattr(d, k) for k in DRAFT_FIELDS}
    values["month"] = month_start(d.month)
    values["kind"] = MentorPayKind(d.kind)
    for name in ("payer", "note"):
        values[name] = (values[name] or "").strip() or None
    return values


def _payment_violations(
    session: Session, d: PaymentDraft, payment_id: int | None, today: dt.date
) -> list[Violation]:
    """Bad input, each naming its field (nothing is written while any remains)."""
    problems: list[Violation] = []
    staff = session.get(Staff, d.staff_id) if d.staff_id is not None else None
    if d.staff_id is None:
        problems.append(Violation("staff_id", "required"))
    elif staff is None:
        problems.append(Violation("staff_id", "staff.not_found"))
    kind = next((k for k in MentorPayKind if k.value == d.kind), None)
    if kind is None:
        problems.append(Violation("pay_kind", "choice.invalid"))
    elif kind is MentorPayKind.TEACHING and staff is not None and not staff.is_part_time_teacher:
        problems.append(
            Violation("pay_kind", "mentor_pay.not_part_time_teacher", {"name": staff.name})
        )
    first = month_start(d.month) if d.month is not None else None
    if first is None:
        problems.append(Violation("month", "required"))
    elif first > month_start(today):
        problems.append(
            Violation("month", "mentor_pay.month_future", {"month": first.strftime("%Y-%m")})
        )
    if d.amount_fen is None:
        problems.append(Violation("amount_fen", "required"))
    elif d.amount_fen < 0:
        problems.append(Violation("amount_fen", "number.negative"))
    elif d.amount_fen > MAX_PAYMENT_FEN:
        problems.append(Violation("amount_fen", "money.range"))
    if d.hours is not None and d.hours < 0:
        problems.append(Violation("teaching_hours", "number.negative"))
    elif d.hours is not None and d.hours > MAX_HOURS:
        problems.append(Violation("teaching_hours", "number.range", {"min": 0, "max": MAX_HOURS}))
    if d.paid_on is not None and d.paid_on > today:
        problems.append(Violation("paid_on", "date.in_future"))
    for name, limit in TEXT_LIMITS.items():
        if len((getattr(d, name) or "").strip()) > limit:
            problems.append(Violation(name, "too_long", {"max": limit}))
    if staff is not None and kind is not None and first is not None:
        clash = session.scalar(
            select(MentorPayment.id).where(
                MentorPayment.staff_id == staff.id,
                MentorPayment.month == first,
                MentorPayment.kind == kind,
                MentorPayment.id != (payment_id or -1),
            )
        )
        if clash is not None:
            params = {"name": staff.name, "month": first.strftime("%Y-%m")}
            problems.append(Violation("month", "mentor_pay.duplicate", params))
    return problems
