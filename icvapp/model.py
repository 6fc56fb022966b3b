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
