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
from icvapp.visits.record import ActivityRecord, CheckRecord, ConversationRecord, CountRow, VisitRecord

DOG = load_config("dog_unit")
CUSTODY = load_config("custody")
PARTS = SealedParts(Party("scheme-uid", "Animal Welfare Scheme"), Party("unit-uid", "Force Dog Unit"),
                    [Party("a-uid", "Amrit Sandhu"), Party("b-uid", "Zoë Ó Briain")], 1, None, None)


def dog_document() -> dict:
    rec = VisitRecord(
        uid="dog-visit", visit_date=dt.date(2026, 11, 2), arrival=dt.time(10, 5), departure=dt.time(11, 30),
        rating="satisfactory", counts={"at_unit": CountRow(6), "seen": CountRow(4), "not_seen": CountRow(2)},
        conversations=[ConversationRecord(custody_number="PD-0417", cell="K3", consent=True,
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


def test_custody_counts_without_their_groups_are_refused():
    doc = dog_document()
    del doc["kind"], doc["activities"]
    doc["conversations"][0] |= {"allegation": False, "requests": []}
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
    (lambda d: d["conversations"][0].update(allegation=True),
     "'conversations[0].allegation' is not part of this kind of visit"),
    (lambda d: d["conversations"][0].update(requests=["solicitor"]),
     "'conversations[0].requests' is not part of this kind of visit"),
    (lambda d: d["conversations"][0].update(custody_number="X" * 21), "'conversations[0].custody_number' is too long"),
])
def test_a_forged_dog_unit_document_is_refused_with_the_reason(forge, reason):
    doc = dog_document()
    forge(doc)
    assert reason in refused(doc)


def test_a_dog_identifier_at_the_limit_is_read():
    doc = dog_document()
    doc["conversations"][0]["custody_number"] = "X" * 20
    assert document_to_record(doc, DOG)[0].conversations[0].custody_number == "X" * 20


def test_a_document_of_another_kind_than_the_profiles_is_refused():
    assert "belongs to another kind of scheme (dog_unit) than this one (custody)" in refused(dog_document(), CUSTODY)
    doc = dog_document()
    del doc["kind"]  # now it claims to be custody's
    assert "belongs to another kind of scheme (custody) than this one (dog_unit)" in refused(doc)


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
    doc = dog_document()
    del doc["kind"]
    doc["counts"] = {}
    doc["conversations"][0] |= {"allegation": False, "requests": []}
    assert "'activities.training' is not an activity this kind of visit records" in refused(doc, None)
