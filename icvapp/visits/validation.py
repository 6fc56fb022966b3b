"""The rules a visit report must satisfy before it is complete.

Each problem names the field it belongs to (a dotted path the form maps to a
widget) and says in plain words what is wrong. Errors block completion;
warnings flag values that are unusual but possible.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icvapp.scheme.config import SchemeConfig
from icvapp.visits.record import GROUPS, CountRow, VisitRecord

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
    out += [Problem(f"counts.{stage}.{group}", message)
             for stage, group, message in funnel_breaches(rec.counts, ctx.config)]
    in_custody = rec.count("in_custody").total
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


def funnel_breaches(counts: dict[str, CountRow], config: SchemeConfig) -> list[tuple[str, str, str]]:
    """Where the funnel does not hold: (stage, group, message) for each stage larger than a stage it lies within.

    Each stage is checked against every recorded stage above it, not only its parent, so
    "7 seen" with "offered" left empty is still checked against the 3 in custody. The same rule
    guards the form, the history import and submission import.
    """
    labels = {c.key: c.label for c in config.detainee_stages}
    out: list[tuple[str, str, str]] = []
    for group in ("total", *GROUPS):
        value = {stage: getattr(row, group) for stage, row in counts.items() if getattr(row, group) is not None}
        where = "" if group == "total" else f"{group.capitalize()}: "
        for stage, n in value.items():
            for above in config.ancestors(stage):
                if above in value and n > value[above]:
                    out.append((stage, group, f"{where}{n} {labels.get(stage, stage).lower()}, but only "
                                              f"{value[above]} {labels.get(above, above).lower()}."))
                    break
        for stages, within in config.funnel_sums:
            present = [s for s in stages if s in value]
            if len(present) < 2:
                continue  # a single stage is checked above
            total = sum(value[s] for s in present)
            for above in [within, *config.ancestors(within)]:
                if above in value and total > value[above]:
                    parts = " + ".join(f"{labels.get(s, s).lower()} ({value[s]})" for s in present)
                    if not where:
                        parts = parts[0].upper() + parts[1:]
                    out.append((present[0], group, f"{where}{parts} = {total}, more than the {value[above]} "
                                                   f"{labels.get(above, above).lower()}."))
                    break
    return out
