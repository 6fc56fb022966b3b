"""The rota: a quarter at a glance, suites × weeks, filling in as visits arrive."""

from __future__ import annotations

import datetime as dt

import pytest

from icvapp.errors import InvalidInput
from icvapp.scheme.periods import quarter, weeks_in
from icvapp.scheme.places import add_closure
from icvapp.scheme.rota import (
    ASSIGNED,
    CLOSED,
    MISSED,
    UNCOVERED,
    VISITED,
    assign_pair,
    clear_pair,
    rota_grid,
)
from icvapp.storage.model import Place, Volunteer
from icvapp.visits.store import complete_visit, validation_context
from icvapp.visits.validation import errors
from tests.helpers import good_visit, names_to_ids

Q3 = quarter(2026, 3)  # October–December 2026


def test_weeks_belong_to_the_quarter_holding_their_thursday():
    weeks = weeks_in(quarter(2025, 1))  # April–June 2025
    assert weeks[0] == dt.date(2025, 3, 31)  # Thu 3 April is in Q1, so this week is too
    assert weeks[-1] == dt.date(2025, 6, 23)  # week of Mon 30 June belongs to Q2 (Thu 3 July)
    assert len(weeks) == 13
    assert dt.date(2025, 6, 30) == weeks_in(quarter(2025, 2))[0]


def test_the_grid_fills_in_and_shows_gaps(ctx):
    places, people = names_to_ids(ctx, Place), names_to_ids(ctx, Volunteer)
    bl = places["Beaumont Leys"]
    rec = good_visit(ctx, visit_date=dt.date(2026, 10, 7))  # a Wednesday
    assert not errors(complete_visit(ctx.db, rec, validation_context(ctx.db, ctx.config, dt.date(2026, 11, 23))))
    assign_pair(ctx.db, bl, dt.date(2026, 11, 30), people["Amrit Sandhu"], people["Łukasz Nowak"])
    add_closure(ctx.db, bl, dt.date(2026, 12, 14), dt.date(2026, 12, 31), "Refurbishment")
    grid = rota_grid(ctx.db, Q3, today=dt.date(2026, 11, 23))
    assert grid.slot(bl, dt.date(2026, 10, 5)).state == VISITED
    assert grid.slot(bl, dt.date(2026, 10, 12)).state == MISSED
    assert grid.slot(bl, dt.date(2026, 11, 30)).state == ASSIGNED
    assert grid.slot(bl, dt.date(2026, 11, 30)).pair_names == "Amrit Sandhu & Łukasz Nowak"
    assert grid.slot(bl, dt.date(2026, 12, 7)).state == UNCOVERED
    assert grid.slot(bl, dt.date(2026, 12, 14)).state == CLOSED
    assert "Closed Suite" not in [name for _, name, _ in grid.places]  # inactive and never visited
    clear_pair(ctx.db, bl, dt.date(2026, 11, 30))
    assert rota_grid(ctx.db, Q3, today=dt.date(2026, 11, 23)).slot(bl, dt.date(2026, 11, 30)).state == UNCOVERED


def test_the_rota_holds_a_week_never_a_day(ctx):
    places, people = names_to_ids(ctx, Place), names_to_ids(ctx, Volunteer)
    with pytest.raises(InvalidInput, match="Monday"):
        assign_pair(ctx.db, places["Beaumont Leys"], dt.date(2026, 12, 2), people["Amrit Sandhu"], None)
    with pytest.raises(InvalidInput, match="two different"):
        assign_pair(ctx.db, places["Beaumont Leys"], dt.date(2026, 11, 30), people["Amrit Sandhu"],
                    people["Amrit Sandhu"])
    from icvapp.storage.model import RotaAssignment

    columns = {c.name for c in RotaAssignment.__table__.columns}
    assert not any("time" in c or "day" in c for c in columns)
