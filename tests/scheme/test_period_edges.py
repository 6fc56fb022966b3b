"""Real quarters and financial years at their awkward edges, as the Board's reports meet them.

tests/scheme/test_periods.py checks the Thursday rule on made-up periods starting and
ending on every weekday. Here the same rule is checked on the calendar's own quarters and
years that start on a Friday, Saturday or Sunday, or end on a Thursday — the ones where a
straddling week is easiest to count twice or lose — and on the labels the reports print.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from icvapp.scheme.periods import Period, financial_year, quarter, quarter_of, recent_quarters, weeks_in

D = dt.date
DAY = dt.timedelta(days=1)
WEEK = dt.timedelta(days=7)


# --------------------------------------------------------------------------- quarters that start late in a week

@pytest.mark.parametrize(("fy", "q", "starts_on", "first_monday", "last_monday", "weeks"), [
    # Starts on a Friday: the week of Mon 28 Mar holds Thu 31 Mar, so it is Q4's, not Q1's.
    (2022, 1, "Friday", D(2022, 4, 4), D(2022, 6, 27), 13),
    (2021, 3, "Friday", D(2021, 10, 4), D(2021, 12, 27), 13),
    (2020, 4, "Friday", D(2021, 1, 4), D(2021, 3, 22), 12),  # after a 14-week Q3: 12 weeks
    # Starts on a Saturday.
    (2023, 1, "Saturday", D(2023, 4, 3), D(2023, 6, 26), 13),
    (2021, 4, "Saturday", D(2022, 1, 3), D(2022, 3, 28), 13),
    # Starts on a Sunday: only that Sunday of the week is in the quarter.
    (2023, 3, "Sunday", D(2023, 10, 2), D(2023, 12, 25), 13),
    (2018, 1, "Sunday", D(2018, 4, 2), D(2018, 6, 25), 13),
    (2022, 4, "Sunday", D(2023, 1, 2), D(2023, 3, 27), 13),
])
def test_a_quarter_starting_friday_to_sunday_leaves_its_first_days_to_the_quarter_before(
        fy, q, starts_on, first_monday, last_monday, weeks):
    period = quarter(fy, q)
    assert f"{period.start:%A}" == starts_on
    got = weeks_in(period)
    assert (got[0], got[-1], len(got)) == (first_monday, last_monday, weeks)
    # The week holding the first day belongs to the quarter before, where its Thursday is.
    straddling = period.start - period.start.weekday() * DAY
    assert straddling not in got
    fy_before, q_before = quarter_of(period.start - DAY)
    assert weeks_in(quarter(fy_before, q_before))[-1] == straddling


@pytest.mark.parametrize(("fy", "q", "last_monday", "weeks"), [
    (2022, 1, D(2022, 6, 27), 13),   # Thu 30 Jun 2022
    (2021, 4, D(2022, 3, 28), 13),   # Thu 31 Mar 2022: the financial year ends on a Thursday
    (2021, 2, D(2021, 9, 27), 14),   # Thu 30 Sep 2021: a quarter of 14 weeks
    (2020, 3, D(2020, 12, 28), 14),  # Thu 31 Dec 2020
    (2032, 4, D(2033, 3, 28), 13),   # Thu 31 Mar 2033
])
def test_a_quarter_ending_on_a_thursday_keeps_its_last_week(fy, q, last_monday, weeks):
    period = quarter(fy, q)
    assert f"{period.end:%A}" == "Thursday"
    got = weeks_in(period)
    assert got[-1] == last_monday == period.end - 3 * DAY
    assert len(got) == weeks
    # ... so the next quarter starts with the following week, even though its first day is a Friday.
    fy_next, q_next = quarter_of(period.end + DAY)
    assert weeks_in(quarter(fy_next, q_next))[0] == last_monday + WEEK


@pytest.mark.parametrize(("fy", "starts_on", "weeks", "first_monday", "last_monday"), [
    (2021, "Thursday", 53, D(2021, 3, 29), D(2022, 3, 28)),  # starts and ends on a Thursday: 53 weeks
    (2027, "Thursday", 53, D(2027, 3, 29), D(2028, 3, 27)),  # a leap year: starts Thursday, ends Friday
    (2032, "Thursday", 53, D(2032, 3, 29), D(2033, 3, 28)),
    (2022, "Friday", 52, D(2022, 4, 4), D(2023, 3, 27)),
    (2023, "Saturday", 52, D(2023, 4, 3), D(2024, 3, 25)),
    (2029, "Sunday", 52, D(2029, 4, 2), D(2030, 3, 25)),
    (2025, "Tuesday", 52, D(2025, 3, 31), D(2026, 3, 23)),
])
def test_a_financial_year_has_52_or_53_weeks_by_the_same_rule(fy, starts_on, weeks, first_monday, last_monday):
    year = financial_year(fy)
    assert f"{year.start:%A}" == starts_on
    got = weeks_in(year)
    assert (len(got), got[0], got[-1]) == (weeks, first_monday, last_monday)
    assert got == [w for q in (1, 2, 3, 4) for w in weeks_in(quarter(fy, q))]
    assert weeks_in(financial_year(fy + 1))[0] == last_monday + WEEK  # no week lost or doubled at the join


# --------------------------------------------------------------------------- any two periods that meet

@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 1, 1)),
       st.integers(min_value=0, max_value=400), st.integers(min_value=1, max_value=400))
def test_a_week_is_counted_in_exactly_one_of_two_periods_that_meet(start, first_days, second_days):
    """However a stretch of time is cut in two, each of its weeks lands on exactly one side."""
    split = start + first_days * DAY
    whole = Period(start, split + (second_days - 1) * DAY, "whole")
    before, after = Period(start, split - DAY, "before"), Period(split, whole.end, "after")
    left, right = (weeks_in(before) if first_days else []), weeks_in(after)
    assert not set(left) & set(right)
    assert left + right == weeks_in(whole)


@given(st.integers(min_value=2000, max_value=2100))
def test_consecutive_financial_years_share_no_week_and_leave_no_gap(fy):
    this, following = weeks_in(financial_year(fy)), weeks_in(financial_year(fy + 1))
    assert len(this) in (52, 53)
    assert following[0] == this[-1] + WEEK


# --------------------------------------------------------------------------- what the reports print

@pytest.mark.parametrize(("fy", "label"), [
    (2025, "2025/26"), (1999, "1999/00"), (2009, "2009/10"), (2099, "2099/00"), (2000, "2000/01"),
])
def test_a_financial_year_is_labelled_with_both_of_its_calendar_years(fy, label):
    assert financial_year(fy).label == label
    assert quarter(fy, 4).label == f"Q4 {label}"


@pytest.mark.parametrize("q", [0, 5, -1])
def test_a_quarter_outside_1_to_4_is_refused_saying_what_is_allowed(q):
    with pytest.raises(ValueError, match=f"A financial quarter is 1 to 4, not {q}"):
        quarter(2025, q)


@pytest.mark.parametrize(("today", "labels"), [
    (D(2025, 8, 15), ["Q2 2025/26", "Q1 2025/26", "Q4 2024/25", "Q3 2024/25", "Q2 2024/25"]),
    (D(2025, 11, 1), ["Q3 2025/26", "Q2 2025/26", "Q1 2025/26", "Q4 2024/25", "Q3 2024/25"]),
    (D(2026, 2, 1), ["Q4 2025/26", "Q3 2025/26", "Q2 2025/26", "Q1 2025/26", "Q4 2024/25"]),
    (D(2025, 4, 1), ["Q1 2025/26", "Q4 2024/25", "Q3 2024/25", "Q2 2024/25", "Q1 2024/25"]),
])
def test_the_quarter_picker_lists_every_recent_quarter_newest_first(today, labels):
    assert [p.label for p in recent_quarters(today, 5)] == labels
