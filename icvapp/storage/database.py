"""The one place that opens the encrypted database.

SQLCipher 4 keyed with the raw 256-bit key (no per-connection KDF), WAL,
foreign keys on. Problems a user can do something about — a damaged or
foreign file, a database from a newer icvapp, a full disk, a locked file —
become :class:`~icvapp.errors.UserFacingError` subclasses with plain messages.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from icvapp.errors import QT_TRANSLATE_NOOP, DatabaseTooNew, DatabaseUnreadable, StorageFault, later

# The database file's name inside a profile folder.
DB_NAME = "icvapp.db"
# The schema this code writes. Each Alembic revision "000N" sets user_version N.
SCHEMA_VERSION = 9
SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a write waits for another program's lock before saying so (seconds).
BUSY_TIMEOUT = 5.0
PAGE_SIZE = 4096


def revision_for(version: int) -> str:
    return f"{version:04d}"


class Database:
    """An open, unlocked scheme database."""

    def __init__(self, path: Path, engine: Engine, key_holder: dict | None = None) -> None:
        self.path = path
        self.engine = engine
        # The key lives here only while the profile is unlocked; new connections read it.
        self._key = key_holder if key_holder is not None else {}
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        # Who the audit log names for changes made through this connection.
        self.actor = "icvapp"
        # The profile's recovery public key: signing keys are sealed to it too.
        self.recovery_public: str | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        with self.sessions() as session:
            try:
                with translate_errors(self.path):
                    yield session
                    session.commit()
            except BaseException:
                session.rollback()
                raise

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return conn.exec_driver_sql("PRAGMA user_version").scalar_one()

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()

    @property
    def key(self) -> bytes | None:
        """The raw key while the profile is unlocked (to wrap it again, never to store it)."""
        return self._key.get("key")

    @property
    def locked(self) -> bool:
        return self._key.get("key") is None

    def lock(self) -> None:
        """Close every connection and forget the key until :meth:`unlock`."""
        self.engine.dispose()
        self._key["key"] = None

    def unlock(self, key: bytes) -> None:
        self._key["key"] = key

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt the whole database under ``new_key`` (SQLCipher's PRAGMA rekey), in place."""
        import sqlcipher3.dbapi2 as sqlcipher

        self.engine.dispose()
        conn = connect_raw(self.path, self._key["key"])
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.Error as exc:
            raise known_error(exc, self.path) from None
        finally:
            conn.close()
        self._key["key"] = new_key


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn the database driver's environment errors into plain messages."""
    import sqlcipher3.dbapi2 as sqlcipher

    try:
        yield
    except DBAPIError as exc:
        raise known_error(exc.orig, path) from exc
    except sqlcipher.Error as exc:  # raised while opening a pooled connection, before SQLAlchemy wraps it
        raise known_error(exc, path) from exc


# SQLite's primary result codes for the environment problems a user can act on.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 6, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26


def error_code(orig: BaseException | None) -> int | None:
    """SQLite's primary result code for a driver error (extended codes folded), or None."""
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def known_error(orig: BaseException | None, path: Path) -> Exception:
    """The plain-language error for a driver error, sorted by SQLite's result code."""
    code = error_code(orig)
    if code == SQLITE_FULL:
        return StorageFault(QT_TRANSLATE_NOOP("Database", "The disk is full, so the last change was not saved."),
                            hint=QT_TRANSLATE_NOOP("Database", "Free some space; what you typed is still on screen."))
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StorageFault(QT_TRANSLATE_NOOP("Database", "Another program is using the database, so the change "
                                                          "was not saved."),
                            hint=QT_TRANSLATE_NOOP("Database", "Close other copies of icvapp and try again."))
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN):
        return StorageFault(QT_TRANSLATE_NOOP("Database", "The data folder {parent} is read-only.")
                            .format(parent=path.parent),
                            hint=QT_TRANSLATE_NOOP("Database", "Check the folder's permissions; what you typed is "
                                                               "still on screen."))
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseUnreadable(
            QT_TRANSLATE_NOOP("Database", "The database {name} is damaged.").format(name=path.name),
            hint=QT_TRANSLATE_NOOP("Database", "Restore it from a backup. icvapp has not changed the file."),
        )
    if code == SQLITE_IOERR:
        return StorageFault(QT_TRANSLATE_NOOP("Database", "The disk reported an error while saving, so the last "
                                                          "change was not saved."),
                            hint=QT_TRANSLATE_NOOP("Database", "Check the disk (and free space); what you typed is "
                                                               "still on screen."))
    return orig if isinstance(orig, Exception) else RuntimeError(str(orig))


def connect_raw(path: Path, key: bytes):
    """A bare driver connection keyed with ``key``, outside SQLAlchemy (rekey, checks, tests)."""
    import sqlcipher3.dbapi2 as sqlcipher

    # isolation_level=None hands transactions to SQLAlchemy's BEGIN below, so
    # DDL in a migration is transactional too (it rolls back whole).
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_log_level = NONE")
    # REPLACE then fires delete triggers for the rows it removes. The guards (migration 0005)
    # hold without it too, for any SQL client with the key; this is a second line.
    conn.execute("PRAGMA recursive_triggers = ON")
    return conn


def check_file(path: Path) -> None:
    """Refuse files that are plainly not an encrypted icvapp database."""
    if not path.exists():
        raise DatabaseUnreadable(QT_TRANSLATE_NOOP("Database", "The database {path} is missing.").format(path=path),
                                 hint=QT_TRANSLATE_NOOP("Database", "Restore it from a backup, or start a new "
                                                                    "profile."))
    size = path.stat().st_size
    if size == 0:
        raise DatabaseUnreadable(QT_TRANSLATE_NOOP("Database", "The database {name} is empty (0 bytes).")
                                 .format(name=path.name),
                                 hint=QT_TRANSLATE_NOOP("Database", "It may have been cut short by a failed copy. "
                                                                    "Restore it from a backup."))
    with path.open("rb") as fh:
        head = fh.read(16)
    if head == SQLITE_MAGIC:
        raise DatabaseUnreadable(
            QT_TRANSLATE_NOOP("Database", "{name} is an unencrypted SQLite file, not an icvapp database.")
            .format(name=path.name),
            hint=QT_TRANSLATE_NOOP("Database", "icvapp only opens encrypted databases it created."),
        )
    if size % PAGE_SIZE:
        raise DatabaseUnreadable(
            QT_TRANSLATE_NOOP("Database", "The database {name} is truncated ({size} bytes is not a whole number of "
                                          "pages).").format(name=path.name, size=size),
            hint=QT_TRANSLATE_NOOP("Database", "It may have been cut short by a failed copy. Restore it from a "
                                               "backup."),
        )


def open_database(path: Path, key: bytes, *, create: bool = False) -> Database:
    """Open (or with ``create`` make) the database and bring its schema up to date."""
    path = Path(path)
    if not create:
        check_file(path)
    elif path.exists() and path.stat().st_size:
        raise DatabaseUnreadable(QT_TRANSLATE_NOOP("Database", "{path} already exists; refusing to overwrite it.")
                                 .format(path=path))
    else:
        # Owner-only from the first byte; SQLCipher keeps these permissions.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    import sqlcipher3.dbapi2 as sqlcipher

    # module= makes SQLAlchemy recognise (and wrap) sqlcipher3's own exceptions;
    # the creator keys each connection with the raw key (no per-connection KDF).
    holder = {"key": key}

    def creator():
        if holder["key"] is None:
            raise StorageFault(QT_TRANSLATE_NOOP("Database", "The profile is locked."),
                               hint=QT_TRANSLATE_NOOP("Database", "Unlock it to continue."))
        return connect_raw(path, holder["key"])

    engine = create_engine("sqlite://", module=sqlcipher, creator=creator)

    @event.listens_for(engine, "connect")
    def _onconnect_raw(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.execute("PRAGMA foreign_keys = ON")
        dbapi_conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        # A wrong key is only noticed at the first read, which this is.
        dbapi_conn.execute("PRAGMA journal_mode = WAL")

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")

    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
            version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
    except (DBAPIError, sqlcipher.Error) as exc:
        engine.dispose()
        # Errors raised while connecting come straight from the driver.
        orig = exc.orig if isinstance(exc, DBAPIError) else exc
        if error_code(orig) == SQLITE_NOTADB:
            raise DatabaseUnreadable(
                QT_TRANSLATE_NOOP("Database", "The database {name} cannot be decrypted with this profile's key.")
                .format(name=path.name),
                hint=QT_TRANSLATE_NOOP("Database", "The file is damaged or belongs to another profile. Restore it "
                                                   "from a backup."),
            ) from None
        raise known_error(orig, path) from None
    if version > SCHEMA_VERSION:
        engine.dispose()
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP("Database", "This database was written by a newer version of icvapp (schema "
                                          "{version}; this version understands up to {schema_version}).")
            .format(version=version, schema_version=SCHEMA_VERSION),
            hint=QT_TRANSLATE_NOOP("Database", "Install the newer icvapp to open it. The file has not been changed."),
        )
    db = Database(path, engine, holder)
    if version < SCHEMA_VERSION:
        try:
            migrate(db, version, backup=not create)
        except BaseException:
            engine.dispose()
            raise
    return db


def migrate(db: Database, from_version: int, *, backup: bool = True) -> None:
    """Apply every pending migration in one transaction, after an encrypted copy."""
    import sqlcipher3.dbapi2 as sqlcipher
    from alembic import command
    from alembic.config import Config

    copy = backup_before_migration(db, from_version) if backup else None
    cfg = Config()
    cfg.set_main_option("script_location", "icvapp.db:")
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        # Rebuilding a table with foreign keys on would cascade-delete child
        # rows; the pragma only takes effect outside a transaction.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision_for(SCHEMA_VERSION))
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    count = len(broken)
                    raise DatabaseUnreadable(
                        later.translate("Database", "Upgrading the database would break %n links between records.",
                                        None, count, count=count),
                        hint=QT_TRANSLATE_NOOP("Database", "Nothing was changed. Please report this to the icvapp "
                                                           "developers."),
                    )
                conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except (DBAPIError, sqlcipher.Error) as exc:
            orig = exc.orig if isinstance(exc, DBAPIError) else exc
            known = known_error(orig, db.path)
            if isinstance(known, StorageFault):
                raise known from None
            raise DatabaseUnreadable(
                QT_TRANSLATE_NOOP("Database", "The database could not be upgraded to this version of icvapp "
                                              "({reason}).").format(reason=orig),
                hint=(QT_TRANSLATE_NOOP("Database", "Nothing was changed; a copy was also kept as {name}.")
                      .format(name=copy.name) if copy else QT_TRANSLATE_NOOP("Database", "Nothing was changed.")),
            ) from None
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def backup_before_migration(db: Database, from_version: int) -> Path:
    """An encrypted copy (same key) beside the database, named for its schema."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db.path.with_name(f"{db.path.stem}.schema{from_version}-{stamp}.bak")
    import sqlcipher3.dbapi2 as sqlcipher

    with db.engine.connect() as conn:
        try:
            # VACUUM cannot run inside the transaction SQLAlchemy would begin.
            conn.connection.driver_connection.execute("VACUUM INTO ?", (str(target),))
        except sqlcipher.Error as exc:
            target.unlink(missing_ok=True)
            raise known_error(exc, db.path) from None
    os.chmod(target, 0o600)
    return target

