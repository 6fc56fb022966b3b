"""A dog unit visit, end to end on a real profile: the form's record validates by the dog unit's definition,
is saved to SQLCipher and read back the same, is sealed by both visitors, and its signed document speaks of
dogs, not detainees."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from icvapp.profile.context import create_profile
from icvapp.scheme.config import load_definition
from icvapp.sealing.signoff import check_stored_visit
from icvapp.storage.encoding import canonical_json
from icvapp.storage.model import Place, Visit, Volunteer
from icvapp.visits.canonical import Party, SealedParts, build_document, document_to_record
from icvapp.visits.record import ActivityRecord, CheckRecord, ConversationRecord, CountRow, VisitRecord
from icvapp.visits.store import list_visits, load_visit, save_draft, validation_context
from icvapp.visits.validation import Context, PlaceInfo, validate
from tests.conftest import PASSPHRASE, PINS, ROOT_PIN
from tests.helpers import names_to_ids, seal

TODAY = dt.date(2026, 11, 23)
COURT_CELLS = load_definition(Path(__file__).parents[1] / "scheme" / "kinds" / "court_cells.json")
#: Custody's words a dog unit document must not carry, as a key or in a value.
CUSTODY_WORDS = ("female", "male", "juvenile", "custody", "detainee", "cell", "suite", "allegation", "requests")


@pytest.fixture
def dog_ctx(tmp_path):
    """An Animal Welfare Scheme profile (kind dog_unit) with its dog unit, two visitors able to sign."""
    from icvapp.trust.enrolment import set_up_scheme_root
    from icvapp.trust.enrolment_files import enrol_here

    context = create_profile(tmp_path / "dogs", "passphrase", "Animal Welfare Scheme", PASSPHRASE, kind="dog_unit")
    with context.db.session() as s:
        s.add_all([Place(name="Force Dog Unit, Enderby", locations=12), Volunteer(name="Amrit Sandhu"),
                   Volunteer(name="Zoë Ó Briain")])
    set_up_scheme_root(context.db, ROOT_PIN)
    for name, vid in names_to_ids(context, Volunteer).items():
        enrol_here(context.db, vid, PINS[name], ROOT_PIN)
    yield context
    context.close()


def dog_visit(ctx) -> VisitRecord:
    """Six dogs at the unit, four seen (two recorded by identifier), a kennels finding and training observed."""
    places, people = names_to_ids(ctx, Place), names_to_ids(ctx, Volunteer)
    return VisitRecord(
        place_id=places["Force Dog Unit, Enderby"], visit_date=dt.date(2026, 11, 2),
        visitor_a_id=people["Amrit Sandhu"], visitor_b_id=people["Zoë Ó Briain"],
        arrival=dt.time(10, 5), admitted=dt.time(10, 9), departure=dt.time(11, 30), rating="satisfactory",
        counts={"at_unit": CountRow(6), "seen": CountRow(4), "not_seen": CountRow(2)},
        conversations=[
            ConversationRecord(identifier="PD-0417", location="K3", consent=True,
                               entitlements={"condition": "yes", "water": "yes", "fed": "yes", "exercised": "yes",
                                             "health_record": "yes"},
                               vulnerabilities=["under_vet_care"], notes="Resting a paw injury; off duty this week."),
            ConversationRecord(identifier="PD-0522", location="K5", consent=True,
                               entitlements={"condition": "yes", "water": "no", "enrichment": "no"},
                               vulnerabilities=["stress"], issue_raised="Water bowl empty; pacing.",
                               staff_response="Bowl filled at once; toy given.", resolved_during_visit=True),
        ],
        checks={"kennels": CheckRecord("issue", "housing_cleanliness", "Kennel 5 drain blocked; standing water."),
                "vehicles": CheckRecord("fine"), "food_store": CheckRecord("fine")},
        activities={"training": ActivityRecord(observed=True, choices=["reward_toy", "verbal_praise"],
                                               note="Search training in the yard.")},
        officer_name="J. Hughes", officer_rank="Handler", officer_number="4410",
        officer_response="Drain to be cleared today.", observations="Calm unit; dogs well kept.",
    )


def words_in(doc) -> list[tuple[str, str]]:
    """Every (key, text value) in a document, at any depth."""
    out: list[tuple[str, str]] = []
    if isinstance(doc, dict):
        for key, value in doc.items():
            out.append((key, value if isinstance(value, str) else ""))
            out += words_in(value)
    elif isinstance(doc, list):
        for value in doc:
            out += [("", value)] if isinstance(value, str) else words_in(value)
    return out


def test_a_dog_unit_visit_validates_by_the_dog_units_definition(dog_ctx):
    assert dog_ctx.config.kind == "dog_unit"
    assert validate(dog_visit(dog_ctx), validation_context(dog_ctx.db, dog_ctx.config, TODAY)) == []


def test_a_dog_unit_visit_is_saved_and_read_back_the_same(dog_ctx):
    rec = save_draft(dog_ctx.db, dog_visit(dog_ctx))
    assert load_visit(dog_ctx.db, rec.id) == rec
    assert load_visit(dog_ctx.db, rec.id).activities["training"].choices == ["reward_toy", "verbal_praise"]
    (listed,) = list_visits(dog_ctx.db, config=dog_ctx.config)
    assert (listed.present, listed.seen, listed.conversations) == (6, 4, 2)  # dogs at the unit, seen, recorded


def test_a_sealed_dog_unit_visit_verifies_and_its_document_says_no_custody_word(dog_ctx):
    vid = seal(dog_ctx, dog_visit(dog_ctx))
    assert check_stored_visit(dog_ctx.db, vid).ok
    assert check_stored_visit(dog_ctx.db, vid, config=dog_ctx.config).ok
    with dog_ctx.db.session() as s:
        doc = json.loads(s.get(Visit, vid).sealed_record)
    assert doc["kind"] == "dog_unit"
    assert doc["counts"] == {"at_unit": [6], "seen": [4], "not_seen": [2]}  # totals only: the unit counts no groups
    assert doc["activities"] == {"training": {"observed": True, "choices": ["reward_toy", "verbal_praise"],
                                              "note": "Search training in the yard."}}
    assert doc["format"] == "icvapp-visit/2" and doc["place"]["name"] == "Force Dog Unit, Enderby"
    assert [(c["identifier"], c["location"]) for c in doc["subjects"]] == [("PD-0417", "K3"), ("PD-0522", "K5")]
    assert "allegation" not in doc["subjects"][0] and "requests" not in doc["subjects"][0]
    assert not [key for key, _ in words_in(doc) if any(w in key.lower() for w in CUSTODY_WORDS)]
    values = [value.lower() for _, value in words_in(doc) if value]
    assert not [v for v in values if any(w in v for w in CUSTODY_WORDS)]
    # Read back by the definition of the kind the document names, the record is the one signed.
    back, parts = document_to_record(doc)
    assert canonical_json(build_document(back, parts, dog_ctx.config)) == canonical_json(doc)


def test_a_dog_unit_visit_without_activities_leaves_them_out_of_its_document(dog_ctx):
    rec = dog_visit(dog_ctx)
    rec.activities = {"training": ActivityRecord()}  # shown on the form, nothing recorded
    doc = build_document(rec, SealedParts(Party("s", "Animal Welfare Scheme"), None, [Party("a", "A")], 1, None, None),
                         dog_ctx.config)
    assert "activities" not in doc
    rec = save_draft(dog_ctx.db, rec)
    assert load_visit(dog_ctx.db, rec.id).activities == {}


# --------------------------------------------------------------------------- a third kind: court cells


def court_visit(**changes) -> VisitRecord:
    rec = VisitRecord(
        uid="court-visit", place_id=1, visit_date=dt.date(2026, 11, 2), visitor_a_id=1, visitor_b_id=2,
        arrival=dt.time(9, 30), admitted=dt.time(9, 35), departure=dt.time(10, 40), rating="satisfactory",
        # Adult and youth are kept in the first two group columns, by position.
        counts={"held": CountRow(5, female=3, male=2), "spoken_to": CountRow(3, female=2, male=1),
                "in_court": CountRow(1, female=1, male=0)},
        conversations=[ConversationRecord(identifier="L-14", location="H2", consent=True,
                                          entitlements={"water": "yes"}, requests=["water"])],
        checks={"holding_rooms": CheckRecord("fine")})
    for key, value in changes.items():
        setattr(rec, key, value)
    return rec


COURT_CTX = Context(config=COURT_CELLS, places={1: PlaceInfo("Leicester Magistrates", True)}, today=TODAY)


def test_a_court_cells_visit_signs_adult_and_youth_and_reads_back_the_same():
    parts = SealedParts(Party("s", "Court Cells Visiting"), Party("c", "Leicester Magistrates"),
                        [Party("a", "A"), Party("b", "B")], 1, None, None)
    rec = court_visit()
    doc = json.loads(canonical_json(build_document(rec, parts, COURT_CELLS)))
    assert doc["counts"]["held"] == [5, 3, 2]  # [total, adult, youth]
    back, _ = document_to_record(doc, COURT_CELLS)
    assert back.counts == rec.counts and back.conversations == rec.conversations
    assert validate(rec, COURT_CTX) == []


def test_a_court_cells_visit_is_stored_and_read_back_the_same(ctx):
    rec = court_visit(uid=None, place_id=names_to_ids(ctx, Place)["Beaumont Leys"],
                      visitor_a_id=names_to_ids(ctx, Volunteer)["Amrit Sandhu"], visitor_b_id=None,
                      lone_visitor_note="Partner ill.")
    rec = save_draft(ctx.db, rec)
    assert load_visit(ctx.db, rec.id) == rec


def test_a_court_cells_total_is_checked_against_adult_plus_youth():
    rec = court_visit(counts={"held": CountRow(6, female=3, male=2)})
    assert [(p.field, p.message) for p in validate(rec, COURT_CTX)] == [
        ("counts.held.total", "Held: adult 3 + youth 2 = 5, but the total is 6.")]


def test_a_court_cells_group_breaking_the_funnel_is_named_by_its_own_label():
    rec = court_visit(counts={"held": CountRow(5, female=4, male=1), "spoken_to": CountRow(3, female=1, male=2)})
    assert [(p.field, p.message) for p in validate(rec, COURT_CTX)] == [
        ("counts.spoken_to.youth", "Youth: 2 spoken to, but only 1 held.")]


def test_a_sealed_dog_unit_visits_issues_take_the_dog_units_categories_and_words(dog_ctx):
    from icvapp.visits.issues import IssueFilter, list_issues

    seal(dog_ctx, dog_visit(dog_ctx))
    rows = {r.where: r for r in list_issues(dog_ctx.db, dog_ctx.config, IssueFilter(status=None), today=TODAY)}
    assert set(rows) == {"Dog 2 (kennel K5)", "Kennels"}
    categories, levels = ({c.key for c in getattr(dog_ctx.config, name)}
                          for name in ("issue_categories", "escalation_levels"))
    assert all(r.category in categories and r.escalation in levels for r in rows.values())
    assert rows["Dog 2 (kennel K5)"].category == "welfare"
    assert rows["Dog 2 (kennel K5)"].status == "closed"  # resolved on the spot
    said = " ".join(f"{r.where} {r.text}" for r in rows.values()).lower()
    assert not [w for w in CUSTODY_WORDS if w in said]
