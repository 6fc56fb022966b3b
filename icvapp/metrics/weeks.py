"""Weekly coverage: did every suite get its visit each week it was open?

Weeks run Monday to Sunday and belong to the period holding their Thursday
(ISO 8601's rule), so a week that straddles two quarters is counted once,
in the quarter holding most of its days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icvapp.scheme.periods import Period
from icvapp.scheme.periods import week_start as monday_of
from icvapp.scheme.periods import weeks_in as weeks_of
from icvapp.scheme.suites import CLOSED_DAYS_IN_WEEK as CLOSED_DAYS_FOR_A_CLOSED_WEEK
from icvapp.scheme.suites import Closure, closed_days

DAY = dt.timedelta(days=1)
WEEK = dt.timedelta(days=7)

__all__ = ["Closure", "Coverage", "closed_days", "coverage", "monday_of", "visit_span", "weeks_of",
           "CLOSED_DAYS_FOR_A_CLOSED_WEEK"]


def visit_span(period: Period, weeks: list[dt.date]) -> tuple[dt.date, dt.date]:
    """The dates whose visits the period's figures need: its own days and all of its weeks."""
    if not weeks:
        return period.start, period.end
    return min(period.start, weeks[0]), max(period.end, weeks[-1] + 6 * DAY)


@dataclass(frozen=True)
class Coverage:
    expected: list[dt.date]
    covered: list[dt.date]
    closed: list[dt.date]
    missed: list[dt.date]
    to_come: list[dt.date]  # expected once over, not yet over or covered
    visited: list[dt.date]  # weeks with a completed visit, expected or not


def coverage(weeks: list[dt.date], *, expected_at_all: bool, closures: list[Closure],
             visited: set[dt.date], today: dt.date) -> Coverage:
    """One suite's weeks: which were expected, covered, closed, missed or are still to come.

    ``visited`` holds the Mondays of weeks with a completed counting visit;
    ``expected_at_all`` is false for occasional and inactive suites. A week
    that is not over by ``today`` cannot have been missed yet: it is expected
    once it is covered or once its Sunday has passed.
    """
    closed = [m for m in weeks if closed_days(closures, m) >= CLOSED_DAYS_FOR_A_CLOSED_WEEK]
    open_weeks = [m for m in weeks if expected_at_all and m not in closed]
    expected = [m for m in open_weeks if m in visited or m + 6 * DAY < today]
    return Coverage(
        expected=expected,
        covered=[m for m in expected if m in visited],
        closed=closed,
        missed=[m for m in expected if m not in visited],
        to_come=[m for m in open_weeks if m not in expected],
        visited=[m for m in weeks if m in visited],
    )
