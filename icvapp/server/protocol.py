"""What a laptop and the scheme server say to each other, and how each side proves it.

Both sides import this module, so the bytes a device signs and the bytes the
server checks are built by one function, and likewise for receipts.

**Signed requests.** Every request carries the device's certificate (issued by
the scheme root), a time, a fresh nonce and an ECDSA signature over the method,
the path, the scheme, the time, the nonce and the SHA-256 of the body
(:func:`request_statement`). The server refuses a request outside the replay
window (:data:`REPLAY_WINDOW`) or whose nonce it has seen.

**Receipts.** For each delivery the server signs a receipt (:func:`receipt_statement`)
with its key, which the scheme root certified; a laptop believes a delivery only
when :func:`receipt_problem` finds nothing wrong with it.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import ExtendedKeyUsageOID

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput
from icvapp.storage.encoding import canonical_json
from icvapp.trust import pki

REQUEST_FORMAT = "icvapp-request/1"
RECEIPT_FORMAT = "icvapp-receipt/1"
#: How far a request's time may be from the server's clock, in seconds, either way.
REPLAY_WINDOW = 300

# Headers (lower case, as ASGI hands them over).
SCHEME = "x-icvapp-scheme"
DEVICE = "x-icvapp-device"
TIME = "x-icvapp-time"
NONCE = "x-icvapp-nonce"
SIGNATURE = "x-icvapp-signature"
VISIT = "x-icvapp-visit"
SERIES = "x-icvapp-series"
VERSION = "x-icvapp-version"

UID_PATTERN = re.compile(r"^[0-9A-Za-z][0-9A-Za-z-]{7,63}$")
NONCE_PATTERN = re.compile(r"^[0-9a-f]{32}$")


class Answer(StrEnum):
    """The server's answer to one delivery."""

    RECEIVED = "received"
    ALREADY_RECEIVED = "already received"
    SUPERSEDED = "superseded"  # stored, but the server already holds a later version of the visit
    REFUSED = "refused"


def body_digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def request_statement(method: str, path: str, scheme_uid: str, at: int, nonce: str, body: bytes = b"", *,
                      digest: str | None = None) -> bytes:
    """The exact bytes a device signs for one request (``digest``: the body's, when the caller has it already)."""
    return "\n".join([REQUEST_FORMAT, method.upper(), path, scheme_uid, str(at), nonce,
                      digest or body_digest(body)]).encode("utf-8")


def signed_headers(key, cert: x509.Certificate, method: str, path: str, scheme_uid: str, body: bytes,
                   *, at: int, nonce: str) -> dict[str, str]:
    """The headers that authenticate one request with a device key."""
    signature = pki.sign_bytes(key, request_statement(method, path, scheme_uid, at, nonce, body))
    return {SCHEME: scheme_uid, DEVICE: base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode("ascii"),
            TIME: str(at), NONCE: nonce, SIGNATURE: base64.b64encode(signature).decode("ascii")}


# --------------------------------------------------------------------------- receipts


@dataclass(frozen=True)
class Receipt:
    """What the server signed about one delivery."""

    scheme_uid: str
    visit_uid: str
    digest: str
    answer: str
    delivery_id: int
    received_at: str  # ISO 8601, UTC

    def as_dict(self) -> dict:
        return {"format": RECEIPT_FORMAT, "scheme": self.scheme_uid, "visit": self.visit_uid,
                "digest": self.digest, "answer": self.answer, "delivery": self.delivery_id,
                "received_at": self.received_at}


def receipt_statement(receipt: Receipt) -> bytes:
    return canonical_json(receipt.as_dict())


def signed_receipt(receipt: Receipt, key, cert_pem: str) -> dict:
    """The receipt as the server sends it: the facts, its signature and its certificate."""
    signature = pki.sign_bytes(key, receipt_statement(receipt))
    return {**receipt.as_dict(), "signature": base64.b64encode(signature).decode("ascii"),
            "certificate": cert_pem}


@functools.lru_cache(maxsize=4096)
def parsed_certificate(text: str) -> x509.Certificate:
    """:func:`pki.load_cert`, remembered: a device sends its certificate, and the server its receipts'
    certificate, with every message. Parsing is a pure function of the text; every check is still made."""
    return pki.load_cert(text)


@functools.lru_cache(maxsize=4096)
def device_certificate(header: str) -> x509.Certificate:
    """The certificate in a request's device header (base64 DER); raises ValueError if it is not one."""
    return x509.load_der_x509_certificate(base64.b64decode(header, validate=True))


@functools.lru_cache(maxsize=4096)
def issued_by_root(cert: x509.Certificate, root: x509.Certificate) -> bool:
    """:func:`pki.issued_by`, remembered: a device presents the same certificate with every request.

    A pure function of two certificates (equal by content), so the memo can never be stale;
    revocation is checked separately, on every request.
    """
    return pki.issued_by(cert, root)


def is_server_certificate(cert: x509.Certificate) -> bool:
    """A certificate the root issued for the scheme server (TLS and receipts), not a device's or a volunteer's."""
    try:
        usages = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return False
    return ExtendedKeyUsageOID.SERVER_AUTH in usages


class ReceiptProblem:
    """Why a receipt is not a true one for a delivery (:func:`receipt_problem`), as the laptop says it after
    "The server's receipt cannot be trusted: "; the English is also how a stored sync status holds it."""

    NO_RECEIPT = QT_TRANSLATE_NOOP("Receipt", "the server's answer carries no receipt")
    DAMAGED = QT_TRANSLATE_NOOP("Receipt", "the receipt is damaged")
    NOT_CERTIFIED = QT_TRANSLATE_NOOP("Receipt", "the receipt is not signed by a server this scheme certified")
    NOT_SERVER = QT_TRANSLATE_NOOP("Receipt", "the receipt is signed by a certificate that is not the scheme server's")
    REVOKED = QT_TRANSLATE_NOOP("Receipt", "the receipt is signed by a server certificate the scheme has revoked")
    BAD_SIGNATURE = QT_TRANSLATE_NOOP("Receipt", "the receipt's signature does not match it")
    OTHER_DELIVERY = QT_TRANSLATE_NOOP("Receipt", "the receipt is for another delivery")
    NOT_STORED = QT_TRANSLATE_NOOP("Receipt", "the receipt does not say the visit was stored")


RECEIPT_PROBLEMS = tuple(v for k, v in vars(ReceiptProblem).items() if not k.startswith("_"))


def receipt_problem(doc, root: x509.Certificate, revoked: dict[int, dt.datetime], *, scheme_uid: str,
                    visit_uid: str, digest: str) -> str | None:
    """Why ``doc`` is not a true receipt for this delivery, in plain words (translatable); None if it is."""
    if not isinstance(doc, dict) or doc.get("format") != RECEIPT_FORMAT:
        return ReceiptProblem.NO_RECEIPT
    try:
        receipt = Receipt(str(doc["scheme"]), str(doc["visit"]), str(doc["digest"]), str(doc["answer"]),
                          int(doc["delivery"]), str(doc["received_at"]))
        cert = parsed_certificate(str(doc["certificate"]))
        signature = base64.b64decode(str(doc["signature"]), validate=True)
    except (KeyError, TypeError, ValueError, InvalidInput):
        return ReceiptProblem.DAMAGED
    if not issued_by_root(cert, root):
        return ReceiptProblem.NOT_CERTIFIED
    if not is_server_certificate(cert):
        return ReceiptProblem.NOT_SERVER
    if cert.serial_number in revoked:
        return ReceiptProblem.REVOKED
    if not pki.signature_valid(cert, signature, receipt_statement(receipt)):
        return ReceiptProblem.BAD_SIGNATURE
    if (receipt.scheme_uid, receipt.visit_uid, receipt.digest) != (scheme_uid, visit_uid, digest):
        return ReceiptProblem.OTHER_DELIVERY
    if receipt.answer not in (Answer.RECEIVED, Answer.ALREADY_RECEIVED, Answer.SUPERSEDED):
        return ReceiptProblem.NOT_STORED
    return None
