"""The files that enrol a volunteer without any network.

1. The co-ordinator sets up the scheme root
   (:func:`icvapp.trust.enrolment.set_up_scheme_root`) and gives each laptop a
   *scheme file* (:func:`export_scheme_file`): the root and inbox
   certificates, the places visited and the volunteers, signed by the root.
2. On a laptop, a volunteer picks their name and a PIN; the app writes a
   *request file* (:func:`create_signing_key`).
3. The co-ordinator's app turns it into a *certificate file*
   (:func:`issue_certificate`), which also carries a fresh scheme file.
4. The volunteer's app imports it (:func:`import_certificate`).
"""

from __future__ import annotations

import base64
import datetime as dt
import json

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from icvapp.i18n.languages import language_code
from icvapp.profile.profiles import DEFAULT_KIND
from icvapp.scheme.config import load_config
from icvapp.scheme.kinds import scheme_kinds
from icvapp.storage import audit, released
from icvapp.storage.database import Database
from icvapp.storage.encoding import canonical_json
from icvapp.storage.files import parse_json
from icvapp.storage.model import (
    IssuedCertificate,
    Place,
    Scheme,
    SchemeAuthority,
    SigningKey,
    Visit,
    Volunteer,
    utcnow,
)
from icvapp.trust import pki
from icvapp.trust.enrolment import authority_row, latest_key, require_trust, scheme_row, unlock_authority
from icvapp.trust.signing_keys import seal_signing_key

# The most a scheme, request or certificate file may hold (a scheme file with hundreds of volunteers
# and a long revocation list is well under 100 KB); larger ones are refused before they are read.
MAX_EXCHANGE_FILE = 2 * 2**20

REQUEST_FORMAT = "icvapp-certificate-request/1"
REPLY_FORMAT = "icvapp-certificate/1"
SCHEME_FORMAT = "icvapp-scheme/1"


# --------------------------------------------------------------------------- request files


def create_signing_key(db: Database, volunteer_id: int, pin: str, *, kdf: tuple[int, int, int] | None = None) -> bytes:
    """A new key for the volunteer on this computer, sealed under their PIN (``kdf``: see pki.seal_box);
    returns the request file."""
    pki.check_new_pin(pin)
    with db.session() as s:
        v = s.get(Volunteer, volunteer_id)
        if v is None:
            raise NotFound(QT_TRANSLATE_NOOP("EnrolmentFiles", "There is no volunteer number {volunteer_id}.")
                           .format(volunteer_id=volunteer_id))
        scheme = scheme_row(s)
        key, csr = pki.new_signing_request(v.name, v.uid, scheme.name)

        s.add(SigningKey(volunteer_id=v.id, sealed_key=pki.seal_box(pki.private_der(key), pin, kdf),
                         recovery_box=seal_signing_key(db, pki.private_der(key)),
                         public_key=key.public_key().public_bytes(
                             serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
                         ).decode("ascii"),
                         request=pki.pem(csr)))
        audit.append(s, audit.SCHEME, actor=db.actor, detail={"action": "signing key created", "volunteer": v.uid})
        return _request_file(scheme, v, pki.pem(csr))


def _request_file(scheme: Scheme, v: Volunteer, csr_pem: str) -> bytes:
    return json.dumps({"format": REQUEST_FORMAT, "scheme_uid": scheme.uid, "volunteer_uid": v.uid,
                       "name": v.name, "request": csr_pem}, indent=2, ensure_ascii=False).encode("utf-8")


def request_file(db: Database, volunteer_id: int) -> bytes:
    with db.session() as s:
        k = latest_key(s, volunteer_id)
        if k is None:
            raise NotFound(QT_TRANSLATE_NOOP("EnrolmentFiles", "This volunteer has not set up signing on this "
                                                               "computer."))
        return _request_file(scheme_row(s), s.get(Volunteer, volunteer_id), k.request)


# --------------------------------------------------------------------------- certificate files


def _load_json(data: bytes, fmt: str, what: str) -> dict:
    try:
        doc = parse_json(data)
    except ValueError:  # not UTF-8, not JSON, or nested absurdly deep
        raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "This is not {what}: it is not readable text.")
                           .format(what=what)) from None
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "This is not {what}.").format(what=what))
    return doc


def issue_certificate(db: Database, request: bytes, root_pin: str, *, days: int = pki.VOLUNTEER_DAYS,
                      start: dt.datetime | None = None) -> tuple[bytes, str]:
    """Answer a request file with a certificate file; returns it and the volunteer's name."""
    doc = _load_json(request, REQUEST_FORMAT, QT_TRANSLATE_NOOP("EnrolmentFiles", "a certificate request from icvapp"))
    try:
        csr = x509.load_pem_x509_csr(str(doc.get("request", "")).encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "The certificate request inside the file is "
                                                               "damaged.")) from None
    if not csr.is_signature_valid:
        raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "The certificate request has been altered: its own "
                                                               "signature does not match."))
    authority = unlock_authority(db, root_pin)
    with db.session() as s:
        scheme = scheme_row(s)
        if doc.get("scheme_uid") != scheme.uid:
            raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "This request was made for another scheme."))
        uid = pki.user_id(csr)
        v = s.scalars(select(Volunteer).where(Volunteer.uid == uid)).first() if uid else None
        if v is None or uid != doc.get("volunteer_uid"):
            raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "The request names a volunteer this scheme does "
                                                                   "not have."),
                               hint=QT_TRANSLATE_NOOP("EnrolmentFiles", "Add the volunteer first, then send them a "
                                                                        "fresh scheme file."))
        cert = authority.issue_signing(csr, days=days, start=start)
        s.add(IssuedCertificate(serial=format(cert.serial_number, "x"), volunteer_id=v.id, subject=v.name,
                                certificate=pki.pem(cert), issued_at=utcnow(),
                                not_after=cert.not_valid_after_utc.replace(tzinfo=None)))
        audit.append(s, audit.SCHEME, actor=db.actor,
                     detail={"action": "certificate issued", "volunteer": v.uid,
                             "serial": format(cert.serial_number, "x")})
        name = v.name
    reply = {"format": REPLY_FORMAT, "certificate": pki.pem(cert), "scheme": scheme_package(db, authority)}
    return json.dumps(reply, indent=2, ensure_ascii=False).encode("utf-8"), name


# --------------------------------------------------------------------------- scheme files


def scheme_package(db: Database, authority: pki.Authority | None = None) -> dict:
    """The scheme as a laptop needs it, signed by the root (needs the unlocked root)."""
    if authority is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "Unlock the scheme root to write a scheme file."))
    with db.session() as s:
        a, scheme = authority_row(s), scheme_row(s)
        payload = {
            "scheme": {"uid": scheme.uid, "name": scheme.name, "kind": scheme.kind},
            "root": a.root_certificate, "inbox": a.inbox_certificate, "crl": a.crl,
            released.PLACES: [{"uid": x.uid, "name": x.name, released.LOCATIONS: x.locations, "weekly_target": x.weekly_target,
                        "active": x.active, "occasional": x.occasional}
                       for x in s.scalars(select(Place).order_by(Place.id))],
            "volunteers": [{"uid": x.uid, "name": x.name, "is_coordinator": x.is_coordinator,
                            "active_from": x.active_from.isoformat() if x.active_from else None,
                            "active_to": x.active_to.isoformat() if x.active_to else None}
                           for x in s.scalars(select(Volunteer).order_by(Volunteer.id))],
            "issued_at": utcnow().isoformat(),
        }
    signature = pki.sign_bytes(authority.key, canonical_json(payload))
    return {"format": SCHEME_FORMAT, "payload": payload, "signature": base64.b64encode(signature).decode("ascii")}


def export_scheme_file(db: Database, root_pin: str) -> bytes:
    package = scheme_package(db, unlock_authority(db, root_pin))
    return json.dumps(package, indent=2, ensure_ascii=False).encode("utf-8")


def read_scheme_package(doc) -> tuple[dict, x509.Certificate]:
    """Check a scheme package is whole and signed by the root it carries."""
    if not isinstance(doc, dict) or doc.get("format") != SCHEME_FORMAT or not isinstance(doc.get("payload"), dict):
        raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "This is not a scheme file from icvapp."))
    payload = doc["payload"]
    try:
        root = pki.load_cert(payload["root"])
        signature = base64.b64decode(doc["signature"], validate=True)
    except (KeyError, TypeError, ValueError):
        raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "The scheme file is damaged.")) from None
    if not pki.signature_valid(root, signature, canonical_json(payload)):
        raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "The scheme file has been altered since the scheme "
                                                               "office signed it."))
    return payload, root


def import_scheme_file(db: Database, data: bytes) -> str:
    """Adopt (first time) or refresh the scheme from a scheme file; returns its fingerprint."""
    return apply_scheme_package(db, _load_json(data, SCHEME_FORMAT,
                                               QT_TRANSLATE_NOOP("EnrolmentFiles", "a scheme file from icvapp")))


def apply_scheme_package(db: Database, doc) -> str:
    payload, root = read_scheme_package(doc)
    try:
        inbox = pki.load_cert(payload["inbox"])
        if not pki.issued_by(inbox, root):
            raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "The scheme file's inbox certificate was not "
                                                                   "issued by its root."))
        pki.revoked_serials(payload.get("crl"), root)
        scheme_info, places, volunteers = payload["scheme"], payload[released.PLACES], payload["volunteers"]
        kind = package_kind(scheme_info)
        with db.session() as s:
            a, scheme = authority_row(s), scheme_row(s)
            if a is not None and pki.load_cert(a.root_certificate) != root:
                raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "This file belongs to another scheme: its "
                                                                       "root certificate is not this scheme's."))
            held = scheme.kind or DEFAULT_KIND
            if a is not None and kind != held:
                # The same root never changes its scheme's kind: a forged or mixed-up file.
                raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "This scheme file gives the scheme another "
                                                                       "kind ({kind}) than the one this profile "
                                                                       "joined ({held}). Nothing was changed.")
                                   .format(kind=KindTitle(kind), held=KindTitle(held)),
                                   hint=QT_TRANSLATE_NOOP("EnrolmentFiles", "Ask the scheme office for its latest "
                                                                            "scheme file."))
            if a is None:
                if s.scalar(select(Visit.id).where(Visit.sealed_at.is_not(None)).limit(1)) is not None:
                    raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "This profile already holds signed "
                                                                           "visits of another scheme."))
                if kind != held and s.scalar(select(Visit.id).limit(1)) is not None:
                    raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "This profile already holds visits of "
                                                                           "{held}, so it cannot join {scheme} "
                                                                           "({kind}). Nothing was changed.")
                                       .format(scheme=str(scheme_info["name"])[:200], kind=KindTitle(kind),
                                               held=KindTitle(held)),
                                       hint=QT_TRANSLATE_NOOP("EnrolmentFiles", "Join it from a new profile (File ▸ "
                                                                                "New scheme…), so nothing typed here "
                                                                                "is lost."))
                s.add(SchemeAuthority(root_certificate=payload["root"], inbox_certificate=payload["inbox"],
                                      crl=payload.get("crl")))
                scheme.uid, scheme.name, scheme.kind = scheme_info["uid"], scheme_info["name"], kind
                audit.append(s, audit.SCHEME, actor=db.actor,
                             detail={"action": "scheme joined", "fingerprint": pki.fingerprint(root), "kind": kind})
            elif a.root_key is None:
                rollback = pki.crl_rollback(a.crl, payload.get("crl"), root)
                if rollback:
                    raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "This scheme file is older than the one "
                                                                           "already applied: {rollback}. Nothing "
                                                                           "was changed.").format(rollback=rollback),
                                       hint=QT_TRANSLATE_NOOP("EnrolmentFiles", "Ask the scheme office for its "
                                                                                "latest scheme file."))
                a.crl, a.inbox_certificate = payload.get("crl"), payload["inbox"]
            for item in places:
                item = {**item, "locations": item[released.LOCATIONS]}
                _upsert(s, Place, item, ("name", "locations", "weekly_target", "active", "occasional"))
            for item in volunteers:
                item = dict(item)
                for k in ("active_from", "active_to"):
                    item[k] = dt.date.fromisoformat(item[k]) if item.get(k) else None
                _upsert(s, Volunteer, item, ("name", "is_coordinator", "active_from", "active_to"))
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "The scheme file is incomplete ({error}).")
                           .format(error=exc.__class__.__name__)) from None
    return pki.fingerprint(root)


def package_kind(scheme_info: dict) -> str:
    """The kind of scheme a scheme package is for (the first kind when it has none: written before kinds existed);
    refused when it is not a kind this icvapp knows."""
    if not isinstance(scheme_info, dict):
        raise TypeError("scheme")  # said as an incomplete scheme file
    kind = scheme_info.get("kind", DEFAULT_KIND)
    if not isinstance(kind, str):
        raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "The scheme file is damaged: its kind of scheme is "
                                                               "not a name."))
    if kind not in scheme_kinds():
        raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "{scheme} is a kind of scheme this version of icvapp "
                                                               "does not know ({kind}); update icvapp.")
                           .format(scheme=str(scheme_info.get("name", ""))[:200], kind=repr(kind[:40])),
                           hint=QT_TRANSLATE_NOOP("EnrolmentFiles", "Install the icvapp your scheme office uses, "
                                                                    "then join again. Nothing was changed."))
    return kind


class KindTitle:
    """A kind of scheme inside a message: its title, in the reader's language when the definition has it."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __str__(self) -> str:
        return self.in_language(None)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def in_language(self, tr) -> str:
        return load_config(self.kind).title_in(language_code(getattr(tr, "language", None)))


def _upsert(s: Session, model, item: dict, fields: tuple[str, ...]) -> None:
    row = s.scalars(select(model).where(model.uid == item["uid"])).first()
    if row is None:
        # A place or volunteer typed in locally before joining: same name, adopt the scheme's uid.
        same = s.scalars(select(model).where(model.name == item["name"])).all()
        row = same[0] if len(same) == 1 else None
        if row is None:
            row = model()
            s.add(row)
        row.uid = item["uid"]
    for f in fields:
        setattr(row, f, item[f])
    try:
        s.flush()
    except IntegrityError:
        # The database's identity guard: someone who has signed here keeps the identity they signed with.
        raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "The scheme file gives {name} a different identity "
                                                               "from the {name} who has already signed on this "
                                                               "computer. Nothing was changed.")
                           .format(name=item["name"]),
                           hint=QT_TRANSLATE_NOOP("EnrolmentFiles", "Ask the scheme office to check this "
                                                                    "volunteer's entry before sending the file "
                                                                    "again.")) from None


def import_certificate(db: Database, data: bytes) -> str:
    """Store the certificate the scheme office issued; returns the volunteer's name."""
    doc = _load_json(data, REPLY_FORMAT, QT_TRANSLATE_NOOP("EnrolmentFiles", "a certificate file from icvapp"))
    apply_scheme_package(db, doc.get("scheme"))
    try:
        cert = pki.load_cert(str(doc.get("certificate", "")))
    except InvalidInput:
        raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "The certificate inside the file is damaged.")) from None
    t = require_trust(db)
    problem = t.problem(cert)
    if problem:
        raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "This certificate cannot be used: {problem}.")
                           .format(problem=problem))
    spki = cert.public_key().public_bytes(serialization.Encoding.PEM,
                                          serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")
    with db.session() as s:
        k = s.scalars(select(SigningKey).where(SigningKey.public_key == spki)).first()
        if k is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("EnrolmentFiles", "This certificate is for a signing key made on "
                                                                   "another computer."),
                               hint=QT_TRANSLATE_NOOP("EnrolmentFiles", "Import it on the computer that wrote the "
                                                                        "request."))
        k.certificate = pki.pem(cert)
        v = s.get(Volunteer, k.volunteer_id)
        audit.append(s, audit.SCHEME, actor=db.actor, detail={"action": "certificate imported", "volunteer": v.uid})
        return v.name


def enrol_here(db: Database, volunteer_id: int, pin: str, root_pin: str, *,
               kdf: tuple[int, int, int] | None = None) -> None:
    """On the co-ordinator's own computer: key, request, certificate in one step (``kdf``: see pki.seal_box)."""
    request = create_signing_key(db, volunteer_id, pin, kdf=kdf)
    reply, _ = issue_certificate(db, request, root_pin)
    import_certificate(db, reply)
