"""Visits in and out of the database: save a draft, complete, list, delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.orm import aliased, object_session, selectinload

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from icvapp.profile import settings
from icvapp.scheme.config import FIRST_KIND, SchemeConfig
from icvapp.storage import audit
from icvapp.storage.database import Database
from icvapp.storage.model import (
    ABANDONED,
    AreaCheck,
    Conversation,
    Place,
    StageCount,
    SubjectRequest,
    Visit,
    VisitOrigin,
    VisitStatus,
    Volunteer,
    superseded,
    utcnow,
)
from icvapp.visits.canonical import shipped_config
from icvapp.visits.record import (
    GROUPS,
    ActivityRecord,
    CheckRecord,
    ConversationRecord,
    CountRow,
    VisitRecord,
    plain_fields,
    plain_values,
)
from icvapp.visits.validation import Context, PlaceInfo, Problem, errors, validate

# --------------------------------------------------------------------------- records


def to_record(v: Visit) -> VisitRecord:
    rec = VisitRecord(
        id=v.id, uid=v.uid, status=v.effective_status, place_id=v.place_id, visit_date=v.visit_date,
        visitor_a_id=v.visitor_a_id, visitor_b_id=v.visitor_b_id,
        **{f.name: getattr(v, f.name) for f in plain_fields()}, language=v.language or "en",
        counts={c.stage: CountRow(c.total, *(getattr(c, g) for g in GROUPS)) for c in v.counts},
        conversations=[
            ConversationRecord(
                identifier=c.identifier, location=c.location, consent=c.consent,
                reason_not_seen=c.reason_not_seen, entitlements=dict(c.entitlements or {}),
                vulnerabilities=list(c.vulnerabilities or []),
                requests=[r.category for r in c.requests for _ in range(r.quantity)],
                issue_raised=c.issue_raised, staff_response=c.staff_response,
                resolved_during_visit=c.resolved_during_visit, allegation=c.allegation, notes=c.notes,
            )
            for c in v.conversations
        ],
        checks={c.area: CheckRecord(c.status, c.category, c.note) for c in v.checks},
        activities=activities_from_column(v.activities),
    )
    rec.set_moments(v.arrived_at, v.admitted_at, v.departed_at)
    return rec


def activities_from_column(stored: dict | None) -> dict[str, ActivityRecord]:
    """The ``visit.activities`` column as records (NULL: none)."""
    return {key: ActivityRecord(observed=a.get("observed"), choices=list(a.get("choices") or []),
                                note=a.get("note") or "")
            for key, a in (stored or {}).items()}


def activities_to_column(activities: dict[str, ActivityRecord]) -> dict | None:
    """What ``visit.activities`` holds: the activities recorded, or NULL when there are none."""
    kept = {key: {"observed": a.observed, "choices": list(a.choices), "note": a.note}
            for key, a in activities.items() if not a.is_blank()}
    return kept or None


def apply_record(v: Visit, rec: VisitRecord) -> None:
    v.place_id = rec.place_id
    v.visit_date = rec.visit_date
    v.visitor_a_id = rec.visitor_a_id
    v.visitor_b_id = rec.visitor_b_id
    v.arrived_at, v.admitted_at, v.departed_at = rec.arrived_at, rec.admitted_at, rec.departed_at
    for name, value in plain_values(rec).items():
        setattr(v, name, value)
    v.language = rec.language
    v.activities = activities_to_column(rec.activities)
    if rec.outcome != ABANDONED:
        v.abandon_reason = None  # a reason picked, then the outcome changed back: the reason goes
    v.updated_at = utcnow()
    # Children are replaced wholesale: simple, and a visit has only a few dozen
    # rows. The old rows go first, so unique (visit, stage) and (visit, area) hold.
    session = object_session(v)
    if session is not None and v.id is not None:
        v.counts, v.checks, v.conversations, v.requests = [], [], [], []
        session.flush()
    v.counts = [StageCount(stage=stage, total=row.total, **{g: getattr(row, g) for g in GROUPS})
                for stage, row in rec.counts.items() if not row.is_empty()]
    v.requests = []
    conversations = []
    for i, c in enumerate(rec.conversations):
        if c.is_blank():
            continue
        conv = Conversation(
            position=i, identifier=c.identifier.strip(), location=c.location, consent=c.consent,
            reason_not_seen=c.reason_not_seen, entitlements=dict(c.entitlements),
            vulnerabilities=list(c.vulnerabilities), issue_raised=c.issue_raised,
            staff_response=c.staff_response, resolved_during_visit=c.resolved_during_visit,
            allegation=c.allegation, notes=c.notes,
        )
        for category in c.requests:
            conv.requests.append(SubjectRequest(visit=v, category=category, quantity=1))
        conversations.append(conv)
    v.conversations = conversations
    v.checks = [AreaCheck(area=a, status=c.status, category=c.category, note=c.note)
                for a, c in rec.checks.items()]


def load_row(session, visit_id: int) -> Visit:
    v = session.get(
        Visit, visit_id,
        options=[selectinload(Visit.counts), selectinload(Visit.checks),
                 selectinload(Visit.conversations).selectinload(Conversation.requests),
                 selectinload(Visit.requests)],
    )
    if v is None:
        raise NotFound(QT_TRANSLATE_NOOP("VisitStore", "There is no visit number {visit_id}.")
                       .format(visit_id=visit_id),
                       hint=QT_TRANSLATE_NOOP("VisitStore", "Run 'icvapp visits list' to see the visits on this "
                                                            "profile."))
    return v


def load_visit(db: Database, visit_id: int) -> VisitRecord:
    with db.session() as s:
        return to_record(load_row(s, visit_id))


def save_draft(db: Database, rec: VisitRecord) -> VisitRecord:
    """Save what was typed, valid or not. Returns the record with its id set."""
    return _write(db, rec, complete=False)


# Autosave writes every few seconds; the audit log notes editing once per this interval.
EDIT_NOTE_INTERVAL = dt.timedelta(minutes=10)


def _write(db: Database, rec: VisitRecord, *, complete: bool) -> VisitRecord:
    with db.session() as s:
        if rec.id is None:
            v = Visit(status=VisitStatus.DRAFT)
            s.add(v)
        else:
            v = load_row(s, rec.id)
            if v.is_sealed:
                raise InvalidInput(QT_TRANSLATE_NOOP("VisitStore", "This visit is signed and sealed, so it cannot "
                                                                   "be changed."),
                                   hint=QT_TRANSLATE_NOOP("VisitStore", "Start an amendment to correct it; the "
                                                                        "signed original stays on record."))
            if v.status != VisitStatus.DRAFT:
                raise InvalidInput(QT_TRANSLATE_NOOP("VisitStore", "This visit is already complete and cannot be "
                                                                   "changed as a draft."))
        apply_record(v, rec)
        if complete:
            v.status, v.completed_at = VisitStatus.COMPLETE, utcnow()
        s.flush()
        _note_write(s, db.actor, v, created=rec.id is None, completed=complete)
        rec.id, rec.uid, rec.status = v.id, v.uid, v.effective_status
    return rec


def _note_write(s, actor: str, v: Visit, *, created: bool, completed: bool) -> None:
    if created:
        audit.append(s, audit.CREATED, actor=actor, visit_uid=v.uid, detail={"version": v.version})
    elif not completed:
        last = s.execute(select(audit.AuditEvent.event, audit.AuditEvent.at)
                         .where(audit.AuditEvent.visit_uid == v.uid)
                         .order_by(audit.AuditEvent.id.desc()).limit(1)).first()
        if last is None or last.event != audit.EDITED or utcnow() - last.at > EDIT_NOTE_INTERVAL:
            audit.append(s, audit.EDITED, actor=actor, visit_uid=v.uid, detail={"version": v.version})
    if completed:
        audit.append(s, audit.COMPLETED, actor=actor, visit_uid=v.uid, detail={"version": v.version})


def note_event(db: Database, visit_id: int, event: str, detail: dict | None = None) -> None:
    """Append an audit entry about a visit (an export, a submission)."""
    with db.session() as s:
        uid = s.scalar(select(Visit.uid).where(Visit.id == visit_id))  # only the uid: no need to load the visit
        if uid is None:
            raise NotFound(QT_TRANSLATE_NOOP("VisitStore", "There is no visit number {visit_id}.")
                           .format(visit_id=visit_id))
        audit.append(s, event, actor=db.actor, visit_uid=uid, detail=detail)


def validation_context(db: Database, config: SchemeConfig, today: dt.date | None = None) -> Context:
    with db.session() as s:
        places = {sid: PlaceInfo(name, active) for sid, name, active in s.execute(
            select(Place.id, Place.name, Place.active))}
    return Context(config=config, places=places, today=today or dt.date.today())


def complete_visit(db: Database, rec: VisitRecord, ctx: Context) -> list[Problem]:
    """Save and mark complete if there are no errors; returns every problem found."""
    problems = validate(rec, ctx)
    _write(db, rec, complete=not errors(problems))
    return problems


def delete_draft(db: Database, visit_id: int) -> None:
    with db.session() as s:
        v = load_row(s, visit_id)
        if v.status != VisitStatus.DRAFT:
            raise InvalidInput(QT_TRANSLATE_NOOP("VisitStore", "Only drafts can be deleted; a completed visit is "
                                                               "part of the scheme's record."))
        audit.append(s, audit.DELETED, actor=db.actor, visit_uid=v.uid, detail={"version": v.version})
        s.delete(v)


# --------------------------------------------------------------------------- the draft being edited


def mark_editing(db: Database, visit_id: int | None) -> None:
    """Remember (encrypted) which draft is open, so a crash can offer it back."""
    settings.set_editing_visit(db, visit_id)


def interrupted_draft(db: Database) -> int | None:
    """The draft that was open when icvapp last stopped without closing it, if any."""
    visit_id = settings.editing_visit(db)
    if visit_id is None:
        return None
    with db.session() as s:
        v = s.get(Visit, visit_id)
        return v.id if v is not None and v.status == VisitStatus.DRAFT else None


# --------------------------------------------------------------------------- the visit list


class ListMark(StrEnum):
    """What the visit list shows in place of the status: an older version, or imported history."""

    SUPERSEDED = "superseded"
    HISTORY = "history"


@dataclass(frozen=True)
class VisitFilter:
    place_id: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None  # inclusive
    status: VisitStatus | None = None


@dataclass(frozen=True)
class VisitSummary:
    id: int
    visit_date: dt.date | None
    place: str
    pair: str
    status: VisitStatus
    outcome: str
    present: int | None
    seen: int | None
    conversations: int
    version: int = 1
    superseded: bool = False
    origin: str = VisitOrigin.RECORDED

    @property
    def state(self) -> VisitStatus | ListMark:
        """What the list shows: draft, complete (awaiting signatures), sealed, superseded, history."""
        if self.superseded:
            return ListMark.SUPERSEDED
        if self.origin == VisitOrigin.HISTORY:
            return ListMark.HISTORY
        return self.status


def _where(f: VisitFilter):
    conds = []
    if f.place_id is not None:
        conds.append(Visit.place_id == f.place_id)
    if f.start is not None:
        conds.append(Visit.visit_date >= f.start)
    if f.end is not None:
        conds.append(Visit.visit_date <= f.end)
    # Spelled out rather than Visit.effective_status, so the (status, visit_date) index serves it.
    if f.status == VisitStatus.SEALED:
        conds.append(Visit.sealed_at.is_not(None))
    elif f.status is not None:
        conds.append(Visit.status == f.status)
        if f.status == VisitStatus.COMPLETE:
            conds.append(Visit.sealed_at.is_(None))
    return and_(*conds) if conds else None


def count_visits(db: Database, f: VisitFilter = VisitFilter()) -> int:
    stmt = select(func.count(Visit.id))
    if (w := _where(f)) is not None:
        stmt = stmt.where(w)
    with db.session() as s:
        return s.scalar(stmt) or 0


def list_visits(db: Database, f: VisitFilter = VisitFilter(), *, limit: int = 200,
                after: tuple[dt.date | None, int] | None = None,
                config: SchemeConfig | None = None) -> list[VisitSummary]:
    """One page of visits, newest first; pass the last row's (date, id) as ``after`` for the next.
    The first count is the one at the root stage of ``config`` (the dog unit's dogs at the unit; the first
    kind's when None).

    Keyset paging keeps every page as fast as the first, however many years
    of visits the scheme holds. Undated drafts sort last.
    """
    a, b = aliased(Volunteer), aliased(Volunteer)
    root, seen = aliased(StageCount), aliased(StageCount)
    n_conv = (select(func.count(Conversation.id)).where(Conversation.visit_id == Visit.id)
              .correlate(Visit).scalar_subquery())
    stmt = (
        select(Visit.id, Visit.visit_date, Place.name, a.name, b.name, Visit.effective_status, Visit.outcome,
               root.total, seen.total, n_conv, Visit.version, superseded(), Visit.origin)
        .outerjoin(Place, Place.id == Visit.place_id)
        .outerjoin(a, a.id == Visit.visitor_a_id)
        .outerjoin(b, b.id == Visit.visitor_b_id)
        .outerjoin(root, and_(root.visit_id == Visit.id,
                               root.stage == (config or shipped_config(FIRST_KIND)).root_stage))
        .outerjoin(seen, and_(seen.visit_id == Visit.id, seen.stage == "seen"))
        # Plain column order lets the (…, visit_date) indexes serve the sort:
        # no full scan and sort, so page one costs the same at 1,000 or 100,000 visits.
        .order_by(Visit.visit_date.desc().nulls_last(), Visit.id.desc())
        .limit(limit)
    )
    if (w := _where(f)) is not None:
        stmt = stmt.where(w)
    if after is not None:
        last_date, last_id = after
        if last_date is None:
            stmt = stmt.where(Visit.visit_date.is_(None), Visit.id < last_id)
        else:
            stmt = stmt.where(or_(tuple_(Visit.visit_date, Visit.id) < (last_date, last_id),
                                  Visit.visit_date.is_(None)))
    with db.session() as s:
        rows = s.execute(stmt).all()
    return [
        VisitSummary(id=r[0], visit_date=r[1], place=r[2] or "—",
                     pair=" & ".join(n for n in (r[3], r[4]) if n) or "—",
                     status=VisitStatus(r[5]), outcome=r[6], present=r[7], seen=r[8], conversations=r[9],
                     version=r[10], superseded=bool(r[11]), origin=r[12])
        for r in rows
    ]


def reopen_visit(db: Database, visit_id: int) -> None:
    """Turn a completed (not yet signed) visit back into a draft to correct it."""
    with db.session() as s:
        v = load_row(s, visit_id)
        if v.is_sealed:
            raise InvalidInput(QT_TRANSLATE_NOOP("VisitStore", "This visit is signed and sealed, so it cannot be "
                                                               "edited again."),
                               hint=QT_TRANSLATE_NOOP("VisitStore", "Start an amendment to correct it; the signed "
                                                                    "original stays on record."))
        v.status = VisitStatus.DRAFT
        v.completed_at = None
        audit.append(s, audit.REOPENED, actor=db.actor, visit_uid=v.uid, detail={"version": v.version})
