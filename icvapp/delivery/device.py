"""A laptop's device key, enrolled with the scheme root over the existing file exchange.

1. The laptop makes a key and a *device request* (:func:`device_request`); the key
   stays in the profile's encrypted database.
2. The office's icvapp answers it (:func:`issue_device_file`, needs the root PIN):
   the device certificate, the scheme file, and the server's address and TLS
   certificate, all signed by the root, so the laptop pins a server its own root vouched for.
3. The laptop imports the answer (:func:`import_device_file`).

The office enrols its own computer the same way (role ``office``). Every device
certificate goes in the office's register of issued certificates, under the laptop's
volunteer, so revoking the volunteer revokes the laptop too.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import select

from icvapp.delivery.state import read_json, write_json
from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from icvapp.i18n.formats import Moment
from icvapp.profile.context import AppContext
from icvapp.server.certificates import (
    LAPTOP,
    ROLES,
    device_problem,
    is_device_certificate,
    issue_device,
    issue_server,
    role_of,
    serial_hex,
)
from icvapp.server.protocol import is_server_certificate
from icvapp.storage import audit
from icvapp.storage.database import Database
from icvapp.storage.encoding import canonical_json
from icvapp.storage.files import parse_json
from icvapp.storage.model import IssuedCertificate, Volunteer, utcnow
from icvapp.trust import pki
from icvapp.trust.enrolment import require_trust, scheme_row, unlock_authority
from icvapp.trust.enrolment_files import apply_scheme_package, scheme_package

REQUEST_FORMAT = "icvapp-device-request/1"
REPLY_FORMAT = "icvapp-device/1"
# The one app_state row that holds this computer's device key and its server (encrypted with the database).
DEVICE_STATE = "delivery.device"


@dataclass
class Device:
    """This computer's enrolment: its key, certificate, and the server it delivers to."""

    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    role: str
    server_url: str
    server_certificate: str  # PEM: the TLS certificate this computer pins
    scheme_uid: str


def _read_state(db: Database) -> dict | None:
    return read_json(db, DEVICE_STATE)


def _write_state(db: Database, value: dict) -> None:
    write_json(db, DEVICE_STATE, value)


# --------------------------------------------------------------------------- the laptop's side


def device_request(db: Database, name: str, *, role: str = LAPTOP, volunteer_uid: str | None = None) -> bytes:
    """A new device key, kept in the encrypted database; returns the request file for the office."""
    if role not in ROLES:
        raise InvalidInput(QT_TRANSLATE_NOOP("Device", "A device is a {names}.").format(names=' or an '.join(ROLES)))
    t = require_trust(db)
    key = ec.generate_private_key(ec.SECP256R1())
    _write_state(db, {"key": pki.private_der(key).hex(), "role": role, "name": name})
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")
    return json.dumps({"format": REQUEST_FORMAT, "scheme_uid": t.scheme_uid, "name": name, "role": role,
                       "volunteer_uid": volunteer_uid, "public_key": public}, indent=2,
                      ensure_ascii=False).encode("utf-8")


def import_device_file(db: Database, data: bytes) -> Device:
    """Store the office's answer: the certificate must be for this computer's key, the rest root-signed."""
    try:
        doc = parse_json(data)
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("Device", "This is not a device file from icvapp: it is not readable "
                                                       "text.")) from None
    if not isinstance(doc, dict) or doc.get("format") != REPLY_FORMAT:
        raise InvalidInput(QT_TRANSLATE_NOOP("Device", "This is not a device file from icvapp."))
    apply_scheme_package(db, doc.get("scheme"))
    t = require_trust(db)
    server = doc.get("server")
    try:
        cert = pki.load_cert(str(doc["certificate"]))
        signature = base64.b64decode(str(doc["server_signature"]), validate=True)
        pki.load_cert(str(server["certificate"]))
        url = str(server["url"])
    except (KeyError, TypeError, ValueError):
        raise InvalidInput(QT_TRANSLATE_NOOP("Device", "The device file is damaged.")) from None
    if not pki.signature_valid(t.root, signature, canonical_json(server)):
        raise InvalidInput(QT_TRANSLATE_NOOP("Device", "The server named in the device file is not the one the "
                                                       "scheme office signed."))
    problem = device_problem(cert, t.root, t.revoked)
    if problem:
        raise InvalidInput(QT_TRANSLATE_NOOP("Device", "This device certificate cannot be used: {problem}.")
                           .format(problem=problem))
    state = _read_state(db)
    if state is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Device", "This computer has not asked for a device certificate.")
        , hint=QT_TRANSLATE_NOOP("Device", "Make a device request."))
    key = pki.load_private(bytes.fromhex(state["key"]))
    if cert.public_key() != key.public_key():
        raise InvalidInput(QT_TRANSLATE_NOOP("Device", "This device certificate is for another computer's key."),
                           hint=QT_TRANSLATE_NOOP("Device", "Import it on the computer that wrote the request."))
    state.update(certificate=pki.pem(cert), server_url=url, server_certificate=server["certificate"])
    _write_state(db, state)
    with db.session() as s:
        audit.append(s, audit.SCHEME, actor=db.actor, detail={"action": "device enrolled", "serial": serial_hex(cert)})
    return this_device(db)


def enrol_device(ctx: AppContext, data: bytes) -> Device:
    """:func:`import_device_file` into an open profile, which then reads its scheme's definition again (the
    device file carries the scheme file; a laptop has joined before it asks, so the kind stays the same)."""
    device = import_device_file(ctx.db, data)
    ctx.reload_definition()
    return device


def this_device(db: Database) -> Device:
    state = _read_state(db)
    if not state or not state.get("certificate"):
        raise NotFound(QT_TRANSLATE_NOOP("Device", "This computer is not enrolled with the scheme server."),
                       hint=QT_TRANSLATE_NOOP("Device", "Ask the scheme office for a device file (icvapp sync "
                                                        "enrol)."))
    t = require_trust(db)
    return Device(pki.load_private(bytes.fromhex(state["key"])), pki.load_cert(state["certificate"]),
                  state["role"], state["server_url"], state["server_certificate"], t.scheme_uid)


def is_enrolled(db: Database) -> bool:
    state = _read_state(db)
    return bool(state and state.get("certificate"))


# --------------------------------------------------------------------------- the office's side


def _register(db: Database, cert: x509.Certificate, subject: str, volunteer_id: int | None, action: str) -> None:
    with db.session() as s:
        s.add(IssuedCertificate(serial=serial_hex(cert), volunteer_id=volunteer_id, subject=subject[:200],
                                certificate=pki.pem(cert), issued_at=utcnow(),
                                not_after=cert.not_valid_after_utc.replace(tzinfo=None)))
        audit.append(s, audit.SCHEME, actor=db.actor, detail={"action": action, "serial": serial_hex(cert)})


def certify_server(db: Database, root_pin: str, public_key_pem: bytes, hosts: list[str]) -> str:
    """The server's certificate (TLS and receipts) for the key ``icvapp-server new-key`` made; PEM."""
    try:
        public = serialization.load_pem_public_key(public_key_pem)
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("Device", "This is not the server's public key (a PEM file from "
                                                       "icvapp-server new-key).")) from None
    if not isinstance(public, ec.EllipticCurvePublicKey) or not hosts:
        raise InvalidInput(QT_TRANSLATE_NOOP("Device", "The server needs a P-256 key and at least one host name or "
                                                       "address."))
    authority = unlock_authority(db, root_pin)
    with db.session() as s:
        name = scheme_row(s).name
    cert = issue_server(authority, public, hosts, scheme_name=name)
    _register(db, cert, f"scheme server {hosts[0]}", None, "server certified")
    return pki.pem(cert)


def issue_device_file(db: Database, request: bytes, root_pin: str, *, server_url: str, server_certificate: str
                      ) -> bytes:
    """Answer a device request with the certificate, the scheme file and the server to use, root-signed."""
    try:
        doc = parse_json(request)
        public = serialization.load_pem_public_key(str(doc["public_key"]).encode("ascii"))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise InvalidInput(QT_TRANSLATE_NOOP("Device", "This is not a device request from icvapp.")) from None
    if doc.get("format") != REQUEST_FORMAT or doc.get("role") not in ROLES:
        raise InvalidInput(QT_TRANSLATE_NOOP("Device", "This is not a device request from icvapp."))
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise InvalidInput(QT_TRANSLATE_NOOP("Device", "The device request's key is not one icvapp makes."))
    authority = unlock_authority(db, root_pin)
    with db.session() as s:
        scheme = scheme_row(s)
        if doc.get("scheme_uid") != scheme.uid:
            raise InvalidInput(QT_TRANSLATE_NOOP("Device", "This device request was made for another scheme."))
        volunteer = None
        if doc.get("volunteer_uid"):
            volunteer = s.scalars(select(Volunteer).where(Volunteer.uid == doc["volunteer_uid"])).first()
            if volunteer is None:
                raise InvalidInput(QT_TRANSLATE_NOOP("Device", "The device request names a volunteer this scheme "
                                                               "does not have."))
        names = (scheme.name, volunteer.id if volunteer else None, volunteer.uid if volunteer else None)
    cert = issue_device(authority, public, scheme_name=names[0], device_name=str(doc.get("name", "")),
                        role=doc["role"], volunteer_uid=names[2])
    _register(db, cert, f"device {doc.get('name', '')}", names[1], "device certified")
    server = {"url": server_url, "certificate": server_certificate}
    signature = pki.sign_bytes(authority.key, canonical_json(server))
    reply = {"format": REPLY_FORMAT, "certificate": pki.pem(cert), "scheme": scheme_package(db, authority),
             "server": server, "server_signature": base64.b64encode(signature).decode("ascii")}
    return json.dumps(reply, indent=2, ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class IssuedDevice:
    """A device or server certificate in the office's register, as ``icvapp sync devices`` lists it."""

    serial: str
    subject: str
    role: str  # laptop, office or server
    issued_at: Moment  # the day, written in its reader's language
    revoked: str  # the date and reason (translatable), or "" while it is valid


def issued_devices(db: Database) -> list[IssuedDevice]:
    """Every device and server certificate the scheme root issued (office), oldest first."""
    with db.session() as s:
        rows = s.scalars(select(IssuedCertificate).order_by(IssuedCertificate.issued_at)).all()
        found = []
        for row in rows:
            cert = pki.load_cert(row.certificate)
            role = role_of(cert) if is_device_certificate(cert) else "server" if is_server_certificate(cert) else None
            if role is None:
                continue  # a volunteer's signing certificate
            revoked = ""
            if row.revoked_at and row.revocation_reason:
                revoked = QT_TRANSLATE_NOOP("Device", "revoked {date} {reason}").format(
                    date=Moment(row.revoked_at), reason=row.revocation_reason)
            elif row.revoked_at:
                revoked = QT_TRANSLATE_NOOP("Device", "revoked {date}").format(date=Moment(row.revoked_at))
            found.append(IssuedDevice(row.serial, row.subject, role, Moment(row.issued_at), revoked))
    return found
