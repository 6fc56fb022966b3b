"""One visit, one status: draft and complete are stored, sealed is derived, and every reader agrees."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from icvapp.storage.model import Visit, VisitOrigin, VisitStatus
from icvapp.visits.store import (
    ListMark,
    VisitFilter,
    complete_visit,
    count_visits,
    list_visits,
    load_visit,
    save_draft,
    validation_context,
)
from tests.helpers import good_visit, seal


@pytest.fixture
def one_of_each(signed_ctx):
    ctx = signed_ctx
    draft = save_draft(ctx.db, good_visit(ctx, visit_date=dt.date(2026, 10, 5))).id
    rec = good_visit(ctx, visit_date=dt.date(2026, 10, 12))
    complete_visit(ctx.db, rec, validation_context(ctx.db, ctx.config, dt.date(2026, 11, 23)))
    sealed = seal(ctx, visit_date=dt.date(2026, 10, 19))
    return ctx, {VisitStatus.DRAFT: draft, VisitStatus.COMPLETE: rec.id, VisitStatus.SEALED: sealed}


def test_the_values_are_the_stored_strings():
    assert [s.value for s in VisitStatus] == ["draft", "complete", "sealed"]
    assert VisitStatus.SEALED == "sealed" and f"{VisitStatus.COMPLETE:<10}|" == "complete  |"


@pytest.mark.parametrize("status", list(VisitStatus))
def test_the_record_the_row_the_sql_and_the_list_agree(one_of_each, status):
    ctx, ids = one_of_each
    vid = ids[status]
    assert load_visit(ctx.db, vid).status is status
    with ctx.db.session() as s:
        v = s.get(Visit, vid)
        assert v.effective_status is status
        assert s.scalar(select(Visit.effective_status).where(Visit.id == vid)) == status
        # Sealed is never stored: the row keeps "complete" and sealed_at says the rest.
        assert v.status == (VisitStatus.DRAFT if status == VisitStatus.DRAFT else VisitStatus.COMPLETE)
    (row,) = [r for r in list_visits(ctx.db) if r.id == vid]
    assert row.status is status and row.state is status


@pytest.mark.parametrize("status", list(VisitStatus))
def test_the_status_filter_finds_each_status_and_only_it(one_of_each, status):
    ctx, ids = one_of_each
    f = VisitFilter(status=status)
    assert [r.id for r in list_visits(ctx.db, f)] == [ids[status]]
    assert count_visits(ctx.db, f) == 1


def test_imported_history_shows_as_history(ctx):
    rec = save_draft(ctx.db, good_visit(ctx))
    with ctx.db.session() as s:
        s.get(Visit, rec.id).origin = VisitOrigin.HISTORY
    (row,) = list_visits(ctx.db)
    assert row.state is ListMark.HISTORY and row.state == "history"
