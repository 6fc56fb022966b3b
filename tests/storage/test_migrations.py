"""Every released schema upgrades without losing a row.

``tests/data/upgrade/schemaN/`` holds a profile written by the icvapp that
wrote schema N (made with ``icvapp demo``), with its passphrase and row
counts in ``manifest.json``. Every future migration adds its own folder.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from icvapp.profile.context import open_profile
from icvapp.sealing.signoff import check_stored_visit
from icvapp.storage.audit import verify_chain
from icvapp.storage.database import SCHEMA_VERSION
from icvapp.visits.store import list_visits, load_visit

DATA = Path(__file__).parents[1] / "data" / "upgrade"
SNAPSHOTS = sorted(DATA.glob("schema*"))
#: Tables renamed since a snapshot was written (schema 9), by the names its manifest counts them under.
RENAMED = {"suite": "place", "suite_closure": "place_closure", "detainee_count": "stage_count",
           "detainee_request": "subject_request", "suite_check": "area_check"}


def test_there_is_a_snapshot_of_every_older_schema():
    versions = {int(p.name.removeprefix("schema")) for p in SNAPSHOTS}
    assert versions == set(range(1, SCHEMA_VERSION)) | ({SCHEMA_VERSION} & versions)


@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=[p.name for p in SNAPSHOTS])
def test_an_old_database_upgrades_with_every_row(snapshot, tmp_path):
    manifest = json.loads((snapshot / "manifest.json").read_text())
    profile = tmp_path / "profile"
    shutil.copytree(snapshot, profile)
    ctx = open_profile(profile, manifest["passphrase"])
    try:
        assert ctx.db.schema_version() == SCHEMA_VERSION
        with ctx.db.engine.connect() as conn:
            for table, count in manifest["rows"].items():
                table = RENAMED.get(table, table)
                assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == count, table
            for table in ("place", "volunteer"):
                uids = [r[0] for r in conn.exec_driver_sql(f"SELECT uid FROM {table}")]
                assert all(uids) and len(set(uids)) == len(uids)
        for v in list_visits(ctx.db):
            assert load_visit(ctx.db, v.id).id == v.id
            if v.status == "sealed":  # still exactly what its visitors signed
                assert check_stored_visit(ctx.db, v.id).ok, v.id
        if manifest["schema"] >= 2:
            with ctx.db.engine.connect() as conn:
                triggers = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type='trigger'").scalar()
            assert triggers >= 22  # the sealed-visit and append-only guards survive every upgrade
        assert verify_chain(ctx.db).ok
        backups = list(profile.glob(f"icvapp.schema{manifest['schema']}-*.bak"))
        # The automatic copy before migrating (none when the file is already current).
        assert len(backups) == (1 if manifest["schema"] < SCHEMA_VERSION else 0)
    finally:
        ctx.close()
