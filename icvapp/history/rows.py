"""Reading a history CSV: headings, rows and the checks on each value.

Split from :mod:`icvapp.history_import`, which writes what these checks pass.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, joined
from icvapp.history.problems import RowError
from icvapp.history.problems import listed as _listed
from icvapp.history.problems import short as _short
from icvapp.i18n.formats import Moment
from icvapp.scheme.config import SchemeConfig
from icvapp.storage import released
from icvapp.storage.model import (
    ABANDONED,
    COMPLETED,
    SATISFACTORY,
    UNSATISFACTORY,
    Place,
    VisitOrigin,
    Volunteer,
)
from icvapp.visits.record import GROUPS, CountRow, VisitRecord, group_columns, plain_fields
from icvapp.visits.validation import Context, errors, validate

MAX_BYTES = 50 * 1024 * 1024
MAX_ERRORS = 200
# A place holds at most a few dozen subjects; a bigger number is a typing slip
# (and anything past SQLite's 64-bit integers could not be stored at all).
MAX_COUNT = 9999
# No visit lasts this long: departure before arrival is read as "past midnight",
# so one mistyped time would otherwise add most of a day to hours volunteered.
IMPLAUSIBLE_VISIT = dt.timedelta(hours=12)
ORIGIN = VisitOrigin.HISTORY
AUDIT_EVENT = "history imported"
#: Columns every file needs, beside the count at the kind's root stage (at_unit for the dog unit). The
#: place's column keeps the name the released format gave it.
REQUIRED = (released.PLACE, "date", "arrived", "departed")
DETAILS = (released.PLACE, "date", "arrived", "admitted", "departed", "visitor_1", "visitor_2", "mode", "outcome",
           "abandon_reason", "rating")
REQUEST_PREFIX = "requests_"
# Rows per batch when writing, and how often progress is reported.
BATCH = 500


@dataclass(frozen=True)
class HistoryVisit:
    """A checked row, ready to write: the visit, plus request tallies by category."""

    row: int
    record: VisitRecord
    requests: dict[str, int]


def counted_fields() -> tuple[str, ...]:
    """The visit's own counts (plain whole-number fields of the record): a column each, by name."""
    return tuple(f.name for f in plain_fields() if f.kind is int)


def columns(config: SchemeConfig) -> tuple[str, ...]:
    """Every column a history file may have, in the order the documentation lists them: each stage's total beside
    a column per count group of the kind (<stage>_female…; none for the dog unit)."""
    stages, groups = [c.key for c in config.count_stages], [g.key for g in config.count_groups]
    counts = [name for s in stages for name in (s, *(f"{s}_{g}" for g in groups))]
    return (*DETAILS, *counted_fields(), *counts, *(REQUEST_PREFIX + c.key for c in config.request_categories))


# --------------------------------------------------------------------------- reading the file


def parse_csv(data: bytes, config: SchemeConfig) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The normalised headings and the non-blank rows with their spreadsheet row numbers."""
    if data.startswith(b"PK\x03\x04"):
        raise InvalidInput(QT_TRANSLATE_NOOP("History", "This is an Excel workbook, not a CSV file."),
                           hint=QT_TRANSLATE_NOOP("History", "In Excel choose File › Save As › 'CSV UTF-8 (Comma "
                                                             "delimited)' and import that file."))
    try:
        text = data.decode("utf-8-sig")  # Excel's "CSV UTF-8" starts with a byte-order mark
    except UnicodeDecodeError:
        raise InvalidInput(QT_TRANSLATE_NOOP("History", "The file is not UTF-8 text, so names could be "
                                                        "misread."),
                           hint=QT_TRANSLATE_NOOP("History", "In Excel choose File › Save As › 'CSV UTF-8 (Comma "
                                                             "delimited)'.")) from None
    if "\x00" in text:
        raise InvalidInput(QT_TRANSLATE_NOOP("History", "The file is not a CSV file (it contains binary data)."),
                           hint=QT_TRANSLATE_NOOP("History", "Save the spreadsheet as 'CSV UTF-8 (Comma "
                                                             "delimited)'."))
    if not text.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("History", "The file is empty."),
                           hint=QT_TRANSLATE_NOOP("History", "Start from the history template; see "
                                                             "docs/history-import.md."))
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise InvalidInput(QT_TRANSLATE_NOOP("History", "The file could not be read as CSV ({reason}).")
                           .format(reason=exc),
                           hint=QT_TRANSLATE_NOOP("History", "Save the spreadsheet as 'CSV UTF-8 (Comma "
                                                             "delimited)'.")) from None
    headings = [_heading(h) for h in rows[0]] if rows else []
    _check_headings(headings, config)
    records = [(n, entries) for n, entries in enumerate(rows[1:], start=2) if any(c.strip() for c in entries)]
    if not records:
        raise InvalidInput(QT_TRANSLATE_NOOP("History", "The file has column headings but no visits."))
    return headings, records


def _heading(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", text.strip().casefold())


def _check_headings(headings: list[str], config: SchemeConfig) -> None:
    known = set(columns(config))
    missing = [c for c in (*REQUIRED, config.root_stage) if c not in headings]
    unknown = [h for h in headings if h and h not in known]
    doubled = sorted(h for h, n in Counter(headings).items() if h and n > 1)
    faults = []
    if missing:
        faults.append((QT_TRANSLATE_NOOP("History", "it has no {names} column") if len(missing) == 1 else
                       QT_TRANSLATE_NOOP("History", "it has no {names} columns")).format(names=_listed(missing)))
    if unknown:
        faults.append((QT_TRANSLATE_NOOP("History", "there is no such column as {names}") if len(unknown) == 1 else
                       QT_TRANSLATE_NOOP("History", "there are no such columns as {names}"))
                      .format(names=_listed(unknown)))
    if doubled:
        faults.append(QT_TRANSLATE_NOOP("History", "the {names} heading appears more than once")
                      .format(names=_listed(doubled)))
    if faults:
        raise InvalidInput(QT_TRANSLATE_NOOP("History", "This file cannot be imported as visit history: {faults}.")
                           .format(faults=joined(*faults, sep="; ")),
                           hint=QT_TRANSLATE_NOOP("History", "The first row must hold the column headings of the "
                                                             "template; see docs/history-import.md for every "
                                                             "column."))


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass(frozen=True)
class KnownNames:
    """Places and volunteers of this profile, by their names folded for matching."""

    places: dict[str, list[int]]
    place_names: dict[int, str]
    volunteers: dict[str, list[int]]

    @classmethod
    def load(cls, s: Session) -> KnownNames:
        places: dict[str, list[int]] = {}
        volunteers: dict[str, list[int]] = {}
        place_names = {}
        for sid, name in s.execute(select(Place.id, Place.name).order_by(Place.name)):
            places.setdefault(_fold(name), []).append(sid)
            place_names[sid] = name
        for vid, name in s.execute(select(Volunteer.id, Volunteer.name)):
            volunteers.setdefault(_fold(name), []).append(vid)
        return cls(places, place_names, volunteers)


DATE_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
DATE_UK = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
TIME = re.compile(r"([0-9]{1,2}):([0-9]{2})(?::[0-9]{2})?")
NUMBER = re.compile(r"(?P<sign>[+-]?)(?P<digits>[0-9]+)")


class CsvRow:
    """One row read entry by entry; each problem names the column it is in."""

    def __init__(self, row: int, headings: list[str], entries: list[str], config: SchemeConfig, names: KnownNames,
                 rules: Context) -> None:
        self.row, self.config, self.names, self.rules = row, config, names, rules
        self.problems: list[RowError] = []
        self.entries: dict[str, str] = {}
        for i, value in enumerate(entries):
            value = value.strip()
            if i < len(headings) and headings[i]:
                self.entries[headings[i]] = value
            elif value:
                self.fail(_column_letter(i), QT_TRANSLATE_NOOP("History", "'{value}' is in a column without a heading; remove it "
                                                               "or give the column one of the template's headings.")
                          .format(value=_short(value)))

    def fail(self, column: str, reason: str) -> None:
        self.problems.append(RowError(self.row, QT_TRANSLATE_NOOP("History", "{column}: {reason}").format(column=column,
                                                                                              reason=reason)))

    def read(self) -> tuple[HistoryVisit | None, list[RowError]]:
        rec = VisitRecord()
        rec.place_id = self.place()
        rec.visit_date = self.date()
        rec.arrival, rec.departure = self.time("arrived"), self.time("departed")
        rec.admitted = self.time("admitted", required=False)
        # A lone name is the first visitor, wherever the spreadsheet put it.
        pair = [vid for vid in (self.visitor("visitor_1"), self.visitor("visitor_2")) if vid is not None]
        rec.visitor_a_id, rec.visitor_b_id = (pair + [None, None])[:2]
        rec.mode = self.choice("mode", self.config.modes) or "in_person"
        rec.outcome = self.outcome()
        rec.abandon_reason = self.abandon_reason(rec.outcome)
        rec.rating = self.rating()
        rec.counts = self.counts()
        for name in counted_fields():
            setattr(rec, name, self.number(name))
        requests = {c.key: n for c in self.config.request_categories
                    if (n := self.number(REQUEST_PREFIX + c.key))}
        if self.problems:
            return None, self.problems
        if rec.visitor_a_id is not None and rec.visitor_a_id == rec.visitor_b_id:
            self.fail("visitor_2", QT_TRANSLATE_NOOP("History", "is the same person as visitor_1; a visit is made by two "
                                                      "different people."))
        self.times(rec)
        labels = {c.key: c.label for c in self.config.count_stages} | {g.key: g.label
                                                                           for g in self.config.count_groups}
        for p in errors(validate(rec, self.rules)):
            if p.field.startswith("counts."):
                _, stage, group = p.field.split(".")
                # The form's message starts with the stage or group it names; the column already says so.
                message = p.message.removeprefix(f"{labels[stage if group == 'total' else group]}: ")
                self.fail(stage if group == "total" else f"{stage}_{group}", message)
        return (None if self.problems else HistoryVisit(self.row, rec, requests)), self.problems

    def get(self, column: str) -> str:
        return self.entries.get(column, "")

    def required(self, column: str) -> str:
        value = self.get(column)
        if not value:
            self.fail(column, QT_TRANSLATE_NOOP("History", "is empty; every visit needs one."))
        return value

    def place(self) -> int | None:
        name = self.required(released.PLACE)
        if not name:
            return None
        ids = self.names.places.get(_fold(name), [])
        if len(ids) == 1:
            return ids[0]
        known = list(self.names.place_names.values())
        self.fail(released.PLACE, joined(
            QT_TRANSLATE_NOOP("History", "there is no place called '{name}'.").format(name=_short(name)),
            QT_TRANSLATE_NOOP("History", "The places are {names}.").format(names=_listed(known)) if known
            else QT_TRANSLATE_NOOP("History", "Add the places first.")))
        return None

    def date(self) -> dt.date | None:
        text = self.required("date")
        if not text:
            return None
        if m := DATE_ISO.fullmatch(text):
            y, mo, d = m.groups()
        elif m := DATE_UK.fullmatch(text):
            d, mo, y = m.groups()
        else:
            self.fail("date", QT_TRANSLATE_NOOP("History", "'{text}' is not a date; write it as YYYY-MM-DD or DD/MM/YYYY.")
                      .format(text=_short(text)))
            return None
        try:
            day = dt.date(int(y), int(mo), int(d))
        except ValueError:
            self.fail("date", QT_TRANSLATE_NOOP("History", "'{text}' is not a real date.").format(text=text))
            return None
        if day > self.rules.today:
            self.fail("date", QT_TRANSLATE_NOOP("History", "{date} is in the future.").format(date=Moment(day, "%d/%m/%Y", "dd/MM/y")))
        return day

    def time(self, column: str, *, required: bool = True) -> dt.time | None:
        text = self.required(column) if required else self.get(column)
        if not text:
            return None
        m = TIME.fullmatch(text)
        if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
            return dt.time(int(m.group(1)), int(m.group(2)))
        self.fail(column, QT_TRANSLATE_NOOP("History", "'{text}' is not a time of day; write it as HH:MM (24-hour clock).")
                  .format(text=_short(text)))
        return None

    def visitor(self, column: str) -> int | None:
        name = self.get(column)
        if not name:
            return None
        ids = self.names.volunteers.get(_fold(name), [])
        if len(ids) == 1:
            return ids[0]
        if ids:
            self.fail(column, QT_TRANSLATE_NOOP("History", "{count} volunteers are called '{name}'; give them distinguishable "
                                                "names in the profile first, so each visit's hours go to the right "
                                                "person.").format(count=len(ids), name=_short(name)))
        else:
            self.fail(column, QT_TRANSLATE_NOOP("History", "no volunteer is called '{name}' (the profile has {count} "
                                                "volunteers). Check the spelling, or add them as a volunteer first, "
                                                "so their hours are counted.")
                      .format(name=_short(name), count=sum(len(v) for v in self.names.volunteers.values())))
        return None

    def choice(self, column: str, choices) -> str | None:
        text = self.get(column)
        if not text:
            return None
        for c in choices:
            if _heading(text) == c.key or _fold(text) == _fold(c.label):
                return c.key
        self.fail(column, QT_TRANSLATE_NOOP("History", "'{text}' is not one of {choices}.").format(
            text=_short(text), choices=_listed([c.key for c in choices])))
        return None

    def outcome(self) -> str:
        text = self.get("outcome").casefold()
        if text in ("", COMPLETED, ABANDONED):
            return text or COMPLETED
        self.fail("outcome", QT_TRANSLATE_NOOP("History", "'{text}' is not 'completed' or 'abandoned'.").format(
            text=_short(self.get("outcome"))))
        return COMPLETED

    def abandon_reason(self, outcome: str) -> str | None:
        reason = self.choice("abandon_reason", self.config.abandon_reasons)
        if outcome == ABANDONED and reason is None and not self.get("abandon_reason"):
            self.fail("abandon_reason", QT_TRANSLATE_NOOP("History", "is empty; say why the visit was abandoned."))
        if outcome == COMPLETED and reason is not None:
            self.fail("abandon_reason", QT_TRANSLATE_NOOP("History", "is given, but the outcome is 'completed'; check which is "
                                                           "right."))
        return reason if outcome == ABANDONED else None

    def rating(self) -> str | None:
        text = self.get("rating").casefold()
        if text in ("", SATISFACTORY, UNSATISFACTORY):
            return text or None
        self.fail("rating", QT_TRANSLATE_NOOP("History", "'{text}' is not 'satisfactory', 'unsatisfactory' or empty.").format(
            text=_short(self.get("rating"))))
        return None

    def number(self, column: str) -> int | None:
        text = self.get(column)
        if not text:
            return None
        m = NUMBER.fullmatch(text)
        digits = m["digits"].lstrip("0") if m else ""
        if m is None:
            self.fail(column, QT_TRANSLATE_NOOP("History", "'{text}' is not a whole number.").format(text=_short(text)))
        elif m["sign"] == "-" and digits:
            self.fail(column, QT_TRANSLATE_NOOP("History", "'{text}' is negative; a count cannot be.").format(text=_short(text)))
        # Length first: Python refuses to convert thousands of digits at all.
        elif len(digits) > len(str(MAX_COUNT)) or int(digits or 0) > MAX_COUNT:
            self.fail(column, QT_TRANSLATE_NOOP("History", "'{text}' is too large for one visit.").format(text=_short(text)))
        else:
            return int(digits or 0)
        return None

    def counts(self) -> dict[str, CountRow]:
        out = {}
        groups = tuple(g.key for g in self.config.count_groups)
        for stage in (c.key for c in self.config.count_stages):
            # A kind's groups are kept in the record's group columns by position (court holding areas: adult, youth).
            row = CountRow(self.number(stage), **{column: self.number(f"{stage}_{g}")
                                                  for g, column in group_columns(groups).items()})
            if row.total is None and not row.is_empty() and groups == GROUPS:
                self.fail(stage, QT_TRANSLATE_NOOP("History", "is empty, but the female / male / juvenile split is given; give "
                                                  "the total too."))
            elif row.total is None and not row.is_empty():
                self.fail(stage, QT_TRANSLATE_NOOP("History", "is empty, but the {groups} split is given; give the total "
                                                  "too.").format(groups=" / ".join(groups)))
            if not row.is_empty():
                out[stage] = row
        return out

    def times(self, rec: VisitRecord) -> None:
        rec.past_midnight = rec.left_before_arriving()
        arrived, admitted, departed = rec.arrived_at, rec.admitted_at, rec.departed_at
        if admitted is not None and admitted < arrived:
            self.fail("admitted", QT_TRANSLATE_NOOP("History", "{admitted} is before the arrival at {arrival}.").format(
                admitted=f"{rec.admitted:%H:%M}", arrival=f"{rec.arrival:%H:%M}"))
        elif admitted is not None and admitted > departed:
            self.fail("admitted", QT_TRANSLATE_NOOP("History", "{admitted} is after the departure at {departure}.").format(
                admitted=f"{rec.admitted:%H:%M}", departure=f"{rec.departure:%H:%M}"))
        if departed - arrived >= IMPLAUSIBLE_VISIT:
            hours = (departed - arrived).total_seconds() / 3600
            self.fail("departed", QT_TRANSLATE_NOOP("History", "arriving {arrival} and leaving {departure} makes a {hours}-hour "
                                                    "visit; check both times.").format(
                arrival=f"{rec.arrival:%H:%M}", departure=f"{rec.departure:%H:%M}", hours=f"{hours:.1f}"))
