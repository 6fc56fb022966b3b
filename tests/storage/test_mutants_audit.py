"""The audit log's head and the point each submission carries (written against mutation survivors).

A real encrypted database throughout: the head is what leaves the computer in submissions, backups
and Board reports, so a wrong count or hash there would let a cut or rewritten log pass.
"""

from __future__ import annotations

import pytest

from icvapp.storage import audit
from icvapp.storage.audit import GENESIS, SUBMITTED, AuditHead, head, sending_state
from icvapp.storage.database import open_database
from icvapp.storage.encoding import canonical_json

KEY = bytes(range(32))


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "icvapp.db", KEY, create=True)
    yield database
    database.close()


def test_canonical_json_sorts_keys_at_every_depth():
    assert canonical_json({"b": 1, "a": {"d": [2, {"f": 0, "e": 1}], "c": "é"}}) == \
        '{"a":{"c":"é","d":[2,{"e":1,"f":0}]},"b":1}'.encode()


def test_an_empty_log_stands_at_the_genesis_hash(db):
    with db.session() as s:
        assert head(s) == AuditHead(0, GENESIS)
        assert sending_state(s) == {"last_id": 0, "hash": GENESIS, "sent": []}


def test_the_head_counts_every_entry_and_names_the_newest(db):
    with db.session() as s:
        entries = [audit.append(s, "visit saved", actor="Amrit") for _ in range(3)]
        found = head(s)
    assert found == AuditHead(3, entries[-1].hash)
    assert found.as_dict() == {"entries": 3, "hash": entries[-1].hash}
    assert found.short() == f"3 entries, head {entries[-1].hash[:16]}"


def test_a_submission_carries_the_point_each_earlier_one_was_sent_at(db):
    with db.session() as s:
        first = audit.append(s, "visit saved", actor="Amrit")
        audit.append(s, SUBMITTED, actor="Amrit", detail={"sent_at_entry": [first.id, first.hash]})
        second = audit.append(s, "visit saved", actor="Amrit")
        audit.append(s, SUBMITTED, actor="Amrit", detail={"sent_at_entry": [second.id, "a hash the office saw"]})
        audit.append(s, SUBMITTED, actor="Amrit", detail={"sent_at_entry": "not a point"})
        audit.append(s, SUBMITTED, actor="Amrit", detail={"sent_at_entry": []})
        newest = audit.append(s, "visit saved", actor="Amrit")
        state = sending_state(s)
    # Each point is read back from the log as it is now, in entry order, never from the detail.
    assert state == {"last_id": newest.id, "hash": newest.hash,
                     "sent": [[first.id, first.hash], [second.id, second.hash]]}
