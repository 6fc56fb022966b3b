"""Retention: conversation-level detail is kept no longer than the scheme's retention period.

A purge removes, for visits older than the cut-off, everything that identifies
or describes a subject — identifiers, locations, notes, the words of issues
and staff responses, entitlement and vulnerability notes — and the copies of
them inside the sealed record and the signed PDF. It keeps every count the
figures need: the funnel, requests by category, reasons not seen, consent,
issue flags and the tracked issues. Every figure for a purged period is the
same before and after (tested). The digest of what the visitors signed stays,
and their signatures still verify against it.

Sealed visits are guarded by triggers; the purge lifts them and puts them back
inside its own single transaction, so no other change can slip through.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, text, update

from icvapp.profile.settings import retention_months
from icvapp.storage import audit
from icvapp.storage.database import Database
from icvapp.storage.model import Conversation, SignedDocument, Visit, utcnow

GUARDED = ("visit", "conversation", "signed_document")


def cutoff_for(months: int, today: dt.date) -> dt.date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    day = min(today.day, 28)
    return dt.date(year, month + 1, day)


def due(db: Database, before: dt.date) -> int:
    """How many visits a purge with this cut-off would touch."""
    with db.session() as s:
        return s.scalar(select(func.count(Visit.id)).where(Visit.visit_date < before,
                                                           Visit.purged_at.is_(None))) or 0


def _guard_sql(conn) -> list[tuple[str, str]]:
    # The tables a purge changes; the audit log's own guards are never lifted.
    names = ", ".join(f"'{t}'" for t in GUARDED)
    return conn.execute(text(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({names}) "
        "AND name NOT LIKE 'audit%'")).all()


def purge(db: Database, before: dt.date) -> int:
    """Remove conversation-level detail of visits dated before ``before``; returns how many visits."""
    now = utcnow()
    with db.session() as s:
        ids = s.scalars(select(Visit.id).where(Visit.visit_date < before, Visit.purged_at.is_(None))).all()
        if not ids:
            return 0
        conn = s.connection()
        sqlite = conn.dialect.name == "sqlite"
        guards = _guard_sql(conn) if sqlite else []
        for name, _sql in guards:
            conn.execute(text(f'DROP TRIGGER "{name}"'))
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            s.execute(update(Conversation).where(Conversation.visit_id.in_(chunk)).values(
                identifier="", location="", notes="", issue_raised="", staff_response="", entitlements={},
                vulnerabilities=[]))
            s.execute(SignedDocument.__table__.delete().where(SignedDocument.visit_id.in_(chunk)))
            s.execute(update(Visit).where(Visit.id.in_(chunk)).values(sealed_record=None, purged_at=now))
        for _name, sql in guards:
            conn.execute(text(sql))
        audit.append(s, audit.RETENTION_PURGE, actor=db.actor,
                     detail={"before": before.isoformat(), "visits": len(ids)})
        return len(ids)


def purge_expired(db: Database, today: dt.date | None = None) -> int:
    """Apply the configured retention period (nothing when none is set)."""
    months = retention_months(db)
    if not months:
        return 0
    return purge(db, cutoff_for(months, today or dt.date.today()))
