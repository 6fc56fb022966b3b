"""National returns: a scheme's quarterly counts, signed by its root, the one thing a national role reads.

A return holds counts only — visits, coverage in place-weeks, the funnel by stage, requests by
category — never a name, a date of a visit, an identifier or a word anyone typed. The server refuses
anything else (:func:`check_return`), so the national view cannot become a back door to visits.
"""

from __future__ import annotations

import base64
import re
from typing import TYPE_CHECKING

from cryptography import x509
from sqlalchemy import Connection, text

from icvapp.errors import InvalidInput
from icvapp.server.protocol import body_digest
from icvapp.server.store import Refused, SchemeOnServer
from icvapp.storage.encoding import canonical_json
from icvapp.storage.files import parse_json
from icvapp.trust import pki

if TYPE_CHECKING:
    from psycopg import AsyncConnection

RETURN_FORMAT = "icvapp-return/1"
QUARTER = re.compile(r"^[0-9]{4}-Q[1-4]$")
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
COUNTS = ("visits", "completed", "abandoned", "expected_weeks", "covered_weeks")
TALLIES = ("funnel", "requests")  # name -> count, names from the scheme's own lists
KEYS = {"scheme", "quarter", "start", "end", *COUNTS, *TALLIES}
NAME = re.compile(r"^[a-z0-9_]{1,60}$")


def is_count(value) -> bool:
    return type(value) is int and 0 <= value < 10_000_000


def return_problem(payload) -> str | None:
    """Why ``payload`` is not a return of counts only; None if it is."""
    if not isinstance(payload, dict) or set(payload) != KEYS:
        return "a return holds the scheme, the quarter, its dates and counts, and nothing else"
    if not QUARTER.match(str(payload["quarter"])) or not all(DATE.match(str(payload[k])) for k in ("start", "end")):
        return "a return names its quarter (2026-Q3) and the quarter's first and last days"
    if not all(is_count(payload[k]) for k in COUNTS):
        return "a return's figures are whole numbers of zero or more"
    for tally in TALLIES:
        items = payload[tally]
        if not isinstance(items, dict) or len(items) > 100 or not all(
                isinstance(k, str) and NAME.match(k) and is_count(v) for k, v in items.items()):
            return f"a return's {tally} is a list of counts by category"
    return None


def sign_return(authority: pki.Authority, payload: dict) -> dict:
    problem = return_problem(payload)
    if problem:
        raise InvalidInput(f"This is not a national return: {problem}.")
    signature = pki.sign_bytes(authority.key, canonical_json(payload))
    return {"format": RETURN_FORMAT, "payload": payload, "signature": base64.b64encode(signature).decode("ascii")}


def check_return(doc, root: x509.Certificate, scheme_uid: str) -> dict:
    """The return's payload, if it is counts only, for this scheme, and signed by its root."""
    if not isinstance(doc, dict) or doc.get("format") != RETURN_FORMAT:
        raise Refused("This is not a national return.")
    payload = doc.get("payload")
    problem = return_problem(payload)
    if problem:
        raise Refused(f"This national return is refused: {problem}.")
    if payload["scheme"] != scheme_uid:
        raise Refused("This national return is for another scheme.", 403)
    try:
        signature = base64.b64decode(str(doc.get("signature", "")), validate=True)
    except ValueError:
        raise Refused("The national return's signature is damaged.") from None
    if not pki.signature_valid(root, signature, canonical_json(payload)):
        raise Refused("The national return is not signed by this scheme's root.", 403)
    return payload


async def upload_return(conn: AsyncConnection, scheme: SchemeOnServer, body: bytes) -> str:
    """Keep a signed return; the same return sent twice is kept once, a corrected one beside it."""
    try:
        doc = parse_json(body)
    except ValueError:
        raise Refused("The national return is not readable.") from None
    payload = check_return(doc, scheme.root, scheme.uid)
    await conn.execute(
        "INSERT INTO national_return (scheme_uid, quarter, body, signature, content_digest) VALUES "
        "(current_setting('icvapp.scheme', true), %(q)s, CAST(%(b)s AS jsonb), %(s)s, %(d)s) ON CONFLICT DO NOTHING",
        {"q": payload["quarter"], "b": canonical_json(payload).decode("utf-8"), "s": doc["signature"],
         "d": body_digest(canonical_json(payload))})
    return payload["quarter"]


def national_returns(conn: Connection) -> list[dict]:
    """Every return this connection may read: a national role's sees every scheme's (the host's command,
    on SQLAlchemy like the other commands)."""
    rows = conn.execute(text("SELECT scheme_uid, quarter, body, uploaded_at FROM national_return "
                             "ORDER BY quarter, scheme_uid, id")).all()
    return [{"scheme": r.scheme_uid, "quarter": r.quarter, "return": r.body, "uploaded_at": r.uploaded_at.isoformat()}
            for r in rows]
