"""What the app shows about delivery, and one sync started from the app, remembered.

The window's sync panel calls only these: :func:`sync_status` reads this
computer's enrolment, the last sync and the outbox; :func:`sync_now` runs the
sync this computer does (a laptop delivers and pulls, the office pulls and
imports) and records when it ran and how it ended (``app_state`` row
``delivery.last_sync``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from icvapp.delivery import outbox
from icvapp.delivery.device import is_enrolled, this_device
from icvapp.delivery.state import read_json, write_json
from icvapp.delivery.sync import SyncReport, pull_deliveries, sync
from icvapp.profile.context import AppContext
from icvapp.server.certificates import OFFICE
from icvapp.storage.database import Database

LAST_SYNC = "delivery.last_sync"


@dataclass(frozen=True)
class SyncStatus:
    """This computer's delivery, as the sync panel shows it."""

    enrolled: bool
    role: str = ""  # laptop or office
    server_url: str = ""
    last_sync: dt.datetime | None = None  # UTC
    last_stopped: str = ""  # why the last sync ended early; "" if it finished
    last_imported: int = 0  # office: deliveries imported by the last sync
    queued: int = 0
    delivered: int = 0  # each with a receipt that verified against the scheme root
    refused: list[tuple[int, str, str]] = field(default_factory=list)  # (visit id, visit uid, reason)


def sync_status(db: Database) -> SyncStatus:
    if not is_enrolled(db):
        return SyncStatus(enrolled=False)
    device = this_device(db)
    last = _read_last(db)
    entries = outbox.entries(db)
    return SyncStatus(
        enrolled=True, role=device.role, server_url=device.server_url,
        last_sync=dt.datetime.fromisoformat(last["at"]) if last else None,
        last_stopped=last.get("stopped", "") if last else "", last_imported=last.get("imported", 0) if last else 0,
        queued=sum(e.state is outbox.State.QUEUED for e in entries),
        delivered=sum(e.state is outbox.State.DELIVERED for e in entries),
        refused=[(e.visit_id, e.visit_uid, e.reason) for e in entries if e.state is outbox.State.REFUSED])


def sync_now(ctx: AppContext) -> SyncReport:
    """One sync as ``icvapp sync`` does it, remembered for the panel; a server out of reach is reported, not raised."""
    report = pull_deliveries(ctx) if this_device(ctx.db).role == OFFICE else sync(ctx)
    _write_last(ctx.db, {"at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "stopped": report.stopped,
                         "imported": len(report.imported), "delivered": len(report.delivered)})
    return report


def _read_last(db: Database) -> dict | None:
    return read_json(db, LAST_SYNC)


def _write_last(db: Database, value: dict) -> None:
    write_json(db, LAST_SYNC, value)
