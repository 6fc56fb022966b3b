"""Schema 7 to 8: a profile written before observed activities upgrades with every visit's activities empty,
its sealed visits still exactly what was signed, and then keeps a visit's activities."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import select

from icvapp.profile.context import open_profile
from icvapp.sealing.signoff import check_stored_visit
from icvapp.storage.database import SCHEMA_VERSION
from icvapp.storage.model import Visit
from icvapp.visits.record import ActivityRecord, VisitRecord
from icvapp.visits.store import load_visit, save_draft

SCHEMA7 = Path(__file__).parents[1] / "data" / "upgrade" / "schema7"


def test_a_schema_7_profile_gains_empty_activities_and_keeps_what_was_signed(tmp_path):
    manifest = json.loads((SCHEMA7 / "manifest.json").read_text())
    assert manifest["schema"] == 7 and SCHEMA_VERSION >= 8
    shutil.copytree(SCHEMA7, tmp_path / "profile")
    ctx = open_profile(tmp_path / "profile", manifest["passphrase"])
    try:
        with ctx.db.engine.connect() as conn:
            columns = {row[1]: row for row in conn.exec_driver_sql("PRAGMA table_info(visit)")}
            assert columns["activities"][3] == 0  # nullable
            assert conn.exec_driver_sql("SELECT count(*) FROM visit WHERE activities IS NOT NULL").scalar() == 0
            triggers = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
        assert "visit_funnel_sealed" in triggers  # no table rebuild: the guards are the ones 0007 left
        with ctx.db.session() as s:
            sealed = s.scalars(select(Visit.id).where(Visit.sealed_at.is_not(None))).all()
        assert sealed and all(check_stored_visit(ctx.db, vid).ok for vid in sealed)
        assert all(load_visit(ctx.db, vid).activities == {} for vid in sealed)
        rec = save_draft(ctx.db, VisitRecord(activities={"training": ActivityRecord(True, ["reward_food"], "Recall.")}))
        assert load_visit(ctx.db, rec.id) == rec
    finally:
        ctx.close()
