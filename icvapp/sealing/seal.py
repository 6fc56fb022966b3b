"""Storing a seal: what both visitors signed, written onto the visit in one place.

Sign-off (:mod:`icvapp.sealing.signoff`) and the office's import of a
submission file (:mod:`icvapp.sealing.submission`) both end here, so a sealed
visit holds the same rows and the same audit trail however it arrived.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy.orm import Session

from icvapp.storage import audit
from icvapp.storage.model import SignedDocument, Visit, VisitSignature
from icvapp.visits.issues import sync_issues


def digest(record: bytes) -> str:
    """The SHA-256 of a canonical record, kept beside it (and after retention, instead of it)."""
    return hashlib.sha256(record).hexdigest()


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


def store_seal(s: Session, v: Visit, seal: Seal, *, actor: str, imported: bool = False) -> None:
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
    audit.append(s, audit.IMPORTED if imported else audit.SEALED, actor=actor, visit_uid=v.uid,
                 detail={"digest": v.record_digest, "version": v.version})
    sync_issues(s, v, actor=actor)
