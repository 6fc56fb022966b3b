"""Drafts, completion, the visit list and the draft left open by a crash."""

from __future__ import annotations

import datetime as dt

import pytest

from icvapp.errors import InvalidInput, NotFound
from icvapp.scheme.periods import quarter
from icvapp.storage.model import Place
from icvapp.visits.record import VisitRecord
from icvapp.visits.store import (
    VisitFilter,
    complete_visit,
    count_visits,
    delete_draft,
    interrupted_draft,
    list_visits,
    load_visit,
    mark_editing,
    reopen_visit,
    save_draft,
    validation_context,
)
from tests.helpers import good_visit, names_to_ids

TODAY = dt.date(2026, 11, 23)


def test_a_saved_draft_comes_back_exactly(ctx):
    rec = save_draft(ctx.db, good_visit(ctx))
    back = load_visit(ctx.db, rec.id)
    assert back == rec


def test_a_draft_may_be_inconsistent_but_is_never_refused(ctx):
    rec = save_draft(ctx.db, VisitRecord(observations="half a thought"))
    assert load_visit(ctx.db, rec.id).observations == "half a thought"


def test_a_visit_past_midnight_keeps_its_times(ctx):
    rec = good_visit(ctx, arrival=dt.time(23, 40), admitted=dt.time(23, 50), departure=dt.time(1, 5),
                     past_midnight=True)
    save_draft(ctx.db, rec)
    back = load_visit(ctx.db, rec.id)
    assert back.past_midnight and back.departed_at == dt.datetime(2026, 11, 3, 1, 5)


def test_completion_refuses_errors_but_keeps_the_draft(ctx):
    vctx = validation_context(ctx.db, ctx.config, TODAY)
    rec = good_visit(ctx, visitor_b_id=None)
    problems = complete_visit(ctx.db, rec, vctx)
    assert any(p.field == "visitor_b" for p in problems)
    assert load_visit(ctx.db, rec.id).status == "draft"
    rec.visitor_b_id = names_to_ids(ctx, __import__("icvapp.storage.model", fromlist=["Volunteer"]).Volunteer)["Łukasz Nowak"]
    complete_visit(ctx.db, rec, vctx)
    assert load_visit(ctx.db, rec.id).status == "complete"


def test_complete_visits_are_not_edited_as_drafts_or_deleted(ctx):
    rec = good_visit(ctx)
    complete_visit(ctx.db, rec, validation_context(ctx.db, ctx.config, TODAY))
    with pytest.raises(InvalidInput):
        save_draft(ctx.db, rec)
    with pytest.raises(InvalidInput, match="Only drafts can be deleted"):
        delete_draft(ctx.db, rec.id)
    reopen_visit(ctx.db, rec.id)
    rec.observations = "Corrected."
    save_draft(ctx.db, rec)
    assert load_visit(ctx.db, rec.id).observations == "Corrected."


def test_deleting_a_draft_removes_it_and_its_conversations(ctx):
    rec = save_draft(ctx.db, good_visit(ctx))
    delete_draft(ctx.db, rec.id)
    with pytest.raises(NotFound):
        load_visit(ctx.db, rec.id)
    with ctx.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM conversation").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM subject_request").scalar() == 0


def test_requests_are_stored_by_category_for_the_figures(ctx):
    rec = save_draft(ctx.db, good_visit(ctx))
    with ctx.db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT category, count(*) FROM subject_request WHERE visit_id = ? GROUP BY category ORDER BY 1",
            (rec.id,)).all()
    assert rows == [("blankets", 1), ("refreshments", 1)]


def test_the_list_pages_newest_first_and_filters(demo_ctx):
    all_rows = list_visits(demo_ctx.db, limit=10_000)
    assert len(all_rows) == count_visits(demo_ctx.db) > 200  # more than one default page
    dates = [r.visit_date for r in all_rows]
    assert dates == sorted(dates, reverse=True)
    first, rest = list_visits(demo_ctx.db, limit=5), []
    after = (first[-1].visit_date, first[-1].id)
    while page := list_visits(demo_ctx.db, limit=5, after=after):
        rest += page
        after = (page[-1].visit_date, page[-1].id)
    assert [r.id for r in first + rest] == [r.id for r in all_rows]
    place_id = names_to_ids(demo_ctx, Place)["Keyham Lane"]
    assert {r.place for r in list_visits(demo_ctx.db, VisitFilter(place_id=place_id))} == {"Keyham Lane"}
    q = quarter(2026, 3)
    in_q = list_visits(demo_ctx.db, VisitFilter(start=q.start, end=q.end))
    assert in_q and all(q.start <= r.visit_date <= q.end for r in in_q)
    assert [r.status for r in list_visits(demo_ctx.db, VisitFilter(status="draft"))] == ["draft"]


def test_the_draft_open_at_a_crash_is_remembered(ctx):
    rec = save_draft(ctx.db, good_visit(ctx))
    assert interrupted_draft(ctx.db) is None
    mark_editing(ctx.db, rec.id)
    assert interrupted_draft(ctx.db) == rec.id
    mark_editing(ctx.db, None)
    assert interrupted_draft(ctx.db) is None


def test_undated_drafts_page_after_the_dated_visits(ctx):
    for day in (None, dt.date(2026, 1, 5), None, dt.date(2026, 3, 1), None):
        save_draft(ctx.db, VisitRecord(visit_date=day))
    everything = list_visits(ctx.db)
    assert [r.visit_date for r in everything] == [dt.date(2026, 3, 1), dt.date(2026, 1, 5), None, None, None]
    paged, after = [], None
    while page := list_visits(ctx.db, limit=2, after=after):
        paged += page
        after = (page[-1].visit_date, page[-1].id)
    assert [r.id for r in paged] == [r.id for r in everything]
