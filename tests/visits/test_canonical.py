"""The signed document: its bytes never change for a record that was already signed.

The digests below were taken from the document builder as it stood before the
plain fields came from the record's table; a sealed visit verifies only while
they hold.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json

import pytest

from icvapp.errors import InvalidInput
from icvapp.storage.encoding import canonical_json
from icvapp.visits import canonical
from icvapp.visits.canonical import (
    Amendment,
    OfficerAck,
    Party,
    SealedParts,
    build_document,
    document_to_record,
)
from icvapp.visits.document_formats import changed_fields
from icvapp.visits.record import CheckRecord, ConversationRecord, CountRow, PlainField, VisitRecord, plain_fields


def parts(*, officer: bool = True, amend: bool = False) -> SealedParts:
    return SealedParts(
        scheme=Party("scheme-uid", "Test scheme"), place=Party("suite-uid", "Beaumont Leys"),
        visitors=[Party("a-uid", "Amrit Sandhu"), Party("b-uid", "Zoë Ó Briain")],
        version=2 if amend else 1,
        officer=OfficerAck("Sgt Patel", "Sergeant", "2291", dt.datetime(2026, 11, 3, 0, 35),
                           [[[100, 300], [200, 100]]]) if officer else None,
        amendment=Amendment("orig-uid", "Cell was 8.", ["conversation 2"]) if amend else None)


def full_record() -> VisitRecord:
    return VisitRecord(
        uid="visit-uid", status="complete", visit_date=dt.date(2026, 11, 2),
        arrival=dt.time(23, 5), admitted=dt.time(23, 12), departure=dt.time(0, 40), past_midnight=True,
        rating="satisfactory", admission_delay_finding=True,
        counts={"in_custody": CountRow(9, 2, 6, 1), "offered": CountRow(7), "seen": CountRow(4),
                "declined": CountRow()},
        conversations=[ConversationRecord(identifier="BL/10432/26", location="4", consent=True,
                                          entitlements={"rights_told": "yes"}, requests=["refreshments"],
                                          issue_raised="No drink.", staff_response="Given.",
                                          resolved_during_visit=True),
                       ConversationRecord()],
        checks={"kitchen_food": CheckRecord("issue", "cleanliness", "Old food."), "cells": CheckRecord("fine")},
        officer_name="Sgt Patel", officer_rank="Sergeant", officer_number="2291", officer_response="Will check.",
        observations="Calm — “quiet” night.", positive_comments="Nurse praised.")


def abandoned_record() -> VisitRecord:
    return VisitRecord(uid="v2", visit_date=dt.date(2026, 11, 5), arrival=dt.time(10, 0), outcome="abandoned",
                       abandon_reason="suite_closed")


GOLDEN = [
    ("past midnight, acknowledged", full_record, {},
     "5e995be83c8acfb068ca93d8085a7a6433a9823d3ea80fd47034b9afaf67ced3"),
    ("an amendment", full_record, {"amend": True},
     "b2a97b9f19c3650725b1ef982c45f1b58d15f9307f2e508c8bef3d21718b9902"),
    ("abandoned, no officer", abandoned_record, {"officer": False},
     "78e81d4442cd025fcb4f3c4af2388f51629001fad4176cbc58fddb196668b525"),
]


@pytest.mark.parametrize(("record", "how", "digest"), [g[1:] for g in GOLDEN], ids=[g[0] for g in GOLDEN])
def test_the_document_bytes_are_the_ones_signed_before(record, how, digest):
    data = canonical_json(build_document(record(), parts(**how)))
    assert hashlib.sha256(data).hexdigest() == digest


@pytest.mark.parametrize(("record", "how", "digest"), [g[1:] for g in GOLDEN], ids=[g[0] for g in GOLDEN])
def test_a_document_read_back_rebuilds_the_same_bytes(record, how, digest):
    data = canonical_json(build_document(record(), parts(**how)))
    rec, read_parts = document_to_record(json.loads(data))
    assert canonical_json(build_document(rec, read_parts)) == data
    assert rec.status == "complete"


def test_a_document_read_back_keeps_past_midnight():
    rec, _ = document_to_record(build_document(full_record(), parts()))
    assert rec.past_midnight and rec.departed_at == dt.datetime(2026, 11, 3, 0, 40)


@pytest.mark.parametrize(("path", "value", "complaint"), [
    (("mode",), 3, "'mode' has the wrong type"),
    (("rating",), "x" * 21, "'rating' is too long"),
    (("admission_delay_finding",), None, "'admission_delay_finding' has the wrong type"),
    (("officer", "rank"), None, "'officer.rank' has the wrong type"),
    (("observations",), ..., "'observations' is missing"),
])
def test_a_malformed_plain_field_is_named(path, value, complaint):
    doc = build_document(full_record(), parts())
    *outer, last = path
    place = doc
    for step in outer:
        place = place[step]
    if value is ...:
        del place[last]
    else:
        place[last] = value
    with pytest.raises(InvalidInput, match=complaint):
        document_to_record(doc)


def test_the_officer_changes_an_amendment_names_come_from_the_table():
    before = build_document(full_record(), parts())
    after = build_document(dataclasses.replace(full_record(), officer_rank="Inspector", observations="Busy."), parts())
    assert changed_fields(before, after) == ["observations", "officer rank"]


# --------------------------------------------------------------------------- a field added later


@pytest.fixture
def cells_out_of_use(monkeypatch):
    """The table as it would be with a count added after the format's first release."""
    row = PlainField("cells_out_of_use", int, True, None, ("cells_out_of_use",), 20000, added=True)
    monkeypatch.setattr(canonical, "plain_fields", lambda: (*plain_fields(), row))
    return row


def test_a_field_added_later_leaves_documents_signed_before_unchanged(cells_out_of_use):
    rec = full_record()
    rec.cells_out_of_use = None
    data = canonical_json(build_document(rec, parts()))
    assert hashlib.sha256(data).hexdigest() == GOLDEN[0][3]
    back, _ = document_to_record(json.loads(data))
    assert back.cells_out_of_use is None


def test_a_field_added_later_is_signed_once_it_holds_a_value(cells_out_of_use):
    rec = full_record()
    rec.cells_out_of_use = 3
    doc = build_document(rec, parts())
    assert doc["cells_out_of_use"] == 3
    back, _ = document_to_record(json.loads(canonical_json(doc)))
    assert back.cells_out_of_use == 3
    doc["cells_out_of_use"] = -1
    with pytest.raises(InvalidInput, match="'cells_out_of_use' is not a count"):
        document_to_record(doc)
