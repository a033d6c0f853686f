"""The pay ledger on a real database: schedule, payments, bulk entry, arrears, sheet, demo."""

from __future__ import annotations

import dataclasses
import datetime as dt

import openpyxl
import pytest
from sqlalchemy import func, select

from jilin_apprentice.domain.errors import NotFound, ValidationFailed
from jilin_apprentice.domain.pay_schedule import PayTerms
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.demo import build_demo
from jilin_apprentice.services.demo_payments import PLANTED
from jilin_apprentice.services.pay_dto import BulkRow, DeductionDraft, PaymentDraft, by_enterprise
from jilin_apprentice.services.pay_ledger import PayLedgerService
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.storage.models import (
    AuditEntry,
    Payment,
    PaymentDeduction,
    PayPeriod,
    Placement,
    Post,
    ReferenceValue,
)
from tests.conftest import TODAY
from tests.factories import World, build_world

D = dt.date
START, END = D(2026, 7, 15), D(2027, 1, 14)  # six months around TODAY (2026-11-26)


@pytest.fixture
def world(services) -> World:
    return build_world(services)


@pytest.fixture
def ledger(services) -> PayLedgerService:
    return PayLedgerService(services.uow, AuditWriter("tester"), services.today)


def place(w: World, student: int = 0, *, status: str = "active", **change) -> int:
    """A placement paying 3,500.00 yuan a month on the 10th, set straight to `status`."""
    draft = PlacementDraft(
        student_id=w.students[student],
        enterprise_id=w.enterprise,
        post_id=w.post,
        type="post",
        start_date=START,
        end_date=END,
        enterprise_mentor_id=w.mentor,
        school_supervisor_id=w.supervisor,
        pay_amount_fen=350_000,
        filing_ref="备案-1",
    )
    pid = w.services.placements.create(dataclasses.replace(draft, **change))
    set_columns(w, pid, status=status)
    return pid


def set_columns(w: World, pid: int, **values) -> None:
    with w.services.uow() as session:
        placement = session.get(Placement, pid)
        for name, value in values.items():
            setattr(placement, name, value)


def pay(day: dt.date, amount: int = 350_000, name: str = "学生0", **change) -> PaymentDraft:
    return dataclasses.replace(PaymentDraft(day, amount, name), **change)


def count(w: World, model=Payment) -> int:
    with w.services.uow.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def codes(error: ValidationFailed) -> list[tuple[str, str]]:
    return [(v.field, v.code) for v in error.violations]


def test_before_any_payment_the_ledger_computes_the_schedule_without_storing_it(world, ledger):
    pid = place(world)
    view = ledger.ledger(pid)
    assert (view.schedule_stored, len(view.periods), count(world, PayPeriod)) == (False, 7, 0)
    assert {p.period_id for p in view.periods} == {None}
    assert [p.status for p in view.periods] == ["overdue"] * 4 + ["upcoming"] * 3
    assert view.periods[0].due_fen == 191_935  # 17 of July's 31 days
    assert view.arrears_fen == 191_935 + 3 * 350_000
    assert {f.rule_id for f in view.findings} == {"R-PAY-LATE"}


def test_regenerate_stores_the_periods_once_and_audits_it(world, ledger):
    pid = place(world)
    first = ledger.regenerate(pid)
    again = ledger.regenerate(pid)
    assert (first.periods, first.added, again.added, again.updated, again.removed) == (
        7,
        7,
        0,
        0,
        0,
    )
    assert count(world, PayPeriod) == 7
    with world.services.uow.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "pay_schedule")
        ).all()
    assert {(e.entity_id, e.action) for e in entries} == {(pid, "regenerate")}
    assert ledger.ledger(pid).schedule_stored


def test_a_payment_naming_no_period_settles_the_oldest_open_one(world, ledger):
    pid = place(world)
    first = ledger.record_payment(pid, pay(D(2026, 8, 10), 191_935))
    second = ledger.record_payment(pid, pay(D(2026, 9, 10)))
    assert (first.period_start, second.period_start) == (START, D(2026, 8, 1))
    assert count(world, PayPeriod) == 7  # stored with the first payment
    view = ledger.ledger(pid)
    assert [p.status for p in view.periods[:4]] == ["paid", "paid", "overdue", "overdue"]
    assert view.payments[1].period_start == D(2026, 8, 1)
    with world.services.uow.read() as session:
        audit = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "payment", AuditEntry.field == "payee_name"
            )
        ).all()
    assert [(a.action, a.new_value) for a in audit] == [("create", "学生0"), ("create", "学生0")]


def test_a_payment_can_name_its_period(world, ledger):
    pid = place(world)
    recorded = ledger.record_payment(pid, pay(D(2026, 11, 10), period_start=D(2026, 10, 1)))
    assert recorded.period_start == D(2026, 10, 1)
    with pytest.raises(ValidationFailed) as caught:
        ledger.record_payment(pid, pay(D(2026, 11, 10), period_start=D(2027, 5, 1)))
    assert codes(caught.value) == [("period", "payment.no_period")]


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (pay(D(2026, 7, 14)), ("paid_on", "payment.before_start")),
        (pay(TODAY + dt.timedelta(days=1)), ("paid_on", "payment.in_future")),
        (pay(D(2026, 9, 10), name="王建国"), ("payee_name", "payment.payee_not_student")),
        (pay(D(2026, 9, 10), method="in_kind"), ("method", "pay.in_kind")),
        (pay(D(2026, 9, 10), amount=0), ("amount", "payment.amount_not_positive")),
        (pay(D(2026, 9, 10), amount=100_000_001), ("amount", "money.range")),
        (
            pay(D(2026, 9, 10), amount=100, deductions=(DeductionDraft("tax", 101),)),
            ("deductions", "payment.deductions_exceed_gross"),
        ),
    ],
)
def test_bad_payments_are_refused_and_nothing_is_saved(world, ledger, draft, expected):
    pid = place(world)
    with pytest.raises(ValidationFailed) as caught:
        ledger.record_payment(pid, draft)
    assert codes(caught.value) == [expected]
    assert (count(world), count(world, PayPeriod)) == (0, 0)  # the schedule rolled back too


def test_a_draft_placement_takes_no_payment(world, ledger):
    pid = place(world, status="draft")
    with pytest.raises(ValidationFailed) as caught:
        ledger.record_payment(pid, pay(D(2026, 9, 10)))
    assert codes(caught.value) == [("placement", "payment.placement_draft")]


def test_an_unknown_placement_is_not_found(ledger):
    with pytest.raises(NotFound):
        ledger.record_payment(999, pay(D(2026, 9, 10)))


def test_a_forbidden_deduction_is_recorded_and_reported(world, ledger):
    pid = place(world)
    fee = DeductionDraft("fee", 20_000, " 管理费 ")
    recorded = ledger.record_payment(pid, pay(D(2026, 8, 10), deductions=(fee,)))
    assert [(f.rule_id, f.severity, f.params["amount_fen"]) for f in recorded.findings] == [
        ("R-PAY-6", "block", 20_000)
    ]
    with world.services.uow.read() as session:
        line = session.scalars(select(PaymentDeduction)).one()
        assert (line.kind.value, line.amount_fen, line.reason) == ("fee", 20_000, "管理费")
    payment = ledger.ledger(pid).payments[0]
    assert (payment.gross_fen, payment.forbidden_fen, payment.net_fen) == (350_000, 20_000, 330_000)
    assert payment.deductions[0].forbidden


def test_pay_through_a_third_party_is_recorded_and_reported(world, ledger):
    pid = place(world)
    recorded = ledger.record_payment(pid, pay(D(2026, 8, 10), method="third_party"))
    assert [(f.rule_id, f.field) for f in recorded.findings] == [("R-PAY-3", "method")]
    assert count(world) == 1


def test_a_later_start_rebuilds_the_periods_and_keeps_every_payment(world, ledger):
    pid = place(world)
    ledger.record_payment(pid, pay(D(2026, 8, 10), 191_935))  # July's part month
    ledger.record_payment(pid, pay(D(2026, 9, 10), period_start=D(2026, 8, 1)))
    set_columns(world, pid, start_date=D(2026, 8, 5))
    result = ledger.regenerate(pid)
    assert (result.periods, result.added, result.removed, result.reattached) == (6, 1, 2, 2)
    assert count(world) == 2
    view = ledger.ledger(pid)
    assert view.periods[0].start == D(2026, 8, 5)
    assert [p.period_start for p in view.payments] == [D(2026, 8, 5), D(2026, 8, 5)]


def test_an_earlier_end_moves_payments_to_the_nearest_period(world, ledger):
    pid = place(world)
    ledger.record_payment(pid, pay(D(2026, 11, 10), period_start=D(2026, 10, 1)))
    set_columns(world, pid, end_date=D(2026, 9, 30))
    result = ledger.regenerate(pid)
    assert (result.periods, result.removed, result.reattached) == (3, 4, 1)
    assert ledger.ledger(pid).payments[0].period_start == D(2026, 9, 1)
    assert count(world) == 1


def test_a_change_of_terms_on_the_16th_keeps_the_earlier_months(world, ledger):
    pid = place(world)
    ledger.record_payment(pid, pay(D(2026, 9, 10), period_start=D(2026, 8, 1)))
    with world.services.uow.read() as session:
        before = {p.period_start: p.id for p in session.scalars(select(PayPeriod))}
    set_columns(world, pid, pay_amount_fen=400_000)
    result = ledger.regenerate(pid, terms_from=D(2026, 10, 16), previous_terms=PayTerms(350_000))
    view = ledger.ledger(pid)
    amounts = [(p.start, p.due_fen) for p in view.periods]
    assert amounts[:6] == [
        (START, 191_935),
        (D(2026, 8, 1), 350_000),
        (D(2026, 9, 1), 350_000),
        (D(2026, 10, 1), 169_355),  # 3,500 x 15/31
        (D(2026, 10, 16), 206_452),  # 4,000 x 16/31
        (D(2026, 11, 1), 400_000),
    ]
    assert (result.added, result.removed, result.reattached) == (1, 0, 0)
    kept = {p.start: p.period_id for p in view.periods[:4]}
    assert kept == {d: before[d] for d in kept}  # same rows: payments stay where they were
    assert view.payments[0].period_start == D(2026, 8, 1)


def test_bulk_entry_is_all_or_nothing_with_row_numbers(world, ledger):
    a, b = place(world, 0), place(world, 1)
    rows = [BulkRow(a, pay(D(2026, 11, 10))), BulkRow(b, pay(D(2026, 11, 10), name="学生0"))]
    with pytest.raises(ValidationFailed) as caught:
        ledger.bulk_entry(world.enterprise, D(2026, 10, 1), rows)
    (problem,) = caught.value.violations
    assert (problem.code, problem.params["row"]) == ("payment.payee_not_student", 2)
    assert count(world) == 0
    rows[1] = BulkRow(b, pay(D(2026, 11, 10), name="学生1"))
    saved = ledger.bulk_entry(world.enterprise, D(2026, 10, 15), rows)
    assert [r.period_start for r in saved] == [D(2026, 10, 1), D(2026, 10, 1)]  # the month's
    assert count(world) == 2


def test_bulk_entry_refuses_a_placement_of_another_enterprise_and_an_empty_list(world, ledger):
    with world.services.uow.read() as session:
        other_enterprise = session.get(Post, world.other_post).enterprise_id
    other = place(
        world,
        2,
        enterprise_id=other_enterprise,
        post_id=world.other_post,
        enterprise_mentor_id=world.other_mentor,
    )
    with pytest.raises(ValidationFailed) as caught:
        ledger.bulk_entry(
            world.enterprise, D(2026, 10, 1), [BulkRow(other, pay(D(2026, 11, 10), name="学生2"))]
        )
    assert [(v.code, v.params["row"]) for v in caught.value.violations] == [
        ("payment.other_enterprise", 1)
    ]
    with pytest.raises(ValidationFailed) as caught:
        ledger.bulk_entry(world.enterprise, D(2026, 10, 1), [])
    assert codes(caught.value) == [("rows", "batch.empty")]


def test_arrears_of_a_month_by_enterprise_and_placement(world, ledger):
    paid, short, unpaid = place(world, 0), place(world, 1), place(world, 2)
    place(world, 3, status="draft")
    ledger.record_payment(paid, pay(D(2026, 11, 10), period_start=D(2026, 10, 1)))
    ledger.record_payment(
        short, pay(D(2026, 11, 10), 300_000, "学生1", period_start=D(2026, 10, 1))
    )
    ledger.regenerate(unpaid)
    rows = ledger.arrears(D(2026, 10, 20))
    by_id = {r.placement_id: r for r in rows}
    assert set(by_id) == {paid, short, unpaid}  # the draft has no schedule
    assert (by_id[paid].status, by_id[paid].due_fen, by_id[paid].paid_fen) == (
        "paid",
        350_000,
        350_000,
    )
    assert (by_id[short].status, by_id[short].short_fen) == ("short", 50_000)
    assert (by_id[unpaid].status, by_id[unpaid].paid_on, by_id[unpaid].last_paid_on) == (
        "overdue",
        None,
        None,
    )
    assert by_id[paid].overdue_count == 3  # July, August and September are still unpaid
    assert by_id[unpaid].arrears_fen == 191_935 + 3 * 350_000
    (total,) = by_enterprise(rows)
    assert (total.placements, total.due_fen, total.paid_fen) == (3, 1_050_000, 650_000)
    assert ledger.arrears(D(2026, 10, 1), enterprise_id=world.enterprise + 100) == []


def test_findings_for_all_skip_drafts_and_follow_the_grace_days(world, ledger):
    active = place(world, 0)
    draft = place(world, 1, status="draft")
    ledger.record_payment(active, pay(D(2026, 8, 20), 191_935))  # 10 days after the 10th
    found = ledger.findings_for_all()
    assert {pid for pid, _ in found} == {active}
    late = [f for _, f in found if f.rule_id == "R-PAY-LATE" and f.params["paid_on"]]
    assert [f.params["days_late"] for f in late] == [10]
    relaxed = ledger.findings_for_all(grace_days=10)
    assert not [f for _, f in relaxed if f.rule_id == "R-PAY-LATE" and f.params["paid_on"]]
    assert draft not in {pid for pid, _ in relaxed}


def test_findings_follow_the_grace_days_of_the_reference_value(world, ledger):
    pid = place(world)
    ledger.record_payment(pid, pay(D(2026, 8, 17), 191_935))  # 7 days after the 10th
    assert any(f.params.get("paid_on") == "2026-08-17" for _, f in ledger.findings_for_all())
    with world.services.uow() as session:
        row = session.scalars(select(ReferenceValue).where(ReferenceValue.key == "pay")).one()
        row.value_json = row.value_json.replace('"grace_days": 5', '"grace_days": 7')
    assert not any(f.params.get("paid_on") == "2026-08-17" for _, f in ledger.findings_for_all())


def test_the_confirmation_sheet_is_a_real_workbook(world, ledger, tmp_path):
    a, b = place(world, 0), place(world, 1)
    ledger.record_payment(a, pay(D(2026, 11, 10), period_start=D(2026, 10, 1)))
    ledger.regenerate(b)
    path = tmp_path / "out" / "2026-10.xlsx"
    assert ledger.confirmation_sheet(world.enterprise, D(2026, 10, 1), path) == 2
    ws = openpyxl.load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "实习报酬发放确认表"
    assert "长春一汽配套有限公司" in rows[1][0]
    assert rows[3][:3] == ("序号", "班级", "姓名") and rows[3][10] == "学生签名"
    lines = {r[2]: r for r in rows[4:6]}
    assert lines["学生0"][5:10] == (3500, 3500, dt.datetime(2026, 11, 10), 0, "已足额发放")
    assert lines["学生1"][6] == 0 and lines["学生1"][9] == "逾期未发"
    assert "*" in lines["学生0"][3] and len(lines["学生0"][3]) == 18  # ID masked
    assert rows[6][0] == "合计" and rows[6][5] == 7000 and rows[6][6] == 3500
    assert ws["F5"].number_format == "#,##0.00" and ws.freeze_panes == "A5"
    assert "A1:L1" in {str(r) for r in ws.merged_cells.ranges}
    with pytest.raises(NotFound):
        ledger.confirmation_sheet(world.enterprise + 100, D(2026, 10, 1), tmp_path / "x.xlsx")


def test_the_demo_payments_plant_one_problem_each(services, ledger):
    report = build_demo(services, size=300, seed=3)  # the demo seeds the pay ledger too
    flagged = {k: v for k, v in report.flagged.items() if k.startswith("payment.")}
    assert set(flagged) == set(PLANTED)
    assert report.pay_periods > report.payments > 0
    found: dict[int, set[str]] = {}
    for pid, finding in ledger.findings_for_all():
        found.setdefault(pid, set()).add(finding.rule_id)
    assert "R-PAY-LATE" in found[flagged["payment.late"]]
    assert "R-PAY-SHORT" in found[flagged["payment.short"]]
    assert "R-PAY-6" in found[flagged["payment.commission"]]
    assert {"R-PAY-4", "R-PAY-LATE"} <= found[flagged["payment.gap"]]
    # everything else is paid on time and in full, except pay via a third party (R-PAY-3)
    others = {rule for pid, rules in found.items() if pid not in flagged.values() for rule in rules}
    assert others <= {"R-PAY-3"}
