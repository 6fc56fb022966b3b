"""A share is only ever taken of the stage it lies within: the Board never reads 400% seen.

Seen is counted, for "seen, of those offered", only on visits that also recorded how many were
offered, and never above that number — so no stored data, however old or partial, can push the
percentage past 100. The counts themselves are summed as recorded.
"""

from __future__ import annotations

import datetime as dt

import pytest

from icvapp.metrics import summary
from icvapp.scheme.periods import quarter
from tests.metrics.test_performance import Records

Q = quarter(2025, 1)
DAY = dt.date(2025, 5, 7)


def test_seen_recorded_without_offered_does_not_count_towards_the_share(ctx):
    r = Records(ctx)
    r.visit("Beaumont Leys", DAY, counts={"in_custody": 5, "seen": 3})  # offered left empty (history data)
    r.visit("Beaumont Leys", DAY + dt.timedelta(days=7), counts={"in_custody": 2, "offered": 1, "seen": 1})
    s = summary(ctx.db, ctx.config, Q, today=dt.date(2025, 7, 30))
    assert s.funnel.stages["seen"] == 4 and s.funnel.stages["offered"] == 1  # as recorded
    assert s.funnel.seen_pct == 100.0  # 1 of 1, not 4 of 1
    (beaumont,) = [f for f in s.suites if f.suite == "Beaumont Leys"]
    assert beaumont.seen_pct == 100.0


def test_data_older_than_the_funnel_rule_is_capped_at_its_parent(ctx):
    r = Records(ctx)
    r.visit("Beaumont Leys", DAY, counts={"in_custody": 9, "offered": 2, "seen": 5, "declined": 1})
    r.visit("Beaumont Leys", DAY + dt.timedelta(days=7), counts={"in_custody": 4, "offered": 4, "seen": 2,
                                                                   "declined": 1})
    s = summary(ctx.db, ctx.config, Q, today=dt.date(2025, 7, 30))
    assert s.funnel.seen_pct == pytest.approx(100 * (2 + 2) / 6)  # 5 seen of 2 offered counts as 2
    assert s.funnel.declined_pct == pytest.approx(100 * (1 + 1) / 6)


def test_consistent_visits_give_the_plain_share(ctx):
    r = Records(ctx)
    r.visit("Beaumont Leys", DAY, counts={"in_custody": 6, "offered": 5, "seen": 3, "declined": 2})
    s = summary(ctx.db, ctx.config, Q, today=dt.date(2025, 7, 30))
    assert s.funnel.seen_pct == 60.0 and s.funnel.declined_pct == 40.0
