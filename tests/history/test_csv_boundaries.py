"""A history spreadsheet at the edges of what it may hold: each limit at, below and above it.

tests/history/test_csv_import.py covers the import's rules and messages; here every limit gets
its table — the largest count, the longest visit, the last allowed date, the most problems
listed, batches of 500 rows — so that a limit moved by one is seen.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from icvapp.errors import InvalidInput
from icvapp.history.csv_import import import_history_csv, read_history_csv
from icvapp.history.rows import MAX_COUNT, MAX_ERRORS, columns
from icvapp.metrics import summary
from icvapp.scheme.periods import Period
from icvapp.storage.model import StageCount, SubjectRequest, Visit
from tests.history.test_csv_import import GOOD, TODAY, history_file, reasons, stored, visit


def run(ctx, path, **kw):
    return import_history_csv(ctx.db, ctx.config, path, today=TODAY, **kw)


def one_row(ctx, tmp_path, **changes):
    """Import a single visit; its problems, or the stored visit's counts and times."""
    return run(ctx, history_file(tmp_path, visit(**changes)))


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize(("cell", "stored_as", "problem"), [
    ("9999", 9999, None),                 # the largest count a visit may hold
    ("10000", None, "is too large for one visit"),
    ("09999", 9999, None),                # leading zeros are only zeros
    ("000010000", None, "is too large for one visit"),
    ("0", 0, None),
    ("000", 0, None),
    ("+12", 12, None),
    ("-0", 0, None),                      # minus nothing is nothing
    ("-1", None, "is negative; a count cannot be"),
    ("1.0", None, "is not a whole number"),
    ("1 000", None, "is not a whole number"),
])
def test_a_count_is_a_whole_number_from_0_to_9999(ctx, tmp_path, cell, stored_as, problem):
    assert MAX_COUNT == 9999
    result = one_row(ctx, tmp_path, requests_blankets=cell)
    if problem:
        [(row, reason)] = reasons(result)
        assert (row, reason) == (2, f"requests_blankets: '{cell}' {problem}.")
        assert stored(ctx)["visit"] == 0
    else:
        assert result.ok
        with ctx.db.session() as s:
            got = s.scalar(select(SubjectRequest.quantity).where(SubjectRequest.category == "blankets"))
        assert got == (stored_as or None)  # a tally of 0 is no request at all


@pytest.mark.parametrize(("cell", "stored_as"), [("9999", 9999), ("0", 0), ("", None)])
def test_a_detainee_count_keeps_0_apart_from_not_recorded(ctx, tmp_path, cell, stored_as):
    big = {"in_custody": "9999", "offered": "9999", "seen": "9999", "declined": "0"}
    assert one_row(ctx, tmp_path, **big, not_offered=cell).ok
    with ctx.db.session() as s:
        got = s.scalar(select(StageCount.total).where(StageCount.stage == "not_offered"))
    assert got == stored_as


# --------------------------------------------------------------------------- times


@pytest.mark.parametrize(("arrived", "departed", "hours", "refused"), [
    ("19:00", "06:59", 11 + 59 / 60, False),  # past midnight, just under twelve hours
    ("19:00", "07:00", 12.0, True),           # twelve hours: no visit lasts that long
    ("08:00", "19:59", 11 + 59 / 60, False),
    ("08:00", "20:00", 12.0, True),
    ("19:00", "19:00", 0.0, False),           # arrived and left in the same minute
])
def test_a_visit_of_twelve_hours_or_more_is_queried_as_a_mistyped_time(ctx, tmp_path, arrived, departed, hours,
                                                                       refused):
    result = one_row(ctx, tmp_path, arrived=arrived, admitted="", departed=departed)
    if refused:
        assert reasons(result) == [(2, f"departed: arriving {arrived} and leaving {departed} makes a "
                                       f"{hours:.1f}-hour visit; check both times.")]
    else:
        assert result.ok
        with ctx.db.session() as s:
            v = s.scalars(select(Visit)).one()
        assert (v.departed_at - v.arrived_at).total_seconds() == pytest.approx(hours * 3600)


@pytest.mark.parametrize(("admitted", "problem"), [
    ("19:00", None),   # admitted on arrival
    ("20:10", None),   # admitted as they left
    ("18:59", "admitted: 18:59 is before the arrival at 19:00."),
    ("20:11", "admitted: 20:11 is after the departure at 20:10."),
])
def test_admission_lies_between_arrival_and_departure(ctx, tmp_path, admitted, problem):
    result = one_row(ctx, tmp_path, arrived="19:00", admitted=admitted, departed="20:10")
    assert reasons(result) == ([(2, problem)] if problem else [])


@pytest.mark.parametrize(("cell", "read_as"), [
    ("9:05", dt.time(9, 5)), ("09:05", dt.time(9, 5)), ("19:10:00", dt.time(19, 10)), ("0:00", dt.time(0, 0)),
    ("23:59", dt.time(23, 59)), ("24:00", None), ("23:60", None), ("7:5", None), ("19h10", None), ("123:00", None),
])
def test_a_time_is_read_on_the_24_hour_clock(ctx, tmp_path, cell, read_as):
    half_an_hour_on = dt.datetime.combine(TODAY, read_as or dt.time(10, 0)) + dt.timedelta(minutes=30)
    row = visit(arrived=cell, admitted="", departed=f"{half_an_hour_on:%H:%M}")
    check = read_history_csv(ctx.db, ctx.config, history_file(tmp_path, row), today=TODAY)
    if read_as is None:
        assert [e.reason for e in check.errors] == [
            f"arrived: '{cell}' is not a time of day; write it as HH:MM (24-hour clock)."]
    else:
        assert check.visits[0].record.arrival == read_as


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(("cell", "read_as"), [
    ("2024-05-01", dt.date(2024, 5, 1)), ("2024-5-1", dt.date(2024, 5, 1)),
    ("3/4/2024", dt.date(2024, 4, 3)),      # day first, as UK spreadsheets write it
    ("03/04/2024", dt.date(2024, 4, 3)), ("29/02/2024", dt.date(2024, 2, 29)),
    ("23/11/2026", TODAY),                   # today is not in the future
    ("24/11/2026", None), ("2026-11-24", None),
    ("29/02/2023", None), ("03/04/24", None), ("2024/05/01", None), ("1 May 2024", None),
])
def test_a_date_is_read_day_first_and_may_be_today_but_not_later(ctx, tmp_path, cell, read_as):
    check = read_history_csv(ctx.db, ctx.config, history_file(tmp_path, visit(date=cell)), today=TODAY)
    if read_as is None:
        assert len(check.errors) == 1 and check.errors[0].reason.startswith("date: ")
        assert not check.visits
    else:
        assert not check.errors and check.visits[0].record.visit_date == read_as


# --------------------------------------------------------------------------- how many problems are listed


@pytest.mark.parametrize(("bad_rows", "listed", "last"), [
    (MAX_ERRORS - 1, MAX_ERRORS - 1, "rating: 'fine' is not 'satisfactory', 'unsatisfactory' or empty."),
    (MAX_ERRORS, MAX_ERRORS, "rating: 'fine' is not 'satisfactory', 'unsatisfactory' or empty."),
    (MAX_ERRORS + 1, MAX_ERRORS + 1, "…and 1 more problems from row 202 on."),
])
def test_up_to_200_problems_are_listed_one_by_one_and_more_are_summed_up(ctx, tmp_path, bad_rows, listed, last):
    assert MAX_ERRORS == 200
    rows = [visit(date=(dt.date(2020, 1, 1) + dt.timedelta(days=i)).isoformat(), rating="fine")
            for i in range(bad_rows)]
    result = run(ctx, history_file(tmp_path, *rows))
    assert len(result.errors) == listed
    assert result.errors[-1].reason == last
    assert [e.row for e in result.errors[:MAX_ERRORS]] == list(range(2, 2 + min(bad_rows, MAX_ERRORS)))


# --------------------------------------------------------------------------- batches of 500


@pytest.mark.parametrize("rows", [499, 500, 501, 1001])
def test_every_row_lands_with_its_own_counts_and_requests_however_the_batches_fall(ctx, tmp_path, rows):
    """Rows are written 500 at a time; each visit's counts and tallies must reach that visit and no other."""
    first = dt.date(2018, 1, 1)
    lines = [visit(date=(first + dt.timedelta(days=i)).isoformat(), in_custody=str(i % 97 + 10),
                   offered=str(i % 7 + 2), seen="1", declined="1", requests_medical=str(i % 5 + 1),
                   requests_refreshments="") for i in range(rows)]
    progress = []
    result = run(ctx, history_file(tmp_path, *lines), progress=lambda done, total: progress.append((done, total)))
    assert result.imported == rows
    assert progress[-1] == (2 * rows, 2 * rows)
    with ctx.db.session() as s:
        by_day = {day: (custody, medical) for day, custody, medical in s.execute(
            select(Visit.visit_date, StageCount.total, SubjectRequest.quantity)
            .join(StageCount, StageCount.visit_id == Visit.id)
            .join(SubjectRequest, SubjectRequest.visit_id == Visit.id)
            .where(StageCount.stage == "in_custody"))}
        assert s.scalar(select(func.count()).select_from(StageCount)) == 4 * rows
    assert by_day == {first + dt.timedelta(days=i): (i % 97 + 10, i % 5 + 1) for i in range(rows)}
    figures = summary(ctx.db, ctx.config, Period(first, first + dt.timedelta(days=rows), "all"), today=TODAY)
    assert figures.completed == rows
    assert figures.funnel.stages["in_custody"] == sum(i % 97 + 10 for i in range(rows))
    assert figures.requests["medical"] == sum(i % 5 + 1 for i in range(rows))
    assert figures.volunteer_hours == pytest.approx(rows * 2 * 70 / 60)  # 19:00–20:10, a pair each


def test_checking_reports_progress_every_500_rows_and_at_the_end(ctx, tmp_path):
    lines = [visit(date=(dt.date(2018, 1, 1) + dt.timedelta(days=i)).isoformat()) for i in range(1001)]
    calls = []
    read_history_csv(ctx.db, ctx.config, history_file(tmp_path, *lines), today=TODAY,
                     progress=lambda done, total: calls.append((done, total)))
    assert calls == [(500, 1001), (1000, 1001), (1001, 1001)]


# --------------------------------------------------------------------------- names in messages


def test_a_long_value_is_shortened_in_a_message_to_40_characters(ctx, tmp_path):
    forty, forty_one = "x" * 40, "y" * 41
    result = run(ctx, history_file(tmp_path, visit(rating=forty), visit(date="2024-05-02", rating=forty_one)))
    assert reasons(result) == [
        (2, f"rating: '{forty}' is not 'satisfactory', 'unsatisfactory' or empty."),
        (3, f"rating: '{'y' * 39}…' is not 'satisfactory', 'unsatisfactory' or empty."),
    ]


@pytest.mark.parametrize(("unknown", "named"), [
    (12, "'extra_01', 'extra_02', 'extra_03', 'extra_04', 'extra_05', 'extra_06', 'extra_07', 'extra_08', "
         "'extra_09', 'extra_10', 'extra_11' and 'extra_12'"),
    (14, "'extra_01', 'extra_02', 'extra_03', 'extra_04', 'extra_05', 'extra_06', 'extra_07', 'extra_08', "
         "'extra_09', 'extra_10', 'extra_11', 'extra_12' and 2 more"),
])
def test_up_to_twelve_unknown_columns_are_named_and_more_are_counted(ctx, tmp_path, unknown, named):
    row = {**GOOD, **{f"extra_{i:02d}": "1" for i in range(1, unknown + 1)}}
    with pytest.raises(InvalidInput) as refused:
        run(ctx, history_file(tmp_path, row))
    assert refused.value.message == f"This file cannot be imported as visit history: there are no such columns as {named}."


@pytest.mark.parametrize(("extra", "letter"), [(0, "Q"), (9, "Z"), (10, "AA"), (36, "BA")])
def test_a_value_past_the_headed_columns_is_named_by_the_letter_a_spreadsheet_shows(ctx, tmp_path, extra, letter):
    path = history_file(tmp_path, visit())
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    lines[1] += "," * (extra + 1) + "tea"  # GOOD has 16 columns, A to P
    path.write_text("\r\n".join(lines), encoding="utf-8")
    assert reasons(run(ctx, path)) == [
        (2, f"{letter}: 'tea' is in a column without a heading; remove it or give the column one of the "
            "template's headings.")]


def test_every_column_the_documentation_lists_is_one_a_file_may_have(ctx):
    known = columns(ctx.config)
    assert known[:11] == ("suite", "date", "arrived", "admitted", "departed", "visitor_1", "visitor_2", "mode",
                          "outcome", "abandon_reason", "rating")
    for stage in ("in_custody", "offered", "seen", "not_offered"):
        assert {stage, f"{stage}_female", f"{stage}_male", f"{stage}_juvenile"} <= set(known)
    assert known[-12:] == tuple(f"requests_{c.key}" for c in ctx.config.request_categories)
    assert len(known) == len(set(known))
