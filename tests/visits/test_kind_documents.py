"""A signed document is read by its kind's definition: a file that claims to be a dog unit visit but carries
what the dog unit does not record — female/male/juvenile counts, an activity or a method it does not list, an
allegation, requests — is refused with the reason, before anything is written."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from icvapp.errors import InvalidInput
from icvapp.scheme.config import load_config
from icvapp.storage.encoding import canonical_json
from icvapp.visits.canonical import Party, SealedParts, build_document, document_config, document_to_record
from icvapp.visits.document_formats import FORMAT_1, FORMAT_2, changed_fields, in_format
from icvapp.visits.record import ActivityRecord, CheckRecord, ConversationRecord, CountRow, VisitRecord

DOG = load_config("dog_unit")
CUSTODY = load_config("custody")
PARTS = SealedParts(Party("scheme-uid", "Animal Welfare Scheme"), Party("unit-uid", "Force Dog Unit"),
                    [Party("a-uid", "Amrit Sandhu"), Party("b-uid", "Zoë Ó Briain")], 1, None, None)


def dog_document() -> dict:
    rec = VisitRecord(
        uid="dog-visit", visit_date=dt.date(2026, 11, 2), arrival=dt.time(10, 5), departure=dt.time(11, 30),
        rating="satisfactory", counts={"at_unit": CountRow(6), "seen": CountRow(4), "not_seen": CountRow(2)},
        conversations=[ConversationRecord(identifier="PD-0417", location="K3", consent=True,
                                          entitlements={"water": "yes"}, vulnerabilities=["stress"])],
        checks={"kennels": CheckRecord("issue", "housing_cleanliness", "Drain blocked.")},
        activities={"training": ActivityRecord(True, ["reward_toy"], "")})
    return json.loads(canonical_json(build_document(rec, PARTS, DOG)))


def refused(doc, config=DOG) -> str:
    with pytest.raises(InvalidInput) as caught:
        document_to_record(doc, config)
    return str(caught.value)


def test_a_dog_unit_document_reads_back_by_its_own_definition():
    doc = dog_document()
    for config in (DOG, None):  # the profile's definition, or the one the document names
        rec, parts = document_to_record(copy.deepcopy(doc), config)
        assert canonical_json(build_document(rec, parts, DOG)) == canonical_json(doc)
    assert document_config(doc) is document_config(dog_document())  # read once


def test_counts_for_groups_the_dog_unit_has_no_definition_of_are_refused():
    doc = dog_document()
    doc["counts"]["at_unit"] = [6, 3, 2, 1]  # total, "female", "male", "juvenile"
    assert "'counts.at_unit' is not [total]: this kind of visit counts no groups" in refused(doc)


def as_custody(doc: dict) -> dict:
    """``doc`` dressed as a custody document: format 1, no kind, a subject with custody's parts."""
    doc = in_format(doc, FORMAT_1)
    del doc["kind"]
    doc["conversations"][0] |= {"allegation": False, "requests": []}
    return doc


def test_custody_counts_without_their_groups_are_refused():
    doc = as_custody(dog_document())
    del doc["activities"]
    assert "'counts.at_unit' is not [total, female, male, juvenile]" in refused(doc, CUSTODY)


@pytest.mark.parametrize(("forge", "reason"), [
    (lambda d: d["activities"].update(swimming={"observed": True, "choices": [], "note": ""}),
     "'activities.swimming' is not an activity this kind of visit records"),
    (lambda d: d["activities"]["training"]["choices"].append("electric_collar"),
     "'activities.training.choices' names a choice the activity does not offer"),
    (lambda d: d["activities"]["training"]["choices"].append("reward_toy"),
     "'activities.training.choices' names a choice twice"),
    (lambda d: d["activities"]["training"].update(handler="PC Smith"),
     "'activities.training.handler' is not part of an activity"),
    (lambda d: d["activities"].update(training={"observed": None, "choices": [], "note": ""}),
     "'activities.training' is empty"),
    (lambda d: d.update(activities={}), "'activities' is empty"),
    (lambda d: d["activities"]["training"].update(observed="yes"), "'activities.training.observed' has the wrong type"),
    (lambda d: d["activities"]["training"].update(choices=[1]),
     "'activities.training.choices' names a choice the activity does not offer"),
    (lambda d: d["subjects"][0].update(allegation=True),
     "'subjects[0].allegation' is not part of this kind of visit"),
    (lambda d: d["subjects"][0].update(requests=["solicitor"]),
     "'subjects[0].requests' is not part of this kind of visit"),
    (lambda d: d["subjects"][0].update(identifier="X" * 21), "'subjects[0].identifier' is too long"),
    (lambda d: d["subjects"][0].update(custody_number="PD-0417"),
     "'subjects[0].custody_number' is not part of this format"),
    (lambda d: d["subjects"][0].update(dog_name="Rex"), "'subjects[0].dog_name' is not part of this format"),
    (lambda d: d["subjects"][0].pop("met"), "'subjects[0].met' is missing"),
    (lambda d: d.update(conversations=d.pop("subjects")), "'subjects' is missing"),
    (lambda d: d.update(suite=d.pop("place")), "'place' is missing"),
    (lambda d: d.update(format="icvapp-visit/3"), "not a visit record icvapp can read (format 'icvapp-visit/3')"),
])
def test_a_forged_dog_unit_document_is_refused_with_the_reason(forge, reason):
    doc = dog_document()
    forge(doc)
    assert reason in refused(doc)


def test_a_dog_identifier_at_the_limit_is_read():
    doc = dog_document()
    doc["subjects"][0]["identifier"] = "X" * 20
    assert document_to_record(doc, DOG)[0].conversations[0].identifier == "X" * 20


def test_a_document_of_another_kind_than_the_profiles_is_refused():
    assert "belongs to another kind of scheme (dog_unit) than this one (custody)" in refused(dog_document(), CUSTODY)
    doc = dog_document()
    del doc["kind"]  # now it claims to be custody's
    assert "belongs to another kind of scheme (custody) than this one (dog_unit)" in refused(doc)
    assert "'format' is not a format of this kind of visit" in refused(doc, CUSTODY)  # custody's are all format 1


@pytest.mark.parametrize(("kind", "reason"), [
    ("custody", "'kind' is not a scheme kind"),  # custody's documents leave their kind out
    ("", "'kind' is not a scheme kind"),
    (7, "'kind' is not a scheme kind"),
    ("cattery", "belongs to a kind of scheme this icvapp does not know (cattery)"),
])
def test_a_document_naming_no_known_kind_is_refused(kind, reason):
    doc = dog_document()
    doc["kind"] = kind
    assert reason in refused(doc, None)


def test_a_custody_document_carrying_activities_is_refused():
    doc = as_custody(dog_document())
    doc["counts"] = {}
    assert "'activities.training' is not an activity this kind of visit records" in refused(doc, None)


def test_a_new_dog_unit_document_speaks_of_places_and_subjects():
    doc = dog_document()
    assert doc["format"] == FORMAT_2 and doc["place"] == {"uid": "unit-uid", "name": "Force Dog Unit"}
    assert doc["subjects"] == [{"identifier": "PD-0417", "location": "K3", "met": True, "reason_not_seen": None,
                                "subject_checks": {"water": "yes"}, "subject_flags": ["stress"], "issue_raised": "",
                                "staff_response": "", "resolved_during_visit": None, "notes": ""}]
    assert not {"suite", "conversations"} & set(doc)


def test_a_dog_unit_document_signed_in_format_1_still_rebuilds_byte_for_byte():
    """Signed before format 2 existed: read, it keeps its format, so the visit rebuilds to what was signed."""
    old = in_format(dog_document(), FORMAT_1)
    assert old["suite"]["name"] == "Force Dog Unit" and old["conversations"][0]["custody_number"] == "PD-0417"
    rec, parts = document_to_record(copy.deepcopy(old), DOG)
    assert parts.format == FORMAT_1 and rec.conversations[0].identifier == "PD-0417"
    assert canonical_json(build_document(rec, parts, DOG)) == canonical_json(old)
    parts.format = ""  # a new document of the same visit is written in the kind's own format
    assert canonical_json(build_document(rec, parts, DOG)) == canonical_json(dog_document())


def test_a_custody_document_is_written_in_format_1_and_format_2_is_refused_for_it():
    rec = VisitRecord(uid="c", conversations=[ConversationRecord(identifier="BL/1/26", location="4", consent=True)])
    doc = json.loads(canonical_json(build_document(rec, PARTS, CUSTODY)))
    assert doc["format"] == FORMAT_1 and doc["conversations"][0]["custody_number"] == "BL/1/26"
    assert "'format' is not a format of this kind of visit" in refused(in_format(doc, FORMAT_2), CUSTODY)


def test_an_amendment_of_a_visit_signed_in_format_1_names_only_what_it_changes():
    old = in_format(dog_document(), FORMAT_1)
    new = dog_document()
    assert changed_fields(old, new) == []  # the same visit in two formats: nothing changed
    new["subjects"][0]["location"] = "K4"
    new["subjects"].append(dict(new["subjects"][0], identifier="PD-0522"))
    assert changed_fields(old, new) == ["subjects (1 → 2)", "subject 1"]
    custody_old = as_custody(dog_document())
    custody_new = copy.deepcopy(custody_old)
    custody_new["conversations"][0]["cell"] = "4"
    assert changed_fields(custody_old, custody_new) == ["conversation 1"]  # custody's amendments read as they did
