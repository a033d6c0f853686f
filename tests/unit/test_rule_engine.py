"""The rule engine: registry, gates, the R-TIME-5 exception, reference rows and their shape."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from jilin_apprentice.domain.rules.engine import (
    ACTIVATION_ONLY,
    EXTRA_IDS,
    LEDGER_RULES,
    OVERRIDABLE,
    RULES,
    SOURCES,
    blocking,
    check_placement,
    exception_problem,
    gate_of,
)
from jilin_apprentice.domain.rules.model import (
    SCALAR_KEYS,
    Finding,
    MinWageTable,
    Parameter,
    PlacementFacts,
    RuleParams,
    StoredValue,
    apply_reference_rows,
)
from jilin_apprentice.domain.rules.reference_keys import BY_KEY, REFERENCE_KEYS, check_shape

START = dt.date(2026, 9, 1)
RANK = {"info": 0, "warn": 1, "block": 2}


def facts(**change: object) -> PlacementFacts:
    """A placement that passes every rule; each test changes one thing."""
    base = PlacementFacts(
        placement_type="post",
        source="school_arranged",
        start_date=START,
        end_date=dt.date(2027, 2, 28),
        birth_date=dt.date(2008, 5, 1),
        sex="F",
        study_mode="full_time",
        grade_year_at_start=3,
        hours_per_day_x10=80,
        days_per_week=5,
        shift_start=dt.time(8, 30),
        shift_end=dt.time(17, 30),
        independence="relatively_independent",
        pay_monthly_equiv_fen=400_000,
        same_post_wage_fen=500_000,
        lowest_wage_grade_fen=None,
        consent_student_signed=True,
        consent_guardian_signed=True,
        enterprise_mentor_id=1,
        school_supervisor_id=2,
        insured_until=dt.date(2027, 2, 28),
        pay_amount_fen=400_000,
        health_check_date=dt.date(2026, 6, 1),
        enterprise_on_post_staff=200,
        enterprise_peak_interns=5,
        post_on_post_staff=50,
        post_peak_interns=5,
        student_post_days=181,
        filing_ref="备案-2026-001",
        safety_training_date=dt.date(2026, 8, 25),
        safety_assessment_passed=True,
        agreement_signed_all=True,
        site_assessment_done=True,
        enterprise_attestations_given=True,
    )
    return dataclasses.replace(base, **change)


EMPLOYEE = {"placement_type": "apprenticeship", "programme": "enterprise_new"}
# one change per registered rule that makes it fire at its most severe outcome
BREAKERS: dict[str, dict[str, object]] = {
    "R-SCOPE-1": {"study_mode": "part_time"},
    "R-TYPE-2": {"placement_type": "cognitive", "source": "self_chosen"},
    "R-AGE-1": {"birth_date": dt.date(2010, 9, 2)},
    "R-AGE-2": {"grade_year_at_start": 1},
    "R-AGE-3": {"minor_prohibited": True, "birth_date": dt.date(2009, 1, 1)},
    "R-AGE-4": {"health_check_date": None, "birth_date": dt.date(2009, 1, 1)},
    "R-AGE-5": {"placement_type": "cognitive", "birth_date": dt.date(2011, 1, 1)},
    "R-CONSENT-1": {"consent_guardian_signed": False},
    "R-CONSENT-2": {"source": "self_chosen"},
    "R-MAJ-1": {"post_unrelated_to_major": True},
    "R-ENT-1": {"site_assessment_done": False},
    "R-DUR-1": {"student_post_days": 200},
    "R-DUR-2": {"outside_province": True},
    "R-LODGE-1": {"away_from_school": True, "lodging": "outside"},
    "R-AGR-1": {"agreement_signed_all": False},
    "R-TIME-2": {"hours_per_day_x10": 90},
    "R-TIME-3": {"overtime_allowed": True},
    "R-TIME-4": {"work_on_public_holidays": True},
    "R-PAY-1": {"pay_amount_fen": None},
    "R-PAY-2": {"pay_monthly_equiv_fen": 390_000},
    "R-PAY-3": {"pay_method": "in_kind"},
    "R-PAY-4": {"pay_cycle_days": 32},
    "R-PAY-5": {"min_wage_area_class": 1, "pay_monthly_equiv_fen": 1, "same_post_wage_fen": 1},
    "R-PROH-1": {"venue_type": "ktv"},
    "R-PROH-2": {"hazards": ("height",)},
    "R-PROH-3": {"intensity_level": 3},
    "R-PROH-4": {"female_prohibited": True},
    "R-PROH-5": {"is_intermediary": True},
    "R-CAP-1": {"enterprise_peak_interns": 21},
    "R-JL-2": {"credit_restricted": True},
    "R-INS-1": {"insured_until": None},
    "R-SUP-1": {"enterprise_mentor_id": None},
    "R-SAFE-1": {"safety_training_date": None},
    "R-APP-2": {"placement_type": "apprenticeship", "programme": "school_joint"},
    "R-APP-4": EMPLOYEE,
    "R-APP-6": {
        **EMPLOYEE,
        "apprenticeship_start": START,
        "apprenticeship_end": dt.date(2030, 9, 1),
    },
    "R-APP-7": {**EMPLOYEE, "min_wage_area_class": 1},
}
SPEC = {s.rule_id: s for s in RULES}


def parent(rule_id: str) -> str:
    return EXTRA_IDS.get(rule_id, rule_id)


def test_registry_ids_severities_gates_and_sources():
    assert len(SPEC) == len(RULES)
    assert all(s.severity in RANK and s.gate in ("approve", "activate") for s in RULES)
    ledger = {rule_id for rule_id, *_ in LEDGER_RULES}  # checked by the pay/insurance ledgers
    assert set(SOURCES) == set(SPEC) | set(EXTRA_IDS) | ledger
    assert all(SOURCES.values()) and set(EXTRA_IDS.values()) <= set(SPEC)
    assert {s.rule_id for s in RULES if not s.verified} == {"R-APP-4", "R-APP-6", "R-APP-7"}
    assert set(BREAKERS) == set(SPEC)  # every registered rule is exercised below


def test_activation_only_rules_are_the_paperwork():
    paperwork = {"R-INS-1", "R-SUP-1", "R-AGR-1", "R-CONSENT-1", "R-SAFE-1", "R-LODGE-1"}
    assert paperwork | {"R-PAY-1", "R-DUR-2", "R-APP-2"} == ACTIVATION_ONLY


@pytest.mark.parametrize(
    ("rule_id", "gate"),
    [(r, "activate") for r in sorted(ACTIVATION_ONLY)]
    + [(r, "approve") for r in ("R-AGE-1", "R-TIME-2", "R-JL-2", "R-APP-4", "R-UNKNOWN")]
    + [(extra, "approve") for extra in sorted(EXTRA_IDS)],
)
def test_gate_of(rule_id, gate):
    assert gate_of(rule_id) == gate
    if rule_id in EXTRA_IDS:
        assert gate_of(rule_id) == gate_of(EXTRA_IDS[rule_id])


@pytest.mark.parametrize("rule_id", sorted(BREAKERS))
def test_registered_severity_is_the_most_severe_outcome(rule_id):
    got = check_placement(facts(**BREAKERS[rule_id]))
    assert (
        max(RANK[x.severity] for x in got if x.rule_id == rule_id) == RANK[SPEC[rule_id].severity]
    )
    for x in got:
        assert x.rule_id in SOURCES
        assert RANK[x.severity] <= RANK[SPEC[parent(x.rule_id)].severity]


def test_findings_come_in_registry_order_and_default_params_are_used():
    f = facts(
        **BREAKERS["R-PROH-1"],
        **BREAKERS["R-SCOPE-1"],
        **BREAKERS["R-CAP-1"],
        post_peak_interns=11,
        insured_until=None,
        grade_year_at_start=1,
    )
    got = [x.rule_id for x in check_placement(f)]
    assert got == ["R-SCOPE-1", "R-AGE-2", "R-PROH-1", "R-CAP-1", "R-CAP-2", "R-INS-1"]
    order = [r.rule_id for r in RULES]
    assert got == sorted(got, key=lambda r: order.index(parent(r)))
    assert check_placement(f) == check_placement(f, RuleParams())


@pytest.mark.parametrize("rule_id", sorted(ACTIVATION_ONLY))
def test_paperwork_blocks_activation_but_not_approval(rule_id):
    found = check_placement(facts(**BREAKERS[rule_id]))
    blocks = [x for x in found if x.severity == "block"]
    assert {x.rule_id for x in blocks} == {rule_id}
    assert blocking(found, "approved") == []
    assert blocking(found, "active") == blocks


@pytest.mark.parametrize(
    "rule_id", ["R-AGE-1", "R-AGE-2", "R-TIME-2", "R-PROH-1", "R-MAJ-1", "R-CONSENT-2", "R-APP-4"]
)
def test_substance_blocks_approval_and_activation(rule_id):
    found = check_placement(facts(**BREAKERS[rule_id]))
    assert {x.rule_id for x in blocking(found, "approved")} == {rule_id}
    assert blocking(found, "active") == blocking(found, "approved")
    assert blocking(found, "draft") == blocking(found, "completed") == []


@pytest.mark.parametrize(
    "change",
    [
        BREAKERS["R-SCOPE-1"],
        BREAKERS["R-CAP-1"],
        BREAKERS["R-AGE-5"],
        {"filing_ref": None},  # the WARN half of R-DUR-2
        {"pay_amount_fen": 0},  # the WARN half of R-PAY-1
        {"student_major_category": "46", "post_major_category": "47"},  # WARN half of R-MAJ-1
    ],
)
def test_warnings_and_notes_never_block(change):
    found = check_placement(facts(**change))
    assert found and blocking(found, "approved") == blocking(found, "active") == []


@pytest.mark.parametrize(
    ("status", "severity", "blocks_approval"),
    [("draft", "block", True), ("approved", "block", True), ("active", "warn", False)],
)
def test_credit_restriction_blocks_new_placements_and_flags_active_ones(
    status, severity, blocks_approval
):
    found = check_placement(facts(credit_restricted=True, status=status))
    assert found == [Finding("R-JL-2", severity, "enterprise_id")]
    assert bool(blocking(found, "approved")) is blocks_approval
    assert bool(blocking(found, "active")) is blocks_approval


# --- R-TIME-5 ---------------------------------------------------------------------------------

EXCEPTION = {
    "exception_reason": "专业特殊要求",
    "exception_filing_ref": "备-2026-9",
    "exception_filing_date": START - dt.timedelta(days=1),
    "exception_approver": "市教育局",
}
ART_17 = {
    "hours_per_day_x10": 90,
    "overtime_allowed": True,
    "work_on_rest_days": True,
    "hazards": ("height",),
}


def test_exception_filed_the_day_before_turns_art17_findings_into_notes():
    plain = check_placement(facts(**ART_17))
    assert (
        {x.rule_id for x in plain}
        == OVERRIDABLE
        == {"R-TIME-2", "R-TIME-3", "R-TIME-4", "R-PROH-2"}
    )
    assert [x.severity for x in plain] == ["block"] * 5
    got = check_placement(facts(**ART_17, **EXCEPTION))
    assert got == [
        dataclasses.replace(x, severity="info", params={**x.params, "override": "备-2026-9"})
        for x in plain
    ]
    assert blocking(got, "active") == []
    weekly_warn = check_placement(facts(hours_per_day_x10=70, days_per_week=6, **EXCEPTION))
    assert [(x.rule_id, x.severity) for x in weekly_warn] == [("R-TIME-2", "info")]


@pytest.mark.parametrize("days_after_start", [0, 1, 30])
def test_exception_filed_on_or_after_the_start_does_not_count(days_after_start):
    filed = START + dt.timedelta(days=days_after_start)
    f = facts(**ART_17, **(EXCEPTION | {"exception_filing_date": filed}))
    assert exception_problem(f) == "not_in_advance"
    warn = Finding("R-TIME-5", "warn", "exception_filing_date", {"problem": "not_in_advance"})
    assert check_placement(f) == [*check_placement(facts(**ART_17)), warn]
    assert len(blocking(check_placement(f), "approved")) == 5


@pytest.mark.parametrize(
    "dropped",
    [
        ("exception_reason",),
        ("exception_filing_ref",),
        ("exception_filing_date",),
        ("exception_approver",),
        ("exception_reason", "exception_filing_ref", "exception_filing_date"),
    ],
)
def test_incomplete_exception_does_not_count(dropped):
    f = facts(**ART_17, **(EXCEPTION | dict.fromkeys(dropped)))
    assert exception_problem(f) == "incomplete"
    got = check_placement(f)
    assert got[-1] == Finding(
        "R-TIME-5", "warn", "exception_filing_date", {"problem": "incomplete"}
    )
    assert [x.severity for x in got[:-1]] == ["block"] * 5


def test_no_exception_recorded_means_no_note():
    assert exception_problem(facts()) is None
    empty = {"exception_reason": "", "exception_filing_ref": "", "exception_approver": ""}
    assert exception_problem(facts(**empty)) is None
    assert check_placement(facts(**EXCEPTION)) == []  # valid but nothing to excuse


@pytest.mark.parametrize(
    "rule_id",
    ["R-AGE-1", "R-AGE-2", "R-AGE-3", "R-PROH-1", "R-PROH-3", "R-PROH-4", "R-PROH-5", "R-INS-1"],
)
def test_exception_never_covers_art16_or_other_rules(rule_id):
    plain = check_placement(facts(**BREAKERS[rule_id]))
    assert check_placement(facts(**BREAKERS[rule_id], **EXCEPTION)) == plain
    assert any(x.rule_id == rule_id and x.severity == "block" for x in plain)


# --- RuleParams defaults and reference rows ---------------------------------------------------

SCALARS = [(key, name, attr) for key, names in SCALAR_KEYS.items() for name, attr in names.items()]


@pytest.mark.parametrize(("key", "name", "attr"), SCALARS)
def test_scalar_defaults_come_from_reference_keys(key, name, attr):
    ref = BY_KEY[key]
    assert getattr(RuleParams(), attr) == Parameter(ref.default[name], ref.source, ref.verified)


def test_other_defaults_come_from_reference_keys():
    p = RuleParams()
    assert (p.night_start.value, p.night_end.value) == (dt.time(22, 0), dt.time(6, 0))
    assert p.night_start.source == BY_KEY["night_window"].source
    assert p.high_risk_hazards.value == tuple(BY_KEY["high_risk_hazards"].default["codes"])
    assert "internet_cafe" in p.entertainment_venues.value
    (table,) = p.min_wage_tables
    assert table.effective_from == dt.date(2021, 12, 1) and not table.verified
    assert table.monthly_fen == {1: 188_000, 2: 176_000, 3: 164_000, 4: 154_000}
    fields = {f.name for f in dataclasses.fields(RuleParams)}
    loaded = {attr for *_, attr in SCALARS} | {"night_start", "night_end", "min_wage_tables"}
    assert fields == loaded | {"high_risk_hazards", "entertainment_venues"}


def row(key: str, value: object, on: dt.date, source: str = "test") -> StoredValue:
    return StoredValue(key, value, on, source, key != "ages")


def test_seeded_rows_give_the_default_params():
    rows = [
        StoredValue(k.key, k.default, k.effective_from, k.source, k.verified)
        for k in REFERENCE_KEYS
    ]
    assert apply_reference_rows(rows, START) == RuleParams()
    assert apply_reference_rows([], START) == RuleParams()


CAPS = [
    row("intern_caps", {"enterprise_max_pct": 5, "post_max_pct": 5}, dt.date(2027, 1, 1), "c"),
    row("intern_caps", {"enterprise_max_pct": 10, "post_max_pct": 20}, dt.date(2021, 12, 31), "a"),
    row("intern_caps", {"enterprise_max_pct": 15, "post_max_pct": 25}, dt.date(2026, 1, 1), "b"),
]


@pytest.mark.parametrize(
    ("on", "pct", "source"),
    [
        (dt.date(2025, 12, 31), 10, "a"),
        (dt.date(2026, 1, 1), 15, "b"),  # in force from its own date
        (dt.date(2026, 12, 31), 15, "b"),
        (dt.date(2027, 1, 1), 5, "c"),
        (dt.date(2021, 12, 30), 10, "REG-2021 Art 11 para 1 (R-CAP-1, R-CAP-2)"),  # none yet
    ],
)
def test_latest_row_in_force_on_the_date(on, pct, source):
    p = apply_reference_rows(CAPS, on)
    assert (p.enterprise_cap_pct.value, p.enterprise_cap_pct.source) == (pct, source)


def test_loaded_caps_change_the_verdict():
    busy = facts(enterprise_peak_interns=30, post_peak_interns=12)
    assert [x.rule_id for x in check_placement(busy)] == ["R-CAP-1", "R-CAP-2"]
    assert check_placement(busy, apply_reference_rows(CAPS, START)) == []


def test_night_window_and_codes_rows():
    rows = [
        row("night_window", {"start": "23:00", "end": "05:00"}, dt.date(2026, 1, 1)),
        row("night_window", {"start": "20:00", "end": "08:00"}, dt.date(2027, 1, 1)),
        row("high_risk_hazards", {"codes": ["cold_water"]}, dt.date(2026, 1, 1)),
    ]
    p = apply_reference_rows(rows, START)
    assert (p.night_start.value, p.night_end.value) == (dt.time(23, 0), dt.time(5, 0))
    late = facts(shift_start=dt.time(14, 0), shift_end=dt.time(22, 30))
    assert check_placement(late, p) == []
    assert [x.rule_id for x in check_placement(late)] == ["R-TIME-3"]
    assert p.high_risk_hazards == Parameter(("cold_water",), "test", True)
    assert [x.rule_id for x in check_placement(facts(hazards=("cold_water",)), p)] == ["R-PROH-2"]
    assert check_placement(facts(hazards=("height",)), p) == []


def test_ages_row_changes_the_minimum_age():
    p = apply_reference_rows([row("ages", {"min_post_age": 17, "adult_age": 18}, START)], START)
    assert p.min_post_age == Parameter(17, "test", False)
    sixteen = facts(birth_date=dt.date(2010, 5, 1))
    assert [x.rule_id for x in check_placement(sixteen, p)] == ["R-AGE-1"]


def test_every_dated_min_wage_table_is_kept():
    def wage(on: dt.date, fen: int) -> StoredValue:
        classes = [{"class": c, "monthly_fen": fen, "hourly_part_time_fen": 1} for c in (1, 2)]
        return row("min_wage.jilin", {"currency": "CNY", "classes": classes}, on)

    rows = [wage(dt.date(2027, 7, 1), 230_000), wage(dt.date(2021, 12, 1), 188_000)]
    rows.append(wage(dt.date(2024, 3, 1), 200_000))
    tables = apply_reference_rows(rows, dt.date(2025, 1, 1)).min_wage_tables
    assert [(t.effective_from, t.monthly_fen[2]) for t in tables] == [
        (dt.date(2021, 12, 1), 188_000),
        (dt.date(2024, 3, 1), 200_000),
        (dt.date(2027, 7, 1), 230_000),  # takes effect later, kept for later start dates
    ]
    assert all(isinstance(t, MinWageTable) and t.source == "test" for t in tables)


def test_rows_the_rules_do_not_read_are_ignored():
    rows = [
        row("deadlines", {"upcoming_days": 3}, dt.date(2020, 1, 1)),
        row("public_holidays.2026", {"dates": ["2026-01-01"]}, dt.date(2026, 1, 1)),
    ]
    assert apply_reference_rows(rows, START) == RuleParams()


# --- check_shape ------------------------------------------------------------------------------


@pytest.mark.parametrize("ref", REFERENCE_KEYS, ids=lambda r: r.key)
def test_every_seeded_default_has_a_usable_shape(ref):
    assert check_shape(ref.key, ref.default) == []


NUM = ": expected a whole number ≥ 0"
NOT_A_TIME = ": expected a time like 22:00"
BAD_DAY = "dates: %s is not a date like 2026-10-01"


@pytest.mark.parametrize(
    ("key", "name", "bad"),
    [
        ("intern_caps", "enterprise_max_pct", "10"),  # text where a number is expected
        ("working_time", "max_hours_per_day", -1),
        ("working_time", "max_hours_per_day", 8.5),
        ("ages", "adult_age", True),
        ("min_wage.staleness_months", "months", None),
    ],
)
def test_check_shape_wants_whole_numbers_at_least_zero(key, name, bad):
    value = {**BY_KEY[key].default, name: bad}
    assert check_shape(key, value) == [name + NUM]


WAGE_ROW = {"class": 1, "monthly_fen": "1880", "hourly_part_time_fen": 1900}


@pytest.mark.parametrize(
    ("key", "value", "problems"),
    [
        (
            "pay",
            {"ratio_percent": 80, "max_cycle_days": 31, "grace_days": 5},
            ["paid_days_per_month_x100: missing"],
        ),
        ("ages", 16, ["value: expected an object"]),
        ("high_risk_hazards", {"codes": "height"}, ["codes: expected a list"]),
        ("high_risk_hazards", {"codes": ["height", 3]}, ["codes[]: expected text"]),
        (
            "lodging_away",
            {"same_prefecture_is_local": 1},
            ["same_prefecture_is_local: expected true or false"],
        ),
        (
            "min_wage.jilin",
            {"currency": "CNY", "classes": [WAGE_ROW]},
            ["classes[].monthly_fen" + NUM],
        ),
        ("night_window", {"start": "25:00", "end": "06:00"}, ["start" + NOT_A_TIME]),
        ("night_window", {"start": "22:00", "end": "6 am"}, ["end" + NOT_A_TIME]),
        ("night_window", {"start": "22:00"}, ["end: missing"]),
        ("public_holidays.2026", {"dates": ["2026-10-01", "2026-02-30"]}, [BAD_DAY % "2026-02-30"]),
        ("public_holidays.2027", {"dates": ["2027-13-01"]}, [BAD_DAY % "2027-13-01"]),
        ("public_holidays.2027", {"dates": ["2027-01-01"]}, []),
        ("intern_caps", {"enterprise_max_pct": 10, "post_max_pct": 20, "note": "kept"}, []),
        ("no_such_key", {"anything": -1}, []),
    ],
)
def test_check_shape_rejects_values_the_rules_cannot_read(key, value, problems):
    assert check_shape(key, value) == problems
