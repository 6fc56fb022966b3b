"""A visit as plain data: what the form edits, validation checks and reports print.

The form never touches ORM objects; it fills a :class:`VisitRecord`, and
:mod:`icvapp.visits` moves records in and out of the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

STAGES_IN_ORDER = (
    "in_custody", "not_available", "offered", "seen", "declined", "observed_only", "not_offered",
)
GROUPS = ("female", "male", "juvenile")


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


@dataclass
class ConversationRecord:
    custody_number: str = ""
    cell: str = ""
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
class VisitRecord:
    id: int | None = None
    uid: str | None = None
    status: str = "draft"
    suite_id: int | None = None
    visit_date: dt.date | None = None
    visitor_a_id: int | None = None
    visitor_b_id: int | None = None
    lone_visitor_note: str = ""
    arrival: dt.time | None = None
    admitted: dt.time | None = None
    departure: dt.time | None = None
    past_midnight: bool = False
    mode: str = "in_person"
    outcome: str = "completed"
    abandon_reason: str | None = None
    rating: str | None = None
    admission_delay_finding: bool = False
    counts: dict[str, CountRow] = field(default_factory=dict)
    conversations: list[ConversationRecord] = field(default_factory=list)
    checks: dict[str, CheckRecord] = field(default_factory=dict)
    officer_name: str = ""
    officer_rank: str = ""
    officer_number: str = ""
    officer_response: str = ""
    observations: str = ""
    positive_comments: str = ""

    def count(self, stage: str) -> CountRow:
        return self.counts.get(stage) or CountRow()

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
