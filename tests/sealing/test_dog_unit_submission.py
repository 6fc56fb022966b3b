"""A volunteer of the animal welfare scheme, from a new laptop to the office, end to end.

The office's profile is of the dog unit's kind. A new laptop (made as custody, as the first-run door
and ``icvapp init`` make it) joins from the office's scheme file on the command line and becomes a dog
unit profile; two volunteers enrol by files; they record a dog unit visit and both sign it; the sealed
submission travels to the office, which imports it and verifies it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from icvapp.cli.main import run_command as main
from icvapp.profile.context import create_profile, open_profile
from icvapp.profile.profiles import list_profiles
from icvapp.sealing.signoff import check_stored_visit
from icvapp.sealing.submission import export_submission, import_files
from icvapp.storage.audit import verify_chain
from icvapp.storage.model import Place, TrackedIssue, Volunteer
from icvapp.trust import verdict as verdicts
from icvapp.trust.enrolment import require_trust, set_up_scheme_root
from icvapp.trust.enrolment_files import (
    create_signing_key,
    export_scheme_file,
    import_certificate,
    issue_certificate,
)
from icvapp.visits.record import ActivityRecord, CheckRecord, ConversationRecord, CountRow, VisitRecord
from icvapp.visits.sealed import signed_pdf
from icvapp.visits.store import load_visit
from tests.conftest import PASSPHRASE, PINS, ROOT_PIN
from tests.helpers import names_to_ids, seal

PAIR = ("Amrit Sandhu", "Zoë Ó Briain")


@pytest.fixture
def dog_office(tmp_path):
    office = create_profile(tmp_path / "office", "passphrase", "Northshire Animal Welfare", PASSPHRASE,
                            kind="dog_unit")
    with office.db.session() as s:
        s.add_all([Place(name="Northshire Police Dog Unit", locations=12), *(Volunteer(name=n) for n in PAIR),
                   Volunteer(name="Łukasz Nowak")])
    set_up_scheme_root(office.db, ROOT_PIN)
    yield office
    office.close()


def dog_visit(ctx) -> VisitRecord:
    places, people = names_to_ids(ctx, Place), names_to_ids(ctx, Volunteer)
    return VisitRecord(
        place_id=places["Northshire Police Dog Unit"], visit_date=dt.date(2026, 11, 2),
        visitor_a_id=people[PAIR[0]], visitor_b_id=people[PAIR[1]], mode="in_person",
        arrival=dt.time(10, 0), admitted=dt.time(10, 10), departure=dt.time(11, 30), rating="satisfactory",
        counts={"at_unit": CountRow(9), "seen": CountRow(7), "not_seen": CountRow(2)},
        conversations=[
            ConversationRecord(identifier="PD-0147", location="K3", consent=True,
                               entitlements={"water": "yes", "fed": "yes", "exercised": "no"},
                               vulnerabilities=["stress"], issue_raised="Not exercised since yesterday morning.",
                               staff_response="Run booked for this afternoon.", resolved_during_visit=False),
            ConversationRecord(identifier="PD-0152", location="K5", consent=False, reason_not_seen="at_vet"),
        ],
        checks={"kennels": CheckRecord("issue", "housing_cleanliness", "Kennel 4's drain blocked."),
                "vehicles": CheckRecord("fine")},
        activities={"training": ActivityRecord(True, ["reward_toy", "verbal_praise"], "Search training, calm.")},
        officer_name="Rhian Pryce", officer_rank="Sergeant", officer_number="2210",
        officer_response="Will clear the drain today.", observations="Dogs calm and well kept.",
    )


def test_a_new_laptop_joins_the_dog_unit_and_its_signed_visit_verifies_at_the_office(
        dog_office, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    scheme_file = tmp_path / "northshire.icvscheme"
    scheme_file.write_bytes(export_scheme_file(dog_office.db, ROOT_PIN))
    data = tmp_path / "laptop"
    laptop = ["--data-dir", str(data)]
    assert main([*laptop, "init", "--name", "My laptop"]) == 0
    assert [p.kind for p in list_profiles(data)] == ["custody"]
    assert main([*laptop, "scheme", "join", str(scheme_file)]) == 0
    capsys.readouterr()
    assert main([*laptop, "schemes"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[1].split(maxsplit=1) == ["main", "Animal Welfare Scheme"]
    assert [(p.id, p.kind) for p in list_profiles(data)] == [("main", "dog_unit")]

    lap = open_profile(data, PASSPHRASE)
    try:
        assert (lap.config.kind, lap.scheme_name()) == ("dog_unit", "Northshire Animal Welfare")
        people = names_to_ids(lap, Volunteer)
        for name in PAIR:
            reply, issued_to = issue_certificate(dog_office.db, create_signing_key(lap.db, people[name], PINS[name]),
                                                 ROOT_PIN)
            assert issued_to == name and import_certificate(lap.db, reply) == name
        assert lap.config.kind == "dog_unit"  # the scheme file inside each certificate file keeps the kind
        vid = seal(lap, dog_visit(lap))
        assert load_visit(lap.db, vid).status == "sealed"
        path = export_submission(lap, vid, tmp_path / "dogs.icvsub")
        assert b"PD-0147" not in path.read_bytes()  # encrypted for the office's inbox
        sealed_here = signed_pdf(lap.db, vid)
    finally:
        lap.close()

    [result] = import_files(dog_office, [path])
    assert result.ok, result.message
    imported = load_visit(dog_office.db, result.visit_id)
    assert imported.status == "sealed" and imported.conversations[0].identifier == "PD-0147"
    assert imported.activities["training"].choices == ["reward_toy", "verbal_praise"]
    assert imported.count("at_unit").total == 9
    assert check_stored_visit(dog_office.db, result.visit_id).ok
    pdf = signed_pdf(dog_office.db, result.visit_id)
    assert pdf == sealed_here
    verdict = verdicts.verify_pdf_bytes(pdf, require_trust(dog_office.db))
    assert verdict.ok, verdict
    assert verify_chain(dog_office.db).ok
    with dog_office.db.session() as s:  # the office follows the issues up in the dog unit's own categories
        tracked = {(t.source, t.source_key): (t.category, t.escalation, t.status) for t in s.scalars(
            select(TrackedIssue).where(TrackedIssue.visit_id == result.visit_id))}
    assert tracked == {("conversation", "0"): ("welfare", "on_the_spot", "open"),
                       ("inspection", "kennels"): ("housing_cleanliness", "on_the_spot", "open")}
