"""National returns: counts only, signed by the scheme root; a national role reads them and nothing else."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from icvapp.delivery.client import Client
from icvapp.delivery.device import this_device
from icvapp.delivery.returns import return_payload, send_return
from icvapp.delivery.sync import pull_deliveries, sync
from icvapp.server.database import in_scheme, make_engine, migrate
from icvapp.server.returns import national_returns
from icvapp.storage.encoding import canonical_json
from icvapp.trust import pki
from icvapp.trust.enrolment import unlock_authority
from tests.conftest import ROOT_PIN
from tests.helpers import seal
from tests.server.cluster import APP, OWNER
from tests.server.conftest import add_laptop

NATIONAL = "icvapp_national"
DECEMBER = dt.date(2026, 12, 31)


@pytest.fixture(scope="module")
def national_engine(cluster):
    if cluster.psql(f"SELECT count(*) FROM pg_roles WHERE rolname = '{NATIONAL}'") == "0":
        cluster.psql(f"CREATE ROLE {NATIONAL} LOGIN NOSUPERUSER NOBYPASSRLS")
    migrate(cluster.url(OWNER), APP, NATIONAL)
    engine = make_engine(cluster.url(NATIONAL), pool_size=1)
    yield engine
    engine.dispose()


def send_forged(office, payload: dict, key) -> tuple[int, str]:
    signature = pki.sign_bytes(key, canonical_json(payload))
    doc = {"format": "icvapp-return/1", "payload": payload, "signature": base64.b64encode(signature).decode()}
    with Client(this_device(office.db)) as client:
        reply = client.request("PUT", "/v1/returns", json.dumps(doc).encode())
    return reply.status, reply.refused_reason


def test_a_national_role_reads_every_schemes_returns_and_nothing_else(host, fresh_host, app_engine,
                                                                     national_engine, tmp_path):
    laptop = add_laptop(fresh_host, tmp_path / "laptop")
    seal(laptop)
    laptop_report = sync(laptop)
    laptop.close()
    assert laptop_report.delivered and pull_deliveries(fresh_host.office).imported
    sent = send_return(fresh_host.office, 2026, 3, ROOT_PIN, today=DECEMBER)
    assert sent["payload"]["visits"] == 1 and sent["payload"]["quarter"] == "2026-Q3"
    send_return(host.office, 2026, 3, ROOT_PIN, today=DECEMBER)
    send_return(fresh_host.office, 2026, 3, ROOT_PIN, today=DECEMBER)  # the same return again: kept once

    with national_engine.connect() as conn:
        seen = [r for r in national_returns(conn) if r["scheme"] == fresh_host.scheme_uid]
        assert len(seen) == 1 and seen[0]["return"]["visits"] == 1
        assert host.scheme_uid in {r["scheme"] for r in national_returns(conn)}
        assert not any("BL/10432/26" in json.dumps(r) for r in seen)
        for table in ("delivery", "scheme", "rota"):
            with pytest.raises(DBAPIError, match="permission denied"):
                conn.execute(text(f"SELECT count(*) FROM {table}"))
            conn.rollback()
    with in_scheme(app_engine, fresh_host.scheme_uid) as conn:  # a scheme still sees only its own
        assert {r["scheme"] for r in national_returns(conn)} == {fresh_host.scheme_uid}


def test_a_return_that_is_not_counts_only_or_not_the_roots_is_refused(host, national_engine):
    good = return_payload(host.office, 2026, 3, today=DECEMBER)
    root = unlock_authority(host.office.db, ROOT_PIN).key
    status, reason = send_forged(host.office, {**good, "observations": "Calm suite"}, root)
    assert status == 400 and "nothing else" in reason
    status, reason = send_forged(host.office, {**good, "visits": -1}, root)
    assert status == 400 and "whole numbers" in reason
    status, reason = send_forged(host.office, {**good, "requests": {"Calm suite; staff welcoming": 1}}, root)
    assert status == 400 and "counts by category" in reason
    status, reason = send_forged(host.office, {**good, "scheme": "another-scheme-uid"}, root)
    assert status == 403 and "another scheme" in reason
    status, reason = send_forged(host.office, good, this_device(host.office.db).key)
    assert status == 403 and "not signed by this scheme's root" in reason
    assert send_forged(host.office, good, root)[0] == 200
