"""Financial years and quarters: 1 April to 31 March; Q1 = April–June … Q4 = January–March."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icvapp.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive
    label: str

    def __contains__(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def financial_year_of(day: dt.date) -> int:
    """The financial year a date falls in, named by the calendar year it starts in."""
    return day.year if day.month >= 4 else day.year - 1


def quarter_of(day: dt.date) -> tuple[int, int]:
    return financial_year_of(day), (day.month - 4) % 12 // 3 + 1


def quarter(fy: int, q: int) -> Period:
    if q not in (1, 2, 3, 4):
        raise ValueError(f"A financial quarter is 1 to 4, not {q}.")
    first_month = 4 + 3 * (q - 1)
    year = fy + (first_month - 1) // 12
    month = (first_month - 1) % 12 + 1
    start = dt.date(year, month, 1)
    next_start = dt.date(year + (month + 2) // 12, (month + 2) % 12 + 1, 1)
    return Period(start, next_start - dt.timedelta(days=1), QT_TRANSLATE_NOOP("Periods", "Q{quarter} {year}").format(
        quarter=q, year=f"{fy}/{(fy + 1) % 100:02d}"))


def financial_year(fy: int) -> Period:
    return Period(dt.date(fy, 4, 1), dt.date(fy + 1, 3, 31), f"{fy}/{(fy + 1) % 100:02d}")


def recent_quarters(today: dt.date, count: int = 8) -> list[Period]:
    """The current quarter and the ones before it, newest first."""
    fy, q = quarter_of(today)
    out = []
    for _ in range(count):
        out.append(quarter(fy, q))
        fy, q = (fy, q - 1) if q > 1 else (fy - 1, 4)
    return out


def week_start(day: dt.date) -> dt.date:
    """The Monday of the week (Monday to Sunday) holding ``day``."""
    return day - dt.timedelta(days=day.weekday())


def weeks_in(period: Period) -> list[dt.date]:
    """The Mondays of the weeks that belong to ``period``.

    A week belongs to the period holding its Thursday (ISO 8601's rule), so a
    week straddling two quarters or years is counted once, where most of it lies.
    """
    monday = week_start(period.start)
    if monday + dt.timedelta(days=3) < period.start:
        monday += dt.timedelta(days=7)
    out = []
    while monday + dt.timedelta(days=3) <= period.end:
        out.append(monday)
        monday += dt.timedelta(days=7)
    return out
