"""How the visit report words a visit's status, dates, times and shares."""

from __future__ import annotations

import datetime as dt

from icvapp.reports.pdfkit import percent_text
from icvapp.visits.record import VisitRecord


def status_label(rec: VisitRecord, signed: bool = False) -> str:
    if rec.status == "draft":
        return "Draft"
    if rec.outcome == "abandoned":
        return "Abandoned"
    return "Signed" if signed or rec.status == "sealed" else "Complete"


def long_date(day: dt.date | None) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}" if day else "Date not recorded"


def duration_text(delta: dt.timedelta) -> str:
    """'1 h 25 min'; blank for a negative span, which only a half-typed draft can hold."""
    if delta < dt.timedelta(0):
        return ""
    total = int(delta.total_seconds() // 60)
    hours, minutes = divmod(total, 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    return f"{hours} h" if hours else f"{minutes} min"


def clock_text(rec: VisitRecord, t: dt.time | None) -> str:
    """'23:40', or '00:15 (next day)' for a time past the visit's midnight."""
    if t is None:
        return ""
    at = rec.moment(t)
    next_day = at is not None and rec.visit_date is not None and at.date() > rec.visit_date
    return f"{t:%H:%M} (next day)" if next_day else f"{t:%H:%M}"


def percent_seen(seen: int | None, offered: int | None) -> str:
    """Share of those offered a visit who were seen, e.g. "67%"; blank when it cannot be worked out."""
    if seen is None or not offered:
        return ""
    return percent_text(100 * seen / offered)
