"""The rules a visit report must satisfy before it is complete.

Each problem names the field it belongs to (a dotted path the form maps to a
widget) and says in plain words what is wrong. Errors block completion;
warnings flag values that are unusual but possible.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icvapp.scheme.config import SchemeConfig
from icvapp.visits.record import GROUPS, VisitRecord

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    severity: str = ERROR
    #: True when the problem is only that nothing has been entered yet; the
    #: form holds these back until the user asks to check or complete.
    missing: bool = False

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


@dataclass(frozen=True)
class SuiteInfo:
    name: str
    active: bool


@dataclass(frozen=True)
class Context:
    config: SchemeConfig
    suites: dict[int, SuiteInfo]
    today: dt.date


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def validate(rec: VisitRecord, ctx: Context) -> list[Problem]:
    """All problems with ``rec``, errors first in form order, then warnings."""
    found: list[Problem] = []
    found += _details(rec, ctx)
    found += _times(rec, ctx)
    found += _counts(rec, ctx)
    found += _conversations(rec)
    found += _inspection(rec)
    return sorted(found, key=lambda p: 0 if p.is_error else 1)


def _details(rec: VisitRecord, ctx: Context) -> list[Problem]:
    out: list[Problem] = []
    if rec.suite_id is None:
        out.append(Problem("suite", "Choose the custody suite you visited.", missing=True))
    else:
        suite = ctx.suites.get(rec.suite_id)
        if suite is None:
            out.append(Problem("suite", "The chosen suite no longer exists; choose another."))
        elif not suite.active:
            out.append(Problem("suite", f"{suite.name} is not an active suite; choose the suite you visited, "
                                        "or ask the co-ordinator to reactivate it."))
    if rec.visit_date is None:
        out.append(Problem("visit_date", "Enter the date of the visit.", missing=True))
    elif rec.visit_date > ctx.today:
        out.append(Problem("visit_date", f"The visit date {rec.visit_date:%d %b %Y} is in the future."))
    if rec.visitor_a_id is None:
        out.append(Problem("visitor_a", "Choose the first visitor.", missing=True))
    if rec.visitor_b_id is None and not rec.lone_visitor_note.strip():
        out.append(Problem("visitor_b", "Choose the second visitor (visits are made in pairs), "
                                        "or explain in the note why one visitor was alone.", missing=True))
    if rec.visitor_a_id is not None and rec.visitor_a_id == rec.visitor_b_id:
        out.append(Problem("visitor_b", "The same person is chosen as both visitors; choose two different people."))
    if rec.outcome == "abandoned" and not rec.abandon_reason:
        out.append(Problem("abandon_reason", "Say why the visit was abandoned.", missing=True))
    if rec.outcome == "completed" and not rec.rating:
        out.append(Problem("rating", "Rate the visit: satisfactory or unsatisfactory.", missing=True))
    return out


def _times(rec: VisitRecord, ctx: Context) -> list[Problem]:
    out: list[Problem] = []
    if rec.arrival is None:
        out.append(Problem("arrival", "Enter the time you arrived at the suite.", missing=True))
        return out
    if rec.departure is None:
        out.append(Problem("departure", "Enter the time you left the suite.", missing=True))
    arrived, admitted, departed = rec.arrived_at, rec.admitted_at, rec.departed_at
    if arrived is None:
        return out
    if admitted is not None and admitted < arrived:
        out.append(Problem("admitted", f"Time admitted ({rec.admitted:%H:%M}) is before arrival "
                                       f"({rec.arrival:%H:%M}). If the visit went past midnight, tick "
                                       "'Visit went past midnight'."))
    if departed is not None:
        if departed < arrived:
            out.append(Problem("departure", f"Departure ({rec.departure:%H:%M}) is before arrival "
                                            f"({rec.arrival:%H:%M}). If you left after midnight, tick "
                                            "'Visit went past midnight'."))
        elif admitted is not None and departed < admitted:
            out.append(Problem("departure", f"Departure ({rec.departure:%H:%M}) is before the time you "
                                            f"were admitted ({rec.admitted:%H:%M})."))
        elif departed - arrived > dt.timedelta(minutes=ctx.config.long_visit_minutes):
            hours = (departed - arrived).total_seconds() / 3600
            out.append(Problem("departure", f"This visit lasted {hours:.1f} hours, which is unusually long. "
                                            "Check the arrival and departure times.", WARNING))
    if rec.visit_date is not None and departed is not None and rec.visit_date == ctx.today:
        if departed > dt.datetime.now() + dt.timedelta(minutes=5):
            out.append(Problem("departure", "The departure time is later than now.", WARNING))
    delay = rec.admission_delay()
    if delay is not None and delay > dt.timedelta(minutes=ctx.config.admission_delay_minutes):
        minutes = int(delay.total_seconds() // 60)
        out.append(Problem("admitted", f"You waited {minutes} minutes to be admitted. A delay over "
                                       f"{ctx.config.admission_delay_minutes} minutes is a finding: tick "
                                       "'Record the admission delay as a finding' to include it in the report.",
                           WARNING))
    return out


def _counts(rec: VisitRecord, ctx: Context) -> list[Problem]:
    out: list[Problem] = []
    labels = {c.key: c.label for c in ctx.config.detainee_stages}
    for stage, row in rec.counts.items():
        for value, group in zip([row.total, *row.split()], ("total", *GROUPS), strict=True):
            if value is not None and value < 0:
                out.append(Problem(f"counts.{stage}.{group}", f"{labels.get(stage, stage)}: a count cannot be negative."))
        parts = [v for v in row.split() if v is not None]
        if parts and row.total is not None and sum(parts) != row.total and len(parts) == 3:
            out.append(Problem(f"counts.{stage}.total",
                               f"{labels.get(stage, stage)}: female {row.female} + male {row.male} + juvenile "
                               f"{row.juvenile} = {sum(parts)}, but the total is {row.total}."))
        elif parts and row.total is not None and sum(parts) > row.total:
            out.append(Problem(f"counts.{stage}.total",
                               f"{labels.get(stage, stage)}: the split adds up to {sum(parts)}, "
                               f"more than the total of {row.total}."))
    in_custody = rec.count("in_custody").total
    offered = rec.count("offered").total
    seen = rec.count("seen").total
    declined = rec.count("declined").total
    if offered is not None and in_custody is not None and offered > in_custody:
        out.append(Problem("counts.offered.total",
                           f"{offered} offered a visit, but only {in_custody} in custody."))
    if offered is not None and (seen or declined) and (seen or 0) + (declined or 0) > offered:
        out.append(Problem("counts.seen.total",
                           f"Seen ({seen or 0}) + declined ({declined or 0}) = {(seen or 0) + (declined or 0)}, "
                           f"more than the {offered} offered a visit."))
    for group in GROUPS:
        g_custody = getattr(rec.count("in_custody"), group)
        g_offered = getattr(rec.count("offered"), group)
        g_seen = getattr(rec.count("seen"), group) or 0
        g_declined = getattr(rec.count("declined"), group) or 0
        if g_offered is not None and g_custody is not None and g_offered > g_custody:
            out.append(Problem(f"counts.offered.{group}",
                               f"{group.capitalize()}: {g_offered} offered, but only {g_custody} in custody."))
        if g_offered is not None and g_seen + g_declined > g_offered:
            out.append(Problem(f"counts.seen.{group}",
                               f"{group.capitalize()}: seen + declined ({g_seen + g_declined}) is more than "
                               f"the {g_offered} offered."))
    if rec.outcome == "completed" and in_custody is None:
        out.append(Problem("counts.in_custody.total",
                           "Enter how many people were in custody (0 if the cells were empty).", missing=True))
    return out


def _conversations(rec: VisitRecord) -> list[Problem]:
    out: list[Problem] = []
    seen_numbers: dict[str, int] = {}
    for i, conv in enumerate(rec.conversations):
        if conv.is_blank():
            continue
        number = conv.custody_number.strip()
        where = f"Conversation {i + 1}"
        if not number:
            out.append(Problem(f"conversations.{i}.custody_number",
                               f"{where}: enter the detainee's custody number (never their name)."))
        elif number in seen_numbers:
            out.append(Problem(f"conversations.{i}.custody_number",
                               f"{where}: custody number {number} is already used in conversation "
                               f"{seen_numbers[number] + 1}.", WARNING))
        else:
            seen_numbers[number] = i
        if conv.consent is False and not conv.reason_not_seen:
            out.append(Problem(f"conversations.{i}.reason_not_seen",
                               f"{where}: say why the detainee was not seen.", WARNING))
        if conv.issue_raised.strip() and conv.resolved_during_visit is None:
            out.append(Problem(f"conversations.{i}.resolved_during_visit",
                               f"{where}: say whether the issue was resolved during the visit.", WARNING))
    return out


def _inspection(rec: VisitRecord) -> list[Problem]:
    out: list[Problem] = []
    for area, check in rec.checks.items():
        if check.status == "issue" and not check.note.strip():
            out.append(Problem(f"checks.{area}.note", "Describe the issue found in this area.", WARNING))
    return out
