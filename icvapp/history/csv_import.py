"""Past visits from a scheme's spreadsheets, so years of history count in every figure.

One CSV row is one visit: the place, date and times, the pair, the outcome,
the stage counts and a tally of requests by category. The whole file is
checked before anything is written; if any row is wrong nothing is imported
and every problem is reported by the row number the spreadsheet shows.
The columns and rules are documented in docs/history-import.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from icvapp.errors import QT_TRANSLATE_NOOP
from icvapp.history.rows import (
    AUDIT_EVENT,
    BATCH,
    MAX_BYTES,
    MAX_ERRORS,
    ORIGIN,
    CsvRow,
    HistoryVisit,
    KnownNames,
    RowError,
    columns,
    parse_csv,
)
from icvapp.i18n.formats import Moment
from icvapp.scheme.config import SchemeConfig
from icvapp.scheme.kinds import resource_text
from icvapp.storage import audit
from icvapp.storage.database import Database
from icvapp.storage.files import read_bounded
from icvapp.storage.model import StageCount, SubjectRequest, Visit, VisitStatus, new_uid, utcnow
from icvapp.visits.canonical import LEGACY_KIND
from icvapp.visits.record import GROUPS, VisitRecord, plain_values
from icvapp.visits.validation import Context

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class HistoryImportResult:
    imported: int
    errors: list[RowError]

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class HistoryCheck:
    """What a file holds: the visits it would import, or why it cannot be imported."""

    visits: list[HistoryVisit]
    errors: list[RowError]


def template_csv(config: SchemeConfig | None = None) -> str:
    """The template a scheme fills in. The first kind's (``config`` None or of :data:`LEGACY_KIND`) is the shipped
    file: every usual column and three example visits; another kind's is the row of its columns (its stages, its
    groups if any)."""
    if config is None or config.kind == LEGACY_KIND:
        return resource_text("history", "visits-template.csv")
    return ",".join(columns(config)) + "\r\n"


# --------------------------------------------------------------------------- importing


def read_history_csv(db: Database, config: SchemeConfig, path: str | Path, *, today: dt.date | None = None,
                     progress: Progress | None = None) -> HistoryCheck:
    """Check a file against this profile's places, volunteers and visits, writing nothing."""
    data = _read_file(Path(path))
    with db.session() as s:
        return _check(s, config, data, today or dt.date.today(), progress)


def import_history_csv(db: Database, config: SchemeConfig, path: str | Path, *, progress: Progress | None = None,
                       today: dt.date | None = None) -> HistoryImportResult:
    """Import every visit in the file in one transaction, or none if any row is wrong.

    ``progress(done, total)`` follows checking and then writing; an exception
    raised from it cancels the import with nothing written.
    """
    path = Path(path)
    data = _read_file(path)
    with db.session() as s:
        # Checked and written in one transaction, so a visit saved meanwhile
        # elsewhere cannot slip past the duplicate check.
        check = _check(s, config, data, today or dt.date.today(), _scaled(progress, 0))
        if check.errors:
            return HistoryImportResult(0, check.errors)
        _write(s, check.visits, _scaled(progress, len(check.visits)))
        audit.append(s, AUDIT_EVENT, actor=db.actor, detail={"rows": len(check.visits), "file": path.name})
    return HistoryImportResult(len(check.visits), [])


def _scaled(progress: Progress | None, offset: int) -> Progress | None:
    if progress is None:
        return None
    return lambda done, total: progress(offset + done, 2 * total)


def _read_file(path: Path) -> bytes:
    return read_bounded(path, MAX_BYTES, QT_TRANSLATE_NOOP("History", "a history file"),
                        hint="Split it into several files, a few years each, and import them one by one.")


def _check(s: Session, config: SchemeConfig, data: bytes, today: dt.date, progress: Progress | None) -> HistoryCheck:
    headings, records = parse_csv(data, config)
    names = KnownNames.load(s)
    rules = Context(config=config, places={}, today=today)
    visits: list[HistoryVisit] = []
    problems: list[RowError] = []
    first_row: dict[tuple, int] = {}
    for i, (row, entries) in enumerate(records, start=1):
        found, wrong = CsvRow(row, headings, entries, config, names, rules).read()
        problems += wrong
        if found is not None:
            key = _key(found.record)
            if key in first_row:
                problems.append(RowError(row, QT_TRANSLATE_NOOP("History", "same place, date and arrival time as row {first}; "
                                                                "each visit can be imported only once.")
                                         .format(first=first_row[key])))
            else:
                first_row[key] = row
                visits.append(found)
        if progress is not None and (i % BATCH == 0 or i == len(records)):
            progress(i, len(records))
    problems += _already_recorded(s, visits, names)
    problems.sort(key=lambda p: p.row)
    return HistoryCheck([] if problems else visits, _capped(problems))


def _capped(problems: list[RowError]) -> list[RowError]:
    if len(problems) <= MAX_ERRORS:
        return problems
    rest = problems[MAX_ERRORS:]
    return [*problems[:MAX_ERRORS],
            RowError(rest[0].row, QT_TRANSLATE_NOOP("History", "…and {count} more problems from row {row} on.").format(
                count=len(rest), row=rest[0].row))]


def _key(rec: VisitRecord) -> tuple:
    return rec.place_id, rec.visit_date, rec.arrival


def _already_recorded(s: Session, visits: list[HistoryVisit], names: KnownNames) -> list[RowError]:
    if not visits:
        return []
    dates = [v.record.visit_date for v in visits]
    existing = {}
    for vid, place_id, day, arrived in s.execute(
            select(Visit.id, Visit.place_id, Visit.visit_date, Visit.arrived_at)
            .where(Visit.visit_date.between(min(dates), max(dates)), Visit.arrived_at.is_not(None))):
        existing.setdefault((place_id, day, arrived.time().replace(second=0, microsecond=0)), vid)
    out = []
    for v in visits:
        if (vid := existing.get(_key(v.record))) is not None:
            rec = v.record
            out.append(RowError(v.row, QT_TRANSLATE_NOOP("History", "a visit to {place} on {date} arriving at {arrival} is "
                                                         "already recorded (visit no. {visit}); each visit can be "
                                                         "imported only once.").format(
                place=names.place_names[rec.place_id], date=Moment(rec.visit_date, "%d/%m/%Y", "dd/MM/y"),
                arrival=f"{rec.arrival:%H:%M}", visit=vid)))
    return out


def _write(s: Session, visits: list[HistoryVisit], progress: Progress | None) -> None:
    """Bulk inserts: 10,000 visits with their counts and tallies take seconds, not minutes."""
    now = utcnow()
    for start in range(0, len(visits), BATCH):
        batch = visits[start:start + BATCH]
        ids = s.scalars(insert(Visit).returning(Visit.id, sort_by_parameter_order=True),
                        [_visit_row(v.record, now) for v in batch]).all()
        counts = [{"visit_id": vid, "stage": stage, "total": c.total, **{g: getattr(c, g) for g in GROUPS}}
                  for vid, v in zip(ids, batch, strict=True) for stage, c in v.record.counts.items()]
        requests = [{"visit_id": vid, "conversation_id": None, "category": category, "quantity": n}
                    for vid, v in zip(ids, batch, strict=True) for category, n in v.requests.items()]
        if counts:
            s.execute(insert(StageCount), counts)
        if requests:
            s.execute(insert(SubjectRequest), requests)
        if progress is not None:
            progress(start + len(batch), len(visits))


def _visit_row(rec: VisitRecord, now: dt.datetime) -> dict:
    # Every row carries the same keys, so the whole batch is one INSERT.
    return {
        "uid": new_uid(), "status": VisitStatus.COMPLETE, "origin": ORIGIN, "place_id": rec.place_id,
        "visit_date": rec.visit_date, "visitor_a_id": rec.visitor_a_id, "visitor_b_id": rec.visitor_b_id,
        "arrived_at": rec.arrived_at, "admitted_at": rec.admitted_at, "departed_at": rec.departed_at,
        **plain_values(rec),  # mode, outcome, abandon reason, rating, and any count the record gains
        # When it became a complete record here; the report itself was written long ago.
        "created_at": now, "updated_at": now, "completed_at": now, "version": 1,
    }


