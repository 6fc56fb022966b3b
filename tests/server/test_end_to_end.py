"""Two laptops and an office, each with its own data folder, through a local scheme server."""

from __future__ import annotations

import datetime as dt
import threading
import time

from sqlalchemy import select, text

from icvapp.delivery.client import Client
from icvapp.delivery.device import this_device
from icvapp.delivery.sync import publish_rota, publish_scheme, pull_deliveries, sync
from icvapp.scheme.rota import assign_pair
from icvapp.sealing.signoff import check_stored_visit, start_amendment
from icvapp.server.database import in_scheme
from icvapp.storage.model import Place, RotaAssignment, Visit, Volunteer
from icvapp.trust.enrolment import require_trust, revoke_certificates
from icvapp.visits.store import load_visit, save_draft
from tests.conftest import ROOT_PIN
from tests.helpers import names_to_ids, seal
from tests.server.conftest import LiveServer, add_laptop, address_of


def pending_on_server(engine, scheme_uid: str) -> int:
    with in_scheme(engine, scheme_uid) as conn:
        return conn.execute(text("SELECT count(*) FROM delivery WHERE acknowledged_at IS NULL")).scalar()


def visit_uids(ctx) -> set[str]:
    with ctx.db.session() as s:
        return set(s.scalars(select(Visit.uid).where(Visit.sealed_at.is_not(None))))


def test_two_laptops_deliver_and_the_office_pulls_imports_and_acknowledges(fresh_host, app_engine, tmp_path):
    host, office = fresh_host, fresh_host.office
    first = add_laptop(host, tmp_path / "laptop-1", "Amrit's laptop")
    second = add_laptop(host, tmp_path / "laptop-2", "Zoë's laptop", "Zoë Ó Briain")
    try:
        seal(first)
        original = seal(second, visit_date=dt.date(2026, 11, 9))
        draft = start_amendment(second.db, original, "The second detainee was in cell 8, not 7.")
        rec = load_visit(second.db, draft)
        rec.conversations[1].location = "8"
        save_draft(second.db, rec)
        seal(second, rec)
        # The office puts a pair on the rota and publishes it before the laptops sync.
        places, people = names_to_ids(office, Place), names_to_ids(office, Volunteer)
        monday = dt.date(2026, 12, 7)
        assign_pair(office.db, places["Euston Street"], monday, people["Amrit Sandhu"], people["Zoë Ó Briain"])
        assert publish_rota(office) == 1

        reports = [sync(first), sync(second)]
        assert [len(r.delivered) for r in reports] == [1, 2] and all(not r.stopped for r in reports)
        assert [a for r in reports for _u, a in r.delivered] == ["received"] * 3
        assert pending_on_server(app_engine, host.scheme_uid) == 3
        lap_people = names_to_ids(second, Volunteer)
        with second.db.session() as s:
            week = s.scalars(select(RotaAssignment).where(RotaAssignment.week_start == monday)).one()
            assert (week.visitor_a_id, week.visitor_b_id) == (lap_people["Amrit Sandhu"], lap_people["Zoë Ó Briain"])

        pulled = pull_deliveries(office)
        assert pulled.not_imported == [] and len(pulled.imported) == 3 and not pulled.stopped
        assert pending_on_server(app_engine, host.scheme_uid) == 0
        assert visit_uids(office) == visit_uids(first) | visit_uids(second)
        with office.db.session() as s:
            held = s.scalars(select(Visit.id).where(Visit.sealed_at.is_not(None))).all()
            amended, supersedes = s.execute(select(Visit.id, Visit.supersedes_id).where(Visit.version == 2)).one()
        assert all(check_stored_visit(office.db, vid).ok for vid in held) and supersedes is not None
        assert load_visit(office.db, amended).conversations[1].location == "8"
        assert pull_deliveries(office).imported == []  # nothing new: acknowledged deliveries stay pulled

        # The office revokes Amrit (his laptop's certificate with his signing ones) and publishes it.
        seal(first, visit_date=dt.date(2026, 11, 16))
        revoke_certificates(office.db, people["Amrit Sandhu"], ROOT_PIN, "left the scheme")
        publish_scheme(office, ROOT_PIN)
        stopped = sync(first)
        assert "revoked" in stopped.stopped and stopped.delivered == [] and stopped.queued == 1
        # Zoë's laptop still syncs, and learns of the revocation from the scheme file.
        assert sync(second).stopped == ""
        assert require_trust(second.db).revoked
    finally:
        first.close()
        second.close()


def test_a_sync_cut_short_resumes_where_it_stopped(fresh_host, app_engine, tmp_path):
    """The server is down: nothing is lost, the form never waited, and the next sync delivers everything."""
    host = fresh_host
    laptop = add_laptop(host, tmp_path / "laptop")
    try:
        seal(laptop)
        seal(laptop, visit_date=dt.date(2026, 11, 9))
        host.server.stop()
        report = sync(laptop)
        assert "cannot be reached" in report.stopped and report.queued == 2 and report.delivered == []
        host.server = LiveServer(address_of(app_engine), host.server_key, host.folder / "server.key", host.folder / "server.pem",
                                 port=host.server.port)
        report = sync(laptop)
        assert report.stopped == "" and report.queued == 0 and len(report.delivered) == 2
    finally:
        laptop.close()


def get_rota(device):
    with Client(device) as client:
        return client.request("GET", "/v1/rota")


def test_a_request_that_waits_too_long_for_a_connection_hears_unavailable(fresh_host, cluster, app_engine,
                                                                          owner_engine, tmp_path):
    """More requests than connections: the rest wait their turn, and one that waits longer than the server
    allows is told "unavailable" (the laptop tries again at its next sync), not left hanging."""
    host = fresh_host
    laptop = add_laptop(host, tmp_path / "laptop")
    try:
        host.server.stop()
        host.server = LiveServer(address_of(app_engine), host.server_key, host.folder / "server.key",
                                 host.folder / "server.pem", port=host.server.port, connections=1, wait=0.5)
        device, first = this_device(laptop.db), []
        with owner_engine.connect() as lock:
            held = lock.begin()
            lock.execute(text("LOCK TABLE request_nonce IN ACCESS EXCLUSIVE MODE"))  # every request's first step
            waiting = threading.Thread(target=lambda: first.append(get_rota(device)))
            waiting.start()
            deadline = time.monotonic() + 10
            while cluster.psql("SELECT count(*) FROM pg_stat_activity WHERE usename = 'icvapp_app' "
                               "AND wait_event_type = 'Lock'") != "1":  # the first holds the one connection
                assert time.monotonic() < deadline, "the first request never reached the database"
                time.sleep(0.05)
            second = get_rota(device)
            held.rollback()
        waiting.join(10)
        assert second.status == 503 and "unavailable" in second.body.decode()
        assert first and first[0].status == 200  # the one that held the connection finished once it could
    finally:
        laptop.close()


def test_connections_postgresql_drops_are_replaced_and_nothing_is_lost(fresh_host, cluster, app_engine, tmp_path):
    """PostgreSQL drops the server's connections (a restart, a failover): the laptop hears "unavailable" and
    keeps its visits queued, and a later sync delivers them, with no restart of the server."""
    host = fresh_host
    laptop = add_laptop(host, tmp_path / "laptop")
    try:
        host.server.stop()
        # Its own application name, so this test drops this server's connections and no one else's.
        host.server = LiveServer(f"{address_of(app_engine)}&application_name=dropped-by-the-test", host.server_key,
                                 host.folder / "server.key", host.folder / "server.pem", port=host.server.port)
        seal(laptop)
        assert len(sync(laptop).delivered) == 1  # the pool holds live connections now
        dropped = cluster.psql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                               "WHERE application_name = 'dropped-by-the-test'")
        assert int(dropped) >= 1
        seal(laptop, visit_date=dt.date(2026, 11, 9))
        seal(laptop, visit_date=dt.date(2026, 11, 10))
        reports = [sync(laptop) for _ in range(4)]
        assert [len(r.delivered) for r in reports if r.delivered] == [2], [r.stopped for r in reports]
        assert "unavailable" in reports[0].stopped and reports[0].queued == 2  # told plainly; both kept
        assert all(r.stopped == "" or "unavailable" in r.stopped for r in reports)
        assert reports[-1].queued == 0
        assert pending_on_server(app_engine, host.scheme_uid) == 3
    finally:
        laptop.close()
