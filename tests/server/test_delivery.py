"""Delivering sealed visits: once only, with a receipt the laptop can check, never plaintext on the server."""

from __future__ import annotations

import secrets
import uuid
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import text

from icvapp.delivery import outbox
from icvapp.delivery.client import Client
from icvapp.delivery.device import this_device
from icvapp.delivery.sync import sync
from icvapp.server import protocol
from icvapp.server.database import in_scheme
from icvapp.trust.enrolment import require_trust
from tests.helpers import seal
from tests.server.cluster import DATABASE


def rows(engine, scheme_uid: str, where: str = "TRUE", **params) -> list:
    with in_scheme(engine, scheme_uid) as conn:
        return conn.execute(text(f"SELECT visit_uid, series_uid, version, content_digest FROM delivery "
                                 f"WHERE {where} ORDER BY id"), params).all()


def post(client: Client, body: bytes, visit: str, series: str | None = None, version: int = 1):
    return client.request("POST", "/v1/deliveries", body, {protocol.VISIT: visit, protocol.SERIES: series or visit,
                                                          protocol.VERSION: str(version)})


def fake_submission() -> bytes:
    """Bytes shaped like a CMS file (the server never opens one, so it cannot tell)."""
    return b"\x30\x82" + secrets.token_bytes(600)


def test_a_sealed_visit_is_delivered_once_with_a_receipt_that_verifies(host, laptop, app_engine):
    vid = seal(laptop)
    report = sync(laptop)
    assert report.stopped == "" and report.queued == 0
    [(uid, answer)] = report.delivered
    assert answer == "received"
    entry = outbox.delivery_status(laptop.db, uid)
    assert entry.state is outbox.State.DELIVERED and entry.visit_id == vid
    assert entry.ciphertext is None  # the server holds it now; the laptop keeps the receipt
    trust = require_trust(laptop.db)
    assert protocol.receipt_problem(entry.receipt, trust.root, trust.revoked, scheme_uid=trust.scheme_uid,
                                    visit_uid=uid, digest=entry.digest) is None
    again = sync(laptop)
    assert again.delivered == [] and again.stopped == ""
    assert len(rows(app_engine, host.scheme_uid, "visit_uid = :v", v=uid)) == 1


def test_twenty_clients_racing_to_deliver_one_file_store_one_row(host, laptop, app_engine):
    body, visit = fake_submission(), str(uuid.uuid4())
    device = this_device(laptop.db)

    def deliver(_):
        with Client(device) as client:
            return post(client, body, visit).json()

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(deliver, range(20)))
    assert sorted(a["answer"] for a in answers) == ["already received"] * 19 + ["received"]
    assert len({a["receipt"]["delivery"] for a in answers}) == 1
    trust = require_trust(laptop.db)
    for a in answers:
        assert protocol.receipt_problem(a["receipt"], trust.root, trust.revoked, scheme_uid=trust.scheme_uid,
                                        visit_uid=visit, digest=protocol.body_digest(body)) is None
    assert len(rows(app_engine, host.scheme_uid, "visit_uid = :v", v=visit)) == 1


def test_an_amendment_is_a_new_version_and_an_older_one_arriving_late_is_superseded(host, laptop, app_engine):
    original, amendment, third = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    with Client(this_device(laptop.db)) as client:
        assert post(client, fake_submission(), original).json()["answer"] == "received"
        assert post(client, fake_submission(), third, original, 3).json()["answer"] == "received"
        late = post(client, fake_submission(), amendment, original, 2).json()
    assert late["answer"] == "superseded" and late["receipt"]["answer"] == "superseded"
    held = rows(app_engine, host.scheme_uid, "series_uid = :s", s=original)
    assert [(r.visit_uid, r.version) for r in held] == [(original, 1), (third, 3), (amendment, 2)]


MALFORMED = [  # (visit, series, version, body, the reason given)
    ("not a uid!", None, 1, None, "does not name its visit"),
    (None, None, "two", None, "not a whole number"),
    (None, None, 0, None, "out of range"),
    (None, "other-series-uid", 1, None, "its own series"),
    (None, None, 1, b"", "empty"),
    (None, None, 1, b"%PDF-1.7 plain text", "not an encrypted submission"),
]


def test_a_malformed_delivery_is_refused_with_its_reason_and_nothing_is_stored(host, laptop, app_engine):
    sent = []
    with Client(this_device(laptop.db)) as client:
        for visit, series, version, body, reason in MALFORMED:
            visit = visit or str(uuid.uuid4())
            sent.append(visit)
            reply = post(client, fake_submission() if body is None else body, visit, series or visit, version)
            assert reply.status == 400, reason
            assert reply.json()["answer"] == "refused" and reason in reply.json()["reason"]
    assert rows(app_engine, host.scheme_uid, "visit_uid = ANY(:v)", v=sent) == []


def test_the_same_file_sent_as_another_version_is_refused(host, laptop):
    body, visit = fake_submission(), str(uuid.uuid4())
    with Client(this_device(laptop.db)) as client:
        assert post(client, body, visit).status == 201
        reply = post(client, body, visit, str(uuid.uuid4()), 2)
    assert reply.status == 409 and "another version" in reply.refused_reason


def test_a_stolen_server_database_holds_no_visit(host, laptop, cluster):
    seal(laptop)
    assert sync(laptop).delivered
    dump = cluster.run("pg_dump", "-h", str(cluster.folder), "-p", "5432", "-U", "postgres", "--data-only",
                       DATABASE).stdout
    assert "COPY public.delivery" in dump and host.scheme_uid in dump  # the dump is real and holds the delivery
    # The scheme file (suites and volunteers, which laptops pull) is there by design; no visit is.
    for secret in ("BL/10432/26", "Calm suite", "Out-of-date meals", "Sgt Patel", "No hot drink offered"):
        assert secret not in dump
