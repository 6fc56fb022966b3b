"""This period against the one before: the same headline figures, side by side."""

from __future__ import annotations

import datetime as dt

from icvapp.errors import QT_TRANSLATE_NOOP
from icvapp.i18n.formats import Moment
from icvapp.metrics.figures import Change, Summary
from icvapp.scheme.config import SchemeConfig, funnel_keys
from icvapp.scheme.periods import Period, financial_year, financial_year_of, quarter, quarter_of
from icvapp.visits.canonical import LEGACY_KIND, shipped_config


def previous_period(period: Period) -> Period:
    """The period of the same length just before: the previous quarter, the previous
    financial year, or else the same number of days."""
    fy, q = quarter_of(period.start)
    if _same_days(period, quarter(fy, q)):
        return quarter(fy, q - 1) if q > 1 else quarter(fy - 1, 4)
    fy = financial_year_of(period.start)
    if _same_days(period, financial_year(fy)):
        return financial_year(fy - 1)
    end = period.start - dt.timedelta(days=1)
    start = end - (period.end - period.start)
    return Period(start, end, QT_TRANSLATE_NOOP("Periods", "{start} – {end}").format(
        start=Moment(start, f"{start.day} %b %Y", "d MMM y"), end=Moment(end, f"{end.day} %b %Y", "d MMM y")))


def _same_days(a: Period, b: Period) -> bool:
    return (a.start, a.end) == (b.start, b.end)


COVERED = {"week": QT_TRANSLATE_NOOP("Compare", "Weeks covered (%)"),
           "fortnight": QT_TRANSLATE_NOOP("Compare", "Fortnights covered (%)"),
           "month": QT_TRANSLATE_NOOP("Compare", "Months covered (%)")}


def changes(current: Summary, previous: Summary, config: SchemeConfig | None = None) -> list[Change]:
    """The Board's headline figures now and in the previous period.

    With the scheme's ``config`` the stage figures are its own (the dog unit's dogs at the unit and
    seen; a stage named twice is listed once) and requests appear only where the kind has them; the
    stage measures are named "present", "offered" and "seen" for every kind, and a report words them from
    the definition. Without ``config``, the first kind's."""
    root, offered, seen = funnel_keys(config or shipped_config(LEGACY_KIND))[:3]

    def pair(name: str, label: str, figure) -> Change:
        return Change(name, figure(current), figure(previous), label)

    return [
        pair("visits", QT_TRANSLATE_NOOP("Compare", "Visits"), lambda s: s.visits),
        pair("coverage_pct", COVERED.get(current.target_every, COVERED["week"]), lambda s: s.coverage_pct),
        pair("present", QT_TRANSLATE_NOOP("Compare", "Present at visits"),
             lambda s: s.funnel.stages.get(root, 0)),
        *([pair("offered", QT_TRANSLATE_NOOP("Compare", "Offered a visit"), lambda s: s.funnel.stages.get(offered, 0))]
          if offered != root else []),
        pair("seen", QT_TRANSLATE_NOOP("Compare", "Accepted and seen"), lambda s: s.funnel.stages.get(seen, 0)),
        pair("seen_pct", QT_TRANSLATE_NOOP("Compare", "Seen, of those offered (%)"), lambda s: s.funnel.seen_pct),
        *([pair("requests", QT_TRANSLATE_NOOP("Compare", "Requests made"), lambda s: sum(s.requests.values()))]
          if config is None or config.has_requests else []),
        pair("issues_raised", QT_TRANSLATE_NOOP("Compare", "Issues raised"), lambda s: s.issues.raised),
        pair("open_at_end", QT_TRANSLATE_NOOP("Compare", "Issues open at the end of the period"),
             lambda s: s.issues.open_at_end),
        pair("satisfactory_pct", QT_TRANSLATE_NOOP("Compare", "Visits rated satisfactory (%)"),
             lambda s: s.satisfactory_pct),
        pair("volunteer_hours", QT_TRANSLATE_NOOP("Compare", "Hours volunteered on visits"),
             lambda s: s.volunteer_hours),
        pair("admission_delay_median_min", QT_TRANSLATE_NOOP("Compare", "Median wait to be admitted (minutes)"),
             lambda s: s.admission_delay_median_min),
    ]
