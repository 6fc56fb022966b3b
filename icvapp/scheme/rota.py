"""The visit rota: a pair for each place each week (or each month, when the scheme's target is
monthly), and how the weeks filled in.

The rota never holds a day or a time: the pair chooses those and tells no one,
so visits stay unannounced.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, select
from sqlalchemy.orm import aliased

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from icvapp.scheme.periods import Period, closed_most_of, slot_end, slot_start, slots_in
from icvapp.scheme.places import closed_for_week, closures
from icvapp.storage import audit
from icvapp.storage.database import Database
from icvapp.storage.model import Place, RotaAssignment, Visit, Volunteer, counted

VISITED, ABANDONED, ASSIGNED, UNCOVERED, MISSED, CLOSED, OPTIONAL = (
    "visited", "abandoned", "assigned", "uncovered", "missed", "closed", "optional")


@dataclass
class RotaSlot:
    place_id: int
    week: dt.date  # Monday (the first day of the slot when the target is fortnightly or monthly)
    state: str
    pair: tuple[int | None, int | None] = (None, None)
    pair_names: str = ""
    visits: list[tuple[int, dt.date, str]] = field(default_factory=list)  # (id, date, outcome)


@dataclass
class RotaGrid:
    period: Period
    weeks: list[dt.date]  # the slots' first days: Mondays, or 1sts of months for a monthly target
    places: list[tuple[int, str, bool]]  # (id, name, occasional)
    slots: dict[tuple[int, dt.date], RotaSlot]
    every: str = "week"  # the visit target's period (the scheme definition's target_every)

    def slot(self, place_id: int, week: dt.date) -> RotaSlot:
        return self.slots[(place_id, week)]

    def count(self, state: str) -> int:
        return sum(c.state == state for c in self.slots.values())


def rota_grid(db: Database, period: Period, *, today: dt.date | None = None, every: str = "week") -> RotaGrid:
    """Places × weeks (or the target's fortnights or months) of the period: who is assigned, what visits
    arrived, which slots stand out."""
    today = today or dt.date.today()
    weeks = slots_in(period, every)
    if not weeks:
        return RotaGrid(period, [], [], {}, every)
    first, last = weeks[0], slot_end(weeks[-1], every)
    a, b = aliased(Volunteer), aliased(Volunteer)
    with db.session() as s:
        places = [(x.id, x.name, x.occasional or x.weekly_target == 0, x.active)
                  for x in s.scalars(select(Place).order_by(Place.name))]
        assigned = {(r.place_id, r.week_start): (r.visitor_a_id, r.visitor_b_id, na, nb)
                    for r, na, nb in s.execute(
                        select(RotaAssignment, a.name, b.name)
                        .outerjoin(a, a.id == RotaAssignment.visitor_a_id)
                        .outerjoin(b, b.id == RotaAssignment.visitor_b_id)
                        .where(and_(RotaAssignment.week_start >= first, RotaAssignment.week_start <= last)))}
        # The same visits the figures count, so the rota's weeks and the coverage figure agree.
        visits = s.execute(select(Visit.id, Visit.place_id, Visit.visit_date, Visit.outcome)
                           .where(Visit.visit_date >= first, Visit.visit_date <= last, counted())).all()
    by_slot = defaultdict(list)
    for vid, place_id, day, outcome in visits:
        by_slot[(place_id, slot_start(day, every))].append((vid, day, outcome))
    shut = defaultdict(list)
    for c in closures(db):
        shut[c.place_id].append(c.span)
    slots = {}
    shown = []
    for place_id, name, occasional, active in places:
        if not active and not any(k[0] == place_id for k in by_slot):
            continue
        shown.append((place_id, name, occasional))
        for week in weeks:
            found = sorted(by_slot.get((place_id, week), []), key=lambda v: v[1])
            pair = assigned.get((place_id, week))
            if any(o != "abandoned" for _, _, o in found):
                state = VISITED
            elif found:
                state = ABANDONED
            elif _closed(shut[place_id], week, every):
                state = CLOSED
            elif occasional:
                state = OPTIONAL
            elif slot_end(week, every) < today:
                state = MISSED
            elif pair:
                state = ASSIGNED
            else:
                state = UNCOVERED
            slots[(place_id, week)] = RotaSlot(
                place_id, week, state, pair=(pair[0], pair[1]) if pair else (None, None),
                pair_names=" & ".join(n for n in (pair[2], pair[3]) if n) if pair else "", visits=found)
    return RotaGrid(period, weeks, shown, slots, every)


def _closed(spans, start: dt.date, every: str) -> bool:
    return closed_for_week(spans, start) if every == "week" else closed_most_of(spans, start, slot_end(start, every))


def assign_pair(db: Database, place_id: int, week: dt.date, visitor_a_id: int | None,
                visitor_b_id: int | None, *, every: str = "week") -> None:
    """Put a pair on a place for a week, or the target's fortnight or month (replacing whoever was there)."""
    if every == "week" and week.weekday() != 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Rota", "A rota week starts on a Monday."))
    if slot_start(week, every) != week:
        raise InvalidInput(QT_TRANSLATE_NOOP("Rota", "A rota period starts on its first day."))
    if visitor_a_id is not None and visitor_a_id == visitor_b_id:
        raise InvalidInput(QT_TRANSLATE_NOOP("Rota", "A pair is two different visitors."))
    with db.session() as s:
        if s.get(Place, place_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Rota", "There is no place number {place_id}.")
                           .format(place_id=place_id))
        row = s.scalars(select(RotaAssignment).where(RotaAssignment.place_id == place_id,
                                                     RotaAssignment.week_start == week)).first()
        if visitor_a_id is None and visitor_b_id is None:
            if row is not None:
                s.delete(row)
        else:
            if row is None:
                row = RotaAssignment(place_id=place_id, week_start=week)
                s.add(row)
            row.visitor_a_id, row.visitor_b_id = visitor_a_id, visitor_b_id
        audit.append(s, audit.ROTA, actor=db.actor, detail={"place_id": place_id, "week": week.isoformat()})


def clear_pair(db: Database, place_id: int, week: dt.date, *, every: str = "week") -> None:
    assign_pair(db, place_id, week, None, None, every=every)
