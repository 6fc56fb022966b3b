"""Reading a history CSV, row by row, without a database (written against mutation survivors).

A row is read against the profile's names; here those are given by hand (``KnownNames``), so each
rule of a cell is tried on its own, quickly, at and around its limits.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from icvapp.errors import InvalidInput
from icvapp.history.rows import CsvRow, KnownNames, parse_csv
from icvapp.scheme.config import load_config, load_definition
from icvapp.visits.validation import Context
from tests.helpers import assert_read_in_welsh

CONFIG = load_config()
TODAY = dt.date(2026, 11, 23)
RULES = Context(config=CONFIG, places={}, today=TODAY)
NAMES = KnownNames(places={"beaumont leys": [1]}, place_names={1: "Beaumont Leys"},
                   volunteers={"amrit sandhu": [10], "zoë ó briain": [11]})
GOOD = {"suite": "Beaumont Leys", "date": "2026-11-20", "arrived": "19:00", "admitted": "19:05",
        "departed": "21:00", "visitor_1": "Amrit Sandhu", "visitor_2": "Zoë Ó Briain", "in_custody": "4",
        "rating": "satisfactory"}


def read(cells: dict[str, str] | None = None, extra: list[str] = (), **changes):
    """One row read: (the visit or None, the problems as text)."""
    values = {**GOOD, **(cells or {}), **changes}
    headings = list(values)
    found, problems = CsvRow(2, headings, [*values.values(), *extra], CONFIG, NAMES, RULES).read()
    for problem in problems:
        assert_read_in_welsh(problem.text)  # the co-ordinator reads each reason in the scheme's language
    return found, [str(p) for p in problems]


def heading_fault(headings: list[str]) -> str:
    data = (",".join(headings) + "\r\n" + ",".join("1" for _ in headings) + "\r\n").encode()
    with pytest.raises(InvalidInput) as caught:
        parse_csv(data, CONFIG)
    assert caught.value.hint == ("The first row must hold the column headings of the template; see "
                                 "docs/history-import.md for every column.")
    assert_read_in_welsh(caught.value.message)
    assert_read_in_welsh(caught.value.hint)
    return caught.value.message


@pytest.mark.parametrize(("count", "ends"), [
    (11, "'bogus_9' and 'bogus_10'"),
    (12, "'bogus_10' and 'bogus_11'"),          # twelve are named one by one
    (13, "'bogus_10', 'bogus_11' and 1 more"),  # past twelve, the rest are counted
    (14, "'bogus_10', 'bogus_11' and 2 more"),
])
def test_unknown_columns_are_named_up_to_twelve_and_the_rest_counted(count, ends):
    unknown = [f"bogus_{i}" for i in range(count)]
    message = heading_fault(["suite", "date", "arrived", "departed", "in_custody", *unknown])
    assert message.endswith(ends + "."), message
    assert message.count("'bogus_") == min(count, 12)


@pytest.mark.parametrize(("position", "letter"), [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"),
                                                  (52, "BA"), (701, "ZZ"), (702, "AAA")])
@pytest.mark.timeout(10)
def test_a_value_without_a_heading_is_named_by_its_spreadsheet_column(position, letter):
    # Every column before it is blank and has no heading either; the stray value is the first past the headings.
    row = CsvRow(2, [""] * position, [""] * position + ["stray"], CONFIG, NAMES, RULES)
    assert [str(p) for p in row.problems] == [
        (f"Row 2: {letter}: 'stray' is in a column without a heading; remove it or give the column one of the "
        "template's headings.")]


def test_a_good_row_reads_into_a_visit():
    found, problems = read()
    assert problems == []
    rec = found.record
    assert (rec.place_id, rec.visit_date, rec.visitor_a_id, rec.visitor_b_id) == (1, dt.date(2026, 11, 20), 10, 11)
    assert (rec.arrival, rec.admitted, rec.departure) == (dt.time(19, 0), dt.time(19, 5), dt.time(21, 0))
    assert (rec.mode, rec.outcome, rec.rating, rec.abandon_reason) == ("in_person", "completed", "satisfactory",
                                                                       None)


@pytest.mark.parametrize(("cell", "read_as"), [
    ("00:00", dt.time(0, 0)), ("23:59", dt.time(23, 59)), ("9:05", dt.time(9, 5)), ("19:00:59", dt.time(19, 0)),
    ("24:00", None), ("12:60", None), ("12:5", None), ("123:00", None), ("noon", None),
])
def test_a_time_of_day_is_hours_0_to_23_and_minutes_0_to_59(cell, read_as):
    row = CsvRow(2, ["arrived"], [cell], CONFIG, NAMES, RULES)
    assert row.time("arrived") == read_as
    expected = [] if read_as else [f"Row 2: arrived: '{cell}' is not a time of day; write it as HH:MM (24-hour clock)."]
    assert [str(p) for p in row.problems] == expected


@pytest.mark.parametrize(("departed", "refused"), [("06:59", False), ("07:00", True), ("07:01", True)])
def test_a_visit_of_12_hours_or_more_is_refused_as_a_slip(departed, refused):
    # Arriving at 19:00 and leaving at 07:00 is read as past midnight: exactly 12 hours.
    found, problems = read(arrived="19:00", admitted="", departed=departed)
    assert bool(problems) is refused, problems
    if refused:
        hours = 12 + (int(departed[-2:]) / 60)
        assert problems == [(f"Row 2: departed: arriving 19:00 and leaving {departed} makes a {hours:.1f}-hour "
                            "visit; check both times.")]
    else:
        assert found.record.past_midnight


@pytest.mark.parametrize(("admitted", "problem"), [
    ("18:59", "admitted: 18:59 is before the arrival at 19:00."),
    ("19:00", None), ("21:00", None),
    ("21:01", "admitted: 21:01 is after the departure at 21:00."),
])
def test_admission_lies_between_arrival_and_departure_inclusive(admitted, problem):
    _, problems = read(admitted=admitted)
    assert problems == ([f"Row 2: {problem}"] if problem else [])


@pytest.mark.parametrize(("days", "refused"), [(-1, False), (0, False), (1, True)])
def test_a_visit_dated_after_today_is_refused(days, refused):
    day = TODAY + dt.timedelta(days=days)
    _, problems = read(date=day.isoformat())
    assert problems == ([f"Row 2: date: {day:%d/%m/%Y} is in the future."] if refused else [])


@pytest.mark.parametrize(("cell", "problem"), [
    ("2026-11-20", None), ("20/11/2026", None), ("2026-2-3", None), ("3/2/2026", None),
    ("2026-02-30", "date: '2026-02-30' is not a real date."),
    ("20.11.2026", "date: '20.11.2026' is not a date; write it as YYYY-MM-DD or DD/MM/YYYY."),
])
def test_a_date_is_written_iso_or_day_first(cell, problem):
    _, problems = read(date=cell)
    assert problems == ([f"Row 2: {problem}"] if problem else [])


@pytest.mark.parametrize(("length", "shown"), [(40, "s" * 40), (41, "s" * 39 + "…")])
def test_a_long_value_is_quoted_cut_to_40_characters(length, shown):
    _, problems = read(rating="s" * length)
    assert problems == [f"Row 2: rating: '{shown}' is not 'satisfactory', 'unsatisfactory' or empty."]


def test_a_suite_not_in_the_profile_is_named_with_the_suites_there_are():
    _, problems = read(suite="Euston Street")
    assert problems == [("Row 2: suite: there is no place called 'Euston Street'. "
                        "The places are 'Beaumont Leys'.")]


def test_a_name_two_volunteers_share_is_refused_until_they_are_told_apart():
    names = KnownNames(NAMES.places, NAMES.place_names, {**NAMES.volunteers, "amrit sandhu": [10, 12]})
    values = dict(GOOD)
    _, problems = CsvRow(2, list(values), list(values.values()), CONFIG, names, RULES).read()
    assert [str(p) for p in problems] == [
        ("Row 2: visitor_1: 2 volunteers are called 'Amrit Sandhu'; give them distinguishable names in the profile "
        "first, so each visit's hours go to the right person.")]


def test_an_unknown_volunteer_is_refused_saying_how_many_the_profile_has():
    _, problems = read(visitor_2="Nobody Known")
    assert problems == [("Row 2: visitor_2: no volunteer is called 'Nobody Known' (the profile has 2 volunteers). "
                        "Check the spelling, or add them as a volunteer first, so their hours are counted.")]


def test_a_lone_name_in_the_second_column_is_the_first_visitor():
    found, problems = read(visitor_1="", visitor_2="Zoë Ó Briain")
    assert problems == [] and (found.record.visitor_a_id, found.record.visitor_b_id) == (11, None)


def test_the_same_volunteer_twice_is_refused():
    _, problems = read(visitor_2="amrit  SANDHU")
    assert problems == [("Row 2: visitor_2: is the same person as visitor_1; a visit is made by two different "
                        "people.")]


@pytest.mark.parametrize(("cells", "problem"), [
    ({"outcome": "Abandoned", "abandon_reason": ""}, "abandon_reason: is empty; say why the visit was abandoned."),
    ({"outcome": "completed", "abandon_reason": "access_refused"},
     "abandon_reason: is given, but the outcome is 'completed'; check which is right."),
    ({"outcome": "finished"}, "outcome: 'finished' is not 'completed' or 'abandoned'."),
    ({"rating": "Good"}, "rating: 'Good' is not 'satisfactory', 'unsatisfactory' or empty."),
    ({"mode": "pigeon"}, "mode: 'pigeon' is not one of "),
])
def test_choices_outside_the_scheme_are_refused_by_column(cells, problem):
    _, problems = read(cells)
    assert len(problems) == 1 and problems[0].startswith(f"Row 2: {problem}"), problems


def test_an_abandoned_visit_keeps_its_reason_and_a_completed_one_has_none():
    found, problems = read({"outcome": "ABANDONED", "abandon_reason": "access_refused", "rating": ""})
    assert problems == []
    assert (found.record.outcome, found.record.abandon_reason, found.record.rating) == (
        "abandoned", "access_refused", None)


def test_a_split_without_its_total_is_refused():
    _, problems = read({"in_custody": "", "in_custody_female": "2"})
    assert "Row 2: in_custody: is empty, but the female / male / juvenile split is given; give the total too." \
        in problems


@pytest.mark.parametrize(("leave_out", "add", "why"), [
    (["date"], [], "it has no 'date' column."),
    (["date", "arrived"], [], "it has no 'date' and 'arrived' columns."),
    ([], ["bogus"], "there is no such column as 'bogus'."),
    ([], ["bogus", "junk"], "there are no such columns as 'bogus' and 'junk'."),
    ([], ["date"], "the 'date' heading appears more than once."),
], ids=["one missing", "two missing", "one unknown", "two unknown", "twice"])
def test_missing_and_unknown_columns_are_named_one_or_many_in_english_and_welsh(leave_out, add, why):
    headings = [name for name in GOOD if name not in leave_out] + add
    assert heading_fault(headings) == f"This file cannot be imported as visit history: {why}"


@pytest.mark.parametrize(("data", "hint"), [
    (b"PK\x03\x04 an Excel workbook", ("In Excel choose File › Save As › 'CSV UTF-8 (Comma delimited)' and import "
                                     "that file.")),
    ("date,arrived\r\nlundi,19:00\r\n".encode("utf-16"), ("In Excel choose File › Save As › 'CSV UTF-8 (Comma "
                                                            "delimited)'.")),
], ids=["a workbook", "not UTF-8"])
def test_a_file_excel_did_not_save_as_csv_says_how_to_save_one(data, hint):
    with pytest.raises(InvalidInput) as caught:
        parse_csv(data, CONFIG)
    assert caught.value.hint == hint
    assert_read_in_welsh(caught.value.message)
    assert_read_in_welsh(caught.value.hint)


@pytest.mark.parametrize(("data", "message"), [
    (b"date,arrived\r\n\x00\x00\x00\r\n", "The file is not a CSV file (it contains binary data)."),
    # One cell longer than the CSV reader takes (128 KB): the reader's own reason, in brackets.
    (b"date\r\n" + b"x" * 131_073 + b"\r\n", ("The file could not be read as CSV (field larger than field limit "
                                             "(131072)).")),
], ids=["binary data", "a cell too long"])
def test_a_file_that_is_not_csv_says_why_and_how_to_save_one_in_english_and_welsh(data, message):
    with pytest.raises(InvalidInput) as caught:
        parse_csv(data, CONFIG)
    assert (caught.value.message, caught.value.hint) == (message, ("Save the spreadsheet as 'CSV UTF-8 (Comma "
                                                                  "delimited)'."))
    assert_read_in_welsh(caught.value.message)
    assert_read_in_welsh(caught.value.hint)


@pytest.mark.parametrize(("cell", "problem"), [
    ("-1", "'-1' is negative; a count cannot be."),
    ("-0", None),
    ("two", "'two' is not a whole number."),
    ("1000000", "'1000000' is too large for one visit."),
])
def test_a_count_that_is_not_a_count_is_refused_in_english_and_welsh(cell, problem):
    _, problems = read(in_custody=cell)  # read() checks each problem against the Welsh catalogue
    assert problems == ([f"Row 2: in_custody: {problem}"] if problem else [])


def test_a_kinds_own_split_without_its_total_names_its_groups():
    court = load_definition(Path(__file__).parents[1] / "scheme" / "kinds" / "court_cells.json")
    values = {**{k: v for k, v in GOOD.items() if k != "in_custody"}, "held_adult": "3", "held_youth": "2"}
    row = CsvRow(2, list(values), list(values.values()), court, NAMES, Context(config=court, places={}, today=TODAY))
    _, problems = row.read()
    for problem in problems:
        assert_read_in_welsh(problem.text)
    assert "Row 2: held: is empty, but the adult / youth split is given; give the total too." in map(str, problems)
