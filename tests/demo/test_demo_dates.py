"""The demo shows a living scheme whatever day it is made: on the first day of a quarter, as on any other, it holds
weeks of visits recorded in icvapp (signed, amended, the latest still a draft), not a quarter still empty."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from icvapp.demo.create import create_demo, recorded_from
from icvapp.profile.context import create_profile
from icvapp.storage.model import Visit, VisitOrigin, VisitStatus
from tests.conftest import PASSPHRASE


@pytest.mark.parametrize(("today", "expected"), [
    (dt.date(2027, 4, 1), dt.date(2026, 12, 28)),    # a quarter's first day: from the quarter before's first week
    (dt.date(2027, 4, 28), dt.date(2026, 12, 28)),   # 27 days in: still the quarter before's too
    (dt.date(2027, 4, 29), dt.date(2027, 3, 29)),    # 4 weeks in: this quarter's first week alone
    (dt.date(2026, 11, 23), dt.date(2026, 9, 28)),   # the demo the tests use: this quarter's first week
    (dt.date(2027, 1, 1), dt.date(2026, 9, 28)),     # the new year: October's quarter is recorded too
])
def test_the_recorded_weeks_start_a_quarter_back_in_a_quarters_first_four_weeks(today, expected):
    assert recorded_from(today) == expected
    assert expected.weekday() == 0


def test_a_demo_made_on_the_first_day_of_a_quarter_has_weeks_of_recorded_visits(tmp_path, monkeypatch):
    monkeypatch.setattr("icvapp.trust.pki.BOX_KDF", (1, 1, 1024))
    today = dt.date(2026, 10, 1)  # in the past: signing checks its visits against the calendar's today
    ctx = create_profile(tmp_path / "profile", "passphrase", "Demo", PASSPHRASE)
    try:
        create_demo(ctx, today=today)
        with ctx.db.session() as s:
            by_status = dict(s.execute(select(Visit.status, func.count())
                                       .where(Visit.visit_date >= recorded_from(today),
                                              Visit.origin == VisitOrigin.RECORDED)
                                       .group_by(Visit.status)).all())
            sealed = s.scalar(select(func.count()).where(Visit.sealed_at.is_not(None),
                                                         Visit.visit_date >= recorded_from(today)))
            latest = s.scalar(select(func.max(Visit.visit_date)))
            drafts = s.scalars(select(Visit.visit_date).where(Visit.status == VisitStatus.DRAFT)).all()
            amended = s.scalar(select(func.count()).where(Visit.version > 1))
            history_after = s.scalar(select(func.count()).where(Visit.origin == VisitOrigin.HISTORY,
                                                                Visit.visit_date >= recorded_from(today)))
    finally:
        ctx.close()
    assert sealed >= 30  # 14 weeks of three places, less last week's and the missed
    assert by_status[VisitStatus.COMPLETE] - sealed >= 1  # last week's await signatures
    assert drafts == [latest] and amended >= 1  # the latest visit is still being written up
    assert history_after == 0  # the history import ends where the recorded weeks begin
