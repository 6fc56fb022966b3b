"""Faults: a full disk, a locked database, a read-only folder, a keychain that goes away.

Each gives a plain message, keeps what was typed so it can be saved once the
fault is gone, and loses nothing already saved. The full disk and read-only
folder are real: a small tmpfs mounted for the test (skipped where mounting
is not allowed).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from icvapp.errors import KeyUnavailable, StorageFault
from icvapp.profile.context import create_profile
from icvapp.reports.visit_pdf import export_visit_pdf
from icvapp.storage.model import Place, Volunteer
from icvapp.visits.store import load_visit, save_draft
from tests.conftest import PASSPHRASE
from tests.helpers import cannot_run_here, good_visit

FAULTS_SEEN: list[str] = []


@pytest.fixture
def small_disk(tmp_path):
    """A real 4 MB filesystem, so 'disk full' is the kernel's, not a simulation."""
    mount = tmp_path / "small"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount)],
                            capture_output=True)
    if result.returncode:
        cannot_run_here("mounting a small tmpfs is not allowed here (it needs root or CAP_SYS_ADMIN)")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def profile_on(folder: Path):
    ctx = create_profile(folder / "profile", "passphrase", "Scheme", PASSPHRASE)
    with ctx.db.session() as s:
        s.add_all([Place(name="Beaumont Leys"), Volunteer(name="Amrit Sandhu"), Volunteer(name="Zoë Ó Briain")])
    return ctx


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    try:
        with filler.open("wb") as fh:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
    except OSError:  # ENOSPC: the disk is full, which is the point
        pass
    return filler


def test_disk_full_during_save_keeps_the_saved_draft_and_the_typing(small_disk, qtbot):
    from icvapp.ui.main_window import MainWindow

    ctx = profile_on(small_disk)
    saved = save_draft(ctx.db, good_visit(ctx, observations="Saved before the disk filled."))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_visit(saved.id)
    form = window.form
    filler = fill(small_disk)
    typed = "Typed while the disk was full. " * 400
    form.closeout.observations.setPlainText(typed)
    form.dirty = True
    assert form.save_now() is False
    assert "Not saved" in form.save_state.text() and "disk is full" in form.save_state.toolTip()
    assert form.closeout.observations.toPlainText() == typed  # still on screen
    assert load_visit(ctx.db, saved.id).observations == "Saved before the disk filled."
    filler.unlink()
    assert form.save_now() is True
    assert load_visit(ctx.db, saved.id).observations == typed
    form.dirty = False
    ctx.close()
    FAULTS_SEEN.append("disk full during save")


def test_disk_full_during_export_keeps_the_previous_file(small_disk, tmp_path):
    ctx = create_profile(tmp_path / "profile", "passphrase", "Scheme", PASSPHRASE)
    with ctx.db.session() as s:
        s.add_all([Place(name="Beaumont Leys"), Volunteer(name="Amrit Sandhu"), Volunteer(name="Zoë Ó Briain")])
    rec = save_draft(ctx.db, good_visit(ctx))
    out = small_disk / "report.pdf"
    out.write_bytes(b"%PDF previous report")
    fill(small_disk)
    with pytest.raises(StorageFault, match="full|space"):
        export_visit_pdf(ctx, rec.id, out)
    assert out.read_bytes() == b"%PDF previous report"
    assert {p.name for p in small_disk.iterdir()} == {"filler", "report.pdf"}  # no half-written temp file
    ctx.close()
    FAULTS_SEEN.append("disk full during export")


def test_a_read_only_data_folder_is_explained_and_nothing_is_lost(small_disk):
    ctx = profile_on(small_disk)
    saved = save_draft(ctx.db, good_visit(ctx, observations="Saved while writable."))
    rec = good_visit(ctx, observations="Typed while read-only.")
    rec.id, rec.uid = saved.id, saved.uid
    ctx.db.checkpoint()
    ctx.db.engine.dispose()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        # SQLite's write-ahead log needs the folder writable even to read: both get the plain message.
        with pytest.raises(StorageFault, match="read-only"):
            load_visit(ctx.db, saved.id)
        with pytest.raises(StorageFault, match="read-only"):
            save_draft(ctx.db, rec)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    ctx.db.engine.dispose()
    save_draft(ctx.db, rec)
    assert load_visit(ctx.db, saved.id).observations == "Typed while read-only."
    ctx.close()
    FAULTS_SEEN.append("read-only data folder")


def test_a_database_locked_by_another_program_is_explained(ctx, monkeypatch):
    monkeypatch.setattr("icvapp.storage.database.BUSY_TIMEOUT", 0.3)
    ctx.db.engine.dispose()
    saved = save_draft(ctx.db, good_visit(ctx, observations="Before the lock."))
    key = ctx.db.key.hex()
    holder = textwrap.dedent(f"""
        import sys, time, sqlcipher3.dbapi2 as s
        c = s.connect({str(ctx.db.path)!r}, isolation_level=None)
        c.execute("PRAGMA key = \\"x'{key}'\\"")
        c.execute("BEGIN EXCLUSIVE")
        print("LOCKED", flush=True)
        sys.stdin.readline()
        c.execute("COMMIT")
    """)
    with subprocess.Popen([sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          text=True) as other:
        assert other.stdout.readline().strip() == "LOCKED"
        rec = good_visit(ctx, observations="During the lock.")
        rec.id, rec.uid = saved.id, saved.uid
        with pytest.raises(StorageFault, match="Another program is using the database"):
            save_draft(ctx.db, rec)
        other.stdin.write("\n")
        other.stdin.flush()
        other.wait(timeout=10)
    save_draft(ctx.db, rec)
    assert load_visit(ctx.db, saved.id).observations == "During the lock."
    FAULTS_SEEN.append("database locked by another program")


class BrokenKeyring:
    """A keychain that has gone away (locked, or its service stopped)."""

    priority = 1

    def get_password(self, service, username):
        raise RuntimeError("keychain is locked")

    def set_password(self, service, username, password):
        raise RuntimeError("keychain is locked")


def test_the_keychain_going_away_mid_session(profile_dir, memory_keyring, monkeypatch):
    import keyring

    from icvapp.profile import security

    ctx = create_profile(profile_dir, "keychain", "Scheme")
    with ctx.db.session() as s:
        s.add_all([Place(name="Beaumont Leys"), Volunteer(name="Amrit Sandhu"), Volunteer(name="Zoë Ó Briain")])
    monkeypatch.setattr(keyring, "get_password", BrokenKeyring().get_password)
    rec = save_draft(ctx.db, good_visit(ctx))  # the key is in memory: work carries on
    security.lock(ctx)
    with pytest.raises(KeyUnavailable, match="keychain could not be read"):
        security.unlock(ctx)
    monkeypatch.undo()
    keyring.set_keyring(memory_keyring)
    security.unlock(ctx)
    assert load_visit(ctx.db, rec.id).status == "draft"
    ctx.close()
    FAULTS_SEEN.append("keychain unavailable mid-session")
