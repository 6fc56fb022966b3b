"""The scheme server's fixtures: a real PostgreSQL cluster and a real HTTPS server for the session.

Building a scheme (root and inbox keys, enrolments) costs seconds, so the office's
and a laptop's data folders are made once, enrolled with a server that runs for
the whole session, and copied for each test. Tests that change what the scheme
trusts (a revocation) or need their own folders build a fresh host instead.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import select

from icvapp.delivery.device import certify_server, device_request, import_device_file, issue_device_file
from icvapp.profile.context import create_profile, open_profile
from icvapp.server.app import Server
from icvapp.server.certificates import LAPTOP, OFFICE
from icvapp.server.database import in_scheme, make_engine, migrate
from icvapp.server.store import register_scheme
from icvapp.storage.model import Place, Volunteer
from icvapp.trust.enrolment import require_trust, set_up_scheme_root, unlock_authority
from icvapp.trust.enrolment_files import (
    create_signing_key,
    enrol_here,
    export_scheme_file,
    import_certificate,
    import_scheme_file,
    issue_certificate,
    scheme_package,
)
from tests.conftest import PASSPHRASE, PINS, ROOT_PIN
from tests.helpers import names_to_ids
from tests.server.cluster import APP, OWNER, remove_cluster, start_cluster


@pytest.fixture(scope="session")
def cluster():
    try:
        running = start_cluster()
    except (RuntimeError, OSError) as exc:
        pytest.fail(f"The scheme server's tests need a real PostgreSQL, which did not start: {exc}")
    migrate(running.url(OWNER), APP)
    yield running
    remove_cluster(running)


@pytest.fixture(scope="session")
def app_engine(cluster):
    engine = make_engine(cluster.url(APP), pool_size=25)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def owner_engine(cluster):
    engine = make_engine(cluster.url(OWNER), pool_size=2)
    yield engine
    engine.dispose()


# --------------------------------------------------------------------------- a live server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def address_of(engine) -> str:
    """The database an engine connects to, as icvapp-server is given it (``postgresql://…``)."""
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


class LiveServer:
    """icvapp-server's app on uvicorn over real TLS, in a thread of this process (its own event loop)."""

    def __init__(self, database: str | None, key, key_path: Path, cert_path: Path, *, port: int | None = None,
                 **options) -> None:
        self.port = port or free_port()
        self.url = f"https://127.0.0.1:{self.port}"
        config = uvicorn.Config(Server(database, key, **options).app(), host="127.0.0.1", port=self.port,
                                ssl_keyfile=str(key_path), ssl_certfile=str(cert_path), log_level="warning",
                                access_log=False, lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the scheme server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def write_server_key(folder: Path):
    key = ec.generate_private_key(ec.SECP256R1())
    key_path = folder / "server.key"
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
    return key, key_path, public


# --------------------------------------------------------------------------- schemes, offices and laptops


def make_office(folder: Path):
    """The scheme office's profile: suites, volunteers, a scheme root, everyone enrolled to sign."""
    office = create_profile(folder, "passphrase", "Test scheme", PASSPHRASE)
    with office.db.session() as s:
        s.add_all([Place(name="Beaumont Leys", locations=14), Place(name="Euston Street", locations=36),
                   Volunteer(name="Amrit Sandhu"), Volunteer(name="Zoë Ó Briain"), Volunteer(name="Łukasz Nowak")])
    set_up_scheme_root(office.db, ROOT_PIN)
    for name, vid in names_to_ids(office, Volunteer).items():
        enrol_here(office.db, vid, PINS[name], ROOT_PIN)
    return office


def make_laptop(office, folder: Path, name: str = "Laptop"):
    """A volunteer laptop with its own data folder: joined the scheme, Amrit and Zoë enrolled to sign."""
    lap = create_profile(folder, "passphrase", name, PASSPHRASE)
    import_scheme_file(lap.db, export_scheme_file(office.db, ROOT_PIN))
    for person in ("Amrit Sandhu", "Zoë Ó Briain"):
        request = create_signing_key(lap.db, names_to_ids(lap, Volunteer)[person], PINS[person])
        import_certificate(lap.db, issue_certificate(office.db, request, ROOT_PIN)[0])
    return lap


def volunteer_uid(ctx, name: str) -> str:
    with ctx.db.session() as s:
        return s.scalars(select(Volunteer.uid).where(Volunteer.name == name)).one()


@dataclass
class Host:
    """A scheme (the office's profile) hosted on a live server, the office enrolled as a device."""

    office: object
    server: LiveServer
    server_certificate: str
    scheme_uid: str
    server_key: object
    folder: Path

    def enrol(self, ctx, name: str, *, role: str = LAPTOP, volunteer_uid: str | None = None):
        request = device_request(ctx.db, name, role=role, volunteer_uid=volunteer_uid)
        reply = issue_device_file(self.office.db, request, ROOT_PIN, server_url=self.server.url,
                                  server_certificate=self.server_certificate)
        return import_device_file(ctx.db, reply)


def start_host(office, app_engine, owner_engine, folder: Path) -> Host:
    """Certify a fresh server key with the office's root, host the scheme, serve it, enrol the office."""
    key, key_path, public = write_server_key(folder)
    cert_pem = certify_server(office.db, ROOT_PIN, public, ["127.0.0.1"])
    cert_path = folder / "server.pem"
    cert_path.write_text(cert_pem)
    scheme_uid = require_trust(office.db).scheme_uid
    with in_scheme(owner_engine, scheme_uid) as conn:
        register_scheme(conn, scheme_package(office.db, unlock_authority(office.db, ROOT_PIN)), cert_pem)
    host = Host(office, LiveServer(address_of(app_engine), key, key_path, cert_path), cert_pem, scheme_uid, key, folder)
    host.enrol(office, "Office PC", role=OFFICE)
    return host


def add_laptop(host: Host, folder: Path, name: str = "Amrit's laptop", owner: str = "Amrit Sandhu"):
    """A laptop with its own data folder, enrolled as ``owner``'s device."""
    lap = make_laptop(host.office, folder, name)
    host.enrol(lap, name, volunteer_uid=volunteer_uid(lap, owner))
    return lap


@pytest.fixture(scope="session")
def hosted_template(tmp_path_factory, app_engine, owner_engine):
    """An office and a laptop, enrolled with a server that runs for the whole session (folders closed)."""
    folder = tmp_path_factory.mktemp("hosted")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("icvapp.trust.pki.BOX_KDF", (1, 1, 1024))
        office = make_office(folder / "office")
        host = start_host(office, app_engine, owner_engine, folder)
        lap = add_laptop(host, folder / "laptop")
        lap.close()
        office.close()
    yield host
    host.server.stop()


@pytest.fixture
def host(hosted_template, tmp_path):
    """The session's hosted scheme, with a fresh copy of the office's data folder."""
    shutil.copytree(hosted_template.folder / "office", tmp_path / "office")
    office = open_profile(tmp_path / "office", PASSPHRASE)
    yield Host(office, hosted_template.server, hosted_template.server_certificate, hosted_template.scheme_uid,
               hosted_template.server_key, hosted_template.folder)
    office.close()


@pytest.fixture
def laptop(hosted_template, host, tmp_path):
    """A fresh copy of Amrit's laptop, enrolled with the session's server."""
    shutil.copytree(hosted_template.folder / "laptop", tmp_path / "laptop")
    lap = open_profile(tmp_path / "laptop", PASSPHRASE)
    yield lap
    lap.close()


@pytest.fixture
def fresh_host(app_engine, owner_engine, tmp_path):
    """A scheme of its own, for a test that changes what the scheme trusts."""
    folder = tmp_path / "fresh"
    folder.mkdir()
    office = make_office(folder / "office")
    h = start_host(office, app_engine, owner_engine, folder)
    yield h
    h.server.stop()
    office.close()
