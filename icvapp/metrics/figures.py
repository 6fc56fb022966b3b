"""The figures a period's performance is reported in: plain, frozen data.

Every consumer (dashboard, Board PDF, CSV/XLSX, CLI) reads these; none of
them computes a figure of its own. The rules behind each field are in
docs/metrics.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from icvapp.scheme.periods import Period


@dataclass(frozen=True)
class PlaceFigures:
    """One place's visits, weekly coverage and funnel for a period."""

    place_id: int
    place: str
    weekly_target: int
    occasional: bool
    visits: int  # counting completed visits dated in the period
    abandoned: int  # counting abandoned visits dated in the period
    expected_weeks: int
    covered_weeks: int
    closed_weeks: int
    missed_weeks: list[dt.date]  # Mondays
    target_visits: int
    coverage_pct: float | None  # None when nothing was expected
    present: int
    offered: int
    seen: int
    seen_pct: float | None
    #: Weeks of the period with a completed visit, expected or not (what an occasional place got).
    weeks_visited: int = 0
    #: Weeks not yet over (or covered) that will be expected: none once the period has ended.
    weeks_to_come: int = 0
    #: Request category (config order, zeros kept) -> quantity, from completed visits.
    requests: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Funnel:
    """Subjects at the time of completed visits, stage by stage."""

    stages: dict[str, int]
    by_group: dict[str, dict[str, int]]
    seen_pct: float | None
    declined_pct: float | None
    reasons_not_seen: dict[str, int]
    visits_with_nobody_present: int


@dataclass(frozen=True)
class IssueFigures:
    """Issues raised on counting visits in the period, and how they stood at its end."""

    raised: int
    resolved_during_visit: int
    followed_up: int
    open_at_end: int
    by_category: dict[str, dict[str, int]]


@dataclass(frozen=True)
class Spread:
    """When visits happened, and whether that is becoming predictable."""

    by_weekday: list[int]  # Monday..Sunday
    by_time_band: dict[str, int]  # "00–06", "06–12", "12–18", "18–24" by arrival time
    per_place: dict[str, tuple[list[int], dict[str, int]]]
    warnings: list[str]


@dataclass(frozen=True)
class Summary:
    """Everything the quarterly report to the Board says about a period."""

    period: Period
    visits: int
    completed: int
    abandoned: int
    abandon_reasons: dict[str, int]
    places: list[PlaceFigures]
    expected_weeks: int
    covered_weeks: int
    coverage_pct: float | None
    funnel: Funnel
    requests: dict[str, int]
    issues: IssueFigures
    rated: int
    satisfactory: int
    satisfactory_pct: float | None
    admission_delay_median_min: float | None
    admission_delay_worst_min: int | None
    admission_delays_over_threshold: int
    volunteer_hours: float
    visits_per_volunteer: dict[str, int]
    spread: Spread
    #: Weeks of the period (Thursday rule), as Mondays.
    weeks: list[dt.date] = field(default_factory=list)
    #: Scheme-wide target visits: the places' expected weeks x weekly targets.
    target_visits: int = 0
    #: The day the figures stand at: weeks not over by then are not yet expected.
    as_of: dt.date | None = None
    #: The visit target's period the coverage fields count in: "week" (``weeks`` are Mondays),
    #: "fortnight" or "month" (``weeks`` and every ``*_weeks`` field then hold fortnights or months,
    #: each by its first day).
    target_every: str = "week"


@dataclass(frozen=True)
class Change:
    """One headline figure against the same figure for the previous period."""

    name: str
    current: float | None
    previous: float | None
    label: str = ""

    @property
    def delta(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


@dataclass(frozen=True)
class AnnualPlaceRow:
    place: str
    visits: int
    present: int
    offered: int
    seen: int
    seen_pct: float | None
    requests: dict[str, int]


@dataclass(frozen=True)
class AnnualSummary:
    """The shape of the PCC's annual report: a row per place and a total."""

    period: Period
    rows: list[AnnualPlaceRow]
    total: AnnualPlaceRow
    volunteer_hours: float
    issues_raised: int
