"""The scheme's keys and certificates, as plain cryptography.

The scheme root is an ECDSA P-256 certificate authority; it certifies each
volunteer's P-256 signing key and an RSA "inbox" key that submission files
are encrypted to (CMS key transport needs RSA in the libraries we use).
Private keys at rest are *sealed boxes*: AES-256-GCM under a key derived
from the owner's PIN with Argon2id. This module touches no database.
"""

from __future__ import annotations

import datetime as dt
import secrets
import struct
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.x509.oid import NameOID

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, WrongPassphrase
from icvapp.i18n.formats import Moment

MIN_PIN = 6
ROOT_YEARS = 10
VOLUNTEER_DAYS = 3 * 365
BOX_MAGIC = b"ICVBOX1"
# Argon2id as for the database passphrase: ~100 ms here, 64 MiB.
BOX_KDF = (3, 4, 64 * 1024)  # iterations, lanes, memory (KiB)
#: The demo's published PINs (the README prints them): anyone may know them, so a key sealed under one gains
#: nothing from a costly derivation. Only these may be sealed at DEMO_KDF; every other PIN gets BOX_KDF. The
#: cost travels inside each box, so opening one always reads the cost it was sealed with.
PUBLISHED_DEMO_PINS = frozenset({"demo-pin", "demo-root"})
DEMO_KDF = (1, 1, 2 * 1024)  # a few ms: the PIN it guards is public


class WrongPin(WrongPassphrase):
    title = QT_TRANSLATE_NOOP("Certificates", "Wrong PIN")


def fit_name(text: str, limit: int = 64) -> str:
    """``text`` cut to fit a certificate name (at most ``limit`` bytes of UTF-8), never mid-character.

    A Welsh scheme's name (ŵ, ŷ, â are two bytes each) can pass the limit in bytes long before it
    does in characters.
    """
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --------------------------------------------------------------------------- sealed boxes


def check_new_pin(pin: str) -> None:
    if len(pin) < MIN_PIN:
        raise InvalidInput(QT_TRANSLATE_NOOP("Certificates", "A signing PIN needs at least {min_pin} characters.")
                           .format(min_pin=MIN_PIN),
                           hint=QT_TRANSLATE_NOOP("Certificates", "Letters, digits or a short phrase: anything "
                                                                  "only you know."))


def _box_key(pin: str, salt: bytes, params: tuple[int, int, int]) -> bytes:
    iterations, lanes, memory = params
    return Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes,
                    memory_cost=memory).derive(pin.encode("utf-8"))


def seal_box(secret: bytes, pin: str, params: tuple[int, int, int] | None = None) -> bytes:
    """``secret`` encrypted under ``pin``: magic, KDF parameters, salt, nonce, ciphertext.

    ``params`` is BOX_KDF (the default), or DEMO_KDF for one of the demo's published PINs only.
    """

    if params not in (None, BOX_KDF) and not (params == DEMO_KDF and pin in PUBLISHED_DEMO_PINS):
        raise ValueError("only the demo's published PINs may be sealed at a lower cost than BOX_KDF")
    params = params or BOX_KDF
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = BOX_MAGIC + struct.pack(">III", *params) + salt + nonce
    return header + AESGCM(_box_key(pin, salt, params)).encrypt(nonce, secret, header)


def open_box(box: bytes, pin: str, *, what: str = "this key") -> bytes:
    n = len(BOX_MAGIC)
    if not box.startswith(BOX_MAGIC) or len(box) < n + 12 + 28 + 16:
        raise InvalidInput(QT_TRANSLATE_NOOP("Certificates", "The stored copy of {what} is damaged.")
                           .format(what=what), hint=QT_TRANSLATE_NOOP("Certificates", "Set up signing again."))
    params = struct.unpack(">III", box[n:n + 12])
    salt, nonce = box[n + 12:n + 28], box[n + 28:n + 40]
    try:
        return AESGCM(_box_key(pin, salt, params)).decrypt(nonce, box[n + 40:], box[:n + 40])
    except InvalidTag:
        raise WrongPin(QT_TRANSLATE_NOOP("Certificates", "That PIN does not unlock {what}.").format(what=what),
                       hint=QT_TRANSLATE_NOOP("Certificates", "Check Caps Lock and try again.")) from None


def private_der(key) -> bytes:
    return key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def load_private(der: bytes):
    # Only keys this profile generated and kept (encrypted) are loaded here, so the
    # slow RSA consistency check (~0.2 s for the 3072-bit inbox key) buys nothing.
    return serialization.load_der_private_key(der, password=None, unsafe_skip_rsa_key_validation=True)


# --------------------------------------------------------------------------- certificates


def pem(cert: x509.Certificate | x509.CertificateSigningRequest | x509.CertificateRevocationList) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def load_cert(text: str | bytes) -> x509.Certificate:
    data = text.encode("ascii") if isinstance(text, str) else text
    try:
        return x509.load_pem_x509_certificate(data)
    except ValueError:
        try:
            return x509.load_der_x509_certificate(data)
        except ValueError:
            raise InvalidInput(QT_TRANSLATE_NOOP("Certificates", "This is not a certificate icvapp can "
                                                                 "read.")) from None


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 fingerprint in groups of four, for reading aloud over the phone."""
    h = cert.fingerprint(hashes.SHA256()).hex().upper()
    return " ".join(h[i:i + 4] for i in range(0, 32, 4))


def common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def user_id(cert: x509.Certificate | x509.CertificateSigningRequest) -> str | None:
    names = cert.subject.get_attributes_for_oid(NameOID.USER_ID)
    return str(names[0].value) if names else None


def _usage(*, sign=False, commit=False, encipher=False, ca=False) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=sign, content_commitment=commit, key_encipherment=encipher,
                         data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


@dataclass
class Authority:
    """The scheme root with its key unlocked, able to issue and revoke."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    def _builder(self, subject: x509.Name, public_key, *, days: int, start: dt.datetime):
        return (x509.CertificateBuilder().subject_name(subject).issuer_name(self.cert.subject)
                .public_key(public_key).serial_number(x509.random_serial_number())
                .not_valid_before(start - dt.timedelta(minutes=5))
                .not_valid_after(start + dt.timedelta(days=days))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                               critical=False))

    def issue_signing(self, csr: x509.CertificateSigningRequest, *, days: int = VOLUNTEER_DAYS,
                      start: dt.datetime | None = None) -> x509.Certificate:
        builder = self._builder(csr.subject, csr.public_key(), days=days, start=start or now_utc())
        builder = builder.add_extension(_usage(sign=True, commit=True), critical=True)
        return builder.sign(self.key, hashes.SHA256())

    def issue_inbox(self, public_key, scheme_name: str, *, start: dt.datetime | None = None) -> x509.Certificate:
        subject = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, fit_name(scheme_name)),
                             x509.NameAttribute(NameOID.COMMON_NAME, "Scheme office inbox")])
        builder = self._builder(subject, public_key, days=ROOT_YEARS * 365, start=start or now_utc())
        return builder.add_extension(_usage(encipher=True), critical=True).sign(self.key, hashes.SHA256())

    def crl(self, revoked: list[tuple[int, dt.datetime]], *, at: dt.datetime | None = None):
        """A revocation list numbered by when it was made (milliseconds), so a newer list always carries
        a larger number and an old one replayed can be told apart (:func:`crl_order`)."""
        at = at or now_utc()
        builder = (x509.CertificateRevocationListBuilder().issuer_name(self.cert.subject)
                   .last_update(at).next_update(at + dt.timedelta(days=365))
                   .add_extension(x509.CRLNumber(int(at.timestamp() * 1000)), critical=False))
        for serial, when in revoked:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when).build())
        return builder.sign(self.key, hashes.SHA256())


def new_root(scheme_name: str, *, start: dt.datetime | None = None) -> Authority:
    start = start or now_utc()
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, fit_name(scheme_name)),
                         x509.NameAttribute(NameOID.COMMON_NAME, fit_name(f"{fit_name(scheme_name, 52)} scheme root"))])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start - dt.timedelta(minutes=5))
            .not_valid_after(start + dt.timedelta(days=ROOT_YEARS * 365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_usage(ca=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return Authority(key, cert)


def new_inbox_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def new_signing_request(name: str, volunteer_uid: str, scheme_name: str):
    """A fresh P-256 key and the certificate request naming its volunteer."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, fit_name(scheme_name)),
                         x509.NameAttribute(NameOID.COMMON_NAME, fit_name(name)),
                         x509.NameAttribute(NameOID.USER_ID, volunteer_uid)])
    csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())
    return key, csr


def issued_by(cert: x509.Certificate, root: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(root)
        return True
    except (ValueError, TypeError, InvalidSignature):
        return False


def revoked_serials(crl_pem: str | None, root: x509.Certificate) -> dict[int, dt.datetime]:
    """Serial numbers the root has revoked, from a CRL it really signed."""
    if not crl_pem:
        return {}
    crl = x509.load_pem_x509_crl(crl_pem.encode("ascii"))
    if crl.issuer != root.subject or not crl.is_signature_valid(root.public_key()):
        raise InvalidInput(QT_TRANSLATE_NOOP("Certificates", "The scheme's revocation list is not signed by the "
                                                             "scheme root."))
    return {r.serial_number: r.revocation_date_utc for r in crl}


def crl_order(crl_pem: str | None) -> tuple[int, dt.datetime]:
    """How new a revocation list is: its CRL number (0 before lists were numbered), then when it was made."""
    if not crl_pem:
        return (-1, dt.datetime.min.replace(tzinfo=dt.UTC))
    crl = x509.load_pem_x509_crl(crl_pem.encode("ascii"))
    try:
        number = crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number
    except x509.ExtensionNotFound:
        number = 0
    return (number, crl.last_update_utc)


def crl_rollback(held_pem: str | None, offered_pem: str | None, root: x509.Certificate) -> str | None:
    """Why ``offered`` (already checked as signed by ``root``) may not replace the list held; None if it may.

    A scheme file replayed from before a revocation would otherwise un-revoke a certificate."""
    if not held_pem:
        return None
    held = revoked_serials(held_pem, root)
    offered = revoked_serials(offered_pem, root)
    if crl_order(offered_pem) < crl_order(held_pem):
        return "its revocation list is older than the one this computer already holds"
    if not held.keys() <= offered.keys():
        return "its revocation list leaves out certificates the scheme has already revoked"
    return None


def certificate_problem(cert: x509.Certificate, root: x509.Certificate, revoked: dict[int, dt.datetime],
                        *, at: dt.datetime | None = None) -> str | None:
    """Why ``cert`` cannot vouch for a signature now, in plain words; None if it can."""
    at = at or now_utc()
    # Callers sort these by their English words ("revoked", "expired", "not issued"): keep them.
    if not issued_by(cert, root):
        return QT_TRANSLATE_NOOP("Certificates", "its certificate was not issued by this scheme")
    if cert.serial_number in revoked:
        return QT_TRANSLATE_NOOP("Certificates", "its certificate was revoked on {date}").format(
            date=Moment(revoked[cert.serial_number]))
    if at > cert.not_valid_after_utc:
        return QT_TRANSLATE_NOOP("Certificates", "its certificate expired on {date}").format(
            date=Moment(cert.not_valid_after_utc))
    if at < cert.not_valid_before_utc:
        return QT_TRANSLATE_NOOP("Certificates", "its certificate is not valid until {date}").format(
            date=Moment(cert.not_valid_before_utc))
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not (usage.digital_signature and usage.content_commitment):
            return QT_TRANSLATE_NOOP("Certificates", "its certificate is not for signing reports")
    except x509.ExtensionNotFound:
        return QT_TRANSLATE_NOOP("Certificates", "its certificate is not for signing reports")
    return None


# --------------------------------------------------------------------------- signing records


def sign_bytes(key: ec.EllipticCurvePrivateKey, data: bytes) -> bytes:
    return key.sign(data, ec.ECDSA(hashes.SHA256()))


def signature_valid(cert: x509.Certificate, signature: bytes, data: bytes) -> bool:
    try:
        cert.public_key().verify(signature, data, ec.ECDSA(hashes.SHA256()))
        return True
    except (InvalidSignature, TypeError, ValueError):
        return False


def signature_valid_for_digest(cert: x509.Certificate, signature: bytes, digest_hex: str) -> bool:
    """Check a signature against the SHA-256 digest of what was signed (the record itself may be purged)."""

    try:
        cert.public_key().verify(signature, bytes.fromhex(digest_hex), ec.ECDSA(Prehashed(hashes.SHA256())))
        return True
    except (InvalidSignature, TypeError, ValueError):
        return False
