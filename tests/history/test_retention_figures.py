"""A retention purge removes what identifies a detainee and nothing the Board's figures are made of.

tests/history/test_retention.py purges the demo scheme and compares every figure before and
after. A figure that was zero before cannot show a purge that loses it, so here the purged
quarter is built so that every figure a purge could touch is non-zero, and different from the
others in its table: a purge that dropped requests, counts, reasons, issues, times, ratings or
visitors — or swapped one for another — changes a figure and fails.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, text

from icvapp.history.retention import cutoff_for, due, purge, purge_expired
from icvapp.metrics import as_dict, summary
from icvapp.metrics import queries as metric_queries
from icvapp.profile.context import create_profile
from icvapp.profile.settings import set_retention_months
from icvapp.scheme.periods import Period, financial_year, quarter
from icvapp.storage.model import (
    AuditEvent,
    Conversation,
    Place,
    SignedDocument,
    StageCount,
    SubjectRequest,
    TrackedIssue,
    Visit,
    Volunteer,
)
from tests.conftest import PASSPHRASE
from tests.helpers import names_to_ids

D = dt.date
DAY = dt.timedelta(days=1)

Q = quarter(2024, 2)  # Mon 1 Jul – Mon 30 Sep 2024: every purged visit is in here
CUTOFF = D(2024, 10, 1)  # purge everything dated before 1 October 2024
TODAY = D(2026, 11, 23)

REQUESTS = ["medical", "refreshments", "phone_call", "reading_material", "blankets", "case_update", "solicitor",
            "exercise", "toiletries", "religious_text", "interpreter", "other"]
REASONS = ["asleep", "in_interview", "with_solicitor", "with_health_professional", "risk_assessment",
           "intoxicated", "released_or_transferred", "other"]
#: stage: (total, female, male, juvenile) — each group's stages differ, and so do the totals.
BIG_COUNTS = {
    "in_custody": (53, 14, 30, 9), "not_available": (7, 1, 5, 1), "offered": (37, 10, 20, 7),
    "seen": (22, 6, 12, 4), "declined": (12, 3, 7, 2), "observed_only": (8, 2, 3, 3), "not_offered": (13, 4, 4, 5),
}


@pytest.fixture(autouse=True)
def statements_built_from_the_current_code():
    """The metrics keep each SQL statement once built (``@cache``); build them afresh per test."""
    for built in (metric_queries._visit_stmt, metric_queries._funnel_stmt, metric_queries._request_stmt,
                  metric_queries._reason_stmt, metric_queries._issue_stmt):
        built.cache_clear()


class Writer:
    """Visits as the app stores them, every detail filled in, so a purge has something to remove."""

    def __init__(self, ctx):
        self.db = ctx.db
        self.places = names_to_ids(ctx, Place)
        people = names_to_ids(ctx, Volunteer)
        self.people = {"A": people["Amrit Sandhu"], "Z": people["Zoë Ó Briain"], "L": people["Łukasz Nowak"]}
        self.numbers = itertools.count(1000)

    def visit(self, place: str, day: dt.date, times: str = "10:00 10:05 11:00", *, pair: str = "AZ",
              outcome: str = "completed", reason: str | None = None, rating: str | None = "satisfactory",
              counts: dict | None = None, not_seen: tuple = (), asked: tuple = (), tallies: tuple = (),
              issues: tuple = (), sealed: bool = False, pdf: bytes | None = None) -> int:
        """``not_seen`` are reasons, one conversation each; ``asked`` are (category, quantity) asked for in
        one conversation each; ``tallies`` are requests with no conversation; ``issues`` are
        (category, resolved on the spot, closed on) tracked from the conversations in turn."""
        arrived, admitted, departed = (dt.datetime.combine(day, dt.time.fromisoformat(t)) for t in times.split())
        visitors = [self.people[p] for p in pair] + [None, None]
        with self.db.session() as s:
            v = Visit(status="complete", place_id=self.places[place], visit_date=day, visitor_a_id=visitors[0],
                      visitor_b_id=visitors[1], arrived_at=arrived, admitted_at=admitted, departed_at=departed,
                      outcome=outcome, abandon_reason=reason, rating=rating, observations="Calm suite.")
            for stage, (total, female, male, juvenile) in (counts or {}).items():
                v.counts.append(StageCount(stage=stage, total=total, female=female, male=male, juvenile=juvenile))
            talks = [(False, r, None) for r in not_seen] + [(True, None, a) for a in asked]
            talks += [(True, None, None)] * max(0, len(issues) - len(talks))
            for i, (consent, why, request) in enumerate(talks):
                n = next(self.numbers)
                c = Conversation(position=i, identifier=f"LE/{n}/24", location=str(i + 1), consent=consent,
                                 reason_not_seen=why, notes=f"Spoke about detention {n}.",
                                 issue_raised=f"Issue {n}" if i < len(issues) else "",
                                 staff_response=f"Response {n}" if i < len(issues) else "",
                                 resolved_during_visit=issues[i][1] if i < len(issues) else None,
                                 entitlements={"rights_told": "yes"}, vulnerabilities=["mental_health"])
                if request:
                    category, quantity = request
                    c.requests = [SubjectRequest(visit=v, category=category, quantity=quantity)]
                v.conversations.append(c)
            for category, quantity in tallies:
                v.requests.append(SubjectRequest(category=category, quantity=quantity))
            s.add(v)
            s.flush()
            for i, (category, resolved, closed_on) in enumerate(issues):
                s.add(TrackedIssue(visit_id=v.id, source="conversation", source_key=str(i), category=category,
                                   place_id=v.place_id, raised_on=day, resolved_during_visit=resolved,
                                   status="closed" if closed_on else "open", closed_on=closed_on))
            if pdf is not None:  # the signed PDF is written before the seal goes on
                s.add(SignedDocument(visit_id=v.id, pdf=pdf))
            if sealed:
                s.flush()
                v.sealed_record = '{"the": "sealed record"}'
                v.record_digest = "ab" * 32
                v.sealed_at = dt.datetime.combine(day, dt.time(23, 0))
            return v.id


def a_quarter_with_every_figure(ctx) -> dict[str, int]:
    """Q2 2024/25 at Beaumont Leys and Euston Street, then one visit on the cut-off day itself."""
    w = Writer(ctx)
    jul = D(2024, 7, 1)  # a Monday
    ids = {}
    ids["big"] = w.visit("Beaumont Leys", jul, "10:00 10:05 13:00", counts=BIG_COUNTS,
                         not_seen=[r for k, r in enumerate(REASONS, start=1) for _ in range(k)],
                         asked=[(c, q) for q, c in enumerate(REQUESTS, start=1) if q % 2],
                         tallies=[(c, q) for q, c in enumerate(REQUESTS, start=1) if not q % 2], sealed=True,
                         pdf=b"%PDF-old")
    ids["issues"] = w.visit("Euston Street", jul + 8 * DAY, "19:00 19:10 20:30", pair="ZL", rating="unsatisfactory",
                            counts={"in_custody": (6, None, None, None), "offered": (4, None, None, None),
                                    "seen": (3, None, None, None)},
                            issues=[("healthcare", True, jul + 8 * DAY), ("healthcare", False, jul + 20 * DAY),
                                    ("healthcare", False, None), ("healthcare", False, D(2024, 10, 9)),
                                    ("cleanliness", True, jul + 8 * DAY), ("cleanliness", True, None),
                                    ("cleanliness", False, jul + 30 * DAY), ("cleanliness", False, None),
                                    ("cleanliness", False, None), ("cleanliness", False, D(2024, 12, 1)),
                                    ("cleanliness", False, jul + 40 * DAY)])
    ids["nobody"] = w.visit("Euston Street", jul + 16 * DAY, "02:00 02:45 03:00", pair="AL",
                            counts={"in_custody": (0, None, None, None)})
    ids["late"] = w.visit("Beaumont Leys", jul + 24 * DAY, "15:00 15:40 16:00", pair="A")
    ids["unrated"] = w.visit("Euston Street", jul + 33 * DAY, "08:00 08:12 09:00", rating=None)
    ids["rated"] = w.visit("Beaumont Leys", jul + 45 * DAY, "11:00 11:10 12:00", pair="AL", rating="unsatisfactory")
    ids["rated 2"] = w.visit("Euston Street", jul + 52 * DAY, "14:00 14:05 14:30")
    ids["busy"] = w.visit("Euston Street", jul + 60 * DAY, "21:00 21:35 21:40", pair="A", outcome="abandoned",
                          reason="too_busy", rating=None)
    ids["busy 2"] = w.visit("Beaumont Leys", jul + 70 * DAY, "20:00 20:05 20:10", pair="AZ", outcome="abandoned",
                            reason="too_busy", rating=None)
    ids["refused"] = w.visit("Euston Street", jul + 80 * DAY, "18:00 18:05 18:10", pair="A", outcome="abandoned",
                             reason="access_refused", rating=None)
    # Kept: dated on the cut-off day, so not before it.
    ids["kept"] = w.visit("Beaumont Leys", CUTOFF, "10:00 10:05 11:00", counts={"in_custody": (2, 1, 1, 0)},
                          not_seen=["asleep"], asked=[("medical", 1)], issues=[("healthcare", False, None)],
                          sealed=True, pdf=b"%PDF-new")
    return ids


@pytest.fixture
def purged_quarter(ctx):
    with ctx.db.session() as s:
        s.add(Place(name="Keyham Lane", locations=17))  # an active suite never visited: it has nothing to lose
    return ctx, a_quarter_with_every_figure(ctx)


def figures(ctx) -> list[dict]:
    periods = [Q, financial_year(2024), Period(D(2024, 7, 1), CUTOFF, "to the cut-off"), quarter(2024, 3)]
    return [as_dict(summary(ctx.db, ctx.config, p, today=TODAY)) for p in periods]


def stored_counts(ctx) -> dict[str, list]:
    """Every row a figure is counted from, as plain tuples."""
    with ctx.db.session() as s:
        return {
            "counts": s.execute(select(StageCount.visit_id, StageCount.stage, StageCount.total,
                                       StageCount.female, StageCount.male, StageCount.juvenile)
                                .order_by(StageCount.id)).all(),
            "requests": s.execute(select(SubjectRequest.visit_id, SubjectRequest.conversation_id,
                                         SubjectRequest.category, SubjectRequest.quantity)
                                  .order_by(SubjectRequest.id)).all(),
            "conversations": s.execute(select(Conversation.id, Conversation.visit_id, Conversation.position,
                                              Conversation.consent, Conversation.reason_not_seen,
                                              Conversation.resolved_during_visit, Conversation.allegation)
                                       .order_by(Conversation.id)).all(),
            "issues": s.execute(select(TrackedIssue.visit_id, TrackedIssue.source_key, TrackedIssue.category,
                                       TrackedIssue.raised_on, TrackedIssue.resolved_during_visit,
                                       TrackedIssue.status, TrackedIssue.closed_on).order_by(TrackedIssue.id)).all(),
            "visits": s.execute(select(Visit.id, Visit.status, Visit.place_id, Visit.visit_date, Visit.outcome,
                                       Visit.abandon_reason, Visit.rating, Visit.arrived_at, Visit.admitted_at,
                                       Visit.departed_at, Visit.visitor_a_id, Visit.visitor_b_id, Visit.sealed_at,
                                       Visit.record_digest, Visit.supersedes_id).order_by(Visit.id)).all(),
        }


def numbers(tree) -> list:
    """Every number in a piece of the figures, however deeply it is nested."""
    if isinstance(tree, dict):
        return [n for v in tree.values() for n in numbers(v)]
    if isinstance(tree, list):
        return [n for v in tree for n in numbers(v)]
    return [tree] if isinstance(tree, int | float) and not isinstance(tree, bool) else []


def test_the_purged_quarter_has_no_figure_a_faulty_purge_could_lose_unseen(purged_quarter):
    """The data the next test relies on: each figure non-zero, and different from the rest of its table."""
    ctx, _ = purged_quarter
    q = figures(ctx)[0]
    f = q["funnel"]
    tables = {
        "stages": f["stages"], "reasons not seen": f["reasons_not_seen"], "requests": q["requests"],
        **{f"{g} stages": f["by_group"][g] for g in f["by_group"]},
        "issues": {k: v for k, v in q["issues"].items() if k != "by_category"},
        **{f"{c} issues": v for c, v in q["issues"]["by_category"].items()},
        "visits": {k: q[k] for k in ("visits", "completed", "abandoned")},
        "abandon reasons": q["abandon_reasons"], "visits per volunteer": q["visits_per_volunteer"],
        "ratings": {k: q[k] for k in ("rated", "satisfactory", "satisfactory_pct")},
        "waits": {k: q[k] for k in ("admission_delay_median_min", "admission_delay_worst_min",
                                    "admission_delays_over_threshold")},
        "funnel shares": {k: f[k] for k in ("seen_pct", "declined_pct", "visits_with_nobody_in_custody")},
        "time bands": q["spread"]["by_time_band"],
    }
    for name, table in tables.items():
        values = numbers(table)
        assert values and all(values), f"{name}: {table}"
        assert len(set(values)) == len(values), f"{name} repeats a figure: {table}"
    assert len(q["issues"]["by_category"]) == 2 and q["volunteer_hours"] > 0
    places = {s["suite"]: s for s in q["suites"]}
    for name in ("Beaumont Leys", "Euston Street"):
        assert all((places[name]["in_custody"], places[name]["offered"], places[name]["seen"])), places[name]
    assert sum(places["Beaumont Leys"]["requests"].values()) == sum(range(1, 13))


def test_a_purge_keeps_every_figure_and_every_row_they_are_counted_from(purged_quarter):
    ctx, ids = purged_quarter
    before, rows = figures(ctx), stored_counts(ctx)
    assert due(ctx.db, CUTOFF) == len(ids) - 1  # all but the visit on the cut-off day
    assert purge(ctx.db, CUTOFF) == len(ids) - 1
    assert figures(ctx) == before
    assert stored_counts(ctx) == rows
    assert due(ctx.db, CUTOFF) == 0 and purge(ctx.db, CUTOFF) == 0


def test_a_purge_removes_every_detail_that_identifies_or_describes_a_detainee(purged_quarter):
    ctx, ids = purged_quarter
    purge(ctx.db, CUTOFF)
    with ctx.db.session() as s:
        old = s.scalars(select(Conversation).join(Visit).where(Visit.visit_date < CUTOFF)).all()
        assert len(old) == 36 + 6 + 11  # reasons, requests and issues, one conversation each
        for c in old:
            assert (c.identifier, c.location, c.notes, c.issue_raised, c.staff_response) == ("", "", "", "", "")
            assert (c.entitlements, c.vulnerabilities) == ({}, [])
        kept = s.scalars(select(Conversation).where(Conversation.visit_id == ids["kept"])).all()
        assert all(c.identifier and c.location and c.notes for c in kept)  # the cut-off day itself is kept
        assert all(c.entitlements == {"rights_told": "yes"} and c.vulnerabilities == ["mental_health"] for c in kept)
        assert kept[0].issue_raised and kept[0].staff_response
        big = s.get(Visit, ids["big"])
        assert big.sealed_record is None and big.record_digest == "ab" * 32  # the digest they signed stays
        assert s.get(Visit, ids["kept"]).sealed_record == '{"the": "sealed record"}'
        purged = dict(s.execute(select(Visit.id, Visit.purged_at)).all())
    assert all(purged[v] is not None for k, v in ids.items() if k != "kept")
    assert purged[ids["kept"]] is None


def test_a_purge_is_logged_once_with_its_cut_off_and_count(purged_quarter):
    ctx, ids = purged_quarter
    purge(ctx.db, CUTOFF)
    purge(ctx.db, CUTOFF)  # nothing left: not logged again
    with ctx.db.session() as s:
        [entry] = s.scalars(select(AuditEvent).where(AuditEvent.event == "retention purge")).all()
    assert entry.detail == f'{{"before":"{CUTOFF.isoformat()}","visits":{len(ids) - 1}}}'


def test_the_signed_pdf_of_a_purged_visit_is_deleted_and_a_kept_one_is_not(purged_quarter):
    ctx, ids = purged_quarter
    with ctx.db.session() as s:
        assert sorted(s.scalars(select(SignedDocument.visit_id)).all()) == sorted([ids["big"], ids["kept"]])
    purge(ctx.db, CUTOFF)
    with ctx.db.session() as s:
        assert s.scalars(select(SignedDocument.visit_id)).all() == [ids["kept"]]


def test_the_guards_on_sealed_visits_are_back_after_a_purge(purged_quarter):
    ctx, ids = purged_quarter
    with ctx.db.engine.connect() as conn:
        guards = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")).all()
    purge(ctx.db, CUTOFF)
    with ctx.db.engine.connect() as conn:
        assert conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")).all() \
            == guards


# --------------------------------------------------------------------------- many visits at once


def test_a_purge_of_more_visits_than_one_batch_reaches_every_one(ctx):
    """Purges run in batches of 500 visits; 1,234 old visits (imported history) are purged to the last."""
    place = names_to_ids(ctx, Place)["Beaumont Leys"]
    day = D(2019, 4, 1)
    with ctx.db.session() as s:
        ids = s.scalars(insert(Visit).returning(Visit.id, sort_by_parameter_order=True),
                        [{"status": "complete", "place_id": place, "visit_date": day + (i % 700) * DAY,
                          "origin": "history", "uid": f"history-{i}"} for i in range(1234)]).all()
        s.execute(insert(Conversation), [{"visit_id": v, "position": 0, "identifier": f"LE/{v}", "location": "3",
                                          "notes": "x", "entitlements": {}, "vulnerabilities": []} for v in ids])
        s.execute(insert(SubjectRequest), [{"visit_id": v, "category": "medical", "quantity": 1} for v in ids])
    before = as_dict(summary(ctx.db, ctx.config, financial_year(2019), today=TODAY))
    assert due(ctx.db, D(2022, 1, 1)) == 1234
    assert purge(ctx.db, D(2022, 1, 1)) == 1234
    with ctx.db.session() as s:
        assert s.scalar(select(Conversation.id).where(Conversation.identifier != "").limit(1)) is None
        assert s.scalar(select(Visit.id).where(Visit.purged_at.is_(None)).limit(1)) is None
    after = as_dict(summary(ctx.db, ctx.config, financial_year(2019), today=TODAY))
    assert after == before and after["requests"]["medical"] == 2 * 366  # the year's share of the 1,234


# --------------------------------------------------------------------------- the retention period


@pytest.mark.parametrize(("months", "today", "cutoff"), [
    (24, D(2026, 11, 23), D(2024, 11, 23)),
    (1, D(2026, 1, 15), D(2025, 12, 15)),   # back across the new year
    (12, D(2026, 12, 10), D(2025, 12, 10)),
    (13, D(2026, 1, 28), D(2024, 12, 28)),
    (3, D(2026, 1, 31), D(2025, 10, 28)),   # no day past the 28th: every month has one
    (1, D(2026, 3, 31), D(2026, 2, 28)),
    (12, D(2024, 2, 29), D(2023, 2, 28)),
    (120, D(2026, 6, 30), D(2016, 6, 28)),
    (11, D(2026, 12, 1), D(2026, 1, 1)),
])
def test_the_cut_off_is_the_retention_period_before_today(months, today, cutoff):
    assert cutoff_for(months, today) == cutoff


def test_purging_what_has_expired_follows_the_setting_as_it_stands_on_the_day_given(purged_quarter):
    ctx, ids = purged_quarter
    assert purge_expired(ctx.db, TODAY) == 0  # no period set: keep everything
    set_retention_months(ctx.db, 12)
    assert purge_expired(ctx.db, D(2025, 10, 1)) == len(ids) - 1  # cut-off 1 Oct 2024: that day's visit stays
    assert due(ctx.db, CUTOFF + DAY) == 1
    assert purge_expired(ctx.db, D(2025, 10, 2)) == 1  # a day later it goes too
    set_retention_months(ctx.db, None)
    assert purge_expired(ctx.db, D(2040, 1, 1)) == 0


# --------------------------------------------------------------------------- whatever the data


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    ctx = create_profile(tmp_path_factory.mktemp("retention") / "profile", "passphrase", "Retention", PASSPHRASE)
    with ctx.db.session() as s:
        s.add_all([Place(name="Beaumont Leys", locations=14), Place(name="Euston Street", locations=36),
                   Volunteer(name="Amrit Sandhu"), Volunteer(name="Zoë Ó Briain"), Volunteer(name="Łukasz Nowak")])
    yield ctx
    ctx.close()


visits = st.lists(st.fixed_dictionaries({
    "suite": st.sampled_from(["Beaumont Leys", "Euston Street"]),
    "day": st.integers(min_value=0, max_value=400),
    "arrival": st.integers(min_value=0, max_value=22),
    "wait": st.integers(min_value=0, max_value=90),
    "pair": st.sampled_from(["AZ", "ZL", "A", ""]),
    "abandoned": st.booleans(),
    "rating": st.sampled_from(["satisfactory", "unsatisfactory", None]),
    "in_custody": st.integers(min_value=0, max_value=20),
    "not_seen": st.lists(st.sampled_from(REASONS), max_size=3),
    "asked": st.lists(st.tuples(st.sampled_from(REQUESTS), st.integers(1, 4)), max_size=3),
    "tallies": st.lists(st.tuples(st.sampled_from(REQUESTS), st.integers(1, 4)), max_size=2),
    "issues": st.lists(st.tuples(st.sampled_from(["healthcare", "cleanliness"]), st.booleans(),
                                 st.one_of(st.none(), st.integers(0, 200))), max_size=2),
}), min_size=1, max_size=6)


@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(visits=visits, cut=st.integers(min_value=0, max_value=400))
def test_whatever_was_recorded_a_purge_changes_no_figure(office, visits, cut):
    first = D(2030, 4, 1) + next(_stretches) * 500 * DAY  # each example in a stretch of time of its own
    w = Writer(office)
    for v in visits:
        day = first + v["day"] * DAY
        arrival = dt.datetime.combine(day, dt.time(v["arrival"], 0))
        times = " ".join(f"{t:%H:%M}" for t in (arrival, arrival + dt.timedelta(minutes=v["wait"]),
                                                  arrival + dt.timedelta(minutes=v["wait"] + 30)))
        seen = v["in_custody"] // 2
        w.visit(v["suite"], day, times, pair=v["pair"], outcome="abandoned" if v["abandoned"] else "completed",
                reason="too_busy" if v["abandoned"] else None, rating=v["rating"],
                counts={"in_custody": (v["in_custody"], None, None, None), "offered": (seen + 1, None, None, None),
                        "seen": (seen, None, None, None)},
                not_seen=v["not_seen"], asked=v["asked"], tallies=v["tallies"],
                issues=[(c, r, None if closed is None else day + closed * DAY) for c, r, closed in v["issues"]])
    periods = [Period(first, first + 400 * DAY, "all"), Period(first, first + max(cut - 1, 0) * DAY, "purged"),
               Period(first + cut * DAY, first + 400 * DAY, "kept"), quarter(first.year, 1)]
    before = [as_dict(summary(office.db, office.config, p, today=first + 500 * DAY)) for p in periods]
    purge(office.db, first + cut * DAY)
    assert [as_dict(summary(office.db, office.config, p, today=first + 500 * DAY)) for p in periods] == before


_stretches = itertools.count()
