"""A visit as plain data: what the form edits, validation checks and reports print.

The form never touches ORM objects; it fills a :class:`VisitRecord`, and
:mod:`icvapp.visits` moves records in and out of the database.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import cache

from icvapp.storage.model import VisitStatus

#: The visit's states belong to the record's vocabulary: the Qt layer, which never imports the
#: storage layer, takes ``VisitStatus`` from here.
__all__ = [
    "GROUPS",
    "ActivityRecord",
    "CheckRecord",
    "ConversationRecord",
    "CountRow",
    "VisitRecord",
    "VisitStatus",
    "count_sum",
    "group_columns",
]

#: Marks a :class:`VisitRecord` field as plain; see :func:`plain`.
PLAIN = "plain"


@dataclass
class CountRow:
    """One stage of the funnel. ``None`` means not recorded."""

    total: int | None = None
    female: int | None = None
    male: int | None = None
    juvenile: int | None = None

    def split(self) -> list[int | None]:
        return [self.female, self.male, self.juvenile]

    def is_empty(self) -> bool:
        return self.total is None and all(v is None for v in self.split())

    def sum_of(self, parts: tuple[str, ...] | list[str]) -> int | None:
        """The sum of the counts named in ``parts`` (see :func:`count_sum`)."""
        return count_sum(getattr(self, part) for part in parts)


def count_sum(values: Iterable[int | None]) -> int | None:
    """The sum of some counts; ``None`` (not known) while any of them is.

    A blank count means not recorded, so a sum over it is not known either: 2 female and
    6 male with juvenile blank is not a total of 8.
    """
    values = list(values)
    return None if any(v is None for v in values) else sum(values)


#: The female / male / juvenile split, in the order the form, the signed document and the CSV use.
GROUPS = tuple(f.name for f in fields(CountRow) if f.name != "total")


@dataclass
class ConversationRecord:
    identifier: str = ""
    location: str = ""
    consent: bool | None = None
    reason_not_seen: str | None = None
    entitlements: dict[str, str] = field(default_factory=dict)
    vulnerabilities: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    issue_raised: str = ""
    staff_response: str = ""
    resolved_during_visit: bool | None = None
    allegation: bool = False
    notes: str = ""

    def is_blank(self) -> bool:
        return self == ConversationRecord()


@dataclass
class CheckRecord:
    status: str = "not_checked"  # fine | issue | not_checked
    category: str | None = None
    note: str = ""


@dataclass
class ActivityRecord:
    """One of the definition's observed activities (training, for the dog unit) on this visit."""

    observed: bool | None = None  # None: not recorded
    choices: list[str] = field(default_factory=list)  # the definition's choice keys ticked (the methods seen)
    note: str = ""

    def is_blank(self) -> bool:
        return self == ActivityRecord()


def group_columns(group_keys: Iterable[str]) -> dict[str, str]:
    """A definition's count groups (at most three) by the :class:`CountRow` field each is kept in, in order:
    the first kind's female, male, juvenile are kept in their own names; a court's adult, youth in the first two."""
    return dict(zip(group_keys, GROUPS, strict=False))


@dataclass(frozen=True)
class Plain:
    """How a plain field travels. It is stored in the visit column of the same name,
    and signed under ``key`` (a path in the document; empty means the field's name)."""

    key: tuple[str, ...] = ()
    limit: int = 20000  # the longest text a signed document may carry
    # A field added after the document format's first release is left out of the
    # document while at its default, so records signed before it existed still verify.
    added: bool = False


def plain(default, *, key: tuple[str, ...] = (), limit: int = 20000, added: bool = False):
    """A field copied as it is between the form, the ``visit`` row and the signed document."""
    return field(default=default, metadata={PLAIN: Plain(key, limit, added)})


@dataclass
class VisitRecord:
    """A visit's report. Fields made with :func:`plain` travel by the table
    :func:`plain_fields`; the rest (times, counts, conversations, checks) have their own shapes."""

    id: int | None = None
    uid: str | None = None
    status: VisitStatus = VisitStatus.DRAFT
    place_id: int | None = None
    visit_date: dt.date | None = None
    visitor_a_id: int | None = None
    visitor_b_id: int | None = None
    lone_visitor_note: str = plain("")
    arrival: dt.time | None = None
    admitted: dt.time | None = None
    departure: dt.time | None = None
    past_midnight: bool = False
    mode: str = plain("in_person", limit=20)
    outcome: str = plain("completed", limit=20)
    abandon_reason: str | None = plain(None, limit=40)
    rating: str | None = plain(None, limit=20)
    admission_delay_finding: bool = plain(False)
    counts: dict[str, CountRow] = field(default_factory=dict)
    conversations: list[ConversationRecord] = field(default_factory=list)
    checks: dict[str, CheckRecord] = field(default_factory=dict)
    #: The definition's observed activities, by key (none for the first kind).
    activities: dict[str, ActivityRecord] = field(default_factory=dict)
    officer_name: str = plain("", key=("officer", "name"), limit=120)
    officer_rank: str = plain("", key=("officer", "rank"), limit=60)
    officer_number: str = plain("", key=("officer", "number"), limit=40)
    officer_response: str = plain("", key=("officer", "response"))
    observations: str = plain("")
    positive_comments: str = plain("")
    #: The language the visit was written in, and its report is printed in ("en" or "cy"). Not a
    #: plain field: the signed document carries it only when it is not English (see
    #: :func:`icvapp.visits.canonical.build_document`), so every visit sealed before it keeps its bytes.
    language: str = "en"

    def count(self, stage: str) -> CountRow:
        return self.counts.get(stage) or CountRow()

    # ------------------------------------------------------------------ past midnight, the one rule

    def set_moments(self, arrived_at: dt.datetime | None, admitted_at: dt.datetime | None,
                    departed_at: dt.datetime | None) -> None:
        """Take the times from full date-times (as stored or signed): the visit went past
        midnight if it was admitted or left on a day after its date."""
        self.arrival, self.admitted, self.departure = (
            t.time() if t is not None else None for t in (arrived_at, admitted_at, departed_at))
        self.past_midnight = self.visit_date is not None and any(
            t is not None and t.date() > self.visit_date for t in (admitted_at, departed_at))

    def left_before_arriving(self) -> bool:
        """Departure earlier on the clock than arrival: with times alone (a history
        spreadsheet), that can only mean the visit went past midnight."""
        return self.arrival is not None and self.departure is not None and self.departure < self.arrival

    def moment(self, t: dt.time | None) -> dt.datetime | None:
        """The date and time of ``t`` on this visit, rolling past midnight when the visit did."""
        if t is None or self.visit_date is None:
            return None
        day = self.visit_date
        if self.past_midnight and self.arrival is not None and t < self.arrival:
            day = day + dt.timedelta(days=1)
        return dt.datetime.combine(day, t)

    @property
    def arrived_at(self) -> dt.datetime | None:
        return self.moment(self.arrival)

    @property
    def admitted_at(self) -> dt.datetime | None:
        return self.moment(self.admitted)

    @property
    def departed_at(self) -> dt.datetime | None:
        return self.moment(self.departure)

    def admission_delay(self) -> dt.timedelta | None:
        if self.arrived_at and self.admitted_at:
            return self.admitted_at - self.arrived_at
        return None

    def duration(self) -> dt.timedelta | None:
        if self.arrived_at and self.departed_at:
            return self.departed_at - self.arrived_at
        return None


# --------------------------------------------------------------------------- the plain field table


@dataclass(frozen=True)
class PlainField:
    """One row of the plain field table: a :class:`VisitRecord` field made with :func:`plain`."""

    name: str
    kind: type  # str, bool or int (an int is a count)
    optional: bool  # None is allowed: not recorded
    default: object
    key: tuple[str, ...]  # where the signed document holds it
    limit: int
    added: bool


@cache
def plain_fields() -> tuple[PlainField, ...]:
    """The plain fields of :class:`VisitRecord`, in declaration order, read from its definition."""
    hints = typing.get_type_hints(VisitRecord)
    out = []
    for f in fields(VisitRecord):
        how = f.metadata.get(PLAIN)
        if how is None:
            continue
        hint = hints[f.name]
        args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        kinds = [a for a in args if a is not type(None)]
        if len(kinds) != 1 or kinds[0] not in (str, bool, int):
            raise TypeError(f"plain field {f.name} must be str, bool or int, optionally None")
        out.append(PlainField(f.name, kinds[0], type(None) in args, f.default, how.key or (f.name,), how.limit,
                              how.added))
    return tuple(out)


def plain_values(rec: VisitRecord) -> dict[str, object]:
    """The record's plain fields by name: exactly the ``visit`` columns they are stored in."""
    return {f.name: getattr(rec, f.name) for f in plain_fields()}
