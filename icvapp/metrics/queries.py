"""The few SQL aggregates every figure is built from, over the visits that count
(:func:`icvapp.storage.model.counted`, shared with the list and the rota).

Each query is restricted by ``visit_date`` (or ``raised_on``) so the visit
indexes do the work, and returns small rows: per suite and stage, per
category, or at most one per visit of the period. SQLAlchemy Core only and
no dialect-specific functions, so the same queries run on the encrypted
SQLite file and on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from sqlalchemy import Connection, Select, and_, bindparam, case, func, literal, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from icvapp.metrics.weeks import Closure
from icvapp.storage.model import (
    ABANDONED,
    COMPLETED,
    Conversation,
    DetaineeCount,
    DetaineeRequest,
    Suite,
    SuiteClosure,
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
    suite_id: int | None
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
    return (select(Visit.id, Visit.suite_id, Visit.visit_date, Visit.outcome, Visit.abandon_reason,
                   Visit.rating, Visit.arrived_at, Visit.admitted_at, Visit.departed_at,
                   Visit.visitor_a_id, Visit.visitor_b_id)
            .where(counted(), _dated()))


def visit_rows(conn: Connection, start: dt.date, end: dt.date) -> list[VisitRow]:
    """Every counting visit dated from ``start`` to ``end``, completed or abandoned."""
    return [VisitRow(*r) for r in _run(conn, _visit_stmt(), start, end)]


class StageTotals(NamedTuple):
    suite_id: int | None
    stage: str
    total: int
    groups: dict[str, int]
    zero_totals: int  # visits that recorded this stage as 0
    #: The stage counted only on visits that also recorded the stage it lies within, and never
    #: above it there: the numerator of a percentage such as "seen, of those offered".
    within_parent: int = 0


@cache
def _funnel_stmt(within: tuple[tuple[str, str], ...]) -> Select:
    dc, parent = DetaineeCount, aliased(DetaineeCount)
    parent_stage = case(*((dc.stage == stage, above) for stage, above in within), else_=None) if within \
        else literal(None)
    # A visit that left the parent stage empty cannot say what share of it this stage is, and a
    # stage above its parent (only possible in data older than the funnel rule) counts as the parent.
    capped = case((parent.total.is_(None), 0), (dc.total > parent.total, parent.total), else_=dc.total)
    return (select(Visit.suite_id, dc.stage, func.sum(dc.total),
                   *(func.sum(getattr(dc, g)) for g in GROUP_COLUMNS),
                   func.sum(case((dc.total == 0, 1), else_=0)), func.sum(capped))
            .join(dc, dc.visit_id == Visit.id)
            .outerjoin(parent, and_(parent.visit_id == Visit.id, parent.stage == parent_stage))
            .where(counted(), _dated(), _completed())
            .group_by(Visit.suite_id, dc.stage))


def funnel_rows(conn: Connection, start: dt.date, end: dt.date,
                within: Iterable[tuple[str, str]] = ()) -> list[StageTotals]:
    """Detainee counts of completed visits, summed by suite and stage (not recorded adds nothing).

    ``within`` is the scheme's funnel (stage, the stage it lies within): with it each row also
    carries the stage's total on visits that recorded its parent, capped at the parent.
    """
    out = []
    for suite_id, stage, total, *rest in _run(conn, _funnel_stmt(tuple(within)), start, end):
        *groups, zeros, within_parent = rest
        out.append(StageTotals(suite_id, stage, total or 0,
                               {g: n or 0 for g, n in zip(GROUP_COLUMNS, groups, strict=True)}, zeros or 0,
                               within_parent or 0))
    return out


@cache
def _request_stmt() -> Select:
    r = DetaineeRequest
    return (select(Visit.suite_id, r.category, func.sum(r.quantity))
            .join(r, r.visit_id == Visit.id)
            .where(counted(), _dated(), _completed())
            .group_by(Visit.suite_id, r.category))


def request_rows(conn: Connection, start: dt.date, end: dt.date) -> list[tuple[int | None, str, int]]:
    """(suite, category, quantity) of requests on completed visits, with or without a conversation."""
    return [(s, c, n or 0) for s, c, n in _run(conn, _request_stmt(), start, end)]


@cache
def _reason_stmt() -> Select:
    c = Conversation
    return (select(c.reason_not_seen, func.count())
            .select_from(Visit).join(c, c.visit_id == Visit.id)
            .where(counted(), _dated(), _completed(), c.reason_not_seen.is_not(None))
            .group_by(c.reason_not_seen))


def reason_rows(conn: Connection, start: dt.date, end: dt.date) -> dict[str, int]:
    """Conversations on completed visits by the reason the detainee was not seen."""
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


class SuiteRow(NamedTuple):
    id: int
    name: str
    weekly_target: int
    active: bool
    occasional: bool


def suite_rows(conn: Connection) -> list[SuiteRow]:
    stmt = select(Suite.id, Suite.name, Suite.weekly_target, Suite.active, Suite.occasional)
    return [SuiteRow(i, name, target or 0, bool(active), bool(occ))
            for i, name, target, active, occ in conn.execute(stmt)]


def closure_rows(conn: Connection, start: dt.date, end: dt.date) -> dict[int, list[Closure]]:
    """Each suite's closures that overlap ``start`` to ``end`` (end inclusive; None = still closed)."""
    c = SuiteClosure
    stmt = select(c.suite_id, c.start, c.end).where(c.start <= end, or_(c.end.is_(None), c.end >= start))
    out: dict[int, list[Closure]] = {}
    for suite_id, first, last in conn.execute(stmt):
        out.setdefault(suite_id, []).append((first, last))
    return out


def volunteer_names(conn: Connection, ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(ids))
    if not ids:
        return {}
    return dict(conn.execute(select(Volunteer.id, Volunteer.name).where(Volunteer.id.in_(ids))).all())
