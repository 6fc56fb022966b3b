"""The append-only audit log, and the small encrypted state kept beside it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from icvapp.storage.model.base import Base


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


class AppState(Base):
    """Small bits of state that must stay encrypted, such as the draft being edited."""

    __tablename__ = "app_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class LaptopLog(Base):
    """A point an audit log had reached when a laptop sent a submission, as the office saw it.

    ``signer`` is the SHA-256 fingerprint of a certificate that signed on that laptop (it names the
    laptop: a signing key never leaves it); ``last_id`` and ``hash`` are the log's newest entry then. A later submission from the same log must still hold that entry with that hash:
    if it ends earlier the log was cut short, if the hash differs it was rewritten.
    """

    __tablename__ = "laptop_log"
    __table_args__ = (UniqueConstraint("signer", "last_id", name="uq_laptop_log_signer_last_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    signer: Mapped[str] = mapped_column(String(64), index=True)
    last_id: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    visit_uid: Mapped[str] = mapped_column(String(36))
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime)
