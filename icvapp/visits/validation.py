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
from icvapp.scheme.wording import worded
from icvapp.visits.record import ConversationRecord, CountRow, VisitRecord, group_columns

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
class PlaceInfo:
    name: str
    active: bool


@dataclass(frozen=True)
class Context:
    config: SchemeConfig
    places: dict[int, PlaceInfo]
    today: dt.date
    #: The clock a departure is compared with (naive local time); None reads the computer's clock when validating.
    now: dt.datetime | None = None


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def validate(rec: VisitRecord, ctx: Context, language: str = "en") -> list[Problem]:
    """All problems with ``rec``, errors first in form order, then warnings; messages in ``language``, in the
    kind's own wording where its definition has one (:mod:`icvapp.scheme.wording`)."""
    tr = worded(translator(language), ctx.config)
    found: list[Problem] = []
    found += _details(rec, ctx, tr)
    found += _times(rec, ctx, tr)
    found += _counts(rec, ctx, tr)
    found += _conversations(rec, ctx.config, tr)
    found += _activities(rec, ctx.config, tr)
    found += _inspection(rec, tr)
    return sorted(found, key=lambda p: 0 if p.is_error else 1)


def _details(rec: VisitRecord, ctx: Context, tr: Translator) -> list[Problem]:
    out: list[Problem] = []
    # Sentences are neutral or built from the kind's nouns; the first kind says its own (its definition's wording),
    # which its volunteers and its Welsh know.
    if rec.place_id is None:
        out.append(Problem("place", tr.translate("Validation", "Choose the place you visited."), missing=True))
    else:
        place = ctx.places.get(rec.place_id)
        if place is None:
            out.append(Problem("place", tr.translate("Validation", "The chosen place no longer exists; choose "
                                                                   "another.")))
        elif not place.active:
            out.append(Problem("place", tr.translate("Validation", "{place} is no longer visited; choose the place "
                                                                   "you visited, or ask the co-ordinator to reactivate "
                                                                   "it.").format(place=place.name)))
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
        out.append(Problem("arrival", tr.translate("Validation", "Enter the time you arrived."), missing=True))
        return out
    if rec.departure is None:
        out.append(Problem("departure", tr.translate("Validation", "Enter the time you left."), missing=True))
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


def count_columns(config: SchemeConfig) -> dict[str, str]:
    """The counts grid's columns — the total, then the definition's groups — by the :class:`CountRow` field
    each is kept in. A problem with a count names it ``counts.<stage>.<column key>`` (``counts.held.adult``)."""
    return {"total": "total", **group_columns(g.key for g in config.count_groups)}


def _counts(rec: VisitRecord, ctx: Context, tr: Translator) -> list[Problem]:
    out: list[Problem] = []
    config = ctx.config
    labels = {c.key: c.label_in(tr.language) for c in config.count_stages}
    columns = count_columns(config)
    groups = {key: column for key, column in columns.items() if key != "total"}
    for stage, row in rec.counts.items():
        for key, column in columns.items():
            value = getattr(row, column)
            if value is not None and value < 0:
                out.append(Problem(f"counts.{stage}.{key}", tr.translate("Validation", "{stage}: a count cannot be "
                                                                         "negative.")
                                   .format(stage=labels.get(stage, stage))))
        values = {key: getattr(row, column) for key, column in groups.items()}
        parts = [v for v in values.values() if v is not None]
        if parts and row.total is not None and sum(parts) != row.total and len(parts) == len(groups):
            split = " + ".join(f"{_lower(config.label('count_groups', key, tr.language))} {value}"
                               for key, value in values.items())
            message = (tr.translate("Validation", "{stage}: {split} = {sum}, but the total is {total}.")
                       .format(stage=labels.get(stage, stage), split=split, sum=sum(parts), total=row.total))
            out.append(Problem(f"counts.{stage}.total", message))
        elif parts and row.total is not None and sum(parts) > row.total:
            out.append(Problem(f"counts.{stage}.total",
                               tr.translate("Validation", "{stage}: the split adds up to {sum}, more than the total "
                                            "of {total}.")
                               .format(stage=labels.get(stage, stage), sum=sum(parts), total=row.total)))
    out += [Problem(f"counts.{stage}.{group}", message)
             for stage, group, message in funnel_breaches(rec.counts, config, tr.language)]
    root = config.root_stage
    if rec.outcome == "completed" and rec.count(root).total is None:
        message = (tr.translate("Validation", "Enter the number of {subjects} at the time of the visit (0 if "
                                "there were none).").format(subjects=_lower(config.word("subjects", tr.language))))
        out.append(Problem(f"counts.{root}.total", message, missing=True))
    return out


def _lower(noun: str) -> str:
    """A noun of the definition (written for a heading: "Dog identifier") inside a sentence."""
    return noun[:1].lower() + noun[1:]


def _conversations(rec: VisitRecord, config: SchemeConfig, tr: Translator) -> list[Problem]:
    out: list[Problem] = []
    identifier, subject = (_lower(config.word(name, tr.language)) for name in ("identifier", "subject"))
    seen_numbers: dict[str, int] = {}
    for i, conv in enumerate(rec.conversations):
        if conv.is_blank():
            continue
        number = conv.identifier.strip()
        # A subject is named by the kind's noun and its place in the list ("Dog 2"), or as its kind words it.
        where = tr.translate("Validation", "{subject} {index}").format(subject=config.word("subject", tr.language),
                                                                        index=i + 1)
        field = f"conversations.{i}.identifier"
        if not number:
            out.append(Problem(field, tr.translate("Validation", "{where}: enter the {identifier} (never a name).")
                               .format(where=where, identifier=identifier)))
        elif len(number) > config.identifier_max_length:
            out.append(Problem(field, tr.translate("Validation", "{where}: the {identifier} can be at most {limit} "
                                                   "characters long ({length} entered).")
                               .format(where=where, identifier=identifier, limit=config.identifier_max_length,
                                       length=len(number))))
        elif number in seen_numbers:
            out.append(Problem(field, tr.translate("Validation", "{where}: {identifier} {number} is already used for "
                                                   "{subject} {other}.")
                               .format(where=where, number=number, other=seen_numbers[number] + 1,
                                       identifier=identifier, subject=subject), WARNING))
        else:
            seen_numbers[number] = i
        if conv.consent is False and not conv.reason_not_seen:
            out.append(Problem(f"conversations.{i}.reason_not_seen",
                               tr.translate("Validation", "{where}: say why the {subject} was not seen.")
                               .format(where=where, subject=subject), WARNING))
        if conv.issue_raised.strip() and conv.resolved_during_visit is None:
            out.append(Problem(f"conversations.{i}.resolved_during_visit",
                               tr.translate("Validation", "{where}: say whether the issue was resolved during the "
                                            "visit.").format(where=where), WARNING))
        out += _parts_the_kind_lacks(conv, config, i, where, tr)
    return out


def _parts_the_kind_lacks(conv: ConversationRecord, config: SchemeConfig, i: int, where: str,
                          tr: Translator) -> list[Problem]:
    """A subject's record may hold only what the kind's form offers (a record from a file might hold more)."""
    out: list[Problem] = []
    if conv.allegation and not config.has("allegation"):
        out.append(Problem(f"conversations.{i}.allegation", tr.translate("Validation", "{where}: an allegation is "
                                                                         "not part of this kind of visit.")
                           .format(where=where)))
    if conv.requests and not config.has_requests:
        out.append(Problem(f"conversations.{i}.requests", tr.translate("Validation", "{where}: requests are not part "
                                                                       "of this kind of visit.").format(where=where)))
    return out


def _activities(rec: VisitRecord, config: SchemeConfig, tr: Translator) -> list[Problem]:
    """Each observed activity is one the definition lists, with only the choices it offers, and not seen is not
    seen: methods ticked for training marked not observed is a contradiction to resolve."""
    out: list[Problem] = []
    for key, record in rec.activities.items():
        activity = config.activity(key)
        if activity is None:
            out.append(Problem(f"activities.{key}", tr.translate("Validation", "This kind of visit records no "
                                                                 "activity called '{key}'.").format(key=key)))
            continue
        label = activity.label_in(tr.language)
        offered = {c.key for c in activity.choices}
        for choice in record.choices:
            if choice not in offered:
                out.append(Problem(f"activities.{key}.choices", tr.translate("Validation", "{activity}: '{choice}' is "
                                                                             "not one of its choices.")
                                   .format(activity=label, choice=choice)))
        if record.observed is False and record.choices:
            out.append(Problem(f"activities.{key}.choices", tr.translate("Validation", "{activity}: marked not "
                                                                         "observed, but methods are ticked. Untick "
                                                                         "them, or mark it observed.")
                               .format(activity=label)))
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
    "7 seen" with "offered" left empty is still checked against the 3 present. The same rule
    guards the form, the history import and submission import.
    """
    tr = translator(language)
    labels = {c.key: c.label_in(tr.language) for c in config.count_stages}
    out: list[tuple[str, str, str]] = []
    for group, column in count_columns(config).items():
        value = {stage: getattr(row, column) for stage, row in counts.items() if getattr(row, column) is not None}
        where = "" if group == "total" else f"{config.label('count_groups', group, tr.language)}: "
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
