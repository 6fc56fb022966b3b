"""Scheme trust on this profile: the root, what it trusts, volunteers' signing keys
and whether each can sign.

The files that enrol a volunteer without any network (scheme file, request
file, certificate file) are in :mod:`icvapp.trust.enrolment_files`.

Several volunteers may enrol on one shared laptop; each key is sealed under
its owner's PIN.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from icvapp.i18n.formats import Moment
from icvapp.storage import audit
from icvapp.storage.database import Database
from icvapp.storage.model import (
    IssuedCertificate,
    Scheme,
    SchemeAuthority,
    SigningKey,
    Volunteer,
    utcnow,
)
from icvapp.trust import pki


@dataclass
class Trust:
    """What a profile trusts: enough to verify, never to sign."""

    root: x509.Certificate
    inbox: x509.Certificate
    revoked: dict[int, dt.datetime]
    scheme_uid: str
    scheme_name: str

    def problem(self, cert: x509.Certificate, at: dt.datetime | None = None) -> str | None:
        return pki.certificate_problem(cert, self.root, self.revoked, at=at)


@dataclass
class Signer:
    """A volunteer whose signing key is unlocked for this sign-off."""

    volunteer_id: int
    uid: str
    name: str
    key: object
    cert: x509.Certificate


# --------------------------------------------------------------------------- the scheme root


def authority_row(s: Session) -> SchemeAuthority | None:
    """The scheme's trust row, or None before the scheme is set up or joined."""
    return s.scalars(select(SchemeAuthority).limit(1)).first()


def scheme_row(s: Session) -> Scheme:
    return s.scalars(select(Scheme).limit(1)).one()


def has_root(db: Database) -> bool:
    with db.session() as s:
        return authority_row(s) is not None


def is_scheme_office(db: Database) -> bool:
    """True on the co-ordinator's profile, which holds the root and inbox keys."""
    with db.session() as s:
        a = authority_row(s)
        return a is not None and a.root_key is not None


def set_up_scheme_root(db: Database, pin: str, *, start: dt.datetime | None = None,
                       kdf: tuple[int, int, int] | None = None) -> x509.Certificate:
    """Create the scheme root and inbox keys; the root key is sealed under ``pin`` (``kdf``: see pki.seal_box)."""
    pki.check_new_pin(pin)
    with db.session() as s:
        if authority_row(s) is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Enrolment", "This scheme already has a root certificate."),
                               hint=QT_TRANSLATE_NOOP("Enrolment", "A scheme keeps one root; replacing it would "
                                                                   "orphan every signature."))
        scheme = scheme_row(s)
        root = pki.new_root(scheme.name, start=start)
        inbox = pki.new_inbox_key()
        s.add(SchemeAuthority(
            root_certificate=pki.pem(root.cert),
            inbox_certificate=pki.pem(root.issue_inbox(inbox.public_key(), scheme.name, start=start)),
            root_key=pki.seal_box(pki.private_der(root.key), pin, kdf), inbox_key=pki.private_der(inbox),
            crl=pki.pem(root.crl([], at=start)),
        ))
        audit.append(s, audit.SCHEME, actor=db.actor,
                     detail={"action": "root created", "fingerprint": pki.fingerprint(root.cert)})
        return root.cert


def unlock_authority(db: Database, pin: str) -> pki.Authority:
    with db.session() as s:
        a = authority_row(s)
        if a is None or a.root_key is None:
            raise NotFound(QT_TRANSLATE_NOOP("Enrolment", "This profile does not hold the scheme root key."),
                           hint=QT_TRANSLATE_NOOP("Enrolment", "Certificates are issued from the co-ordinator's "
                                                               "profile."))
        der = pki.open_box(a.root_key, pin, what=QT_TRANSLATE_NOOP("Enrolment", "the scheme root key"))
        return pki.Authority(pki.load_private(der), pki.load_cert(a.root_certificate))


def trust(db: Database) -> Trust | None:
    with db.session() as s:
        a = authority_row(s)
        if a is None:
            return None
        root = pki.load_cert(a.root_certificate)
        scheme = scheme_row(s)
        return Trust(root, pki.load_cert(a.inbox_certificate), pki.revoked_serials(a.crl, root),
                     scheme.uid, scheme.name)


def require_trust(db: Database) -> Trust:
    t = trust(db)
    if t is None:
        raise NotFound(QT_TRANSLATE_NOOP("Enrolment", "This profile has no scheme root yet, so it cannot check "
                                                      "signatures."),
                       hint=QT_TRANSLATE_NOOP("Enrolment", "Import the scheme file from your scheme office, or set "
                                                           "the scheme up."))
    return t


def root_certificate_pem(db: Database) -> str:
    return pki.pem(require_trust(db).root)


# --------------------------------------------------------------------------- volunteers' keys


def latest_key(s: Session, volunteer_id: int) -> SigningKey | None:
    return s.scalars(select(SigningKey).where(SigningKey.volunteer_id == volunteer_id)
                     .order_by(SigningKey.id.desc()).limit(1)).first()


@dataclass(frozen=True)
class SignerStatus:
    volunteer_id: int
    name: str
    state: str  # "none" | "awaiting certificate" | "ready" | "expired" | "revoked" | "foreign"
    detail: str = ""
    until: dt.datetime | None = None


def signer_status(db: Database, volunteer_id: int, *, at: dt.datetime | None = None) -> SignerStatus:
    t = trust(db)
    with db.session() as s:
        v = s.get(Volunteer, volunteer_id)
        name = v.name if v else "?"
        k = latest_key(s, volunteer_id)
        if k is None:
            return SignerStatus(volunteer_id, name, "none", QT_TRANSLATE_NOOP(
                "Enrolment", "{name} has not set up signing on this computer.").format(name=name))
        if k.certificate is None or t is None:
            return SignerStatus(volunteer_id, name, "awaiting certificate",
                                QT_TRANSLATE_NOOP("Enrolment", "{name}'s certificate request has not been answered "
                                                               "by the scheme office yet.").format(name=name))
        cert = pki.load_cert(k.certificate)
        problem = t.problem(cert, at)
        if problem:
            state = "revoked" if "revoked" in problem else "expired" if "expired" in problem else "foreign"
            return SignerStatus(volunteer_id, name, state, QT_TRANSLATE_NOOP(
                "Enrolment", "{name} cannot sign: {problem}.").format(name=name, problem=problem))
        return SignerStatus(volunteer_id, name, "ready", until=cert.not_valid_after_utc)


def unlock_signer(db: Database, volunteer_id: int, pin: str, *, at: dt.datetime | None = None) -> Signer:
    """The volunteer's key and certificate, if the PIN is right and the certificate is good."""
    status = signer_status(db, volunteer_id, at=at)
    if status.state != "ready":
        raise InvalidInput(status.detail, hint=QT_TRANSLATE_NOOP("Enrolment", "The scheme office can issue a new "
                                                                              "certificate."))
    with db.session() as s:
        v = s.get(Volunteer, volunteer_id)
        k = latest_key(s, volunteer_id)
        der = pki.open_box(k.sealed_key, pin,
                           what=QT_TRANSLATE_NOOP("Enrolment", "{name}'s signing key").format(name=v.name))
        return Signer(v.id, v.uid, v.name, pki.load_private(der), pki.load_cert(k.certificate))


# --------------------------------------------------------------------------- revocation (scheme office)


def revoke_certificates(db: Database, volunteer_id: int, root_pin: str, reason: str = "") -> int:
    """Revoke every certificate issued to the volunteer; the new CRL travels in scheme files."""
    authority = unlock_authority(db, root_pin)
    with db.session() as s:
        now = utcnow()
        rows = s.scalars(select(IssuedCertificate).where(IssuedCertificate.volunteer_id == volunteer_id,
                                                         IssuedCertificate.revoked_at.is_(None))).all()
        for row in rows:
            row.revoked_at, row.revocation_reason = now, reason[:60]
        _renew_crl(s, authority)
        v = s.get(Volunteer, volunteer_id)
        audit.append(s, audit.SCHEME, actor=db.actor,
                     detail={"action": "certificates revoked", "volunteer": v.uid if v else None, "count": len(rows)})
        return len(rows)


def revoke_certificate(db: Database, serial: str, root_pin: str, reason: str = "") -> str:
    """Revoke one certificate the root issued, named by its serial number (hexadecimal, colons allowed).

    For a certificate that belongs to no volunteer, such as the office's own computer's device
    certificate; the new CRL travels in scheme files. Returns the certificate's subject.
    """
    try:
        number = int(serial.strip().lower().removeprefix("0x").replace(":", ""), 16)
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("Enrolment", "{serial} is not a certificate's serial number.")
                           .format(serial=repr(serial)),
                           hint=QT_TRANSLATE_NOOP("Enrolment", "Copy it as `icvapp sync devices` shows it "
                                                               "(hexadecimal).")) from None
    authority = unlock_authority(db, root_pin)
    with db.session() as s:
        row = s.scalars(select(IssuedCertificate).where(IssuedCertificate.serial == format(number, "x"))).first()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Enrolment", "This scheme issued no certificate with serial number "
                                                          "{serial}.").format(serial=serial),
                           hint=QT_TRANSLATE_NOOP("Enrolment", "`icvapp sync devices` lists the device "
                                                               "certificates the scheme issued."))
        if row.revoked_at is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Enrolment", "The certificate {serial} ({subject}) was revoked on "
                                                              "{revoked_at}.")
                               .format(serial=serial, subject=row.subject,
                                       revoked_at=Moment(row.revoked_at)))
        row.revoked_at, row.revocation_reason = utcnow(), reason[:60]
        _renew_crl(s, authority)
        audit.append(s, audit.SCHEME, actor=db.actor,
                     detail={"action": "certificate revoked", "serial": row.serial, "subject": row.subject})
        return row.subject


def _renew_crl(s: Session, authority: pki.Authority) -> None:
    """Sign a new CRL listing every certificate revoked so far."""
    revoked = s.execute(select(IssuedCertificate.serial, IssuedCertificate.revoked_at)
                        .where(IssuedCertificate.revoked_at.is_not(None))).all()
    authority_row(s).crl = pki.pem(authority.crl(
        [(int(serial, 16), when.replace(tzinfo=dt.UTC)) for serial, when in revoked]))


def signers(db: Database, *, at: dt.datetime | None = None) -> list[SignerStatus]:
    """Every volunteer, by name, with whether they can sign on this computer."""
    with db.session() as s:
        ids = s.scalars(select(Volunteer.id).order_by(Volunteer.name)).all()
    return [signer_status(db, vid, at=at) for vid in ids]
