"""Opening the encrypted database, at the edges of what it refuses (written against mutation survivors).

Real SQLCipher files throughout: each case is a file as a volunteer's disk could hold it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import secrets
import shutil
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from icvapp.errors import DatabaseUnreadable, StorageFault
from icvapp.storage.database import (
    BUSY_TIMEOUT,
    PAGE_SIZE,
    SCHEMA_VERSION,
    backup_before_migration,
    check_file,
    connect_raw,
    known_error,
    open_database,
)
from icvapp.storage.keys import read_keyinfo, unlock_key
from icvapp.storage.model import Suite

KEY = bytes(range(32))


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "icvapp.db", KEY, create=True)
    yield database
    database.close()


def test_a_new_database_is_at_the_current_schema_with_its_pragmas_set(db):
    assert db.schema_version() == SCHEMA_VERSION
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == int(BUSY_TIMEOUT * 1000) == 5000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"


def test_a_bare_connection_fires_delete_triggers_for_replaced_rows(db):
    conn = connect_raw(db.path, KEY)
    try:
        assert conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
    finally:
        conn.close()


@pytest.mark.parametrize(("pages", "extra", "says"), [
    (2, -1, "truncated"),   # one byte short of whole pages
    (2, 0, "cannot be decrypted"),  # whole pages, but not a database this key opens
    (2, 1, "truncated"),    # one byte over
])
def test_a_file_is_truncated_only_when_it_is_not_whole_pages(tmp_path, pages, extra, says):
    path = tmp_path / "icvapp.db"
    path.write_bytes(secrets.token_bytes(pages * PAGE_SIZE + extra))
    with pytest.raises(DatabaseUnreadable) as caught:
        open_database(path, KEY)
    assert says in caught.value.message
    if says == "truncated":
        assert f"({pages * PAGE_SIZE + extra} bytes is not a whole number of pages)" in caught.value.message


def test_the_page_size_is_sqlciphers():
    assert PAGE_SIZE == 4096


def test_a_missing_database_is_named_with_a_way_forward(tmp_path):
    with pytest.raises(DatabaseUnreadable) as caught:
        check_file(tmp_path / "icvapp.db")
    assert caught.value.message == f"The database {tmp_path / 'icvapp.db'} is missing."
    assert "backup" in caught.value.hint


def test_a_database_is_never_created_over_a_file_that_has_bytes(tmp_path):
    path = tmp_path / "icvapp.db"
    path.write_bytes(b"x")
    with pytest.raises(DatabaseUnreadable, match="already exists; refusing to overwrite it"):
        open_database(path, KEY, create=True)
    assert path.read_bytes() == b"x"


def test_an_empty_file_may_become_a_new_database(tmp_path):
    path = tmp_path / "icvapp.db"
    path.write_bytes(b"")
    database = open_database(path, KEY, create=True)
    try:
        assert database.schema_version() == SCHEMA_VERSION
    finally:
        database.close()


def test_a_new_database_file_is_the_owners_alone(tmp_path):
    old = os.umask(0)
    try:
        database = open_database(tmp_path / "icvapp.db", KEY, create=True)
    finally:
        os.umask(old)
    database.close()
    assert stat.S_IMODE((tmp_path / "icvapp.db").stat().st_mode) == 0o600


def test_the_copy_before_a_migration_is_encrypted_private_and_named_for_its_schema(db):
    old = os.umask(0)
    try:
        copy = backup_before_migration(db, 3)
    finally:
        os.umask(old)
    assert copy.parent == db.path.parent
    assert re.fullmatch(r"icvapp\.schema3-[0-9]{8}-[0-9]{6}\.bak", copy.name), copy.name
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    check_file(copy)  # encrypted: not a plain SQLite file, whole pages
    conn = connect_raw(copy, KEY)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()


def test_a_locked_database_opens_no_connection_until_unlocked(db):
    assert db.key == KEY and not db.locked
    db.lock()
    assert db.locked and db.key is None
    with pytest.raises(StorageFault, match="The profile is locked"), db.session() as s:
        s.connection()
    db.unlock(KEY)
    assert not db.locked
    with db.session() as s:
        assert s.connection().exec_driver_sql("SELECT 1").scalar_one() == 1


def test_a_session_rolls_back_whole_on_an_error(db):
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(Suite(name="Beaumont Leys", cells=14))
        s.flush()
        raise RuntimeError("stop")
    with db.session() as s:
        assert s.scalar(select(func.count(Suite.id))) == 0
    with db.session() as s:
        s.add(Suite(name="Beaumont Leys", cells=14))
    with db.session() as s:
        assert s.scalars(select(Suite.name)).all() == ["Beaumont Leys"]


class _DriverError(Exception):
    def __init__(self, code: int) -> None:
        super().__init__("driver error")
        self.sqlite_errorcode = code


# (SQLite result code, the error a volunteer reads, its way forward) — word for word.
WORDED = [
    (13, StorageFault, "The disk is full, so the last change was not saved.",
     "Free some space; what you typed is still on screen."),
    (5, StorageFault, "Another program is using the database, so the change was not saved.",
     "Close other copies of icvapp and try again."),
    (6, StorageFault, "Another program is using the database, so the change was not saved.",
     "Close other copies of icvapp and try again."),
    (8, StorageFault, "The data folder {folder} is read-only.",
     "Check the folder's permissions; what you typed is still on screen."),
    (14, StorageFault, "The data folder {folder} is read-only.",
     "Check the folder's permissions; what you typed is still on screen."),
    (11, DatabaseUnreadable, "The database icvapp.db is damaged.",
     "Restore it from a backup. icvapp has not changed the file."),
    (26, DatabaseUnreadable, "The database icvapp.db is damaged.",
     "Restore it from a backup. icvapp has not changed the file."),
    (10, StorageFault, "The disk reported an error while saving, so the last change was not saved.",
     "Check the disk (and free space); what you typed is still on screen."),
]


@pytest.mark.parametrize(("code", "kind", "message", "hint"), WORDED)
def test_each_driver_error_a_volunteer_can_act_on_is_worded_with_a_way_forward(tmp_path, code, kind, message, hint):
    error = known_error(_DriverError(code), tmp_path / "icvapp.db")
    assert type(error) is kind
    assert (error.message, error.hint) == (message.format(folder=tmp_path), hint)


@pytest.mark.parametrize("orig", [None, KeyboardInterrupt("stopped")])
def test_what_is_not_an_exception_comes_back_as_one(tmp_path, orig):
    error = known_error(orig, tmp_path / "icvapp.db")
    assert type(error) is RuntimeError and str(error) == str(orig)


def test_a_connection_made_on_one_thread_serves_another(db):
    # Slow work runs on worker threads; the pool hands them connections the GUI thread opened.
    with db.session() as s:
        s.add(Suite(name="Beaumont Leys", cells=14))
    seen: list = []

    def count() -> None:
        try:
            with db.session() as s:
                seen.append(s.scalar(select(func.count(Suite.id))))
        except Exception as exc:  # noqa: BLE001 (any failure is reported below, on the test's thread)
            seen.append(exc)

    worker = threading.Thread(target=count)
    worker.start()
    worker.join()
    assert seen == [1]


def test_a_rekeyed_database_opens_with_the_new_key_only(db):
    with db.session() as s:
        s.add(Suite(name="Beaumont Leys", cells=14))
    new_key = bytes(reversed(KEY))
    db.rekey(new_key)
    assert db.key == new_key
    with db.session() as s:  # the pool's next connection is keyed with the new key
        assert s.scalars(select(Suite.name)).all() == ["Beaumont Leys"]
    db.close()
    with pytest.raises(DatabaseUnreadable, match="cannot be decrypted"):
        open_database(db.path, KEY)
    again = open_database(db.path, new_key)
    try:
        with again.session() as s:
            assert s.scalars(select(Suite.name)).all() == ["Beaumont Leys"]
    finally:
        again.close()


def test_a_failed_upgrade_says_nothing_changed_and_names_the_copy_it_kept(tmp_path):
    database = open_database(tmp_path / "icvapp.db", KEY, create=True)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA user_version = 0")
        conn.exec_driver_sql("DELETE FROM alembic_version")  # the first migration now re-runs and fails
        conn.commit()
    database.close()
    with pytest.raises(DatabaseUnreadable) as caught:
        open_database(tmp_path / "icvapp.db", KEY)
    [copy] = tmp_path.glob("icvapp.schema0-*.bak")
    assert caught.value.message.startswith("The database could not be upgraded to this version of icvapp (")
    assert caught.value.hint == f"Nothing was changed; a copy was also kept as {copy.name}."


def test_an_old_database_whose_records_lost_a_link_is_not_upgraded(tmp_path):
    snapshot = Path(__file__).parents[1] / "data" / "upgrade" / f"schema{SCHEMA_VERSION - 1}"
    manifest = json.loads((snapshot / "manifest.json").read_text("utf-8"))
    shutil.copytree(snapshot, tmp_path / "profile")
    key = unlock_key(read_keyinfo(tmp_path / "profile"), manifest["passphrase"])
    path = tmp_path / "profile" / "icvapp.db"
    conn = connect_raw(path, key)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE detainee_count SET visit_id = 999999 WHERE id = (SELECT min(id) FROM detainee_count)")
    conn.close()
    with pytest.raises(DatabaseUnreadable) as caught:
        open_database(path, key)
    assert caught.value.message == "Upgrading the database would break 1 links between records."
    assert caught.value.hint == "Nothing was changed. Please report this to the icvapp developers."
    conn = connect_raw(path, key)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1
    finally:
        conn.close()


def test_closing_the_database_closes_the_connection_a_worker_thread_opened(db):
    # The pool keeps one connection per thread and closes them all, from the closing thread, on close():
    # a connection that refused to be used off its own thread would stay open, holding the file.
    opened, closed_seen = threading.Event(), threading.Event()
    result: list = []

    def work() -> None:
        try:
            with db.session() as s:
                s.scalar(select(func.count(Suite.id)))
                conn = s.connection().connection.driver_connection
            opened.set()
            closed_seen.wait(timeout=30)
            conn.execute("SELECT 1")
            result.append("still open")
        except Exception as exc:  # noqa: BLE001 (reported below, on the test's thread)
            result.append(str(exc))

    worker = threading.Thread(target=work)
    worker.start()
    assert opened.wait(timeout=30)
    db.close()
    closed_seen.set()
    worker.join()
    assert result == ["Cannot operate on a closed database."]


def test_a_copy_before_a_migration_that_cannot_be_written_is_refused_in_plain_words(db, tmp_path):
    # Running as root, no folder is read-only; a copy's name leading nowhere stands in for one. The name
    # holds the second it is made, so every name of the next minute leads nowhere.
    start = dt.datetime.now()
    for s in range(60):
        stamp = (start + dt.timedelta(seconds=s)).strftime("%Y%m%d-%H%M%S")
        (tmp_path / f"icvapp.schema3-{stamp}.bak").symlink_to(tmp_path / "no such folder" / "copy.bak")
    with pytest.raises(StorageFault) as caught:
        backup_before_migration(db, 3)
    assert (caught.value.message, caught.value.hint) == (
        f"The data folder {tmp_path} is read-only.", "Check the folder's permissions; what you typed is still on screen.")
    # Nothing is left of the failed copy: the name it was made under is removed, the other 59 are untouched.
    assert len([p for p in tmp_path.iterdir() if p.suffix == ".bak"]) == 59
