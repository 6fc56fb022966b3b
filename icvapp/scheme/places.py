"""Setting the scheme up: places, the periods they are closed, volunteers — and reading them back as plain rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from icvapp.storage import audit
from icvapp.storage.database import Database
from icvapp.storage.model import Place, PlaceClosure, Volunteer

# A week counts as closed when the place is closed on at least this many of its 7 days.
CLOSED_DAYS_IN_WEEK = 4


# A closed period: start and end (inclusive; None = until further notice).
Closure = tuple[dt.date, dt.date | None]


@dataclass(frozen=True)
class PlaceClosureInfo:
    id: int
    place_id: int
    start: dt.date
    end: dt.date | None  # inclusive; None = until further notice
    reason: str

    @property
    def span(self) -> Closure:
        return self.start, self.end


def closed_days(closures: list[Closure], monday: dt.date) -> int:
    """Days of the week starting ``monday`` on which the place was closed (overlaps counted once)."""
    sunday = monday + dt.timedelta(days=6)
    days: set[dt.date] = set()
    for start, end in closures:
        first, last = max(start, monday), min(end or sunday, sunday)
        days.update(first + dt.timedelta(days=i) for i in range((last - first).days + 1))
    return len(days)


def closed_for_week(closures: list[Closure], monday: dt.date) -> bool:
    """True when the place was closed on most of the week (4 or more of its 7 days)."""
    return closed_days(closures, monday) >= CLOSED_DAYS_IN_WEEK


def closures(db: Database, place_id: int | None = None) -> list[PlaceClosureInfo]:
    stmt = select(PlaceClosure).order_by(PlaceClosure.start)
    if place_id is not None:
        stmt = stmt.where(PlaceClosure.place_id == place_id)
    with db.session() as s:
        return [PlaceClosureInfo(c.id, c.place_id, c.start, c.end, c.reason) for c in s.scalars(stmt)]


def add_closure(db: Database, place_id: int, start: dt.date, end: dt.date | None, reason: str = "") -> int:
    if end is not None and end < start:
        raise InvalidInput(QT_TRANSLATE_NOOP("Places", "A closure cannot end before it starts."))
    with db.session() as s:
        place = s.get(Place, place_id)
        if place is None:
            raise NotFound(QT_TRANSLATE_NOOP("Places", "There is no place number {place_id}.")
                           .format(place_id=place_id))
        row = PlaceClosure(place_id=place_id, start=start, end=end, reason=reason.strip())
        s.add(row)
        s.flush()
        audit.append(s, audit.CLOSURE_ADDED, actor=db.actor,
                     detail={"place": place.uid, "start": start.isoformat(), "end": end.isoformat() if end else None})
        return row.id


def remove_closure(db: Database, closure_id: int) -> None:
    with db.session() as s:
        row = s.get(PlaceClosure, closure_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Places", "There is no closure number {closure_id}.")
                           .format(closure_id=closure_id))
        audit.append(s, audit.CLOSURE_REMOVED, actor=db.actor, detail={"place_id": row.place_id})
        s.delete(row)


def save_place(db: Database, *, place_id: int | None = None, name: str, locations: int = 0, weekly_target: int = 1,
               active: bool = True, occasional: bool = False) -> int:
    name = name.strip()
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Places", "A place needs a name."))
    if locations < 0 or weekly_target < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Places", "The number of locations and the weekly visit target "
                                                         "cannot be negative."))
    with db.session() as s:
        clash = s.scalars(select(Place).where(Place.name == name, Place.id != (place_id or -1))).first()
        if clash is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Places", "There is already a place called {name}.")
                               .format(name=repr(name)))
        place = s.get(Place, place_id) if place_id else Place()
        if place is None:
            raise NotFound(QT_TRANSLATE_NOOP("Places", "There is no place number {place_id}.")
                           .format(place_id=place_id))
        place.name, place.locations, place.active, place.occasional = name, locations, active, occasional
        place.weekly_target = 0 if occasional else weekly_target
        s.add(place)
        s.flush()
        audit.append(s, audit.PLACE_SAVED, actor=db.actor, detail={"place": place.uid})
        return place.id


def save_volunteer(db: Database, *, volunteer_id: int | None = None, name: str, active_from: dt.date | None = None,
                   active_to: dt.date | None = None, is_coordinator: bool = False) -> int:
    name = name.strip()
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Places", "A volunteer needs a name."))
    if active_from and active_to and active_to < active_from:
        raise InvalidInput(QT_TRANSLATE_NOOP("Places", "A volunteer cannot stop before they start."))
    with db.session() as s:
        v = s.get(Volunteer, volunteer_id) if volunteer_id else Volunteer()
        if v is None:
            raise NotFound(QT_TRANSLATE_NOOP("Places", "There is no volunteer number {volunteer_id}.")
                           .format(volunteer_id=volunteer_id))
        v.name, v.active_from, v.active_to, v.is_coordinator = name, active_from, active_to, is_coordinator
        s.add(v)
        s.flush()
        audit.append(s, audit.VOLUNTEER_SAVED, actor=db.actor, detail={"volunteer": v.uid})
        return v.id


@dataclass(frozen=True)
class PlaceInfo:
    id: int
    name: str
    locations: int
    weekly_target: int
    active: bool
    occasional: bool


def list_places(db: Database) -> list[PlaceInfo]:
    with db.session() as s:
        return [PlaceInfo(x.id, x.name, x.locations, x.weekly_target, x.active, x.occasional)
                for x in s.scalars(select(Place).order_by(Place.name))]


@dataclass(frozen=True)
class VolunteerInfo:
    id: int
    name: str
    active_from: dt.date | None  # None = since before records began
    active_to: dt.date | None  # inclusive; None = still active
    is_coordinator: bool

    def active_on(self, day: dt.date) -> bool:
        return (self.active_from is None or self.active_from <= day) and (self.active_to is None or day <= self.active_to)


def list_volunteers(db: Database) -> list[VolunteerInfo]:
    """Every volunteer, past and present, by name."""
    with db.session() as s:
        return [VolunteerInfo(v.id, v.name, v.active_from, v.active_to, bool(v.is_coordinator))
                for v in s.scalars(select(Volunteer).order_by(Volunteer.name))]


def active_volunteers(db: Database, on: dt.date | None = None) -> list[tuple[int, str]]:
    """(id, name) of the volunteers active on ``on`` (today by default), by name."""
    on = on or dt.date.today()
    return [(v.id, v.name) for v in list_volunteers(db) if v.active_on(on)]


def coordinators(db: Database) -> list[VolunteerInfo]:
    """The volunteers who keep the rota, by name."""
    return [v for v in list_volunteers(db) if v.is_coordinator]
