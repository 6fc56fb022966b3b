"""The few SQL aggregates every figure is built from, over the visits that count
(:func:`icvapp.storage.model.counted`, shared with the list and the rota).

Each query is restricted by ``visit_date`` (or ``raised_on``) so the visit
indexes do the work, and returns small rows: per place and category, at most
one per visit of the period, or (the funnel) one per count a visit recorded,
summed in Python so each visit's counts can be read as a whole. SQLAlchemy Core only and
no dialect-specific functions, so the same queries run on the encrypted
SQLite file and on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from sqlalchemy import Connection, Select, and_, bindparam, case, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from icvapp.metrics.weeks import Closure
from icvapp.storage.model import (
    ABANDONED,
    COMPLETED,
    Conversation,
    Place,
    PlaceClosure,
    StageCount,
    SubjectRequest,
    TrackedIssue,
    Visit,
    Volunteer,
    counted,
)
from icvapp.visits.record import GROUPS

OPEN = "open"
CLOSED = "closed"
GROUP_COLUMNS = GROUPS  # DetaineeCount's split columns


def _dated() -> ColumnElement[bool]:
    return Visit.visit_date.between(bindparam("start", type_=Visit.visit_date.type),
                                    bindparam("end", type_=Visit.visit_date.type))


def _completed() -> ColumnElement[bool]:
    """Not abandoned: the same test as ``outcome != 'abandoned'`` in Python, NULL included."""
    return func.coalesce(Visit.outcome, COMPLETED) != ABANDONED


def _run(conn: Connection, stmt: Select, start: dt.date, end: dt.date):
    # Each statement below is built once per process (@cache) with the dates as
    # parameters: building one costs more than running it from SQLAlchemy's
    # compiled cache.
    return conn.execute(stmt, {"start": start, "end": end})


class VisitRow(NamedTuple):
    """One counting visit, as much of it as the figures need."""

    id: int
    place_id: int | None
    visit_date: dt.date
    outcome: str
    abandon_reason: str | None
    rating: str | None
    arrived_at: dt.datetime | None
    admitted_at: dt.datetime | None
    departed_at: dt.datetime | None
    visitor_a_id: int | None
    visitor_b_id: int | None


@cache
def _visit_stmt() -> Select:
    return (select(Visit.id, Visit.place_id, Visit.visit_date, Visit.outcome, Visit.abandon_reason,
                   Visit.rating, Visit.arrived_at, Visit.admitted_at, Visit.departed_at,
                   Visit.visitor_a_id, Visit.visitor_b_id)
            .where(counted(), _dated()))


def visit_rows(conn: Connection, start: dt.date, end: dt.date) -> list[VisitRow]:
    """Every counting visit dated from ``start`` to ``end``, completed or abandoned."""
    return [VisitRow(*r) for r in _run(conn, _visit_stmt(), start, end)]


class StageTotals(NamedTuple):
    place_id: int | None
    stage: str
    total: int
    groups: dict[str, int]
    zero_totals: int  # visits on which this stage counts 0


@cache
def _funnel_stmt() -> Select:
    dc = StageCount
    return (select(Visit.id, Visit.place_id, dc.stage, dc.total, *(getattr(dc, g) for g in GROUP_COLUMNS))
            .join(dc, dc.visit_id == Visit.id)
            .where(counted(), _dated(), _completed()))


def at_least_within(recorded: dict[str, int | None], inner: dict[str, list[tuple[str, ...]]]) -> dict[str, int]:
    """One visit's counts of one column, each stage raised to what the stages within it prove.

    ``inner`` maps a stage to the groups of stages that lie within it, one group per stage
    (offered: (seen,), (declined,)) and one per funnel sum (offered: (seen, declined)). Everyone seen
    or who declined was offered a visit, and everyone offered was present: a stage left empty, or
    recorded below what the stages within it add up to, counts as that sum. A stage left empty with
    nothing recorded within it (or only zeros) stays empty and adds nothing.
    """
    done: dict[str, int | None] = {}

    def value(stage: str, path: frozenset[str]) -> int | None:
        if stage not in done:
            n = recorded.get(stage)
            for group in inner.get(stage, ()):
                bound = sum(v for s in group if s not in path and (v := value(s, path | {stage})) is not None)
                if bound and (n is None or bound > n):
                    n = bound
            done[stage] = n
        return done[stage]

    for stage in [*recorded, *inner]:
        value(stage, frozenset())
    return {s: n for s, n in done.items() if n is not None}


def funnel_rows(conn: Connection, start: dt.date, end: dt.date, within: Iterable[tuple[str, str]] = (),
                sums: Iterable[tuple[tuple[str, ...], str]] = ()) -> list[StageTotals]:
    """Stage counts of completed visits, summed by place and stage (not recorded adds nothing).

    ``within`` is the scheme's funnel (stage, the stage it lies within) and ``sums`` the stages that
    together lie within another (seen + declined within offered). On each visit, and in each split
    column, a stage counts at least what the stages within it add up to (:func:`at_least_within`),
    so the sums never show more people at a stage than at the stage it lies within.
    """
    inner: dict[str, list[tuple[str, ...]]] = {}
    for stage, above in within:
        inner.setdefault(above, []).append((stage,))
    for stages, above in sums:
        inner.setdefault(above, []).append(tuple(stages))
    columns = ("total", *GROUP_COLUMNS)
    visits: dict[int, tuple[int | None, dict[str, tuple[int | None, ...]]]] = {}
    for visit_id, place_id, stage, *values in _run(conn, _funnel_stmt(), start, end):
        visits.setdefault(visit_id, (place_id, {}))[1][stage] = tuple(values)
    sums_by: dict[tuple[int | None, str], dict[str, int]] = {}
    zeros: dict[tuple[int | None, str], int] = {}
    for place_id, recorded in visits.values():
        for i, column in enumerate(columns):
            for stage, n in at_least_within({s: v[i] for s, v in recorded.items()}, inner).items():
                key = (place_id, stage)
                row = sums_by.setdefault(key, dict.fromkeys(columns, 0))
                zeros.setdefault(key, 0)
                row[column] += n
                if column == "total" and n == 0:
                    zeros[key] += 1
    return [StageTotals(place_id, stage, row["total"], {g: row[g] for g in GROUP_COLUMNS}, zeros[place_id, stage])
            for (place_id, stage), row in sums_by.items()]


@cache
def _request_stmt() -> Select:
    r = SubjectRequest
    return (select(Visit.place_id, r.category, func.sum(r.quantity))
            .join(r, r.visit_id == Visit.id)
            .where(counted(), _dated(), _completed())
            .group_by(Visit.place_id, r.category))


def request_rows(conn: Connection, start: dt.date, end: dt.date) -> list[tuple[int | None, str, int]]:
    """(place, category, quantity) of requests on completed visits, with or without a conversation."""
    return [(s, c, n or 0) for s, c, n in _run(conn, _request_stmt(), start, end)]


@cache
def _reason_stmt() -> Select:
    c = Conversation
    return (select(c.reason_not_seen, func.count())
            .select_from(Visit).join(c, c.visit_id == Visit.id)
            .where(counted(), _dated(), _completed(), c.reason_not_seen.is_not(None))
            .group_by(c.reason_not_seen))


def reason_rows(conn: Connection, start: dt.date, end: dt.date) -> dict[str, int]:
    """Conversations on completed visits by the reason the subject was not seen."""
    return {reason: n for reason, n in _run(conn, _reason_stmt(), start, end)}


class IssueTotals(NamedTuple):
    category: str
    raised: int
    resolved_during_visit: int
    open_at_end: int


@cache
def _issue_stmt() -> Select:
    t = TrackedIssue
    end = bindparam("end", type_=t.raised_on.type)
    open_at_end = or_(t.status == OPEN, and_(t.closed_on.is_not(None), t.closed_on > end))
    return (select(t.category, func.count(),
                   func.sum(case((t.resolved_during_visit.is_(True), 1), else_=0)),
                   func.sum(case((open_at_end, 1), else_=0)))
            .join(Visit, Visit.id == t.visit_id)
            # Naming both statuses lets the (status, raised_on) index serve the date range.
            .where(t.status.in_([OPEN, CLOSED]),
                   t.raised_on.between(bindparam("start", type_=t.raised_on.type), end), counted())
            .group_by(t.category))


def issue_rows(conn: Connection, start: dt.date, end: dt.date) -> list[IssueTotals]:
    """Tracked issues raised in the period on counting visits, by category."""
    return [IssueTotals(cat, n, resolved or 0, still_open or 0)
            for cat, n, resolved, still_open in _run(conn, _issue_stmt(), start, end)]


class PlaceRow(NamedTuple):
    id: int
    name: str
    weekly_target: int
    active: bool
    occasional: bool


def place_rows(conn: Connection) -> list[PlaceRow]:
    stmt = select(Place.id, Place.name, Place.weekly_target, Place.active, Place.occasional)
    return [PlaceRow(i, name, target or 0, bool(active), bool(occ))
            for i, name, target, active, occ in conn.execute(stmt)]


def closure_rows(conn: Connection, start: dt.date, end: dt.date) -> dict[int, list[Closure]]:
    """Each place's closures that overlap ``start`` to ``end`` (end inclusive; None = still closed)."""
    c = PlaceClosure
    stmt = select(c.place_id, c.start, c.end).where(c.start <= end, or_(c.end.is_(None), c.end >= start))
    out: dict[int, list[Closure]] = {}
    for place_id, first, last in conn.execute(stmt):
        out.setdefault(place_id, []).append((first, last))
    return out


def volunteer_names(conn: Connection, ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(ids))
    if not ids:
        return {}
    return dict(conn.execute(select(Volunteer.id, Volunteer.name).where(Volunteer.id.in_(ids))).all())
