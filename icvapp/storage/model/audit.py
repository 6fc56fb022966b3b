"""The append-only audit log, and the small encrypted state kept beside it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String, Text
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
