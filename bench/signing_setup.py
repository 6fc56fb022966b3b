"""Shared set-up for the signing benchmarks (``bench.signbench``, ``bench.importbench``).

A scheme office profile (scheme root, inbox key, volunteers enrolled on the
office computer) and, when needed, a volunteer laptop that joined the scheme
by files, exactly as ``tests/test_submission.py`` does it. Profiles use the
"passphrase" method, so no keychain is involved. The PIN KDF
(``icvapp.pki.BOX_KDF``) is left at its production cost.

Also a self-time profiler that attributes a call's wall time to named app
functions (innermost wins), for the benchmarks' "where the time goes" rows.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
import sys
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

PASSPHRASE = "bench passphrase"
SCHEME = "Bench scheme"
ROOT_PIN = "bench office root 2026"
SUITES = [("Beaumont Leys", 14, "BL"), ("Euston Street", 36, "ES"), ("Keighley", 12, "KY")]
VOLUNTEERS = ["Amrit Sandhu", "Zoë Ó Briain", "Łukasz Nowak", "Grace Okafor"]
PINS = {name: f"pin-{i}-{name.split()[0].lower()}" for i, name in enumerate(VOLUNTEERS)}


def log(msg: str) -> None:
    """Progress for the parent (bench.run streams the worker's stderr)."""
    print(msg, file=sys.stderr, flush=True)


def ids_by_name(ctx, model) -> dict[str, int]:
    from sqlalchemy import select

    with ctx.db.session() as s:
        return {name: i for name, i in s.execute(select(model.name, model.id))}


def make_office(data_dir: Path, *, enrol: list[str] | None = None):
    """Scheme office: suites, volunteers, scheme root; ``enrol`` (default all) enrolled here."""
    from icvapp.profile.context import create_profile
    from icvapp.storage.model import Place, Volunteer
    from icvapp.trust.enrolment import set_up_scheme_root
    from icvapp.trust.enrolment_files import enrol_here

    ctx = create_profile(data_dir, "passphrase", SCHEME, PASSPHRASE)
    with ctx.db.session() as s:
        s.add_all([Place(name=name, locations=cells) for name, cells, _ in SUITES])
        s.add_all([Volunteer(name=name) for name in VOLUNTEERS])
    set_up_scheme_root(ctx.db, ROOT_PIN)
    people = ids_by_name(ctx, Volunteer)
    for name in VOLUNTEERS if enrol is None else enrol:
        enrol_here(ctx.db, people[name], PINS[name], ROOT_PIN)
    return ctx


def make_laptop(data_dir: Path, office, names: list[str]):
    """A volunteer laptop that joined the office's scheme and enrolled ``names`` by files."""
    from icvapp.profile.context import create_profile
    from icvapp.storage.model import Volunteer
    from icvapp.trust.enrolment_files import (
        create_signing_key,
        export_scheme_file,
        import_certificate,
        import_scheme_file,
        issue_certificate,
    )

    lap = create_profile(data_dir, "passphrase", "Laptop", PASSPHRASE)
    import_scheme_file(lap.db, export_scheme_file(office.db, ROOT_PIN))
    people = ids_by_name(lap, Volunteer)
    for name in names:
        request = create_signing_key(lap.db, people[name], PINS[name])
        reply, issued_to = issue_certificate(office.db, request, ROOT_PIN)
        assert issued_to == name
        import_certificate(lap.db, reply)
    return lap


def unlock(ctx, names: list[str]) -> tuple[dict[str, object], list[float]]:
    """Each signer's key unlocked with their PIN (Argon2id: the deliberate human step), and the times."""
    from icvapp.storage.model import Volunteer
    from icvapp.trust.enrolment import unlock_signer

    people = ids_by_name(ctx, Volunteer)
    signers, times = {}, []
    for name in names:
        t0 = time.perf_counter()
        signers[name] = unlock_signer(ctx.db, people[name], PINS[name])
        times.append(time.perf_counter() - t0)
    return signers, times


def officer_ack(day: dt.date):
    from icvapp.visits.canonical import OfficerAck

    return OfficerAck("Sgt Patel", "Sergeant", "2291", dt.datetime.combine(day, dt.time(22, 35)),
                      [[[100, 300], [200, 100], [300, 300]], [[400, 200], [600, 200]]])


def visit_record(ctx, i: int, pair: tuple[str, str], *, today: dt.date | None = None):
    """Visit number ``i``: complete and valid, like tests/helpers.good_visit, with its date,
    suite, custody numbers, cells and head counts varied a little."""
    from icvapp.storage.model import Place, Volunteer
    from icvapp.visits.record import CheckRecord, ConversationRecord, CountRow, VisitRecord

    rnd = random.Random(i)
    places, people = ids_by_name(ctx, Place), ids_by_name(ctx, Volunteer)
    name, _cells, prefix = SUITES[i % len(SUITES)]
    day = (today or dt.date.today()) - dt.timedelta(days=1 + i % 900)
    yy = day.year % 100
    extra = rnd.randint(0, 4)
    convs = [
        ConversationRecord(identifier=f"{prefix}/{10000 + 2 * i}/{yy:02d}", location=str(rnd.randint(1, 12)),
                           consent=True, entitlements={"rights_told": "yes", "food_and_drink": "no"},
                           requests=["refreshments", "blankets"],
                           issue_raised="No hot drink offered since arrival at 17:00.",
                           staff_response="Drink provided at once.", resolved_during_visit=True),
        ConversationRecord(identifier=f"{prefix}/{10001 + 2 * i}/{yy:02d}", location=str(rnd.randint(1, 12)),
                           consent=False, reason_not_seen="asleep"),
    ]
    return VisitRecord(
        place_id=places[name], visit_date=day,
        visitor_a_id=people[pair[0]], visitor_b_id=people[pair[1]],
        arrival=dt.time(21, 5), admitted=dt.time(21, 12), departure=dt.time(22, 40),
        rating="satisfactory" if rnd.random() < 0.85 else "unsatisfactory",
        counts={"in_custody": CountRow(9 + extra, 2, 6 + extra, 1), "offered": CountRow(7), "seen": CountRow(4),
                "declined": CountRow(2), "not_available": CountRow(2 + extra)},
        conversations=convs,
        checks={"kitchen_food": CheckRecord("issue", "cleanliness", "Out-of-date meals in freezer."),
                "cells": CheckRecord("fine")},
        officer_name="Sgt Patel", officer_rank="Sergeant", officer_number="2291",
        officer_response="Will check stock dates daily.",
        observations="Calm suite; staff welcoming.", positive_comments="Nurse praised by detainees.",
    )


def complete(ctx, rec) -> int:
    """Save the record as a complete visit (refuses if the app finds errors); returns its id."""
    from icvapp.visits.store import complete_visit, validation_context
    from icvapp.visits.validation import errors

    problems = complete_visit(ctx.db, rec, validation_context(ctx.db, ctx.config))
    bad = errors(problems)
    if bad:
        raise RuntimeError(f"bench visit does not validate: {bad}")
    return rec.id


# --------------------------------------------------------------------------- self-time profiler


class SelfTimer:
    """Attribute wall time to wrapped functions; nested wrapped calls are subtracted from their caller.

    ``patch("icvapp.trust.pades", "sign_field", "PAdES signature")`` replaces the module attribute for the
    duration of :meth:`active`. Only wrap names the app looks up at call time (module attributes
    read inside functions), or the wrapper is never reached.
    """

    def __init__(self) -> None:
        self.targets: list[tuple[object, str, str]] = []
        self.self_time: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[list[float]] = []

    def patch(self, module: str, attr: str, label: str) -> None:
        self.targets.append((importlib.import_module(module), attr, label))

    def patch_method(self, owner: object, attr: str, label: str) -> None:
        self.targets.append((owner, attr, label))

    def _wrap(self, fn, label: str):
        stack, self_time, calls = self._stack, self.self_time, self.calls

        def wrapper(*args, **kwargs):
            frame = [0.0]  # time spent in wrapped callees
            stack.append(frame)
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - t0
                stack.pop()
                self_time[label] += elapsed - frame[0]
                calls[label] += 1
                if stack:
                    stack[-1][0] += elapsed

        wrapper.__wrapped__ = fn  # type: ignore[attr-defined]
        return wrapper

    @contextmanager
    def active(self):
        saved = []
        for owner, attr, label in self.targets:
            original = getattr(owner, attr)
            saved.append((owner, attr, original))
            setattr(owner, attr, self._wrap(original, label))
        try:
            yield self
        finally:
            for owner, attr, original in reversed(saved):
                setattr(owner, attr, original)

    def take(self) -> dict[str, float]:
        """Self times since the last take, and reset."""
        out = dict(self.self_time)
        self.self_time.clear()
        return out


def patch_db(timer: SelfTimer) -> None:
    """SQLAlchemy Session.flush (the INSERTs/UPDATEs, autoflushes included) and Session.commit
    (its own flush is counted as flush, so what remains is COMMIT: WAL append and fsync)."""
    from sqlalchemy.orm import Session

    timer.patch_method(Session, "flush", "database: flush (INSERT/UPDATE statements)")
    timer.patch_method(Session, "commit", "database: COMMIT (WAL write + fsync)")
