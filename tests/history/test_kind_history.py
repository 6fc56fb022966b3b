"""A history spreadsheet is read by the profile's kind: the dog unit's has its stages and no group columns; a
court's has adult and youth beside each total; custody's template stays exactly as it was."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from icvapp.errors import InvalidInput
from icvapp.history.csv_import import import_history_csv, read_history_csv, template_csv
from icvapp.history.rows import columns
from icvapp.profile.context import create_profile
from icvapp.scheme.config import load_config, load_definition
from icvapp.scheme.kinds import resource_text
from icvapp.storage.model import Place, Volunteer
from icvapp.visits.record import CountRow
from icvapp.visits.store import list_visits, load_visit
from tests.conftest import PASSPHRASE

TODAY = dt.date(2026, 11, 23)
DOG = load_config("dog_unit")
COURT_CELLS = load_definition(Path(__file__).parents[1] / "scheme" / "kinds" / "court_cells.json")
GOOD = {"suite": "Force Dog Unit", "date": "2026-10-06", "arrived": "10:00", "admitted": "10:04",
        "departed": "11:15", "visitor_1": "Amrit Sandhu", "visitor_2": "Zoë Ó Briain", "outcome": "completed",
        "rating": "satisfactory", "at_unit": "6", "seen": "4", "not_seen": "2"}


def history_file(tmp_path, *rows: dict):
    out = io.StringIO()
    writer = csv.DictWriter(out, list(dict.fromkeys(k for row in rows for k in row)), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "history.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


@pytest.fixture
def dog_ctx(tmp_path):
    context = create_profile(tmp_path / "dogs", "passphrase", "Animal Welfare Scheme", PASSPHRASE, kind="dog_unit")
    with context.db.session() as s:
        s.add_all([Place(name="Force Dog Unit", locations=12), Volunteer(name="Amrit Sandhu"),
                   Volunteer(name="Zoë Ó Briain")])
    yield context
    context.close()


def test_custodys_template_is_the_shipped_file():
    assert template_csv() == template_csv(load_config("custody")) == resource_text("history", "visits-template.csv")


def test_the_dog_units_columns_are_its_stages_with_no_group_columns():
    counts = [c for c in columns(DOG) if c in ("at_unit", "seen", "not_seen") or "_" in c and c.split("_")[0] in
              ("at", "seen", "not")]
    assert counts == ["at_unit", "seen", "not_seen"]
    assert not [c for c in columns(DOG) if any(w in c for w in ("female", "male", "juvenile", "custody", "requests"))]
    assert template_csv(DOG).split("\r\n")[0].split(",") == list(columns(DOG))


def test_a_dog_unit_history_file_imports_its_totals(dog_ctx, tmp_path):
    path = history_file(tmp_path, GOOD, GOOD | {"date": "2026-09-08", "at_unit": "5", "seen": "5", "not_seen": "0"})
    result = import_history_csv(dog_ctx.db, dog_ctx.config, path, today=TODAY)
    assert result.ok, result.errors
    visits = sorted(list_visits(dog_ctx.db), key=lambda v: v.visit_date)
    assert load_visit(dog_ctx.db, visits[1].id).counts == {
        "at_unit": CountRow(6), "seen": CountRow(4), "not_seen": CountRow(2)}


def test_the_dog_unit_template_imports_once_filled_in(dog_ctx, tmp_path):
    headings = template_csv(DOG).strip().split(",")
    path = history_file(tmp_path, {h: GOOD.get(h, "") for h in headings})
    assert import_history_csv(dog_ctx.db, dog_ctx.config, path, today=TODAY).ok


@pytest.mark.parametrize(("changes", "message"), [
    ({"at_unit": ""}, "at_unit: Enter the number of dogs at the time of the visit (0 if there were none)."),
    ({"seen": "7", "not_seen": ""}, "seen: 7 seen, but only 6 dogs at the unit."),
    ({"suite": "Kennels"}, "suite: there is no place called 'Kennels'. The places are 'Force Dog Unit'."),
])
def test_a_wrong_dog_unit_row_is_named_in_the_kinds_words(dog_ctx, tmp_path, changes, message):
    check = read_history_csv(dog_ctx.db, dog_ctx.config, history_file(tmp_path, GOOD | changes), today=TODAY)
    assert [str(e) for e in check.errors] == [f"Row 2: {message}"]


def test_a_dog_unit_file_with_custody_columns_is_refused(dog_ctx, tmp_path):
    path = history_file(tmp_path, GOOD | {"at_unit_female": "2", "in_custody": "3"})
    with pytest.raises(InvalidInput, match="there are no such columns as 'at_unit_female' and 'in_custody'"):
        read_history_csv(dog_ctx.db, dog_ctx.config, path, today=TODAY)


def test_a_dog_unit_file_without_its_count_is_refused(dog_ctx, tmp_path):
    row = {k: v for k, v in GOOD.items() if k != "at_unit"}
    with pytest.raises(InvalidInput, match="it has no 'at_unit' column"):
        read_history_csv(dog_ctx.db, dog_ctx.config, history_file(tmp_path, row), today=TODAY)


def test_a_courts_adult_and_youth_columns_are_read_into_the_groups_places(ctx, tmp_path):
    court = COURT_CELLS
    assert [c for c in columns(court) if c.startswith("held")] == ["held", "held_adult", "held_youth"]
    row = {"suite": "Beaumont Leys", "date": "2026-10-06", "arrived": "10:00", "departed": "11:15",
           "visitor_1": "Amrit Sandhu", "visitor_2": "Zoë Ó Briain", "rating": "satisfactory",
           "held": "5", "held_adult": "3", "held_youth": "2", "spoken_to": "3", "spoken_to_youth": "3"}
    check = read_history_csv(ctx.db, court, history_file(tmp_path, row), today=TODAY)
    assert [str(e) for e in check.errors] == ["Row 2: spoken_to_youth: 3 spoken to, but only 2 held."]
    row |= {"spoken_to_youth": "1", "held": "6"}
    check = read_history_csv(ctx.db, court, history_file(tmp_path, row), today=TODAY)
    assert [str(e) for e in check.errors] == ["Row 2: held: adult 3 + youth 2 = 5, but the total is 6."]
    row |= {"held": "5"}
    result = import_history_csv(ctx.db, court, history_file(tmp_path, row), today=TODAY)
    assert result.ok, result.errors
    (visit,) = list_visits(ctx.db)
    assert load_visit(ctx.db, visit.id).counts["held"] == CountRow(5, female=3, male=2)  # adult, youth by position
