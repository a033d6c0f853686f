"""Pay schedules across month ends, leap years, term changes and the edges of a placement."""

from __future__ import annotations

import datetime as dt

import pytest

from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.domain.pay_schedule import (
    PayTerms,
    due_date_for,
    nearest_index,
    pay_schedule,
    period_index,
    rebuilt_schedule,
    scheduled_work_days,
)

D = dt.date
MONTHLY = PayTerms(350_000)  # 3,500.00 yuan a month, paid on the 10th


def spans(periods) -> list[tuple[dt.date, dt.date, int]]:
    return [(p.start, p.end, p.amount_due_fen) for p in periods]


def test_whole_months_are_paid_in_full_on_the_tenth_of_the_next_month():
    periods = pay_schedule(D(2027, 3, 1), D(2027, 5, 31), MONTHLY)
    assert spans(periods) == [
        (D(2027, 3, 1), D(2027, 3, 31), 350_000),
        (D(2027, 4, 1), D(2027, 4, 30), 350_000),
        (D(2027, 5, 1), D(2027, 5, 31), 350_000),
    ]
    assert [p.due_date for p in periods] == [D(2027, 4, 10), D(2027, 5, 10), D(2027, 6, 10)]
    assert all(p.work_days is None for p in periods)


def test_partial_first_and_last_months_are_pro_rata_by_calendar_days():
    periods = pay_schedule(D(2027, 3, 20), D(2027, 5, 10), MONTHLY)
    assert spans(periods) == [
        (D(2027, 3, 20), D(2027, 3, 31), 135_484),  # 350,000 x 12 / 31 = 135,483.87
        (D(2027, 4, 1), D(2027, 4, 30), 350_000),
        (D(2027, 5, 1), D(2027, 5, 10), 112_903),  # 350,000 x 10 / 31 = 112,903.23
    ]


def test_a_start_on_the_31st_is_one_day_of_january_then_whole_months():
    periods = pay_schedule(D(2027, 1, 31), D(2027, 3, 30), MONTHLY)
    assert spans(periods) == [
        (D(2027, 1, 31), D(2027, 1, 31), 11_290),  # 1/31
        (D(2027, 2, 1), D(2027, 2, 28), 350_000),
        (D(2027, 3, 1), D(2027, 3, 30), 338_710),  # 30/31
    ]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2028, 2, 15), D(2028, 2, 29), 181_034),  # leap year: 15 of 29 days
        (D(2027, 2, 15), D(2027, 2, 28), 175_000),  # common year: 14 of 28 days, half
        (D(2028, 2, 29), D(2028, 2, 29), 12_069),  # the leap day alone: 1 of 29
        (D(2028, 2, 1), D(2028, 2, 29), 350_000),  # all of a leap February
    ],
)
def test_february_in_leap_and_common_years(start, end, expected):
    (period,) = pay_schedule(start, end, MONTHLY)
    assert (period.start, period.end, period.amount_due_fen) == (start, end, expected)


def test_a_one_day_placement_is_one_period():
    (period,) = pay_schedule(D(2027, 6, 30), D(2027, 6, 30), MONTHLY)
    assert (period.days, period.amount_due_fen, period.due_date) == (1, 11_667, D(2027, 7, 10))


def test_end_before_start_is_refused():
    with pytest.raises(ValidationFailed) as caught:
        pay_schedule(D(2027, 3, 2), D(2027, 3, 1), MONTHLY)
    (problem,) = caught.value.violations
    assert (problem.field, problem.code) == ("end_date", "date.end_before_start")
    assert problem.params == {"start": "2027-03-02", "end": "2027-03-01"}


@pytest.mark.parametrize(
    ("terms", "field", "code"),
    [
        (PayTerms(-1), "pay_amount", "number.negative"),
        (PayTerms(100, unit="week"), "pay_unit", "choice.invalid"),
        (PayTerms(100, payday=32), "payday", "number.range"),
        (PayTerms(100, payday=0), "payday", "number.range"),
        (PayTerms(100, unit="day", days_per_week=8), "days_per_week", "number.range"),
    ],
)
def test_impossible_terms_are_refused(terms, field, code):
    with pytest.raises(ValidationFailed) as caught:
        pay_schedule(D(2027, 3, 1), D(2027, 3, 31), terms)
    assert [(v.field, v.code) for v in caught.value.violations] == [(field, code)]


@pytest.mark.parametrize(
    ("period_end", "payday", "due"),
    [
        (D(2027, 1, 31), 31, D(2027, 2, 28)),  # clipped to a common February
        (D(2028, 1, 31), 31, D(2028, 2, 29)),  # and to a leap one
        (D(2027, 1, 31), 30, D(2027, 2, 28)),
        (D(2027, 3, 31), 31, D(2027, 4, 30)),
        (D(2027, 12, 31), None, D(2028, 1, 10)),  # into the next year, default 10th
        (D(2027, 5, 31), 1, D(2027, 6, 1)),
    ],
)
def test_the_payday_is_clipped_to_the_end_of_the_following_month(period_end, payday, due):
    assert due_date_for(period_end, payday) == due


def test_a_change_of_terms_on_the_16th_splits_the_month():
    rise = PayTerms(400_000)
    periods = pay_schedule(
        D(2027, 3, 1), D(2027, 4, 30), [(D(2027, 3, 1), MONTHLY), (D(2027, 3, 16), rise)]
    )
    assert spans(periods) == [
        (D(2027, 3, 1), D(2027, 3, 15), 169_355),  # 350,000 x 15/31
        (D(2027, 3, 16), D(2027, 3, 31), 206_452),  # 400,000 x 16/31
        (D(2027, 4, 1), D(2027, 4, 30), 400_000),
    ]
    assert {p.due_date for p in periods[:2]} == {D(2027, 4, 10)}  # both halves due together
    assert [p.terms for p in periods] == [MONTHLY, rise, rise]


def test_a_change_of_payday_moves_the_due_dates_from_then_on():
    later = PayTerms(350_000, payday=25)
    periods = pay_schedule(
        D(2027, 3, 1), D(2027, 5, 31), [(D(2027, 3, 1), MONTHLY), (D(2027, 4, 1), later)]
    )
    assert [p.due_date for p in periods] == [D(2027, 4, 10), D(2027, 5, 25), D(2027, 6, 25)]
    assert len(periods) == 3  # a change on the 1st splits nothing


def test_spans_before_the_start_and_after_the_end():
    old, signed, never = PayTerms(300_000), PayTerms(350_000), PayTerms(999_000)
    periods = pay_schedule(
        D(2027, 3, 1),
        D(2027, 3, 31),
        [(D(2027, 4, 1), never), (D(2026, 1, 1), old), (D(2027, 2, 1), signed)],
    )
    assert spans(periods) == [(D(2027, 3, 1), D(2027, 3, 31), 350_000)]  # latest before start


def test_of_two_spans_on_one_day_the_later_one_wins():
    periods = pay_schedule(
        D(2027, 3, 1), D(2027, 3, 31), [(D(2027, 3, 1), PayTerms(1)), (D(2027, 3, 1), MONTHLY)]
    )
    assert spans(periods) == [(D(2027, 3, 1), D(2027, 3, 31), 350_000)]


def test_the_first_terms_also_cover_days_before_their_date():
    periods = pay_schedule(D(2027, 3, 1), D(2027, 3, 31), [(D(2027, 3, 10), MONTHLY)])
    assert spans(periods) == [(D(2027, 3, 1), D(2027, 3, 31), 350_000)]


def test_day_pay_counts_the_scheduled_weekdays_from_monday():
    # March 2027 starts on a Monday: 23 weekdays, 27 Monday-Saturday days
    five = pay_schedule(D(2027, 3, 1), D(2027, 3, 31), PayTerms(15_000, unit="day"))
    six = pay_schedule(D(2027, 3, 1), D(2027, 3, 31), PayTerms(15_000, unit="day", days_per_week=6))
    assert [(p.work_days, p.amount_due_fen) for p in five + six] == [(23, 345_000), (27, 405_000)]


def test_a_weekend_alone_has_no_working_day():
    (period,) = pay_schedule(D(2027, 3, 6), D(2027, 3, 7), PayTerms(15_000, unit="day"))
    assert (period.work_days, period.amount_due_fen) == (0, 0)


@pytest.mark.parametrize(("per_week", "days"), [(0, 0), (1, 5), (5, 23), (7, 31)])
def test_working_days_per_week_at_the_ends_of_the_range(per_week, days):
    assert scheduled_work_days(D(2027, 3, 1), D(2027, 3, 31), per_week) == days


def test_hour_pay_is_rate_times_hours_times_days():
    terms = PayTerms(2_000, unit="hour", hours_per_day_x10=75)  # 20.00 yuan x 7.5 h
    (period,) = pay_schedule(D(2027, 3, 1), D(2027, 3, 31), terms)
    assert (period.work_days, period.amount_due_fen) == (23, 345_000)
    (default,) = pay_schedule(D(2027, 3, 1), D(2027, 3, 31), PayTerms(2_000, unit="hour"))
    assert default.amount_due_fen == 2_000 * 8 * 23  # 8 hours when none are set


def test_half_a_fen_rounds_up_and_less_rounds_down():
    (half,) = pay_schedule(D(2026, 11, 1), D(2026, 11, 15), PayTerms(1))  # 1 x 15/30 = 0.5
    (third,) = pay_schedule(D(2026, 11, 1), D(2026, 11, 10), PayTerms(1))  # 1 x 10/30 = 0.33
    assert (half.amount_due_fen, third.amount_due_fen) == (1, 0)


def test_period_index_finds_the_period_of_a_day_or_of_its_month():
    periods = [(D(2027, 3, 15), D(2027, 3, 31)), (D(2027, 4, 1), D(2027, 4, 30))]
    assert period_index(periods, D(2027, 4, 30)) == 1
    assert period_index(periods, D(2027, 3, 1)) == 0  # "March" is the period from the 15th
    assert period_index(periods, D(2027, 5, 1)) is None


def test_nearest_index_prefers_the_days_in_turn_then_the_closest():
    periods = [(D(2027, 3, 1), D(2027, 3, 15)), (D(2027, 3, 16), D(2027, 3, 31))]
    assert nearest_index(periods, (D(2027, 3, 20), D(2027, 3, 2))) == 1
    assert nearest_index(periods, (D(2027, 2, 1), D(2027, 3, 2))) == 0
    assert nearest_index(periods, (D(2027, 5, 1),)) == 1
    assert nearest_index([], (D(2027, 5, 1),)) is None


def test_rebuilt_schedule_keeps_history_before_a_change_of_terms():
    stored = [(D(2027, 3, 1), D(2027, 3, 31)), (D(2027, 4, 1), D(2027, 4, 30))]
    kept, new = rebuilt_schedule(
        D(2027, 3, 1), D(2027, 5, 31), PayTerms(400_000), stored, D(2027, 4, 16), MONTHLY
    )
    assert kept == 1
    assert spans(new) == [
        (D(2027, 4, 1), D(2027, 4, 15), 175_000),
        (D(2027, 4, 16), D(2027, 4, 30), 200_000),
        (D(2027, 5, 1), D(2027, 5, 31), 400_000),
    ]


def test_rebuilt_schedule_without_a_change_date_recomputes_everything():
    stored = [(D(2027, 3, 1), D(2027, 3, 31))]
    kept, new = rebuilt_schedule(D(2027, 3, 1), D(2027, 3, 31), MONTHLY, stored)
    assert (kept, spans(new)) == (0, [(D(2027, 3, 1), D(2027, 3, 31), 350_000)])
    assert rebuilt_schedule(D(2027, 3, 1), D(2027, 3, 31), None, stored) == (0, [])
