"""Every threshold behind the Board's figures, at its limit and either side of it.

docs/metrics.md states each rule; tests/metrics/test_performance.py checks them on a quarter
worked out by hand. Here each limit gets a table of cases: a wait to be admitted of exactly
the scheme's limit, a visit exactly as long as the long-visit limit, an issue closed on the
period's last day or the day after, an issue open for exactly the overdue limit, a suite closed
on 3 or 4 days of a week, an occasional suite with a weekly target, a visit on the first and
last day of a period or the day either side.

All the cases share one real encrypted profile (making one costs seconds); each case works in
a financial year of its own, with a suite of its own, so no case can see another's visits.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from icvapp.metrics import as_dict, previous_period, summary
from icvapp.metrics import queries as metric_queries
from icvapp.profile.context import create_profile
from icvapp.scheme.periods import Period, quarter, weeks_in
from icvapp.storage.model import Place, PlaceClosure, TrackedIssue, Visit, Volunteer
from icvapp.visits.issues import IssueFilter, list_issues
from icvapp.visits.store import validation_context
from icvapp.visits.validation import WARNING, validate
from tests.conftest import PASSPHRASE
from tests.helpers import good_visit
from tests.metrics.test_performance import Records

D = dt.date
DAY = dt.timedelta(days=1)
WEEK = dt.timedelta(days=7)

_years = itertools.count(1950)  # each case takes a financial year nobody else uses


@pytest.fixture(autouse=True)
def statements_built_from_the_current_code():
    """The metrics build each SQL statement once per process and keep it (``@cache``); building
    them again for every test makes each test exercise the statement code itself, not a copy
    made earlier by another test."""
    for built in (metric_queries._visit_stmt, metric_queries._funnel_stmt, metric_queries._request_stmt,
                  metric_queries._reason_stmt, metric_queries._issue_stmt):
        built.cache_clear()


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """One scheme office's profile for every case in this module."""
    ctx = create_profile(tmp_path_factory.mktemp("boundaries") / "profile", "passphrase", "Boundaries", PASSPHRASE)
    with ctx.db.session() as s:
        s.add_all([Place(name="Beaumont Leys", locations=14),
                   Volunteer(name="Amrit Sandhu"), Volunteer(name="Zoë Ó Briain"), Volunteer(name="Łukasz Nowak")])
    yield ctx
    ctx.close()


class Case:
    """A suite of its own and a quarter of its own (Q2 of an unused year: 1 Jul – 30 Sep)."""

    def __init__(self, ctx, *, weekly_target: int = 1, occasional: bool = False, active: bool = True):
        self.ctx = ctx
        self.fy = next(_years)
        self.quarter = quarter(self.fy, 2)
        self.place = f"Suite {self.fy}"
        with ctx.db.session() as s:
            place = Place(name=self.place, locations=10, weekly_target=weekly_target, occasional=occasional,
                          active=active)
            s.add(place)
            s.flush()
            self.place_id = place.id
        self.records = Records(ctx)
        #: A week wholly inside the quarter, clear of both ends: Monday to Sunday.
        self.monday = weeks_in(self.quarter)[4]
        self.sunday = self.monday + 6 * DAY

    @property
    def week(self) -> Period:
        return Period(self.monday, self.sunday, "one week")

    def visit(self, day: dt.date, times: str | None = "10:00 10:05 11:00", **kw) -> int:
        return self.records.visit(self.place, day, times, **kw)

    def issue(self, visit_id: int, raised_on: dt.date, *, key: str = "0", category: str = "healthcare", **kw) -> None:
        self.records.issue(visit_id, key, category, raised_on, **kw)

    def close(self, start: dt.date, end: dt.date | None) -> None:
        with self.ctx.db.session() as s:
            s.add(PlaceClosure(place_id=self.place_id, start=start, end=end, reason="Works"))

    def summary(self, period: Period | None = None, *, today: dt.date | None = None):
        period = period or self.quarter
        return summary(self.ctx.db, self.ctx.config, period, today=today or period.end + 30 * DAY)

    def figures(self, period: Period | None = None, *, today: dt.date | None = None):
        [mine] = [f for f in self.summary(period, today=today).places if f.place == self.place]
        return mine


# --------------------------------------------------------------------------- waiting to be admitted


@pytest.mark.parametrize(("wait", "outcome", "over"), [
    (0, "completed", 0),   # admitted on arrival: a wait of nothing is still a wait recorded
    (29, "completed", 0),
    (30, "completed", 0),  # exactly the limit is not yet a finding
    (31, "completed", 1),
    (30, "abandoned", 0),
    (31, "abandoned", 1),  # the wait happened, whatever came after
])
def test_a_wait_to_be_admitted_is_over_the_limit_only_beyond_it(office, wait, outcome, over):
    assert office.config.admission_delay_minutes == 30
    case = Case(office)
    admitted = dt.datetime(2000, 1, 1, 10, 0) + dt.timedelta(minutes=wait)
    case.visit(case.monday, f"10:00 {admitted:%H:%M} 11:30", outcome=outcome,
               reason="too_busy" if outcome == "abandoned" else None)
    s = case.summary()
    assert s.admission_delays_over_threshold == over
    assert (s.admission_delay_median_min, s.admission_delay_worst_min) == (wait, wait)


def test_the_median_wait_of_an_even_number_of_visits_is_halfway_between_the_middle_two(office):
    case = Case(office)
    for day, times in enumerate(["10:00 10:05 11:00", "10:00 10:10 11:00", "10:00 10:40 11:00",
                                 "10:00 10:50 11:00"]):
        case.visit(case.monday + day * DAY, times)
    s = case.summary()
    assert (s.admission_delay_median_min, s.admission_delay_worst_min) == (25.0, 50)  # (10 + 40) / 2
    assert s.admission_delays_over_threshold == 2


def test_a_visit_with_no_admission_time_has_no_wait_to_count(office):
    case = Case(office)
    case.visit(case.monday, "10:00 - 11:00")
    s = case.summary()
    assert (s.admission_delay_median_min, s.admission_delay_worst_min, s.admission_delays_over_threshold) == (
        None, None, 0)


# --------------------------------------------------------------------------- long visits and hours


@pytest.mark.parametrize(("minutes", "queried"), [(239, False), (240, False), (241, True)])
def test_a_visit_as_long_as_the_limit_is_not_queried_and_its_hours_count_in_full(office, minutes, queried):
    assert office.config.long_visit_minutes == 240
    case = Case(office)
    left = (dt.datetime(2000, 1, 1, 9, 0) + dt.timedelta(minutes=minutes)).time()
    form = good_visit(office, visit_date=case.monday, arrival=dt.time(9, 0), admitted=dt.time(9, 5), departure=left)
    warnings = [p for p in validate(form, validation_context(office.db, office.config, case.sunday))
                if p.severity == WARNING and "unusually long" in p.message]
    assert bool(warnings) is queried
    case.visit(case.monday, f"09:00 09:05 {left:%H:%M}")
    assert case.summary().volunteer_hours == pytest.approx(2 * minutes / 60)  # a pair, the whole visit


@pytest.mark.parametrize(("pair", "times", "hours"), [
    ("AZ", "10:00 10:05 11:30", 3.0),     # a pair: 1.5 h each
    ("A", "10:00 10:05 11:30", 1.5),      # one had to leave
    ("", "10:00 10:05 11:30", 3.0),       # an imported visit names nobody: a pair made it
    ("ZL", "23:30 23:35 00:15", 1.5),     # past midnight: 45 minutes each
])
def test_hours_volunteered_are_the_visits_length_times_the_visitors_on_it(office, pair, times, hours):
    case = Case(office)
    case.visit(case.monday, times, pair=pair)
    assert case.summary().volunteer_hours == pytest.approx(hours)


def test_an_abandoned_visit_adds_no_hours_and_a_visit_missing_a_time_none_either(office):
    case = Case(office)
    case.visit(case.monday, "10:00 10:05 11:00", outcome="abandoned", reason="too_busy")
    case.visit(case.monday + DAY, None)
    case.visit(case.monday + 2 * DAY, "10:00 10:05 -")  # no departure written down
    case.visit(case.monday + 3 * DAY, "- - 11:00")      # no arrival
    s = case.summary()
    assert (s.volunteer_hours, s.completed) == (0, 3)
    assert s.admission_delay_median_min == 5.0  # the visit with no departure still waited 5 minutes


def test_a_visit_with_only_its_second_visitor_named_counts_one_persons_hours(office):
    case = Case(office)
    vid = case.visit(case.monday, "10:00 10:05 11:30", pair="ZL")
    with office.db.session() as s:
        s.get(Visit, vid).visitor_a_id = None  # only the second visitor is named
    s = case.summary()
    assert s.volunteer_hours == pytest.approx(1.5)
    assert s.visits_per_volunteer == {"Łukasz Nowak": 1}


def test_volunteers_are_listed_by_name_whatever_order_they_joined_in(office):
    case = Case(office)
    with office.db.session() as s:
        late = Volunteer(name="aaron Abbott")  # joined last, listed first; case does not matter
        s.add(late)
        s.flush()
        case.records.people["B"] = late.id
    case.visit(case.monday, pair="ZB")
    case.visit(case.monday + DAY, pair="LZ")
    s = case.summary()
    assert list(s.visits_per_volunteer.items()) == [("aaron Abbott", 1), ("Zoë Ó Briain", 2), ("Łukasz Nowak", 1)]


# --------------------------------------------------------------------------- issues at the period's end


@pytest.mark.parametrize(("closed", "open_at_end"), [
    (-1, 0),    # closed the day before the quarter ended
    (0, 0),     # closed on its last day: no longer open at the end
    (1, 1),     # closed the day after: still open when the quarter ended
    (None, 1),  # still open
])
def test_an_issue_is_open_at_the_end_unless_closed_by_the_periods_last_day(office, closed, open_at_end):
    case = Case(office)
    end = case.quarter.end
    vid = case.visit(case.monday)
    case.issue(vid, case.monday, closed_on=None if closed is None else end + closed * DAY)
    issues = case.summary().issues
    assert (issues.raised, issues.open_at_end) == (1, open_at_end)
    assert issues.by_category["healthcare"]["open_at_end"] == open_at_end


@pytest.mark.parametrize(("raised", "counted"), [
    ("day before the start", False), ("first day", True), ("last day", True), ("day after the end", False)])
def test_an_issue_counts_in_the_period_it_was_raised_in(office, raised, counted):
    case = Case(office)
    q = case.quarter
    day = {"day before the start": q.start - DAY, "first day": q.start, "last day": q.end,
           "day after the end": q.end + DAY}[raised]
    vid = case.visit(case.monday)
    case.issue(vid, day, resolved=True)
    issues = case.summary().issues
    assert (issues.raised, issues.resolved_during_visit, issues.followed_up) == (
        (1, 1, 0) if counted else (0, 0, 0))


def test_issues_resolved_on_the_spot_are_not_followed_up_and_each_category_adds_up(office):
    case = Case(office)
    vid = case.visit(case.monday)
    case.issue(vid, case.monday, key="0", resolved=True, closed_on=case.monday)
    case.issue(vid, case.monday, key="1", closed_on=case.monday + 3 * DAY)
    case.issue(vid, case.monday, key="2")
    case.issue(vid, case.monday, key="3", category="maintenance")
    issues = case.summary().issues
    assert (issues.raised, issues.resolved_during_visit, issues.followed_up, issues.open_at_end) == (4, 1, 3, 2)
    assert issues.by_category == {
        "healthcare": {"raised": 3, "resolved_during_visit": 1, "followed_up": 2, "open_at_end": 1},
        "maintenance": {"raised": 1, "resolved_during_visit": 0, "followed_up": 1, "open_at_end": 1},
    }


@pytest.mark.parametrize(("days_open", "overdue"), [(27, False), (28, False), (29, True)])
def test_an_open_issue_is_overdue_only_after_the_schemes_limit(office, days_open, overdue):
    assert office.config.issue_overdue_days == 28
    case = Case(office)
    vid = case.visit(case.monday)
    case.issue(vid, case.monday)
    today = case.monday + days_open * DAY
    [row] = [r for r in list_issues(office.db, office.config, IssueFilter(place_id=case.place_id), today=today)]
    assert (row.days_open, row.overdue) == (days_open, overdue)
    # The "overdue only" filter agrees with the flag.
    listed = list_issues(office.db, office.config, IssueFilter(place_id=case.place_id, overdue_only=True),
                         today=today)
    assert bool(listed) is overdue


def test_a_closed_issue_is_never_overdue_however_long_it_took(office):
    case = Case(office)
    vid = case.visit(case.monday)
    case.issue(vid, case.monday, closed_on=case.monday + 60 * DAY)
    [row] = list_issues(office.db, office.config, IssueFilter(status=None, place_id=case.place_id),
                        today=case.monday + 90 * DAY)
    assert (row.days_open, row.overdue) == (60, False)


# --------------------------------------------------------------------------- closed weeks


@pytest.mark.parametrize(("closures", "closed"), [
    pytest.param([(0, 2)], False, id="Mon-Wed: 3 days, still expected"),
    pytest.param([(0, 3)], True, id="Mon-Thu: 4 days, a closed week"),
    pytest.param([(3, 6)], True, id="Thu-Sun: 4 days"),
    pytest.param([(4, 8)], False, id="Fri to the next Tue: 3 days of this week"),
    pytest.param([(-2, 2)], False, id="from the Saturday before to Wed: 3 days of this week"),
    pytest.param([(-2, 3)], True, id="from the Saturday before to Thu: 4 days of this week"),
    pytest.param([(0, 1), (5, 6)], True, id="Mon-Tue and Sat-Sun: 4 days in two closures"),
    pytest.param([(0, 2), (1, 2)], False, id="overlapping Mon-Wed and Tue-Wed: 3 days, counted once"),
    pytest.param([(0, 2), (2, 3)], True, id="overlapping Mon-Wed and Wed-Thu: 4 days"),
    pytest.param([(3, None)], True, id="from Thursday until further notice"),
    pytest.param([(4, None)], False, id="from Friday until further notice: 3 days of this week"),
    pytest.param([(-7, -1)], False, id="the whole week before"),
    pytest.param([(7, 13)], False, id="the whole week after"),
    pytest.param([(3, 5), (6, None)], True, id="Thu-Sat, and from Sunday, the week's last day, on"),
    pytest.param([(-3, 0), (1, 3)], True, id="up to Monday, the week's first day, and Tue-Thu"),
])
def test_a_week_is_closed_when_the_suite_was_closed_4_or_more_of_its_7_days(office, closures, closed):
    from icvapp.scheme.places import CLOSED_DAYS_IN_WEEK

    assert CLOSED_DAYS_IN_WEEK == 4
    case = Case(office)
    for start, end in closures:
        case.close(case.monday + start * DAY, None if end is None else case.monday + end * DAY)
    f = case.figures(case.week)
    assert (f.closed_weeks, f.expected_weeks) == ((1, 0) if closed else (0, 1))
    assert f.missed_weeks == ([] if closed else [case.monday])  # nobody visited
    assert f.target_visits == (0 if closed else 1)


def test_a_visit_in_a_closed_week_is_counted_but_covers_nothing_expected(office):
    case = Case(office)
    case.close(case.monday, case.monday + 3 * DAY)
    case.visit(case.monday + 5 * DAY)  # open again on Saturday, and visited
    f = case.figures(case.week)
    assert (f.visits, f.weeks_visited, f.expected_weeks, f.covered_weeks, f.closed_weeks) == (1, 1, 0, 0, 1)
    assert f.coverage_pct is None


# --------------------------------------------------------------------------- which suites are expected


@pytest.mark.parametrize(("target", "occasional", "active", "expected", "target_visits"), [
    (1, False, True, 2, 2),
    (2, False, True, 2, 4),   # one visit covers a week; the target says two were due
    (0, False, True, 0, 0),   # no weekly target
    (1, True, True, 0, 0),    # occasional with a target: still never expected
    (3, True, True, 0, 0),
    (1, False, False, 0, 0),  # inactive
    (2, True, False, 0, 0),
])
def test_only_active_suites_with_a_weekly_target_that_are_not_occasional_are_expected(
        office, target, occasional, active, expected, target_visits):
    case = Case(office, weekly_target=target, occasional=occasional, active=active)
    two_weeks = Period(case.monday, case.sunday + WEEK, "two weeks")
    case.visit(case.monday + 2 * DAY)  # the first week visited, the second not
    f = case.figures(two_weeks)
    assert (f.place_id, f.visits, f.weeks_visited) == (case.place_id, 1, 1)  # its visit counts whatever the suite
    assert (f.expected_weeks, f.covered_weeks, f.target_visits) == (expected, min(expected, 1), target_visits)
    assert f.missed_weeks == ([case.monday + WEEK] if expected else [])
    assert f.coverage_pct == (50.0 if expected else None)
    assert (f.weekly_target, f.occasional) == (target, occasional)


def test_an_inactive_suite_with_no_visits_is_not_listed_and_an_active_one_is(office):
    active, inactive = Case(office), Case(office, active=False)
    listed = [f.place for f in summary(office.db, office.config, active.quarter, today=active.quarter.end).places]
    assert active.place in listed and inactive.place not in listed


# --------------------------------------------------------------------------- weeks not yet over


@pytest.mark.parametrize(("today", "visited", "expected", "covered", "to_come"), [
    (6, False, 0, 0, 1),   # Sunday: the week is not over, so it cannot have been missed yet
    (7, False, 1, 0, 0),   # the Monday after: missed
    (2, True, 1, 1, 0),    # covered on Tuesday, seen on Wednesday: expected and covered already
    (0, False, 0, 0, 1),   # its own Monday
])
def test_a_week_is_expected_once_it_is_over_or_covered(office, today, visited, expected, covered, to_come):
    case = Case(office)
    if visited:
        case.visit(case.monday + DAY)
    f = case.figures(case.week, today=case.monday + today * DAY)
    assert (f.expected_weeks, f.covered_weeks, f.weeks_to_come) == (expected, covered, to_come)
    assert f.missed_weeks == ([case.monday] if expected and not covered else [])


# --------------------------------------------------------------------------- the first and last day


@pytest.mark.parametrize(("when", "counted"), [
    ("day before the start", False), ("first day", True), ("last day", True), ("day after the end", False)])
def test_a_visit_counts_in_the_period_holding_its_date_in_every_figure(office, when, counted):
    case = Case(office)
    q = case.quarter
    day = {"day before the start": q.start - DAY, "first day": q.start, "last day": q.end,
           "day after the end": q.end + DAY}[when]
    case.visit(day, "19:00 19:45 20:00", counts={"in_custody": 4, "offered": 3, "seen": 2, "declined": 1},
               conversations=[(True, None, ["medical"]), (False, "asleep", [])], tallies=[("blankets", 2)])
    case.visit(day, "10:00 10:05 11:00", outcome="abandoned", reason="too_busy", rating=None)
    s = case.summary()
    n = 1 if counted else 0
    assert (s.completed, s.abandoned, s.visits) == (n, n, 2 * n)
    assert s.funnel.stages.get("in_custody", 0) == 4 * n
    assert s.funnel.stages.get("seen", 0) == 2 * n
    assert s.funnel.reasons_not_seen["asleep"] == n
    assert (s.requests["medical"], s.requests["blankets"]) == (n, 2 * n)
    assert s.admission_delays_over_threshold == n  # 45 minutes
    assert s.rated == n and s.spread.by_weekday[day.weekday()] == 2 * n
    assert s.visits_per_volunteer == ({"Amrit Sandhu": 2, "Zoë Ó Briain": 2} if counted else {})


# --------------------------------------------------------------------------- abandoned and completed visits


def test_an_abandoned_visit_adds_nothing_to_the_funnel_requests_or_reasons(office):
    case = Case(office)
    case.visit(case.monday, outcome="abandoned", reason="suite_closed", rating="unsatisfactory",
               counts={"in_custody": 5, "offered": 4, "seen": 3},
               conversations=[(False, "asleep", ["medical"])], tallies=[("blankets", 2)])
    s = case.summary()
    assert (s.visits, s.completed, s.abandoned, s.abandon_reasons) == (1, 0, 1, {"suite_closed": 1})
    assert s.funnel.stages == dict.fromkeys([c.key for c in office.config.count_stages], 0)
    assert sum(s.funnel.reasons_not_seen.values()) == 0 and sum(s.requests.values()) == 0
    assert (s.rated, s.satisfactory_pct, s.funnel.seen_pct) == (0, None, None)
    f = case.figures()
    assert (f.visits, f.abandoned, f.covered_weeks) == (0, 1, 0)


def test_a_visit_that_left_the_count_empty_is_not_one_with_nobody_in_custody(office):
    case = Case(office)
    case.visit(case.monday, counts={"in_custody": 0, "offered": 0})
    case.visit(case.monday + DAY, counts={"in_custody": (None, 1, None, None)})  # only a split
    case.visit(case.monday + 2 * DAY, counts={"in_custody": 3, "offered": 0})
    s = case.summary()
    assert s.funnel.visits_with_nobody_present == 1
    assert s.funnel.stages["in_custody"] == 3 and s.funnel.by_group["female"]["in_custody"] == 1
    assert (s.funnel.seen_pct, s.funnel.declined_pct) == (None, None)  # nobody was offered a visit


def test_seen_and_declined_are_shares_of_those_offered(office):
    case = Case(office)
    case.visit(case.monday, counts={"in_custody": 9, "offered": 8, "seen": 6, "declined": 2},
               conversations=[(True, None, ["medical", "medical"])], tallies=[("blankets", 3)])
    s = case.summary()
    assert (s.funnel.seen_pct, s.funnel.declined_pct) == (75.0, 25.0)
    mine = case.figures()
    assert (mine.present, mine.offered, mine.seen, mine.seen_pct) == (9, 8, 6, 75.0)
    # Every category the scheme lists, in its order, zeros kept — for the suite and for the scheme.
    listed = {c.key: 0 for c in office.config.request_categories}
    assert list(mine.requests.items()) == list({**listed, "medical": 2, "blankets": 3}.items())
    assert s.requests == mine.requests
    assert s.weeks == weeks_in(case.quarter) and s.as_of == case.quarter.end + 30 * DAY


def test_the_satisfactory_share_is_of_rated_visits_only(office):
    case = Case(office)
    case.visit(case.monday, rating="satisfactory")
    case.visit(case.monday + DAY, rating="satisfactory")
    case.visit(case.monday + 2 * DAY, rating="unsatisfactory")
    case.visit(case.monday + 3 * DAY, rating=None)
    s = case.summary()
    assert (s.rated, s.satisfactory) == (3, 2)
    assert s.satisfactory_pct == pytest.approx(200 / 3)


def test_reasons_and_categories_the_scheme_no_longer_lists_still_count_after_the_listed_ones(office):
    case = Case(office)
    case.visit(case.monday, conversations=[(False, "zz_retired", []), (False, "aa_retired", []),
                                           (False, "asleep", [])],
               tallies=[("zz_old", 2), ("aa_old", 1)])
    case.visit(case.monday + DAY, outcome="abandoned", reason="zz_gone", rating=None)
    case.visit(case.monday + 2 * DAY, outcome="abandoned", reason=None, rating=None)
    case.visit(case.monday + 3 * DAY, outcome="abandoned", reason="too_busy", rating=None)
    case.visit(case.monday + 4 * DAY, outcome="abandoned", reason="too_busy", rating=None)
    s = case.summary()
    assert list(s.funnel.reasons_not_seen)[-2:] == ["aa_retired", "zz_retired"]
    assert s.funnel.reasons_not_seen["asleep"] == 1
    assert list(s.requests.items())[-2:] == [("aa_old", 1), ("zz_old", 2)]
    assert list(s.abandon_reasons.items()) == [("too_busy", 2), ("not_recorded", 1), ("zz_gone", 1)]


# --------------------------------------------------------------------------- when visits happen


@pytest.mark.parametrize(("arrival", "band"), [
    ("00:00", "00–06"), ("05:59", "00–06"), ("06:00", "06–12"), ("11:59", "06–12"),
    ("12:00", "12–18"), ("17:59", "12–18"), ("18:00", "18–24"), ("23:59", "18–24"),
])
def test_each_arrival_falls_in_one_time_band_and_a_band_starts_on_the_hour(office, arrival, band):
    case = Case(office)
    case.visit(case.monday, f"{arrival} {arrival} {arrival}")
    s = case.summary()
    assert s.spread.by_time_band == {b: int(b == band) for b in s.spread.by_time_band}
    assert s.spread.per_place[case.place][1][band] == 1


@pytest.mark.parametrize(("tuesdays", "others", "warned"), [
    (3, 3, False),  # half is not more than half
    (4, 2, True),
    (5, 0, False),  # five visits say nothing yet
    (4, 4, False),
    (5, 4, True),
])
def test_more_than_half_of_six_or_more_visits_on_one_weekday_is_flagged(office, tuesdays, others, warned):
    case = Case(office)
    tuesday = case.monday + DAY
    days = [tuesday + WEEK * i for i in range(tuesdays)]
    days += [case.monday + WEEK * i + (2 + i % 5) * DAY for i in range(others)]  # Wed … Sun, spread out
    for n, day in enumerate(days):
        hour = (n * 5) % 24  # arrival times spread round the clock
        case.visit(day, f"{hour:02d}:00 {hour:02d}:05 {hour:02d}:30")
    warnings = case.summary().spread.warnings
    expected = f"Visits to {case.place} are becoming predictable: {tuesdays} of {tuesdays + others} were on a Tuesday."
    assert (expected in warnings) is warned
    assert not [w for w in warnings if "began between" in w]


@pytest.mark.parametrize(("usual", "other", "untimed", "band", "warned"), [
    (6, 4, 0, "18:00 and midnight", False),  # 60% is not more than 60%
    (7, 3, 0, "18:00 and midnight", True),
    (4, 2, 0, "18:00 and midnight", True),   # 4 of 6
    (4, 1, 3, "18:00 and midnight", False),  # only five visits have a time: too few to say
    (3, 3, 0, "18:00 and midnight", False),
    (7, 3, 0, "midnight and 06:00", True),
    (7, 3, 0, "06:00 and noon", True),
    (4, 2, 0, "noon and 18:00", True),
])
def test_more_than_sixty_percent_of_six_or_more_timed_visits_in_one_band_is_flagged(
        office, usual, other, untimed, band, warned):
    case = Case(office)
    start = {"midnight and 06:00": "03", "06:00 and noon": "09", "noon and 18:00": "15",
             "18:00 and midnight": "19"}[band]
    elsewhere = "21" if start != "19" else "10"
    times = [f"{start}:00 {start}:05 {start}:30"] * usual + [f"{elsewhere}:00 {elsewhere}:05 {elsewhere}:30"] * other
    for n, t in enumerate(times + [None] * untimed):
        case.visit(case.monday + n * DAY, t)  # one a day: no weekday pattern
    warnings = case.summary().spread.warnings
    expected = f"Visits to {case.place} are becoming predictable: {usual} of {usual + other} began between {band}."
    assert (expected in warnings) is warned
    assert len(warnings) == int(warned)


# --------------------------------------------------------------------------- the period before, and JSON


@pytest.mark.parametrize(("fy", "q", "before"), [(2025, 2, (2025, 1)), (2025, 3, (2025, 2)), (2025, 4, (2025, 3)),
                                                  (2025, 1, (2024, 4))])
def test_the_quarter_before_each_quarter(fy, q, before):
    assert previous_period(quarter(fy, q)) == quarter(*before)


def test_a_period_of_its_own_length_is_compared_with_as_many_days_before_it_and_says_which():
    before = previous_period(Period(D(2025, 6, 10), D(2025, 6, 19), "10 days"))
    assert before == Period(D(2025, 5, 31), D(2025, 6, 9), "31 May 2025 – 9 Jun 2025")


def test_only_figures_turn_into_json(office):
    with pytest.raises(TypeError, match="as_dict takes a figures dataclass, not list"):
        as_dict([1, 2])
    with pytest.raises(TypeError, match="not type"):
        as_dict(Period)  # the class of a figure is not a figure
    case = Case(office)
    data = as_dict(case.summary())
    assert data["as_of"] == (case.quarter.end + 30 * DAY).isoformat()


def test_a_visit_row_carries_what_the_figures_need(office):
    """The one query that reads each counting visit returns every field in its place."""
    case = Case(office)
    vid = case.visit(case.monday, "10:00 10:35 11:10", pair="ZL", outcome="abandoned", reason="staff_shortage",
                     rating="unsatisfactory")
    with office.db.engine.connect() as conn:
        [row] = metric_queries.visit_rows(conn, case.monday, case.monday)
    with office.db.session() as s:
        v = s.get(Visit, vid)
        expected = (v.id, v.place_id, v.visit_date, v.outcome, v.abandon_reason, v.rating, v.arrived_at,
                    v.admitted_at, v.departed_at, v.visitor_a_id, v.visitor_b_id)
    assert tuple(row) == expected
    assert (row.outcome, row.abandon_reason, row.rating) == ("abandoned", "staff_shortage", "unsatisfactory")


def test_tracked_issues_without_a_counting_visit_are_not_counted(office):
    case = Case(office)
    draft = case.visit(case.monday, status="draft")
    case.issue(draft, case.monday)
    assert case.summary().issues.raised == 0
    with office.db.session() as s:
        assert s.query(TrackedIssue).filter_by(visit_id=draft).count() == 1


def test_a_split_given_without_a_total_adds_to_its_group_only(office):
    case = Case(office)
    case.visit(case.monday, counts={"in_custody": (5, 2, 3, None), "seen": (None, None, 1, 0)})
    f = case.summary().funnel
    assert f.stages["in_custody"] == 5 and f.stages["seen"] == 0
    assert (f.by_group["female"]["in_custody"], f.by_group["male"]["in_custody"],
            f.by_group["juvenile"]["in_custody"]) == (2, 3, 0)
    assert (f.by_group["male"]["seen"], f.by_group["juvenile"]["seen"]) == (1, 0)


# --------------------------------------------------------------------------- the words the Board reads


def test_each_headline_change_is_shown_under_its_label(office):
    from icvapp.metrics import changes

    case = Case(office)
    s = case.summary()
    assert [(c.name, c.label) for c in changes(s, s)] == [
        ("visits", "Visits"),
        ("coverage_pct", "Weeks covered (%)"),
        ("present", "Present at visits"),
        ("offered", "Offered a visit"),
        ("seen", "Accepted and seen"),
        ("seen_pct", "Seen, of those offered (%)"),
        ("requests", "Requests made"),
        ("issues_raised", "Issues raised"),
        ("open_at_end", "Issues open at the end of the period"),
        ("satisfactory_pct", "Visits rated satisfactory (%)"),
        ("volunteer_hours", "Hours volunteered on visits"),
        ("admission_delay_median_min", "Median wait to be admitted (minutes)"),
    ]


def test_the_annual_report_gives_each_suite_its_share_seen(office):
    from icvapp.metrics import annual_summary

    case = Case(office)
    case.visit(case.monday, counts={"in_custody": 9, "offered": 8, "seen": 6})
    report = annual_summary(office.db, office.config, case.fy)
    [row] = [r for r in report.rows if r.place == case.place]
    assert (row.visits, row.present, row.offered, row.seen, row.seen_pct) == (1, 9, 8, 6, 75.0)
    assert (report.total.present, report.total.offered, report.total.seen, report.total.seen_pct) == (
        9, 8, 6, 75.0)


@pytest.mark.parametrize("weeks", [1, 2, 3])
def test_a_period_ending_midweek_still_sees_the_visits_that_cover_its_last_week(office, weeks):
    """The period ends on a Thursday; its last week runs to Sunday, and a Saturday visit covers it."""
    case = Case(office)
    thursday = case.monday + (weeks - 1) * WEEK + 3 * DAY
    period = Period(case.monday, thursday, "to a Thursday")
    case.visit(thursday + 2 * DAY)  # Saturday: after the period, in its last week
    f = case.figures(period)
    assert (f.visits, f.expected_weeks, f.covered_weeks) == (0, weeks, 1)
    assert f.missed_weeks == [case.monday + n * WEEK for n in range(weeks - 1)]


def test_a_stage_given_only_by_its_split_adds_nothing_to_its_share(office):
    """Seen left without a total (only the male split given) is not a share of those offered."""
    case = Case(office)
    case.visit(case.monday, counts={"in_custody": 5, "offered": 4, "seen": (None, None, 1, 0)})
    s = case.summary()
    assert (s.funnel.seen_pct, s.funnel.declined_pct) == (0.0, 0.0)
    assert case.figures().seen_pct == 0.0
