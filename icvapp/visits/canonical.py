"""A visit as the document both visitors sign, and back.

The document names everything by uid and name, never by a database id, so
the same bytes verify on the volunteer's laptop and in the scheme office.
:func:`document_to_record` is strict: a submission file that does not have
exactly this shape is refused with the reason, before anything is written.

Two formats (:mod:`icvapp.visits.document_formats`), which differ only in the names of a few keys:

- ``icvapp-visit/1``, the first kind's, names the place, a subject's identifier and its location
  in the first kind's words (:mod:`icvapp.storage.released`), its subjects "conversations" and
  their checks and flags "entitlements" and "vulnerabilities". Every document of the first kind is
  written in it, so each one ever signed keeps its bytes and an older icvapp still reads a new one.
- ``icvapp-visit/2``, every other kind's: ``place``, ``subjects``, ``identifier``, ``location``,
  ``met``, ``subject_checks``, ``subject_flags`` — the definition's own names.

A document keeps the format it was signed in (:attr:`SealedParts.format`), so a visit of another
kind sealed in format 1 before format 2 existed still rebuilds to the bytes its visitors signed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput
from icvapp.i18n.languages import DEFAULT_LANGUAGE
from icvapp.scheme.config import FIRST_KIND, DefinitionError, SchemeConfig, load_config
from icvapp.scheme.kinds import scheme_kinds
from icvapp.storage.model import VisitStatus
from icvapp.visits.document_formats import FORMAT_1, KEYS, SUBJECT_KEYS, Keys, format_for
from icvapp.visits.document_reader import Reader, count_value
from icvapp.visits.record import (
    ActivityRecord,
    CheckRecord,
    ConversationRecord,
    CountRow,
    PlainField,
    VisitRecord,
    group_columns,
    plain_fields,
)

# A visit written in English leaves its language out of the signed document.
ENGLISH = DEFAULT_LANGUAGE
#: The first kind: every document signed before scheme kinds existed is one of its, and its documents leave
#: their kind out. Its messages also keep the words they were written in (see icvapp.visits.validation).
LEGACY_KIND = FIRST_KIND
#: The entries of one observed activity in the document.
ACTIVITY_KEYS = ("observed", "choices", "note")


@dataclass
class Party:
    uid: str
    name: str


@dataclass
class OfficerAck:
    """The staff member's acknowledgement of the findings at sign-off."""

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
    place: Party | None
    visitors: list[Party]
    version: int
    officer: OfficerAck | None
    amendment: Amendment | None
    #: The format the document is written in; empty for a new one: the kind's own (:func:`format_for`).
    format: str = ""


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


@cache
def shipped_config(kind: str) -> SchemeConfig:
    """The shipped definition of ``kind`` (read once): what a document that names its kind is read by."""
    return load_config(kind)


def document_kind(doc) -> str:
    """The scheme kind a document says it belongs to: the first kind's documents leave it out."""
    kind = doc.get("kind", LEGACY_KIND) if isinstance(doc, dict) else LEGACY_KIND
    if not isinstance(kind, str) or not kind or ("kind" in doc and kind == LEGACY_KIND):
        raise Reader.bad("kind", QT_TRANSLATE_NOOP("Visits", "is not a scheme kind"))
    return kind


def document_config(doc) -> SchemeConfig:
    """The shipped definition of the kind ``doc`` names, to read a signed document without a profile at hand."""
    kind = document_kind(doc)
    if kind not in scheme_kinds():
        raise InvalidInput(QT_TRANSLATE_NOOP("Visits", "This visit record belongs to a kind of scheme this icvapp "
                                                       "does not know ({kind}).").format(kind=kind))
    try:
        return shipped_config(kind)
    except DefinitionError as exc:  # a shipped definition that does not load is a bug, not the document's fault
        raise RuntimeError(str(exc)) from exc


def count_keys(config: SchemeConfig) -> tuple[str, ...]:
    """The columns of a stage's counts in the document, in order: the total, then the definition's groups."""
    return ("total", *(g.key for g in config.count_groups))


def _counts_list(row: CountRow, config: SchemeConfig) -> list[int | None]:
    columns = group_columns(g.key for g in config.count_groups)
    return [row.total, *(getattr(row, column) for column in columns.values())]


def _subject(c: ConversationRecord, config: SchemeConfig, keys: Keys) -> dict:
    """One subject's record, in the format's names; a part of the form the kind does not have (the allegation,
    the requests) is left out rather than written empty."""
    out = {keys.identifier: c.identifier, keys.location: c.location, keys.met: c.consent,
           "reason_not_seen": c.reason_not_seen, keys.checks: c.entitlements, keys.flags: c.vulnerabilities,
           "requests": c.requests, "issue_raised": c.issue_raised, "staff_response": c.staff_response,
           "resolved_during_visit": c.resolved_during_visit, "allegation": c.allegation, "notes": c.notes}
    if not config.has("allegation"):
        del out["allegation"]
    if not config.has_requests:
        del out["requests"]
    return out


def build_document(rec: VisitRecord, parts: SealedParts, config: SchemeConfig | None = None) -> dict:
    """The canonical document for ``rec``, by the definition of its scheme's kind; feed it to
    :func:`icvapp.storage.encoding.canonical_json`.

    The plain fields go in by the record's table (:func:`icvapp.visits.record.plain_fields`);
    the keys are sorted when encoded, so where they are added does not change a byte. A stage's
    counts are ``[total, *groups]`` in the definition's group order (female, male, juvenile;
    a kind without groups: the total alone). ``config`` None is the definition of :data:`LEGACY_KIND`,
    which every document signed before scheme kinds belongs to.
    """
    config = config or shipped_config(LEGACY_KIND)
    form = parts.format or format_for(config)
    keys = KEYS[form]
    officer = parts.officer
    doc = {
        "format": form,
        "scheme": vars(parts.scheme),
        "uid": rec.uid,
        "version": parts.version,
        "amends": vars(parts.amendment) if parts.amendment else None,
        keys.place: vars(parts.place) if parts.place else None,
        "date": _iso(rec.visit_date),
        "visitors": [vars(p) for p in parts.visitors],
        "arrived_at": _iso(rec.arrived_at),
        "admitted_at": _iso(rec.admitted_at),
        "departed_at": _iso(rec.departed_at),
        "counts": {stage: _counts_list(row, config) for stage, row in rec.counts.items() if not row.is_empty()},
        keys.subjects: [_subject(c, config, keys) for c in rec.conversations if not c.is_blank()],
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
    # Added with scheme kinds, and left out for the first kind and while empty, for the same reason.
    if config.kind != LEGACY_KIND:
        doc["kind"] = config.kind
    activities = {key: {"observed": a.observed, "choices": list(a.choices), "note": a.note}
                  for key, a in rec.activities.items() if not a.is_blank()}
    if activities:
        doc["activities"] = activities
    return doc


# --------------------------------------------------------------------------- reading one back


def _party(r: Reader | None) -> Party | None:
    return None if r is None else Party(uid=r.text("uid", limit=36), name=r.text("name", limit=200))


def document_to_record(doc, config: SchemeConfig | None = None) -> tuple[VisitRecord, SealedParts]:
    """Parse a signed document by the definition of its scheme's kind; raises :class:`InvalidInput` naming the
    first bad field. ``config`` is the profile's definition; None reads the document by the shipped definition
    of the kind it names (:data:`LEGACY_KIND` when it names none). A document of another kind than ``config`` is refused."""
    r = Reader(doc)
    form = r.text("format")
    if form not in KEYS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Visits", "This is not a visit record icvapp can read (format {format}).")
                           .format(format=repr(doc.get("format"))))
    if config is None:
        config = document_config(doc)
    elif document_kind(doc) != config.kind:
        raise InvalidInput(QT_TRANSLATE_NOOP("Visits", "This visit record belongs to another kind of scheme "
                                                       "({kind}) than this one ({ours}).")
                           .format(kind=document_kind(doc), ours=config.kind))
    # The first kind's documents are all format 1; another kind's are format 2, or format 1 if signed before it.
    if form not in (FORMAT_1, format_for(config)):
        raise Reader.bad("format", QT_TRANSLATE_NOOP("Visits", "is not a format of this kind of visit"))
    keys = KEYS[form]
    rec = VisitRecord(uid=r.text("uid", limit=36), status=VisitStatus.COMPLETE)
    rec.visit_date = r.when("date", dt.date)
    rec.set_moments(*(r.when(k) for k in ("arrived_at", "admitted_at", "departed_at")))
    for f in plain_fields():
        setattr(rec, f.name, _plain(r, f))
    rec.language = r.text("language", limit=8) if "language" in r.data else ENGLISH  # absent: signed in English
    _read_counts(r.obj("counts"), rec, config)
    for i, item in enumerate(r.items(keys.subjects)):
        rec.conversations.append(_read_subject(Reader(item, f"{keys.subjects}[{i}]"), config, keys))
    if "activities" in r.data:
        _read_activities(r.obj("activities"), rec, config)
    for area, item in r.obj("checks").data.items():
        c = Reader(item, f"checks.{area}")
        rec.checks[str(area)[:40]] = CheckRecord(status=c.text("status", limit=20),
                                                 category=c.text("category", optional=True, limit=40),
                                                 note=c.text("note"))
    o = r.obj("officer")
    ack_at = o.when("acknowledged_at")
    strokes = o.data.get("signature")
    if strokes is not None and not _strokes_ok(strokes):
        raise Reader.bad("officer.signature", QT_TRANSLATE_NOOP("Visits", "is not a drawn signature"))
    amends = r.obj("amends", optional=True)
    visitors = [_party(Reader(p, f"visitors[{i}]")) for i, p in enumerate(r.items("visitors"))]
    if not 1 <= len(visitors) <= 2:
        raise Reader.bad("visitors", QT_TRANSLATE_NOOP("Visits", "must name one or two visitors"))
    version = r.integer("version")
    if version < 1 or (version > 1) != (amends is not None):
        raise Reader.bad("version", QT_TRANSLATE_NOOP("Visits", "does not match the amendment it describes"))
    parts = SealedParts(
        scheme=_party(r.obj("scheme")), place=_party(r.obj(keys.place, optional=True)), visitors=visitors,
        version=version, format=form,
        officer=OfficerAck(rec.officer_name, rec.officer_rank, rec.officer_number, ack_at, strokes)
        if ack_at else None,
        amendment=None if amends is None else Amendment(
            original_uid=amends.text("original_uid", limit=36), reason=amends.text("reason"),
            changes=[str(c)[:200] for c in amends.items("changes")]),
    )
    return rec, parts


def _read_counts(counts: Reader, rec: VisitRecord, config: SchemeConfig) -> None:
    keys = count_keys(config)
    columns = ("total", *group_columns(keys[1:]).values())
    for stage, row in counts.data.items():
        if not isinstance(row, list) or len(row) != len(keys):
            # A document with counts for groups its kind has no definition of (female… in a dog unit's) is refused.
            what = (QT_TRANSLATE_NOOP("Visits", "is not [total, {groups}]").format(groups=", ".join(keys[1:]))
                    if len(keys) > 1 else QT_TRANSLATE_NOOP("Visits", "is not [total]: this kind of visit counts "
                                                                      "no groups"))
            raise Reader.bad(f"counts.{stage}", what)
        rec.counts[str(stage)[:30]] = CountRow(**{column: count_value(v, f"counts.{stage}")
                                                   for column, v in zip(columns, row, strict=True)})


def _read_subject(c: Reader, config: SchemeConfig, keys: Keys) -> ConversationRecord:
    known = {keys.identifier, keys.location, keys.met, keys.checks, keys.flags, *SUBJECT_KEYS}
    unknown = sorted(str(k) for k in c.data if k not in known)
    if unknown:
        raise Reader.bad(f"{c.path}.{unknown[0]}", QT_TRANSLATE_NOOP("Visits", "is not part of this format"))
    entitlements = c.obj(keys.checks).data
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in entitlements.items()):
        raise Reader.bad(f"{c.path}.{keys.checks}", QT_TRANSLATE_NOOP("Visits", "has the wrong type"))
    names = [keys.flags]
    absent = [] if config.has("allegation") else ["allegation"]
    if config.has_requests:
        names.append("requests")
    else:
        absent.append("requests")
    for key in absent:  # the kind has no such part of the form
        if key in c.data:
            raise Reader.bad(f"{c.path}.{key}", QT_TRANSLATE_NOOP("Visits", "is not part of this kind of visit"))
    lists = {k: c.items(k) for k in names}
    for k, values in lists.items():
        if not all(isinstance(v, str) and len(v) <= 40 for v in values):
            raise Reader.bad(f"{c.path}.{k}", QT_TRANSLATE_NOOP("Visits", "has the wrong type"))
    return ConversationRecord(
        identifier=c.text(keys.identifier, limit=config.identifier_max_length), location=c.text(keys.location, limit=20),
        consent=c.flag(keys.met, optional=True),
        reason_not_seen=c.text("reason_not_seen", optional=True, limit=40),
        entitlements=dict(entitlements), vulnerabilities=lists[keys.flags],
        requests=lists.get("requests", []), issue_raised=c.text("issue_raised"),
        staff_response=c.text("staff_response"),
        resolved_during_visit=c.flag("resolved_during_visit", optional=True),
        allegation=c.flag("allegation") if config.has("allegation") else False, notes=c.text("notes"),
    )


def _read_activities(activities: Reader, rec: VisitRecord, config: SchemeConfig) -> None:
    """The observed activities: only the definition's, each with only the choices it offers, none empty."""
    if not activities.data:
        raise Reader.bad("activities", QT_TRANSLATE_NOOP("Visits", "is empty"))
    for key, item in activities.data.items():
        where = f"activities.{key}"
        activity = config.activity(key)
        if activity is None:
            raise Reader.bad(where, QT_TRANSLATE_NOOP("Visits", "is not an activity this kind of visit records"))
        a = Reader(item, where)
        unknown = sorted(set(a.data) - set(ACTIVITY_KEYS))
        if unknown:
            raise Reader.bad(f"{where}.{unknown[0]}", QT_TRANSLATE_NOOP("Visits", "is not part of an activity"))
        choices = a.items("choices")
        offered = {c.key for c in activity.choices}
        if not all(isinstance(c, str) and c in offered for c in choices):
            raise Reader.bad(f"{where}.choices", QT_TRANSLATE_NOOP("Visits", "names a choice the activity does "
                                                                              "not offer"))
        if len(set(choices)) != len(choices):
            raise Reader.bad(f"{where}.choices", QT_TRANSLATE_NOOP("Visits", "names a choice twice"))
        record = ActivityRecord(observed=a.flag("observed", optional=True), choices=list(choices),
                                note=a.text("note"))
        if record.is_blank():
            raise Reader.bad(where, QT_TRANSLATE_NOOP("Visits", "is empty"))
        rec.activities[key] = record


def _plain(r: Reader, f: PlainField):
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
    return count_value(value, ".".join(f.key))


def _strokes_ok(strokes) -> bool:
    return isinstance(strokes, list) and len(strokes) <= 500 and all(
        isinstance(s, list) and len(s) <= 5000 and all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(v, int) and not isinstance(v, bool)
                                                        and 0 <= v <= 1000 for v in p) for p in s)
        for s in strokes)
