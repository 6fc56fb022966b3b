"""Issues to outcome: every issue a visit raised, followed until the office closes it.

A visit's issues become tracked items when it is sealed (or imported at the
office): each conversation where an issue was raised, each inspected area
found wanting, and an admission delay recorded as a finding. The item points
back at what raised it; the office adds the category, the escalation, the
police response and, to close it, the outcome.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Integer, and_, cast, select
from sqlalchemy.orm import Session, aliased

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from icvapp.scheme.config import SchemeConfig
from icvapp.storage import audit
from icvapp.storage.database import Database
from icvapp.storage.model import AreaCheck, Conversation, Place, TrackedIssue, Visit
from icvapp.visits.canonical import LEGACY_KIND, shipped_config

OPEN, CLOSED = "open", "closed"
RESOLVED_ON_THE_SPOT = "Resolved during the visit."
WITHDRAWN = "Withdrawn: the signed amendment no longer records it."


# --------------------------------------------------------------------------- from visits


def _pick(keys: list[str], wanted: tuple[str, ...]) -> str:
    """The first of ``wanted`` the definition lists, else its "other", else its first (the ladder's lowest rung)."""
    return next((k for k in wanted if k in keys), "other" if "other" in keys else keys[0])


def raised_by(v: Visit, config: SchemeConfig | None = None) -> dict[tuple[str, str], dict]:
    """The issues a visit raised, keyed by (source, key), with their starting state: a category and an escalation
    of ``config``'s lists (the first kind's keys when None; a kind without them takes its nearest: welfare, other)."""
    categories = [c.key for c in config.issue_categories] if config else None
    levels = [c.key for c in config.escalation_levels] if config else None

    subject_category = (config or shipped_config(LEGACY_KIND)).subject_issue_category

    def category(*wanted: str) -> str:
        return _pick(categories, wanted) if categories else wanted[0]

    def escalation(wanted: str) -> str:
        return _pick(levels, (wanted,)) if levels else wanted

    out: dict[tuple[str, str], dict] = {}
    for c in v.conversations:
        if not c.issue_raised.strip() and not c.allegation:
            continue
        resolved = bool(c.resolved_during_visit) and not c.allegation
        out[("conversation", str(c.position))] = {
            "category": category("allegation") if c.allegation else category(subject_category, "welfare"),
            "resolved_during_visit": resolved,
            # An allegation of ill-treatment always goes to the duty inspector.
            "escalation": escalation("duty_inspector" if c.allegation else "on_the_spot"),
        }
    for check in v.checks:
        if check.status == "issue":
            out[("inspection", check.area)] = {"category": category(check.category or "other"),
                                               "resolved_during_visit": False, "escalation": escalation("on_the_spot")}
    if v.admission_delay_finding:
        out[("admission", "delay")] = {"category": category("admission_delay"), "resolved_during_visit": False,
                                       "escalation": escalation("on_the_spot")}
    return out


def sync_issues(session: Session, v: Visit, *, actor: str, config: SchemeConfig | None = None) -> int:
    """Create the tracked items for a sealed visit (categories and escalations of ``config``, see
    :func:`raised_by`); an amendment takes over its original's items."""
    if v.visit_date is None:
        return 0
    wanted = raised_by(v, config)
    existing = {(t.source, t.source_key): t for t in session.scalars(
        select(TrackedIssue).where(TrackedIssue.visit_id == v.id))}
    if v.supersedes_id is not None:
        for t in session.scalars(select(TrackedIssue).where(TrackedIssue.visit_id == v.supersedes_id)):
            key = (t.source, t.source_key)
            if key in wanted and key not in existing:
                t.visit_id = v.id  # the office's follow-up carries over to the corrected report
                existing[key] = t
            elif key not in wanted and t.status == OPEN:
                t.status, t.outcome, t.closed_on = CLOSED, WITHDRAWN, dt.date.today()
    created = 0
    for (source, key), state in wanted.items():
        if (source, key) in existing:
            continue
        resolved = state["resolved_during_visit"]
        session.add(TrackedIssue(
            visit_id=v.id, source=source, source_key=key, place_id=v.place_id, raised_on=v.visit_date,
            category=state["category"], escalation=state["escalation"], resolved_during_visit=resolved,
            status=CLOSED if resolved else OPEN, outcome=RESOLVED_ON_THE_SPOT if resolved else "",
            closed_on=v.visit_date if resolved else None, police_response="",
        ))
        created += 1
    session.flush()
    if created:
        audit.append(session, audit.ISSUES_TRACKED, actor=actor, visit_uid=v.uid, detail={"created": created})
    return created


# --------------------------------------------------------------------------- the office's list


@dataclass(frozen=True)
class IssueFilter:
    status: str | None = OPEN  # open | closed | None for all
    place_id: int | None = None
    category: str | None = None
    escalation: str | None = None
    overdue_only: bool = False


@dataclass(frozen=True)
class IssueRow:
    id: int
    visit_id: int
    place: str
    raised_on: dt.date
    source: str
    where: str  # "Conversation 2 (location 7)", "Kitchen and food storage", "Admission"
    text: str  # the visitors' words, from the report itself
    category: str
    escalation: str
    police_response: str
    status: str
    outcome: str
    closed_on: dt.date | None
    days_open: int
    overdue: bool


def list_issues(db: Database, config: SchemeConfig, f: IssueFilter = IssueFilter(), *,
                today: dt.date | None = None) -> list[IssueRow]:
    today = today or dt.date.today()
    conv, check = aliased(Conversation), aliased(AreaCheck)
    stmt = (
        select(TrackedIssue, Place.name, conv.issue_raised, conv.staff_response, conv.location, check.note)
        .outerjoin(Place, Place.id == TrackedIssue.place_id)
        .outerjoin(conv, and_(TrackedIssue.source == "conversation", conv.visit_id == TrackedIssue.visit_id,
                              conv.position == _as_int(TrackedIssue.source_key)))
        .outerjoin(check, and_(TrackedIssue.source == "inspection", check.visit_id == TrackedIssue.visit_id,
                               check.area == TrackedIssue.source_key))
        .order_by(TrackedIssue.raised_on.desc(), TrackedIssue.id.desc())
    )
    for cond, value in ((TrackedIssue.status, f.status), (TrackedIssue.place_id, f.place_id),
                        (TrackedIssue.category, f.category), (TrackedIssue.escalation, f.escalation)):
        if value is not None:
            stmt = stmt.where(cond == value)
    if f.overdue_only:
        stmt = stmt.where(TrackedIssue.status == OPEN,
                          TrackedIssue.raised_on < today - dt.timedelta(days=config.issue_overdue_days))
    rows = []
    subject, location = config.word("subject"), config.word("location").lower()
    with db.session() as s:
        for t, place, issue_text, response, spot, note in s.execute(stmt):
            end = t.closed_on if t.status == CLOSED and t.closed_on else today
            days = (end - t.raised_on).days
            if t.source == "conversation":
                where = f"{subject} {int(t.source_key) + 1}" + (f" ({location} {spot})" if spot else "")
                text = (issue_text or "").strip() or config.word("allegation") or "Issue raised"
                if response:
                    text += f" — Staff: {response.strip()}"
            elif t.source == "inspection":
                where, text = config.label("inspection_areas", t.source_key), (note or "").strip()
            else:
                where = f"Admission to the {config.word('place').lower()}"
                text = "Visitors were kept waiting before being admitted."
            rows.append(IssueRow(
                id=t.id, visit_id=t.visit_id, place=place or "—", raised_on=t.raised_on, source=t.source,
                where=where, text=text, category=t.category, escalation=t.escalation,
                police_response=t.police_response, status=t.status, outcome=t.outcome, closed_on=t.closed_on,
                days_open=days, overdue=t.status == OPEN and days > config.issue_overdue_days,
            ))
    return rows


def _as_int(column):
    return cast(column, Integer)


def _get(s: Session, issue_id: int) -> TrackedIssue:
    t = s.get(TrackedIssue, issue_id)
    if t is None:
        raise NotFound(QT_TRANSLATE_NOOP("Issues", "There is no tracked issue number {issue_id}.")
                       .format(issue_id=issue_id))
    return t


def update_issue(db: Database, config: SchemeConfig, issue_id: int, *, category: str | None = None,
                 escalation: str | None = None, police_response: str | None = None) -> None:
    """Record the office's follow-up: a better category, the escalation level, the police response."""
    with db.session() as s:
        t = _get(s, issue_id)
        changed = []
        if category is not None and category != t.category:
            if category not in {c.key for c in config.issue_categories}:
                raise InvalidInput(QT_TRANSLATE_NOOP("Issues", "{category} is not an issue category of this scheme.")
                                   .format(category=repr(category)))
            t.category = category
            changed.append("category")
        if escalation is not None and escalation != t.escalation:
            if escalation not in {c.key for c in config.escalation_levels}:
                raise InvalidInput(QT_TRANSLATE_NOOP("Issues", "{escalation} is not an escalation level.")
                                   .format(escalation=repr(escalation)))
            t.escalation = escalation
            changed.append("escalation")
        if police_response is not None and police_response != t.police_response:
            t.police_response = police_response
            changed.append("police response")
        if changed:
            visit_uid = s.get(Visit, t.visit_id).uid
            audit.append(s, audit.ISSUE_UPDATED, actor=db.actor, visit_uid=visit_uid,
                         detail={"issue": t.id, "changed": changed})


def close_issue(db: Database, issue_id: int, outcome: str, *, closed_on: dt.date | None = None) -> None:
    """Close an issue; an issue is only closed with its outcome recorded."""
    if not outcome.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Issues", "Record the outcome before closing the issue."),
                           hint=QT_TRANSLATE_NOOP("Issues", "What did the police do, and is the office satisfied?"))
    with db.session() as s:
        t = _get(s, issue_id)
        t.status, t.outcome, t.closed_on = CLOSED, outcome.strip(), closed_on or dt.date.today()
        if t.closed_on < t.raised_on:
            raise InvalidInput(QT_TRANSLATE_NOOP("Issues", "An issue cannot be closed before it was raised."))
        audit.append(s, audit.ISSUE_CLOSED, actor=db.actor, visit_uid=s.get(Visit, t.visit_id).uid,
                     detail={"issue": t.id})


def reopen_issue(db: Database, issue_id: int) -> None:
    with db.session() as s:
        t = _get(s, issue_id)
        t.status, t.closed_on = OPEN, None
        audit.append(s, audit.ISSUE_REOPENED, actor=db.actor, visit_uid=s.get(Visit, t.visit_id).uid,
                     detail={"issue": t.id})
