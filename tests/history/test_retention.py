"""Retention: detail older than the period is removed, the counts stay, every figure is unchanged."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from icvapp.errors import InvalidInput
from icvapp.history.retention import cutoff_for, due, purge, purge_expired
from icvapp.metrics import as_dict, summary
from icvapp.profile.settings import retention_months, set_retention_months
from icvapp.scheme.periods import financial_year
from icvapp.sealing.signoff import check_stored_visit
from icvapp.storage.audit import verify_chain
from icvapp.visits.sealed import signed_pdf
from icvapp.visits.store import VisitFilter, list_visits, load_visit
from tests.conftest import DEMO_TODAY


def triggers(ctx) -> set[tuple[str, str]]:
    with ctx.db.engine.connect() as conn:
        return set(conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all())


def test_a_purge_keeps_every_figure_and_removes_the_detail(demo_ctx):
    from icvapp.scheme.periods import quarter, quarter_of

    fy, q = quarter_of(DEMO_TODAY)
    this_quarter = quarter(fy, q)
    periods = [this_quarter, financial_year(fy), financial_year(fy - 1)]
    before = [as_dict(summary(demo_ctx.db, demo_ctx.config, p, today=DEMO_TODAY)) for p in periods]
    guards = triggers(demo_ctx)
    sealed = [v.id for v in list_visits(demo_ctx.db, VisitFilter(status="sealed"), limit=1000)]
    cutoff = DEMO_TODAY - dt.timedelta(days=30)
    expected = due(demo_ctx.db, cutoff)
    assert expected > 100
    assert purge(demo_ctx.db, cutoff) == expected
    after = [as_dict(summary(demo_ctx.db, demo_ctx.config, p, today=DEMO_TODAY)) for p in periods]
    assert after == before  # every figure, for every period, identical
    assert triggers(demo_ctx) == guards  # the sealed-visit guards are back exactly as they were
    old_sealed = [vid for vid in sealed if load_visit(demo_ctx.db, vid).visit_date < cutoff]
    assert old_sealed
    for vid in old_sealed:
        rec = load_visit(demo_ctx.db, vid)
        assert all(c.identifier == "" and c.notes == "" and c.issue_raised == "" for c in rec.conversations)
        assert signed_pdf(demo_ctx.db, vid) is None
        assert check_stored_visit(demo_ctx.db, vid).ok  # the signatures still fit the kept digest
    with demo_ctx.db.engine.connect() as conn:
        numbers = conn.execute(text("SELECT count(*) FROM conversation c JOIN visit v ON v.id = c.visit_id "
                                    "WHERE v.visit_date < :d AND c.identifier <> ''"), {"d": cutoff}).scalar()
    assert numbers == 0
    with demo_ctx.db.session() as s:
        from icvapp.storage.model import AuditEvent

        purges = s.query(AuditEvent).filter(AuditEvent.event == "retention purge").all()
    assert len(purges) == 1 and f'"visits":{expected}' in purges[0].detail
    assert verify_chain(demo_ctx.db).ok
    assert purge(demo_ctx.db, cutoff) == 0  # nothing left to purge


def test_sealed_visits_stay_guarded_after_a_purge(demo_ctx):
    from sqlalchemy.exc import IntegrityError

    purge(demo_ctx.db, DEMO_TODAY - dt.timedelta(days=30))
    sealed = list_visits(demo_ctx.db, VisitFilter(status="sealed"), limit=1)[0].id
    with pytest.raises(IntegrityError, match="sealed visit cannot be changed"):
        with demo_ctx.db.engine.begin() as conn:
            conn.execute(text("UPDATE conversation SET identifier = 'X' WHERE visit_id = :v"), {"v": sealed})


def test_the_retention_period_is_a_setting_applied_on_demand(ctx):
    assert retention_months(ctx.db) is None and purge_expired(ctx.db) == 0
    with pytest.raises(InvalidInput):
        set_retention_months(ctx.db, 0)
    set_retention_months(ctx.db, 24)
    assert retention_months(ctx.db) == 24
    assert cutoff_for(24, dt.date(2026, 11, 23)) == dt.date(2024, 11, 23)
    assert cutoff_for(3, dt.date(2026, 1, 31)) == dt.date(2025, 10, 28)


def test_a_purged_visit_cannot_be_sent_as_a_submission(demo_ctx):
    from icvapp.sealing.submission import submission_payload

    purge(demo_ctx.db, DEMO_TODAY - dt.timedelta(days=30))
    old = next(v.id for v in list_visits(demo_ctx.db, VisitFilter(status="sealed"), limit=1000)
               if v.visit_date < DEMO_TODAY - dt.timedelta(days=30))
    with pytest.raises(InvalidInput, match="retention"):
        submission_payload(demo_ctx.db, old)
