"""Pull the plug at random: SIGKILL a busy icvapp over and over, and prove nothing promised is lost.

Short mode (the default run) kills it a dozen times; ``ICVAPP_LONG_TESTS=1``
kills it 200 times. After every kill: the database opens, both integrity
checks pass, every acknowledged save is there, no visit is half-sealed, no
import half-done, and the audit chain is whole.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from icvapp.profile.context import create_profile, open_profile
from icvapp.sealing.signoff import check_stored_visit
from icvapp.storage.audit import verify_chain
from icvapp.storage.model import Place, Volunteer
from icvapp.trust.enrolment import set_up_scheme_root
from icvapp.trust.enrolment_files import enrol_here
from icvapp.visits.store import load_visit
from tests.conftest import PASSPHRASE, ROOT_PIN

WORKER = Path(__file__).with_name("crash_worker.py")
KILLS = 200 if os.environ.get("ICVAPP_LONG_TESTS") else 12
PIN = "crash-pin"
REPORT = Path(os.environ.get("ICVAPP_ROBUSTNESS_REPORT", "/tmp/icvapp-robustness.json"))


def make_office(folder: Path):
    ctx = create_profile(folder, "passphrase", "Crash scheme", PASSPHRASE)
    with ctx.db.session() as s:
        s.add_all([Place(name="Beaumont Leys"), Volunteer(name="Amrit Sandhu"), Volunteer(name="Zoë Ó Briain")])
    set_up_scheme_root(ctx.db, ROOT_PIN)
    with ctx.db.session() as s:
        ids = [i for (i,) in s.query(Volunteer.id).order_by(Volunteer.id)]
    for vid in ids:
        enrol_here(ctx.db, vid, PIN, ROOT_PIN)
    return ctx


def make_submissions(office, folder: Path, tmp: Path, count: int) -> None:
    """Sealed visits from a laptop of the same scheme, as submission files."""
    from icvapp.sealing.submission import export_submission
    from icvapp.trust.enrolment_files import (
        create_signing_key,
        export_scheme_file,
        import_certificate,
        import_scheme_file,
        issue_certificate,
    )
    from tests.helpers import good_visit, seal

    laptop = create_profile(tmp / "laptop", "passphrase", "Laptop", PASSPHRASE)
    import_scheme_file(laptop.db, export_scheme_file(office.db, ROOT_PIN))
    with laptop.db.session() as s:
        s.add(Place(name="Euston Street"))
    pins = {}
    with laptop.db.session() as s:
        people = [(v.id, v.name) for v in s.query(Volunteer).order_by(Volunteer.id)]
    for vid, name in people:
        reply, _ = issue_certificate(office.db, create_signing_key(laptop.db, vid, PIN), ROOT_PIN)
        import_certificate(laptop.db, reply)
        pins[name] = PIN
    folder.mkdir()
    import datetime as dt

    for i in range(count):
        vid = seal(laptop, good_visit(laptop, visit_date=dt.date(2026, 10, 1) + dt.timedelta(days=i)), pins=pins)
        export_submission(laptop, vid, folder / f"visit-{i:03d}.icvsub")
    laptop.close()


def check_after_kill(profile: Path, acked: list[tuple[str, int, str]]) -> None:
    ctx = open_profile(profile, PASSPHRASE)
    try:
        with ctx.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall() == []
            # No visit half-sealed: sealed <=> record, digest, PDF and every signature present.
            half = conn.execute(text(
                "SELECT id FROM visit v WHERE (sealed_at IS NULL) <> (sealed_record IS NULL) "
                "OR (sealed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM signed_document d WHERE d.visit_id = v.id)) "
                "OR (sealed_at IS NULL AND EXISTS (SELECT 1 FROM visit_signature g WHERE g.visit_id = v.id))"
            )).fetchall()
            assert half == [], f"half-sealed visits {half}"
        for op, visit_id, detail in acked:
            if op == "draft":
                assert load_visit(ctx.db, visit_id).observations == detail
            elif op == "complete":
                assert load_visit(ctx.db, visit_id).status == "complete"
            elif op in ("seal", "import"):
                assert check_stored_visit(ctx.db, visit_id).ok
        assert verify_chain(ctx.db).ok
    finally:
        ctx.close()


@pytest.mark.timeout(60 + 10 * KILLS)  # about three seconds a kill, on a slow machine
def test_kill_it_at_random_and_nothing_promised_is_lost(tmp_path):
    profile = tmp_path / "office"
    office = make_office(profile)
    make_submissions(office, tmp_path / "inbox", tmp_path, 8 if KILLS < 50 else 40)
    office.close()
    env = dict(os.environ, ICVAPP_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(Path(__file__).parents[2]))
    rnd = random.Random(20261123)
    acked: list[tuple[str, int, str]] = []
    kills = 0
    ops = {"draft": 0, "complete": 0, "seal": 0, "import": 0, "refused": 0}
    for cycle in range(KILLS):
        with subprocess.Popen([sys.executable, str(WORKER), str(profile), str(tmp_path / "inbox"), str(cycle)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as proc:
            try:
                ready = proc.stdout.readline()
                assert ready.startswith("READY"), proc.stderr.read()
                deadline = time.monotonic() + rnd.uniform(0.05, 1.5)
                os.set_blocking(proc.stdout.fileno(), False)
                while time.monotonic() < deadline and proc.poll() is None:
                    time.sleep(0.01)
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=30)
                os.set_blocking(proc.stdout.fileno(), True)
                for line in proc.stdout.read().splitlines():
                    if line.startswith("ACK"):
                        _, op, visit_id, detail = line.split(maxsplit=3)
                        acked.append((op, int(visit_id), detail))
                        ops[op] += 1
                errors = proc.stderr.read()
            finally:
                if proc.poll() is None:
                    proc.kill()
        assert proc.returncode == -signal.SIGKILL, errors
        kills += 1
        check_after_kill(profile, acked)
    REPORT.write_text(json.dumps({"kills": kills, "acknowledged": ops}))
    assert kills == KILLS and ops["seal"] + ops["draft"] > 0
    shutil.rmtree(tmp_path / "laptop", ignore_errors=True)
