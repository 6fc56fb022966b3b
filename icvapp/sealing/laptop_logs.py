"""The office's register of where each laptop's audit log stood when it sent a submission.

Someone who holds a laptop's key can drop the database's guards, change a sealed visit, and then
cut the newest audit entries or rewrite one and re-chain the rest: the laptop's own ``audit
verify`` cannot tell. What has already left the laptop can. Every submission carries the log's
newest entry (id and hash) and repeats the point each earlier submission carried, read from the
log as it is now. The office keeps every point it has seen, per log, and flags a submission whose
log ends before a point it saw (cut short) or no longer holds the entry it saw there (rewritten).

A laptop is known by the certificates of the keys that signed on it: a visitor's signing key is
made on their laptop and never leaves it, and which certificate signed a visit is checked, so an
insider cannot make a cut log look like a new laptop's by editing the database. (A visitor who
enrols again on another laptop starts a new line in the register.)

The points travel inside the encrypted file but are not signed: a forger who also rebuilds them
by hand can still match what the office saw. What this catches is the insider who edits the
database, which is what the log exists to record.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from icvapp.errors import QT_TRANSLATE_NOOP
from icvapp.i18n.formats import Moment
from icvapp.storage import audit
from icvapp.storage.database import Database
from icvapp.storage.model import LaptopLog, utcnow

HEX64 = re.compile(r"[0-9a-f]{64}")
#: More earlier points than any laptop makes in years of visits (one per submission file).
MAX_POINTS = 100_000


@dataclass(frozen=True)
class SentState:
    last_id: int
    hash: str
    points: dict[int, str]  # entry id -> hash, from the earlier submissions, as the log reads now


def parse_state(value: object) -> SentState | None:
    """The audit block of a submission, or None if it is missing or not the shape icvapp writes."""
    if not isinstance(value, dict):
        return None
    last_id, newest, sent = value.get("last_id"), value.get("hash"), value.get("sent")
    if not (_hex(newest) and _entry_id(last_id) and isinstance(sent, list)
            and len(sent) <= MAX_POINTS):
        return None
    points = {}
    for item in sent:
        if not (isinstance(item, list) and len(item) == 2 and _entry_id(item[0]) and _hex(item[1])):
            return None
        points[item[0]] = item[1]
    points[last_id] = newest
    return SentState(last_id, newest, points)


def _hex(value: object) -> bool:
    return isinstance(value, str) and HEX64.fullmatch(value) is not None


def _entry_id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**53


def check_and_register(s: Session, value: object, visit_uid: str, signers: list[str], *, actor: str) -> list[str]:
    """Compare a submission's audit block with every point the office has seen from the laptop that
    holds these signers' keys (certificate fingerprints), keep its newest point, and return a warning
    for each disagreement (also recorded in the office's own log)."""
    state = parse_state(value)
    if state is None:
        warnings = [QT_TRANSLATE_NOOP("LaptopLog", "The file does not say where the sending laptop's audit log "
                                                   "stood, so whether that log was cut short or rewritten since its "
                                                   "earlier submissions cannot be checked.")]
    else:
        warnings = list(dict.fromkeys(w for signer in signers for w in disagreements(s, signer, state)))
        for signer in dict.fromkeys(signers):
            seen = s.scalars(select(LaptopLog).where(LaptopLog.signer == signer,
                                                     LaptopLog.last_id == state.last_id)).first()
            if seen is None:
                s.add(LaptopLog(signer=signer, last_id=state.last_id, hash=state.hash, visit_uid=visit_uid,
                                seen_at=utcnow()))
    if warnings:
        audit.append(s, audit.LAPTOP_LOG_FLAGGED, actor=actor, visit_uid=visit_uid,
                     detail={"signers": [f[:16] for f in signers], "warnings": warnings})
    return warnings


def disagreements(s: Session, signer: str, state: SentState) -> list[str]:
    out = []
    seen = s.scalars(select(LaptopLog).where(LaptopLog.signer == signer).order_by(LaptopLog.last_id)).all()
    for point in seen:
        when = QT_TRANSLATE_NOOP("LaptopLog", "when it sent visit {visit} on {date}").format(
            visit=point.visit_uid[:8], date=Moment(point.seen_at, "%d/%m/%Y", "dd/MM/y"))
        if point.last_id > state.last_id:
            out.append(QT_TRANSLATE_NOOP("LaptopLog", "The sending laptop's audit log has been cut short: {when} it "
                                                      "reached entry {entry}, and now it ends at entry {last}.")
                       .format(when=when, entry=point.last_id, last=state.last_id))
            break  # every later point says the same
        now = state.points.get(point.last_id)
        if now is None:
            out.append(QT_TRANSLATE_NOOP("LaptopLog", "The sending laptop's audit log no longer records the point it "
                                                      "had reached {when} (entry {entry}): entries were removed or "
                                                      "rewritten since.").format(when=when, entry=point.last_id))
        elif now != point.hash:
            out.append(QT_TRANSLATE_NOOP("LaptopLog", "The sending laptop's audit log has been rewritten: entry "
                                                      "{entry} is not the entry it was {when}.")
                       .format(entry=point.last_id, when=when))
    return out


def flagged(s: Session) -> list[audit.AuditEvent]:
    """Every warning the office has recorded about a laptop's log, oldest first."""
    return list(s.scalars(select(audit.AuditEvent).where(audit.AuditEvent.event == audit.LAPTOP_LOG_FLAGGED)
                          .order_by(audit.AuditEvent.id)))


def recorded_warnings(db: Database) -> list[str]:
    """Each warning about a laptop's log, with the date the office recorded it."""
    with db.session() as s:
        return [f"{e.at:%d/%m/%Y}: {w}" for e in flagged(s) for w in json.loads(e.detail).get("warnings", [])]
