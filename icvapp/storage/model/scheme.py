"""The scheme itself, the places it visits and its volunteers, and the rota that pairs them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from icvapp.storage.model.base import Base, new_uid, utcnow


class Scheme(Base):
    """The visiting scheme this database belongs to."""

    __tablename__ = "scheme"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    #: The definition the scheme follows (``resources/schemes/<kind>.json``); always set by whoever makes it.
    kind: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Place(Base):
    """A place the scheme visits; the definition's words say what it is."""

    __tablename__ = "place"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable across the scheme's databases: a volunteer's laptop and the office
    # refer to the same place by uid in submission files.
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, index=True, unique=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    #: How many locations for subjects it has (the definition's ``location`` noun, counted).
    locations: Mapped[int] = mapped_column(Integer, default=0)
    weekly_target: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    occasional: Mapped[bool] = mapped_column(Boolean, default=False)

    def __repr__(self) -> str:
        return f"Place({self.name!r})"


class Volunteer(Base):
    """A volunteer visitor of the scheme (or the co-ordinator)."""

    __tablename__ = "volunteer"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=new_uid, index=True, unique=True)
    name: Mapped[str] = mapped_column(String(120))
    active_from: Mapped[dt.date | None] = mapped_column(Date)
    active_to: Mapped[dt.date | None] = mapped_column(Date)
    is_coordinator: Mapped[bool] = mapped_column(Boolean, default=False)

    def __repr__(self) -> str:
        return f"Volunteer({self.name!r})"


class PlaceClosure(Base):
    """A period when a place is closed (refurbishment, or an occasional place's quiet weeks).

    ``end`` is inclusive; None means closed until further notice.
    """

    __tablename__ = "place_closure"

    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class RotaAssignment(Base):
    """A pair assigned to a place for a period (a week from its Monday, or the period the definition visits by). Never a day or a time."""

    __tablename__ = "rota_assignment"
    __table_args__ = (UniqueConstraint("place_id", "week_start", name="uq_rota_assignment_place_week"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id"), index=True)
    week_start: Mapped[dt.date] = mapped_column(Date)
    visitor_a_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"))
    visitor_b_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id"))


class StageLimit(Base):
    """One stage of the definition's funnel and a stage it lies within (seen within offered, and within the first stage).

    Written from the scheme definition each time the profile opens (every ancestor, not only the
    parent), so the database can refuse to seal a visit whose counts break the funnel without
    knowing what the stages are called.
    """

    __tablename__ = "stage_limit"

    stage: Mapped[str] = mapped_column(String(30), primary_key=True)
    within: Mapped[str] = mapped_column(String(30), primary_key=True)
