"""A period's performance in one call: the figures the Board, the dashboard and the CLI show."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from icvapp.metrics import queries
from icvapp.metrics.figures import AnnualPlaceRow, AnnualSummary, Funnel, IssueFigures, PlaceFigures, Summary
from icvapp.metrics.queries import IssueTotals, PlaceRow, StageTotals, VisitRow
from icvapp.metrics.spread import Moment, spread
from icvapp.metrics.weeks import Closure, coverage, slot_start, slots_in, visit_span
from icvapp.scheme.config import SchemeConfig, funnel_keys
from icvapp.scheme.periods import Period, financial_year
from icvapp.storage.database import Database, translate_errors
from icvapp.storage.model import ABANDONED, SATISFACTORY
from icvapp.visits.record import group_columns

NOT_RECORDED = "not_recorded"  # an abandoned visit that gave no reason
PAIR = 2  # a visit with no visitor named was still made by a pair


def pct(part: float, whole: float) -> float | None:
    """``part`` as a percentage of ``whole``; None when there is no whole to speak of."""
    return part / whole * 100 if whole else None


def in_config_order(counts: dict[str, int], keys: Iterable[str], *, keep_zeros: bool) -> dict[str, int]:
    """``counts`` ordered as the scheme lists the keys; keys it does not list follow, A–Z."""
    keys = list(keys)
    out = {k: counts.get(k, 0) for k in keys if keep_zeros or counts.get(k)}
    out.update((k, counts[k]) for k in sorted(set(counts) - set(keys)) if keep_zeros or counts[k])
    return out


def summary(db: Database, config: SchemeConfig, period: Period, *, today: dt.date | None = None) -> Summary:
    """Every figure for ``period`` as it stands ``today``, from a handful of aggregate queries.

    Coverage is counted in the definition's target periods (``config.target_every``): weeks for
    the first kind, months for the dog unit; the ``*_weeks`` fields then hold those slots."""
    today = today or dt.date.today()
    every = config.target_every
    weeks = slots_in(period, every)
    span_start, span_end = visit_span(period, weeks, every)
    with translate_errors(db.path), db.engine.connect() as conn:
        # One connection and one read transaction: every figure sees the same data.
        rows = queries.visit_rows(conn, span_start, span_end)
        stage_rows = queries.funnel_rows(conn, period.start, period.end, config.stage_within, config.funnel_sums)
        request_rows = queries.request_rows(conn, period.start, period.end)
        reasons = queries.reason_rows(conn, period.start, period.end)
        issue_rows = queries.issue_rows(conn, period.start, period.end)
        places = queries.place_rows(conn)
        closures = queries.closure_rows(conn, span_start, span_end)
        counted = _count_visits(rows, period, weeks, every)
        names = queries.volunteer_names(conn, counted.per_volunteer)
    requests_by_place: dict[int | None, Counter[str]] = defaultdict(Counter)
    for place_id, category, n in request_rows:
        requests_by_place[place_id][category] += n
    request_keys = [c.key for c in config.request_categories]
    place_figures = _places(places, weeks, today, counted, stage_rows, requests_by_place, closures,
                           request_keys, config)
    place_names = {s.id: s.name for s in places}
    expected = sum(s.expected_weeks for s in place_figures)
    covered = sum(s.covered_weeks for s in place_figures)
    delays = counted.delays
    return Summary(
        period=period,
        visits=counted.completed + counted.abandoned, completed=counted.completed, abandoned=counted.abandoned,
        abandon_reasons=in_config_order(counted.abandon_reasons,
                                        [c.key for c in config.abandon_reasons] + [NOT_RECORDED],
                                        keep_zeros=False),
        places=place_figures,
        expected_weeks=expected, covered_weeks=covered, coverage_pct=pct(covered, expected),
        funnel=_funnel(config, stage_rows, reasons),
        requests=in_config_order(sum(requests_by_place.values(), Counter()), request_keys, keep_zeros=True),
        issues=_issues(config, issue_rows),
        rated=counted.rated, satisfactory=counted.satisfactory,
        satisfactory_pct=pct(counted.satisfactory, counted.rated),
        admission_delay_median_min=statistics.median(delays) if delays else None,
        admission_delay_worst_min=round(max(delays)) if delays else None,
        admission_delays_over_threshold=sum(1 for d in delays if d > config.admission_delay_minutes),
        volunteer_hours=counted.volunteer_seconds / 3600,
        visits_per_volunteer=_by_name(counted.per_volunteer, names),
        spread=spread(counted.moments, {place_names[i]: m for i, m in counted.moments_by_place.items()}),
        weeks=weeks, as_of=today,
        target_visits=sum(s.target_visits for s in place_figures),
        target_every=every,
    )


@dataclass
class _VisitCounts:
    """What one pass over the counting visits finds (all but ``visited`` for the period's own dates)."""

    completed: int = 0
    abandoned: int = 0
    completed_by_place: Counter = field(default_factory=Counter)
    abandoned_by_place: Counter = field(default_factory=Counter)
    visited: dict[int | None, set[dt.date]] = field(default_factory=lambda: defaultdict(set))
    abandon_reasons: Counter = field(default_factory=Counter)
    rated: int = 0
    satisfactory: int = 0
    delays: list[float] = field(default_factory=list)  # minutes from arrival to admission
    volunteer_seconds: float = 0.0
    per_volunteer: Counter = field(default_factory=Counter)
    moments: list[Moment] = field(default_factory=list)
    moments_by_place: dict[int, list[Moment]] = field(default_factory=lambda: defaultdict(list))


def _count_visits(rows: list[VisitRow], period: Period, weeks: list[dt.date], every: str = "week") -> _VisitCounts:
    counted = _VisitCounts()
    week_set, start, end = set(weeks), period.start, period.end
    per_volunteer, delays = counted.per_volunteer, counted.delays
    for r in rows:
        day = r.visit_date
        completed = r.outcome != ABANDONED
        # A completed visit covers its Monday–Sunday week (its month) even when dated just outside the period.
        if completed and (monday := slot_start(day, every)) in week_set:
            counted.visited[r.place_id].add(monday)
        if not start <= day <= end:
            continue
        moment = (day, r.arrived_at)
        counted.moments.append(moment)
        if r.place_id is not None:
            counted.moments_by_place[r.place_id].append(moment)
        a, b = r.visitor_a_id, r.visitor_b_id
        if a is not None:
            per_volunteer[a] += 1
        if b is not None and b != a:
            per_volunteer[b] += 1
        arrived = r.arrived_at
        if arrived is not None and r.admitted_at is not None and r.admitted_at >= arrived:
            # Abandoned visits count here too: the wait happened whatever came after.
            delays.append((r.admitted_at - arrived).total_seconds() / 60)
        if not completed:
            counted.abandoned += 1
            counted.abandoned_by_place[r.place_id] += 1
            counted.abandon_reasons[r.abandon_reason or NOT_RECORDED] += 1
            continue
        counted.completed += 1
        counted.completed_by_place[r.place_id] += 1
        if r.rating is not None:
            counted.rated += 1
            counted.satisfactory += r.rating == SATISFACTORY
        if arrived is not None and r.departed_at is not None and r.departed_at >= arrived:
            visitors = (a is not None) + (b is not None) or PAIR
            counted.volunteer_seconds += (r.departed_at - arrived).total_seconds() * visitors
    return counted


def _places(places: list[PlaceRow], weeks: list[dt.date], today: dt.date, counted: _VisitCounts,
            stage_rows: list[StageTotals], requests_by_place: dict[int | None, Counter[str]],
            closures: dict[int, list[Closure]], request_keys: list[str],
            config: SchemeConfig) -> list[PlaceFigures]:
    stages: dict[int | None, Counter[str]] = defaultdict(Counter)
    for row in stage_rows:
        stages[row.place_id][row.stage] += row.total
    root, offered, seen, _declined = funnel_keys(config)
    out = []
    for s in sorted(places, key=lambda s: s.name):
        completed, abandoned = counted.completed_by_place[s.id], counted.abandoned_by_place[s.id]
        if not (s.active or completed or abandoned):
            continue
        weekly = coverage(weeks, expected_at_all=s.active and s.weekly_target > 0 and not s.occasional,
                          closures=closures.get(s.id, []), visited=counted.visited.get(s.id, set()),
                          today=today, every=config.target_every)
        funnel = stages[s.id]
        out.append(PlaceFigures(
            place_id=s.id, place=s.name, weekly_target=s.weekly_target, occasional=s.occasional,
            visits=completed, abandoned=abandoned,
            expected_weeks=len(weekly.expected), covered_weeks=len(weekly.covered),
            closed_weeks=len(weekly.closed), missed_weeks=weekly.missed,
            target_visits=len(weekly.expected) * s.weekly_target,
            coverage_pct=pct(len(weekly.covered), len(weekly.expected)),
            present=funnel[root], offered=funnel[offered], seen=funnel[seen],
            seen_pct=pct(funnel[seen], funnel[offered]),
            weeks_visited=len(weekly.visited), weeks_to_come=len(weekly.to_come),
            requests=in_config_order(requests_by_place.get(s.id, Counter()), request_keys, keep_zeros=True),
        ))
    return out


def _funnel(config: SchemeConfig, stage_rows: list[StageTotals], reasons: dict[str, int]) -> Funnel:
    totals: Counter[str] = Counter()
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    nobody = 0
    root, offered_key, seen, declined = funnel_keys(config)
    for row in stage_rows:
        totals[row.stage] += row.total
        for g, n in row.groups.items():
            groups[g][row.stage] += n
        if row.stage == root:
            nobody += row.zero_totals
    stage_keys = [c.key for c in config.count_stages]
    stages = in_config_order(totals, stage_keys, keep_zeros=True)
    # A definition's groups are kept in the count columns by position (court holding areas: adult in "female").
    column = group_columns(g.key for g in config.count_groups)
    by_group = {g.key: in_config_order(groups[column[g.key]], stage_keys, keep_zeros=True)
                for g in config.count_groups if column.get(g.key) in queries.GROUP_COLUMNS}
    offered = stages.get(offered_key, 0)
    return Funnel(
        stages=stages, by_group=by_group,
        seen_pct=pct(stages.get(seen, 0), offered), declined_pct=pct(stages.get(declined, 0), offered),
        reasons_not_seen=in_config_order(reasons, [c.key for c in config.reasons_not_seen], keep_zeros=True),
        visits_with_nobody_present=nobody,
    )


def _issues(config: SchemeConfig, rows: list[IssueTotals]) -> IssueFigures:
    found = {t.category: {"raised": t.raised, "resolved_during_visit": t.resolved_during_visit,
                          "followed_up": t.raised - t.resolved_during_visit, "open_at_end": t.open_at_end}
             for t in rows}
    order = [c.key for c in config.issue_categories]
    order += sorted(set(found) - set(order))
    raised = sum(t.raised for t in rows)
    resolved = sum(t.resolved_during_visit for t in rows)
    return IssueFigures(raised=raised, resolved_during_visit=resolved, followed_up=raised - resolved,
                        open_at_end=sum(t.open_at_end for t in rows),
                        by_category={k: found[k] for k in order if k in found})


def _by_name(per_id: Counter, names: dict[int, str]) -> dict[str, int]:
    shared = {n for n, k in Counter(names.values()).items() if k > 1}
    # Two volunteers with the same name stay two people: their number tells them apart.
    label = {i: f"{n} (no. {i})" if n in shared else n for i, n in names.items()}
    return {label[i]: per_id[i] for i in sorted(per_id, key=lambda i: (label[i].casefold(), i))}


def annual_summary(db: Database, config: SchemeConfig, fy: int) -> AnnualSummary:
    """The PCC annual report's table for financial year ``fy``: a row per place and a total."""
    s = summary(db, config, financial_year(fy))
    rows = [AnnualPlaceRow(f.place, f.visits, f.present, f.offered, f.seen, f.seen_pct, f.requests)
            for f in s.places]
    stages = s.funnel.stages
    root, offered, seen, _declined = funnel_keys(config)
    total = AnnualPlaceRow("Total", s.completed, stages.get(root, 0), stages.get(offered, 0),
                           stages.get(seen, 0), s.funnel.seen_pct, s.requests)
    return AnnualSummary(s.period, rows, total, s.volunteer_hours, s.issues.raised)
