"""One rule for which version of a visit stands: the list, the figures and the rota agree.

An amendment replaces its original only once it is sealed; while it is being
prepared (a draft, or complete awaiting signatures) the original still counts.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from icvapp.metrics import queries
from icvapp.scheme.periods import quarter
from icvapp.scheme.rota import rota_grid
from icvapp.sealing.signoff import start_amendment
from icvapp.storage.model import Visit, counted, superseded
from icvapp.visits.store import complete_visit, list_visits, load_visit, save_draft, validation_context
from icvapp.visits.validation import errors
from tests.helpers import good_visit, seal

Q3 = quarter(2026, 3)
TODAY = dt.date(2026, 11, 23)


def amend(ctx, visit_id: int, *, sealed: bool, complete: bool = True) -> int:
    draft = start_amendment(ctx.db, visit_id, "A detainee was in cell 8, not 7.")
    rec = load_visit(ctx.db, draft)
    rec.conversations[1].location = "8"
    if sealed:
        seal(ctx, rec)
    elif complete:
        assert not errors(complete_visit(ctx.db, rec, validation_context(ctx.db, ctx.config, TODAY)))
    else:
        save_draft(ctx.db, rec)
    return draft


@pytest.fixture
def versions(signed_ctx):
    """Each way a visit and its versions can stand, one week apart."""
    ctx = signed_ctx
    v = {}
    v["replaced"] = seal(ctx, visit_date=dt.date(2026, 10, 5))
    v["sealed amendment"] = amend(ctx, v["replaced"], sealed=True)
    v["awaiting its amendment"] = seal(ctx, visit_date=dt.date(2026, 10, 12))
    v["unsigned amendment"] = amend(ctx, v["awaiting its amendment"], sealed=False)
    v["amended twice"] = seal(ctx, visit_date=dt.date(2026, 10, 19))
    v["draft amendment"] = amend(ctx, v["amended twice"], sealed=False, complete=False)
    rec = good_visit(ctx, visit_date=dt.date(2026, 10, 26))
    complete_visit(ctx.db, rec, validation_context(ctx.db, ctx.config, TODAY))
    v["complete, unsigned"] = rec.id
    v["draft"] = save_draft(ctx.db, good_visit(ctx, visit_date=dt.date(2026, 11, 2))).id
    return ctx, v


STANDS = {"sealed amendment", "awaiting its amendment", "amended twice", "complete, unsigned"}
SUPERSEDED = {"replaced"}


def named(v: dict[str, int], ids) -> set[str]:
    by_id = {i: name for name, i in v.items()}
    return {by_id[i] for i in ids}


def test_the_clauses_pick_the_versions_that_stand(versions):
    ctx, v = versions
    with ctx.db.session() as s:
        assert named(v, s.scalars(select(Visit.id).where(counted()))) == STANDS
        assert named(v, s.scalars(select(Visit.id).where(superseded()))) == SUPERSEDED


def test_the_list_marks_exactly_the_superseded_versions(versions):
    ctx, v = versions
    rows = list_visits(ctx.db)
    assert named(v, [r.id for r in rows if r.superseded]) == SUPERSEDED
    assert {r.state for r in rows if r.superseded} == {"superseded"}


def test_the_figures_count_exactly_the_versions_that_stand(versions):
    ctx, v = versions
    with ctx.db.engine.connect() as conn:
        rows = queries.visit_rows(conn, Q3.start, Q3.end)
    assert named(v, [r.id for r in rows]) == STANDS


def test_the_rota_shows_exactly_the_versions_that_stand(versions):
    """An amendment being prepared is not a second visit in its week."""
    ctx, v = versions
    grid = rota_grid(ctx.db, Q3, today=TODAY)
    shown = [vid for cell in grid.slots.values() for vid, _day, _outcome in cell.visits]
    assert len(shown) == len(set(shown))
    assert named(v, shown) == STANDS
