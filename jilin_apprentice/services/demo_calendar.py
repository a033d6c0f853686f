"""Demo calendars: each demo programme gets a realistic pattern and its generated days.

Deterministic (derived from the programme's position), written through the calendar service so
it passes validation. Planted problems for the checks to find: the second programme's
enterprise days are 9 hours (R-TIME-2, over 8 h a day) and the third works Saturdays at the
enterprise (R-TIME-4 for its 现代学徒制 interns); a few apprentices have leave days marked by
hand, which survive regeneration.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from jilin_apprentice.domain.enums import DayType
from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.domain.training_calendar import MAX_YEARS, CalendarPattern
from jilin_apprentice.services.container import Services

# (first block, school weeks, enterprise weeks) cycled over the programmes
SHAPES = (
    (DayType.SCHOOL, 2, 2),
    (DayType.ENTERPRISE, 2, 2),
    (DayType.SCHOOL, 1, 3),
    (DayType.SCHOOL, 4, 4),
)
LEAVE_NOTES = ("病假", "事假", "参加技能竞赛集训")


def _pattern(index: int, start: dt.date, end: dt.date) -> CalendarPattern:
    first, school, enterprise = SHAPES[index % len(SHAPES)]
    end = min(end, start + relativedelta(years=MAX_YEARS))
    weekdays = frozenset(range(6)) if index == 2 else frozenset(range(5))  # planted: Saturdays
    ent_hours = 90 if index == 1 else 80  # planted: 9-hour enterprise days
    return CalendarPattern(
        start,
        end,
        first_block=first,
        school_weeks=school,
        enterprise_weeks=enterprise,
        weekdays=weekdays,
        enterprise_hours_x10=ent_hours,
        school_hours_x10=70 if index % 2 else 80,
    )


def seed_demo_calendar(services: Services) -> int:
    """Pattern + generated days for every programme; returns the number of records made."""
    cal = services.calendar
    made = 0
    for index, choice in enumerate(cal.programme_choices()):
        pattern = _pattern(index, choice.start_date, choice.end_date)
        cal.save_pattern(choice.id, pattern)
        made += 1
        members = cal.member_choices(choice.id)
        for n, member in enumerate(members[:2]):  # hand-set leave before generating
            day = max(member.start_date, pattern.start) + dt.timedelta(days=15 + 7 * n)
            while day.weekday() >= 5:
                day += dt.timedelta(days=1)
            if day > member.end_date:
                continue
            try:
                made += cal.set_days(
                    member.apprenticeship_id,
                    [day, day + dt.timedelta(days=1)],
                    DayType.LEAVE,
                    note=LEAVE_NOTES[(index + n) % len(LEAVE_NOTES)],
                )
            except ValidationFailed:
                continue  # the student is elsewhere that day in the demo placements
        try:
            made += cal.generate(choice.id).days_written
        except ValidationFailed:
            continue  # a member has a placement elsewhere; the officer sees it on Generate
    return made
