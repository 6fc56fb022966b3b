"""Schema 8 to 9: the tables and columns named for custody are renamed for what they hold in any kind of scheme,
and nothing else changes — every row, every guard, every signature.

The snapshots are demo profiles written by schema 8: a custody scheme, and beside it (``dog_unit/``) an animal
welfare scheme whose sealed visits were signed in the document format of that time (format 1, which names a place
a "suite"). Both upgrade; every sealed visit still verifies; the guards still refuse to change a sealed visit;
and the upgraded schema is exactly the models'.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from icvapp.profile.context import open_profile
from icvapp.sealing.signoff import check_stored_visit
from icvapp.storage.database import SCHEMA_VERSION
from icvapp.storage.model import Base, Visit
from icvapp.visits.document_formats import FORMAT_1, FORMAT_2
from icvapp.visits.sealed import document_for

SCHEMA8 = Path(__file__).parents[1] / "data" / "upgrade" / "schema8"
OLD_WORDS = re.compile(r"(?i)suite|detainee|custody_number|\bcells?\b")


@pytest.fixture(scope="module", params=["custody", "dog_unit"])
def upgraded(request, tmp_path_factory):
    """Each snapshot upgraded once for the module: the tests only read it, or try writes its guards refuse."""
    source = SCHEMA8 if request.param == "custody" else SCHEMA8 / "dog_unit"
    manifest = json.loads((source / "manifest.json").read_text())
    assert manifest["schema"] == 8 and SCHEMA_VERSION >= 9
    profile = tmp_path_factory.mktemp(f"upgraded-{request.param}") / "profile"
    shutil.copytree(source, profile)
    ctx = open_profile(profile, manifest["passphrase"])
    yield request.param, manifest, ctx
    ctx.close()


def schema(ctx) -> list[tuple[str, str, str]]:
    with ctx.db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT type, name, coalesce(sql, '') FROM sqlite_master")]


def test_no_name_in_the_schema_is_custody_s_any_more_and_nothing_was_lost(upgraded):
    _kind, manifest, ctx = upgraded
    entries = schema(ctx)
    # Every table, column, index, trigger and constraint: only the guard's own message keeps its wording.
    named = [(kind, name) for kind, name, sql in entries
             if OLD_WORDS.search(name) or OLD_WORDS.search(sql.replace("detainee funnel", ""))]
    assert named == []
    with ctx.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        renamed = {"suite": "place", "suite_closure": "place_closure", "detainee_count": "stage_count",
                   "detainee_request": "subject_request", "suite_check": "area_check"}
        for table, count in manifest["rows"].items():
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {renamed.get(table, table)}").scalar() == count, table
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(conversation)")}
        assert {"identifier", "location"} <= columns and not {"custody_number", "cell"} & columns
    triggers = [name for kind, name, _ in entries if kind == "trigger"]
    assert len(triggers) == 45 and "area_check_sealed_update" in triggers and "visit_funnel_sealed" in triggers


def test_the_upgraded_schema_is_exactly_the_models(upgraded):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    _kind, _manifest, ctx = upgraded
    with ctx.db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_every_sealed_visit_still_verifies_in_the_format_it_was_signed_in(upgraded):
    kind, _manifest, ctx = upgraded
    with ctx.db.session() as s:
        sealed = s.scalars(select(Visit).where(Visit.sealed_at.is_not(None))).all()
        formats = {json.loads(v.sealed_record)["format"] for v in sealed if v.sealed_record}
        upcoming = {document_for(s, v, ctx.config)["format"] for v in sealed}
        ids = [v.id for v in sealed]
    assert ids and all(check_stored_visit(ctx.db, vid).ok for vid in ids)
    # Signed before format 2 existed, every one is format 1; what a visit would be signed as now is its kind's own.
    assert formats == {FORMAT_1}
    assert upcoming == ({FORMAT_1} if kind == "custody" else {FORMAT_2})


@pytest.mark.parametrize("sql", [
    "UPDATE area_check SET note = 'nothing wrong' WHERE visit_id = :v",
    "UPDATE stage_count SET total = total + 1 WHERE visit_id = :v",
    "DELETE FROM conversation WHERE visit_id = :v",
    "UPDATE conversation SET identifier = 'FORGED' WHERE visit_id = :v",
    ("INSERT OR REPLACE INTO stage_count (id, visit_id, stage, total) "
     "SELECT id, visit_id, stage, 99 FROM stage_count WHERE visit_id = :v"),
    "UPDATE visit SET place_id = NULL WHERE id = :v",
])
def test_the_renamed_tables_still_refuse_to_change_a_sealed_visit(upgraded, sql):
    _kind, _manifest, ctx = upgraded
    with ctx.db.session() as s:
        vid = s.scalars(select(Visit.id).where(Visit.sealed_at.is_not(None)).order_by(Visit.id)).first()
    with pytest.raises(DBAPIError, match="a sealed visit cannot be changed"), ctx.db.engine.begin() as conn:
        conn.execute(text(sql), {"v": vid})
    assert check_stored_visit(ctx.db, vid).ok
