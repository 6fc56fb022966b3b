"""What the scheme server keeps: schemes, deliveries, nonces and rotas, one scheme at a time.

Every function here works in a transaction that has already set its scheme, so row-level
security has narrowed it to that scheme: a request's work takes psycopg's asynchronous
connection from :func:`icvapp.server.database.entered`, and the host's :func:`register_scheme`
a SQLAlchemy connection from :func:`icvapp.server.database.in_scheme`. Nothing here decrypts
a delivery: the server holds ciphertext and the routing facts the laptop sends.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography import x509
from sqlalchemy import Connection, text

from icvapp.errors import InvalidInput
from icvapp.server.protocol import UID_PATTERN, Answer, body_digest, is_server_certificate
from icvapp.storage import released
from icvapp.storage.files import parse_json
from icvapp.trust import pki
from icvapp.trust.enrolment_files import read_scheme_package

if TYPE_CHECKING:
    from psycopg import AsyncConnection

#: The largest delivery accepted (the laptop's submission files are capped at this too).
MAX_DELIVERY = 20 * 1024 * 1024
MAX_VERSION = 1000
#: Nonces older than this are forgotten: a request that old is outside the replay window anyway.
NONCE_MEMORY = dt.timedelta(minutes=15)


class Refused(InvalidInput):
    """A request the server will not carry out; ``status`` is the HTTP status it answers with."""

    title = "Refused by the scheme server"

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class SchemeOnServer:
    uid: str
    name: str
    root: x509.Certificate
    server_certificate: str  # PEM
    revoked: dict[int, dt.datetime]


def scheme_of(row, parsed: dict | None = None) -> tuple[SchemeOnServer | None, bool]:
    """The scheme set for this transaction, as ``icvapp_enter`` read it afresh (so a new revocation list applies
    at once; None: a scheme not hosted here), and whether the request's nonce, recorded in that same round
    trip, is fresh.

    Recording the nonce before the request's signature is checked is safe: a request that fails
    any check rolls its transaction back, nonce included. ``parsed`` caches each root certificate
    and revocation list, parsed and checked, so a request does not pay for it again.
    """
    if row is None:
        return None, False
    cache_key = (row.root_certificate, row.crl)
    found = parsed.get(cache_key) if parsed is not None else None
    if found is None:
        root = pki.load_cert(row.root_certificate)
        found = (root, pki.revoked_serials(row.crl, root))
        if parsed is not None:
            if len(parsed) > 1000:
                parsed.clear()
            parsed[cache_key] = found
    return SchemeOnServer(row.scheme_uid, row.name, found[0], row.server_certificate, found[1]), bool(row.fresh)


async def scalar(conn: AsyncConnection, sql: str, params: dict | None = None):
    """The first column of the first row (None if there is no row)."""
    row = await (await conn.execute(sql, params)).fetchone()
    return None if row is None else row[0]


async def scheme_file(conn: AsyncConnection) -> str | None:
    """The latest root-signed scheme file the office published, as JSON text."""
    return await scalar(conn, "SELECT scheme_package FROM scheme")


# --------------------------------------------------------------------------- schemes (host's admin, the office)


def register_scheme(conn: Connection, package: dict, server_certificate_pem: str) -> str:
    """Host a scheme: its root-signed scheme file and the server certificate its root issued.

    Run as the database owner (``icvapp-server add-scheme``), inside :func:`in_scheme` for
    the package's scheme. Returns the scheme's uid.
    """
    payload, root = read_scheme_package(package)
    scheme_uid = str(payload["scheme"]["uid"])
    cert = pki.load_cert(server_certificate_pem)
    if not pki.issued_by(cert, root) or not is_server_certificate(cert):
        raise InvalidInput("The server certificate was not issued by this scheme's root for a scheme server.")
    pki.revoked_serials(payload.get("crl"), root)
    conn.execute(text(
        "INSERT INTO scheme (scheme_uid, name, root_certificate, server_certificate, scheme_package, "
        "package_issued_at, crl) VALUES (:uid, :name, :root, :server, :package, :issued, :crl)"),
        {"uid": scheme_uid, "name": str(payload["scheme"]["name"]), "root": pki.pem(root),
         "server": pki.pem(cert), "package": json.dumps(package, ensure_ascii=False),
         "issued": str(payload["issued_at"]), "crl": payload.get("crl")})
    return scheme_uid


async def publish_scheme_package(conn: AsyncConnection, scheme: SchemeOnServer, body: bytes) -> str:
    """Take the office's newer scheme file (its revocations apply from the next request)."""
    try:
        package = parse_json(body)
        payload, root = read_scheme_package(package)
    except ValueError:
        raise Refused("The scheme file is not readable.") from None
    except InvalidInput as exc:
        raise Refused(exc.message) from None
    if root != scheme.root or payload.get("scheme", {}).get("uid") != scheme.uid:
        raise Refused("This scheme file is not signed by this scheme's root.", 403)
    try:
        pki.revoked_serials(payload.get("crl"), root)
    except (InvalidInput, ValueError):
        raise Refused("The scheme file's revocation list is not signed by the scheme root.", 403) from None
    issued = str(payload.get("issued_at", ""))
    current = await scalar(conn, "SELECT package_issued_at FROM scheme FOR UPDATE")
    if current and issued <= current:
        raise Refused("The server already holds this scheme file or a newer one.", 409)
    await conn.execute("UPDATE scheme SET scheme_package = %(p)s, package_issued_at = %(i)s, crl = %(c)s",
                       {"p": json.dumps(package, ensure_ascii=False), "i": issued, "c": payload.get("crl")})
    return issued


# --------------------------------------------------------------------------- replay


async def forget_nonces(conn: AsyncConnection) -> None:
    """Forget nonces older than :data:`NONCE_MEMORY` (a request that old is outside the replay window)."""
    await conn.execute("DELETE FROM request_nonce WHERE seen_at < now() - make_interval(secs => %(s)s)",
                       {"s": NONCE_MEMORY.total_seconds()})


# --------------------------------------------------------------------------- deliveries


@dataclass(frozen=True)
class Delivered:
    answer: Answer
    delivery_id: int
    received_at: dt.datetime
    digest: str


def check_routing(visit_uid: str, series_uid: str, version: str | int, body: bytes) -> int:
    if not UID_PATTERN.match(visit_uid or "") or not UID_PATTERN.match(series_uid or ""):
        raise Refused("The delivery does not name its visit.")
    try:
        number = int(version)
    except (TypeError, ValueError):
        raise Refused("The delivery's version is not a whole number.") from None
    if not 1 <= number <= MAX_VERSION:
        raise Refused("The delivery's version is out of range.")
    if (number == 1) != (visit_uid == series_uid):
        raise Refused("An original visit is its own series, and an amendment belongs to another visit's.")
    if not body:
        raise Refused("The delivery is empty.")
    if len(body) > MAX_DELIVERY:
        raise Refused("The delivery is far too large to be a submission file.", 413)
    if body[:1] != b"\x30":  # DER: a CMS ContentInfo is a SEQUENCE
        raise Refused("The delivery is not an encrypted submission file.")
    return number


async def deliver(conn: AsyncConnection, *, visit_uid: str, series_uid: str, version: str | int, body: bytes,
            device_serial: str, digest: str | None = None) -> Delivered:
    """Store one delivery once: the same file delivered again (or by twenty racing clients) is one row.
    ``digest`` is the body's SHA-256 when the caller has it already (the request's signature covers it)."""
    number = check_routing(visit_uid, series_uid, version, body)
    digest = digest or body_digest(body)
    row = await (await conn.execute(
        "INSERT INTO delivery (scheme_uid, visit_uid, series_uid, version, content_digest, ciphertext, "
        "device_serial) VALUES (current_setting('icvapp.scheme', true), %(visit)s, %(series)s, %(version)s, "
        "%(digest)s, %(body)s, %(device)s) ON CONFLICT ON CONSTRAINT uq_delivery_scheme_visit_digest DO NOTHING "
        # The subquery sees the rows held before this one: the latest version already received.
        "RETURNING id, received_at, (SELECT max(version) FROM delivery WHERE series_uid = %(series)s) AS later",
        {"visit": visit_uid, "series": series_uid, "version": number, "digest": digest, "body": body,
         "device": device_serial})).fetchone()
    if row is None:
        held = await (await conn.execute("SELECT id, received_at, series_uid, version FROM delivery "
                                         "WHERE visit_uid = %(visit)s AND content_digest = %(digest)s",
                                         {"visit": visit_uid, "digest": digest})).fetchone()
        if (held.series_uid, held.version) != (series_uid, number):
            raise Refused("This file was delivered before as another version of the visit.", 409)
        return Delivered(Answer.ALREADY_RECEIVED, held.id, held.received_at, digest)
    answer = Answer.SUPERSEDED if row.later is not None and row.later > number else Answer.RECEIVED
    return Delivered(answer, row.id, row.received_at, digest)


async def pending(conn: AsyncConnection, *, after: int = 0, limit: int = 50) -> list[dict]:
    """Deliveries the office has not acknowledged, oldest first from ``after``, ciphertext included."""
    rows = await (await conn.execute(
        "SELECT id, visit_uid, series_uid, version, content_digest, ciphertext, device_serial, received_at "
        "FROM delivery WHERE acknowledged_at IS NULL AND id > %(after)s ORDER BY id LIMIT %(limit)s",
        {"after": after, "limit": limit})).fetchall()
    return [{"id": r.id, "visit": r.visit_uid, "series": r.series_uid, "version": r.version,
             "digest": r.content_digest, "ciphertext": bytes(r.ciphertext), "device": r.device_serial,
             "received_at": r.received_at.isoformat()} for r in rows]


async def acknowledge(conn: AsyncConnection, ids: list[int]) -> int:
    """Mark deliveries as imported by the office; returns how many were newly acknowledged."""
    if not isinstance(ids, list) or not all(type(i) is int for i in ids) or len(ids) > 1000:
        raise Refused("An acknowledgement names up to 1,000 deliveries by number.")
    cursor = await conn.execute("UPDATE delivery SET acknowledged_at = now() "
                                "WHERE id = ANY(%(ids)s) AND acknowledged_at IS NULL", {"ids": ids})
    return cursor.rowcount


# --------------------------------------------------------------------------- the rota


ROTA_KEYS = {"week", released.PLACE, "visitors"}


def check_rota(weeks) -> list[dict]:
    """A place's periods and their pairs only: a week's Monday, a place, up to two visitors. No day, no time."""
    if not isinstance(weeks, list) or len(weeks) > 20000:
        raise Refused("A rota is a list of places' weeks and their pairs.")
    clean = []
    for item in weeks:
        if not isinstance(item, dict) or set(item) != ROTA_KEYS:
            raise Refused("Each rota entry holds a week, a place and its visitors, and nothing else.")
        try:
            week = dt.date.fromisoformat(str(item["week"]))
        except ValueError:
            raise Refused("A rota week is not a date.") from None
        if week.weekday() != 0:
            raise Refused("A rota week starts on a Monday; the rota never holds a day.")
        visitors = item["visitors"]
        if not isinstance(visitors, list) or len(visitors) > 2 or not all(
                isinstance(v, str) and UID_PATTERN.match(v) for v in visitors):
            raise Refused("A rota pair names up to two volunteers by their uid.")
        place = item[released.PLACE]
        if not isinstance(place, str) or not UID_PATTERN.match(place):
            raise Refused("A rota entry names its place by uid.")
        clean.append({"week": week.isoformat(), released.PLACE: place, "visitors": visitors})
    return clean


async def publish_rota(conn: AsyncConnection, weeks) -> int:
    clean = check_rota(weeks)
    await conn.execute("INSERT INTO rota (scheme_uid, weeks) VALUES (current_setting('icvapp.scheme', true), "
                       "CAST(%(w)s AS jsonb)) ON CONFLICT (scheme_uid) DO UPDATE SET weeks = EXCLUDED.weeks, "
                       "published_at = now()", {"w": json.dumps(clean)})
    return len(clean)


async def rota(conn: AsyncConnection) -> list[dict]:
    return await scalar(conn, "SELECT weeks FROM rota") or []
