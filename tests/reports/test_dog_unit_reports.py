"""The animal welfare scheme's reports speak of dogs, the dog unit and kennels — never of custody.

A real encrypted profile of the dog unit's kind holds a quarter of monthly visits; its visit report,
its quarterly Board report and its annual summary are written as the office would write them and
read back with poppler's pdftotext, as a reader's viewer would. A page of each is also rendered to
PNG (``ICVAPP_SHOTS=<folder>``) for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from icvapp.metrics import annual_summary, summary
from icvapp.profile.context import AppContext, create_profile
from icvapp.reports.annual import annual_csv, export_annual
from icvapp.reports.board_pdf import export_board_pdf
from icvapp.reports.visit_data import load_report_data
from icvapp.reports.visit_pdf import export_visit_pdf, render_visit_pdf
from icvapp.scheme.periods import quarter
from icvapp.storage.model import Place, Volunteer
from icvapp.visits.record import ActivityRecord, CheckRecord, ConversationRecord, CountRow, VisitRecord
from icvapp.visits.store import complete_visit, validation_context
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

FY = 2025
QUARTER = quarter(FY, 3)  # October – December 2025
TODAY = dt.date(2026, 1, 20)
CUSTODY_WORDS = re.compile(r"suite|custody|detainee|\bcells?\b|solicitor", re.IGNORECASE)


@pytest.fixture(scope="module")
def unit(tmp_path_factory) -> AppContext:
    ctx = create_profile(tmp_path_factory.mktemp("dogs") / "p", "passphrase", "Northshire Animal Welfare",
                         PASSPHRASE, kind="dog_unit")
    with ctx.db.session() as s:
        s.add_all([Place(name="Northshire Police Dog Unit", locations=12), Volunteer(name="Zoë Ó Briain"),
                   Volunteer(name="Łukasz Nowak")])
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def visits(unit) -> list[int]:
    """October and December visited (December's with a concern), November missed."""
    with unit.db.session() as s:
        place = s.query(Place).one().id
        a, b = (v.id for v in s.query(Volunteer).order_by(Volunteer.name))
    out = []
    for day, dogs, seen in ((dt.date(FY, 10, 1), 9, 7), (dt.date(FY, 12, 31), 8, 8)):
        rec = VisitRecord(
            place_id=place, visit_date=day, visitor_a_id=a, visitor_b_id=b, mode="in_person",
            arrival=dt.time(10, 0), admitted=dt.time(10, 10), departure=dt.time(11, 30), rating="satisfactory",
            counts={"at_unit": CountRow(dogs), "seen": CountRow(seen), "not_seen": CountRow(dogs - seen)},
            conversations=[
                ConversationRecord(identifier="PD-0147", location="K3", consent=True,
                                   entitlements={"water": "yes", "fed": "yes", "exercised": "no"},
                                   vulnerabilities=["stress"],
                                   issue_raised="Not exercised since yesterday morning.",
                                   staff_response="Handler back from leave today; run booked.",
                                   resolved_during_visit=False),
                ConversationRecord(identifier="PD-0152", location="K5", consent=False, reason_not_seen="at_vet"),
            ],
            checks={"kennels": CheckRecord("issue", "housing_cleanliness", "Kennel 4's drain blocked."),
                    "vehicles": CheckRecord("fine")},
            activities={"training": ActivityRecord(True, ["reward_toy", "verbal_praise"],
                                                   "Search training in the yard, calm and reward-led.")},
            officer_name="Rhian Pryce", officer_rank="Sergeant", officer_number="2210",
            officer_response="Will clear the drain today.",
            observations="Dogs calm and well kept.",
        )
        problems = complete_visit(unit.db, rec, validation_context(unit.db, unit.config, TODAY))
        assert rec.status == "complete", problems
        out.append(rec.id)
    return out


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def custody_words_in(text: str) -> list[str]:
    return sorted({m.group(0).lower() for m in CUSTODY_WORDS.finditer(text)})


def shot(pdf: Path, name: str) -> None:
    """The first page as a PNG in $ICVAPP_SHOTS, for a person to look at."""
    folder = os.environ.get("ICVAPP_SHOTS")
    if folder and shutil.which("pdftoppm"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(Path(folder) / name)],
                       check=True)


def test_the_dog_unit_is_covered_month_by_month(unit, visits):
    s = summary(unit.db, unit.config, QUARTER, today=TODAY)
    [place] = s.places
    assert s.target_every == "month"
    assert (place.expected_weeks, place.covered_weeks, place.missed_weeks) == (3, 2, [dt.date(FY, 11, 1)])
    assert s.funnel.stages == {"at_unit": 17, "seen": 15, "not_seen": 2}
    assert s.funnel.by_group == {}  # the dog unit counts totals only
    assert round(s.funnel.seen_pct) == 88 and s.requests == {}
    assert (place.present, place.offered, place.seen) == (17, 17, 15)


def test_the_visit_report_speaks_of_dogs_and_kennels(unit, visits, tmp_path):
    out = export_visit_pdf(unit, visits[0], tmp_path / "visit.pdf")
    text = pdf_text(out)
    shot(out, "dog_visit")
    for expected in ["Animal welfare visit report", "Dog unit", "Northshire Police Dog Unit",
                     "Dogs at the unit at the time of the visit", "Dogs seen", "Dog identifier", "Kennel",
                     "PD-0147", "K3", "Concerns: Signs of stress", "Kennels, vehicles and training areas",
                     "Kennel 4's drain blocked.", "Training observed", "Reward-based (toy)", "Verbal praise",
                     "Search training in the yard", "Unit staff member", "Rhian Pryce", "Seen (% of dogs at the unit)"]:
        assert expected in text, expected
    assert "Allegation" not in text and "Requests" not in text
    assert custody_words_in(text) == []


def test_the_board_report_speaks_of_the_dog_unit_by_month(unit, visits, tmp_path):
    out = export_board_pdf(unit, QUARTER, tmp_path / "board.pdf")
    text = pdf_text(out)
    shot(out, "dog_board")
    for expected in ["Report to the Strategic Assurance Board", "Visits against the monthly standard",
                     "Months visited", "Closed months", "expected months", "Months missed",
                     "November 2025", "Dogs at the time of visits", "Dogs at the unit", "Not seen",
                     "Months covered (%)", "Dog unit"]:
        assert expected in text, expected
    assert "What" not in text.split("Dogs at the time of visits")[1].split("Issues raised")[0]  # no requests
    assert "Female" not in text and "Juvenile" not in text
    assert custody_words_in(text) == []


def test_the_annual_summary_speaks_of_dogs(unit, visits, tmp_path):
    annual = annual_summary(unit.db, unit.config, FY)
    assert (annual.total.visits, annual.total.present, annual.total.seen) == (2, 17, 15)
    out = export_annual(unit, FY, "pdf", tmp_path / "annual.pdf")
    text = pdf_text(out)
    shot(out, "dog_annual")
    for expected in ["Animal Welfare Scheme: the year", "Visits and dogs", "Dog unit",
                     "Dogs at the unit", "during visits", "Northshire Police Dog Unit 2 17 15 88%", "Total 2 17 15 88%"]:
        assert expected in text, expected
    assert "Requests" not in text
    assert custody_words_in(text) == []
    csv_head = annual_csv(annual, unit.config).splitlines()[0]
    assert csv_head == "Dog unit,Visits,Dogs at the unit during visits,Seen,Seen (%)"


def test_the_welsh_board_report_and_visit_report_keep_to_the_dog_words(unit, visits, tmp_path):
    board = pdf_text(export_board_pdf(unit, QUARTER, tmp_path / "board.pdf", language="cy"))
    assert "Cŵn yn yr uned" in board and "Uned cŵn" in board
    assert custody_words_in(board) == []
    data = load_report_data(unit, visits[0])
    data.record.language = "cy"  # as if the visit had been written in Welsh
    (tmp_path / "visit-cy.pdf").write_bytes(render_visit_pdf(data))
    visit = pdf_text(tmp_path / "visit-cy.pdf")
    shot(tmp_path / "visit-cy.pdf", "dog_visit_cy")
    for expected in ("Uned cŵn", "Rhif adnabod y ci", "Cenel", "Cŵn yn yr uned adeg yr ymweliad", "Hyfforddiant a welwyd",
                     "Gwobr (tegan)", "Aelod o staff yr uned"):
        assert expected in visit, expected
    for text in (board, visit):
        assert custody_words_in(text) == []
        for word in ("dalfa", "ddalfa", "dalfeydd"):
            assert word not in text.lower()
