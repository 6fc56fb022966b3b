"""A visit as the document both visitors sign, and back.

The document names everything by uid and name, never by a database id, so
the same bytes verify on the volunteer's laptop and in the scheme office.
:func:`document_to_record` is strict: a submission file that does not have
exactly this shape is refused with the reason, before anything is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput
from icvapp.i18n.languages import DEFAULT_LANGUAGE
from icvapp.storage.model import VisitStatus
from icvapp.visits.record import (
    GROUPS,
    CheckRecord,
    ConversationRecord,
    CountRow,
    PlainField,
    VisitRecord,
    plain_fields,
)

FORMAT = "icvapp-visit/1"
# A visit written in English leaves its language out of the signed document.
ENGLISH = DEFAULT_LANGUAGE


@dataclass
class Party:
    uid: str
    name: str


@dataclass
class OfficerAck:
    """The custody officer's acknowledgement of the findings at sign-off."""

    name: str
    rank: str
    number: str
    at: dt.datetime
    signature: list[list[list[int]]] | None = None  # strokes of [x, y] on a 1000 x 400 grid


@dataclass
class Amendment:
    original_uid: str
    reason: str
    changes: list[str]


@dataclass
class SealedParts:
    """What a signed document holds beyond the editable record."""

    scheme: Party
    suite: Party | None
    visitors: list[Party]
    version: int
    officer: OfficerAck | None
    amendment: Amendment | None


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def build_document(rec: VisitRecord, parts: SealedParts) -> dict:
    """The canonical document for ``rec``; feed it to :func:`icvapp.storage.encoding.canonical_json`.

    The plain fields go in by the record's table (:func:`icvapp.visits.record.plain_fields`);
    the keys are sorted when encoded, so where they are added does not change a byte.
    """
    officer = parts.officer
    doc = {
        "format": FORMAT,
        "scheme": vars(parts.scheme),
        "uid": rec.uid,
        "version": parts.version,
        "amends": vars(parts.amendment) if parts.amendment else None,
        "suite": vars(parts.suite) if parts.suite else None,
        "date": _iso(rec.visit_date),
        "visitors": [vars(p) for p in parts.visitors],
        "arrived_at": _iso(rec.arrived_at),
        "admitted_at": _iso(rec.admitted_at),
        "departed_at": _iso(rec.departed_at),
        "counts": {stage: [row.total, *row.split()] for stage, row in rec.counts.items() if not row.is_empty()},
        "conversations": [vars(c) for c in rec.conversations if not c.is_blank()],
        "checks": {area: vars(c) for area, c in rec.checks.items()},
        "officer": {
            "acknowledged_at": _iso(officer.at) if officer else None,
            "signature": officer.signature if officer else None,
        },
    }
    for f in plain_fields():
        value = getattr(rec, f.name)
        if f.added and value == f.default:
            continue
        *path, last = f.key
        place = doc
        for step in path:
            place = place.setdefault(step, {})
        place[last] = value
    # Added after the format's first release, and only when not English: every visit sealed before
    # it (all English) keeps its exact bytes and still verifies.
    if rec.language != ENGLISH:
        doc["language"] = rec.language
    return doc


# --------------------------------------------------------------------------- reading one back


class _Reader:
    """Typed access to an untrusted document, naming the field that is wrong."""

    def __init__(self, data, path: str = "") -> None:
        if not isinstance(data, dict):
            raise self.bad(path or "record", QT_TRANSLATE_NOOP("Visits", "is not an object"))
        self.data, self.path = data, path

    @staticmethod
    def bad(path: str, what: str) -> InvalidInput:
        return InvalidInput(QT_TRANSLATE_NOOP("Visits", "The visit record is malformed: '{path}' {what}.")
                            .format(path=path, what=what))

    def _get(self, key: str, types, *, optional: bool = False):
        where = f"{self.path}.{key}" if self.path else key
        if key not in self.data:
            raise self.bad(where, QT_TRANSLATE_NOOP("Visits", "is missing"))
        value = self.data[key]
        if value is None and optional:
            return None
        # bool is an int in Python; a count of True is not a count.
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in _tuple(types)):
            raise self.bad(where, QT_TRANSLATE_NOOP("Visits", "has the wrong type"))
        return value

    def text(self, key: str, *, optional: bool = False, limit: int = 20000) -> str | None:
        value = self._get(key, str, optional=optional)
        if value is not None and len(value) > limit:
            raise self.bad(f"{self.path}.{key}".lstrip("."), QT_TRANSLATE_NOOP("Visits", "is too long"))
        return value

    def integer(self, key: str, *, optional: bool = False) -> int | None:
        return self._get(key, int, optional=optional)

    def flag(self, key: str, *, optional: bool = False) -> bool | None:
        return self._get(key, bool, optional=optional)

    def obj(self, key: str, *, optional: bool = False) -> _Reader | None:
        value = self._get(key, dict, optional=optional)
        return None if value is None else _Reader(value, f"{self.path}.{key}".lstrip("."))

    def items(self, key: str) -> list:
        return self._get(key, list)

    def when(self, key: str, kind=dt.datetime, *, optional: bool = True):
        value = self.text(key, optional=optional)
        if value is None:
            return None
        try:
            return kind.fromisoformat(value)
        except ValueError:
            raise self.bad(f"{self.path}.{key}".lstrip("."),
                           QT_TRANSLATE_NOOP("Visits", "is not a valid date or time")) from None


def _tuple(types) -> tuple:
    return types if isinstance(types, tuple) else (types,)


def _party(r: _Reader | None) -> Party | None:
    return None if r is None else Party(uid=r.text("uid", limit=36), name=r.text("name", limit=200))


def _count(value, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100000:
        raise _Reader.bad(where, QT_TRANSLATE_NOOP("Visits", "is not a count"))
    return value


def document_to_record(doc) -> tuple[VisitRecord, SealedParts]:
    """Parse a signed document; raises :class:`InvalidInput` naming the first bad field."""
    r = _Reader(doc)
    if r.text("format") != FORMAT:
        raise InvalidInput(QT_TRANSLATE_NOOP("Visits", "This is not a visit record icvapp can read (format {format}).")
                           .format(format=repr(doc.get("format"))))
    rec = VisitRecord(uid=r.text("uid", limit=36), status=VisitStatus.COMPLETE)
    rec.visit_date = r.when("date", dt.date)
    rec.set_moments(*(r.when(k) for k in ("arrived_at", "admitted_at", "departed_at")))
    for f in plain_fields():
        setattr(rec, f.name, _plain(r, f))
    rec.language = r.text("language", limit=8) if "language" in r.data else ENGLISH  # absent: signed in English
    counts = r.obj("counts")
    for stage, row in counts.data.items():
        if not isinstance(row, list) or len(row) != 1 + len(GROUPS):
            raise _Reader.bad(f"counts.{stage}", QT_TRANSLATE_NOOP("Visits", "is not [total, {groups}]")
                              .format(groups=", ".join(GROUPS)))
        rec.counts[str(stage)[:30]] = CountRow(*(_count(v, f"counts.{stage}") for v in row))
    for i, item in enumerate(r.items("conversations")):
        c = _Reader(item, f"conversations[{i}]")
        entitlements = c.obj("entitlements").data
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in entitlements.items()):
            raise _Reader.bad(f"conversations[{i}].entitlements", QT_TRANSLATE_NOOP("Visits", "has the wrong type"))
        lists = {k: c.items(k) for k in ("vulnerabilities", "requests")}
        for k, values in lists.items():
            if not all(isinstance(v, str) and len(v) <= 40 for v in values):
                raise _Reader.bad(f"conversations[{i}].{k}", QT_TRANSLATE_NOOP("Visits", "has the wrong type"))
        rec.conversations.append(ConversationRecord(
            custody_number=c.text("custody_number", limit=40), cell=c.text("cell", limit=20),
            consent=c.flag("consent", optional=True),
            reason_not_seen=c.text("reason_not_seen", optional=True, limit=40),
            entitlements=dict(entitlements), vulnerabilities=lists["vulnerabilities"],
            requests=lists["requests"], issue_raised=c.text("issue_raised"),
            staff_response=c.text("staff_response"),
            resolved_during_visit=c.flag("resolved_during_visit", optional=True),
            allegation=c.flag("allegation"), notes=c.text("notes"),
        ))
    for area, item in r.obj("checks").data.items():
        c = _Reader(item, f"checks.{area}")
        rec.checks[str(area)[:40]] = CheckRecord(status=c.text("status", limit=20),
                                                 category=c.text("category", optional=True, limit=40),
                                                 note=c.text("note"))
    o = r.obj("officer")
    ack_at = o.when("acknowledged_at")
    strokes = o.data.get("signature")
    if strokes is not None and not _strokes_ok(strokes):
        raise _Reader.bad("officer.signature", QT_TRANSLATE_NOOP("Visits", "is not a drawn signature"))
    amends = r.obj("amends", optional=True)
    visitors = [_party(_Reader(p, f"visitors[{i}]")) for i, p in enumerate(r.items("visitors"))]
    if not 1 <= len(visitors) <= 2:
        raise _Reader.bad("visitors", QT_TRANSLATE_NOOP("Visits", "must name one or two visitors"))
    version = r.integer("version")
    if version < 1 or (version > 1) != (amends is not None):
        raise _Reader.bad("version", QT_TRANSLATE_NOOP("Visits", "does not match the amendment it describes"))
    parts = SealedParts(
        scheme=_party(r.obj("scheme")), suite=_party(r.obj("suite", optional=True)), visitors=visitors,
        version=version,
        officer=OfficerAck(rec.officer_name, rec.officer_rank, rec.officer_number, ack_at, strokes)
        if ack_at else None,
        amendment=None if amends is None else Amendment(
            original_uid=amends.text("original_uid", limit=36), reason=amends.text("reason"),
            changes=[str(c)[:200] for c in amends.items("changes")]),
    )
    return rec, parts


def _plain(r: _Reader, f: PlainField):
    """One plain field of the document, checked against its row of the table."""
    *path, key = f.key
    for step in path:
        r = r.obj(step)
    if f.added and key not in r.data:
        return f.default  # signed before the field existed
    if f.kind is str:
        return r.text(key, optional=f.optional, limit=f.limit)
    if f.kind is bool:
        return r.flag(key, optional=f.optional)
    value = r.integer(key, optional=f.optional)
    return _count(value, ".".join(f.key))


def _strokes_ok(strokes) -> bool:
    return isinstance(strokes, list) and len(strokes) <= 500 and all(
        isinstance(s, list) and len(s) <= 5000 and all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(v, int) and not isinstance(v, bool)
                                                        and 0 <= v <= 1000 for v in p) for p in s)
        for s in strokes)


# --------------------------------------------------------------------------- what an amendment changed


def changed_fields(before: dict, after: dict) -> list[str]:
    """Plain names of the parts of the record an amendment changes (not their content)."""
    skip = {"uid", "version", "amends", "officer"}
    out = []
    for key in sorted(set(before) | set(after)):
        if key in skip or before.get(key) == after.get(key):
            continue
        if key == "conversations":
            b, a = before.get(key) or [], after.get(key) or []
            if len(a) != len(b):
                out.append(f"conversations ({len(b)} → {len(a)})")
            out += [f"conversation {i + 1}" for i, (x, y) in enumerate(zip(b, a, strict=False)) if x != y]
        elif key in ("counts", "checks"):
            b, a = before.get(key) or {}, after.get(key) or {}
            out += [f"{key[:-1]}: {k.replace('_', ' ')}" for k in sorted(set(b) | set(a)) if b.get(k) != a.get(k)]
        else:
            out.append(key.replace("_", " "))
    bo, ao = before.get("officer") or {}, after.get("officer") or {}
    officer_keys = [f.key[1] for f in plain_fields() if f.key[0] == "officer"]
    out += [f"officer {k}" for k in officer_keys if bo.get(k) != ao.get(k)]
    return out
