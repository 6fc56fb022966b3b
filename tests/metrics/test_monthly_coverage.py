"""Coverage counted in the scheme's own target period: the dog unit's one visit a month, a court's
one visit a fortnight — at the edges of each month and fortnight.

A month is covered by a completed visit dated in it (its 1st and its last day included); a month
the unit was closed on most of its days is not expected; a financial quarter holds exactly its
three months. The custody weeks these replace for a monthly kind are tested, unchanged, in
tests/metrics/test_boundaries.py.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from icvapp.metrics import summary
from icvapp.profile.context import create_profile
from icvapp.scheme.config import load_definition
from icvapp.scheme.periods import Period, quarter, slot_end, slot_start, slots_in
from icvapp.storage.model import Place, PlaceClosure, Volunteer
from tests.conftest import PASSPHRASE
from tests.metrics.test_performance import Records

D = dt.date
DAY = dt.timedelta(days=1)
COURT_CELLS = Path(__file__).parents[1] / "scheme" / "kinds" / "court_cells.json"

_years = itertools.count(1960)  # each case takes a financial year of its own


@pytest.fixture(scope="module")
def unit(tmp_path_factory):
    """One animal welfare scheme's profile (the dog unit's definition) for every case here."""
    ctx = create_profile(tmp_path_factory.mktemp("monthly") / "profile", "passphrase", "Animal Welfare", PASSPHRASE,
                         kind="dog_unit")
    with ctx.db.session() as s:
        s.add_all([Volunteer(name="Amrit Sandhu"), Volunteer(name="Zoë Ó Briain"), Volunteer(name="Łukasz Nowak")])
    yield ctx
    ctx.close()


class Case:
    """A dog unit of its own and Q3 of a year of its own (1 October – 31 December)."""

    def __init__(self, ctx, config=None):
        self.ctx, self.config = ctx, config or ctx.config
        self.fy = next(_years)
        self.quarter = quarter(self.fy, 3)
        self.place = f"Dog unit {self.fy}"
        with ctx.db.session() as s:
            place = Place(name=self.place, locations=12)
            s.add(place)
            s.flush()
            self.place_id = place.id
        self.records = Records(ctx)

    def visit(self, day: dt.date, **kw) -> int:
        return self.records.visit(self.place, day, **kw)

    def close(self, start: dt.date, end: dt.date | None) -> None:
        with self.ctx.db.session() as s:
            s.add(PlaceClosure(place_id=self.place_id, start=start, end=end, reason="Kennels rebuilt"))

    def summary(self, period: Period | None = None, *, today: dt.date | None = None):
        period = period or self.quarter
        return summary(self.ctx.db, self.config, period, today=today or period.end + 30 * DAY)

    def figures(self, period: Period | None = None, *, today: dt.date | None = None):
        [mine] = [f for f in self.summary(period, today=today).places if f.place == self.place]
        return mine


def test_the_dog_unit_is_expected_once_a_month(unit):
    assert unit.config.target_every == "month"
    case = Case(unit)
    s = case.summary()
    assert s.target_every == "month"
    assert s.weeks == [D(case.fy, 10, 1), D(case.fy, 11, 1), D(case.fy, 12, 1)]  # a quarter's three months
    mine = case.figures()
    assert (mine.expected_weeks, mine.covered_weeks, mine.target_visits) == (3, 0, 3)
    assert mine.missed_weeks == s.weeks


@pytest.mark.parametrize("day", [D(1, 10, 1), D(1, 10, 31)], ids=["first day", "last day"])
def test_a_visit_on_the_first_or_last_day_of_a_month_covers_that_month(unit, day):
    case = Case(unit)
    case.visit(day.replace(year=case.fy))
    mine = case.figures()
    assert (mine.expected_weeks, mine.covered_weeks, mine.weeks_visited) == (3, 1, 1)
    assert mine.missed_weeks == [D(case.fy, 11, 1), D(case.fy, 12, 1)]


def test_a_visit_the_day_after_a_month_covers_the_next_month_not_that_one(unit):
    case = Case(unit)
    case.visit(D(case.fy, 11, 1))
    case.visit(D(case.fy, 9, 30))  # the day before the quarter: September, not October
    mine = case.figures()
    assert mine.covered_weeks == 1
    assert mine.missed_weeks == [D(case.fy, 10, 1), D(case.fy, 12, 1)]


def test_two_visits_in_one_month_cover_it_once(unit):
    case = Case(unit)
    for day in (3, 17, 29):
        case.visit(D(case.fy, 10, day))
    mine = case.figures()
    assert (mine.visits, mine.covered_weeks, mine.coverage_pct) == (3, 1, pytest.approx(100 / 3))


def test_an_abandoned_visit_does_not_cover_its_month(unit):
    case = Case(unit)
    case.visit(D(case.fy, 12, 5), outcome="abandoned", reason="too_busy", rating=None)
    mine = case.figures()
    assert (mine.covered_weeks, mine.abandoned) == (0, 1)


def test_every_month_visited_is_full_coverage(unit):
    case = Case(unit)
    for month in (10, 11, 12):
        case.visit(D(case.fy, month, 15))
    s = case.summary()
    mine = case.figures()
    assert (mine.expected_weeks, mine.covered_weeks, mine.coverage_pct, mine.missed_weeks) == (3, 3, 100.0, [])
    assert s.coverage_pct is not None


@pytest.mark.parametrize(("start", "end", "closed"), [
    ((11, 1), (11, 30), 1),    # the whole month
    ((11, 1), (11, 16), 1),    # 16 of 30 days: most of it
    ((11, 1), (11, 15), 0),    # 15 of 30: half is not most
    ((10, 20), (11, 10), 0),   # 12 days of October, 10 of November: neither month
])
def test_a_month_the_unit_was_closed_on_most_days_is_not_expected(unit, start, end, closed):
    case = Case(unit)
    case.close(D(case.fy, *start), D(case.fy, *end))
    mine = case.figures()
    assert mine.closed_weeks == closed
    assert mine.expected_weeks == 3 - closed
    assert (D(case.fy, 11, 1) in mine.missed_weeks) == (not closed)


def test_a_closure_until_further_notice_closes_the_months_after_it(unit):
    case = Case(unit)
    case.close(D(case.fy, 11, 10), None)
    mine = case.figures()
    assert (mine.closed_weeks, mine.expected_weeks, mine.missed_weeks) == (2, 1, [D(case.fy, 10, 1)])


def test_a_month_not_yet_over_is_not_yet_missed(unit):
    case = Case(unit)
    mine = case.figures(today=D(case.fy, 11, 30))  # November's last day: not over until it has passed
    assert (mine.expected_weeks, mine.weeks_to_come, mine.missed_weeks) == (1, 2, [D(case.fy, 10, 1)])
    case.visit(D(case.fy, 11, 2))
    mine = case.figures(today=D(case.fy, 11, 30))
    assert (mine.expected_weeks, mine.covered_weeks, mine.weeks_to_come) == (2, 1, 1)  # covered: expected


def test_a_financial_year_holds_twelve_months_and_a_custom_period_the_months_mostly_in_it():
    fy = 2026
    assert len(slots_in(Period(D(fy, 4, 1), D(fy + 1, 3, 31), "year"), "month")) == 12
    # 10 Oct – 20 Nov: October's 16th is in it, November's 16th is too; December is not.
    assert slots_in(Period(D(2026, 10, 10), D(2026, 11, 20), "custom"), "month") == [D(2026, 10, 1), D(2026, 11, 1)]
    assert slots_in(Period(D(2026, 10, 17), D(2026, 11, 15), "custom"), "month") == []
    assert slot_start(D(2024, 2, 29), "month") == D(2024, 2, 1)
    assert slot_end(D(2024, 2, 1), "month") == D(2024, 2, 29)
    assert slot_end(D(2026, 12, 1), "month") == D(2026, 12, 31)


def test_weeks_are_counted_as_they_always_were():
    period = quarter(2026, 3)
    assert slots_in(period, "week") == slots_in(period)
    assert slot_start(D(2026, 11, 29), "week") == D(2026, 11, 23)


# --------------------------------------------------------------------------- a fortnightly target


def test_fortnights_pair_the_same_weeks_whatever_the_period():
    court = load_definition(COURT_CELLS)
    assert court.target_every == "fortnight"
    monday = slot_start(D(2026, 11, 30), "fortnight")
    assert monday.weekday() == 0 and monday <= D(2026, 11, 30) < monday + 14 * DAY
    assert slot_start(monday + 13 * DAY, "fortnight") == monday
    assert slot_start(monday + 14 * DAY, "fortnight") == monday + 14 * DAY
    assert slot_end(monday, "fortnight") == monday + 13 * DAY
    # A fortnight belongs where its second Monday lies: a quarter holds six or seven of them, each once.
    q3, q4 = quarter(2026, 3), quarter(2026, 4)
    both = slots_in(q3, "fortnight") + slots_in(q4, "fortnight")
    assert len(set(both)) == len(both) and 6 <= len(slots_in(q3, "fortnight")) <= 7
    assert all(q3.start <= f + 7 * DAY <= q3.end for f in slots_in(q3, "fortnight"))


def test_a_court_visited_once_a_fortnight(unit):
    court = load_definition(COURT_CELLS)
    case = Case(unit, court)
    fortnights = slots_in(case.quarter, "fortnight")
    case.visit(fortnights[0] + 13 * DAY)  # the fortnight's last Sunday
    case.visit(fortnights[1])  # the next one's first Monday
    s = case.summary()
    mine = case.figures()
    assert s.target_every == "fortnight" and s.weeks == fortnights
    assert (mine.expected_weeks, mine.covered_weeks) == (len(fortnights), 2)
    assert mine.missed_weeks == fortnights[2:]
    # Closed on 8 of a fortnight's 14 days: not expected; on 7: still expected.
    case.close(fortnights[2], fortnights[2] + 7 * DAY)
    case.close(fortnights[3], fortnights[3] + 6 * DAY)
    mine = case.figures()
    assert mine.closed_weeks == 1
    assert fortnights[2] not in mine.missed_weeks and fortnights[3] in mine.missed_weeks


def test_a_fortnight_that_runs_past_the_quarters_end_is_covered_by_a_visit_after_it(unit):
    """The quarter's last fortnight belongs to it by its second Monday, and may end after the quarter does: a visit
    in those days covers it (the figures read visits to the end of the last fortnight, not of its first week)."""
    court = load_definition(COURT_CELLS)
    case = Case(unit, court)
    while slot_end(slots_in(case.quarter, "fortnight")[-1], "fortnight") <= case.quarter.end:
        case = Case(unit, court)  # a year whose last fortnight of the quarter ends in January
    last = slots_in(case.quarter, "fortnight")[-1]
    after = slot_end(last, "fortnight")  # its last Sunday, after 31 December
    assert after > case.quarter.end
    case.visit(after)
    mine = case.figures()
    assert last not in mine.missed_weeks and mine.covered_weeks == 1


def test_the_rota_agrees_with_the_monthly_figure(unit):
    from icvapp.errors import InvalidInput
    from icvapp.scheme.rota import CLOSED, MISSED, VISITED, assign_pair, rota_grid

    case = Case(unit)
    case.visit(D(case.fy, 10, 31))
    case.close(D(case.fy, 12, 1), None)
    grid = rota_grid(unit.db, case.quarter, today=case.quarter.end + 30 * DAY, every="month")
    assert grid.weeks == case.summary().weeks == [D(case.fy, 10, 1), D(case.fy, 11, 1), D(case.fy, 12, 1)]
    assert [grid.slot(case.place_id, m).state for m in grid.weeks] == [VISITED, MISSED, CLOSED]
    with unit.db.session() as s:
        a, b = (v.id for v in s.query(Volunteer).order_by(Volunteer.name).limit(2))
    assign_pair(unit.db, case.place_id, D(case.fy + 1, 1, 1), a, b, every="month")
    with pytest.raises(InvalidInput):
        assign_pair(unit.db, case.place_id, D(case.fy + 1, 1, 5), a, b, every="month")  # not a month's 1st
    later = rota_grid(unit.db, quarter(case.fy, 4), today=D(case.fy, 12, 1), every="month")
    assert later.slot(case.place_id, D(case.fy + 1, 1, 1)).pair == (a, b)
