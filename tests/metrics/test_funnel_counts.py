"""One visit's counts as the funnel figures take them: a stage at least what the stages within it add up to.

A table of cases for :func:`icvapp.metrics.queries.at_least_within` with the scheme's own funnel
(custody.json: seen and declined within offered, and together within it; offered, not available,
observed only and not offered within in custody). The figures built from it are in
tests/metrics/test_percentages.py and the invariant in tests/metrics/test_properties.py.
"""

from __future__ import annotations

import datetime as dt

import pytest

from icvapp.metrics import summary
from icvapp.metrics.queries import at_least_within
from icvapp.scheme.periods import quarter
from tests.metrics.test_performance import Records

INNER = {"in_custody": [("not_available",), ("offered",), ("observed_only",), ("not_offered",)],
         "offered": [("seen",), ("declined",), ("seen", "declined")]}

CASES = [
    # recorded                                                   counted
    ({}, {}),
    ({"in_custody": 5}, {"in_custody": 5}),
    ({"in_custody": 5, "seen": 3}, {"in_custody": 5, "offered": 3, "seen": 3}),
    ({"seen": 3, "declined": 1}, {"in_custody": 4, "offered": 4, "seen": 3, "declined": 1}),
    ({"in_custody": 9, "offered": 2, "seen": 5, "declined": 1},
     {"in_custody": 9, "offered": 6, "seen": 5, "declined": 1}),
    ({"in_custody": 4, "offered": 6, "seen": 3, "declined": 3},  # exactly the sum: offered unchanged
     {"in_custody": 6, "offered": 6, "seen": 3, "declined": 3}),
    ({"in_custody": 6, "offered": 5, "seen": 3, "declined": 2},  # consistent: as recorded
     {"in_custody": 6, "offered": 5, "seen": 3, "declined": 2}),
    ({"in_custody": 4, "offered": 3, "not_offered": 5}, {"in_custody": 5, "offered": 3, "not_offered": 5}),
    ({"in_custody": None, "offered": None, "seen": 0, "declined": 0}, {"seen": 0, "declined": 0}),
    ({"in_custody": 0, "seen": 0}, {"in_custody": 0, "seen": 0}),
    ({"in_custody": 0, "offered": 2}, {"in_custody": 2, "offered": 2}),
    ({"offered": None, "seen": 2, "declined": None}, {"in_custody": 2, "offered": 2, "seen": 2}),
]


@pytest.mark.parametrize(("recorded", "counted"), CASES)
def test_a_stage_counts_at_least_what_the_stages_within_it_add_up_to(recorded, counted):
    assert at_least_within(recorded, INNER) == counted


def test_with_no_funnel_every_count_is_as_recorded_and_an_empty_one_adds_nothing():
    assert at_least_within({"in_custody": 1, "offered": 7, "seen": None}, {}) == {"in_custody": 1, "offered": 7}


def test_a_funnel_that_loops_back_on_itself_still_gives_an_answer():
    loop = {"a": [("b",)], "b": [("a",)]}
    assert at_least_within({"a": 2, "b": 5}, loop) == {"a": 5, "b": 5}


def test_a_visit_that_recorded_nobody_in_custody_but_someone_offered_is_not_one_with_nobody(ctx):
    r = Records(ctx)
    day = dt.date(2025, 5, 7)
    r.visit("Beaumont Leys", day, counts={"in_custody": 0, "offered": 2, "seen": 2})
    r.visit("Beaumont Leys", day + dt.timedelta(days=7), counts={"in_custody": 0})
    s = summary(ctx.db, ctx.config, quarter(2025, 1), today=dt.date(2025, 7, 30))
    assert s.funnel.visits_with_nobody_present == 1
    assert (s.funnel.stages["in_custody"], s.funnel.stages["offered"]) == (2, 2)


def test_each_split_column_is_counted_by_the_same_rule_on_its_own(ctx):
    r = Records(ctx)
    # female: 2 seen with offered left empty; male: 1 offered, 3 seen; juvenile: consistent
    r.visit("Beaumont Leys", dt.date(2025, 5, 7), counts={"in_custody": (9, 4, 4, 1), "offered": (5, None, 1, 1),
                                                           "seen": (5, 2, 3, 0)})
    s = summary(ctx.db, ctx.config, quarter(2025, 1), today=dt.date(2025, 7, 30))
    female = s.funnel.by_group["female"]
    assert (female["in_custody"], female["offered"], female["seen"]) == (4, 2, 2)
    assert (s.funnel.by_group["male"]["offered"], s.funnel.by_group["male"]["seen"]) == (3, 3)
    assert (s.funnel.by_group["juvenile"]["in_custody"], s.funnel.by_group["juvenile"]["offered"]) == (1, 1)
