"""A share is only ever taken of the stage it lies within: the Board never reads 400% seen.

Everyone seen, or who declined, was offered a visit, and everyone offered was in custody. So on each
visit a stage counts at least what the stages within it add up to: "offered" left empty (as history
data often is) or recorded below seen + declined counts as seen + declined. The counts then hold the
funnel whatever was stored, and so do the shares taken of them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from icvapp.metrics import summary
from icvapp.scheme.periods import quarter
from tests.metrics.test_performance import Records

Q = quarter(2025, 1)
DAY = dt.date(2025, 5, 7)


def test_seen_recorded_without_offered_counts_as_offered(ctx):
    r = Records(ctx)
    r.visit("Beaumont Leys", DAY, counts={"in_custody": 5, "seen": 3})  # offered left empty (history data)
    r.visit("Beaumont Leys", DAY + dt.timedelta(days=7), counts={"in_custody": 2, "offered": 1, "seen": 1})
    s = summary(ctx.db, ctx.config, Q, today=dt.date(2025, 7, 30))
    assert s.funnel.stages["seen"] == 4  # as recorded
    assert s.funnel.stages["offered"] == 4  # the three seen were offered a visit: 3 + 1
    assert s.funnel.stages["in_custody"] == 7
    assert s.funnel.seen_pct == 100.0
    (beaumont,) = [f for f in s.places if f.place == "Beaumont Leys"]
    assert (beaumont.offered, beaumont.seen, beaumont.seen_pct) == (4, 4, 100.0)


def test_offered_left_empty_with_nobody_seen_or_declined_stays_empty(ctx):
    r = Records(ctx)
    r.visit("Beaumont Leys", DAY, counts={"in_custody": 5, "seen": 0, "declined": 0})
    r.visit("Beaumont Leys", DAY + dt.timedelta(days=7), counts={"in_custody": 3})
    s = summary(ctx.db, ctx.config, Q, today=dt.date(2025, 7, 30))
    assert (s.funnel.stages["in_custody"], s.funnel.stages["offered"], s.funnel.stages["seen"]) == (8, 0, 0)
    assert s.funnel.seen_pct is None


def test_data_older_than_the_funnel_rule_counts_its_parent_as_at_least_its_stages(ctx):
    r = Records(ctx)
    r.visit("Beaumont Leys", DAY, counts={"in_custody": 5, "offered": 2, "seen": 5, "declined": 1})
    r.visit("Beaumont Leys", DAY + dt.timedelta(days=7), counts={"in_custody": 4, "offered": 4, "seen": 2,
                                                                   "declined": 1})
    s = summary(ctx.db, ctx.config, Q, today=dt.date(2025, 7, 30))
    # 5 seen and 1 declined of "2 offered": 6 were offered, and so at least 6 were in custody.
    assert {k: s.funnel.stages[k] for k in ("in_custody", "offered", "seen", "declined")} == \
        {"in_custody": 6 + 4, "offered": 6 + 4, "seen": 7, "declined": 2}
    assert s.funnel.seen_pct == pytest.approx(70.0)
    assert s.funnel.declined_pct == pytest.approx(20.0)


def test_consistent_visits_give_the_plain_share(ctx):
    r = Records(ctx)
    r.visit("Beaumont Leys", DAY, counts={"in_custody": 6, "offered": 5, "seen": 3, "declined": 2})
    s = summary(ctx.db, ctx.config, Q, today=dt.date(2025, 7, 30))
    assert s.funnel.seen_pct == 60.0 and s.funnel.declined_pct == 40.0
