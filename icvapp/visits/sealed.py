"""A sealed visit read back: the names it was signed under, its signed PDF, its versions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from icvapp.scheme.config import SchemeConfig
from icvapp.storage.model import Place, Scheme, SignedDocument, Visit, Volunteer
from icvapp.visits.canonical import Amendment, OfficerAck, Party, SealedParts, build_document
from icvapp.visits.store import load_row, to_record


def parts_for(s: Session, v: Visit, officer: OfficerAck | None = None) -> SealedParts:
    scheme = s.scalars(select(Scheme).limit(1)).one()
    place = s.get(Place, v.place_id) if v.place_id else None
    visitors = [s.get(Volunteer, i) for i in (v.visitor_a_id, v.visitor_b_id) if i is not None]
    amendment = None
    if v.supersedes_id is not None:
        original = s.get(Visit, v.supersedes_id)
        amendment = Amendment(original.uid, v.amendment_reason, list(v.amendment_changes or []))
    if officer is None and v.officer_ack_at is not None:
        officer = OfficerAck(v.officer_name, v.officer_rank, v.officer_number, v.officer_ack_at,
                             v.officer_signature)
    return SealedParts(
        scheme=Party(scheme.uid, scheme.name), place=Party(place.uid, place.name) if place else None,
        visitors=[Party(p.uid, p.name) for p in visitors], version=v.version, officer=officer,
        amendment=amendment,
    )


def document_for(s: Session, v: Visit, config: SchemeConfig) -> dict:
    """The document ``v`` would be signed as, by the profile's definition ``config``."""
    return build_document(to_record(v), parts_for(s, v), config)


def superseding(s: Session, visit_id: int) -> Visit | None:
    return s.scalars(select(Visit).where(Visit.supersedes_id == visit_id).order_by(Visit.id.desc())).first()


def signed_pdf(db, visit_id: int) -> bytes | None:
    with db.session() as s:
        doc = s.get(SignedDocument, visit_id)
        return doc.pdf if doc else None


@dataclass(frozen=True)
class SealSummary:
    """What the form's banner says about a visit's versions and signatures."""

    sealed: bool
    signers: list[tuple[str, dt.datetime]]
    version: int
    amendment_reason: str
    superseded_by: tuple[int, int, bool] | None  # (visit id, version, sealed)


def seal_summary(db, visit_id: int) -> SealSummary:
    with db.session() as s:
        v = load_row(s, visit_id)
        newer = superseding(s, v.id)
        return SealSummary(
            sealed=v.is_sealed, signers=[(sig.signer_name, sig.signed_at) for sig in v.signatures],
            version=v.version, amendment_reason=v.amendment_reason,
            superseded_by=(newer.id, newer.version, newer.is_sealed) if newer else None,
        )
