"""The scheme server's PostgreSQL: connecting, migrating, and one scheme per transaction.

The server connects as an *app role* that owns no table and cannot bypass
row-level security; the migrations run as the database's owner. Each unit of
work sets the scheme for its own transaction only (``set_config(..., true)`` is
``SET LOCAL``), so a connection returned to a pool carries no scheme and sees nothing.

Two ways in, one rule:

- **Requests** (:func:`entered`) run on psycopg's asynchronous connections, from
  psycopg's own pool (:func:`make_pool`), in the web server's event loop. Through
  SQLAlchemy's synchronous engine each request also paid for a worker thread and
  SQLAlchemy's statement layer: the server spent 1.0 ms of CPU per delivery, and
  0.57 ms this way (``bench/server_throughput.py``, measured on two cores).
- **Everything else** (migrations with Alembic, the start-up checks, the host's
  commands, the tests' own reads) uses SQLAlchemy (:func:`make_engine`, :func:`in_scheme`).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from importlib.resources import files

from psycopg import AsyncConnection
from psycopg.rows import namedtuple_row
from psycopg_pool import AsyncConnectionPool
from sqlalchemy import URL, Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, ProgrammingError

from icvapp.errors import InvalidInput, StorageFault

#: The newest migration in db/server/versions; the server refuses an older or newer schema.
HEAD = "s0003"
ROLE_PATTERN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class ServerMisconfigured(StorageFault):
    title = "The scheme server cannot start"


def database_url(url: str) -> URL:
    """``postgresql://…`` as a parsed address, or :class:`InvalidInput` saying what is wrong with it."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise InvalidInput(f"This is not a database address: {url!r}.",
                           hint="Write it as postgresql://user@host/database.") from None
    if parsed.get_backend_name() != "postgresql":
        raise InvalidInput("The scheme server keeps its data in PostgreSQL only.",
                           hint="Give a postgresql://… address.")
    return parsed


def make_engine(url: str, *, pool_size: int = 10, max_overflow: int | None = None) -> Engine:
    """An engine on psycopg 3 for ``postgresql://…`` (the driver is filled in).

    ``max_overflow`` (default: as many again as ``pool_size``) connections are opened beyond the pool
    when it is busy and closed when handed back.
    """
    return create_engine(database_url(url).set(drivername="postgresql+psycopg"), pool_size=pool_size,
                         max_overflow=pool_size if max_overflow is None else max_overflow, pool_recycle=600)


def make_pool(url: str, *, size: int, timeout: float = 10.0) -> AsyncConnectionPool:
    """psycopg's asynchronous pool for the requests; opened and closed in the event loop that uses it.

    It keeps two connections open and grows to ``size`` under load (each costs PostgreSQL a backend
    process). No ping before each checkout (a round trip per request): a connection PostgreSQL dropped
    fails its request with "unavailable" (503), the pool replaces it, and the laptop tries again at its
    next sync. A request that waits ``timeout`` seconds for a connection is answered "unavailable" too.
    """
    address = database_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    return AsyncConnectionPool(address, min_size=min(2, size), max_size=size, open=False, timeout=timeout,
                               max_lifetime=600, kwargs={"row_factory": namedtuple_row}, name="icvapp-server")


@contextmanager
def in_scheme(engine: Engine, scheme_uid: str) -> Iterator[Connection]:
    """One transaction that sees ``scheme_uid``'s rows and no other scheme's."""
    if not scheme_uid:
        raise InvalidInput("No scheme was named.")
    with engine.begin() as conn:
        conn.execute(text("SELECT set_config('icvapp.scheme', :scheme, true)"), {"scheme": scheme_uid})
        yield conn


@asynccontextmanager
async def entered(pool: AsyncConnectionPool, scheme_uid: str, nonce: str) -> AsyncIterator[tuple[AsyncConnection, tuple | None]]:
    """One request's transaction on a connection from :func:`make_pool`, committed when the block ends and
    rolled back if it raises. ``icvapp_enter`` sets the scheme (``SET LOCAL``), records ``nonce`` and reads
    the scheme's row in one round trip; the row is None when the server does not host the scheme (its
    ``fresh`` is 0 when the nonce was seen before)."""
    if not scheme_uid:
        raise InvalidInput("No scheme was named.")
    async with pool.connection() as conn:
        row = await (await conn.execute("SELECT * FROM icvapp_enter(%s, %s)", (scheme_uid, nonce))).fetchone()
        yield conn, row


# --------------------------------------------------------------------------- migrating (as the owner)


def alembic_config(connection: Connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files("icvapp.db.server")))
    cfg.attributes["connection"] = connection
    return cfg


def migrate(owner_url: str, app_role: str, national_role: str | None = None) -> None:
    """Bring the schema to :data:`HEAD` as the owner, then grant the app role what it needs and no more
    (and a national reader role, if named, the national returns and nothing else)."""
    from alembic import command

    for role in (app_role, national_role):
        if role is not None and not ROLE_PATTERN.match(role):
            raise InvalidInput(f"{role!r} is not a PostgreSQL role name icvapp accepts.")
    engine = make_engine(owner_url, pool_size=1)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
            grant_app_role(conn, app_role)
            if national_role:
                grant_national_role(conn, national_role)
    finally:
        engine.dispose()


def grant_app_role(conn: Connection, role: str) -> None:
    """The app reads and adds; it changes only what its work needs, and deletes only spent nonces."""
    for statement in (
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT ON alembic_version TO {role}",
        f"GRANT SELECT ON scheme TO {role}",
        f"GRANT UPDATE (scheme_package, package_issued_at, crl) ON scheme TO {role}",
        f"GRANT SELECT, INSERT ON delivery TO {role}",
        f"GRANT UPDATE (acknowledged_at) ON delivery TO {role}",
        f"GRANT SELECT, INSERT, DELETE ON request_nonce TO {role}",
        f"GRANT SELECT, INSERT, UPDATE ON rota TO {role}",
        f"GRANT SELECT, INSERT ON national_return TO {role}",
    ):
        conn.execute(text(statement))


def grant_national_role(conn: Connection, role: str) -> None:
    """A national reader sees every scheme's returns, read-only, and no other table at all."""
    for statement in (
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT ON national_return TO {role}",
        f"DROP POLICY IF EXISTS national_return_for_{role} ON national_return",
        f"CREATE POLICY national_return_for_{role} ON national_return FOR SELECT TO {role} USING (true)",
    ):
        conn.execute(text(statement))


# --------------------------------------------------------------------------- checks at start-up


def app_role_problem(conn: Connection) -> str | None:
    """Why the connected role must not serve (it could see past the schemes' walls); None if it may."""
    superuser, bypass = conn.execute(text(
        "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")).one()
    if superuser or bypass:
        return "the server connects as a role that bypasses row-level security (superuser or BYPASSRLS)"
    owned = conn.execute(text(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind = 'r' AND pg_get_userbyid(c.relowner) = current_user")).scalar()
    if owned:
        return "the server connects as the owner of its tables; use the app role the migration granted"
    return None


def check_ready(engine: Engine) -> None:
    """Refuse to serve from an unreachable, unmigrated or too powerful connection."""
    try:
        with engine.connect() as conn:
            problem = app_role_problem(conn)
            try:
                version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except ProgrammingError:  # no alembic_version table: never migrated
                version = None
    except OperationalError as exc:
        raise ServerMisconfigured(f"The database cannot be reached: {exc.orig}".strip(),
                                  hint="Check the address, and that PostgreSQL is running.") from None
    if problem:
        raise ServerMisconfigured(f"Refusing to serve: {problem}.",
                                  hint="Connect as the app role (see docs/server.md).")
    if version != HEAD:
        raise ServerMisconfigured(f"The database schema is {version or 'missing'}, not {HEAD}.",
                                  hint="Run `icvapp-server migrate` as the database owner first.")
