"""A seal: what both visitors signed, what their record signatures cover, and storing it in one place.

Sign-off (:mod:`icvapp.sealing.signoff`) and the office's import of a
submission file (:mod:`icvapp.sealing.submission`) both end here, so a sealed
visit holds the same rows and the same audit trail however it arrived.

What a record signature covers has two formats. Seals made before reports were
bound to their records (format 1) cover the canonical record alone. Since then
(format 2, :data:`SEAL_FORMAT`) they cover a short statement naming the
record's SHA-256 and the *prepared* report's (rendered, signature fields and
binding added, before any signature: exactly the prefix every PAdES signature
covers), while the report's binding names the record in return. The two
formats never verify in each other's place: a format-2 signature does not
cover the record's bytes, and a statement is not a visit record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from icvapp.errors import QT_TRANSLATE_NOOP
from icvapp.scheme.config import SchemeConfig
from icvapp.storage import audit
from icvapp.storage.encoding import canonical_json
from icvapp.storage.model import AuditEvent, SignedDocument, Visit, VisitSignature
from icvapp.trust import pki
from icvapp.trust.verdict import Verdict
from icvapp.visits.issues import sync_issues

SEAL_FORMAT = "icvapp-seal/2"


def digest(record: bytes) -> str:
    """The SHA-256 of a canonical record, kept beside it (and after retention, instead of it)."""
    return hashlib.sha256(record).hexdigest()


def statement(record_digest: str, report_digest: str) -> bytes:
    """What a format-2 record signature covers: the record's and the prepared report's digests."""
    return canonical_json({"format": SEAL_FORMAT, "record": record_digest, "report": report_digest})


def signed_bytes(record: bytes, report_digest: str | None) -> bytes:
    """The bytes each visitor's record signature covers: the statement, or for a format-1 seal
    (no report digest) the record itself."""
    return record if report_digest is None else statement(digest(record), report_digest)


def report_problem(verdict: Verdict, record: bytes, visitor_uids: list[str], *, bound: bool) -> str | None:
    """Why a report that verified is not the signed report of this record and its visitors, or None.

    Its signers must be the visitors, field by field, matched by the volunteer uid in their
    certificates; a bound report (format 2) must also name this record and these visitors. (An unbound seal
    with a report that names a record never arrives here: a submission's format is checked against its
    report first, and the stored check counts any report that names a record as bound.)
    """
    if bound:
        named = verdict.binding
        if named is None:
            return QT_TRANSLATE_NOOP("SignedReport", "the signed report does not name its visit record")
        if named.record_digest != digest(record):
            return QT_TRANSLATE_NOOP("SignedReport", "the signed report is the report of another visit record")
        if list(named.visitor_uids) != visitor_uids:
            return QT_TRANSLATE_NOOP("SignedReport", "the signed report names other visitors than the visit record")
    signers = [(s.signer, pki.user_id(s.cert) if s.cert else None) for s in verdict.signatures]
    if [uid for _name, uid in signers] != visitor_uids:
        strangers = [name for name, uid in signers if uid not in visitor_uids] or [name for name, _ in signers]
        return QT_TRANSLATE_NOOP("SignedReport", "the signed report is signed by {names}, not by the visitors the "
                                                 "record names").format(names=", ".join(strangers))
    return None


def sealed_report_digest(s: Session, v: Visit) -> str | None:
    """The prepared report's digest that the visit's record signatures name, as noted in the audit
    log when it was sealed or imported; None for a format-1 seal."""
    rows = s.scalars(select(AuditEvent.detail).where(AuditEvent.visit_uid == v.uid,
                                                     AuditEvent.event.in_((audit.SEALED, audit.IMPORTED))))
    for text in rows:
        try:
            detail = json.loads(text)
        except ValueError:
            continue
        if isinstance(detail, dict) and detail.get("digest") == v.record_digest and detail.get("seal") == SEAL_FORMAT:
            report = detail.get("report")
            return report if isinstance(report, str) else None
    return None


@dataclass(frozen=True)
class SealSignature:
    """One visitor's signature over the canonical record, as stored."""

    volunteer_id: int | None
    signer_name: str
    certificate: str  # PEM
    signature: str  # base64 ECDSA over the record
    signed_at: dt.datetime


@dataclass(frozen=True)
class Seal:
    """Everything a sealed visit holds beyond its rows."""

    record: bytes  # the canonical bytes both visitors signed
    signatures: list[SealSignature]  # in the visit's visitor order
    pdf: bytes | None  # the PAdES-signed report, when there is one
    sealed_at: dt.datetime
    #: SHA-256 of the prepared report, which the record signatures name (format 2); None for format 1.
    report_digest: str | None = None


def store_seal(s: Session, v: Visit, seal: Seal, *, actor: str, imported: bool = False,
               config: SchemeConfig | None = None) -> None:
    """Write ``seal`` onto ``v`` and track its issues, in the caller's transaction.

    Signed here, each signature is noted in the audit log under its signer's
    name, then the seal; imported from a submission file, the import is noted.
    """
    for position, sig in enumerate(seal.signatures, start=1):
        s.add(VisitSignature(visit_id=v.id, position=position, volunteer_id=sig.volunteer_id,
                             signer_name=sig.signer_name, certificate=sig.certificate, signature=sig.signature,
                             signed_at=sig.signed_at))
        if not imported:
            audit.append(s, audit.SIGNED, actor=sig.signer_name, visit_uid=v.uid,
                         detail={"position": position, "version": v.version})
    if seal.pdf is not None:
        s.add(SignedDocument(visit_id=v.id, pdf=seal.pdf, created_at=seal.sealed_at))
    s.flush()  # children first: once sealed_at is set the database refuses them
    v.sealed_record, v.record_digest, v.sealed_at = seal.record.decode("utf-8"), digest(seal.record), seal.sealed_at
    # The report's digest is kept in the audit log too: after retention removes the record and the
    # report, it is what lets the kept record digest still be checked against the signatures.
    detail = {"digest": v.record_digest, "version": v.version}
    if seal.report_digest is not None:
        detail |= {"seal": SEAL_FORMAT, "report": seal.report_digest}
    audit.append(s, audit.IMPORTED if imported else audit.SEALED, actor=actor, visit_uid=v.uid, detail=detail)
    sync_issues(s, v, actor=actor, config=config)
