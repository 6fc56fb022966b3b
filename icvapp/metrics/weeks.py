"""Coverage: did every place get its visit in each target period (week, fortnight, month) it was open?

The period comes from the scheme's definition (``target_every``): the first kind's places are visited
weekly, the dog unit monthly. Weeks run Monday to Sunday and belong to the period holding
their Thursday (ISO 8601's rule), so a week that straddles two quarters is counted once, in
the quarter holding most of its days; fortnights and months likewise belong where their middle
day lies (:func:`icvapp.scheme.periods.slots_in`). Each such period is a *slot*, named by its
first day (a week's Monday, a month's 1st); the figures' ``*_weeks`` fields hold slots.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icvapp.scheme.periods import Period, closed_most_of, slot_end, slot_start, slots_in
from icvapp.scheme.periods import week_start as monday_of
from icvapp.scheme.periods import weeks_in as weeks_of
from icvapp.scheme.places import CLOSED_DAYS_IN_WEEK as CLOSED_DAYS_FOR_A_CLOSED_WEEK
from icvapp.scheme.places import Closure, closed_days

DAY = dt.timedelta(days=1)
WEEK = dt.timedelta(days=7)

__all__ = [
    "CLOSED_DAYS_FOR_A_CLOSED_WEEK",
    "Closure",
    "Coverage",
    "closed_days",
    "coverage",
    "monday_of",
    "slot_end",
    "slot_start",
    "slots_in",
    "visit_span",
    "weeks_of",
]


def visit_span(period: Period, weeks: list[dt.date], every: str = "week") -> tuple[dt.date, dt.date]:
    """The dates whose visits the period's figures need: its own days and all of its slots (weeks, months)."""
    if not weeks:
        return period.start, period.end
    return min(period.start, weeks[0]), max(period.end, slot_end(weeks[-1], every))


@dataclass(frozen=True)
class Coverage:
    expected: list[dt.date]
    covered: list[dt.date]
    closed: list[dt.date]
    missed: list[dt.date]
    to_come: list[dt.date]  # expected once over, not yet over or covered
    visited: list[dt.date]  # weeks with a completed visit, expected or not


def coverage(weeks: list[dt.date], *, expected_at_all: bool, closures: list[Closure],
             visited: set[dt.date], today: dt.date, every: str = "week") -> Coverage:
    """One place's slots (weeks, or the target's fortnights or months): which were expected, covered,
    closed, missed or are still to come.

    ``visited`` holds the first days of slots with a completed counting visit;
    ``expected_at_all`` is false for occasional and inactive places. A slot
    that is not over by ``today`` cannot have been missed yet: it is expected
    once it is covered or once its last day has passed. A slot is closed when the
    place was closed on most of its days (a week: 4 of its 7).
    """
    if every == "week":
        closed = [m for m in weeks if closed_days(closures, m) >= CLOSED_DAYS_FOR_A_CLOSED_WEEK]
    else:
        closed = [m for m in weeks if closed_most_of(closures, m, slot_end(m, every))]
    open_weeks = [m for m in weeks if expected_at_all and m not in closed]
    expected = [m for m in open_weeks if m in visited or slot_end(m, every) < today]
    return Coverage(
        expected=expected,
        covered=[m for m in expected if m in visited],
        closed=closed,
        missed=[m for m in expected if m not in visited],
        to_come=[m for m in open_weeks if m not in expected],
        visited=[m for m in weeks if m in visited],
    )
