"""Two schemes on one server process, which presents one TLS certificate.

The first scheme's root issued the certificate the server presents. The second scheme's root
certifies the same server key for its own receipts (`add-scheme`), and names the presented
certificate in its device files, which its root signs, so its laptops pin it. Each scheme's
laptops then deliver, each office pulls only its own visits, and every receipt verifies
against the laptop's own scheme root.
"""

from __future__ import annotations

import dataclasses

from cryptography.hazmat.primitives import serialization
from sqlalchemy import select, text

from icvapp.delivery import outbox
from icvapp.delivery.device import certify_server
from icvapp.delivery.sync import pull_deliveries, sync
from icvapp.server import protocol
from icvapp.server.database import in_scheme
from icvapp.server.store import register_scheme
from icvapp.storage.model import Visit
from icvapp.trust.enrolment import require_trust, unlock_authority
from icvapp.trust.enrolment_files import scheme_package
from tests.conftest import ROOT_PIN
from tests.helpers import seal
from tests.server.conftest import OFFICE, Host, add_laptop, make_office


def sealed_uids(ctx) -> set[str]:
    with ctx.db.session() as s:
        return set(s.scalars(select(Visit.uid).where(Visit.sealed_at.is_not(None))))


def host_second_scheme(first: Host, owner_engine, folder) -> Host:
    """A second office whose root certifies the first host's server key; its laptops pin the presented certificate."""
    office = make_office(folder / "office-2")
    public = first.server_key.public_key().public_bytes(serialization.Encoding.PEM,
                                                        serialization.PublicFormat.SubjectPublicKeyInfo)
    receipts_cert = certify_server(office.db, ROOT_PIN, public, ["127.0.0.1"])
    scheme_uid = require_trust(office.db).scheme_uid
    with in_scheme(owner_engine, scheme_uid) as conn:
        register_scheme(conn, scheme_package(office.db, unlock_authority(office.db, ROOT_PIN)), receipts_cert)
    second = Host(office, first.server, first.server_certificate, scheme_uid, first.server_key, folder)
    second.enrol(office, "Office PC (animal welfare)", role=OFFICE)
    return second


def test_two_schemes_share_the_servers_certificate_and_keep_apart(fresh_host, owner_engine, tmp_path):
    first = fresh_host
    second = host_second_scheme(first, owner_engine, tmp_path)
    lap_1 = add_laptop(first, tmp_path / "laptop-1")
    lap_2 = add_laptop(second, tmp_path / "laptop-2", "Zoë's laptop", "Zoë Ó Briain")
    try:
        assert first.scheme_uid != second.scheme_uid
        seal(lap_1)
        seal(lap_2)
        reports = [sync(lap_1), sync(lap_2)]
        assert [r.stopped for r in reports] == ["", ""]
        assert [[a for _u, a in r.delivered] for r in reports] == [["received"], ["received"]]

        # Each receipt verifies against its own laptop's scheme root, and never against the other's.
        trusts = [require_trust(lap.db) for lap in (lap_1, lap_2)]
        for lap, own, other in ((lap_1, *trusts), (lap_2, *reversed(trusts))):
            (entry,) = outbox.entries(lap.db)
            facts = {"scheme_uid": own.scheme_uid, "visit_uid": entry.visit_uid, "digest": entry.digest}
            assert protocol.receipt_problem(entry.receipt, own.root, own.revoked, **facts) is None
            assert protocol.receipt_problem(entry.receipt, other.root, other.revoked, **facts) == (
                "the receipt is not signed by a server this scheme certified")

        # Each office pulls its own scheme's visit and never the other's.
        pulled = [pull_deliveries(first.office), pull_deliveries(second.office)]
        assert [len(p.imported) for p in pulled] == [1, 1] and [p.stopped for p in pulled] == ["", ""]
        assert sealed_uids(first.office) == sealed_uids(lap_1)
        assert sealed_uids(second.office) == sealed_uids(lap_2)
        assert not sealed_uids(first.office) & sealed_uids(second.office)
    finally:
        lap_1.close()
        lap_2.close()
        second.office.close()


def test_a_laptop_pinning_a_certificate_the_server_does_not_present_stops_with_the_reason(
        fresh_host, owner_engine, tmp_path):
    first = fresh_host
    second = host_second_scheme(first, owner_engine, tmp_path)
    # The second office wrongly names its receipts certificate as the one to pin.
    with in_scheme(owner_engine, second.scheme_uid) as conn:
        receipts_cert = conn.execute(text("SELECT server_certificate FROM scheme")).scalar()
    misled = dataclasses.replace(second, server_certificate=receipts_cert)
    lap = add_laptop(misled, tmp_path / "laptop", "Zoë's laptop", "Zoë Ó Briain")
    try:
        seal(lap)
        report = sync(lap)
        assert report.stopped == "The scheme server did not prove it is the server the scheme office named."
        assert report.delivered == [] and report.queued == 1
    finally:
        lap.close()
        second.office.close()
