"""A device that belongs to no volunteer (a second office computer) is revoked by its serial number."""

from __future__ import annotations

import pytest

from icvapp.cli.main import run_command
from icvapp.delivery.client import Client
from icvapp.delivery.device import issued_devices, this_device
from icvapp.errors import InvalidInput, NotFound
from icvapp.profile.context import open_profile
from icvapp.server.certificates import OFFICE, serial_hex
from icvapp.trust.enrolment import revoke_certificate
from tests.conftest import PASSPHRASE, ROOT_PIN
from tests.server.conftest import make_laptop


def pending_status(ctx) -> tuple[int, str]:
    with Client(this_device(ctx.db)) as client:
        reply = client.request("GET", "/v1/deliveries/pending")
    return reply.status, reply.refused_reason


def test_the_office_revokes_its_spare_computer_and_the_server_refuses_it_once_published(
        fresh_host, tmp_path, monkeypatch, capsys):
    office = fresh_host.office
    spare = make_laptop(office, tmp_path / "spare", "Spare office PC")
    device = fresh_host.enrol(spare, "Spare office PC", role=OFFICE)
    serial = serial_hex(device.certificate)
    assert pending_status(spare)[0] == 200
    listed = {d.serial: d for d in issued_devices(office.db)}
    assert listed[serial].role == OFFICE and not listed[serial].revoked
    assert {d.role for d in listed.values()} == {OFFICE, "server"}  # no volunteer's signing certificate

    office_dir = office.data_dir
    office.close()
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ICVAPP_ROOT_PIN", ROOT_PIN)
    off = ["--data-dir", str(office_dir)]
    capsys.readouterr()
    assert run_command([*off, "sync", "devices"]) == 0
    assert serial in capsys.readouterr().out
    assert run_command([*off, "sync", "revoke-device", serial, "--reason", "stolen"]) == 0
    assert "Revoked device Spare office PC" in capsys.readouterr().out
    # Until the office publishes, the server has not heard of it.
    assert pending_status(spare)[0] == 200
    assert run_command([*off, "sync", "publish"]) == 0
    status, reason = pending_status(spare)
    assert status == 403 and "revoked" in reason
    # The office's own computer, not revoked, still works.
    office = open_profile(office_dir, PASSPHRASE)
    try:
        assert pending_status(office)[0] == 200
        assert "revoked" in {d.serial: d for d in issued_devices(office.db)}[serial].revoked
    finally:
        office.close()
    spare.close()


def test_revoking_names_one_certificate_the_scheme_issued(host):
    office_device = this_device(host.office.db)
    with pytest.raises(InvalidInput, match="not a certificate's serial number"):
        revoke_certificate(host.office.db, "not hex", ROOT_PIN)
    with pytest.raises(NotFound):
        revoke_certificate(host.office.db, "ab:cd:ef:01", ROOT_PIN)
    colons = ":".join(f"{b:02x}" for b in office_device.certificate.serial_number.to_bytes(20, "big").lstrip(b"\0"))
    assert revoke_certificate(host.office.db, colons.upper(), ROOT_PIN, "replaced") == "device Office PC"
    with pytest.raises(InvalidInput, match="was revoked on"):
        revoke_certificate(host.office.db, serial_hex(office_device.certificate), ROOT_PIN)
