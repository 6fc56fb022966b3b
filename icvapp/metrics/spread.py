"""When visits happen, and a warning when they start to cluster.

Visits must stay unannounced: if most of a place's visits fall on one day
or in one part of the day, the police could learn to expect them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from icvapp.errors import QT_TRANSLATE_NOOP
from icvapp.metrics.figures import Spread

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TIME_BANDS = ("00–06", "06–12", "12–18", "18–24")
BAND_WORDS = (QT_TRANSLATE_NOOP("Spread", "between midnight and 06:00"),
              QT_TRANSLATE_NOOP("Spread", "between 06:00 and noon"),
              QT_TRANSLATE_NOOP("Spread", "between noon and 18:00"),
              QT_TRANSLATE_NOOP("Spread", "between 18:00 and midnight"))
#: "on a Monday" as a warning says it (a language may mutate the day's name after its "on").
ON_WEEKDAYS = (QT_TRANSLATE_NOOP("Spread", "on a Monday"), QT_TRANSLATE_NOOP("Spread", "on a Tuesday"),
               QT_TRANSLATE_NOOP("Spread", "on a Wednesday"), QT_TRANSLATE_NOOP("Spread", "on a Thursday"),
               QT_TRANSLATE_NOOP("Spread", "on a Friday"), QT_TRANSLATE_NOOP("Spread", "on a Saturday"),
               QT_TRANSLATE_NOOP("Spread", "on a Sunday"))
# Fewer visits than this say nothing about a pattern.
MIN_VISITS_FOR_A_PATTERN = 6

Moment = tuple[dt.date, dt.datetime | None]  # a visit's date and arrival time


def band_index(arrived_at: dt.datetime) -> int:
    return arrived_at.hour // 6


def tally(visits: Iterable[Moment]) -> tuple[list[int], dict[str, int]]:
    """Visits by weekday (Monday first) and by arrival band; visits with no arrival time have no band."""
    days, bands = [0] * 7, [0] * 4
    for day, arrived_at in visits:
        days[day.weekday()] += 1
        if arrived_at is not None:
            bands[band_index(arrived_at)] += 1
    return days, dict(zip(TIME_BANDS, bands, strict=True))


def warnings_for(place: str, days: list[int], bands: dict[str, int]) -> list[str]:
    """A sentence for each way the place's visits are clustering, if any."""
    out = []
    n = sum(days)
    busiest = max(range(7), key=lambda i: days[i])
    # More than half on one weekday (2k > n keeps it in whole numbers).
    if n >= MIN_VISITS_FOR_A_PATTERN and 2 * days[busiest] > n:
        out.append(QT_TRANSLATE_NOOP("Spread", "Visits to {place} are becoming predictable: {count} of {total} were "
                                               "{on_weekday}.")
                   .format(place=place, count=days[busiest], total=n, on_weekday=ON_WEEKDAYS[busiest]))
    timed = sum(bands.values())
    counts = list(bands.values())
    band = max(range(4), key=lambda i: counts[i])
    # More than 60% in one band: 5k > 3n.
    if timed >= MIN_VISITS_FOR_A_PATTERN and 5 * counts[band] > 3 * timed:
        out.append(QT_TRANSLATE_NOOP("Spread", "Visits to {place} are becoming predictable: {count} of {total} began "
                                               "{band}.")
                   .format(place=place, count=counts[band], total=timed, band=BAND_WORDS[band]))
    return out


def spread(visits: list[Moment], by_place: dict[str, list[Moment]]) -> Spread:
    """The period's spread: every counting visit, and each place's (``by_place`` maps names to visits)."""
    days_all, bands_all = tally(visits)
    per_place, warnings = {}, []
    for name in sorted(by_place):
        days, bands = tally(by_place[name])
        per_place[name] = (days, bands)
        warnings += warnings_for(name, days, bands)
    return Spread(days_all, bands_all, per_place, warnings)
