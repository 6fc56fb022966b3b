"""Every rule of the visit report, with the message naming the field."""

from __future__ import annotations

import datetime as dt

import pytest

from icvapp.scheme.config import load_config
from icvapp.visits.record import ConversationRecord, CountRow, VisitRecord
from icvapp.visits.validation import Context, PlaceInfo, errors, validate

TODAY = dt.date(2026, 11, 23)
CTX = Context(config=load_config(), places={1: PlaceInfo("Beaumont Leys", True), 2: PlaceInfo("Old Suite", False)},
              today=TODAY)


def visit(**changes) -> VisitRecord:
    rec = VisitRecord(
        place_id=1, visit_date=dt.date(2026, 11, 20), visitor_a_id=10, visitor_b_id=11,
        arrival=dt.time(20, 0), admitted=dt.time(20, 5), departure=dt.time(21, 30), rating="satisfactory",
        counts={"in_custody": CountRow(6, 1, 4, 1), "offered": CountRow(5), "seen": CountRow(3),
                "declined": CountRow(2)},
        conversations=[ConversationRecord(identifier="BL/1/26", consent=True)],
    )
    for k, v in changes.items():
        setattr(rec, k, v)
    return rec


def problems_for(rec):
    return {(p.field, p.severity): p.message for p in validate(rec, CTX)}


def test_a_good_visit_has_no_problems():
    assert validate(visit(), CTX) == []


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"counts": {"in_custody": CountRow(6), "offered": CountRow(5), "seen": CountRow(4), "declined": CountRow(2)}},
     "counts.seen.total", "more than the 5 offered"),
    ({"counts": {"in_custody": CountRow(4), "offered": CountRow(5)}}, "counts.offered.total",
     "5 offered a visit, but only 4 in custody"),
    ({"counts": {"in_custody": CountRow(6, 1, 1, 1)}}, "counts.in_custody.total", "but the total is 6"),
    ({"counts": {"in_custody": CountRow(2, 3, None, None)}}, "counts.in_custody.total", "more than the total"),
    ({"departure": dt.time(19, 0)}, "departure", "Departure (19:00) is before arrival (20:00)"),
    ({"admitted": dt.time(19, 50)}, "admitted", "Time admitted (19:50) is before arrival (20:00)"),
    ({"visit_date": dt.date(2026, 11, 24)}, "visit_date", "is in the future"),
    ({"visitor_b_id": 10}, "visitor_b", "same person is chosen as both visitors"),
    ({"conversations": [ConversationRecord(location="3", consent=True)]}, "conversations.0.identifier",
     "custody number"),
    ({"place_id": 2}, "place", "Old Suite is not an active suite"),
    ({"place_id": None}, "place", "Choose the custody suite"),
    ({"visitor_b_id": None}, "visitor_b", "visits are made in pairs"),
    ({"outcome": "abandoned", "abandon_reason": None}, "abandon_reason", "why the visit was abandoned"),
    ({"rating": None}, "rating", "satisfactory or unsatisfactory"),
    ({"arrival": None}, "arrival", "time you arrived"),
])
def test_each_error_names_its_field(changes, field, words):
    found = problems_for(visit(**changes))
    assert (field, "error") in found, found
    assert words in found[(field, "error")]


def test_split_by_group_is_checked_too():
    rec = visit(counts={"in_custody": CountRow(3, 1, 1, 1), "offered": CountRow(3, 2, 1, 0)})
    found = problems_for(rec)
    assert "Female: 2 offered a visit, but only 1 in custody." == found[("counts.offered.female", "error")]


def test_a_long_visit_is_a_warning_not_an_error():
    rec = visit(departure=dt.time(0, 30), past_midnight=True)
    found = problems_for(rec)
    assert "unusually long" in found[("departure", "warning")]
    assert errors(validate(rec, CTX)) == []


def test_an_admission_delay_over_30_minutes_is_offered_as_a_finding():
    found = problems_for(visit(admitted=dt.time(20, 45)))
    assert "45 minutes" in found[("admitted", "warning")]
    assert "as a finding" in found[("admitted", "warning")]
    assert errors(validate(visit(admitted=dt.time(20, 45)), CTX)) == []


def test_a_visit_past_midnight_is_fine_once_ticked():
    late = visit(arrival=dt.time(23, 30), admitted=dt.time(23, 40), departure=dt.time(0, 50))
    assert ("departure", "error") in problems_for(late)
    late.past_midnight = True
    assert errors(validate(late, CTX)) == []
    assert late.departed_at == dt.datetime(2026, 11, 21, 0, 50)
    assert late.duration() == dt.timedelta(minutes=80)


def test_one_visitor_alone_needs_a_note():
    rec = visit(visitor_b_id=None, lone_visitor_note="Second visitor taken ill at the door.")
    assert errors(validate(rec, CTX)) == []


def test_an_abandoned_visit_needs_no_counts_or_rating():
    rec = visit(outcome="abandoned", abandon_reason="access_refused", rating=None, counts={}, conversations=[])
    assert errors(validate(rec, CTX)) == []


def test_an_empty_suite_is_recorded_as_zero_not_left_blank():
    rec = visit(counts={}, conversations=[])
    assert ("counts.in_custody.total", "error") in problems_for(rec)
    rec.counts = {"in_custody": CountRow(0)}
    assert errors(validate(rec, CTX)) == []


def test_blank_fields_are_flagged_as_missing_so_the_form_can_wait():
    found = validate(VisitRecord(), CTX)
    assert all(p.missing for p in found if p.field in ("place", "visit_date", "visitor_a", "arrival"))
    assert not any(p.missing for p in validate(visit(visitor_b_id=10), CTX))


def test_the_same_custody_number_twice_is_queried():
    rec = visit(conversations=[ConversationRecord(identifier="X1"), ConversationRecord(identifier="X1")])
    assert "already used in conversation 1" in problems_for(rec)[("conversations.1.identifier", "warning")]
