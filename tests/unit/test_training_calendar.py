"""The alternating calendar as pure functions: generation, validation, working-time checks."""

from __future__ import annotations

import datetime as dt

import pytest

from jilin_apprentice.domain.enums import DayType
from jilin_apprentice.domain.training_calendar import (
    CalendarPattern,
    Day,
    WorkingTimeLimits,
    generate_days,
    share_pct,
    summarize,
    validate_pattern,
    working_time_findings,
)

E, S, H, L = DayType.ENTERPRISE, DayType.SCHOOL, DayType.HOLIDAY, DayType.LEAVE

D = dt.date


def kinds(days: list[Day]) -> dict[D, DayType]:
    return {d.day: d.day_type for d in days}


def test_two_and_two_weeks_alternate_mon_to_fri():
    p = CalendarPattern(D(2027, 3, 1), D(2027, 4, 25))  # 8 weeks from a Monday
    days = generate_days(p)
    assert len(days) == 40
    assert [d.day_type for d in days[::5]] == [S, S, E, E, S, S, E, E]
    assert all(d.day.weekday() < 5 for d in days)
    assert all(d.hours_x10 == 80 for d in days)


def test_enterprise_first_and_uneven_blocks():
    p = CalendarPattern(
        D(2027, 3, 1), D(2027, 4, 25), first_block=E, school_weeks=1, enterprise_weeks=3
    )
    assert [d.day_type for d in generate_days(p)[::5]] == [E, E, E, S, E, E, E, S]


def test_pattern_starting_mid_week_keeps_calendar_weeks():
    p = CalendarPattern(D(2027, 3, 3), D(2027, 3, 19))  # Wednesday
    k = kinds(generate_days(p))
    assert min(k) == D(2027, 3, 3)
    assert k[D(2027, 3, 5)] == S and k[D(2027, 3, 8)] == S  # week 1 partial, week 2 school
    assert k[D(2027, 3, 15)] == E  # week 3 starts the enterprise block on Monday
    assert len(k) == 13


def test_year_boundary_and_holidays_inside_blocks():
    p = CalendarPattern(D(2027, 12, 20), D(2028, 1, 14), first_block=E)
    k = kinds(generate_days(p, {D(2028, 1, 1), D(2027, 12, 31)}))
    assert k[D(2027, 12, 31)] == H  # Friday inside the enterprise block
    assert D(2028, 1, 1) not in k  # a Saturday holiday: rest day, no row
    assert k[D(2028, 1, 3)] == S and k[D(2027, 12, 30)] == E


def test_leap_day_2028():
    p = CalendarPattern(D(2028, 2, 28), D(2028, 3, 1), weekdays=frozenset(range(7)))
    days = generate_days(p)
    assert [d.day for d in days] == [D(2028, 2, 28), D(2028, 2, 29), D(2028, 3, 1)]


def test_single_day_range_and_rest_day_range():
    assert generate_days(CalendarPattern(D(2027, 3, 3), D(2027, 3, 3))) == [
        Day(D(2027, 3, 3), S, 80)
    ]
    assert generate_days(CalendarPattern(D(2027, 3, 6), D(2027, 3, 6))) == []  # Saturday


def test_end_before_start_generates_nothing():
    assert generate_days(CalendarPattern(D(2027, 3, 3), D(2027, 3, 2))) == []


def test_holiday_has_no_hours():
    [day] = generate_days(CalendarPattern(D(2027, 3, 3), D(2027, 3, 3)), {D(2027, 3, 3)})
    assert day == Day(D(2027, 3, 3), H, None)


def test_explicit_rrule_for_enterprise_days():
    p = CalendarPattern(
        D(2027, 3, 1),
        D(2027, 3, 14),
        enterprise_rrule="FREQ=WEEKLY;BYDAY=TU,TH",
        enterprise_hours_x10=75,
    )
    k = {d.day: (d.day_type, d.hours_x10) for d in generate_days(p)}
    assert k[D(2027, 3, 2)] == (E, 75) and k[D(2027, 3, 4)] == (E, 75)
    assert k[D(2027, 3, 1)] == (S, 80)
    assert len(k) == 10


def test_json_round_trip():
    p = CalendarPattern(
        D(2027, 3, 1),
        D(2028, 2, 29),
        first_block=E,
        weekdays=frozenset({0, 2, 4}),
        enterprise_rrule="FREQ=WEEKLY;BYDAY=MO",
    )
    assert CalendarPattern.from_json(p.to_json()) == p


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"end": D(2027, 2, 28)}, "end_date", "date.end_before_start"),
        ({"end": D(2030, 3, 2)}, "end_date", "calendar.too_long"),
        ({"school_weeks": 0, "enterprise_weeks": 0}, "school_weeks", "calendar.cycle_empty"),
        ({"school_weeks": -1}, "school_weeks", "number.negative"),
        ({"weekdays": frozenset()}, "weekdays", "calendar.no_weekdays"),
        ({"weekdays": frozenset({7})}, "weekdays", "calendar.no_weekdays"),
        ({"enterprise_hours_x10": 241}, "enterprise_hours_x10", "number.range"),
        ({"school_hours_x10": -1}, "school_hours_x10", "number.range"),
        ({"enterprise_rrule": "EVERY TUESDAY"}, "enterprise_rrule", "calendar.rrule_invalid"),
        ({"first_block": H}, "first_block", "choice.invalid"),
    ],
)
def test_validation(change, field, code):
    base = dict(start=D(2027, 3, 1), end=D(2028, 2, 29))
    violations = validate_pattern(CalendarPattern(**{**base, **change}))
    assert [(v.field, v.code) for v in violations] == [(field, code)]


def test_validation_boundaries_pass():
    assert validate_pattern(CalendarPattern(D(2027, 3, 1), D(2030, 3, 1))) == []  # 3 years
    assert validate_pattern(CalendarPattern(D(2027, 3, 1), D(2027, 3, 1))) == []  # one day
    assert (
        validate_pattern(
            CalendarPattern(D(2027, 3, 1), D(2027, 3, 1), enterprise_hours_x10=240, school_weeks=0)
        )
        == []
    )


def week(start: D, n: int, hours: int, kind: DayType = E) -> list[Day]:
    return [Day(start + dt.timedelta(days=i), kind, hours) for i in range(n)]


LIMITS = WorkingTimeLimits()


def test_eight_hours_five_days_is_clean():
    assert working_time_findings(week(D(2027, 3, 1), 5, 80), LIMITS) == []


def test_day_over_eight_hours_blocks_and_names_dates():
    days = [*week(D(2027, 3, 1), 5, 80), Day(D(2027, 3, 8), E, 81), Day(D(2027, 3, 9), E, 90)]
    [f] = working_time_findings(days, LIMITS)
    assert (f.rule_id, f.severity, f.field) == ("R-TIME-2", "block", "hours_per_day")
    assert f.params == {"hours": 9, "dates": "2027-03-08, 2027-03-09", "count": 2}


def test_school_hours_are_not_working_time():
    assert working_time_findings(week(D(2027, 3, 1), 7, 100, S), LIMITS) == []


def test_weekly_hours_warn_over_40_block_over_44():
    warn = working_time_findings([*week(D(2027, 3, 1), 5, 80), Day(D(2027, 3, 6), E, 4)], LIMITS)
    assert [(f.severity, f.params["hours"]) for f in warn if f.rule_id == "R-TIME-2"] == [
        ("warn", 40.4)
    ]
    exactly_44 = [*week(D(2027, 3, 1), 5, 80), Day(D(2027, 3, 6), E, 40)]
    assert [f.severity for f in working_time_findings(exactly_44, LIMITS, intern=False)] == ["warn"]
    over = [*week(D(2027, 3, 1), 5, 80), Day(D(2027, 3, 6), E, 41)]
    [f] = working_time_findings(over, LIMITS, intern=False)
    assert (f.severity, f.field, f.params["weeks"]) == ("block", "days_per_week", "2027-W09")


def test_seven_days_a_week_leaves_no_rest_day():
    found = working_time_findings(week(D(2027, 3, 1), 7, 50), LIMITS, intern=False)
    assert [(f.field, f.params.get("days")) for f in found] == [("days_per_week", 7)]
    six = working_time_findings(week(D(2027, 3, 1), 6, 60), LIMITS, intern=False)
    assert six == []


def test_intern_weekend_and_holiday_work():
    days = [Day(D(2027, 3, 6), E, 80), Day(D(2027, 3, 7), E, 80), Day(D(2027, 5, 3), E, 80)]
    found = working_time_findings(days, LIMITS, {D(2027, 5, 3)})
    assert [(f.rule_id, f.field, f.params["count"]) for f in found] == [
        ("R-TIME-4", "work_on_rest_days", 2),
        ("R-TIME-4", "work_on_public_holidays", 1),
    ]
    assert working_time_findings(days, LIMITS, {D(2027, 5, 3)}, intern=False) == []


def test_findings_show_first_three_dates_and_count():
    saturdays = [Day(D(2027, 3, 6) + dt.timedelta(weeks=i), E, 80) for i in range(5)]
    [f] = working_time_findings(saturdays, LIMITS)
    assert f.params == {"dates": "2027-03-06, 2027-03-13, 2027-03-20", "count": 5}


def test_limits_come_from_reference_value():
    limits = WorkingTimeLimits.from_value({"max_hours_per_day": 7})
    [f] = working_time_findings([Day(D(2027, 3, 1), E, 75)], limits)
    assert f.field == "hours_per_day"
    assert WorkingTimeLimits.from_value(None) == LIMITS


def test_summary_and_share():
    days = (
        week(D(2027, 3, 1), 3, 80) + week(D(2027, 3, 8), 1, 80, S) + [Day(D(2027, 3, 9), L, None)]
    )
    counts, ent, school = summarize(days)
    assert counts[E] == 3 and counts[S] == 1 and counts[L] == 1 and counts[H] == 0
    assert (ent, school, share_pct(ent, school)) == (240, 80, 75)
    assert share_pct(0, 0) is None
