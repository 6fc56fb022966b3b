"""Backups: an encrypted file, restored on another computer with the recovery key, never over newer data."""

from __future__ import annotations

import os
import sqlite3
import time
import zipfile

import pytest

from icvapp.errors import InvalidInput
from icvapp.profile.backup import make_backup, read_backup, restore_backup
from icvapp.profile.context import create_profile
from icvapp.storage.keys import KEYCHAIN, PASSPHRASE
from icvapp.storage.model import Place, Volunteer
from icvapp.storage.recovery import WrongRecoveryKey
from icvapp.visits.store import count_visits, save_draft
from tests.conftest import PASSPHRASE as SECRET
from tests.helpers import good_visit


@pytest.fixture
def laptop(tmp_path):
    ctx = create_profile(tmp_path / "laptop", PASSPHRASE, "Scheme", SECRET)
    with ctx.db.session() as s:
        s.add_all([Place(name="Beaumont Leys"), Volunteer(name="Amrit Sandhu"), Volunteer(name="Zoë Ó Briain")])
    marker = "BACKUP-MARKER-7731"
    save_draft(ctx.db, good_visit(ctx, observations=marker))
    yield ctx, marker
    ctx.close()


def test_a_backup_is_one_encrypted_file(laptop, tmp_path):
    ctx, marker = laptop
    out = tmp_path / "usb" / "scheme.icvbackup"
    out.parent.mkdir()
    info = make_backup(ctx, out)
    assert info.visits == 1
    data = out.read_bytes()
    assert marker.encode() not in data and b"BL/10432/26" not in data
    with zipfile.ZipFile(out) as z:
        (tmp_path / "db").write_bytes(z.read("icvapp.db"))
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(tmp_path / "db").execute("select * from sqlite_master").fetchall()
    assert not list(ctx.data_dir.glob(".backup-*"))  # the working copy is gone


def test_restore_on_another_computer_with_the_recovery_key(laptop, tmp_path, memory_keyring):
    ctx, marker = laptop
    make_backup(ctx, tmp_path / "b.icvbackup")
    with pytest.raises(WrongRecoveryKey):
        restore_backup(tmp_path / "b.icvbackup", tmp_path / "new-laptop", "0" * 26, KEYCHAIN)
    assert not (tmp_path / "new-laptop").exists()
    restored = restore_backup(tmp_path / "b.icvbackup", tmp_path / "new-laptop", ctx.new_recovery_key, KEYCHAIN)
    assert count_visits(restored.db) == 1 and restored.keyinfo.method == KEYCHAIN
    from icvapp.visits.store import list_visits, load_visit

    assert load_visit(restored.db, list_visits(restored.db)[0].id).observations == marker
    restored.close()


def test_a_restore_never_silently_overwrites_newer_data(laptop, tmp_path):
    ctx, _ = laptop
    backup = tmp_path / "old.icvbackup"
    make_backup(ctx, backup)
    time.sleep(0.01)
    save_draft(ctx.db, good_visit(ctx))  # work done after the backup
    ctx.db.checkpoint()
    later = time.time() + 60
    os.utime(ctx.data_dir / "icvapp.db", (later, later))
    with pytest.raises(InvalidInput, match="already holds a profile"):
        restore_backup(backup, ctx.data_dir, ctx.new_recovery_key, PASSPHRASE, SECRET)
    with pytest.raises(InvalidInput, match="after this backup was made"):
        restore_backup(backup, ctx.data_dir, ctx.new_recovery_key, PASSPHRASE, SECRET, replace=True)
    assert count_visits(ctx.db) == 2
    ctx.close()
    restored = restore_backup(backup, ctx.data_dir, ctx.new_recovery_key, PASSPHRASE, SECRET, replace=True,
                              overwrite_newer=True)
    assert count_visits(restored.db) == 1
    restored.close()
    aside = list(tmp_path.glob("laptop.replaced-*"))
    assert len(aside) == 1 and (aside[0] / "icvapp.db").exists()  # the newer profile was kept, not deleted


def test_a_damaged_backup_is_refused_plainly(tmp_path):
    bad = tmp_path / "bad.icvbackup"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(InvalidInput, match="not an icvapp backup"):
        read_backup(bad)
