"""Builders for realistic visit records used across the tests."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import NoReturn

import pytest

from icvapp.storage.model import Place, Volunteer
from icvapp.visits.record import CheckRecord, ConversationRecord, CountRow, VisitRecord


def names_to_ids(ctx, model) -> dict[str, int]:
    from sqlalchemy import select

    with ctx.db.session() as s:
        return {name: i for name, i in s.execute(select(model.name, model.id))}


def good_visit(ctx, **changes) -> VisitRecord:
    """A complete, valid visit to Beaumont Leys; ``changes`` override fields."""
    places, people = names_to_ids(ctx, Place), names_to_ids(ctx, Volunteer)
    rec = VisitRecord(
        place_id=places["Beaumont Leys"], visit_date=dt.date(2026, 11, 2),
        visitor_a_id=people["Amrit Sandhu"], visitor_b_id=people["Zoë Ó Briain"],
        arrival=dt.time(21, 5), admitted=dt.time(21, 12), departure=dt.time(22, 40),
        rating="satisfactory",
        counts={"in_custody": CountRow(9, 2, 6, 1), "offered": CountRow(7), "seen": CountRow(4),
                "declined": CountRow(2), "not_available": CountRow(2)},
        conversations=[
            ConversationRecord(identifier="BL/10432/26", location="4", consent=True,
                               entitlements={"rights_told": "yes", "food_and_drink": "no"},
                               requests=["refreshments", "blankets"],
                               issue_raised="No hot drink offered since arrival at 17:00.",
                               staff_response="Drink provided at once.", resolved_during_visit=True),
            ConversationRecord(identifier="BL/10433/26", location="7", consent=False, reason_not_seen="asleep"),
        ],
        checks={"kitchen_food": CheckRecord("issue", "cleanliness", "Out-of-date meals in freezer."),
                "cells": CheckRecord("fine")},
        officer_name="Sgt Patel", officer_rank="Sergeant", officer_number="2291",
        officer_response="Will check stock dates daily.",
        observations="Calm suite; staff welcoming.", positive_comments="Nurse praised by detainees.",
    )
    for key, value in changes.items():
        setattr(rec, key, value)
    return rec


def officer_ack(at: dt.datetime | None = None):
    from icvapp.visits.canonical import OfficerAck

    return OfficerAck("Sgt Patel", "Sergeant", "2291", at or dt.datetime(2026, 11, 2, 22, 35),
                      [[[100, 300], [200, 100], [300, 300]], [[400, 200], [600, 200]]])


def seal(ctx, rec=None, *, pins=None, **changes) -> int:
    """Complete, acknowledge and sign a visit with both visitors' keys; returns its id."""
    from icvapp.sealing.signoff import sign_off
    from icvapp.trust.enrolment import unlock_signer
    from icvapp.visits.store import complete_visit, validation_context
    from icvapp.visits.validation import errors
    from tests.conftest import PINS

    rec = rec or good_visit(ctx, **changes)
    problems = complete_visit(ctx.db, rec, validation_context(ctx.db, ctx.config, dt.date(2026, 11, 23)))
    assert not errors(problems), problems
    names = {v: k for k, v in names_to_ids(ctx, Volunteer).items()}
    pins = pins or PINS
    signers = [unlock_signer(ctx.db, vid, pins[names[vid]])
               for vid in (rec.visitor_a_id, rec.visitor_b_id) if vid is not None]
    sign_off(ctx, rec.id, officer_ack(), signers)
    return rec.id


def cannot_run_here(reason: str) -> NoReturn:
    """Skip on a developer's machine; in CI (``CI`` set) a test that cannot run fails loudly instead.

    CI runs as root on a machine we control, so every test there must really run: a fault test
    that quietly skips would hide exactly the bug it exists to catch.
    """
    if os.environ.get("CI"):
        pytest.fail(f"This test must run in CI, but cannot here: {reason}")
    pytest.skip(reason)


def files_holding(marker: bytes, places: list[Path], *, skip: list[Path], since: float) -> list[str]:
    """Files under ``places`` that hold ``marker``. Only files written or changed at or after ``since`` are read:
    the marker is made when the test starts, so an older file cannot hold it (the home folder's caches are
    gigabytes, and reading them all took a minute)."""
    found = []
    skipped = {str(s) for s in skip}
    for place in places:
        if any(Path(place).is_relative_to(s) for s in skipped):
            continue
        for root, dirs, files in os.walk(place):
            # Skipped folders are left out of the walk itself, not checked folder by folder inside it.
            dirs[:] = [d for d in dirs if os.path.join(root, d) not in skipped]
            for name in files:
                path = Path(root, name)
                try:
                    st = path.stat()
                    if not path.is_file() or max(st.st_mtime, st.st_ctime) < since or st.st_size >= 100_000_000:
                        continue
                    if marker in path.read_bytes():
                        found.append(str(path))
                except OSError:
                    continue
    return sorted(set(found))  # the places overlap (the temp folder holds this test's folder)


def other_tests_folders(keep: Path) -> list[Path]:
    """pytest's folders of other runs, not the one holding ``keep``: their files are other tests' writing."""
    others = Path(tempfile.gettempdir()) / f"pytest-of-{os.environ.get('USER', 'root')}"
    return [p for p in others.glob("pytest-*") if not keep.is_relative_to(p)]


def assert_read_in_welsh(text: str) -> None:
    """``text``, and every translatable text filled into it, is found in the Welsh catalogue.

    The catalogue finds a text by its context and its English, so a wrong context leaves that part in
    English: this is how a test sees a message marked with the wrong context. Plain values (a path, a
    name) are not texts to translate and are left alone.
    """
    from icvapp.errors import Translatable
    from icvapp.i18n.translation import PLACEHOLDER, translate

    if not isinstance(text, Translatable):
        return
    if any(c.isalpha() for c in PLACEHOLDER.sub("", text.source)):  # words, not only "{a}: {b}" or joined parts
        welsh = translate(text.context, text.source, text.disambiguation, -1 if text.n is None else text.n,
                          language="cy")
        assert welsh != text.source, f"not in Welsh (context {text.context!r}): {text.source!r}"
    for value in text.values.values():
        assert_read_in_welsh(value)
