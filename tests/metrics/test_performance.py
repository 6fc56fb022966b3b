"""The co-ordinator's quarterly figures, checked against a quarter worked out by hand.

The scheme below is small enough to count on paper. Every expectation is
followed by the sum that gives it; docs/metrics.md sets out the rules.

Quarter Q1 2025/26 runs Tue 1 Apr – Mon 30 Jun 2025. Its weeks are those
whose Thursday falls in it, Monday to Sunday:

    W1 31 Mar   W2 7 Apr   W3 14 Apr   W4 21 Apr   W5 28 Apr   W6 5 May   W7 12 May
    W8 19 May   W9 26 May  W10 2 Jun   W11 9 Jun   W12 16 Jun  W13 23 Jun

(W1 starts in March but its Thursday, 3 Apr, is in Q1; the week of Mon 30 Jun
has its Thursday, 3 Jul, in Q2.)
"""

from __future__ import annotations

import datetime as dt
import json
from types import SimpleNamespace

import pytest
from sqlalchemy import event, select
from sqlalchemy.dialects import postgresql

from icvapp.metrics import annual_summary, as_dict, changes, previous_period, summary, weeks_of
from icvapp.metrics.spread import warnings_for
from icvapp.scheme.periods import Period, financial_year, quarter
from icvapp.storage.model import (
    Conversation,
    Place,
    PlaceClosure,
    StageCount,
    SubjectRequest,
    TrackedIssue,
    Visit,
    Volunteer,
)
from icvapp.visits.store import complete_visit, validation_context
from icvapp.visits.validation import errors
from tests.helpers import good_visit, names_to_ids

Q1 = quarter(2025, 1)
D = dt.date
W = {n: D(2025, 3, 31) + dt.timedelta(weeks=n - 1) for n in range(1, 14)}  # W1..W13 Mondays


# --------------------------------------------------------------------------- the scheme on paper


class Records:
    """Writes visits exactly as the app stores them, children first, sealed last."""

    def __init__(self, ctx):
        self.db = ctx.db
        self.places = names_to_ids(ctx, Place)
        people = names_to_ids(ctx, Volunteer)
        self.people = {"A": people["Amrit Sandhu"], "Z": people["Zoë Ó Briain"], "L": people["Łukasz Nowak"]}

    def visit(self, place: str, day: dt.date, times: str | None = "10:00 10:05 11:00", *, pair: str = "AZ",
              outcome: str = "completed", reason: str | None = None, rating: str | None = "satisfactory",
              counts: dict | None = None, conversations: tuple = (), tallies: tuple = (),
              status: str = "complete", sealed: bool = False, supersedes: int | None = None,
              origin: str = "recorded") -> int:
        """``times`` is "arrived admitted departed" (admitted may be "-"); a time earlier than
        arrival is the next day. ``conversations`` are (consent, reason not seen, [requests]);
        ``tallies`` are (category, quantity) requests with no conversation, as history imports have."""
        arrived = admitted = departed = None
        if times:
            arrived, admitted, departed = (self._moment(day, t, times.split()[0]) for t in times.split())
        visitors = [self.people[p] for p in pair] + [None, None]
        with self.db.session() as s:
            v = Visit(status=status, place_id=self.places[place], visit_date=day,
                      visitor_a_id=visitors[0], visitor_b_id=visitors[1],
                      arrived_at=arrived, admitted_at=admitted, departed_at=departed,
                      outcome=outcome, abandon_reason=reason, rating=rating, origin=origin,
                      supersedes_id=supersedes, version=2 if supersedes else 1)
            for stage, n in (counts or {}).items():
                total, female, male, juvenile = n if isinstance(n, tuple) else (n, None, None, None)
                v.counts.append(StageCount(stage=stage, total=total, female=female, male=male,
                                              juvenile=juvenile))
            for i, (consent, not_seen, asked) in enumerate(conversations):
                c = Conversation(position=i, identifier=f"LE/{i}", consent=consent, reason_not_seen=not_seen)
                c.requests = [SubjectRequest(visit=v, category=r, quantity=1) for r in asked]
                v.conversations.append(c)
            for category, quantity in tallies:
                v.requests.append(SubjectRequest(category=category, quantity=quantity))
            s.add(v)
            s.flush()
            if sealed:
                # The database refuses changes to a sealed visit, so the seal goes on last.
                v.sealed_at = dt.datetime.combine(day, dt.time(23, 59))
            return v.id

    @staticmethod
    def _moment(day: dt.date, t: str, arrival: str) -> dt.datetime | None:
        if t == "-":
            return None
        at = dt.datetime.combine(day, dt.time.fromisoformat(t))
        return at + dt.timedelta(days=1) if t < arrival else at

    def issue(self, visit_id: int, key: str, category: str, raised_on: dt.date, *, resolved: bool = False,
              closed_on: dt.date | None = None) -> None:
        with self.db.session() as s:
            s.add(TrackedIssue(visit_id=visit_id, source="conversation", source_key=key, category=category,
                               place_id=s.get(Visit, visit_id).place_id, raised_on=raised_on,
                               resolved_during_visit=resolved, status="closed" if closed_on else "open",
                               closed_on=closed_on))


@pytest.fixture
def scheme(ctx):
    """Five suites and a quarter of visits, every one of them listed here."""
    with ctx.db.session() as s:
        keyham = Place(name="Keyham Lane", locations=17, weekly_target=2)
        s.add_all([keyham, Place(name="Wigston", locations=6, weekly_target=0, occasional=True),
                   Place(name="Loughborough", locations=8, active=False)])
        s.flush()
        s.add_all([
            # Thu 10 – Wed 23 Apr: W2 closed 4 days (10–13), W3 all 7, W4 only 3 (21–23).
            PlaceClosure(place_id=keyham.id, start=D(2025, 4, 10), end=D(2025, 4, 23), reason="Refurbishment"),
            # From Sat 28 Jun until further notice: 2 days of W13, every day of Q2.
            PlaceClosure(place_id=keyham.id, start=D(2025, 6, 28), end=None, reason="Cell block rebuild"),
        ])
    r = Records(ctx)
    v = SimpleNamespace()

    # Beaumont Leys, one visit a week expected.
    v.b0 = r.visit("Beaumont Leys", D(2025, 3, 31), counts={"in_custody": 3, "offered": 2, "seen": 2},
                   conversations=[(True, None, ["reading_material"]), (False, "other", [])])  # Q4's date, Q1's week
    rec = good_visit(ctx, visit_date=D(2025, 4, 13), arrival=dt.time(23, 30), admitted=dt.time(23, 40),
                     departure=dt.time(1, 10), past_midnight=True)  # Sunday night into Monday, through the form
    assert not errors(complete_visit(ctx.db, rec, validation_context(ctx.db, ctx.config, D(2025, 7, 15))))
    v.b1 = rec.id
    v.b2 = r.visit("Beaumont Leys", D(2025, 5, 8), "14:00 14:10 15:00", pair="AL", sealed=True,
                   rating="unsatisfactory", counts={"in_custody": 5, "offered": 4, "seen": 3},
                   conversations=[(False, "intoxicated", ["refreshments"] * 3)])  # superseded by b3
    v.b3 = r.visit("Beaumont Leys", D(2025, 5, 16), "14:00 14:10 15:00", pair="AL", sealed=True, supersedes=v.b2,
                   counts={"in_custody": 4, "offered": 4, "seen": 3, "declined": 1})  # the sealed amendment
    v.b4 = r.visit("Beaumont Leys", D(2025, 5, 20), status="draft", counts={"in_custody": 8})
    v.b5 = r.visit("Beaumont Leys", D(2025, 6, 4), "09:00 09:50 10:30", sealed=True,
                   counts={"in_custody": 0, "offered": 0, "seen": 0})  # nobody in custody
    v.b6 = r.visit("Beaumont Leys", D(2025, 6, 12), supersedes=v.b5, counts={"in_custody": 6})  # unsealed amendment
    v.b7 = r.visit("Beaumont Leys", D(2025, 6, 30), "18:30 18:35 19:30", pair="ZL",
                   counts={"in_custody": 2, "offered": 2, "seen": 1, "declined": 1},
                   conversations=[(True, None, ["phone_call"])])  # Q1's date, Q2's week

    # Euston Street: seven of nine visits on a Tuesday, six of nine in the evening.
    usual = {"in_custody": 3, "offered": 2, "seen": 2, "not_offered": 1}
    v.e1 = r.visit("Euston Street", D(2025, 4, 1), "19:00 19:05 20:00", pair="AL", rating="unsatisfactory",
                   counts={"in_custody": (10, 3, 6, 1), "not_available": 2, "offered": (8, 2, 5, 1),
                           "seen": (6, 2, 4, 0), "declined": (2, 0, 1, 1)},
                   conversations=[(True, None, ["medical", "refreshments"]), (False, "in_interview", []),
                                  (False, "asleep", [])])
    v.e2 = r.visit("Euston Street", D(2025, 4, 8), "20:00 20:05 21:00", pair="ZL", counts=usual)
    v.e3 = r.visit("Euston Street", D(2025, 4, 15), "21:00 - 21:20", outcome="abandoned", reason="too_busy",
                   rating=None, counts={"in_custody": 4})  # abandoned: its count adds nothing
    v.e4 = r.visit("Euston Street", D(2025, 4, 22), "22:00 22:05 23:00", pair="AL", counts=usual)
    v.e5 = r.visit("Euston Street", D(2025, 4, 29), "18:00 18:05 19:00", pair="ZL", counts=usual)
    v.e6 = r.visit("Euston Street", D(2025, 5, 6), "23:00 - 23:15", pair="AL", outcome="abandoned",
                   reason="access_refused", rating="unsatisfactory")  # abandoned: its rating is left out
    v.e7 = r.visit("Euston Street", D(2025, 5, 13), "10:00 10:05 11:00", counts=usual)
    v.e8 = r.visit("Euston Street", D(2025, 5, 23), "14:00 14:05 15:00", pair="ZL", rating="unsatisfactory",
                   counts=usual)
    v.e9 = r.visit("Euston Street", D(2025, 6, 1), "03:00 03:05 04:00", pair="AL", counts=usual)

    # Keyham Lane, two visits a week expected when open.
    v.k1 = r.visit("Keyham Lane", D(2025, 4, 2), "15:00 15:20 16:00", pair="A",  # one visitor had to leave
                   counts={"in_custody": 5, "not_available": 1, "offered": 3, "seen": 2, "declined": 1,
                           "observed_only": 1},
                   conversations=[(False, "risk_assessment", [])])
    v.k2 = r.visit("Keyham Lane", D(2025, 4, 25), "11:00 11:05 12:30", pair="ZL", rating="unsatisfactory",
                   counts={"in_custody": 4, "offered": 4, "seen": 4},
                   conversations=[(True, None, ["case_update"])])
    v.k3 = r.visit("Keyham Lane", D(2025, 4, 29), "16:00 16:45 16:50", outcome="abandoned",
                   reason="staff_shortage", rating=None)  # admitted after 45 minutes, then abandoned

    # Wigston opens occasionally; Closed Suite is no longer used but a spreadsheet import dates a visit there.
    v.w1 = r.visit("Wigston", D(2025, 5, 17), "12:00 12:05 13:00", pair="AL",
                   counts={"in_custody": 1, "offered": 1, "seen": 1})
    v.h1 = r.visit("Closed Suite", D(2025, 5, 14), "10:00 - 12:00", pair="", origin="history", rating=None,
                   counts={"in_custody": 7, "offered": 5, "seen": 5},
                   tallies=[("medical", 2), ("solicitor", 1)])

    r.issue(v.b1, "0", "detainee_welfare", D(2025, 4, 13), resolved=True, closed_on=D(2025, 4, 13))
    r.issue(v.e1, "0", "cleanliness", D(2025, 4, 1), closed_on=D(2025, 5, 20))
    r.issue(v.e2, "0", "cleanliness", D(2025, 4, 8), closed_on=D(2025, 7, 15))  # closed after the quarter
    r.issue(v.k2, "0", "maintenance", D(2025, 4, 25))
    r.issue(v.b2, "0", "cleanliness", D(2025, 5, 8))  # on the superseded version: not counted
    r.issue(v.b7, "0", "healthcare", D(2025, 6, 30))
    r.issue(v.b0, "0", "food_and_drink", D(2025, 3, 31), closed_on=D(2025, 4, 2))  # Q4's
    return SimpleNamespace(ctx=ctx, v=v)


@pytest.fixture
def q1(scheme):
    return summary(scheme.ctx.db, scheme.ctx.config, Q1)


def place(s, name):
    [figures] = [f for f in s.places if f.place == name]
    return figures


# --------------------------------------------------------------------------- which visits count


def test_only_complete_visits_that_still_stand_count_in_the_quarter(q1):
    # Completed, dated 1 Apr – 30 Jun: b1 b3 b5 b7, e1 e2 e4 e5 e7 e8 e9, k1 k2, w1, h1 = 15.
    # Not b0 (31 Mar), b2 (superseded by sealed b3), b4 (draft), b6 (amendment not sealed).
    assert q1.completed == 15
    assert q1.abandoned == 3  # e3, e6, k3
    assert q1.visits == 18  # 15 + 3
    # Config order, only reasons that occurred.
    assert q1.abandon_reasons == {"too_busy": 1, "staff_shortage": 1, "access_refused": 1}
    assert [f.place for f in q1.places] == [
        "Beaumont Leys", "Closed Suite", "Euston Street", "Keyham Lane", "Wigston"]  # not Loughborough
    assert [(f.visits, f.abandoned) for f in q1.places] == [
        (4, 0),  # b1 b3 b5 b7
        (1, 0),  # h1, a history import
        (7, 2),  # e1 e2 e4 e5 e7 e8 e9; e3 e6
        (2, 1),  # k1 k2; k3
        (1, 0),  # w1
    ]


def test_an_amendment_replaces_its_original_only_once_sealed(scheme):
    ctx, v = scheme.ctx, scheme.v
    june = Period(D(2025, 6, 1), D(2025, 6, 15), "early June")
    # b5 (4 Jun) stands: its amendment b6 (12 Jun) is complete but unsealed. e9 (1 Jun) too.
    assert summary(ctx.db, ctx.config, june).completed == 2
    with ctx.db.session() as s:
        s.get(Visit, v.b6).sealed_at = dt.datetime(2025, 6, 13, 9, 0)
    # Now b6 replaces b5: still two visits, and b6's six in custody replace b5's none.
    sealed = summary(ctx.db, ctx.config, june)
    assert sealed.completed == 2
    assert sealed.funnel.stages["in_custody"] == 3 + 6  # e9 + b6
    assert sealed.funnel.visits_with_nobody_present == 0
    # A draft amendment of e9 changes nothing until it is completed and sealed.
    Records(ctx).visit("Euston Street", D(2025, 6, 2), status="draft", supersedes=v.e9, counts={"in_custody": 1})
    assert summary(ctx.db, ctx.config, june).funnel.stages["in_custody"] == 3 + 6


# --------------------------------------------------------------------------- weeks and coverage


def test_a_week_belongs_to_the_quarter_holding_its_thursday():
    assert weeks_of(Q1) == list(W.values())  # Mon 31 Mar (Thu 3 Apr) … Mon 23 Jun (Thu 26 Jun): 13 weeks
    assert weeks_of(quarter(2025, 2))[0] == D(2025, 6, 30)  # its Thursday, 3 Jul, is in Q2
    assert weeks_of(quarter(2024, 4))[0] == D(2024, 12, 30)  # Thu 2 Jan 2025 is in Q4 2024/25
    assert weeks_of(quarter(2024, 4))[-1] == D(2025, 3, 24)  # the week of 31 Mar went to Q1 above
    assert len(weeks_of(financial_year(2025))) == 52


def test_every_suite_gets_its_weekly_visit_or_the_week_is_missed(q1):
    bl, cs, es, kl, wig = q1.places
    # Beaumont Leys: covered W1 (b0 on 31 Mar), W2 (b1, Sunday night), W7 (b3), W10 (b5) = 4 of 13.
    # W3 is missed although b1 ran into Monday 14 Apr; W6 is missed: b2 was superseded;
    # W8's draft and W11's unsealed amendment cover nothing; b7 (30 Jun) covers Q2's first week.
    assert (bl.expected_weeks, bl.covered_weeks, bl.closed_weeks, bl.target_visits) == (13, 4, 0, 13)
    assert bl.missed_weeks == [W[3], W[4], W[5], W[6], W[8], W[9], W[11], W[12], W[13]]
    assert bl.coverage_pct == pytest.approx(4 / 13 * 100)  # 30.8
    # Euston Street: W1 W2 W4 W5 W7 W8 W9 = 7; abandoned e3 (W3) and e6 (W6) do not cover.
    assert (es.expected_weeks, es.covered_weeks, es.target_visits) == (13, 7, 13)
    assert es.missed_weeks == [W[3], W[6], W[10], W[11], W[12], W[13]]
    assert es.coverage_pct == pytest.approx(7 / 13 * 100)  # 53.8
    # Keyham Lane: closed 4 days of W2 and 7 of W3 (closed weeks); 3 of W4 and 2 of W13 (expected).
    # Expected 13 − 2 = 11, target 11 × 2 = 22; covered W1 (k1) and W4 (k2); k3 was abandoned.
    assert (kl.expected_weeks, kl.covered_weeks, kl.closed_weeks, kl.target_visits) == (11, 2, 2, 22)
    assert kl.missed_weeks == [W[n] for n in range(5, 14)]
    assert kl.coverage_pct == pytest.approx(2 / 11 * 100)  # 18.2
    # Wigston is occasional: never expected, its visit still counted.
    assert (wig.occasional, wig.expected_weeks, wig.covered_weeks, wig.coverage_pct) == (True, 0, 0, None)
    assert (wig.visits, wig.weeks_visited, wig.missed_weeks) == (1, 1, [])
    # Closed Suite is inactive: listed for its imported visit, expected nowhere.
    assert (cs.expected_weeks, cs.coverage_pct, cs.weeks_visited) == (0, None, 1)
    # Scheme-wide: 13 + 13 + 11 expected, 4 + 7 + 2 covered; 13 + 13 + 22 target visits.
    assert (q1.expected_weeks, q1.covered_weeks, q1.target_visits) == (37, 13, 48)
    assert q1.coverage_pct == pytest.approx(13 / 37 * 100)  # 35.1


def test_a_visit_in_a_straddling_week_counts_in_one_quarter_and_covers_the_other(scheme):
    ctx = scheme.ctx
    q2 = summary(ctx.db, ctx.config, quarter(2025, 2))
    bl = place(q2, "Beaumont Leys")
    assert bl.visits == 0  # b7 is dated 30 Jun, so it counted in Q1 …
    assert bl.covered_weeks == 1 and D(2025, 6, 30) not in bl.missed_weeks  # … and covers Q2's first week
    assert bl.expected_weeks == 13  # 30 Jun … 22 Sep
    # Keyham Lane is closed until further notice from 28 Jun: every Q2 week is a closed week.
    kl = place(q2, "Keyham Lane")
    assert (kl.expected_weeks, kl.closed_weeks, kl.coverage_pct) == (0, 13, None)
    # The week of Mon 31 Mar is Q1's: b0 counts in Q4's visits but covers no Q4 week.
    q4 = summary(ctx.db, ctx.config, quarter(2024, 4))
    assert (place(q4, "Beaumont Leys").visits, place(q4, "Beaumont Leys").covered_weeks) == (1, 0)


def test_a_quarter_still_under_way_misses_no_week_that_is_not_over(scheme):
    ctx = scheme.ctx
    q2 = quarter(2025, 2)  # weeks from Mon 30 Jun to Mon 22 Sep
    so_far = summary(ctx.db, ctx.config, q2, today=D(2025, 7, 9))  # Wednesday of the second week
    bl, es = place(so_far, "Beaumont Leys"), place(so_far, "Euston Street")
    # Only the week of 30 Jun is over: b7 covered it at Beaumont Leys, nothing at Euston Street.
    # The week under way and the eleven after it are still to come, not missed.
    assert (bl.expected_weeks, bl.covered_weeks, bl.missed_weeks, bl.weeks_to_come) == (1, 1, [], 12)
    assert (es.expected_weeks, es.covered_weeks, es.missed_weeks, es.weeks_to_come) == (1, 0, [D(2025, 6, 30)], 12)
    assert (so_far.target_visits, so_far.coverage_pct, so_far.as_of) == (2, 50.0, D(2025, 7, 9))
    after = summary(ctx.db, ctx.config, q2, today=D(2025, 10, 1))
    assert (place(after, "Euston Street").expected_weeks, place(after, "Euston Street").weeks_to_come) == (13, 0)


# --------------------------------------------------------------------------- what the visits found


def test_the_detainee_funnel_adds_up_completed_visits_only(q1):
    f = q1.funnel
    # b1 9, b3 4, b5 0, b7 2 | e1 10, e2 e4 e5 e7 e8 e9 3 each | k1 5, k2 4 | w1 1 | h1 7
    # = 15 + 28 + 9 + 1 + 7 = 60. Not e3's 4 (abandoned), b2's 5, b4's 8, b6's 6, b0's 3.
    assert f.stages == {
        "in_custody": 60,
        "not_available": 5,  # b1 2, e1 2, k1 1
        "offered": 46,  # b1 7, b3 4, b7 2 | e1 8, 6 × 2 | k1 3, k2 4 | w1 1 | h1 5 = 13 + 20 + 7 + 1 + 5
        "seen": 38,  # b1 4, b3 3, b7 1 | e1 6, 6 × 2 | k1 2, k2 4 | w1 1 | h1 5 = 8 + 18 + 6 + 1 + 5
        "declined": 7,  # b1 2, b3 1, b7 1, e1 2, k1 1
        "observed_only": 1,  # k1
        "not_offered": 6,  # e2 e4 e5 e7 e8 e9
    }
    assert f.seen_pct == pytest.approx(38 / 46 * 100)  # 82.6
    assert f.declined_pct == pytest.approx(7 / 46 * 100)  # 15.2
    # Splits are recorded on b1 (in custody 2/6/1) and e1 only; an empty split adds nothing.
    zero = dict.fromkeys(f.stages, 0)
    assert f.by_group == {
        "female": {**zero, "in_custody": 5, "offered": 2, "seen": 2},  # b1 2 + e1 3
        "male": {**zero, "in_custody": 12, "offered": 5, "seen": 4, "declined": 1},  # b1 6 + e1 6
        "juvenile": {**zero, "in_custody": 2, "offered": 1, "declined": 1},  # b1 1 + e1 1
    }
    # b1 asleep; e1 in interview and asleep; k1 risk assessment. Not b2's or b0's.
    assert f.reasons_not_seen == {
        "asleep": 2, "in_interview": 1, "with_solicitor": 0, "with_health_professional": 0,
        "risk_assessment": 1, "intoxicated": 0, "released_or_transferred": 0, "other": 0}
    assert f.visits_with_nobody_present == 1  # b5
    # Per suite, in name order: Beaumont Leys, Closed Suite, Euston Street, Keyham Lane, Wigston.
    assert [(s.present, s.offered, s.seen) for s in q1.places] == [
        (15, 13, 8), (7, 5, 5), (28, 20, 18), (9, 7, 6), (1, 1, 1)]
    assert [s.seen_pct for s in q1.places] == [pytest.approx(8 / 13 * 100), 100.0, 90.0,
                                               pytest.approx(6 / 7 * 100), 100.0]


def test_requests_count_whether_or_not_a_conversation_was_recorded(q1):
    assert q1.requests == {
        "medical": 3,  # e1 1 + h1's imported tally of 2
        "refreshments": 2,  # b1, e1 (not b2's 3: superseded)
        "phone_call": 1,  # b7
        "reading_material": 0,  # b0's was in March
        "blankets": 1,  # b1
        "case_update": 1,  # k2
        "solicitor": 1,  # h1's tally
        "exercise": 0, "toiletries": 0, "religious_text": 0, "interpreter": 0, "other": 0,
    }
    assert {k: n for k, n in place(q1, "Closed Suite").requests.items() if n} == {"medical": 2, "solicitor": 1}
    assert {k: n for k, n in place(q1, "Beaumont Leys").requests.items() if n} == {
        "refreshments": 1, "phone_call": 1, "blankets": 1}


def test_issues_raised_and_those_still_open_when_the_quarter_ended(q1):
    i = q1.issues
    # Raised in Q1 on counting visits: b1, e1, e2, k2, b7 = 5 (not b2's: superseded; not b0's: March).
    assert (i.raised, i.resolved_during_visit, i.followed_up) == (5, 1, 4)  # b1's resolved on the spot
    # Open on 30 Jun: e2's (closed 15 Jul), k2's and b7's (still open). e1's closed 20 May.
    assert i.open_at_end == 3
    assert i.by_category == {  # the scheme's category order
        "detainee_welfare": {"raised": 1, "resolved_during_visit": 1, "followed_up": 0, "open_at_end": 0},
        "healthcare": {"raised": 1, "resolved_during_visit": 0, "followed_up": 1, "open_at_end": 1},
        "maintenance": {"raised": 1, "resolved_during_visit": 0, "followed_up": 1, "open_at_end": 1},
        "cleanliness": {"raised": 2, "resolved_during_visit": 0, "followed_up": 2, "open_at_end": 1},
    }


def test_ratings_admission_delays_and_hours_volunteered(q1):
    # Rated completed visits: all but h1 = 14; unsatisfactory e1, e8, k2 (e6 was abandoned).
    assert (q1.rated, q1.satisfactory) == (14, 11)
    assert q1.satisfactory_pct == pytest.approx(11 / 14 * 100)  # 78.6
    # Waits: b1 10, b3 10, b5 50, b7 5, e1 e2 e4 e5 e7 e8 e9 5 each, k1 20, k2 5, k3 45 (abandoned
    # after admission), w1 5 — fifteen, sorted 5 ×10, 10, 10, 20, 45, 50: the eighth is 5.
    assert q1.admission_delay_median_min == 5.0
    assert q1.admission_delay_worst_min == 50  # b5
    assert q1.admission_delays_over_threshold == 2  # b5 50, k3 45 > 30
    # Minutes × visitors: b1 100 × 2 (23:30 to 01:10 the next day), b3 60 × 2, b5 90 × 2, b7 60 × 2,
    # seven Euston Street visits 60 × 2, k1 60 × 1 (one visitor), k2 90 × 2, w1 60 × 2,
    # h1 120 × 2 (no visitor named: a pair) = 200 + 120 + 180 + 120 + 840 + 60 + 180 + 120 + 240 = 2060.
    assert q1.volunteer_hours == pytest.approx(2060 / 60)  # 34.3


def test_visits_per_volunteer_count_completed_and_abandoned_visits(q1):
    # A: b1 b3 b5 e1 e3 e4 e6 e7 e9 k1 k3 w1; Z: b1 b5 b7 e2 e3 e5 e7 e8 k2 k3; Ł: b3 b7 e1 e2 e4 e5 e6 e8 e9 k2 w1.
    assert q1.visits_per_volunteer == {"Amrit Sandhu": 12, "Zoë Ó Briain": 10, "Łukasz Nowak": 11}


# --------------------------------------------------------------------------- unannounced visits


def test_visits_spread_across_the_week_and_the_day_and_clustering_is_flagged(q1):
    sp = q1.spread
    # Mon b7 | Tue e1–e7, k3 | Wed b5, k1, h1 | Fri b3, e8, k2 | Sat w1 | Sun b1 (started Sunday), e9.
    assert sp.by_weekday == [1, 8, 3, 0, 3, 1, 2]
    # 00–06 e9 | 06–12 b5 e7 k2 h1 | 12–18 b3 e8 k1 k3 w1 | 18–24 b1 b7 e1–e6 (e5 arrived at 18:00 sharp).
    assert sp.by_time_band == {"00–06": 1, "06–12": 4, "12–18": 5, "18–24": 8}
    assert sp.per_place["Euston Street"] == ([0, 7, 0, 0, 1, 0, 1], {"00–06": 1, "06–12": 1, "12–18": 1, "18–24": 6})
    assert sp.per_place["Beaumont Leys"] == ([1, 0, 1, 0, 1, 0, 1], {"00–06": 0, "06–12": 1, "12–18": 1, "18–24": 2})
    assert list(sp.per_place) == ["Beaumont Leys", "Closed Suite", "Euston Street", "Keyham Lane", "Wigston"]
    # Only Euston Street has six or more visits: 7 of 9 on Tuesdays (> half), 6 of 9 in the evening (> 60%).
    assert sp.warnings == [
        "Visits to Euston Street are becoming predictable: 7 of 9 were on a Tuesday.",
        "Visits to Euston Street are becoming predictable: 6 of 9 began between 18:00 and midnight.",
    ]


def test_half_on_one_day_or_sixty_percent_in_one_band_is_not_yet_a_pattern():
    evenly = {"00–06": 0, "06–12": 2, "12–18": 1, "18–24": 3}
    assert warnings_for("Beaumont Leys", [3, 1, 1, 1, 0, 0, 0], evenly) == []  # 3 of 6: half, and 50%
    night = {"00–06": 5, "06–12": 0, "12–18": 0, "18–24": 0}
    assert warnings_for("Beaumont Leys", [5, 0, 0, 0, 0, 0, 0], night) == []  # five visits say nothing yet
    assert warnings_for("Beaumont Leys", [4, 1, 1, 1, 0, 0, 0], {**evenly, "06–12": 3}) == [
        "Visits to Beaumont Leys are becoming predictable: 4 of 7 were on a Monday."]
    ten = {"00–06": 0, "06–12": 4, "12–18": 0, "18–24": 6}  # 6 of 10 is 60%, not more
    assert warnings_for("Euston Street", [1, 1, 2, 2, 2, 1, 1], ten) == []
    ten["06–12"], ten["18–24"] = 3, 7
    assert warnings_for("Euston Street", [1, 1, 2, 2, 2, 1, 1], ten) == [
        "Visits to Euston Street are becoming predictable: 7 of 10 began between 18:00 and midnight."]


# --------------------------------------------------------------------------- against the previous period


def test_the_previous_period_is_the_one_just_before_of_the_same_length():
    assert previous_period(Q1) == quarter(2024, 4)
    assert previous_period(quarter(2025, 3)) == quarter(2025, 2)
    assert previous_period(financial_year(2025)) == financial_year(2024)
    ten_days = previous_period(Period(D(2025, 6, 10), D(2025, 6, 19), "10 days"))
    assert (ten_days.start, ten_days.end) == (D(2025, 5, 31), D(2025, 6, 9))


def test_changes_compare_the_quarter_with_the_one_before(scheme, q1):
    ctx = scheme.ctx
    q4 = summary(ctx.db, ctx.config, previous_period(Q1))
    # Q4 2024/25 holds b0 alone: 3 in custody, 2 offered and seen, 1 request, 10:00–11:00 for two,
    # a 5-minute wait, satisfactory; its issue was raised 31 Mar and closed 2 Apr (open at the end).
    # None of its 13 weeks was covered: b0's week is Q1's.
    got = {c.name: (c.current, c.previous, c.delta) for c in changes(q1, q4)}
    assert got == {
        "visits": (18, 1, 17),
        "coverage_pct": (pytest.approx(13 / 37 * 100), 0.0, pytest.approx(13 / 37 * 100)),
        "present": (60, 3, 57),
        "offered": (46, 2, 44),
        "seen": (38, 2, 36),
        "seen_pct": (pytest.approx(38 / 46 * 100), 100.0, pytest.approx(38 / 46 * 100 - 100)),
        "requests": (9, 1, 8),
        "issues_raised": (5, 1, 4),
        "open_at_end": (3, 1, 2),
        "satisfactory_pct": (pytest.approx(11 / 14 * 100), 100.0, pytest.approx(11 / 14 * 100 - 100)),
        "volunteer_hours": (pytest.approx(2060 / 60), 2.0, pytest.approx(2060 / 60 - 2)),
        "admission_delay_median_min": (5.0, 5.0, 0.0),
    }
    assert all(c.label for c in changes(q1, q4))


def test_a_figure_with_nothing_to_compare_has_no_change(scheme, q1):
    ctx = scheme.ctx
    empty = summary(ctx.db, ctx.config, quarter(2023, 1))
    assert empty.visits == 0 and empty.funnel.seen_pct is None and empty.coverage_pct == 0.0
    [seen_pct] = [c for c in changes(q1, empty) if c.name == "seen_pct"]
    assert seen_pct.previous is None and seen_pct.delta is None


# --------------------------------------------------------------------------- the annual report


def test_the_annual_report_has_a_row_per_suite_and_a_total(scheme):
    report = annual_summary(scheme.ctx.db, scheme.ctx.config, 2025)
    assert (report.period.start, report.period.end) == (D(2025, 4, 1), D(2026, 3, 31))
    # Every visit of the dataset from April on is in Q1; b0 (31 Mar) belongs to 2024/25.
    assert [(r.place, r.visits, r.present, r.offered, r.seen) for r in report.rows] == [
        ("Beaumont Leys", 4, 15, 13, 8), ("Closed Suite", 1, 7, 5, 5), ("Euston Street", 7, 28, 20, 18),
        ("Keyham Lane", 2, 9, 7, 6), ("Wigston", 1, 1, 1, 1)]
    t = report.total
    assert (t.place, t.visits, t.present, t.offered, t.seen) == ("Total", 15, 60, 46, 38)
    assert t.seen_pct == pytest.approx(38 / 46 * 100)
    assert sum(t.requests.values()) == 9 and t.requests["medical"] == 3
    assert report.rows[1].requests["solicitor"] == 1  # Closed Suite's imported tally
    assert report.volunteer_hours == pytest.approx(2060 / 60)
    assert report.issues_raised == 5


# --------------------------------------------------------------------------- for the CLI and exports


def test_figures_export_as_json_with_iso_dates_and_one_decimal_place(scheme, q1):
    data = json.loads(json.dumps(as_dict(q1)))
    assert data["period"] == {"start": "2025-04-01", "end": "2025-06-30", "label": "Q1 2025/26"}
    assert data["coverage_pct"] == 35.1  # 13 / 37
    assert data["volunteer_hours"] == 34.3  # 2060 / 60
    assert data["funnel"]["seen_pct"] == 82.6  # 38 / 46
    bl = data["suites"][0]
    assert bl["suite"] == "Beaumont Leys" and bl["missed_weeks"][0] == "2025-04-14"
    assert data["spread"]["per_suite"]["Wigston"] == [[0, 0, 0, 0, 0, 1, 0],
                                                      {"00–06": 0, "06–12": 0, "12–18": 1, "18–24": 0}]
    assert as_dict(changes(q1, q1)[0]) == {"name": "visits", "current": 18, "previous": 18, "label": "Visits",
                                           "delta": 0}
    annual = json.loads(json.dumps(as_dict(annual_summary(scheme.ctx.db, scheme.ctx.config, 2025))))
    assert annual["total"]["seen_pct"] == 82.6 and annual["period"]["end"] == "2026-03-31"


# --------------------------------------------------------------------------- edge cases


def test_two_volunteers_with_one_name_stay_two_people_and_a_missing_reason_is_said(ctx):
    with ctx.db.session() as s:
        s.add_all([Volunteer(name="Sam Patel"), Volunteer(name="Sam Patel")])
    r = Records(ctx)
    sams = sorted(i for n, i in _all_volunteers(ctx) if n == "Sam Patel")
    r.people.update(S=sams[0], T=sams[1])
    r.visit("Beaumont Leys", D(2025, 7, 1), pair="SA")
    r.visit("Euston Street", D(2025, 7, 2), pair="TS", outcome="abandoned", reason=None, rating=None)
    s = summary(ctx.db, ctx.config, quarter(2025, 2))
    assert s.visits_per_volunteer == {"Amrit Sandhu": 1, f"Sam Patel (no. {sams[0]})": 2,
                                      f"Sam Patel (no. {sams[1]})": 1}
    assert s.abandon_reasons == {"not_recorded": 1}


def _all_volunteers(ctx):
    with ctx.db.session() as s:
        return s.execute(select(Volunteer.name, Volunteer.id)).all()


def test_the_summary_asks_the_database_a_handful_of_questions_however_many_visits(scheme):
    ctx = scheme.ctx
    statements = []

    @event.listens_for(ctx.db.engine, "before_cursor_execute")
    def count(conn, cursor, statement, *args):
        statements.append(statement)

    try:
        summary(ctx.db, ctx.config, Q1)
        in_a_quarter = len(statements)
        statements.clear()
        summary(ctx.db, ctx.config, financial_year(2025))
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)
    # One query each for visits, funnel, requests, reasons, issues, suites, closures, volunteers:
    # never one per visit or per conversation.
    assert in_a_quarter == len(statements) <= 10


def test_the_queries_are_plain_sql_that_postgresql_understands(scheme):
    ctx = scheme.ctx
    statements = []

    @event.listens_for(ctx.db.engine, "before_execute")
    def keep(conn, clause, *args):
        statements.append(clause)

    try:
        summary(ctx.db, ctx.config, Q1)
    finally:
        event.remove(ctx.db.engine, "before_execute", keep)
    sql = [str(c.compile(dialect=postgresql.dialect())) for c in statements if hasattr(c, "compile")]
    assert len(sql) >= 8
    for text in sql:
        for sqlite_only in ("strftime", "julianday", "date(", "datetime("):
            assert sqlite_only not in text.lower()
    # The superseded rule is a NOT EXISTS on visit.supersedes_id, which is indexed.
    assert sum("NOT (EXISTS (SELECT newer.id" in text for text in sql) == 5
