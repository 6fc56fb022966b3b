"""No sealed visit puts a detainee stage above a stage it lies within: not the form, not an
import, not SQL that gets past the form.

The database holds the rule for sealed visits (migration 0007, with the stage tree written from
the scheme definition when the profile opens); the form and the imports refuse first, with words.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from icvapp.profile.context import open_profile, write_stage_limits
from icvapp.sealing.submission import export_submission, import_files
from icvapp.storage.model import StageLimit
from icvapp.visits.record import CountRow
from icvapp.visits.store import count_visits, load_visit
from tests.conftest import PASSPHRASE
from tests.helpers import assert_read_in_welsh, seal
from tests.sealing.test_submission import laptop  # noqa: F401  (the fixture)

GOOD = {"in_custody": CountRow(9, 2, 6, 1), "offered": CountRow(7), "seen": CountRow(4), "declined": CountRow(2)}


def limits(ctx) -> set[tuple[str, str]]:
    with ctx.db.session() as s:
        return {tuple(r) for r in s.execute(select(StageLimit.stage, StageLimit.within))}


def test_the_stage_tree_is_written_from_the_definition_with_every_ancestor(signed_ctx):
    got = limits(signed_ctx)
    assert ("seen", "offered") in got and ("seen", "in_custody") in got and ("offered", "in_custody") in got
    assert not any(stage == "in_custody" for stage, _ in got)  # the top stage lies within nothing
    expected = {(c.key, a) for c in signed_ctx.config.count_stages for a in signed_ctx.config.ancestors(c.key)}
    assert got == expected


def test_a_changed_tree_is_put_right_when_the_profile_opens(signed_ctx):
    path = signed_ctx.data_dir
    with signed_ctx.db.session() as s:
        s.add(StageLimit(stage="in_custody", within="seen"))  # nonsense: would refuse every real visit
    signed_ctx.close()
    ctx = open_profile(path, PASSPHRASE)
    try:
        assert ("in_custody", "seen") not in limits(ctx)
        write_stage_limits(ctx.db, ctx.config)  # nothing to change: nothing written
        assert limits(ctx) == {(c.key, a) for c in ctx.config.count_stages for a in ctx.config.ancestors(c.key)}
    finally:
        ctx.close()


def without_form_check(monkeypatch):
    """The form's own funnel check switched off: what an older or altered laptop app would let through."""
    monkeypatch.setattr("icvapp.visits.validation.funnel_breaches", lambda *args, **kwargs: [])


@pytest.mark.parametrize("counts, refused", [
    ({**GOOD, "seen": CountRow(7)}, False),                                      # at the limit: 7 offered
    ({**GOOD, "seen": CountRow(8)}, True),                                       # one above offered
    ({**GOOD, "offered": CountRow(None), "seen": CountRow(9)}, False),          # offered empty: at in custody
    ({**GOOD, "offered": CountRow(None), "seen": CountRow(10)}, True),          # offered empty: above in custody
    ({**GOOD, "seen": CountRow(4, 2, None, None)}, False),                      # female at in custody's 2
    ({**GOOD, "seen": CountRow(4, 3, None, None)}, True),                       # female above it
    ({**GOOD, "not_available": CountRow(10)}, True),                            # a stage directly in custody
    ({**GOOD, "seen": CountRow(4, None, None, 1)}, False),                      # juvenile at in custody's 1
    ({**GOOD, "seen": CountRow(4, None, None, 2)}, True),                       # juvenile above it
])
def test_the_database_refuses_to_seal_a_visit_that_breaks_the_funnel(signed_ctx, monkeypatch, counts, refused):
    without_form_check(monkeypatch)
    before = count_visits(signed_ctx.db)
    if refused:
        with pytest.raises(Exception, match="funnel"):
            seal(signed_ctx, counts=counts)
        sealed = [v for v in load_all(signed_ctx) if v.status == "sealed"]
        assert not sealed, "a visit that breaks the funnel was sealed"
    else:
        vid = seal(signed_ctx, counts=counts)
        assert load_visit(signed_ctx.db, vid).status == "sealed"
    assert count_visits(signed_ctx.db) == before + 1  # the visit itself is kept, unsealed


def load_all(ctx):
    from icvapp.visits.store import list_visits  # deferred: only this test needs the list
    return list_visits(ctx.db)


def test_an_import_refuses_a_signed_visit_that_breaks_the_funnel(signed_ctx, laptop, monkeypatch, tmp_path):  # noqa: F811
    """An insider's laptop (form check off, database guard dropped) seals 8 seen of 7 offered; the office
    refuses the file with the reason, and nothing is written."""
    office = signed_ctx
    with monkeypatch.context() as m:
        without_form_check(m)
        with laptop.db.engine.begin() as conn:
            conn.exec_driver_sql("DROP TRIGGER visit_funnel_sealed")
        vid = seal(laptop, counts={**GOOD, "seen": CountRow(8)}, visit_date=dt.date(2026, 11, 9))
    path = export_submission(laptop, vid, tmp_path / "odd.icvsub")
    before = count_visits(office.db)
    [result] = import_files(office, [path])
    assert not result.ok
    assert "do not add up" in result.message and "8 accepted and seen, but only 7 offered" in result.message.lower()
    assert result.message.startswith("The visit's counts do not add up: ") and result.message.endswith(
        ". A stage cannot be larger than a stage it lies within. Ask the visitors to correct the visit by an "
        "amendment and send that.")
    assert_read_in_welsh(result.message)  # the reason, its breach and its hint, each from its own context
    assert count_visits(office.db) == before
