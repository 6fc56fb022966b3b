"""The rules a visit report must satisfy before it is complete.

Each problem names the field it belongs to (a dotted path the form maps to a
widget) and says in plain words what is wrong. Errors block completion;
warnings flag values that are unusual but possible. The messages are in the
language asked for (English by default), through :mod:`icvapp.i18n`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icvapp.i18n import Translator, translator
from icvapp.i18n.formats import format_date
from icvapp.scheme.config import SchemeConfig
from icvapp.visits.record import GROUPS, CountRow, VisitRecord

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    severity: str = ERROR
    # True when the problem is only that nothing has been entered yet; the
    # form holds these back until the user asks to check or complete.
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
    #: The clock a departure is compared with (naive local time); None reads the computer's clock when validating.
    now: dt.datetime | None = None


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def validate(rec: VisitRecord, ctx: Context, language: str = "en") -> list[Problem]:
    """All problems with ``rec``, errors first in form order, then warnings; messages in ``language``."""
    tr = translator(language)
    found: list[Problem] = []
    found += _details(rec, ctx, tr)
    found += _times(rec, ctx, tr)
    found += _counts(rec, ctx, tr)
    found += _conversations(rec, tr)
    found += _inspection(rec, tr)
    return sorted(found, key=lambda p: 0 if p.is_error else 1)


def _details(rec: VisitRecord, ctx: Context, tr: Translator) -> list[Problem]:
    out: list[Problem] = []
    if rec.suite_id is None:
        out.append(Problem("suite", tr.translate("Validation", "Choose the custody suite you visited."), missing=True))
    else:
        suite = ctx.suites.get(rec.suite_id)
        if suite is None:
            out.append(Problem("suite", tr.translate("Validation", "The chosen suite no longer exists; choose another.")))
        elif not suite.active:
            out.append(Problem("suite", tr.translate("Validation", "{suite} is not an active suite; choose the suite "
                                                     "you visited, or ask the co-ordinator to reactivate it.")
                               .format(suite=suite.name)))
    if rec.visit_date is None:
        out.append(Problem("visit_date", tr.translate("Validation", "Enter the date of the visit."), missing=True))
    elif rec.visit_date > ctx.today:
        out.append(Problem("visit_date", tr.translate("Validation", "The visit date {date} is in the future.")
                           .format(date=format_date(rec.visit_date, tr.language, "dd MMM y"))))
    if rec.visitor_a_id is None:
        out.append(Problem("visitor_a", tr.translate("Validation", "Choose the first visitor."), missing=True))
    if rec.visitor_b_id is None and not rec.lone_visitor_note.strip():
        out.append(Problem("visitor_b", tr.translate("Validation", "Choose the second visitor (visits are made in "
                                                     "pairs), or explain in the note why one visitor was alone."),
                           missing=True))
    if rec.visitor_a_id is not None and rec.visitor_a_id == rec.visitor_b_id:
        out.append(Problem("visitor_b", tr.translate("Validation", "The same person is chosen as both visitors; "
                                                     "choose two different people.")))
    if rec.outcome == "abandoned" and not rec.abandon_reason:
        out.append(Problem("abandon_reason", tr.translate("Validation", "Say why the visit was abandoned."),
                           missing=True))
    if rec.outcome == "completed" and not rec.rating:
        out.append(Problem("rating", tr.translate("Validation", "Rate the visit: satisfactory or unsatisfactory."),
                           missing=True))
    return out


def _times(rec: VisitRecord, ctx: Context, tr: Translator) -> list[Problem]:
    out: list[Problem] = []
    if rec.arrival is None:
        out.append(Problem("arrival", tr.translate("Validation", "Enter the time you arrived at the suite."),
                           missing=True))
        return out
    if rec.departure is None:
        out.append(Problem("departure", tr.translate("Validation", "Enter the time you left the suite."),
                           missing=True))
    arrived, admitted, departed = rec.arrived_at, rec.admitted_at, rec.departed_at
    if arrived is None:
        return out
    if admitted is not None and admitted < arrived:
        out.append(Problem("admitted", tr.translate("Validation", "Time admitted ({admitted}) is before arrival "
                                                    "({arrival}). If the visit went past midnight, tick 'Visit went "
                                                    "past midnight'.")
                           .format(admitted=f"{rec.admitted:%H:%M}", arrival=f"{rec.arrival:%H:%M}")))
    if departed is not None:
        if departed < arrived:
            out.append(Problem("departure", tr.translate("Validation", "Departure ({departure}) is before arrival "
                                                         "({arrival}). If you left after midnight, tick 'Visit went "
                                                         "past midnight'.")
                               .format(departure=f"{rec.departure:%H:%M}", arrival=f"{rec.arrival:%H:%M}")))
        elif admitted is not None and departed < admitted:
            out.append(Problem("departure", tr.translate("Validation", "Departure ({departure}) is before the time "
                                                         "you were admitted ({admitted}).")
                               .format(departure=f"{rec.departure:%H:%M}", admitted=f"{rec.admitted:%H:%M}")))
        elif departed - arrived > dt.timedelta(minutes=ctx.config.long_visit_minutes):
            hours = (departed - arrived).total_seconds() / 3600
            out.append(Problem("departure", tr.translate("Validation", "This visit lasted {hours} hours, which is "
                                                         "unusually long. Check the arrival and departure times.")
                               .format(hours=f"{hours:.1f}"), WARNING))
    if rec.visit_date is not None and departed is not None and rec.visit_date == ctx.today:
        now = ctx.now or dt.datetime.now()
        if departed > now + dt.timedelta(minutes=5):
            out.append(Problem("departure", tr.translate("Validation", "The departure time is later than now."),
                               WARNING))
    delay = rec.admission_delay()
    if delay is not None and delay > dt.timedelta(minutes=ctx.config.admission_delay_minutes):
        minutes = int(delay.total_seconds() // 60)
        out.append(Problem("admitted", tr.translate("Validation", "You waited {minutes} minutes to be admitted. A "
                                                    "delay over {limit} minutes is a finding: tick 'Record the "
                                                    "admission delay as a finding' to include it in the report.")
                           .format(minutes=minutes, limit=ctx.config.admission_delay_minutes), WARNING))
    return out


def _counts(rec: VisitRecord, ctx: Context, tr: Translator) -> list[Problem]:
    out: list[Problem] = []
    labels = {c.key: c.label_in(tr.language) for c in ctx.config.detainee_stages}
    for stage, row in rec.counts.items():
        for value, group in zip([row.total, *row.split()], ("total", *GROUPS), strict=True):
            if value is not None and value < 0:
                out.append(Problem(f"counts.{stage}.{group}", tr.translate("Validation", "{stage}: a count cannot be "
                                                                           "negative.")
                                   .format(stage=labels.get(stage, stage))))
        parts = [v for v in row.split() if v is not None]
        if parts and row.total is not None and sum(parts) != row.total and len(parts) == 3:
            out.append(Problem(f"counts.{stage}.total",
                               tr.translate("Validation", "{stage}: female {female} + male {male} + juvenile "
                                            "{juvenile} = {sum}, but the total is {total}.")
                               .format(stage=labels.get(stage, stage), female=row.female, male=row.male,
                                       juvenile=row.juvenile, sum=sum(parts), total=row.total)))
        elif parts and row.total is not None and sum(parts) > row.total:
            out.append(Problem(f"counts.{stage}.total",
                               tr.translate("Validation", "{stage}: the split adds up to {sum}, more than the total "
                                            "of {total}.")
                               .format(stage=labels.get(stage, stage), sum=sum(parts), total=row.total)))
    out += [Problem(f"counts.{stage}.{group}", message)
             for stage, group, message in funnel_breaches(rec.counts, ctx.config, tr.language)]
    in_custody = rec.count("in_custody").total
    if rec.outcome == "completed" and in_custody is None:
        out.append(Problem("counts.in_custody.total",
                           tr.translate("Validation", "Enter how many people were in custody (0 if the cells were "
                                        "empty)."), missing=True))
    return out


def _conversations(rec: VisitRecord, tr: Translator) -> list[Problem]:
    out: list[Problem] = []
    seen_numbers: dict[str, int] = {}
    for i, conv in enumerate(rec.conversations):
        if conv.is_blank():
            continue
        number = conv.custody_number.strip()
        where = tr.translate("Validation", "Conversation {index}").format(index=i + 1)
        if not number:
            out.append(Problem(f"conversations.{i}.custody_number",
                               tr.translate("Validation", "{where}: enter the detainee's custody number (never "
                                            "their name).").format(where=where)))
        elif number in seen_numbers:
            out.append(Problem(f"conversations.{i}.custody_number",
                               tr.translate("Validation", "{where}: custody number {number} is already used in "
                                            "conversation {other}.")
                               .format(where=where, number=number, other=seen_numbers[number] + 1), WARNING))
        else:
            seen_numbers[number] = i
        if conv.consent is False and not conv.reason_not_seen:
            out.append(Problem(f"conversations.{i}.reason_not_seen",
                               tr.translate("Validation", "{where}: say why the detainee was not seen.")
                               .format(where=where), WARNING))
        if conv.issue_raised.strip() and conv.resolved_during_visit is None:
            out.append(Problem(f"conversations.{i}.resolved_during_visit",
                               tr.translate("Validation", "{where}: say whether the issue was resolved during the "
                                            "visit.").format(where=where), WARNING))
    return out


def _inspection(rec: VisitRecord, tr: Translator) -> list[Problem]:
    out: list[Problem] = []
    for area, check in rec.checks.items():
        if check.status == "issue" and not check.note.strip():
            out.append(Problem(f"checks.{area}.note", tr.translate("Validation", "Describe the issue found in this "
                                                                   "area."), WARNING))
    return out


def funnel_breaches(counts: dict[str, CountRow], config: SchemeConfig,
                    language: str = "en") -> list[tuple[str, str, str]]:
    """Where the funnel does not hold: (stage, group, message) for each stage larger than a stage it lies within.

    Each stage is checked against every recorded stage above it, not only its parent, so
    "7 seen" with "offered" left empty is still checked against the 3 in custody. The same rule
    guards the form, the history import and submission import.
    """
    tr = translator(language)
    labels = {c.key: c.label_in(tr.language) for c in config.detainee_stages}
    out: list[tuple[str, str, str]] = []
    for group in ("total", *GROUPS):
        value = {stage: getattr(row, group) for stage, row in counts.items() if getattr(row, group) is not None}
        where = "" if group == "total" else f"{config.label('detainee_groups', group, tr.language)}: "
        for stage, n in value.items():
            for above in config.ancestors(stage):
                if above in value and n > value[above]:
                    out.append((stage, group, where + tr.translate("Validation", "{n} {stage}, but only {limit} "
                                                                   "{above}.")
                                .format(n=n, stage=labels.get(stage, stage).lower(), limit=value[above],
                                        above=labels.get(above, above).lower())))
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
                    out.append((present[0], group, where + tr.translate("Validation", "{parts} = {total}, more than "
                                                                        "the {limit} {above}.")
                                .format(parts=parts, total=total, limit=value[above],
                                        above=labels.get(above, above).lower())))
                    break
    return out
