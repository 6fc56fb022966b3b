"""One sync with the scheme server, from a laptop or from the office.

A laptop delivers its queued visits (oldest first), then pulls the latest
root-signed scheme file (places, volunteers, revocations) and the rota. A sync cut
short (no network, the server down, the laptop shut) loses nothing: what was not
acknowledged by a valid receipt stays queued and goes first next time.

The office pulls new deliveries, decrypts and imports each through the ordinary
all-or-nothing submission import, and acknowledges those now held; it publishes
the scheme file (with its revocations) and the rota.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import aliased

from icvapp.delivery import outbox
from icvapp.delivery.client import Client, ServerUnreachable
from icvapp.delivery.device import this_device
from icvapp.delivery.refusals import UNTRUSTED_RECEIPT
from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput
from icvapp.profile.context import AppContext
from icvapp.scheme.rota import assign_pair
from icvapp.sealing.submission import SubmissionRejected, import_submission, inbox_key_of
from icvapp.server import protocol
from icvapp.server.certificates import LAPTOP
from icvapp.storage import released
from icvapp.storage.database import Database
from icvapp.storage.model import Place, RotaAssignment, Volunteer
from icvapp.trust.enrolment import require_trust, unlock_authority
from icvapp.trust.enrolment_files import apply_scheme_package, scheme_package

# HTTP answers that mean "this device may not talk to the server now": the sync stops, nothing is marked.
STOPPING = (401, 403)


@dataclass
class SyncReport:
    delivered: list[tuple[str, str]] = field(default_factory=list)  # (visit uid, answer)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (visit uid, reason)
    queued: int = 0  # still waiting after this sync
    scheme_updated: bool = False
    rota_weeks: int = 0
    imported: list[tuple[int, str]] = field(default_factory=list)  # office: (delivery, message)
    not_imported: list[tuple[int, str]] = field(default_factory=list)  # office: (delivery, reason)
    stopped: str = ""  # why the sync ended early, in plain words


# --------------------------------------------------------------------------- the laptop


def deliver_queued(db: Database, client: Client, report: SyncReport) -> None:
    trust = require_trust(db)
    for entry in outbox.entries(db, outbox.State.QUEUED):
        reply = client.request("POST", "/v1/deliveries", entry.ciphertext, {
            protocol.VISIT: entry.visit_uid, protocol.SERIES: entry.series_uid, protocol.VERSION: str(entry.version)})
        if reply.status in STOPPING or reply.status >= 500:
            report.stopped = reply.refused_reason
            return
        if reply.status not in (200, 201):
            outbox.mark_refused(db, entry, reply.refused_reason)
            report.refused.append((entry.visit_uid, reply.refused_reason))
            continue
        doc = reply.json()
        receipt = doc.get("receipt") if isinstance(doc, dict) else None
        problem = protocol.receipt_problem(receipt, trust.root, trust.revoked, scheme_uid=trust.scheme_uid,
                                           visit_uid=entry.visit_uid, digest=entry.digest)
        if problem:
            # Not delivered until proven: the entry stays queued, and the sync stops (the server is not trusted).
            report.stopped = UNTRUSTED_RECEIPT.format(problem=problem)
            return
        outbox.mark_delivered(db, entry, receipt["answer"], receipt)
        report.delivered.append((entry.visit_uid, receipt["answer"]))


def pull_scheme(db: Database, client: Client, report: SyncReport) -> bool:
    reply = client.request("GET", "/v1/scheme")
    if reply.status != 200:
        report.stopped = reply.refused_reason
        return False
    doc = reply.json()
    if doc:
        apply_scheme_package(db, doc)  # checks the root's signature and that it is this scheme's root
        report.scheme_updated = True
    return True


def apply_rota(db: Database, weeks: list[dict], every: str = "week") -> int:
    """Put the office's rota periods (weeks, or the scheme's target period ``every``) and pairs on this laptop's
    rota; entries it cannot place are skipped."""
    with db.session() as s:
        places = dict(s.execute(select(Place.uid, Place.id)).all())
        people = dict(s.execute(select(Volunteer.uid, Volunteer.id)).all())
    placed = 0
    for item in weeks:
        place = places.get(item.get(released.PLACE))
        pair = [people.get(uid) for uid in item.get("visitors", [])] + [None, None]
        if place is None or None in pair[:len(item.get("visitors", []))]:
            continue
        assign_pair(db, place, dt.date.fromisoformat(item["week"]), pair[0], pair[1], every=every)
        placed += 1
    return placed


def sync(ctx: AppContext) -> SyncReport:
    """Deliver, then pull the scheme file and the rota. Raises nothing for a server that cannot be reached."""
    device = this_device(ctx.db)
    report = SyncReport()
    if device.role == LAPTOP:
        outbox.enqueue_sealed(ctx)
    try:
        with Client(device) as client:
            deliver_queued(ctx.db, client, report)
            if not report.stopped and pull_scheme(ctx.db, client, report):
                if report.scheme_updated:
                    ctx.reload_definition()  # a refresh keeps the scheme's kind; its definition is read again
                reply = client.request("GET", "/v1/rota")
                if reply.status == 200:
                    report.rota_weeks = apply_rota(ctx.db, reply.json().get("weeks", []), ctx.config.target_every)
    except ServerUnreachable as exc:
        report.stopped = exc.message
    report.queued = len(outbox.entries(ctx.db, outbox.State.QUEUED))
    return report


# --------------------------------------------------------------------------- the office


def pull_deliveries(ctx: AppContext, *, batch: int = 50) -> SyncReport:
    """Import every new delivery (all or nothing each) and acknowledge those now held here."""
    report = SyncReport()
    trust, inbox_key = require_trust(ctx.db), inbox_key_of(ctx.db)
    after = 0
    try:
        with Client(this_device(ctx.db)) as client:
            while True:
                reply = client.request("GET", f"/v1/deliveries/pending?after={after}&limit={batch}")
                if reply.status != 200:
                    report.stopped = reply.refused_reason
                    break
                fresh = reply.json()["deliveries"]
                if not fresh:
                    break
                done = []
                for item in fresh:
                    after = max(after, item["id"])
                    data = base64.b64decode(item["ciphertext"])
                    if protocol.body_digest(data) != item["digest"]:
                        report.not_imported.append((item["id"], "the file does not match its digest"))
                        continue
                    try:
                        vid = import_submission(ctx, data, trust=trust, inbox_key=inbox_key)
                        report.imported.append((item["id"], f"imported as visit no. {vid}"))
                        done.append(item["id"])
                    except SubmissionRejected as exc:
                        if exc.kind == "duplicate" and "already been imported" in exc.message:
                            done.append(item["id"])  # the same visit, delivered twice: it is held
                        report.not_imported.append((item["id"], exc.message))
                if done:
                    ack = client.request("POST", "/v1/deliveries/ack", json.dumps({"ids": done}).encode())
                    if ack.status != 200:
                        report.stopped = ack.refused_reason
                        break
    except ServerUnreachable as exc:
        report.stopped = exc.message
    return report


def publish_scheme(ctx: AppContext, root_pin: str) -> str:
    """Send the scheme file, with today's revocations, to the server; they apply from its next request."""
    package = scheme_package(ctx.db, unlock_authority(ctx.db, root_pin))
    with Client(this_device(ctx.db)) as client:
        reply = client.request("PUT", "/v1/scheme", json.dumps(package, ensure_ascii=False).encode("utf-8"))
    if reply.status != 200:
        raise InvalidInput(QT_TRANSLATE_NOOP("Sync", "The server did not take the scheme file: {reason}")
                           .format(reason=reply.refused_reason))
    return package["payload"]["issued_at"]


def rota_weeks(db: Database) -> list[dict]:
    """The office's rota as the server keeps it: places' periods and pairs by uid, nothing else."""
    a, b = aliased(Volunteer), aliased(Volunteer)
    with db.session() as s:
        rows = s.execute(select(RotaAssignment.week_start, Place.uid, a.uid, b.uid)
                         .join(Place, Place.id == RotaAssignment.place_id)
                         .outerjoin(a, a.id == RotaAssignment.visitor_a_id)
                         .outerjoin(b, b.id == RotaAssignment.visitor_b_id)
                         .order_by(RotaAssignment.week_start, Place.uid)).all()
    return [{"week": week.isoformat(), released.PLACE: place, "visitors": [v for v in (va, vb) if v]}
            for week, place, va, vb in rows]


def publish_rota(ctx: AppContext) -> int:
    weeks = rota_weeks(ctx.db)
    with Client(this_device(ctx.db)) as client:
        reply = client.request("PUT", "/v1/rota", json.dumps({"weeks": weeks}).encode("utf-8"))
    if reply.status != 200:
        raise InvalidInput(QT_TRANSLATE_NOOP("Sync", "The server did not take the rota: {reason}")
                           .format(reason=reply.refused_reason))
    return len(weeks)
