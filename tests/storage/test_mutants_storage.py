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
import subprocess
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select

from icvapp.errors import DatabaseTooNew, DatabaseUnreadable, StorageFault
from icvapp.i18n.translation import localized, translate
from icvapp.storage.database import (
    BUSY_TIMEOUT,
    PAGE_SIZE,
    SCHEMA_VERSION,
    backup_before_migration,
    check_file,
    connect_raw,
    known_error,
    migrate,
    open_database,
)
from icvapp.storage.keys import read_keyinfo, unlock_key
from icvapp.storage.model import Place

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
        s.add(Place(name="Beaumont Leys", locations=14))
        s.flush()
        raise RuntimeError("stop")
    with db.session() as s:
        assert s.scalar(select(func.count(Place.id))) == 0
    with db.session() as s:
        s.add(Place(name="Beaumont Leys", locations=14))
    with db.session() as s:
        assert s.scalars(select(Place.name)).all() == ["Beaumont Leys"]


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
        s.add(Place(name="Beaumont Leys", locations=14))
    seen: list = []

    def count() -> None:
        try:
            with db.session() as s:
                seen.append(s.scalar(select(func.count(Place.id))))
        except Exception as exc:  # noqa: BLE001 (any failure is reported below, on the test's thread)
            seen.append(exc)

    worker = threading.Thread(target=count)
    worker.start()
    worker.join()
    assert seen == [1]


def test_a_rekeyed_database_opens_with_the_new_key_only(db):
    with db.session() as s:
        s.add(Place(name="Beaumont Leys", locations=14))
    new_key = bytes(reversed(KEY))
    db.rekey(new_key)
    assert db.key == new_key
    with db.session() as s:  # the pool's next connection is keyed with the new key
        assert s.scalars(select(Place.name)).all() == ["Beaumont Leys"]
    db.close()
    with pytest.raises(DatabaseUnreadable, match="cannot be decrypted"):
        open_database(db.path, KEY)
    again = open_database(db.path, new_key)
    try:
        with again.session() as s:
            assert s.scalars(select(Place.name)).all() == ["Beaumont Leys"]
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


def old_profile_with_a_lost_link(tmp_path):
    """The last schema's snapshot, one count row pointing at a visit that is not there: (path, key)."""
    snapshot = Path(__file__).parents[1] / "data" / "upgrade" / f"schema{SCHEMA_VERSION - 1}"
    manifest = json.loads((snapshot / "manifest.json").read_text("utf-8"))
    shutil.copytree(snapshot, tmp_path / "profile")
    key = unlock_key(read_keyinfo(tmp_path / "profile"), manifest["passphrase"])
    path = tmp_path / "profile" / "icvapp.db"
    conn = connect_raw(path, key)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE detainee_count SET visit_id = 999999 WHERE id = (SELECT min(id) FROM detainee_count)")  # schema 8's name
    conn.close()
    return path, key


def test_an_old_database_whose_records_lost_a_link_is_not_upgraded(tmp_path):
    path, key = old_profile_with_a_lost_link(tmp_path)
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
                s.scalar(select(func.count(Place.id)))
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


@pytest.mark.parametrize(("code", "kind", "message", "hint"), WORDED)
def test_each_driver_error_reads_in_welsh_for_a_welsh_reader(tmp_path, code, kind, message, hint):
    # The catalogue finds a text by its context and its English: a wrong context leaves it in English.
    error = known_error(_DriverError(code), tmp_path / "icvapp.db")
    welsh_message, welsh_hint = localized(error.message, "cy"), localized(error.hint, "cy")
    assert welsh_message != message.format(folder=tmp_path) and welsh_hint != hint
    assert welsh_message == translate("Database", error.message.source, language="cy").format(
        parent=tmp_path, name="icvapp.db")
    assert welsh_hint == translate("Database", hint, language="cy")


def test_a_database_damaged_on_disk_while_open_is_named_when_its_key_is_changed(tmp_path):
    database = open_database(tmp_path / "icvapp.db", KEY, create=True)
    try:
        with database.session() as s:
            s.add(Place(name="Beaumont Leys", locations=14))
        database.checkpoint()
        with open(database.path, "r+b") as fh:  # the disk garbles the first page under the open database
            fh.write(secrets.token_bytes(PAGE_SIZE))
        with pytest.raises(DatabaseUnreadable) as caught:
            database.rekey(bytes(range(1, 33)))
        assert (caught.value.message, caught.value.hint) == (
            "The database icvapp.db is damaged.", "Restore it from a backup. icvapp has not changed the file.")
    finally:
        database.close()


@contextmanager
def read_only_folder(folder: Path):
    """``folder`` made read-only for real: by its mode, or, for root (whom modes do not stop), by the
    immutable flag, which stops root too. Fails, never skips, where neither can be set."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(0o700)
        return
    subprocess.run(["chattr", "+i", str(folder)], check=True)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


@contextmanager
def read_only_file(path: Path):
    """``path`` made read-only for real, as :func:`read_only_folder` does a folder."""
    if os.geteuid() != 0:
        path.chmod(0o400)
        try:
            yield
        finally:
            path.chmod(0o600)
        return
    subprocess.run(["chattr", "+i", str(path)], check=True)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_copy_before_a_migration_in_a_read_only_folder_is_refused_and_leaves_nothing(db, tmp_path):
    before = sorted(tmp_path.iterdir())
    with read_only_folder(tmp_path), pytest.raises(StorageFault) as caught:
        backup_before_migration(db, 3)
    assert (caught.value.message, caught.value.hint) == (
        f"The data folder {tmp_path} is read-only.", "Check the folder's permissions; what you typed is still on screen.")
    assert sorted(tmp_path.iterdir()) == before


def _sqlite_file(path: Path) -> None:
    import sqlite3

    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()


# (what the file is, the refusal a volunteer reads, its way forward) — word for word.
FILES = [
    ("missing", None, "The database {path} is missing.", "Restore it from a backup, or start a new profile."),
    ("empty", lambda p: p.write_bytes(b""), "The database icvapp.db is empty (0 bytes).",
     "It may have been cut short by a failed copy. Restore it from a backup."),
    ("plain SQLite", _sqlite_file, "icvapp.db is an unencrypted SQLite file, not an icvapp database.",
     "icvapp only opens encrypted databases it created."),
    ("truncated", lambda p: p.write_bytes(secrets.token_bytes(PAGE_SIZE + 7)),
     f"The database icvapp.db is truncated ({PAGE_SIZE + 7} bytes is not a whole number of pages).",
     "It may have been cut short by a failed copy. Restore it from a backup."),
]


@pytest.mark.parametrize(("kind", "make", "message", "hint"), FILES, ids=[f[0] for f in FILES])
def test_a_file_that_is_plainly_not_a_database_is_refused_word_for_word_in_english_and_welsh(tmp_path, kind, make,
                                                                                              message, hint):
    path = tmp_path / "icvapp.db"
    if make:
        make(path)
    with pytest.raises(DatabaseUnreadable) as caught:
        check_file(path)
    error = caught.value
    assert (error.message, error.hint) == (message.format(path=path), hint)
    assert localized(error.message, "cy") == translate("Database", error.message.source, language="cy").format(
        **error.message.values) != error.message
    assert localized(error.hint, "cy") == translate("Database", hint, language="cy") != hint


def _welsh(text) -> str:
    return translate("Database", text.source, language="cy").format(**text.values)


def test_a_failed_upgrade_is_worded_with_the_drivers_own_reason_in_english_and_welsh(tmp_path):
    database = open_database(tmp_path / "icvapp.db", KEY, create=True)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA user_version = 0")
        conn.exec_driver_sql("DELETE FROM alembic_version")  # the first migration now re-runs and fails
        conn.commit()
    database.close()
    with pytest.raises(DatabaseUnreadable) as caught:
        open_database(tmp_path / "icvapp.db", KEY)
    [copy] = tmp_path.glob("icvapp.schema0-*.bak")
    error = caught.value
    # The driver's own words, not SQLAlchemy's wrapper with the statement and a link to its documentation.
    assert error.message == "The database could not be upgraded to this version of icvapp (table app_state already exists)."
    assert localized(error.message, "cy") == _welsh(error.message) != error.message
    assert localized(error.hint, "cy") == _welsh(error.hint) != error.hint == (
        f"Nothing was changed; a copy was also kept as {copy.name}.")


def test_an_upgrade_that_would_break_links_is_worded_in_welsh(tmp_path):
    with pytest.raises(DatabaseUnreadable) as caught:
        open_database(*old_profile_with_a_lost_link(tmp_path))
    error = caught.value
    assert localized(error.message, "cy") == "Byddai uwchraddio'r gronfa ddata yn torri 1 cysylltiad rhwng cofnodion."
    assert localized(error.hint, "cy") == _welsh(error.hint) != error.hint


def test_migrating_by_default_first_keeps_an_encrypted_copy(db, tmp_path):
    migrate(db, SCHEMA_VERSION)  # nothing pending: the copy is still made first
    [copy] = tmp_path.glob(f"icvapp.schema{SCHEMA_VERSION}-*.bak")
    assert copy.read_bytes()[:16] != b"SQLite format 3\x00"


def test_an_upgrade_on_a_read_only_database_is_refused_as_read_only(tmp_path):
    snapshot = Path(__file__).parents[1] / "data" / "upgrade" / f"schema{SCHEMA_VERSION - 1}"
    manifest = json.loads((snapshot / "manifest.json").read_text("utf-8"))
    shutil.copytree(snapshot, tmp_path / "profile")
    key = unlock_key(read_keyinfo(tmp_path / "profile"), manifest["passphrase"])
    path = tmp_path / "profile" / "icvapp.db"
    with read_only_file(path), pytest.raises(StorageFault) as caught:
        open_database(path, key)
    # The copy before the upgrade was made (the folder is writable); the upgrade itself was refused.
    assert len(list(path.parent.glob(f"icvapp.schema{SCHEMA_VERSION - 1}-*.bak"))) == 1
    assert (caught.value.message, caught.value.hint) == (
        f"The data folder {path.parent} is read-only.",
        "Check the folder's permissions; what you typed is still on screen.")


def test_a_failed_migration_without_a_copy_says_only_that_nothing_changed_in_english_and_welsh(db, tmp_path):
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA user_version = 0")
        conn.exec_driver_sql("DELETE FROM alembic_version")  # the first migration now re-runs and fails
        conn.commit()
    with pytest.raises(DatabaseUnreadable) as caught:
        migrate(db, 0, backup=False)
    error = caught.value
    assert error.hint == "Nothing was changed."
    assert localized(error.hint, "cy") == _welsh(error.hint) != error.hint
    assert not list(tmp_path.glob("*.bak"))


def test_a_database_made_without_a_key_holder_starts_locked_and_can_be_unlocked(tmp_path):
    from sqlalchemy import create_engine

    from icvapp.storage.database import Database

    database = Database(tmp_path / "icvapp.db", create_engine("sqlite://"))
    assert database.locked and database.key is None
    database.unlock(KEY)
    assert not database.locked and database.key == KEY
    database.close()


def test_what_a_session_saved_can_still_be_read_after_it_closes(db):
    with db.session() as s:
        place = Place(name="Beaumont Leys", locations=14)
        s.add(place)
    assert (place.name, place.locations) == ("Beaumont Leys", 14)  # not expired on commit: no detached-instance error


def test_a_new_database_names_icvapp_in_the_audit_log_and_holds_no_recovery_key_yet(db):
    assert db.actor == "icvapp"
    assert db.recovery_public is None


def test_creating_a_database_over_an_existing_file_is_refused_word_for_word_in_english_and_welsh(tmp_path):
    path = tmp_path / "icvapp.db"
    path.write_bytes(b"something already here")
    with pytest.raises(DatabaseUnreadable) as caught:
        open_database(path, KEY, create=True)
    error = caught.value
    assert error.message == f"{path} already exists; refusing to overwrite it."
    assert localized(error.message, "cy") == _welsh(error.message) != error.message
    assert path.read_bytes() == b"something already here"


def test_a_locked_profile_is_refused_word_for_word_in_english_and_welsh(db):
    db.lock()
    with pytest.raises(StorageFault) as caught, db.session() as s:
        s.scalars(select(Place)).all()
    error = caught.value
    assert (error.message, error.hint) == ("The profile is locked.", "Unlock it to continue.")
    assert localized(error.message, "cy") == _welsh(error.message) != error.message
    assert localized(error.hint, "cy") == _welsh(error.hint) != error.hint
    db.unlock(KEY)
    with db.session() as s:
        assert s.scalars(select(Place)).all() == []


def test_a_database_another_key_opens_is_refused_word_for_word_in_english_and_welsh(db):
    db.close()
    with pytest.raises(DatabaseUnreadable) as caught:
        open_database(db.path, bytes(reversed(KEY)))
    error = caught.value
    assert (error.message, error.hint) == (
        "The database icvapp.db cannot be decrypted with this profile's key.",
        "The file is damaged or belongs to another profile. Restore it from a backup.")
    assert localized(error.message, "cy") == _welsh(error.message) != error.message
    assert localized(error.hint, "cy") == _welsh(error.hint) != error.hint


def test_a_database_from_a_newer_icvapp_is_refused_word_for_word_in_english_and_welsh(db):
    with db.engine.connect() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
    db.close()
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(db.path, KEY)
    error = caught.value
    assert (error.message, error.hint) == (
        (f"This database was written by a newer version of icvapp (schema {SCHEMA_VERSION + 1}; this version "
         f"understands up to {SCHEMA_VERSION})."), "Install the newer icvapp to open it. The file has not been changed.")
    assert localized(error.message, "cy") == _welsh(error.message) != error.message
    assert localized(error.hint, "cy") == _welsh(error.hint) != error.hint


def test_a_driver_error_reaches_the_caller_wrapped_by_sqlalchemy(db):
    # The engine names sqlcipher3 as its driver module, so SQLAlchemy recognises the driver's errors and
    # wraps them (with the statement); given none, the bare sqlcipher3 error would escape every `except DBAPIError`.
    from sqlalchemy.exc import OperationalError

    with pytest.raises(OperationalError) as caught, db.engine.connect() as conn:
        conn.exec_driver_sql("SELEC 1")
    assert "SELEC 1" in str(caught.value)


def test_opening_a_database_already_at_the_current_schema_changes_nothing_and_copies_nothing(db, tmp_path):
    # Only an older schema is upgraded, and only an upgrade keeps a copy of what it started from.
    db.checkpoint()
    db.close()
    again = open_database(db.path, KEY)
    try:
        assert again.schema_version() == SCHEMA_VERSION
    finally:
        again.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".bak") == []
