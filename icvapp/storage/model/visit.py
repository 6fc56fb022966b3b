"""A visit and what it finds: counts by stage, conversations, requests, inspected
areas, the issues followed up afterwards, and the signatures that seal it."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ColumnElement,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    case,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from icvapp.storage.model.base import Base, new_uid, utcnow
from icvapp.storage.model.scheme import Place, Volunteer


class VisitStatus(StrEnum):
    """Where a visit stands. ``draft`` and ``complete`` are stored in ``visit.status``;
    ``sealed`` is derived from ``sealed_at`` (see :attr:`Visit.effective_status`).

    A ``StrEnum`` so stored values and canonical records stay the plain strings they always were.
    """

    DRAFT = "draft"
    COMPLETE = "complete"
    SEALED = "sealed"


class VisitOrigin(StrEnum):
    """How a visit came to be held: recorded on the form, or imported from a history spreadsheet."""

    RECORDED = "recorded"
    HISTORY = "history"  # counts and tallies only


COMPLETED = "completed"
ABANDONED = "abandoned"
SATISFACTORY = "satisfactory"
UNSATISFACTORY = "unsatisfactory"


class Visit(Base):
    """One unannounced visit by a pair of visitors to a place.

    A draft may be incomplete or even inconsistent: it is saved exactly as
    typed. The rules in :mod:`icvapp.visits.validation` apply when it is completed.
    """

    __tablename__ = "visit"
    __table_args__ = (
        # Only the stored statuses: "sealed" is derived from sealed_at.
        CheckConstraint("status IN ('draft', 'complete')", name="status"),
        # The visit list reads newest first, filtered by place or status.
        Index("ix_visit_date_id", "visit_date", "id"),
        Index("ix_visit_place_date", "place_id", "visit_date"),
        Index("ix_visit_status_date", "status", "visit_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, unique=True)
    status: Mapped[str] = mapped_column(String(12), default=VisitStatus.DRAFT.value)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"))
    visit_date: Mapped[dt.date | None] = mapped_column(Date)
    visitor_a_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"))
    visitor_b_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"))
    lone_visitor_note: Mapped[str] = mapped_column(Text, default="")
    arrived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    admitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    departed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    mode: Mapped[str] = mapped_column(String(20), default="in_person")
    outcome: Mapped[str] = mapped_column(String(20), default=COMPLETED)
    abandon_reason: Mapped[str | None] = mapped_column(String(40))
    rating: Mapped[str | None] = mapped_column(String(20))
    admission_delay_finding: Mapped[bool] = mapped_column(Boolean, default=False)
    officer_name: Mapped[str] = mapped_column(String(120), default="")
    officer_rank: Mapped[str] = mapped_column(String(60), default="")
    officer_number: Mapped[str] = mapped_column(String(40), default="")
    officer_response: Mapped[str] = mapped_column(Text, default="")
    observations: Mapped[str] = mapped_column(Text, default="")
    positive_comments: Mapped[str] = mapped_column(Text, default="")
    # The language the visit was written in and its report is printed in (migration 0006).
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    # The scheme definition's observed activities (the dog unit's training), by key: {"observed": bool | None,
    # "choices": [keys], "note": str}. None for a visit with none, as every visit before migration 0008.
    activities: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The acknowledgement of the staff member at sign-off (the definition's ``staff`` noun); the drawn
    # signature is a list of strokes, each a list of [x, y] points on a 1000 x 400 grid.
    officer_ack_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    officer_signature: Mapped[list | None] = mapped_column(JSON)
    # Versions: an amendment is a new visit row that supersedes a sealed one.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    amendment_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    amendment_changes: Mapped[list | None] = mapped_column(JSON)
    # Sealing: the exact canonical JSON both visitors signed. Once sealed_at is
    # set, the database refuses any change to the visit or its parts.
    sealed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sealed_record: Mapped[str | None] = mapped_column(Text)
    record_digest: Mapped[str | None] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(20), default=VisitOrigin.RECORDED.value,
                                        server_default=VisitOrigin.RECORDED.value)
    # When retention removed this visit's conversation-level detail (the counts stay).
    purged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    place: Mapped[Place | None] = relationship()
    visitor_a: Mapped[Volunteer | None] = relationship(foreign_keys=[visitor_a_id])
    visitor_b: Mapped[Volunteer | None] = relationship(foreign_keys=[visitor_b_id])
    counts: Mapped[list[StageCount]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="StageCount.id"
    )
    conversations: Mapped[list[Conversation]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="Conversation.position"
    )
    checks: Mapped[list[AreaCheck]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="AreaCheck.id"
    )
    requests: Mapped[list[SubjectRequest]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="SubjectRequest.id",
        overlaps="requests",
    )
    signatures: Mapped[list[VisitSignature]] = relationship(
        back_populates="visit", order_by="VisitSignature.position"
    )

    @property
    def is_sealed(self) -> bool:
        return self.sealed_at is not None

    @hybrid_property
    def effective_status(self) -> VisitStatus:
        """Draft, complete, or sealed once both visitors have signed."""
        return VisitStatus.SEALED if self.sealed_at is not None else VisitStatus(self.status)

    @effective_status.inplace.expression
    @classmethod
    def _effective_status_expression(cls) -> ColumnElement[str]:
        return case((cls.sealed_at.is_not(None), VisitStatus.SEALED.value), else_=cls.status)


class StageCount(Base):
    """One stage of the funnel the definition counts, with up to three disjoint groups.

    The group columns hold the definition's groups by position (icvapp.visits.record.group_columns);
    a split left empty means "not recorded", not zero.
    """

    __tablename__ = "stage_count"
    __table_args__ = (UniqueConstraint("visit_id", "stage", name="uq_stage_count_visit_stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(30))
    total: Mapped[int | None] = mapped_column(Integer)
    female: Mapped[int | None] = mapped_column(Integer)
    male: Mapped[int | None] = mapped_column(Integer)
    juvenile: Mapped[int | None] = mapped_column(Integer)

    visit: Mapped[Visit] = relationship(back_populates="counts")


class Conversation(Base):
    """One subject the pair spoke to, saw or tried to: by the definition's identifier only, never a name."""

    __tablename__ = "conversation"
    # Covers the "reasons not seen" figure without reading whole conversation rows.
    __table_args__ = (Index("ix_conversation_visit_reason", "visit_id", "reason_not_seen"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    identifier: Mapped[str] = mapped_column(String(40), default="")
    location: Mapped[str] = mapped_column(String(20), default="")
    consent: Mapped[bool | None] = mapped_column(Boolean)
    reason_not_seen: Mapped[str | None] = mapped_column(String(40))
    # {"rights_told": "yes" | "no" | "n/a", ...}; keys come from the scheme configuration.
    entitlements: Mapped[dict] = mapped_column(JSON, default=dict)
    vulnerabilities: Mapped[list] = mapped_column(JSON, default=list)
    issue_raised: Mapped[str] = mapped_column(Text, default="")
    staff_response: Mapped[str] = mapped_column(Text, default="")
    resolved_during_visit: Mapped[bool | None] = mapped_column(Boolean)
    allegation: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    visit: Mapped[Visit] = relationship(back_populates="conversations")
    requests: Mapped[list[SubjectRequest]] = relationship(
        back_populates="conversation", cascade="all, delete-orphan", order_by="SubjectRequest.id"
    )


class SubjectRequest(Base):
    """A request a subject made, by category.

    Requests belong to the visit so that tallies without conversation detail
    (history imports, retention purges) still count; ``conversation_id`` ties
    a request to the subject who made it when that is known.
    """

    __tablename__ = "subject_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int] = mapped_column(Integer, default=1)

    visit: Mapped[Visit] = relationship(back_populates="requests")
    conversation: Mapped[Conversation | None] = relationship(back_populates="requests")


class AreaCheck(Base):
    """One inspected area of the place: fine, an issue, or not checked."""

    __tablename__ = "area_check"
    __table_args__ = (UniqueConstraint("visit_id", "area", name="uq_area_check_visit_area"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    area: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="not_checked")
    category: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")

    visit: Mapped[Visit] = relationship(back_populates="checks")


class VisitSignature(Base):
    """One visitor's signature over a sealed visit's canonical record."""

    __tablename__ = "visit_signature"
    __table_args__ = (UniqueConstraint("visit_id", "position", name="uq_visit_signature_visit_position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"))
    signer_name: Mapped[str] = mapped_column(String(120))
    certificate: Mapped[str] = mapped_column(Text)  # PEM
    signature: Mapped[str] = mapped_column(Text)  # base64 ECDSA over the sealed record
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)

    visit: Mapped[Visit] = relationship(back_populates="signatures")


class SignedDocument(Base):
    """The visit report PDF as both visitors signed it (PAdES), kept byte for byte."""

    __tablename__ = "signed_document"

    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), primary_key=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class TrackedIssue(Base):
    """An issue raised on a visit, followed until the police respond and the office closes it.

    It points at what raised it (a conversation, an inspected area, an
    admission delay) rather than copying the visitors' words, so the sealed
    report stays the only account and retention purges the words once.
    """

    __tablename__ = "tracked_issue"
    __table_args__ = (
        UniqueConstraint("visit_id", "source", "source_key", name="uq_tracked_issue_visit_source"),
        Index("ix_tracked_issue_status_raised", "status", "raised_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    source: Mapped[str] = mapped_column(String(20))  # conversation | inspection | admission
    source_key: Mapped[str] = mapped_column(String(60))  # conversation position or inspection area
    category: Mapped[str] = mapped_column(String(40))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    raised_on: Mapped[dt.date] = mapped_column(Date)
    resolved_during_visit: Mapped[bool] = mapped_column(Boolean, default=False)
    escalation: Mapped[str] = mapped_column(String(20), default="on_the_spot")
    police_response: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | closed
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
