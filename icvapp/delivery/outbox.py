"""The laptop's outbox: sealed visits waiting for the scheme server, kept across restarts.

Each entry lives in the profile's encrypted database (one ``app_state`` row per
visit, keyed by the visit's uid) and holds the submission file already encrypted
to the office's inbox, so what is delivered again after a restart or a lost answer
is byte for byte the same file: the server recognises it and stores it once.
An entry is *delivered* only with a receipt that verifies against the scheme root.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from icvapp.errors import InvalidInput
from icvapp.profile.context import AppContext
from icvapp.sealing.submission import encrypt_for, submission_payload
from icvapp.server.protocol import body_digest
from icvapp.storage.database import Database
from icvapp.storage.model import AppState, Visit, VisitOrigin
from icvapp.trust.enrolment import require_trust

PREFIX = "delivery.outbox."


class State(StrEnum):
    QUEUED = "queued"
    DELIVERED = "delivered"
    REFUSED = "refused"


@dataclass
class Entry:
    visit_uid: str
    visit_id: int
    series_uid: str
    version: int
    digest: str
    state: State
    ciphertext: bytes | None = None  # dropped once a receipt proves the server holds it
    answer: str = ""
    reason: str = ""
    receipt: dict | None = None

    def as_json(self) -> str:
        return json.dumps({"visit_id": self.visit_id, "series": self.series_uid, "version": self.version,
                           "digest": self.digest, "state": self.state.value, "answer": self.answer,
                           "reason": self.reason, "receipt": self.receipt,
                           "ciphertext": base64.b64encode(self.ciphertext).decode("ascii")
                           if self.ciphertext is not None else None})

    @classmethod
    def from_row(cls, row: AppState) -> Entry:
        d = json.loads(row.value)
        return cls(row.key[len(PREFIX):], d["visit_id"], d["series"], d["version"], d["digest"], State(d["state"]),
                   base64.b64decode(d["ciphertext"]) if d.get("ciphertext") else None, d.get("answer", ""),
                   d.get("reason", ""), d.get("receipt"))


def series_of(s, visit: Visit) -> str:
    """The uid of the original visit an amendment (of an amendment…) belongs to."""
    while visit.supersedes_id is not None:
        visit = s.get(Visit, visit.supersedes_id)
    return visit.uid


def enqueue_sealed(ctx: AppContext) -> int:
    """Queue every visit sealed here that is not queued yet; returns how many were added.

    A visit whose conversation details retention has already removed cannot travel; it is skipped.
    """
    trust = require_trust(ctx.db)
    with ctx.db.session() as s:
        held = set(s.scalars(select(AppState.key).where(AppState.key.like(f"{PREFIX}%"))))
        todo = [(v.id, v.uid, series_of(s, v), v.version) for v in s.scalars(
            select(Visit).where(Visit.sealed_at.is_not(None), Visit.origin == VisitOrigin.RECORDED.value,
                                Visit.sealed_record.is_not(None)).order_by(Visit.id))
                if f"{PREFIX}{v.uid}" not in held]
    added = 0
    for visit_id, uid, series, version in todo:
        try:
            ciphertext = encrypt_for(trust, submission_payload(ctx.db, visit_id))
        except InvalidInput:
            continue
        entry = Entry(uid, visit_id, series, version, body_digest(ciphertext), State.QUEUED, ciphertext)
        with ctx.db.session() as s:
            s.add(AppState(key=PREFIX + uid, value=entry.as_json()))
        added += 1
    return added


def entries(db: Database, state: State | None = None) -> list[Entry]:
    with db.session() as s:
        rows = s.scalars(select(AppState).where(AppState.key.like(f"{PREFIX}%"))).all()
        found = [Entry.from_row(r) for r in rows]
    found.sort(key=lambda e: e.visit_id)
    return [e for e in found if state is None or e.state is state]


def save(db: Database, entry: Entry) -> None:
    with db.session() as s:
        row = s.get(AppState, PREFIX + entry.visit_uid)
        row.value = entry.as_json()


def mark_delivered(db: Database, entry: Entry, answer: str, receipt: dict) -> None:
    entry.state, entry.answer, entry.receipt, entry.reason, entry.ciphertext = (
        State.DELIVERED, answer, receipt, "", None)
    save(db, entry)


def mark_refused(db: Database, entry: Entry, reason: str) -> None:
    """The server will not take this file; it stays here, ciphertext and all, for the office to sort out."""
    entry.state, entry.reason = State.REFUSED, reason
    save(db, entry)


def delivery_status(db: Database, visit_uid: str) -> Entry | None:
    with db.session() as s:
        row = s.get(AppState, PREFIX + visit_uid)
        return Entry.from_row(row) if row is not None else None
