"""Pay checks at their boundaries: grace days, short and late, gaps, R-PAY-3 and R-PAY-6."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from jilin_apprentice import messages
from jilin_apprentice.domain.pay_checks import (
    MAX_PAYMENT_FEN,
    DuePeriod,
    PaymentFact,
    PaySettings,
    allocate,
    check_pay,
    deduction_kind,
    open_period_index,
    pay_findings,
    payment_violations,
    same_name,
    worst_status,
)
from jilin_apprentice.domain.pay_schedule import money_fen, plain_text, sheet_date

D = dt.date
SETTINGS = PaySettings(grace_days=5, max_cycle_days=31)
# three whole months of 3,500.00 yuan, due on the 10th of the next month
PERIODS = [
    DuePeriod(1, D(2026, 8, 1), D(2026, 8, 31), D(2026, 9, 10), 350_000),
    DuePeriod(2, D(2026, 9, 1), D(2026, 9, 30), D(2026, 10, 10), 350_000),
    DuePeriod(3, D(2026, 10, 1), D(2026, 10, 31), D(2026, 11, 10), 350_000),
]
ON_TIME = [
    PaymentFact(D(2026, 9, 10), 350_000, period_key=1),
    PaymentFact(D(2026, 10, 9), 350_000, period_key=2),
    PaymentFact(D(2026, 11, 10), 350_000, period_key=3),
]
TODAY = D(2026, 11, 26)


def check(payments, periods=PERIODS, today=TODAY, settings=SETTINGS):
    return check_pay(periods, payments, today, settings)


def rules(result) -> list[str]:
    return [f.rule_id for f in result.findings]


def test_on_time_and_in_full_is_quiet():
    result = check(ON_TIME)
    assert [p.status for p in result.periods] == ["paid", "paid", "paid"]
    assert result.findings == ()
    assert (result.due_fen, result.paid_fen, result.arrears_fen) == (1_050_000, 1_050_000, 0)


@pytest.mark.parametrize(("days_after", "status", "late"), [(5, "paid", 0), (6, "late", 6)])
def test_a_payment_is_late_only_after_the_grace_days(days_after, status, late):
    paid = [PaymentFact(D(2026, 9, 10) + dt.timedelta(days=days_after), 350_000, period_key=1)]
    result = check(paid, PERIODS[:1])
    assert (result.periods[0].status, result.periods[0].days_late) == (status, late)
    if late:
        (finding,) = result.findings
        assert (finding.rule_id, finding.severity, finding.field) == (
            "R-PAY-LATE",
            "warn",
            "paid_on",
        )
        assert finding.params == {
            "period": "2026-08-01",
            "period_end": "2026-08-31",
            "due": "2026-09-10",
            "days_late": 6,
            "paid_on": "2026-09-16",
        }
    else:
        assert result.findings == ()


@pytest.mark.parametrize(
    ("today", "status"), [(D(2026, 9, 15), "upcoming"), (D(2026, 9, 16), "overdue")]
)
def test_an_unpaid_period_is_overdue_the_day_after_the_grace_days(today, status):
    result = check([], PERIODS[:1], today=today)
    assert result.periods[0].status == status
    assert result.overdue_count == (status == "overdue")
    assert result.arrears_fen == (350_000 if status == "overdue" else 0)
    if status == "overdue":
        (finding,) = result.findings
        assert finding.params["unpaid_fen"] == 350_000
        assert finding.params["days_late"] == 6
        assert finding.params["paid_on"] is None


def test_part_paid_on_time_is_short_after_the_grace_days():
    result = check([PaymentFact(D(2026, 9, 10), 280_000, period_key=1)], PERIODS[:1])
    period = result.periods[0]
    assert (period.status, period.paid_fen, period.outstanding_fen) == ("short", 280_000, 70_000)
    (finding,) = result.findings
    assert finding.rule_id == "R-PAY-SHORT"
    assert (finding.params["short_fen"], finding.params["due"]) == (70_000, "2026-09-10")


def test_the_rest_paid_weeks_later_makes_the_period_late_not_short():
    paid = [
        PaymentFact(D(2026, 9, 10), 280_000, period_key=1),
        PaymentFact(D(2026, 10, 20), 70_000, period_key=1),
    ]
    result = check(paid, PERIODS[:1])
    period = result.periods[0]
    assert (period.status, period.first_paid_on, period.settled_on) == (
        "late",
        D(2026, 9, 10),
        D(2026, 10, 20),
    )
    assert period.days_late == 40
    assert rules(result) == ["R-PAY-LATE"]


def test_forbidden_deductions_do_not_count_as_paid_and_block():
    commission = PaymentFact(
        D(2026, 9, 10), 350_000, deductions=(("commission", 17_500),), period_key=1
    )
    result = check([commission], PERIODS[:1])
    assert (result.gross_fen, result.forbidden_fen, result.paid_fen) == (350_000, 17_500, 332_500)
    assert result.periods[0].status == "short"
    assert sorted(rules(result)) == ["R-PAY-6", "R-PAY-SHORT"]
    blocking = next(f for f in result.findings if f.rule_id == "R-PAY-6")
    assert (blocking.severity, blocking.field) == ("block", "deductions")
    assert blocking.params == {
        "kind": "commission",
        "amount_fen": 17_500,
        "payments": 1,
        "first": "2026-09-10",
        "last": "2026-09-10",
    }


@pytest.mark.parametrize("kind", ["tax", "social_insurance", "meals_lodging", "other"])
def test_allowed_deductions_count_as_paid(kind):
    paid = [PaymentFact(D(2026, 9, 10), 350_000, deductions=((kind, 20_000),), period_key=1)]
    result = check(paid, PERIODS[:1])
    assert (result.periods[0].status, result.findings) == ("paid", ())


@pytest.mark.parametrize("kind", ["fee", "commission", "insurance_premium"])
def test_each_forbidden_kind_is_reported(kind):
    paid = [PaymentFact(D(2026, 9, 10), 360_000, deductions=((kind, 10_000),), period_key=1)]
    result = check(paid, PERIODS[:1])
    assert result.periods[0].status == "paid"  # 3,600 less 100 still covers 3,500
    assert [(f.rule_id, f.params["kind"]) for f in result.findings] == [("R-PAY-6", kind)]


def test_one_payment_for_a_month_split_by_a_change_of_terms_settles_both_halves():
    halves = [
        DuePeriod(1, D(2026, 10, 1), D(2026, 10, 15), D(2026, 11, 10), 169_355),
        DuePeriod(2, D(2026, 10, 16), D(2026, 10, 31), D(2026, 11, 10), 206_452),
    ]
    result = check([PaymentFact(D(2026, 11, 10), 375_807, period_key=1)], halves)
    assert [p.status for p in result.periods] == ["paid", "paid"]


def test_a_catch_up_payment_settles_the_oldest_open_period():
    paid = [PaymentFact(D(2026, 11, 10), 700_000, period_key=3)]
    result = check(paid)
    assert [(p.status, p.paid_fen) for p in result.periods] == [
        ("late", 350_000),
        ("overdue", 0),
        ("paid", 350_000),
    ]
    assert result.periods[0].days_late == 61


def test_a_payment_naming_no_period_goes_to_the_oldest_open_one():
    paid, first, settled = allocate(PERIODS, [PaymentFact(D(2026, 10, 9), 350_000)])
    assert (paid, first, settled) == (
        [350_000, 0, 0],
        [D(2026, 10, 9), None, None],
        [D(2026, 10, 9), None, None],
    )


def test_a_payment_eaten_by_forbidden_deductions_pays_nothing():
    eaten = PaymentFact(D(2026, 9, 10), 1_000, deductions=(("fee", 1_000),), period_key=1)
    paid, first, settled = allocate(PERIODS, [eaten])
    assert (paid, first, settled) == ([0, 0, 0], [None] * 3, [None] * 3)


def test_money_beyond_everything_due_stays_on_its_own_period():
    paid, _, _ = allocate(PERIODS, [PaymentFact(D(2026, 10, 9), 1_200_000, period_key=2)])
    assert paid == [350_000, 500_000, 350_000]


@pytest.mark.parametrize(
    ("method", "payee_is_student", "field"),
    [
        ("third_party", True, "method"),
        ("in_kind", True, "method"),
        ("bank_to_student", False, "payee_name"),
        ("cash_to_student", False, "payee_name"),
    ],
)
def test_pay_not_in_money_directly_to_the_student_blocks(method, payee_is_student, field):
    paid = [PaymentFact(D(2026, 9, 10), 350_000, method, payee_is_student, period_key=1)]
    result = check(paid, PERIODS[:1])
    (finding,) = result.findings
    assert (finding.rule_id, finding.severity, finding.field) == ("R-PAY-3", "block", field)
    assert finding.params["method"] == method


def test_cash_to_the_student_is_fine():
    paid = [PaymentFact(D(2026, 9, 10), 350_000, "cash_to_student", period_key=1)]
    assert check(paid, PERIODS[:1]).findings == ()


def test_r_pay_3_is_one_finding_per_method_with_the_count():
    paid = [
        PaymentFact(p.paid_on, p.gross_fen, "third_party", True, (), p.period_key) for p in ON_TIME
    ]
    (finding,) = check(paid).findings
    assert finding.params == {
        "method": "third_party",
        "payments": 3,
        "first": "2026-09-10",
        "last": "2026-11-10",
    }


@pytest.mark.parametrize(("gap_days", "found"), [(41, False), (42, True)])
def test_a_gap_between_payments_is_a_cycle_plus_twice_the_grace_days(gap_days, found):
    second = D(2026, 9, 1) + dt.timedelta(days=gap_days)
    paid = [
        PaymentFact(D(2026, 9, 1), 350_000, period_key=1),
        PaymentFact(second, 350_000, period_key=2),
    ]
    result = check(paid, PERIODS[:2], today=D(2026, 10, 12))
    gaps = [f for f in result.findings if f.rule_id == "R-PAY-4"]
    assert bool(gaps) is found
    if found:
        assert gaps[0].params == {"days": 42, "max": 31, "from": "2026-09-01", "to": "2026-10-13"}
        assert result.gaps[0].days == 42


def test_a_skipped_month_paid_with_the_next_is_a_gap_and_late():
    paid = [ON_TIME[0], PaymentFact(D(2026, 11, 10), 700_000, period_key=3)]
    result = check(paid)
    assert sorted(rules(result)) == ["R-PAY-4", "R-PAY-LATE"]
    assert [p.status for p in result.periods] == ["paid", "late", "paid"]


def test_payments_after_the_last_due_date_open_no_gap():
    late_bonus = PaymentFact(D(2027, 3, 1), 10_000)
    result = check([*ON_TIME, late_bonus])
    assert "R-PAY-4" not in rules(result)


def test_findings_have_json_friendly_params():
    paid = [
        PaymentFact(D(2026, 9, 30), 300_000, "third_party", False, (("fee", 100),), 1),
        PaymentFact(D(2026, 11, 20), 100_000, period_key=2),
    ]
    result = check(paid)
    assert {"R-PAY-LATE", "R-PAY-SHORT", "R-PAY-4", "R-PAY-3", "R-PAY-6"} <= set(rules(result))
    for finding in result.findings:
        assert json.loads(json.dumps(finding.params)) == finding.params
    assert pay_findings(PERIODS, paid, TODAY, SETTINGS) == list(result.findings)


def test_nothing_due_is_neither_paid_nor_late():
    zero = [DuePeriod(1, D(2026, 8, 1), D(2026, 8, 2), D(2026, 9, 10), 0)]
    result = check([], zero)
    assert (result.periods[0].status, result.findings) == ("nothing_due", ())


def test_settings_come_from_the_reference_value_and_keep_defaults():
    assert PaySettings.from_value(None) == PaySettings(5, 31)
    assert PaySettings.from_value({"grace_days": 3}) == PaySettings(3, 31)
    assert PaySettings.from_value({"grace_days": 0, "max_cycle_days": 30}) == PaySettings(0, 30)


def test_the_worst_status_of_a_month():
    assert worst_status(["paid", "short", "late"]) == "short"
    assert worst_status(["upcoming", "overdue"]) == "overdue"
    assert worst_status([]) == "nothing_due"


def test_open_period_index_books_arrears_first():
    assert open_period_index(PERIODS, ON_TIME[:1], D(2026, 11, 10)) == 1
    assert open_period_index(PERIODS, ON_TIME, D(2026, 11, 20)) == 2  # all paid: the last begun
    assert open_period_index(PERIODS, [], D(2026, 7, 1)) == 0  # before any: the first
    assert open_period_index([], [], D(2026, 7, 1)) is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("王小明", " 王 小明 ", True),
        ("王小明", "王小明\u3000", True),
        ("阿卜杜·热合曼", "阿卜杜热合曼", True),
        ("ＬＩ Ｌｅｉ", "LI Lei", True),
        ("王小明", "王小敏", False),
        ("王小明", None, False),
        ("", "", False),
    ],
)
def test_names_compare_without_spaces_width_or_middle_dots(a, b, same):
    assert same_name(a, b) is same


def violations(**change):
    values = {
        "paid_on": D(2026, 9, 10),
        "amount_fen": 350_000,
        "method": "bank_to_student",
        "payee_name": "王小明",
        "deductions": [],
        "student_name": "王小明",
        "placement_start": D(2026, 8, 1),
        "today": TODAY,
    }
    return [(v.field, v.code) for v in payment_violations(**{**values, **change})]


def test_a_plain_payment_passes():
    assert violations() == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"paid_on": None}, ("paid_on", "required")),
        ({"paid_on": D(2026, 7, 31)}, ("paid_on", "payment.before_start")),
        ({"paid_on": D(2026, 11, 27)}, ("paid_on", "payment.in_future")),
        ({"amount_fen": None}, ("amount", "required")),
        ({"amount_fen": 0}, ("amount", "payment.amount_not_positive")),
        ({"amount_fen": -100}, ("amount", "payment.amount_not_positive")),
        ({"amount_fen": MAX_PAYMENT_FEN + 1}, ("amount", "money.range")),
        ({"method": "in_kind"}, ("method", "pay.in_kind")),
        ({"method": "cheque"}, ("method", "choice.invalid")),
        ({"payee_name": " "}, ("payee_name", "required")),
        ({"payee_name": "王建国"}, ("payee_name", "payment.payee_not_student")),
        ({"deductions": [("fee", -1, None)]}, ("deduction_amount", "number.negative")),
        ({"deductions": [("bribe", 1, None)]}, ("deduction_kind", "choice.invalid")),
        (
            {"deductions": [("other", 1, " ")]},
            ("deduction_reason", "payment.deduction_reason_required"),
        ),
        (
            {"deductions": [("tax", 350_001, None)]},
            ("deductions", "payment.deductions_exceed_gross"),
        ),
    ],
)
def test_bad_payments_are_refused_naming_the_field(change, expected):
    assert violations(**change) == [expected]


@pytest.mark.parametrize(
    "change",
    [
        {"paid_on": D(2026, 8, 1)},  # the first day of the placement
        {"paid_on": TODAY},
        {"amount_fen": 1},
        {"amount_fen": MAX_PAYMENT_FEN},
        {"deductions": [("tax", 350_000, None)]},  # all of it, not more
        {"deductions": [("commission", 10_000, None)]},  # recorded, reported as R-PAY-6
        {"payee_name": "王 小明"},
    ],
)
def test_payments_at_the_edges_are_accepted(change):
    assert violations(**change) == []


def test_the_payee_violation_names_both_people():
    (problem,) = payment_violations(
        paid_on=D(2026, 9, 10),
        amount_fen=1,
        method="bank_to_student",
        payee_name=" 王建国 ",
        deductions=[],
        student_name="王小明",
        placement_start=D(2026, 8, 1),
        today=TODAY,
    )
    assert problem.params == {"student": "王小明", "payee": "王建国"}
    text = messages.render(problem.code, problem.params, problem.field)
    assert "王小明" in text and "王建国" in text and "R-PAY-3" in text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (3500, (350_000, True)),
        (3500.5, (350_050, True)),
        ("３，５００．００元", (350_000, True)),
        ("￥3,500.005", (350_001, True)),
        (" 12 ", (1_200, True)),
        ("", (None, True)),
        (None, (None, True)),
        ("三千五", (None, False)),
        ("NaN", (None, False)),
        (True, (None, False)),
    ],
)
def test_money_from_cells_and_text(value, expected):
    assert money_fen(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(2026, 11, 10, 0, 0), (D(2026, 11, 10), True)),
        (D(2026, 11, 10), (D(2026, 11, 10), True)),
        (46336, (D(2026, 11, 10), True)),  # an Excel serial
        (46336.0, (D(2026, 11, 10), True)),
        ("2026年11月10日", (D(2026, 11, 10), True)),
        ("２０２６年１１月１０日", (D(2026, 11, 10), True)),
        ("2026/11/10", (D(2026, 11, 10), True)),
        ("2026-11-10", (D(2026, 11, 10), True)),
        ("2026.11.1", (D(2026, 11, 1), True)),
        ("20261110", (D(2026, 11, 10), True)),
        ("2026-02-30", (None, False)),
        ("11/10/2026", (None, False)),
        (12, (None, False)),  # a bare number that is no plausible date
        ("", (None, True)),
    ],
)
def test_dates_from_cells_and_text(value, expected):
    assert sheet_date(value) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("管理费", "fee"),
        ("中介提成", "commission"),
        ("实习保险费", "insurance_premium"),
        ("代扣个税", "tax"),
        ("社保个人部分", "social_insurance"),
        ("伙食费", "meals_lodging"),
        ("迟到", "other"),
        (None, "other"),
    ],
)
def test_deduction_kinds_are_recognised_from_their_description(text, kind):
    assert deduction_kind(text) == kind


def test_plain_text_drops_every_space_and_width():
    assert plain_text(" ３５００\u3000元 ") == "3500元"
    assert plain_text(None) == ""


PAY_MODULES = [
    Path(__file__).resolve().parents[2] / "jilin_apprentice" / part
    for part in (
        "domain/pay_schedule.py",
        "domain/pay_checks.py",
        "services/pay_ledger.py",
        "services/payroll_import.py",
    )
]
CODE = re.compile(r"^[a-z_]+(\.[a-z_0-9]+)*$")


def raised_codes(path: Path) -> set[str]:
    """Codes in Violation(field, code, ...), NotFound(code), and `code = a if ... else b`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            index = {"Violation": 1, "NotFound": 0}.get(name)
            if index is not None and len(node.args) > index:
                arg = node.args[index]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(arg.value)
        names_code = isinstance(node, ast.Assign) and any(
            getattr(t, "id", "") == "code" for t in node.targets
        )
        if names_code and isinstance(node.value, ast.IfExp):
            pair = (node.value.body, node.value.orelse)
            found |= {n.value for n in pair if isinstance(n, ast.Constant)}
    return found


def test_every_code_the_pay_modules_raise_has_an_english_template():
    codes = set().union(*(raised_codes(p) for p in PAY_MODULES))
    assert len(codes) > 25  # the scan really finds them
    assert all(CODE.match(c) for c in codes)
    assert sorted(c for c in codes if c not in messages.CODES) == []


def test_every_field_the_pay_checks_name_has_a_label():
    fields = {"paid_on", "amount", "method", "payee_name", "deductions", "deduction_kind"}
    fields |= {"deduction_amount", "deduction_reason", "period", "placement", "rows", "file"}
    fields |= {"id_number", "name", "row"}
    assert sorted(f for f in fields if f not in messages.FIELDS) == []
