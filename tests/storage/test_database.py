"""The encrypted store: unreadable without the key, and every bad file gets a plain message."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from icvapp.errors import DatabaseTooNew, DatabaseUnreadable, KeyUnavailable, StorageFault, WrongPassphrase
from icvapp.profile.context import create_profile, open_profile
from icvapp.storage.database import DB_NAME, SCHEMA_VERSION, connect_raw, error_code, known_error, revision_for
from icvapp.storage.keys import KEYCHAIN, SERVICE, read_keyinfo
from icvapp.visits.store import count_visits, save_draft
from tests.conftest import PASSPHRASE
from tests.helpers import good_visit


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_plain_sqlite_cannot_read_the_database(ctx):
    save_draft(ctx.db, good_visit(ctx))
    ctx.db.checkpoint()
    raw = (ctx.data_dir / DB_NAME).read_bytes()
    assert b"BL/10432/26" not in raw and b"Beaumont" not in raw
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(ctx.data_dir / DB_NAME).execute("SELECT * FROM sqlite_master").fetchall()


def test_wal_and_foreign_keys_are_on(ctx):
    with ctx.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert ctx.db.schema_version() == SCHEMA_VERSION


def test_files_are_private_to_the_user(ctx):
    for p in ctx.data_dir.iterdir():
        assert p.stat().st_mode & 0o077 == 0, p


def test_wrong_passphrase_gets_a_plain_message_and_creates_nothing(ctx):
    ctx.close()
    before = digest(ctx.data_dir)
    with pytest.raises(WrongPassphrase, match="not the one that protects this profile"):
        open_profile(ctx.data_dir, "wrong horse battery")
    assert digest(ctx.data_dir) == before
    # ...and the right one still works afterwards.
    open_profile(ctx.data_dir, PASSPHRASE).close()


def test_keyinfo_holds_no_secret(ctx):
    text = (ctx.data_dir / "keyinfo.json").read_text()
    assert PASSPHRASE not in text
    info = read_keyinfo(ctx.data_dir)
    assert info.method == "passphrase" and len(bytes.fromhex(info.salt)) == 16


def test_keychain_profile_opens_without_a_passphrase(profile_dir, memory_keyring):
    c = create_profile(profile_dir, KEYCHAIN, "Keychain scheme")
    assert "keychain" in c.protection
    c.close()
    info = read_keyinfo(profile_dir)
    assert memory_keyring.get_password(SERVICE, info.profile_id)
    assert info.profile_id in (profile_dir / "keyinfo.json").read_text()
    assert memory_keyring.get_password(SERVICE, info.profile_id) not in (profile_dir / "keyinfo.json").read_text()
    open_profile(profile_dir).close()


def test_a_key_missing_from_the_keychain_is_explained(profile_dir, memory_keyring):
    create_profile(profile_dir, KEYCHAIN, "Keychain scheme").close()
    memory_keyring.secrets.clear()
    with pytest.raises(KeyUnavailable, match="not in this computer's keychain"):
        open_profile(profile_dir)


def test_a_plain_sqlite_file_is_refused_by_name(ctx):
    ctx.close()
    path = ctx.data_dir / DB_NAME
    path.unlink()
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(DatabaseUnreadable, match="unencrypted SQLite file"):
        open_profile(ctx.data_dir, PASSPHRASE)


@pytest.mark.parametrize("cut", [5000, 8192])
def test_a_truncated_file_is_reported_and_left_alone(ctx, cut):
    save_draft(ctx.db, good_visit(ctx))
    ctx.db.checkpoint()
    ctx.close()
    path = ctx.data_dir / DB_NAME
    path.write_bytes(path.read_bytes()[:cut])
    before = digest(ctx.data_dir)
    with pytest.raises(DatabaseUnreadable, match="truncated|damaged"):
        open_profile(ctx.data_dir, PASSPHRASE)
    assert digest(ctx.data_dir) == before


def test_an_empty_file_is_not_mistaken_for_a_new_database(ctx):
    ctx.close()
    (ctx.data_dir / DB_NAME).write_bytes(b"")
    with pytest.raises(DatabaseUnreadable, match="empty"):
        open_profile(ctx.data_dir, PASSPHRASE)


def test_random_bytes_are_reported_as_damaged(ctx):
    ctx.close()
    (ctx.data_dir / DB_NAME).write_bytes(bytes(range(256)) * 64)
    with pytest.raises(DatabaseUnreadable, match="cannot be decrypted|damaged"):
        open_profile(ctx.data_dir, PASSPHRASE)


def test_a_database_from_a_newer_icvapp_is_refused_untouched(ctx):
    with ctx.db.engine.connect() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'f00d'")
        conn.commit()
    ctx.db.checkpoint()
    ctx.close()
    before = digest(ctx.data_dir)
    with pytest.raises(DatabaseTooNew, match=f"schema {SCHEMA_VERSION + 1}"):
        open_profile(ctx.data_dir, PASSPHRASE)
    assert digest(ctx.data_dir) == before


def test_a_failed_migration_rolls_back_whole_after_an_encrypted_backup(ctx):
    """Pretend the schema is older so the baseline migration re-runs and fails half-way."""
    save_draft(ctx.db, good_visit(ctx))
    with ctx.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA user_version = 0")
        conn.exec_driver_sql("DELETE FROM alembic_version")
        conn.exec_driver_sql("DROP TABLE app_state")  # the first table now succeeds, the second fails
        conn.commit()
    ctx.close()
    with pytest.raises(DatabaseUnreadable, match="could not be upgraded.*already exists"):
        open_profile(ctx.data_dir, PASSPHRASE)
    backups = list(ctx.data_dir.glob("icvapp.schema0-*.bak"))
    assert len(backups) == 1
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(backups[0]).execute("SELECT * FROM sqlite_master").fetchall()
    # Nothing of the failed attempt stuck: app_state was not recreated, the visit is still there.
    from icvapp.storage.database import connect_raw
    from icvapp.storage.keys import unlock_key

    key = unlock_key(read_keyinfo(ctx.data_dir), PASSPHRASE)
    conn = connect_raw(ctx.data_dir / DB_NAME, key)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "app_state" not in tables
    assert conn.execute("SELECT count(*) FROM visit").fetchone()[0] == 1
    conn.close()


def test_migrations_build_exactly_the_models():
    from alembic.autogenerate import compare_metadata
    from alembic.config import Config
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    from icvapp.storage.model import Base

    cfg = Config()
    cfg.set_main_option("script_location", "icvapp.db:")
    assert ScriptDirectory.from_config(cfg).get_current_head() == revision_for(SCHEMA_VERSION)
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        from alembic import command

        command.upgrade(cfg, "head")
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_an_existing_profile_is_never_overwritten(ctx):
    with pytest.raises(DatabaseUnreadable, match="already holds"):
        create_profile(ctx.data_dir, "passphrase", "Another", PASSPHRASE)
    assert count_visits(ctx.db) == 0


class _DriverError(Exception):
    """A driver error as sqlcipher3 raises it: the message says one thing, the result code another."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.sqlite_errorcode = code


# (SQLite result code, including extended codes, the plain error it becomes)
CODES = [
    (13, StorageFault, "disk is full"),            # SQLITE_FULL
    (5, StorageFault, "Another program"),          # SQLITE_BUSY
    (517, StorageFault, "Another program"),        # SQLITE_BUSY_SNAPSHOT (extended)
    (6, StorageFault, "Another program"),          # SQLITE_LOCKED
    (8, StorageFault, "read-only"),                # SQLITE_READONLY
    (1032, StorageFault, "read-only"),             # SQLITE_READONLY_DBMOVED (extended)
    (14, StorageFault, "read-only"),               # SQLITE_CANTOPEN
    (11, DatabaseUnreadable, "damaged"),           # SQLITE_CORRUPT
    (26, DatabaseUnreadable, "damaged"),           # SQLITE_NOTADB
    (778, StorageFault, "disk reported an error"),  # SQLITE_IOERR_WRITE (extended)
]


@pytest.mark.parametrize(("code", "kind", "says"), CODES)
def test_driver_errors_are_sorted_by_their_result_code(code, kind, says, tmp_path):
    # The message is deliberately misleading: only the code may decide.
    error = known_error(_DriverError("database or disk is full; locked; malformed", code), tmp_path / DB_NAME)
    assert isinstance(error, kind) and says in error.message


@pytest.mark.parametrize("code", [1, 19, 20, None])  # SQLITE_ERROR, CONSTRAINT, MISMATCH, no code at all
def test_other_driver_errors_stay_what_they_are_whatever_their_message(code, tmp_path):
    original = _DriverError("database or disk is full", code) if code is not None else ValueError("disk is full")
    assert known_error(original, tmp_path / DB_NAME) is original


def test_a_real_driver_error_carries_the_code_that_decides(ctx):
    # The classification relies on sqlcipher3 exposing SQLite's result code; prove it does.
    conn = connect_raw(ctx.data_dir / DB_NAME, b"\x00" * 32)  # the wrong key
    try:
        with pytest.raises(Exception) as caught:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()
    assert error_code(caught.value) == 26
    assert isinstance(known_error(caught.value, ctx.data_dir / DB_NAME), DatabaseUnreadable)
