"""The Board's figures as a reader meets them: every headline label in Welsh, a stage nobody counted as 0,
the coverage line in the kind's own period, and the words around a period of the user's own choosing.

Written for the survivors of the metrics mutation run of 30 November 2026 (docs/mutation.md): the labels
were only ever read in English (a wrong catalogue context went unseen), the stage figures were only read
where every stage had been counted, and the headline figures were never asked for with a kind's definition.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from icvapp.errors import in_language
from icvapp.i18n import translator
from icvapp.metrics import annual_summary, changes, previous_period, summary
from icvapp.metrics.spread import warnings_for
from icvapp.profile.context import create_profile
from icvapp.scheme.config import load_config
from icvapp.scheme.periods import Period, quarter
from tests.conftest import PASSPHRASE

D = dt.date
WELSH = translator("cy")


def welsh(text) -> str:
    """``text`` in Welsh, checked against the catalogue under its own context: a wrong context would
    fall back to the English."""
    said = in_language(text, WELSH)
    assert WELSH.translate(text.context, text.source) != text.source, text.source
    assert said != str(text), text.source
    return said


@pytest.fixture
def empty_quarter(ctx):
    """A quarter with no visit at all: every stage left uncounted."""
    s = summary(ctx.db, ctx.config, quarter(2020, 1))
    return dataclasses.replace(s, funnel=dataclasses.replace(s.funnel, stages={}))


@pytest.mark.parametrize("with_definition", [False, True])
def test_every_headline_label_reads_in_welsh_from_its_own_context(ctx, empty_quarter, with_definition):
    config = ctx.config if with_definition else None
    got = changes(empty_quarter, empty_quarter, config)
    assert [c.name for c in got] == ["visits", "coverage_pct", "present", "offered", "seen", "seen_pct",
                                     "requests", "issues_raised", "open_at_end", "satisfactory_pct",
                                     "volunteer_hours", "admission_delay_median_min"]
    said = [welsh(c.label) for c in got]
    assert said[0] == "Ymweliadau" and len(set(said)) == len(said)


def test_a_stage_nobody_counted_is_a_nought_in_the_comparison(ctx, empty_quarter):
    got = {c.name: (c.current, c.previous) for c in changes(empty_quarter, empty_quarter, ctx.config)}
    assert got["present"] == got["offered"] == got["seen"] == (0, 0)
    assert got["visits"] == (0, 0)


def test_a_stage_nobody_counted_is_a_nought_in_the_annual_total(ctx):
    total = annual_summary(ctx.db, ctx.config, 2020).total
    assert (total.place, total.visits, total.present, total.offered, total.seen) == ("Total", 0, 0, 0, 0)


def test_the_dog_unit_compares_its_own_stages_and_has_no_requests_line(tmp_path):
    dogs = create_profile(tmp_path / "dogs", "passphrase", "Animal Welfare", PASSPHRASE, kind="dog_unit")
    try:
        s = summary(dogs.db, dogs.config, quarter(2020, 1))
        s = dataclasses.replace(s, funnel=dataclasses.replace(s.funnel, stages={"at_unit": 7, "seen": 5}))
        before = dataclasses.replace(s, funnel=dataclasses.replace(s.funnel, stages={"at_unit": 4}))
        got = {c.name: (c.current, c.previous) for c in changes(s, before, dogs.config)}
        # The dogs at the unit are the stage every other lies within: no separate "offered" line.
        assert list(got) == ["visits", "coverage_pct", "present", "seen", "seen_pct", "issues_raised",
                             "open_at_end", "satisfactory_pct", "volunteer_hours", "admission_delay_median_min"]
        assert got["present"] == (7, 4) and got["seen"] == (5, 0)
        assert annual_summary(dogs.db, dogs.config, 2020).total.present == 0
    finally:
        dogs.close()


@pytest.mark.parametrize(("every", "english", "cy"), [
    ("week", "Weeks covered (%)", None),
    ("fortnight", "Fortnights covered (%)", "Pythefnosau ag ymweliad (%)"),
    ("month", "Months covered (%)", "Misoedd ag ymweliad (%)"),
    # A period the labels do not know is worded as the weekly standard, never left without a label.
    ("decade", "Weeks covered (%)", None),
])
def test_the_coverage_line_is_worded_in_the_kinds_own_period(empty_quarter, every, english, cy):
    s = dataclasses.replace(empty_quarter, target_every=every)
    [coverage] = [c for c in changes(s, s) if c.name == "coverage_pct"]
    assert str(coverage.label) == english
    said = welsh(coverage.label)
    if cy:
        assert said == cy


def test_a_period_of_the_users_own_choosing_is_named_by_its_days_in_each_language():
    before = previous_period(Period(D(2025, 6, 10), D(2025, 6, 19), "10 days"))
    assert (before.start, before.end) == (D(2025, 5, 31), D(2025, 6, 9))
    assert str(before.label) == "31 May 2025 – 9 Jun 2025"
    # The pattern is the same in Welsh; the months are not.
    assert in_language(before.label, WELSH) == "31 Mai 2025 – 9 Meh 2025"


@pytest.mark.parametrize(("days", "bands", "english"), [
    ([5, 0, 0, 0, 0, 0, 1], {"00–06": 2, "06–12": 2, "12–18": 1, "18–24": 1},
     "Visits to Keyham Lane are becoming predictable: 5 of 6 were on a Monday."),
    ([1, 1, 1, 1, 1, 1, 0], {"00–06": 0, "06–12": 0, "12–18": 1, "18–24": 5},
     "Visits to Keyham Lane are becoming predictable: 5 of 6 began between 18:00 and midnight."),
])
def test_a_clustering_warning_reads_in_welsh(days, bands, english):
    [warning] = warnings_for("Keyham Lane", days, bands)
    assert str(warning) == english
    assert "Keyham Lane" in welsh(warning)


def test_the_custody_definition_names_the_headline_stages_it_has():
    # The three stages the comparison reads are the definition's first three funnel keys.
    config = load_config("custody")
    assert (config.root_stage, *config.funnel_sums[0][0][:2]) == ("in_custody", "seen", "declined")


def test_every_visit_that_found_nobody_present_is_counted_not_just_one(ctx):
    from tests.metrics.test_performance import Records

    records = Records(ctx)
    for day in (D(2021, 4, 6), D(2021, 4, 13), D(2021, 4, 20)):
        records.visit("Beaumont Leys", day, counts={"in_custody": 0})
    records.visit("Beaumont Leys", D(2021, 4, 27), counts={"in_custody": 4, "offered": 3, "seen": 2})
    funnel = summary(ctx.db, ctx.config, quarter(2021, 1)).funnel
    assert funnel.visits_with_nobody_present == 3
    assert funnel.stages["in_custody"] == 4


def _court_without_sums(stages: list[dict]):
    """The court cells' definition with no funnel sum and ``stages`` counted."""
    import json
    from pathlib import Path

    from icvapp.scheme.config import parse_definition

    data = json.loads((Path(__file__).parents[1] / "scheme" / "kinds" / "court_cells.json").read_text("utf-8"))
    data.pop("funnel_sums", None)
    data["count_stages"] = stages
    return parse_definition(data)


def _stage(key: str, within: str | None = None) -> dict:
    return {"key": key, "label": key.replace("_", " ").capitalize(), **({"within": within} if within else {})}


@pytest.mark.parametrize(("stages", "named"), [
    # No funnel sum: "seen" and "declined" are the first two stages within the root, in the definition's order.
    ([_stage("held"), _stage("spoken_to", "held"), _stage("in_court", "held"), _stage("bailed", "held")],
     ("held", "held", "spoken_to", "in_court")),
    # Exactly two within the root: the second is "declined" (the boundary between one and more).
    ([_stage("held"), _stage("spoken_to", "held"), _stage("in_court", "held")],
     ("held", "held", "spoken_to", "in_court")),
    # One stage within the root: it is "seen"; nothing is "declined" but the fallback name.
    ([_stage("held"), _stage("spoken_to", "held"), _stage("asleep", "spoken_to")],
     ("held", "held", "spoken_to", "declined")),
    # Nothing within the root: the fallback names, which no figure of this kind holds.
    ([_stage("held")], ("held", "held", "seen", "declined")),
])
def test_a_definition_without_a_funnel_sum_names_the_stages_within_its_root(stages, named):
    from icvapp.scheme.config import funnel_keys

    assert funnel_keys(_court_without_sums(stages)) == named


def test_a_funnel_sum_over_a_stage_with_nothing_declared_within_it_still_raises_that_stage(ctx):
    """A definition may name a funnel sum whose stages are not declared within its stage: the sum alone then
    says what lies within it."""
    from icvapp.metrics import queries
    from tests.metrics.test_performance import Records

    Records(ctx).visit("Beaumont Leys", D(2021, 4, 6), counts={"in_custody": 9, "offered": 2, "seen": 3, "declined": 1})
    with ctx.db.engine.connect() as conn:
        rows = queries.funnel_rows(conn, D(2021, 4, 1), D(2021, 6, 30), within=(),
                                   sums=[(("seen", "declined"), "offered")])
    assert {r.stage: r.total for r in rows} == {"in_custody": 9, "offered": 4, "seen": 3, "declined": 1}


def test_a_kind_with_nothing_counted_within_its_root_shows_no_one_seen_not_an_error(ctx):
    """Its headline "seen" and "declined" are names no stage of it holds: they read as nought."""
    from tests.metrics.test_performance import Records

    court = _court_without_sums([_stage("held")])
    Records(ctx).visit("Beaumont Leys", D(2021, 4, 6), counts={"held": 5})
    funnel = summary(ctx.db, court, quarter(2021, 1)).funnel
    assert funnel.stages == {"held": 5}
    assert (funnel.seen_pct, funnel.declined_pct) == (0.0, 0.0)
    total = annual_summary(ctx.db, court, 2021).total
    assert (total.present, total.offered, total.seen) == (5, 5, 0)
