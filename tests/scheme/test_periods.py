import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from icvapp.scheme.periods import (
    Period,
    financial_year,
    financial_year_of,
    quarter,
    quarter_of,
    recent_quarters,
    week_start,
    weeks_in,
)


@pytest.mark.parametrize(("day", "expected"), [
    (dt.date(2025, 4, 1), (2025, 1)), (dt.date(2025, 6, 30), (2025, 1)), (dt.date(2025, 7, 1), (2025, 2)),
    (dt.date(2025, 12, 31), (2025, 3)), (dt.date(2026, 1, 1), (2025, 4)), (dt.date(2026, 3, 31), (2025, 4)),
])
def test_quarters_follow_the_financial_year(day, expected):
    assert quarter_of(day) == expected
    fy, q = expected
    assert day in quarter(fy, q)


def test_quarter_bounds_and_labels():
    assert quarter(2025, 4).start == dt.date(2026, 1, 1) and quarter(2025, 4).end == dt.date(2026, 3, 31)
    assert quarter(2025, 2).label == "Q2 2025/26"
    assert financial_year(2025).end == dt.date(2026, 3, 31)
    assert financial_year_of(dt.date(2026, 3, 31)) == 2025
    assert [p.label for p in recent_quarters(dt.date(2026, 5, 1), 3)] == ["Q1 2026/27", "Q4 2025/26", "Q3 2025/26"]
    with pytest.raises(ValueError):
        quarter(2025, 5)


# --------------------------------------------------------------------------- the Thursday rule, at every edge

MONDAY = dt.date(2025, 6, 2)  # a Monday
DAY = dt.timedelta(days=1)


def _period(start: dt.date, end: dt.date) -> Period:
    return Period(start, end, "test")


@pytest.mark.parametrize("weekday", range(7))  # the period starts on Monday … Sunday
def test_a_period_starting_on_each_weekday_takes_the_week_only_if_it_holds_the_thursday(weekday):
    start = MONDAY + weekday * DAY
    weeks = weeks_in(_period(start, start + 60 * DAY))
    # The straddling week belongs here when its Thursday (Monday + 3) is on or after the start.
    assert (MONDAY in weeks) == (weekday <= 3)
    assert weeks[0] == (MONDAY if weekday <= 3 else MONDAY + 7 * DAY)


@pytest.mark.parametrize("weekday", range(7))  # the period ends on Monday … Sunday
def test_a_period_ending_on_each_weekday_takes_the_week_only_if_it_holds_the_thursday(weekday):
    end = MONDAY + 70 * DAY + weekday * DAY  # some Monday ten weeks on, plus weekday days
    last_monday = MONDAY + 70 * DAY
    weeks = weeks_in(_period(MONDAY, end))
    assert (last_monday in weeks) == (weekday >= 3)
    assert weeks[-1] == (last_monday if weekday >= 3 else last_monday - 7 * DAY)


@pytest.mark.parametrize(("start_offset", "end_offset", "expected"), [
    (3, 3, 1),    # a one-day period on a Thursday holds that whole week
    (4, 9, 0),    # Friday to the next Wednesday holds no Thursday
    (0, 2, 0),    # Monday to Wednesday: the Thursday is outside
    (0, 3, 1),    # Monday to Thursday: just in
    (3, 10, 2),   # Thursday to the next Thursday: two weeks
])
def test_short_periods_hold_exactly_the_weeks_of_their_thursdays(start_offset, end_offset, expected):
    assert len(weeks_in(_period(MONDAY + start_offset * DAY, MONDAY + end_offset * DAY))) == expected


@given(st.integers(min_value=2000, max_value=2100))
def test_every_week_of_a_year_is_counted_in_exactly_one_quarter(fy):
    per_quarter = [weeks_in(quarter(fy, q)) for q in (1, 2, 3, 4)]
    every = [w for weeks in per_quarter for w in weeks]
    assert len(every) == len(set(every)) == len(weeks_in(financial_year(fy)))
    for q, weeks in zip((1, 2, 3, 4), per_quarter, strict=True):
        period = quarter(fy, q)
        assert all(w.weekday() == 0 and (w + 3 * DAY) in period for w in weeks)
        assert all(b - a == 7 * DAY for a, b in zip(weeks, weeks[1:], strict=False))


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_any_day_falls_in_the_quarter_that_quarter_of_names(day):
    fy, q = quarter_of(day)
    assert day in quarter(fy, q) and day in financial_year(fy)
    assert week_start(day).weekday() == 0 and 0 <= (day - week_start(day)).days <= 6
