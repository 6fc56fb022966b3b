"""Several schemes on one server, kept apart by PostgreSQL itself (row-level security, forced)."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from icvapp.server.database import (
    ServerMisconfigured,
    app_role_problem,
    check_ready,
    entered,
    in_scheme,
    make_engine,
    make_pool,
)
from tests.server.cluster import APP, DATABASE, OWNER

CMS = b"\x30\x82" + b"ciphertext"


def scheme_columns(conn) -> list[str]:
    return list(conn.execute(text(
        "SELECT DISTINCT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid WHERE n.nspname = 'public' AND c.relkind = 'r' "
        "AND a.attname = 'scheme_uid' AND NOT a.attisdropped ORDER BY 1")).scalars())


def add_scheme(owner_engine, uid: str) -> None:
    with in_scheme(owner_engine, uid) as conn:
        conn.execute(text("INSERT INTO scheme (scheme_uid, name, root_certificate, server_certificate) "
                          "VALUES (:u, 'Scheme ' || :u, 'root', 'server')"), {"u": uid})
        conn.execute(text("INSERT INTO delivery (scheme_uid, visit_uid, series_uid, version, content_digest, "
                          "ciphertext, device_serial) VALUES (:u, :v, :v, 1, :d, :c, 'ab')"),
                     {"u": uid, "v": str(uuid.uuid4()), "d": uuid.uuid4().hex * 2, "c": CMS})


@pytest.fixture
def two_schemes(owner_engine):
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    add_scheme(owner_engine, a)
    add_scheme(owner_engine, b)
    return a, b


def test_every_scheme_owned_table_has_row_level_security_enabled_and_forced(owner_engine):
    with owner_engine.connect() as conn:
        tables = scheme_columns(conn)
        weak = conn.execute(text(
            "SELECT c.relname FROM pg_class c WHERE c.relname = ANY(:t) AND c.relkind = 'r' "
            "AND NOT (c.relrowsecurity AND c.relforcerowsecurity)"), {"t": tables}).scalars().all()
        policies = set(conn.execute(text("SELECT tablename FROM pg_policies WHERE schemaname = 'public'")).scalars())
    assert {"scheme", "delivery", "request_nonce", "rota"} <= set(tables)
    assert weak == [], f"scheme-owned tables without forced row-level security: {weak}"
    assert set(tables) <= policies, f"tables with no policy: {set(tables) - policies}"


def test_the_check_catches_a_table_whose_security_is_not_forced(cluster, owner_engine):
    """The test above earns its place: a table left unforced is found by the same query."""
    with owner_engine.begin() as conn:
        conn.execute(text("CREATE TABLE careless (scheme_uid text, note text)"))
        conn.execute(text("ALTER TABLE careless ENABLE ROW LEVEL SECURITY"))
        found = conn.execute(text(
            "SELECT relname FROM pg_class WHERE relname = 'careless' AND NOT relforcerowsecurity")).scalars().all()
        assert "careless" in scheme_columns(conn) and found == ["careless"]
        conn.rollback()


def test_the_app_role_owns_nothing_and_cannot_bypass_row_level_security(app_engine):
    with app_engine.connect() as conn:
        user, superuser, bypass = conn.execute(text(
            "SELECT current_user, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")).one()
        owned = conn.execute(text("SELECT count(*) FROM pg_tables WHERE tableowner = current_user")).scalar()
        assert app_role_problem(conn) is None
    assert (user, superuser, bypass, owned) == (APP, False, False, 0)


def test_the_server_refuses_to_serve_as_the_tables_owner(cluster):
    engine = make_engine(cluster.url(OWNER))
    try:
        with pytest.raises(ServerMisconfigured, match="owner of its tables"):
            check_ready(engine)
    finally:
        engine.dispose()


def test_the_server_refuses_to_serve_as_a_superuser(cluster):
    engine = make_engine(cluster.url("postgres", DATABASE))
    try:
        with pytest.raises(ServerMisconfigured, match="bypasses row-level security"):
            check_ready(engine)
    finally:
        engine.dispose()


def test_with_no_scheme_set_nothing_is_visible(app_engine, two_schemes):
    with app_engine.connect() as conn:
        for table in ("scheme", "delivery"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0


def test_a_scheme_set_for_one_transaction_is_gone_in_the_next(app_engine, two_schemes):
    a, _b = two_schemes
    with app_engine.connect() as conn:
        with conn.begin():
            conn.execute(text("SELECT set_config('icvapp.scheme', :s, true)"), {"s": a})
            assert conn.execute(text("SELECT count(*) FROM delivery")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM delivery")).scalar() == 0


def test_a_cross_scheme_read_returns_nothing(app_engine, two_schemes):
    a, b = two_schemes
    with in_scheme(app_engine, a) as conn:
        assert conn.execute(text("SELECT scheme_uid FROM scheme")).scalars().all() == [a]
        assert conn.execute(text("SELECT count(*) FROM delivery WHERE scheme_uid = :b"), {"b": b}).scalar() == 0
        assert set(conn.execute(text("SELECT scheme_uid FROM delivery")).scalars()) == {a}


def test_a_request_entering_one_scheme_reads_that_scheme_alone_and_records_its_nonce_once(cluster, app_engine,
                                                                                          two_schemes):
    """``icvapp_enter`` runs with the app role's rights: the policies wall it in as they do any statement.
    Driven through the requests' own pool (psycopg's asynchronous connections), as the server uses it."""
    a, b = two_schemes
    nonce = uuid.uuid4().hex

    async def scalars(conn, sql: str) -> list:
        return [r[0] for r in await (await conn.execute(sql)).fetchall()]

    async def requests() -> None:
        pool = make_pool(cluster.url(APP), size=2)
        await pool.open()
        try:
            async with entered(pool, a, nonce) as (conn, row):
                assert (row.scheme_uid, row.fresh) == (a, 1)
                assert await scalars(conn, "SELECT scheme_uid FROM scheme") == [a]  # the scheme stays set
                assert set(await scalars(conn, "SELECT scheme_uid FROM delivery")) == {a}
            async with entered(pool, a, nonce) as (_conn, row):
                assert (row.scheme_uid, row.fresh) == (a, 0)  # a replay: the nonce was recorded
            async with entered(pool, b, nonce) as (_conn, row):
                assert (row.scheme_uid, row.fresh) == (b, 1)  # nonces are per scheme
            async with entered(pool, str(uuid.uuid4()), nonce) as (conn, row):
                assert row is None  # a scheme this server does not host: nothing, and no nonce kept for it
                assert await scalars(conn, "SELECT count(*) FROM request_nonce") == [0]
            async with pool.connection() as conn:  # and the next transaction on a pooled connection carries none
                assert await scalars(conn, "SELECT count(*) FROM scheme") == [0]
                assert await scalars(conn, "SELECT current_setting('icvapp.scheme', true)") in ([""], [None])
        finally:
            await pool.close()

    asyncio.run(requests())


def test_a_request_that_fails_rolls_back_its_nonce_and_its_work(cluster, two_schemes):
    """A refused request leaves nothing behind: not its nonce (the laptop may send it again, signed afresh)
    and not a half-done write."""
    a, _b = two_schemes
    nonce = uuid.uuid4().hex

    async def requests() -> tuple:
        pool = make_pool(cluster.url(APP), size=1)
        await pool.open()
        try:
            with pytest.raises(RuntimeError, match="refused"):
                async with entered(pool, a, nonce) as (conn, _row):
                    await conn.execute("UPDATE scheme SET package_issued_at = 'changed'")
                    raise RuntimeError("refused after the work began")
            async with entered(pool, a, nonce) as (conn, row):
                name = (await (await conn.execute("SELECT package_issued_at FROM scheme")).fetchone())[0]
                return row.fresh, name
        finally:
            await pool.close()

    fresh, name = asyncio.run(requests())
    assert fresh == 1 and name != "changed"


def test_a_scheme_cannot_write_into_another(app_engine, two_schemes):
    a, b = two_schemes
    with pytest.raises(DBAPIError, match="row-level security"), in_scheme(app_engine, a) as conn:
        conn.execute(text("INSERT INTO delivery (scheme_uid, visit_uid, series_uid, version, content_digest, "
                          "ciphertext, device_serial) VALUES (:b, 'v-12345678', 'v-12345678', 1, :d, :c, 'x')"),
                     {"b": b, "d": "0" * 64, "c": CMS})


def test_the_owner_too_sees_only_the_scheme_it_sets(owner_engine, two_schemes):
    """Forced: row-level security holds for the tables' owner, so a migration or admin slip is walled in too."""
    a, _b = two_schemes
    with owner_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM delivery")).scalar() == 0
    with in_scheme(owner_engine, a) as conn:
        assert conn.execute(text("SELECT count(DISTINCT scheme_uid) FROM delivery")).scalar() == 1


def test_a_delivery_can_be_acknowledged_but_never_altered_or_deleted(app_engine, two_schemes):
    a, _b = two_schemes
    with in_scheme(app_engine, a) as conn:
        assert conn.execute(text("UPDATE delivery SET acknowledged_at = now()")).rowcount == 1
    for statement in ("UPDATE delivery SET ciphertext = 'x'", "DELETE FROM delivery"):
        with pytest.raises(DBAPIError, match="permission denied"), in_scheme(app_engine, a) as conn:
            conn.execute(text(statement))
