"""Who qualifies for which subsidy: JL-48 §(15) (R-JL-4) and APP-2021 (R-APP-8)."""

from __future__ import annotations

import datetime as dt

from jilin_apprentice.domain import subsidies as s

D = dt.date
CERT = {
    "levels": ["primary", "intermediate", "advanced"],
    "min_fen": 100000,
    "max_fen": 200000,
    "shortage_uplift_pct": 30,
}
TECH = {"levels": ["technician", "senior_technician"], "min_fen": 200000, "max_fen": 300000}
APP = {"min_per_year_fen": 500000}


START, END = D(2026, 3, 1), D(2028, 2, 28)


def contract(start: D = START, end: D = END, **kw: object) -> s.Contract:
    values = dict(
        apprenticeship_id=1,
        employer="一汽",
        programme="enterprise_new",
        start_date=start,
        end_date=end,
        contract_start=start,
        contract_end=end,
        status="active",
    )
    values.update(kw)
    return s.Contract(**values)  # type: ignore[arg-type]


def verdict(level: str, day: D, shortage: bool = False, contracts=None) -> s.Verdict:
    return s.certificate_verdict(
        level, day, shortage, [contract()] if contracts is None else contracts, CERT, TECH
    )


def test_issue_date_on_the_contracts_first_and_last_day_counts() -> None:
    assert verdict("intermediate", D(2026, 3, 1)).eligible
    assert verdict("intermediate", D(2028, 2, 28)).eligible


def test_a_day_outside_the_contract_does_not() -> None:
    before = verdict("intermediate", D(2026, 2, 28))
    after = verdict("intermediate", D(2028, 2, 29))
    assert (before.eligible, before.reason) == (False, s.OUTSIDE_CONTRACT)
    assert (after.eligible, after.reason) == (False, s.OUTSIDE_CONTRACT)
    assert before.min_fen is None


def test_school_student_without_labour_contract_is_not_eligible() -> None:
    v = verdict("primary", D(2026, 5, 1), contracts=[])
    assert (v.eligible, v.reason, v.scheme) == (False, s.NO_CONTRACT, s.CERTIFICATE)
    joint = contract(programme="school_joint", contract_start=None, contract_end=None)
    assert verdict("primary", D(2026, 5, 1), contracts=[joint]).reason == s.NO_CONTRACT


def test_amounts_and_shortage_uplift() -> None:
    plain = verdict("advanced", D(2026, 6, 1))
    assert (plain.reason, plain.min_fen, plain.max_fen) == (s.EMPLOYEE, 100000, 200000)
    up = verdict("advanced", D(2026, 6, 1), shortage=True)
    assert (up.reason, up.min_fen, up.max_fen) == (s.SHORTAGE, 130000, 260000)
    assert up.contract is not None and up.contract.employer == "一汽"


def test_uplift_rounds_half_up_to_the_fen() -> None:
    assert s.uplifted(100001, 30) == 130001  # 130001.3
    assert s.uplifted(100005, 30) == 130007  # 130006.5 -> up
    assert s.uplifted(100003, 30) == 130004  # 130003.9
    assert s.uplifted(0, 30) == 0
    rule = dict(CERT, min_fen=100005, max_fen=199999)
    v = s.certificate_verdict("primary", D(2026, 6, 1), True, [contract()], rule, TECH)
    assert (v.min_fen, v.max_fen) == (130007, 259999)  # 259998.7 -> 259999


def test_technician_training_has_no_uplift() -> None:
    v = verdict("technician", D(2026, 6, 1), shortage=True)
    assert (v.scheme, v.eligible, v.min_fen, v.max_fen) == (s.TECHNICIAN, True, 200000, 300000)
    assert verdict("senior_technician", D(2026, 6, 1)).scheme == s.TECHNICIAN


def test_level_in_no_scheme_or_no_rule() -> None:
    narrowed = dict(CERT, levels=["advanced"])
    v = s.certificate_verdict("primary", D(2026, 6, 1), False, [contract()], narrowed, TECH)
    assert (v.eligible, v.reason) == (False, s.LEVEL_NOT_COVERED)
    v = s.certificate_verdict("primary", D(2026, 6, 1), False, [contract()], None, TECH)
    assert v.reason == s.NO_RULE


def test_training_years_begun_by_today() -> None:
    years = s.training_years(D(2026, 3, 1), D(2028, 2, 28), D(2027, 3, 1))
    assert [(y.number, y.start, y.end, y.full) for y in years] == [
        (1, D(2026, 3, 1), D(2027, 2, 28), True),
        (2, D(2027, 3, 1), D(2028, 2, 28), False),  # ends a day short of a full year
    ]
    assert len(s.training_years(D(2026, 3, 1), D(2028, 2, 28), D(2027, 2, 28))) == 1
    assert s.training_years(D(2027, 1, 1), D(2028, 1, 1), D(2026, 11, 26)) == []


def test_apprenticeship_year_verdicts() -> None:
    year = s.training_years(D(2026, 3, 1), D(2028, 2, 29), D(2026, 11, 26))[0]
    ok = s.apprenticeship_verdict(contract(end=D(2028, 2, 29)), year, APP)
    assert (ok.eligible, ok.reason, ok.min_fen, ok.max_fen) == (True, s.TRAINING_YEAR, 500000, None)
    assert s.apprenticeship_verdict(contract(status="draft"), year, APP).reason == s.DRAFT
    assert s.apprenticeship_verdict(contract(), year, None).reason == s.NO_RULE
    joint = contract(programme="school_joint")
    assert s.apprenticeship_verdict(joint, year, APP).reason == s.NOT_PROGRAMME
    none = contract(contract_start=None, contract_end=None)
    assert s.apprenticeship_verdict(none, year, APP).reason == s.NO_CONTRACT


def test_labour_contract_of_exactly_a_year_is_enough_a_day_less_is_not() -> None:
    year = s.training_years(D(2026, 3, 1), D(2027, 2, 28), D(2026, 11, 26))[0]
    exact = contract(end=D(2027, 2, 28))
    assert s.apprenticeship_verdict(exact, year, APP).eligible
    short = contract(end=D(2027, 2, 27), contract_end=D(2027, 2, 27))
    assert s.apprenticeship_verdict(short, year, APP).reason == s.CONTRACT_UNDER_YEAR
