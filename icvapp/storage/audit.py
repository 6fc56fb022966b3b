"""The audit log: every event in a visit's life, appended and hash-chained.

Entries are written in the same transaction as the change they record, so a
change and its entry land together or not at all. No code path updates or
deletes an entry, and the database refuses to (see migration 0002). Details
name fields and versions, never what a volunteer typed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from icvapp.errors import QT_TRANSLATE_NOOP, Translates
from icvapp.i18n.formats import Moment
from icvapp.storage import released
from icvapp.storage.database import Database
from icvapp.storage.encoding import canonical_json
from icvapp.storage.model import AuditEvent, utcnow

__all__ = ["AuditEvent", "append", "history", "verify_chain"]

GENESIS = "0" * 64

CREATED = "created"
EDITED = "edited"
COMPLETED = "completed"
REOPENED = "reopened"
DELETED = "draft deleted"
SIGNED = "signed"
SEALED = "sealed"
AMENDED = "amendment started"
EXPORTED = "exported"
SUBMITTED = "submitted"
IMPORTED = "imported"
SCHEME = "scheme trust"
RECOVERED = "recovered"
RECOVERY_REPLACED = "recovery key replaced"
PIN_RESET = "signing PIN reset"
PASSPHRASE_CHANGED = "passphrase changed"
KEY_ROTATED = "database key rotated"
RETENTION_SET = "retention set"
RETENTION_PURGE = "retention purge"
BACKUP_MADE = "backup made"
RESTORED = "restored from backup"
ROTA = "rota"
CLOSURE_ADDED = released.AUDIT_CLOSURE_ADDED
CLOSURE_REMOVED = released.AUDIT_CLOSURE_REMOVED
PLACE_SAVED = released.AUDIT_PLACE_SAVED
VOLUNTEER_SAVED = "volunteer saved"
ISSUES_TRACKED = "issues tracked"
ISSUE_UPDATED = "issue updated"
ISSUE_CLOSED = "issue closed"
ISSUE_REOPENED = "issue reopened"
LAPTOP_LOG_FLAGGED = "laptop log flagged"


def entry_hash(prev_hash: str, at: dt.datetime, event: str, visit_uid: str | None, actor: str,
               detail: str) -> str:
    body = canonical_json([prev_hash, at.isoformat(timespec="microseconds"), event, visit_uid, actor, detail])
    return hashlib.sha256(body).hexdigest()


def append(session: Session, event: str, *, actor: str, visit_uid: str | None = None,
           detail: dict | None = None, at: dt.datetime | None = None) -> AuditEvent:
    """Add one entry after the newest, inside the caller's transaction."""
    last = session.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar()
    prev = last or GENESIS
    at = at or utcnow()
    text = canonical_json(detail or {}).decode("utf-8")
    entry = AuditEvent(at=at, event=event, visit_uid=visit_uid, actor=actor[:120], detail=text,
                       prev_hash=prev, hash=entry_hash(prev, at, event, visit_uid, actor[:120], text))
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    reason: str

    def __str__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        """"entry 12: …", translatable (the reason is marked where it is found)."""
        return QT_TRANSLATE_NOOP("Audit", "entry {entry}: {reason}").format(entry=self.entry_id, reason=self.reason)

    def in_language(self, tr: Translates | None) -> str:
        return self.text.in_language(tr)


@dataclass(frozen=True)
class AuditHead:
    """Where the log stands: how many entries, and the newest entry's hash (which covers all before it).

    It leaves the computer in every submission file, backup and signed Board report, so someone who
    holds the key and rewrites or cuts the log afterwards cannot make it agree with what was sent.
    """

    entries: int
    hash: str

    def short(self) -> str:
        return f"{self.entries} entries, head {self.hash[:16]}"

    def as_dict(self) -> dict:
        return {"entries": self.entries, "hash": self.hash}


def head(session: Session) -> AuditHead:
    newest = session.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar()
    return AuditHead(session.scalar(select(func.count(AuditEvent.id))) or 0, newest or GENESIS)


def sending_state(session: Session) -> dict:
    """Where this log stands, for a submission to carry to the office.

    ``last_id`` and ``hash`` are the log's newest entry, and ``sent`` repeats the point (entry id, hash) each earlier submission carried, read back from
    this log as it is now. The office compares them with what it saw (icvapp.sealing.laptop_logs):
    a log cut short or rewritten since cannot repeat them.
    """
    newest = session.execute(select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    sent_ids = set()
    for detail in session.scalars(select(AuditEvent.detail).where(AuditEvent.event == SUBMITTED)):
        point = json.loads(detail).get("sent_at_entry")
        if isinstance(point, list) and point and isinstance(point[0], int):
            sent_ids.add(point[0])
    # Each point as the log reads *now*: a log rewritten since cannot repeat what the office saw.
    sent = [[entry_id, h] for entry_id, h in session.execute(
        select(AuditEvent.id, AuditEvent.hash).where(AuditEvent.id.in_(sorted(sent_ids))).order_by(AuditEvent.id))]
    return {"last_id": newest.id if newest else 0,
            "hash": newest.hash if newest else GENESIS, "sent": sent}


@dataclass(frozen=True)
class ChainReport:
    entries: int
    breaks: list[ChainBreak]

    @property
    def ok(self) -> bool:
        return not self.breaks


def verify_chain(db: Database) -> ChainReport:
    """Walk the whole log; report every entry whose hash or link does not hold."""
    breaks: list[ChainBreak] = []
    prev, expected_id, count = GENESIS, None, 0
    with db.session() as s:
        rows = s.execute(select(AuditEvent.id, AuditEvent.at, AuditEvent.event, AuditEvent.visit_uid,
                                AuditEvent.actor, AuditEvent.detail, AuditEvent.prev_hash,
                                AuditEvent.hash).order_by(AuditEvent.id)).yield_per(2000)
        for row in rows:
            count += 1
            if expected_id is not None and row.id != expected_id:
                breaks.append(ChainBreak(row.id, QT_TRANSLATE_NOOP("Audit", "entries {first}–{last} are missing")
                                         .format(first=expected_id, last=row.id - 1)))
            if row.prev_hash != prev:
                breaks.append(ChainBreak(row.id, QT_TRANSLATE_NOOP("Audit", "does not follow the entry before it")))
            if entry_hash(row.prev_hash, row.at, row.event, row.visit_uid, row.actor, row.detail) != row.hash:
                breaks.append(ChainBreak(row.id, QT_TRANSLATE_NOOP("Audit", "was altered after it was written "
                                                                            "({event}, {at})")
                                         .format(event=row.event, at=Moment(row.at, "%d/%m/%Y %H:%M", "dd/MM/y HH:mm"))))
            prev, expected_id = row.hash, row.id + 1
    return ChainReport(count, breaks)


def history(db: Database, visit_uid: str) -> list[AuditEvent]:
    with db.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.visit_uid == visit_uid).order_by(AuditEvent.id)))
