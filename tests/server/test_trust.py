"""Who may talk to the server, and which server a laptop believes: each forgery is refused."""

from __future__ import annotations

import dataclasses
import http.client
import secrets
import time
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from icvapp.delivery import outbox
from icvapp.delivery.client import Client, ServerUnreachable, pinned_context
from icvapp.delivery.device import this_device
from icvapp.delivery.sync import SyncReport, deliver_queued, publish_scheme, sync
from icvapp.server import protocol
from icvapp.server.certificates import LAPTOP, issue_device, issue_server
from icvapp.storage.model import Volunteer
from icvapp.trust import pki
from icvapp.trust.enrolment import require_trust, revoke_certificates, unlock_authority
from tests.conftest import ROOT_PIN
from tests.helpers import names_to_ids, seal
from tests.server.conftest import LiveServer, add_laptop, address_of, write_server_key
from tests.server.test_delivery import fake_submission, post


def raw(host, headers: dict, body: bytes = b"", method: str = "POST", path: str = "/v1/deliveries"):
    """One request exactly as given, over the pinned TLS connection."""
    conn = http.client.HTTPSConnection("127.0.0.1", host.server.port, context=pinned_context(host.server_certificate))
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        return response.status, response.read().decode()
    finally:
        conn.close()


def signed(device, body: bytes, *, key=None, cert=None, at=None, nonce=None, method="POST", path="/v1/deliveries",
           visit=None):
    visit = visit or str(uuid.uuid4())
    headers = protocol.signed_headers(key or device.key, cert or device.certificate, method, path,
                                      device.scheme_uid, body, at=int(time.time()) if at is None else at,
                                      nonce=nonce or secrets.token_hex(16))
    return {**headers, protocol.VISIT: visit, protocol.SERIES: visit, protocol.VERSION: "1"}


def test_a_properly_signed_request_is_taken(host, laptop):
    """The baseline every refusal below differs from in one thing only."""
    device, body = this_device(laptop.db), fake_submission()
    assert raw(host, signed(device, body), body)[0] == 201


@pytest.mark.parametrize("nonce", ["0" * 31, "0" * 33, "G" * 32, "A" * 32, "0" * 31 + "\u00e9"],
                         ids=["one short", "one long", "not hex", "upper case", "not ASCII"])
def test_a_request_whose_nonce_is_not_32_hex_digits_is_refused_though_signed(host, laptop, nonce):
    """The nonce is signed like the rest, but only one of its form can be kept against replays."""
    device, body = this_device(laptop.db), fake_submission()
    status, text = raw(host, signed(device, body, nonce=nonce), body)
    assert status == 401 and "not signed by a device" in text


def test_an_unsigned_request_is_refused(host, laptop):
    body = fake_submission()
    assert raw(host, {}, body)[0] == 400
    device = this_device(laptop.db)
    headers = signed(device, body)
    del headers[protocol.SIGNATURE]
    status, text = raw(host, headers, body)
    assert status == 401 and "not signed by a device" in text


def test_a_forged_signature_or_an_altered_body_is_refused(host, laptop):
    device, body = this_device(laptop.db), fake_submission()
    status, text = raw(host, signed(device, body, key=ec.generate_private_key(ec.SECP256R1())), body)
    assert status == 401 and "signature does not match" in text
    status, text = raw(host, signed(device, body), body + b"\x00")
    assert status == 401 and "signature does not match" in text


def test_a_replayed_request_is_refused(host, laptop):
    device, body = this_device(laptop.db), fake_submission()
    headers = signed(device, body)
    assert raw(host, headers, body)[0] == 201
    status, text = raw(host, headers, body)
    assert status == 401 and "replay" in text


def test_a_request_outside_the_replay_window_is_refused(host, laptop):
    device, body = this_device(laptop.db), fake_submission()
    for skew in (-protocol.REPLAY_WINDOW - 60, protocol.REPLAY_WINDOW + 60):
        status, text = raw(host, signed(device, body, at=int(time.time()) + skew), body)
        assert status == 401 and "clock" in text


def test_a_device_certificate_from_another_scheme_or_a_signing_certificate_is_refused(host, laptop):
    device, body = this_device(laptop.db), fake_submission()
    impostor = pki.new_root("Impostor scheme")
    key = ec.generate_private_key(ec.SECP256R1())
    foreign = issue_device(impostor, key.public_key(), scheme_name="Impostor", device_name="x", role=LAPTOP,
                           volunteer_uid=None)
    status, text = raw(host, signed(device, body, key=key, cert=foreign), body)
    assert status == 403 and "not issued by the scheme" in text
    # A volunteer's signing certificate comes from the right root but is not a device's.
    authority = unlock_authority(host.office.db, ROOT_PIN)
    key, csr = pki.new_signing_request("Amrit Sandhu", "some-volunteer-uid", "Test scheme")
    status, text = raw(host, signed(device, body, key=key, cert=authority.issue_signing(csr)), body)
    assert status == 403 and "not a device certificate" in text


def test_a_laptop_may_not_pull_the_offices_deliveries(host, laptop):
    path = "/v1/deliveries/pending"
    status, text = raw(host, signed(this_device(laptop.db), b"", method="GET", path=path), method="GET", path=path)
    assert status == 403 and "may not" in text


def test_a_revocation_published_by_the_office_refuses_the_device_at_once(fresh_host, tmp_path):
    host, laptop = fresh_host, add_laptop(fresh_host, tmp_path / "laptop")
    seal(laptop)
    amrit = names_to_ids(host.office, Volunteer)["Amrit Sandhu"]
    revoke_certificates(host.office.db, amrit, ROOT_PIN, "laptop stolen")
    # Until the office publishes, the server has not heard of it.
    with Client(this_device(laptop.db)) as client:
        assert post(client, fake_submission(), str(uuid.uuid4())).status == 201
    publish_scheme(host.office, ROOT_PIN)
    report = sync(laptop)
    assert "revoked" in report.stopped
    assert report.delivered == [] and report.queued == 1
    assert outbox.entries(laptop.db, outbox.State.QUEUED)[0].ciphertext  # kept, not lost
    laptop.close()


# --------------------------------------------------------------------------- receipts the laptop refuses


@pytest.fixture
def receipt_kit(host, laptop):
    body, visit = fake_submission(), str(uuid.uuid4())
    with Client(this_device(laptop.db)) as client:
        receipt = post(client, body, visit).json()["receipt"]
    return receipt, require_trust(laptop.db), visit, protocol.body_digest(body), host


def problem_of(kit, receipt) -> str | None:
    _receipt, trust, visit, digest, _host = kit
    return protocol.receipt_problem(receipt, trust.root, trust.revoked, scheme_uid=trust.scheme_uid,
                                    visit_uid=visit, digest=digest)


def resign(receipt: dict, key, cert_pem: str) -> dict:
    facts = protocol.Receipt(receipt["scheme"], receipt["visit"], receipt["digest"], receipt["answer"],
                             receipt["delivery"], receipt["received_at"])
    return protocol.signed_receipt(facts, key, cert_pem)


def test_a_genuine_receipt_verifies(receipt_kit):
    assert problem_of(receipt_kit, receipt_kit[0]) is None


def test_forged_receipts_are_refused_by_the_laptop(receipt_kit, laptop):
    receipt, *_facts, host = receipt_kit
    assert "no receipt" in problem_of(receipt_kit, None)
    assert "damaged" in problem_of(receipt_kit, {**receipt, "signature": "not base64!"})
    assert "does not match" in problem_of(receipt_kit, {**receipt, "delivery": receipt["delivery"] + 1})
    assert "another delivery" in problem_of(receipt_kit, resign({**receipt, "visit": str(uuid.uuid4())},
                                                                host.server_key, receipt["certificate"]))
    assert "was stored" in problem_of(receipt_kit, resign({**receipt, "answer": "refused"}, host.server_key,
                                                          receipt["certificate"]))
    # Signed by a key the scheme root never certified for a server: another root's server, or a device.
    impostor = pki.new_root("Impostor scheme")
    key = ec.generate_private_key(ec.SECP256R1())
    other = pki.pem(issue_server(impostor, key.public_key(), ["127.0.0.1"], scheme_name="Impostor"))
    assert "not signed by a server this scheme certified" in problem_of(receipt_kit, resign(receipt, key, other))
    device = this_device(laptop.db)
    assert "not the scheme server's" in problem_of(receipt_kit, resign(receipt, device.key,
                                                                       pki.pem(device.certificate)))


def test_a_server_signing_with_a_key_the_root_did_not_certify_leaves_the_visit_queued(host, laptop, app_engine,
                                                                                        tmp_path):
    seal(laptop)
    outbox.enqueue_sealed(laptop)
    # TLS with the real certificate, receipts signed with another key.
    wrong_key = ec.generate_private_key(ec.SECP256R1())
    rogue = LiveServer(address_of(app_engine), wrong_key, host.folder / "server.key", host.folder / "server.pem")
    try:
        device = dataclasses.replace(this_device(laptop.db), server_url=rogue.url)
        report = SyncReport()
        with Client(device) as client:
            deliver_queued(laptop.db, client, report)
    finally:
        rogue.stop()
    assert "cannot be trusted" in report.stopped and "does not match" in report.stopped
    assert len(outbox.entries(laptop.db, outbox.State.QUEUED)) == 1


def test_a_server_without_the_pinned_certificate_is_not_trusted(host, laptop, tmp_path):
    impostor = pki.new_root("Impostor scheme")
    folder = tmp_path / "impostor"
    folder.mkdir()
    key, key_path, _public = write_server_key(folder)
    cert_path = folder / "impostor.pem"
    cert_path.write_text(pki.pem(issue_server(impostor, key.public_key(), ["127.0.0.1"], scheme_name="Impostor")))
    rogue = LiveServer(None, key, key_path, cert_path)
    try:
        device = dataclasses.replace(this_device(laptop.db), server_url=rogue.url)
        with Client(device) as client, pytest.raises(ServerUnreachable, match="did not prove"):
            client.request("GET", "/v1/scheme")
    finally:
        rogue.stop()


def test_a_request_for_a_scheme_the_server_does_not_host_is_refused(host, laptop):
    device, body = this_device(laptop.db), fake_submission()
    elsewhere = dataclasses.replace(device, scheme_uid=str(uuid.uuid4()))
    status, text = raw(host, signed(elsewhere, body), body)
    assert status == 403 and "does not host" in text


def test_a_body_over_the_limit_is_refused_whether_or_not_it_says_its_length(host, laptop, monkeypatch):
    monkeypatch.setattr("icvapp.server.app.MAX_BODY", 4096)
    device, body = this_device(laptop.db), fake_submission() * 10
    headers = signed(device, body)
    assert raw(host, headers, body)[0] == 413
    conn = http.client.HTTPSConnection("127.0.0.1", host.server.port, context=pinned_context(host.server_certificate))
    try:  # chunked: no Content-Length to go by, so the server counts as it reads
        conn.request("POST", "/v1/deliveries", body=iter([body[i:i + 1024] for i in range(0, len(body), 1024)]),
                     headers=signed(device, body), encode_chunked=True)
        response = conn.getresponse()
        assert response.status == 413 and b"far too large" in response.read()
    finally:
        conn.close()
