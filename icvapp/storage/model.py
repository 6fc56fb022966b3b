"""The scheme's records: suites, volunteers, visits and what a visit finds.

Every table is plain, dialect-neutral SQL so the same models run on the
encrypted SQLite file and, later, on a PostgreSQL scheme server.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DRAFT = "draft"
COMPLETE = "complete"
COMPLETED = "completed"
ABANDONED = "abandoned"
SATISFACTORY = "satisfactory"
UNSATISFACTORY = "unsatisfactory"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_uid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Scheme(Base):
    """The visiting scheme this database belongs to."""

    __tablename__ = "scheme"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), default="custody")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Suite(Base):
    """A custody suite the scheme visits."""

    __tablename__ = "suite"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable across the scheme's databases: a volunteer's laptop and the office
    # refer to the same suite by uid in submission files.
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, index=True, unique=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    cells: Mapped[int] = mapped_column(Integer, default=0)
    weekly_target: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    occasional: Mapped[bool] = mapped_column(Boolean, default=False)

    def __repr__(self) -> str:
        return f"Suite({self.name!r})"


class Volunteer(Base):
    """An independent custody visitor (or the co-ordinator)."""

    __tablename__ = "volunteer"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, index=True, unique=True)
    name: Mapped[str] = mapped_column(String(120))
    active_from: Mapped[dt.date | None] = mapped_column(Date)
    active_to: Mapped[dt.date | None] = mapped_column(Date)
    is_coordinator: Mapped[bool] = mapped_column(Boolean, default=False)

    def __repr__(self) -> str:
        return f"Volunteer({self.name!r})"


class Visit(Base):
    """One unannounced visit by a pair of visitors to a suite.

    A draft may be incomplete or even inconsistent: it is saved exactly as
    typed. The rules in :mod:`icvapp.validation` apply when it is completed.
    """

    __tablename__ = "visit"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'complete')", name="status"),
        # The visit list reads newest first, filtered by suite or status.
        Index("ix_visit_date_id", "visit_date", "id"),
        Index("ix_visit_suite_date", "suite_id", "visit_date"),
        Index("ix_visit_status_date", "status", "visit_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, unique=True)
    status: Mapped[str] = mapped_column(String(12), default=DRAFT)
    suite_id: Mapped[int | None] = mapped_column(ForeignKey("suite.id"))
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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The custody officer's acknowledgement at sign-off; the drawn signature is
    # a list of strokes, each a list of [x, y] points on a 1000 x 400 grid.
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
    # "recorded" on a form, or "history" from a spreadsheet import (counts and tallies only).
    origin: Mapped[str] = mapped_column(String(20), default="recorded", server_default="recorded")
    # When retention removed this visit's conversation-level detail (the counts stay).
    purged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    suite: Mapped[Suite | None] = relationship()
    visitor_a: Mapped[Volunteer | None] = relationship(foreign_keys=[visitor_a_id])
    visitor_b: Mapped[Volunteer | None] = relationship(foreign_keys=[visitor_b_id])
    counts: Mapped[list[DetaineeCount]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="DetaineeCount.id"
    )
    conversations: Mapped[list[Conversation]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="Conversation.position"
    )
    checks: Mapped[list[SuiteCheck]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="SuiteCheck.id"
    )
    requests: Mapped[list[DetaineeRequest]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="DetaineeRequest.id",
        overlaps="requests",
    )
    signatures: Mapped[list[VisitSignature]] = relationship(
        back_populates="visit", order_by="VisitSignature.position"
    )

    @property
    def is_sealed(self) -> bool:
        return self.sealed_at is not None


class DetaineeCount(Base):
    """One stage of the detainee funnel, with its female / male / juvenile split.

    The three groups are disjoint (juveniles are not also counted as female
    or male). A split left empty means "not recorded", not zero.
    """

    __tablename__ = "detainee_count"
    __table_args__ = (UniqueConstraint("visit_id", "stage", name="uq_detainee_count_visit_stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(30))
    total: Mapped[int | None] = mapped_column(Integer)
    female: Mapped[int | None] = mapped_column(Integer)
    male: Mapped[int | None] = mapped_column(Integer)
    juvenile: Mapped[int | None] = mapped_column(Integer)

    visit: Mapped[Visit] = relationship(back_populates="counts")


class Conversation(Base):
    """One detainee the pair spoke to or tried to: custody number only, never a name."""

    __tablename__ = "conversation"
    # Covers the "reasons not seen" figure without reading whole conversation rows.
    __table_args__ = (Index("ix_conversation_visit_reason", "visit_id", "reason_not_seen"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    custody_number: Mapped[str] = mapped_column(String(40), default="")
    cell: Mapped[str] = mapped_column(String(20), default="")
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
    requests: Mapped[list[DetaineeRequest]] = relationship(
        back_populates="conversation", cascade="all, delete-orphan", order_by="DetaineeRequest.id"
    )


class DetaineeRequest(Base):
    """A request a detainee made, by category.

    Requests belong to the visit so that tallies without conversation detail
    (history imports, retention purges) still count; ``conversation_id`` ties
    a request to the detainee who made it when that is known.
    """

    __tablename__ = "detainee_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int] = mapped_column(Integer, default=1)

    visit: Mapped[Visit] = relationship(back_populates="requests")
    conversation: Mapped[Conversation | None] = relationship(back_populates="requests")


class SuiteCheck(Base):
    """One inspected area of the suite: fine, an issue, or not checked."""

    __tablename__ = "suite_check"
    __table_args__ = (UniqueConstraint("visit_id", "area", name="uq_suite_check_visit_area"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    area: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="not_checked")
    category: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")

    visit: Mapped[Visit] = relationship(back_populates="checks")


class AppState(Base):
    """Small bits of state that must stay encrypted, such as the draft being edited."""

    __tablename__ = "app_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


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


class SchemeAuthority(Base):
    """The scheme's trust: root certificate, inbox certificate and revocations.

    Every profile holds the certificates. Only the co-ordinator's profile holds
    the private keys: the root key encrypted under the co-ordinator's PIN, the
    inbox key (which opens submission files) under the database key.
    """

    __tablename__ = "scheme_authority"

    id: Mapped[int] = mapped_column(primary_key=True)
    root_certificate: Mapped[str] = mapped_column(Text)
    inbox_certificate: Mapped[str] = mapped_column(Text)
    root_key: Mapped[bytes | None] = mapped_column(LargeBinary)  # sealed box, see icvapp.pki
    inbox_key: Mapped[bytes | None] = mapped_column(LargeBinary)  # PKCS#8 DER
    crl: Mapped[str | None] = mapped_column(Text)  # PEM, signed by the root
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SigningKey(Base):
    """A volunteer's own signing key on this computer, under their PIN."""

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteer.id"), index=True)
    sealed_key: Mapped[bytes] = mapped_column(LargeBinary)  # sealed box, see icvapp.pki
    public_key: Mapped[str] = mapped_column(Text)  # PEM
    request: Mapped[str] = mapped_column(Text)  # PEM certificate signing request
    certificate: Mapped[str | None] = mapped_column(Text)  # PEM, once the scheme has issued it
    # The same key sealed under the profile's recovery key, for a forgotten PIN.
    recovery_box: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class IssuedCertificate(Base):
    """The co-ordinator's register of certificates the scheme root has issued."""

    __tablename__ = "issued_certificate"

    serial: Mapped[str] = mapped_column(String(40), primary_key=True)  # hex
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"), index=True)
    subject: Mapped[str] = mapped_column(String(200))
    certificate: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    not_after: Mapped[dt.datetime] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revocation_reason: Mapped[str] = mapped_column(String(60), default="", server_default="")


class AuditEvent(Base):
    """One entry of the append-only, hash-chained audit log.

    ``hash`` covers this entry's fields and the previous entry's hash, so a
    changed, removed or inserted entry breaks the chain where it happened.
    The database refuses UPDATE and DELETE on this table.
    """

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    event: Mapped[str] = mapped_column(String(30))
    visit_uid: Mapped[str | None] = mapped_column(String(36), index=True)
    actor: Mapped[str] = mapped_column(String(120))
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON; never conversation content
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SuiteClosure(Base):
    """A period when a suite is closed (refurbishment, or an occasional suite's quiet weeks).

    ``end`` is inclusive; None means closed until further notice.
    """

    __tablename__ = "suite_closure"

    id: Mapped[int] = mapped_column(primary_key=True)
    suite_id: Mapped[int] = mapped_column(ForeignKey("suite.id"), index=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class RotaAssignment(Base):
    """A pair assigned to a suite for a week (Monday to Sunday). Never a day or a time."""

    __tablename__ = "rota_assignment"
    __table_args__ = (UniqueConstraint("suite_id", "week_start", name="uq_rota_assignment_suite_week"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    suite_id: Mapped[int] = mapped_column(ForeignKey("suite.id"), index=True)
    week_start: Mapped[dt.date] = mapped_column(Date)
    visitor_a_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"))
    visitor_b_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"))


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
    suite_id: Mapped[int | None] = mapped_column(ForeignKey("suite.id"), index=True)
    raised_on: Mapped[dt.date] = mapped_column(Date)
    resolved_during_visit: Mapped[bool] = mapped_column(Boolean, default=False)
    escalation: Mapped[str] = mapped_column(String(20), default="on_the_spot")
    police_response: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | closed
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
