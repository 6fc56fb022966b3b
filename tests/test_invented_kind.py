"""Proof that the core is general: a third kind of visiting, defined only in a test fixture.

Court cells, visited fortnightly, with defendants by court list number (tests/scheme/kinds/court_cells.json).
With no code change, a volunteer's laptop records a visit of that kind, both visitors sign it, the sealed
submission travels to the office and verifies there, the signed report passes pyHanko and poppler's
``pdfsig``, and the office's quarterly report counts it by fortnight — speaking of courts and defendants,
never of custody.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from icvapp.demo.create import DEMO_PIN, DEMO_ROOT_PIN, enrol_everyone, sign_visit
from icvapp.metrics.performance import summary
from icvapp.profile.context import create_profile, open_profile
from icvapp.reports.board_pdf import export_board_pdf
from icvapp.reports.visit_pdf import export_visit_pdf
from icvapp.scheme.periods import quarter, quarter_of
from icvapp.sealing.signoff import check_stored_visit
from icvapp.sealing.submission import export_submission, import_files
from icvapp.storage.model import Place, VisitStatus, Volunteer
from icvapp.trust import verdict as verdicts
from icvapp.trust.enrolment import require_trust
from icvapp.trust.enrolment_files import (
    create_signing_key,
    export_scheme_file,
    import_certificate,
    import_scheme_file,
    issue_certificate,
)
from icvapp.visits.record import CheckRecord, ConversationRecord, CountRow, VisitRecord
from icvapp.visits.sealed import signed_pdf
from icvapp.visits.store import complete_visit, load_visit, validation_context
from tests.conftest import PASSPHRASE
from tests.helpers import cannot_run_here

KINDS = Path(__file__).parent / "scheme" / "kinds"
CUSTODY_WORDS = re.compile(r"(?i)custody|detainee|suite|\bcells?\b|solicitor|sergeant")
DAY = dt.date(2026, 5, 13)  # in a quarter long over, so its figures never change
PAIR = ("Ruth Adeyemi", "Tomasz Wójcik")


@pytest.fixture
def office(tmp_path, monkeypatch):
    """The court cells scheme's office: a court, a pair of visitors, the scheme root and their keys."""
    monkeypatch.setenv("ICVAPP_SCHEME_KINDS", str(KINDS))
    ctx = create_profile(tmp_path / "office", "passphrase", "Crown Court Visiting Scheme", PASSPHRASE, kind="court_cells")
    with ctx.db.session() as s:
        s.add_all([Place(name="Leicester Crown Court", locations=6), *(Volunteer(name=n) for n in PAIR)])
    enrol_everyone(ctx.db)
    yield ctx
    ctx.close()


def court_visit(ctx) -> VisitRecord:
    with ctx.db.session() as s:
        court = s.query(Place).one().id
        a, b = (s.query(Volunteer).filter_by(name=n).one().id for n in PAIR)
    return VisitRecord(
        place_id=court, visit_date=DAY, visitor_a_id=a, visitor_b_id=b,
        arrival=dt.time(10, 0), admitted=dt.time(10, 5), departure=dt.time(11, 0), rating="satisfactory",
        counts={"held": CountRow(4, 3, 1), "spoken_to": CountRow(2, 1, 1), "in_court": CountRow(2, 2, 0)},
        conversations=[ConversationRecord(identifier="CL-0042", location="Room 2", consent=True,
                                          entitlements={"water": "yes", "informed": "no"}, requests=["water"],
                                          issue_raised="Had not been told when the hearing would start.",
                                          staff_response="Dock officer checked the list and told him.",
                                          resolved_during_visit=True)],
        checks={"holding_rooms": CheckRecord("fine"),
                "interview_rooms": CheckRecord("issue", "cleanliness", "Bin overflowing in room 3.")},
        officer_name="L. Grant", officer_rank="Dock officer", officer_number="77",
        officer_response="Bin emptied; cleaning rota reminded.", observations="Calm morning list.",
    )


def record_and_sign(ctx) -> int:
    signers = enrol_signers(ctx)
    rec = court_visit(ctx)
    problems = complete_visit(ctx.db, rec, validation_context(ctx.db, ctx.config, DAY))
    assert rec.status == VisitStatus.COMPLETE, problems
    sign_visit(ctx, rec, signers, random.Random(1))
    return rec.id


def enrol_signers(ctx) -> dict:
    from icvapp.trust.enrolment import unlock_signer

    with ctx.db.session() as s:
        ids = [v.id for v in s.query(Volunteer)]
    return {vid: unlock_signer(ctx.db, vid, DEMO_PIN) for vid in ids}


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        cannot_run_here("poppler-utils (pdftotext) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_kind_comes_from_the_fixture_and_survives_reopening(office, tmp_path):
    assert (office.config.kind, office.config.target_every) == ("court_cells", "fortnight")
    office.close()
    again = open_profile(tmp_path / "office", PASSPHRASE)
    try:
        assert again.config.word("subject") == "Defendant"
    finally:
        again.close()


def test_a_court_visit_is_recorded_signed_by_both_and_verifies(office, tmp_path):
    vid = record_and_sign(office)
    stored = load_visit(office.db, vid)
    assert stored.status == "sealed" and stored.count("held").female == 3  # adult, kept in the first group field
    assert check_stored_visit(office.db, vid).ok
    pdf = signed_pdf(office.db, vid)
    verdict = verdicts.verify_pdf_bytes(pdf, require_trust(office.db))
    assert verdict.ok, verdict
    if shutil.which("pdfsig") is None:
        cannot_run_here("poppler-utils (pdfsig) is not installed")
    (tmp_path / "signed.pdf").write_bytes(pdf)
    out = subprocess.run(["pdfsig", str(tmp_path / "signed.pdf")], capture_output=True, text=True, check=False).stdout
    assert out.count("Signature is Valid") >= 2 and all(name in out for name in PAIR)


def test_a_court_visit_travels_from_a_laptop_to_the_office(office, tmp_path):
    laptop = create_profile(tmp_path / "laptop", "passphrase", "Laptop", PASSPHRASE, kind="court_cells")
    try:
        import_scheme_file(laptop.db, export_scheme_file(office.db, DEMO_ROOT_PIN))
        with laptop.db.session() as s:
            ids = {v.name: v.id for v in s.query(Volunteer)}
        for name in PAIR:
            reply, _ = issue_certificate(office.db, create_signing_key(laptop.db, ids[name], "laptop-pin"), DEMO_ROOT_PIN)
            import_certificate(laptop.db, reply)
        from icvapp.trust.enrolment import unlock_signer

        rec = court_visit(laptop)
        complete_visit(laptop.db, rec, validation_context(laptop.db, laptop.config, DAY))
        sign_visit(laptop, rec, {ids[n]: unlock_signer(laptop.db, ids[n], "laptop-pin") for n in PAIR},
                   random.Random(2))
        path = export_submission(laptop, rec.id, tmp_path / "court.icvsub")
        assert b"CL-0042" not in path.read_bytes()
    finally:
        laptop.close()
    [result] = import_files(office, [path])
    assert result.ok, result.message
    assert load_visit(office.db, result.visit_id).conversations[0].identifier == "CL-0042"
    assert check_stored_visit(office.db, result.visit_id).ok


def test_the_reports_count_fortnights_and_speak_of_courts(office, tmp_path):
    vid = record_and_sign(office)
    report = pdf_text(export_visit_pdf(office, vid, tmp_path / "visit.pdf"))
    assert "Court" in report and "Defendant" in report and "Holding room" in report
    assert not CUSTODY_WORDS.search(report), CUSTODY_WORDS.findall(report)
    period = quarter(*quarter_of(DAY))
    court = summary(office.db, office.config, period, today=dt.date(2026, 7, 31)).places[0]
    # April to June holds the six fortnights whose middle day falls in it; one of them was visited.
    assert (court.covered_weeks, court.expected_weeks) == (1, 6)
    board = tmp_path / "board.pdf"
    export_board_pdf(office, period, board)
    text = pdf_text(board)
    assert "Defendants" in text and "fortnight" in text.lower()
    assert not CUSTODY_WORDS.search(text), CUSTODY_WORDS.findall(text)
