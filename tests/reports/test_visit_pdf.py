"""The visit report PDF: what a volunteer entered is what the Board reads.

Every test renders a real visit from a real encrypted profile and reads the
PDF back with poppler (pdftotext, pdfinfo), as a reader's viewer would.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from icvapp.errors import NotFound, StorageFault
from icvapp.profile.context import AppContext, create_profile
from icvapp.reports.visit_pdf import VisitReportData, export_visit_pdf, render_visit_pdf
from icvapp.storage.model import Place, Volunteer
from icvapp.visits.record import CheckRecord, ConversationRecord, CountRow, VisitRecord
from icvapp.visits.store import complete_visit, save_draft, validation_context

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

VISIT_DAY = dt.date(2025, 3, 14)
TODAY = dt.date(2025, 3, 20)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def profile(tmp_path_factory) -> AppContext:
    ctx = create_profile(tmp_path_factory.mktemp("profile") / "p", "passphrase", "Test scheme",
                         passphrase="correct horse battery")
    with ctx.db.session() as s:
        s.add_all([Place(name="Euston Street", locations=36), Volunteer(name="Zoë Ó Briain"),
                   Volunteer(name="Łukasz Nowak")])
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def ids(profile) -> dict[str, int]:
    with profile.db.session() as s:
        place = s.query(Place).filter_by(name="Euston Street").one()
        a = s.query(Volunteer).filter_by(name="Zoë Ó Briain").one()
        b = s.query(Volunteer).filter_by(name="Łukasz Nowak").one()
        return {"suite": place.id, "a": a.id, "b": b.id}


@pytest.fixture
def out_dir(tmp_path) -> Path:
    """An empty folder of the test's own, so it can check nothing else was written there."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def a_visit(ids: dict[str, int]) -> VisitRecord:
    """A late-night visit with a little of everything a report can hold."""
    return VisitRecord(
        place_id=ids["suite"], visit_date=VISIT_DAY, visitor_a_id=ids["a"], visitor_b_id=ids["b"],
        arrival=dt.time(22, 40), admitted=dt.time(23, 25), departure=dt.time(0, 50), past_midnight=True,
        rating="unsatisfactory", admission_delay_finding=True,
        counts={
            "in_custody": CountRow(9, 2, 6, 1),
            "not_available": CountRow(2),
            "offered": CountRow(7, 2, 4, 1),
            "seen": CountRow(4, 1, 2, 1),
            "declined": CountRow(2),
        },
        conversations=[
            ConversationRecord(identifier="LE/40211/25", location="3", consent=True,
                               requests=["medical", "phone_call"],
                               issue_raised="Needs her inhaler from the property store.",
                               staff_response="Inhaler brought from property by the detention officer.",
                               resolved_during_visit=True),
            ConversationRecord(identifier="LE/40212/25", location="7", consent=True, requests=["blankets"],
                               allegation=True, entitlements={"legal_advice": "no", "rights_told": "yes"},
                               vulnerabilities=["mental_health"],
                               issue_raised="Says he was pushed against the cell door at booking-in.",
                               staff_response="Duty inspector told; CCTV to be reviewed.",
                               resolved_during_visit=False),
            ConversationRecord(identifier="LE/40213/25", location="9", consent=False, reason_not_seen="asleep"),
        ],
        checks={
            "cells": CheckRecord("issue", "maintenance", "Call bell in cell 4 not working."),
            "showers": CheckRecord("fine"),
            "kitchen_food": CheckRecord("not_checked"),
        },
        officer_name="Siobhán Ní Dhuibhir", officer_rank="Sergeant", officer_number="4471",
        officer_response="Agreed to report the call bell for repair today.",
        observations="Suite busy but orderly; two detainees waiting for interpreters.",
        positive_comments="Staff were patient and kind with a distressed juvenile.",
    )


def complete(profile: AppContext, rec: VisitRecord) -> int:
    problems = complete_visit(profile.db, rec, validation_context(profile.db, profile.config, TODAY))
    assert rec.status == "complete", problems
    return rec.id


def text_of(pdf: Path) -> str:
    """The PDF's text in reading order, whitespace collapsed so wrapped lines still match."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True)
    return out.stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def pdfinfo(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


# --------------------------------------------------------------------------- what was entered is printed


def test_report_shows_everything_the_visitors_entered(profile, ids, tmp_path):
    visit_id = complete(profile, a_visit(ids))

    out = export_visit_pdf(profile, visit_id, tmp_path / "visit.pdf")

    assert out == tmp_path / "visit.pdf"
    layout = text_of(out)
    text = flat(layout)
    for expected in [
        "Custody visit report", "Test scheme", "Euston Street", "Friday 14 March 2025",
        "Zoë Ó Briain", "Łukasz Nowak",
        "22:40", "23:25", "00:50 (next day)", "2 h 10 min", "Delay in admission", "45 min",
        "Unsatisfactory",
        "LE/40211/25", "LE/40212/25", "LE/40213/25", "Asleep",
        "Doctor or nurse", "Phone call", "Blankets",
        "Needs her inhaler from the property store.",
        "Inhaler brought from property by the detention officer.",
        "Allegation of ill-treatment", "Not met: Legal advice", "Not resolved during the visit",
        "Call bell in cell 4 not working.", "In good order: Showers",
        "Siobhán Ní Dhuibhir", "Sergeant", "4471", "Agreed to report the call bell for repair today.",
        "Suite busy but orderly; two detainees waiting for interpreters.",
        "Staff were patient and kind with a distressed juvenile.",
        "Page 1 of",
    ]:
        assert expected in text, expected
    # The funnel, row by row: Total, Female, Male, Juvenile.
    assert "In custody 9 2 6 1" in text
    assert "Offered a visit 7 2 4 1" in text
    assert "Accepted and seen 4 1 2 1" in text
    assert "% seen of offered 57% 50% 50% 100%" in text
    assert "Total 3" in text  # three requests in all
    assert "DRAFT" not in text


def test_file_is_a_valid_pdf_with_harmless_metadata(profile, ids, tmp_path):
    visit_id = complete(profile, a_visit(ids))

    out = export_visit_pdf(profile, visit_id, tmp_path / "visit.pdf")

    assert out.read_bytes().startswith(b"%PDF")
    info = pdfinfo(out)
    assert info["Page size"].strip().startswith("595.276 x 841.89")  # A4
    assert info["Title"].strip().startswith("Custody visit report")
    metadata = " ".join(info.values())
    for secret in ("LE/402", "Zoë", "Łukasz", "Siobhán"):
        assert secret not in metadata
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts


def test_out_path_without_pdf_suffix_is_used_as_given(profile, ids, out_dir):
    visit_id = complete(profile, a_visit(ids))

    out = export_visit_pdf(profile, visit_id, out_dir / "report-for-board")

    assert out == out_dir / "report-for-board"
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out_dir.iterdir()) == ["report-for-board"]


def test_draft_is_marked_draft_on_every_page(profile, ids, tmp_path):
    rec = a_visit(ids)
    rec.conversations = [ConversationRecord(identifier=f"LE/{50000 + i}/25", location=str(i), consent=True)
                         for i in range(40)]
    save_draft(profile.db, rec)

    out = export_visit_pdf(profile, rec.id, tmp_path / "draft.pdf")

    pages = text_of(out).split("\f")[:-1]
    assert len(pages) >= 2
    assert all("DRAFT" in page for page in pages)
    assert "this report has not been completed" in flat(pages[0])


def test_abandoned_visit_gives_the_reason(profile, ids, tmp_path):
    rec = a_visit(ids)
    rec.outcome, rec.abandon_reason, rec.rating = "abandoned", "access_refused", None
    rec.counts, rec.conversations, rec.checks = {}, [], {}
    rec.admission_delay_finding = False
    visit_id = complete(profile, rec)

    text = flat(text_of(export_visit_pdf(profile, visit_id, tmp_path / "abandoned.pdf")))

    assert "ABANDONED" in text
    assert "Visit abandoned: Access refused by an inspector." in text
    assert "Conversations with detainees" not in text


# --------------------------------------------------------------------------- long visits


def test_long_visit_paginates_and_nothing_leaves_the_page(profile, ids, tmp_path):
    rec = a_visit(ids)
    rec.counts = {"in_custody": CountRow(40), "offered": CountRow(35), "seen": CountRow(30)}
    rec.conversations = [
        ConversationRecord(identifier=f"LE/{60000 + i}/25", location=str(i + 1), consent=True,
                           requests=["refreshments", "case_update"],
                           issue_raised="Asked when the interview would be. " * 6,
                           staff_response="Sergeant explained the solicitor is on the way. " * 5,
                           resolved_during_visit=i % 2 == 0)
        for i in range(30)
    ]
    words = "The suite was busy throughout and staff moved quickly between cells and the booking-in desk."
    rec.observations = (words + " ") * 32 + "Unbroken" + "x" * 300  # 3,000+ characters, one very long word
    visit_id = complete(profile, rec)

    out = export_visit_pdf(profile, visit_id, tmp_path / "long.pdf")

    pages = text_of(out).split("\f")[:-1]
    total = len(pages)
    assert total == int(pdfinfo(out)["Pages"]) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page
    text = flat(" ".join(pages))
    assert "LE/60000/25" in text and "LE/60029/25" in text
    assert "Total 60" in text  # 30 × 2 requests
    # Every word sits inside the page margins (A4 is 595 pt wide; margins are 18 mm ≈ 51 pt).
    bbox = subprocess.run(["pdftotext", "-bbox", str(out), "-"], check=True, capture_output=True,
                          text=True).stdout
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)]
    assert right_edges and max(right_edges) <= 595.3 - 50


# --------------------------------------------------------------------------- rendering is pure


def test_half_typed_draft_renders_without_a_database(profile, tmp_path):
    # Departure before arrival and no suite or visitors: a draft can hold anything.
    draft = VisitRecord(id=1, status="draft", visit_date=VISIT_DAY, arrival=dt.time(22), departure=dt.time(21),
                        admission_delay_finding=True,
                        conversations=[ConversationRecord(), ConversationRecord(identifier="<b>&")])
    data = VisitReportData(
        record=draft, scheme_name="Scheme",
        place_name="", place_locations=None, visitor_a="", visitor_b="", config=profile.config,
        generated_at=dt.datetime(2025, 3, 20, 9, 30, tzinfo=dt.timezone.utc),
    )

    pdf = render_visit_pdf(data)

    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
    (tmp_path / "draft.pdf").write_bytes(pdf)
    text = flat(text_of(tmp_path / "draft.pdf"))
    assert "DRAFT" in text
    assert "1 <b>&" in text  # typed text is printed as typed, never read as markup; blank rows are skipped


# --------------------------------------------------------------------------- failures


def test_unknown_visit_is_not_found(profile, out_dir):
    with pytest.raises(NotFound):
        export_visit_pdf(profile, 987654, out_dir / "nothing.pdf")
    assert list(out_dir.iterdir()) == []


def test_missing_folder_is_a_storage_fault_and_writes_nothing(profile, ids, out_dir):
    visit_id = complete(profile, a_visit(ids))

    with pytest.raises(StorageFault) as err:
        export_visit_pdf(profile, visit_id, out_dir / "no-such-folder" / "visit.pdf")

    assert "does not exist" in err.value.message
    assert list(out_dir.iterdir()) == []


def test_folder_as_target_is_a_storage_fault(profile, ids, out_dir):
    visit_id = complete(profile, a_visit(ids))
    (out_dir / "reports").mkdir()

    with pytest.raises(StorageFault):
        export_visit_pdf(profile, visit_id, out_dir / "reports")

    assert list((out_dir / "reports").iterdir()) == []
    assert [p.name for p in out_dir.iterdir()] == ["reports"]


@pytest.fixture
def unwritable_folder(tmp_path):
    """A folder icvapp may not create files in, even when the tests run as root (as in containers)."""
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        yield locked
        locked.chmod(0o700)
    elif Path("/sys/kernel").is_dir():
        yield Path("/sys")  # root ignores permissions, but sysfs refuses new files
    else:
        pytest.skip("running as root with no read-only folder to try")


def test_unwritable_folder_is_a_storage_fault_and_leaves_no_partial_file(profile, ids, unwritable_folder):
    visit_id = complete(profile, a_visit(ids))
    before = sorted(p.name for p in unwritable_folder.iterdir())

    with pytest.raises(StorageFault) as err:
        export_visit_pdf(profile, visit_id, unwritable_folder / "visit.pdf")

    assert "may not write" in err.value.message
    assert sorted(p.name for p in unwritable_folder.iterdir()) == before


def test_failed_write_keeps_the_previous_report(profile, ids, out_dir):
    visit_id = complete(profile, a_visit(ids))
    target = out_dir / "visit.pdf"
    export_visit_pdf(profile, visit_id, target)
    before = target.read_bytes()

    with pytest.raises(NotFound):
        export_visit_pdf(profile, 987654, target)

    assert target.read_bytes() == before
    assert [p.name for p in out_dir.iterdir()] == ["visit.pdf"]
