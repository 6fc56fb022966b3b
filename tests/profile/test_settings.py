"""The app's own settings: typed, kept in the encrypted profile, and never anything a volunteer typed."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from icvapp.errors import InvalidInput
from icvapp.profile import settings
from icvapp.profile.context import open_profile
from icvapp.storage import audit
from icvapp.storage.model import AppState, AuditEvent
from icvapp.visits.store import interrupted_draft, mark_editing, save_draft
from tests.conftest import PASSPHRASE
from tests.helpers import good_visit

TYPED = "Detainee in cell 4 asked for a blanket"


def stored(ctx) -> dict[str, str]:
    with ctx.db.session() as s:
        return {row.key: row.value for row in s.scalars(select(AppState))}


def test_a_new_profile_has_the_defaults(ctx):
    assert settings.lock_minutes(ctx.db) == settings.DEFAULT_LOCK_MINUTES == 10
    assert settings.retention_months(ctx.db) is None
    assert settings.editing_visit(ctx.db) is None


def test_settings_survive_closing_and_reopening_the_profile(ctx, profile_dir):
    draft = save_draft(ctx.db, good_visit(ctx)).id
    settings.set_lock_minutes(ctx.db, 3)
    settings.set_retention_months(ctx.db, 24)
    settings.set_editing_visit(ctx.db, draft)
    ctx.close()
    reopened = open_profile(profile_dir, PASSPHRASE)
    try:
        assert settings.lock_minutes(reopened.db) == 3
        assert settings.retention_months(reopened.db) == 24
        assert settings.editing_visit(reopened.db) == draft
        assert interrupted_draft(reopened.db) == draft
    finally:
        reopened.close()


def test_never_locking_is_a_choice_and_out_of_range_minutes_are_refused(ctx):
    settings.set_lock_minutes(ctx.db, 0)
    assert settings.lock_minutes(ctx.db) == 0  # 0 = never, not "use the default"
    for minutes in (-1, settings.MAX_LOCK_MINUTES + 1):
        with pytest.raises(InvalidInput):
            settings.set_lock_minutes(ctx.db, minutes)
    assert settings.lock_minutes(ctx.db) == 0


def test_a_retention_period_is_at_least_a_month_and_each_change_is_audited(ctx):
    with pytest.raises(InvalidInput):
        settings.set_retention_months(ctx.db, 0)
    settings.set_retention_months(ctx.db, 36)
    settings.set_retention_months(ctx.db, None)
    assert settings.retention_months(ctx.db) is None
    with ctx.db.session() as s:
        changes = [json.loads(e.detail) for e in s.scalars(select(AuditEvent).where(AuditEvent.event == audit.RETENTION_SET)
                                                .order_by(AuditEvent.id))]
    assert changes == [{"months": 36}, {"months": None}]
    assert audit.verify_chain(ctx.db).ok


def test_a_retention_period_left_blank_by_an_older_version_reads_as_none(ctx):
    with ctx.db.session() as s:
        s.add(AppState(key=settings.RETENTION_MONTHS, value=""))
    assert settings.retention_months(ctx.db) is None


def test_closing_the_draft_clears_it(ctx):
    draft = save_draft(ctx.db, good_visit(ctx)).id
    mark_editing(ctx.db, draft)
    assert settings.editing_visit(ctx.db) == draft
    mark_editing(ctx.db, None)
    assert settings.editing_visit(ctx.db) is None
    assert settings.EDITING_VISIT not in stored(ctx)


def test_only_the_known_settings_are_stored_and_only_as_numbers(ctx):
    draft = save_draft(ctx.db, good_visit(ctx, observations=TYPED)).id
    mark_editing(ctx.db, draft)
    settings.set_lock_minutes(ctx.db, 5)
    settings.set_retention_months(ctx.db, 12)
    with pytest.raises(TypeError):
        settings.set_editing_visit(ctx.db, TYPED)  # what a volunteer typed has no way in
    rows = stored(ctx)
    assert set(rows) == {settings.LOCK_MINUTES, settings.RETENTION_MONTHS, settings.EDITING_VISIT}
    assert all(value.isdigit() for value in rows.values()), rows


def test_settings_are_stored_encrypted(ctx, profile_dir):
    settings.set_lock_minutes(ctx.db, 7)
    ctx.db.checkpoint()
    for path in profile_dir.iterdir():
        if path.is_file():
            assert settings.LOCK_MINUTES.encode() not in path.read_bytes(), path.name
