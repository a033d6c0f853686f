"""MentorService: load against the limit, learners, monthly pay records and their bad input."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from jilin_apprentice.domain.errors import NotFound, ValidationFailed
from jilin_apprentice.services.mentor_dto import PaymentDraft
from jilin_apprentice.storage.models import (
    Apprenticeship,
    AuditEntry,
    MentorPayment,
    Placement,
    Staff,
)
from tests.conftest import TODAY
from tests.factories import build_world

D = dt.date
P_START, P_END = D(2026, 9, 1), D(2027, 1, 31)
A_START, A_END = D(2026, 3, 1), D(2028, 2, 28)


@pytest.fixture
def world(services):
    return build_world(services)


def place(
    world,
    student: int,
    *,
    status: str = "active",
    start=P_START,
    end=P_END,
    mentor: int | None = None,
    supervisor: int | None = None,
) -> int:
    with world.services.uow() as session:
        p = Placement(
            student_id=world.students[student],
            enterprise_id=world.enterprise,
            post_id=world.post,
            type="post",
            status=status,
            start_date=start,
            end_date=end,
            enterprise_mentor_id=mentor if mentor is not None else world.mentor,
            school_supervisor_id=supervisor,
        )
        session.add(p)
        session.flush()
        return p.id


def apprentice(
    world,
    student: int,
    *,
    mentor=None,
    school=None,
    status="active",
    start=A_START,
    end=A_END,
) -> int:
    with world.services.uow() as session:
        a = Apprenticeship(
            student_id=world.students[student],
            programme="enterprise_new",
            employer_id=world.enterprise,
            enterprise_mentor_id=mentor,
            school_mentor_id=school,
            start_date=start,
            end_date=end,
            labour_contract_start=start,
            labour_contract_end=end,
            status=status,
        )
        session.add(a)
        session.flush()
        return a.id


def set_staff(world, staff_id: int, **values) -> None:
    with world.services.uow() as session:
        staff = session.get(Staff, staff_id)
        for k, v in values.items():
            setattr(staff, k, v)


def row_of(services, staff_id):
    return next(r for r in services.mentors.loads() if r.id == staff_id)


def payment_count(services) -> int:
    with services.uow.read() as session:
        return session.scalar(select(func.count(MentorPayment.id)))


def test_load_counts_distinct_learners_of_open_records(world, services):
    place(world, 0)
    place(world, 0, start=D(2027, 2, 1), end=D(2027, 3, 31), status="draft")  # same learner
    place(world, 1, status="approved", supervisor=world.supervisor)
    place(world, 2, status="completed")  # closed: not counted
    place(world, 3, end=D(2026, 11, 25))  # ended yesterday: not counted
    apprentice(world, 3, school=world.supervisor)
    row = row_of(services, world.mentor)
    assert (row.load, row.limit, row.limit_is_default, row.over_limit) == (2, 10, True, False)
    sup = row_of(services, world.supervisor)
    assert (sup.load, sup.limit, sup.kind) == (2, 40, "school_supervisor")
    names = [r.student_name for r in services.mentors.learners_of(world.supervisor)]
    assert names == ["学生1", "学生3"]
    records = {r.record for r in services.mentors.learners_of(world.supervisor)}
    assert records == {"placement", "apprenticeship"}


def test_at_the_limit_is_fine_one_over_warns(world, services):
    set_staff(world, world.mentor, max_load=2)
    place(world, 0)
    place(world, 1)
    assert not row_of(services, world.mentor).over_limit
    assert services.mentors.findings_for_all() == []
    third = place(world, 2)
    row = row_of(services, world.mentor)
    assert (row.load, row.limit, row.limit_is_default, row.over_limit) == (3, 2, False, True)
    findings = dict(services.mentors.findings_for_all())
    assert third in findings and len(findings) == 3
    f = findings[third]
    assert (f.rule_id, f.severity, f.params) == (
        "R-APP-10",
        "warn",
        {"name": "李师傅", "load": 3, "limit": 2},
    )


def test_learners_of_unknown_person(services):
    with pytest.raises(NotFound):
        services.mentors.learners_of(999)


def draft(world, **kw) -> PaymentDraft:
    base = PaymentDraft(
        staff_id=world.mentor,
        month=D(2026, 10, 17),
        kind="allowance",
        amount_fen=50000,
        paid_on=D(2026, 11, 10),
        payer="长春一汽配套有限公司",
    )
    return dataclasses.replace(base, **kw)


def test_save_normalises_the_month_and_audits(world, services):
    pid = services.mentors.save_payment(draft(world))
    [row] = services.mentors.payments(month=D(2026, 10, 31))
    assert (row.id, row.month, row.draft.amount_fen, row.staff_name) == (
        pid,
        D(2026, 10, 1),
        50000,
        "李师傅",
    )
    services.mentors.save_payment(draft(world, amount_fen=60000), payment_id=pid)
    assert services.mentors.payments(staff_id=world.mentor)[0].draft.amount_fen == 60000
    with services.uow.read() as session:
        fields = set(
            session.scalars(select(AuditEntry.field).where(AuditEntry.entity == "mentor_payment"))
        )
    assert {"amount_fen", "month"} <= fields
    services.mentors.delete_payment(pid)
    assert payment_count(services) == 0
    with pytest.raises(NotFound):
        services.mentors.delete_payment(pid)


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"amount_fen": -1}, "amount_fen", "number.negative"),
        ({"amount_fen": 10_000_001}, "amount_fen", "money.range"),
        ({"amount_fen": None}, "amount_fen", "required"),
        ({"month": None}, "month", "required"),
        ({"month": D(2026, 12, 1)}, "month", "mentor_pay.month_future"),
        ({"paid_on": TODAY + dt.timedelta(days=1)}, "paid_on", "date.in_future"),
        ({"hours": -2}, "teaching_hours", "number.negative"),
        ({"hours": 745}, "teaching_hours", "number.range"),
        ({"kind": "bonus"}, "pay_kind", "choice.invalid"),
        ({"staff_id": None}, "staff_id", "required"),
        ({"staff_id": 999}, "staff_id", "staff.not_found"),
        ({"payer": "x" * 61}, "payer", "too_long"),
        ({"kind": "teaching"}, "pay_kind", "mentor_pay.not_part_time_teacher"),
    ],
)
def test_bad_input_writes_nothing(world, services, change, field, code):
    with pytest.raises(ValidationFailed) as caught:
        services.mentors.save_payment(draft(world, **change))
    assert (field, code) in {(v.field, v.code) for v in caught.value.violations}
    assert payment_count(services) == 0


def test_boundaries_that_are_accepted(world, services):
    services.mentors.save_payment(
        draft(world, amount_fen=10_000_000, month=D(2026, 11, 30), paid_on=TODAY)
    )
    services.mentors.save_payment(draft(world, amount_fen=0, month=D(2026, 9, 1), hours=0))
    assert payment_count(services) == 2


def test_duplicate_month_and_kind_is_refused(world, services):
    first = services.mentors.save_payment(draft(world))
    with pytest.raises(ValidationFailed) as caught:
        services.mentors.save_payment(draft(world, month=D(2026, 10, 2)))
    v = caught.value.violations[0]
    assert (v.field, v.code, v.params) == (
        "month",
        "mentor_pay.duplicate",
        {"name": "李师傅", "month": "2026-10"},
    )
    services.mentors.save_payment(draft(world, amount_fen=1), payment_id=first)  # itself: fine
    set_staff(world, world.mentor, is_part_time_teacher=True)
    services.mentors.save_payment(draft(world, kind="teaching", hours=8))  # other kind: fine
    assert payment_count(services) == 2


def test_generate_allowances_is_idempotent(world, services):
    set_staff(world, world.mentor, monthly_allowance_fen=50000)
    set_staff(world, world.other_mentor, monthly_allowance_fen=40000)  # guides nobody
    place(world, 0, start=D(2026, 10, 31), end=D(2026, 12, 31))  # last day of October
    place(
        world,
        1,
        status="draft",
        start=D(2026, 9, 1),
        end=D(2026, 12, 31),
        mentor=world.other_mentor,
    )  # a draft never happened
    assert services.mentors.generate_allowances(D(2026, 10, 15)) == 1
    assert services.mentors.generate_allowances(D(2026, 10, 1)) == 0
    [row] = services.mentors.payments(month=D(2026, 10, 1))
    assert (row.draft.staff_id, row.draft.amount_fen, row.draft.payer) == (
        world.mentor,
        50000,
        "长春一汽配套有限公司",
    )
    assert services.mentors.generate_allowances(D(2026, 9, 1)) == 0  # placement began in October
    totals = services.mentors.totals()
    assert [(t.month, t.allowance_fen, t.teaching_fen, t.total_fen) for t in totals] == [
        (D(2026, 10, 1), 50000, 0, 50000)
    ]


def test_generate_keeps_an_edited_row(world, services):
    set_staff(world, world.mentor, monthly_allowance_fen=50000)
    place(world, 0)
    services.mentors.save_payment(draft(world, amount_fen=45000))
    assert services.mentors.generate_allowances(D(2026, 10, 1)) == 0
    assert services.mentors.payments()[0].draft.amount_fen == 45000


def test_generate_for_a_future_month_is_refused(world, services):
    with pytest.raises(ValidationFailed):
        services.mentors.generate_allowances(D(2026, 12, 1))
    assert payment_count(services) == 0


def test_demo_seed_plants_what_the_screens_should_find(demo_services):
    services = demo_services  # build_demo ran seed_demo_mentors
    assert len(services.mentors.payments()) > 100
    assert sum(r.over_limit for r in services.mentors.loads()) >= 1
    months = {t.month for t in services.mentors.totals()}
    assert months == {D(2026, m, 1) for m in range(5, 11)}
    assert any(t.teaching_fen for t in services.mentors.totals())
    certs = services.certificates.list()
    assert 25 <= len(certs) <= 40  # about one student in ten
    assert sum(1 for c in certs if c.subsidy_claimed_fen) == 1
    report = services.certificates.eligibility()
    reasons = {r.reason for r in report}
    assert {"employee", "no_contract", "outside_contract", "training_year"} <= reasons
    assert any(r.scheme == "technician_training" and r.eligible for r in report)
