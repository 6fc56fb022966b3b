"""The form marks problems on every key without redoing everything: a new problem is shown at once, a fixed
one is cleared at once, and a key press asks the database nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from icvapp.ui.main_window import MainWindow
from icvapp.ui.palette import invalid_style

from .test_visit_form import choose, type_into


@pytest.fixture
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_problem_appears_and_clears_as_the_volunteer_types(qtbot, window):
    window.open_visit(None)
    form, d = window.form, window.form.details
    d.date.setDate(dt.date.today() - dt.timedelta(days=3))  # not tonight: "later than now" stays out of it
    type_into(qtbot, d.arrival, "2210")
    type_into(qtbot, d.departure, "2100")
    assert d.departure.styleSheet() == invalid_style()
    assert "is before arrival" in d.departure.toolTip()
    assert d.departure.accessibleDescription() == d.departure.toolTip()
    assert "is before arrival" in d.field_messages["departure"].text()
    assert any("is before arrival" in form.problem_list.item(i).text() for i in range(form.problem_list.count()))
    assert form.tabs.tabText(0).endswith("(1)")
    type_into(qtbot, d.departure, "2300")  # fixed
    assert d.departure.styleSheet() == ""
    assert "is before arrival" not in d.departure.toolTip()
    assert d.field_messages["departure"].isHidden()
    assert not any("is before arrival" in form.problem_list.item(i).text()
                   for i in range(form.problem_list.count()))
    assert "(" not in form.tabs.tabText(0)


def test_every_problem_is_marked_and_each_field_keeps_its_own_words(qtbot, window):
    window.open_visit(None)
    form, d = window.form, window.form.details
    plain = d.arrival.accessibleDescription()
    type_into(qtbot, d.arrival, "half nine")
    choose(d.visitor_a, "Amrit Sandhu")
    choose(d.visitor_b, "Amrit Sandhu")
    marked = {p.field for p in form.problems}
    assert {"arrival", "visitor_b"} <= marked
    assert d.visitor_b.styleSheet() == invalid_style() and "same person" in d.visitor_b.toolTip()
    assert "not a time" in d.arrival.toolTip()
    type_into(qtbot, d.arrival, "2105")
    assert d.arrival.toolTip() == plain and d.arrival.styleSheet() == ""
    assert d.visitor_b.styleSheet() == invalid_style()  # the other problem stays marked


def test_a_key_press_runs_no_sql_and_new_suites_are_seen_on_the_next_visit(qtbot, window, ctx):
    window.open_visit(None)
    form = window.form
    statements = []
    listener = lambda *args: statements.append(args[2])
    event.listen(ctx.db.engine, "before_cursor_execute", listener)
    try:
        form.closeout.observations.setFocus()
        qtbot.keyClicks(form.closeout.observations, "Calm night.")
        form.timer.stop()
        form.deadline.stop()
        assert statements == []
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", listener)
    form.dirty = False
    from icvapp.storage.model import Place

    with ctx.db.session() as s:
        s.add(Place(name="Newly opened suite", locations=4, weekly_target=1))
    window.show_list()
    window.open_visit(None)
    assert any(info.name == "Newly opened suite" for info in form.validation_context().places.values())


def test_the_checks_move_on_past_midnight(qtbot, window, monkeypatch):
    window.open_visit(None)
    form = window.form
    first = form.validation_context()
    assert first.today == dt.date.today()
    stale = first.__class__(config=first.config, places=first.places, today=dt.date(2000, 1, 1))
    form._checks = stale
    assert form.validation_context().today == dt.date.today()
    assert form.validation_context().places is first.places  # not read again
