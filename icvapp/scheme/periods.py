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


#: Fortnights run Monday to Sunday-but-one, counted from this Monday, so every profile pairs the same weeks.
FORTNIGHT_EPOCH = dt.date(2001, 1, 1)


def slot_start(day: dt.date, every: str = "week") -> dt.date:
    """The first day of the visit target's period (a week's Monday, a fortnight's Monday, a month's 1st)
    that holds ``day``."""
    if every == "month":
        return day.replace(day=1)
    monday = week_start(day)
    if every == "fortnight":
        return monday - dt.timedelta(days=(monday - FORTNIGHT_EPOCH).days % 14)
    return monday


def slot_end(start: dt.date, every: str = "week") -> dt.date:
    """The last day (inclusive) of the target period starting ``start``."""
    if every == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return start + dt.timedelta(days=13 if every == "fortnight" else 6)


def slots_in(period: Period, every: str = "week") -> list[dt.date]:
    """The first days of the target periods (weeks, fortnights or months) that belong to ``period``.

    A slot belongs to the period holding its middle day — a week's Thursday (ISO 8601's rule, see
    :func:`weeks_in`), a fortnight's second Monday, a month's 15th or 16th — so each is counted once,
    where most of it lies. A financial quarter holds exactly its three months.
    """
    if every == "week":
        return weeks_in(period)
    out = []
    start = slot_start(period.start, every)
    while start <= period.end:
        end = slot_end(start, every)
        middle = start + dt.timedelta(days=((end - start).days + 1) // 2)
        if middle in period:
            out.append(start)
        start = end + dt.timedelta(days=1)
    return out


def closed_most_of(closures, start: dt.date, end: dt.date) -> bool:
    """Whether ``closures`` ((start, end or None) spans) shut the place on more than half the days
    ``start``..``end`` — a week on 4 of its 7 days, a month on 16 of 30."""
    days: set[dt.date] = set()
    for first, last in closures:
        first, last = max(first, start), min(last or end, end)
        days.update(first + dt.timedelta(days=i) for i in range((last - first).days + 1))
    return 2 * len(days) > (end - start).days + 1
