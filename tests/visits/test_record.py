"""The visit record's own rules: past midnight, the plain field table, the count groups."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

import pytest

from icvapp.storage.model import StageCount, Visit, VisitStatus
from icvapp.visits.record import GROUPS, CountRow, VisitRecord, plain_fields, plain_values

DAY = dt.date(2026, 11, 2)


def at(hour: int, minute: int, *, next_day: bool = False) -> dt.datetime:
    return dt.datetime.combine(DAY + dt.timedelta(days=next_day), dt.time(hour, minute))


@pytest.mark.parametrize(("arrived", "admitted", "departed", "past_midnight"), [
    (at(21, 5), at(21, 12), at(22, 40), False),  # well before midnight
    (at(23, 30), at(23, 40), at(23, 59), False),  # left just before midnight
    (at(23, 30), at(23, 40), at(0, 0, next_day=True), True),  # left at midnight: the next day
    (at(23, 30), at(23, 40), at(1, 5, next_day=True), True),  # left after midnight
    (at(23, 50), at(0, 10, next_day=True), at(1, 5, next_day=True), True),  # admitted after midnight
    (at(23, 50), None, None, False),  # nothing after arrival recorded yet
    (None, None, None, False),
])
def test_stored_times_say_whether_the_visit_went_past_midnight(arrived, admitted, departed, past_midnight):
    rec = VisitRecord(visit_date=DAY)
    rec.set_moments(arrived, admitted, departed)
    assert rec.past_midnight is past_midnight
    # ...and the record gives back exactly the moments it was given.
    assert (rec.arrived_at, rec.admitted_at, rec.departed_at) == (arrived, admitted, departed)


def test_without_a_date_no_time_is_past_midnight():
    rec = VisitRecord()
    rec.set_moments(None, None, at(1, 5, next_day=True))
    assert not rec.past_midnight and rec.departure == dt.time(1, 5)


@pytest.mark.parametrize(("arrival", "departure", "left_before"), [
    (dt.time(22, 0), dt.time(23, 59), False),  # before midnight
    (dt.time(22, 0), dt.time(0, 0), True),  # at midnight
    (dt.time(22, 0), dt.time(1, 30), True),  # after midnight
    (dt.time(22, 0), dt.time(22, 0), False),  # the same minute is not a day later
    (dt.time(22, 0), None, False),
    (None, dt.time(1, 30), False),
])
def test_clock_times_alone_say_past_midnight_when_departure_comes_before_arrival(arrival, departure, left_before):
    rec = VisitRecord(visit_date=DAY, arrival=arrival, departure=departure)
    assert rec.left_before_arriving() is left_before


def test_both_readings_of_past_midnight_agree():
    """A history spreadsheet's clock times and the stored moments give the same answer."""
    for departure in (dt.time(23, 59), dt.time(0, 0), dt.time(0, 30)):
        typed = VisitRecord(visit_date=DAY, arrival=dt.time(23, 0), departure=departure)
        typed.past_midnight = typed.left_before_arriving()
        stored = VisitRecord(visit_date=DAY)
        stored.set_moments(typed.arrived_at, typed.admitted_at, typed.departed_at)
        assert stored.past_midnight == typed.past_midnight, departure


def test_the_plain_field_table_is_the_records_own_definition():
    names = [f.name for f in plain_fields()]
    assert names == ["lone_visitor_note", "mode", "outcome", "abandon_reason", "rating", "admission_delay_finding",
                     "officer_name", "officer_rank", "officer_number", "officer_response", "observations",
                     "positive_comments"]
    declared = [f.name for f in fields(VisitRecord)]
    assert names == [n for n in declared if n in names]  # declaration order


@pytest.mark.parametrize("row", plain_fields(), ids=lambda f: f.name)
def test_every_plain_field_has_a_visit_column_of_its_name_and_default(row):
    column = Visit.__table__.columns[row.name]
    assert column.nullable is row.optional
    if column.default is not None:
        assert column.default.arg == row.default


def test_officer_fields_are_signed_under_officer():
    keys = {f.name: f.key for f in plain_fields()}
    assert keys["officer_rank"] == ("officer", "rank")
    assert keys["observations"] == ("observations",)


def test_plain_values_are_the_columns_a_visit_row_is_written_with():
    rec = VisitRecord(mode="telephone", rating="unsatisfactory", observations="Quiet.")
    values = plain_values(rec)
    assert values["mode"] == "telephone" and values["rating"] == "unsatisfactory"
    assert set(values) <= set(Visit.__table__.columns.keys())


def test_the_count_groups_are_the_count_rows_split_and_the_tables_columns():
    assert GROUPS == ("female", "male", "juvenile")
    assert CountRow(9, 2, 6, 1).split() == [2, 6, 1]
    assert set(GROUPS) <= set(StageCount.__table__.columns.keys())


def test_a_new_record_is_a_draft():
    assert VisitRecord().status == VisitStatus.DRAFT == "draft"
