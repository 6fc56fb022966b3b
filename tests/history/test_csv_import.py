"""A scheme brings years of spreadsheets: past visits imported whole, or not at all."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from icvapp.demo.create import PLACES, VOLUNTEERS
from icvapp.errors import InvalidInput
from icvapp.history.csv_import import import_history_csv, read_history_csv, template_csv
from icvapp.storage.audit import AuditEvent, verify_chain
from icvapp.storage.model import (
    AreaCheck,
    Conversation,
    Place,
    StageCount,
    SubjectRequest,
    Visit,
    Volunteer,
)
from icvapp.visits.store import load_visit
from tests.helpers import names_to_ids

TODAY = dt.date(2026, 11, 23)

#: One good visit to the ``ctx`` fixture's scheme; each test changes what it is about.
GOOD = {
    "suite": "Beaumont Leys", "date": "2024-05-01", "arrived": "19:00", "admitted": "19:05", "departed": "20:10",
    "visitor_1": "Amrit Sandhu", "visitor_2": "Zoë Ó Briain", "outcome": "completed", "abandon_reason": "",
    "rating": "satisfactory", "in_custody": "6", "offered": "5", "seen": "3", "declined": "1",
    "requests_medical": "2", "requests_refreshments": "0",
}


def visit(**changes) -> dict:
    return {**GOOD, **changes}


def history_file(tmp_path, *rows: dict, name="history.csv", encoding="utf-8"):
    """A CSV like a spreadsheet writes it: one heading row, then one row per visit."""
    headings = list(dict.fromkeys(k for row in rows for k in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, headings, restval="", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / name
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def run(ctx, path, **kw):
    return import_history_csv(ctx.db, ctx.config, path, today=TODAY, **kw)


def stored(ctx) -> dict[str, int]:
    """How many rows each table a history import writes to holds."""
    with ctx.db.session() as s:
        return {model.__tablename__: s.scalar(select(func.count()).select_from(model))
                for model in (Visit, StageCount, SubjectRequest, AuditEvent)}


def reasons(result) -> list[tuple[int, str]]:
    return [(e.row, e.reason) for e in result.errors]


@pytest.fixture
def demo_names(ctx):
    """``ctx`` with every suite and volunteer the template's examples name."""
    with ctx.db.session() as s:
        have = {n for (n,) in s.execute(select(Place.name))} | {n for (n,) in s.execute(select(Volunteer.name))}
        s.add_all([Place(name=n, locations=c) for n, c, _ in PLACES if n not in have])
        s.add_all([Volunteer(name=n) for n in VOLUNTEERS if n not in have])
    return ctx


# --------------------------------------------------------------------------- a clean import


def test_the_template_imports_cleanly_and_counts_land_where_figures_read_them(demo_names, tmp_path):
    ctx = demo_names
    path = tmp_path / "visits-template.csv"
    path.write_text(template_csv(), encoding="utf-8")

    result = run(ctx, path)

    assert result.ok and result.imported == 3
    places, people = names_to_ids(ctx, Place), names_to_ids(ctx, Volunteer)
    with ctx.db.session() as s:
        visits = {v.place_id: v for v in s.scalars(select(Visit))}
        beaumont = visits[places["Beaumont Leys"]]
        assert (beaumont.origin, beaumont.status, beaumont.mode, beaumont.outcome, beaumont.rating) == (
            "history", "complete", "in_person", "completed", "satisfactory")
        assert beaumont.completed_at is not None and beaumont.sealed_at is None
        assert (beaumont.visitor_a_id, beaumont.visitor_b_id) == (people["Amrit Sandhu"], people["Beverley Clarke"])
        assert (beaumont.arrived_at, beaumont.admitted_at, beaumont.departed_at) == (
            dt.datetime(2024, 4, 3, 19, 10), dt.datetime(2024, 4, 3, 19, 15), dt.datetime(2024, 4, 3, 20, 25))
        counts = {c.stage: (c.total, c.female, c.male, c.juvenile)
                  for c in s.scalars(select(StageCount).where(StageCount.visit_id == beaumont.id))}
        assert counts == {"in_custody": (9, 2, 6, 1), "not_available": (2, None, None, None),
                          "offered": (7, None, None, None), "seen": (4, None, None, None),
                          "declined": (2, None, None, None), "observed_only": (0, None, None, None),
                          "not_offered": (2, None, None, None)}
        requests = {(r.category, r.quantity, r.conversation_id)
                    for r in s.scalars(select(SubjectRequest).where(SubjectRequest.visit_id == beaumont.id))}
        assert requests == {("medical", 1, None), ("refreshments", 2, None), ("phone_call", 1, None),
                            ("blankets", 1, None)}
        keyham = visits[places["Keyham Lane"]]
        assert (keyham.outcome, keyham.abandon_reason, keyham.rating, keyham.admitted_at) == (
            "abandoned", "too_busy", None, None)
        assert not s.scalars(select(StageCount).where(StageCount.visit_id == keyham.id)).all()
        # Counts and tallies only: no conversations or suite checks are made up.
        assert s.scalar(select(func.count()).select_from(Conversation)) == 0
        assert s.scalar(select(func.count()).select_from(AreaCheck)) == 0


def test_the_documented_example_imports_as_the_documentation_says(demo_names, tmp_path):
    doc = (Path(__file__).parents[2] / "docs" / "history-import.md").read_text(encoding="utf-8")
    example = doc.split("```csv\n")[1].split("```")[0]
    path = tmp_path / "example.csv"

    path.write_text(example.replace(",7,4,2,", ",7,6,2,"), encoding="utf-8")
    assert [str(e) for e in run(demo_names, path).errors] == [
        "Row 2: seen: Accepted and seen (6) + declined (2) = 8, more than the 7 offered a visit."]

    path.write_text(example, encoding="utf-8")
    assert run(demo_names, path).imported == 3
    with demo_names.db.session() as s:
        euston = s.scalars(select(Visit).join(Place).where(Place.name == "Euston Street")).one()
        assert (euston.outcome, euston.departed_at) == ("completed", dt.datetime(2024, 4, 12, 0, 45))


def test_the_import_is_logged_once_without_any_visit_content(demo_names, tmp_path):
    path = tmp_path / "Visits 2019-2024.csv"
    path.write_text(template_csv(), encoding="utf-8")
    run(demo_names, path)
    with demo_names.db.session() as s:
        entries = s.scalars(select(AuditEvent)).all()
    assert [(e.event, e.visit_uid, json.loads(e.detail)) for e in entries] == [
        ("history imported", None, {"rows": 3, "file": "Visits 2019-2024.csv"})]
    assert verify_chain(demo_names.db).ok


def test_a_visit_past_midnight_leaves_on_the_next_day(ctx, tmp_path):
    path = history_file(tmp_path, visit(arrived="23:40", admitted="00:10", departed="01:05"))
    assert run(ctx, path).ok
    with ctx.db.session() as s:
        v = s.scalars(select(Visit)).one()
        assert (v.arrived_at, v.admitted_at, v.departed_at) == (
            dt.datetime(2024, 5, 1, 23, 40), dt.datetime(2024, 5, 2, 0, 10), dt.datetime(2024, 5, 2, 1, 5))
    assert load_visit(ctx.db, v.id).past_midnight


def test_excel_csv_with_a_byte_order_mark_and_uk_dates_is_accepted(ctx, tmp_path):
    path = history_file(tmp_path, visit(date="7/3/2023"), visit(date="21/03/2023"), encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert run(ctx, path).imported == 2
    with ctx.db.session() as s:
        assert sorted(s.scalars(select(Visit.visit_date))) == [dt.date(2023, 3, 7), dt.date(2023, 3, 21)]


def test_names_and_choices_match_however_the_spreadsheet_spells_their_case(ctx, tmp_path):
    path = history_file(tmp_path, visit(suite="  euston STREET ", visitor_1="zoë ó briain", visitor_2="ŁUKASZ NOWAK",
                                        outcome="Abandoned", abandon_reason="Suite too busy", rating=""))
    assert run(ctx, path).ok
    with ctx.db.session() as s:
        v = s.scalars(select(Visit)).one()
        assert (v.outcome, v.abandon_reason, v.rating) == ("abandoned", "too_busy", None)


def test_a_visit_by_telephone_monitoring_keeps_its_mode(ctx, tmp_path):
    assert run(ctx, history_file(tmp_path, visit(mode="Telephone monitoring"))).ok
    with ctx.db.session() as s:
        assert s.scalars(select(Visit.mode)).one() == "telephone"


def test_headings_may_be_written_as_words(ctx, tmp_path):
    row = {"Suite": "Beaumont Leys", "Date": "2024-05-01", "Arrived": "19:00", "Departed": "20:00",
           "In custody": "4", "In custody female": "1", "In custody male": "3", "In custody juvenile": "0",
           "Requests phone call": "2"}
    assert run(ctx, history_file(tmp_path, row)).ok


def test_visits_to_a_suite_since_closed_still_count(ctx, tmp_path):
    assert run(ctx, history_file(tmp_path, visit(suite="Closed Suite"))).ok


def test_a_visit_with_one_visitor_or_none_named_imports_with_the_rest_left_empty(ctx, tmp_path):
    path = history_file(tmp_path, visit(date="2024-05-01", visitor_1=""), visit(date="2024-05-02", visitor_1="",
                                                                               visitor_2=""))
    assert run(ctx, path).ok
    zoe = names_to_ids(ctx, Volunteer)["Zoë Ó Briain"]
    with ctx.db.session() as s:
        pairs = s.execute(select(Visit.visit_date, Visit.visitor_a_id, Visit.visitor_b_id).order_by(Visit.visit_date))
        assert [tuple(p) for p in pairs] == [(dt.date(2024, 5, 1), zoe, None), (dt.date(2024, 5, 2), None, None)]


def test_progress_follows_checking_then_writing_to_the_end(ctx, tmp_path):
    rows = [visit(date=(dt.date(2020, 1, 1) + dt.timedelta(days=i)).isoformat()) for i in range(1200)]
    calls = []
    assert run(ctx, history_file(tmp_path, *rows), progress=lambda done, total: calls.append((done, total))).ok
    assert calls[-1] == (2400, 2400)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_checking_a_file_writes_nothing(ctx, tmp_path):
    before = stored(ctx)
    check = read_history_csv(ctx.db, ctx.config, history_file(tmp_path, visit()), today=TODAY)
    assert len(check.visits) == 1 and not check.errors
    assert check.visits[0].requests == {"medical": 2}
    assert stored(ctx) == before


# --------------------------------------------------------------------------- refused rows: all or nothing


@pytest.mark.parametrize(("changes", "expected"), [
    ({"date": "2024-02-30"}, "date: '2024-02-30' is not a real date."),
    ({"date": "May 1st"}, "date: 'May 1st' is not a date; write it as YYYY-MM-DD or DD/MM/YYYY."),
    ({"date": "2027-01-01"}, "date: 01/01/2027 is in the future."),
    ({"date": ""}, "date: is empty; every visit needs one."),
    ({"arrived": "7pm"}, "arrived: '7pm' is not a time of day; write it as HH:MM (24-hour clock)."),
    ({"departed": "24:10"}, "departed: '24:10' is not a time of day; write it as HH:MM (24-hour clock)."),
    ({"admitted": "18:50"}, "admitted: 18:50 is before the arrival at 19:00."),
    ({"departed": "18:59"}, "departed: arriving 19:00 and leaving 18:59 makes a 24.0-hour visit; check both times."),
    ({"suite": "Keyham Lane"}, ("suite: there is no place called 'Keyham Lane'. "
                               "The places are 'Beaumont Leys', 'Closed Suite' and 'Euston Street'.")),
    ({"visitor_2": "Beverley Clarke"}, ("visitor_2: no volunteer is called 'Beverley Clarke' (the profile has 3 "
                                       "volunteers). Check the spelling, or add them as a volunteer first, "
                                       "so their hours are counted.")),
    ({"visitor_2": "Amrit Sandhu"}, ("visitor_2: is the same person as visitor_1; a visit is made by two "
                                    "different people.")),
    ({"seen": "5"}, "seen: Accepted and seen (5) + declined (1) = 6, more than the 5 offered a visit."),
    ({"offered": "7"}, "offered: 7 offered a visit, but only 6 in custody."),
    # Once 400% seen in a period summary: offered left empty, so only a check against custody can see it.
    ({"in_custody": "3", "offered": "", "seen": "7", "declined": ""}, "seen: 7 accepted and seen, but only 3 in custody."),
    ({"in_custody": "3", "offered": "", "seen": "2", "declined": "2"},
     "seen: Accepted and seen (2) + declined (2) = 4, more than the 3 in custody."),
    ({"not_available": "7"}, "not_available: 7 not available, but only 6 in custody."),
    ({"observed_only": "7"}, "observed_only: 7 observed only, but only 6 in custody."),
    ({"not_offered": "7"}, "not_offered: 7 not offered, but only 6 in custody."),
    ({"in_custody_female": "2", "in_custody_male": "2", "in_custody_juvenile": "1"},
     "in_custody: female 2 + male 2 + juvenile 1 = 5, but the total is 6."),
    ({"in_custody_female": "1", "offered_female": "2"}, "offered_female: 2 offered a visit, but only 1 in custody."),
    ({"in_custody": ""}, "in_custody: Enter how many people were in custody (0 if the cells were empty)."),
    ({"declined": "-1"}, "declined: '-1' is negative; a count cannot be."),
    ({"requests_blankets": "10000"}, "requests_blankets: '10000' is too large for one visit."),
    ({"offered": "5" * 5000}, f"offered: '{'5' * 39}…' is too large for one visit."),
    ({"requests_medical": "two"}, "requests_medical: 'two' is not a whole number."),
    ({"outcome": "abandoned"}, "abandon_reason: is empty; say why the visit was abandoned."),
    ({"abandon_reason": "too_busy"}, "abandon_reason: is given, but the outcome is 'completed'; check which is right."),
    ({"abandon_reason": "rain", "outcome": "abandoned"},
     "abandon_reason: 'rain' is not one of 'suite_closed', 'too_busy', 'staff_shortage', 'access_refused' and 'other'."),
    ({"rating": "good"}, "rating: 'good' is not 'satisfactory', 'unsatisfactory' or empty."),
])
def test_a_bad_row_is_reported_by_its_row_and_nothing_is_written(ctx, tmp_path, changes, expected):
    path = history_file(tmp_path, visit(date="2024-04-01"), visit(**changes), visit(date="2024-04-03"))
    before = stored(ctx)

    result = run(ctx, path)

    assert reasons(result) == [(3, expected)]
    assert result.imported == 0
    assert stored(ctx) == before
    assert verify_chain(ctx.db).ok


def test_every_bad_row_is_reported_not_just_the_first(ctx, tmp_path):
    path = history_file(tmp_path, visit(date="2024-04-01"), visit(date="2024-13-01"), visit(date="2024-04-02"),
                        visit(date="2024-04-03", arrived="19.00", seen="-2"), visit(date="", suite="Nowhere"))
    result = run(ctx, path)
    assert [(row, reason.split(":")[0]) for row, reason in reasons(result)] == [
        (3, "date"), (5, "arrived"), (5, "seen"), (6, "suite"), (6, "date")]
    assert str(result.errors[0]) == "Row 3: date: '2024-13-01' is not a real date."
    assert stored(ctx)["visit"] == 0


def test_a_value_outside_the_headed_columns_is_reported_by_its_column_letter(ctx, tmp_path):
    path = history_file(tmp_path, visit(), visit(date="2024-05-02"))
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    lines[0] += ","  # Excel leaves empty trailing columns with no heading: harmless while empty
    lines[1] += ","
    lines[2] += ",tea"
    path.write_text("\r\n".join(lines), encoding="utf-8")
    assert reasons(run(ctx, path)) == [
        (3, "Q: 'tea' is in a column without a heading; remove it or give the column one of the template's headings.")]


def test_a_long_list_of_problems_is_cut_short_with_a_count_of_the_rest(ctx, tmp_path):
    rows = [visit(date="2024-04-01", rating="fine") for _ in range(250)]
    result = run(ctx, history_file(tmp_path, *rows))
    assert len(result.errors) == 201
    assert result.errors[199].row == 201
    assert (result.errors[-1].row, result.errors[-1].reason) == (202, "…and 50 more problems from row 202 on.")


def test_the_same_visit_twice_in_one_file_is_refused(ctx, tmp_path):
    path = history_file(tmp_path, visit(), visit(date="2024-05-02"), visit(suite="beaumont leys", seen="2"))
    assert reasons(run(ctx, path)) == [
        (4, "same place, date and arrival time as row 2; each visit can be imported only once.")]
    assert stored(ctx)["visit"] == 0


def test_importing_the_same_file_again_is_refused_not_doubled(ctx, tmp_path):
    path = history_file(tmp_path, visit(), visit(date="2024-05-02"))
    assert run(ctx, path).imported == 2
    after_first = stored(ctx)

    again = run(ctx, path)

    assert again.imported == 0
    assert [row for row, _ in reasons(again)] == [2, 3]
    assert reasons(again)[0][1].startswith("a visit to Beaumont Leys on 01/05/2024 arriving at 19:00 "
                                           "is already recorded (visit no. ")
    assert stored(ctx) == after_first


def test_a_visit_kept_to_the_second_is_the_same_visit_as_a_row_at_its_minute(ctx, tmp_path):
    # A visit's arrival is compared to the minute, however finely the stored one was kept.
    assert run(ctx, history_file(tmp_path, visit())).imported == 1
    with ctx.db.session() as s:
        kept = s.scalars(select(Visit)).one()
        kept.arrived_at = kept.arrived_at.replace(second=30, microsecond=250_000)
    again = run(ctx, history_file(tmp_path, visit(), name="again.csv"))
    assert again.imported == 0
    assert reasons(again)[0][1].startswith("a visit to Beaumont Leys on 01/05/2024 arriving at 19:00 is already "
                                           "recorded")


def test_a_failure_while_writing_leaves_nothing_behind(ctx, tmp_path):
    rows = [visit(date=(dt.date(2020, 1, 1) + dt.timedelta(days=i)).isoformat()) for i in range(1200)]

    def cancel(done, total):
        if done > total // 2:  # checking is done and the first batches are written
            raise KeyboardInterrupt

    before = stored(ctx)
    with pytest.raises(KeyboardInterrupt):
        run(ctx, history_file(tmp_path, *rows), progress=cancel)
    assert stored(ctx) == before
    assert verify_chain(ctx.db).ok


# --------------------------------------------------------------------------- refused files


def test_a_file_without_the_required_columns_names_them(ctx, tmp_path):
    row = {k: v for k, v in GOOD.items() if k not in ("arrived", "in_custody")}
    with pytest.raises(InvalidInput, match="it has no 'arrived' and 'in_custody' columns"):
        run(ctx, history_file(tmp_path, row))


def test_a_misspelt_column_is_refused_rather_than_its_figures_lost(ctx, tmp_path):
    with pytest.raises(InvalidInput, match="there is no such column as 'requests_docter'"):
        run(ctx, history_file(tmp_path, visit(requests_docter="1")))


@pytest.mark.parametrize(("content", "words"), [
    (b"", "The file is empty."),
    (b"\xef\xbb\xbf \r\n", "The file is empty."),
    ("suite,date\r\nBeaumont Leys,01/05/2024\r\n".encode("utf-16"), "not UTF-8"),
    ("suite,date,arrived\r\nBeaumont Leys,01/05/2024,19:00 caf\xe9\r\n".encode("latin-1"), "not UTF-8"),
    (b"PK\x03\x04\x14\x00\x06\x00", "Excel workbook"),
    (b"suite,date\x00\x00", "not a CSV file"),
    (b"suite,date,arrived,departed,in_custody\r\n,,,,\r\n", "headings but no visits"),
    (b"Hello,\nthis is a letter.", "it has no 'suite', 'date', 'arrived', 'departed' and 'in_custody' columns"),
])
def test_a_file_that_is_not_a_visit_history_is_refused_in_plain_words(ctx, tmp_path, content, words):
    path = tmp_path / "upload.csv"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=words):
        run(ctx, path)


def test_a_file_over_50_mb_is_refused_before_it_is_read(ctx, tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as fh:
        fh.truncate(50 * 2**20 + 1)  # sparse: no 50 MB written to the test disk
    with pytest.raises(InvalidInput, match="at most 50 MB"):
        run(ctx, path)


def test_a_missing_file_is_a_plain_message(ctx, tmp_path):
    with pytest.raises(InvalidInput, match="nothing.csv could not be read"):
        run(ctx, tmp_path / "nothing.csv")


# --------------------------------------------------------------------------- anything at all


def _template_rows() -> list[list[str]]:
    return list(csv.reader(io.StringIO(template_csv())))


CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "0", "-1", "3", "99999999999999999999999", "1e3", "31/02/2024", "2024-04-03", "01/01/0001",
                     "9999-12-31", "00:00", "23:59", "24:00", "7:5", "abandoned", "completed", "too_busy",
                     "Beaumont Leys", "Amrit Sandhu", "satisfactory", "in_custody", '"', "\r\n", "9" * 5000]),
)


@st.composite
def mangled_files(draw) -> bytes:
    """Random bytes, random text, or the template with a few random edits in any encoding."""
    kind = draw(st.sampled_from(["bytes", "text", "edited", "edited", "edited"]))
    if kind == "bytes":
        return draw(st.binary(max_size=600))
    if kind == "text":
        return draw(st.text(max_size=600)).encode("utf-8")
    rows = _template_rows()
    # Fresh dates for each example, so a file that survives its edits imports
    # rather than repeating one already imported.
    start = dt.date(2015, 1, 1) + dt.timedelta(days=draw(st.integers(0, 3000)))
    for i, row in enumerate(rows[1:]):
        row[1] = (start + dt.timedelta(days=i)).isoformat()
    for _ in range(draw(st.integers(0, 4))):
        r = draw(st.integers(0, len(rows) - 1))
        edit = draw(st.sampled_from(["cell", "cell", "cell", "drop cell", "copy row", "drop row", "add cell"]))
        if edit == "cell" and rows[r]:
            rows[r][draw(st.integers(0, len(rows[r]) - 1))] = draw(CELLS)
        elif edit == "drop cell" and rows[r]:
            del rows[r][draw(st.integers(0, len(rows[r]) - 1))]
        elif edit == "copy row":
            rows.append(list(rows[r]))
        elif edit == "drop row" and len(rows) > 1:
            del rows[r]
        elif edit == "add cell":
            rows[r].append(draw(CELLS))
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    text = out.getvalue()
    cut = draw(st.one_of(st.none(), st.none(), st.none(), st.integers(0, len(text))))
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return text[:cut].encode(encoding, errors="replace")


@settings(max_examples=3000 if os.environ.get("ICVAPP_LONG_TESTS") else 200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=mangled_files())
def test_whatever_the_file_holds_it_imports_whole_or_not_at_all(demo_names, tmp_path, content):
    path = tmp_path / "anything.csv"
    path.write_bytes(content)
    before = stored(demo_names)
    try:
        result = run(demo_names, path)
    except InvalidInput:
        result = None
    event("refused file" if result is None else "refused rows" if result.errors else "imported")
    after = stored(demo_names)
    if result is None or result.errors:
        assert after == before
    else:
        assert result.imported > 0
        assert after["visit"] == before["visit"] + result.imported
        assert after["audit_event"] == before["audit_event"] + 1
    assert verify_chain(demo_names.db).ok


def test_a_row_problem_is_worded_in_english_and_renders_in_welsh(ctx, tmp_path):
    from icvapp.errors import in_language
    from icvapp.i18n import translator

    result = run(ctx, history_file(tmp_path, visit(), visit(date="2024-13-01"), visit(date="2027-01-01")))
    assert [str(e) for e in result.errors] == ["Row 3: date: '2024-13-01' is not a real date.",
                                               "Row 4: date: 01/01/2027 is in the future."]
    welsh = [in_language(e, translator("cy")) for e in result.errors]
    assert welsh == ["Rhes 3: date: nid yw '2024-13-01' yn ddyddiad go iawn.",
                     "Rhes 4: date: mae 01/01/2027 yn y dyfodol."]
