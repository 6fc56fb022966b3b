"""Validation works from the kind's definition: its root stage, its nouns, its identifier's length, its groups,
its activities, and only the parts of the form it has."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from icvapp.scheme.config import load_config
from icvapp.visits.record import ActivityRecord, CheckRecord, ConversationRecord, CountRow, VisitRecord
from icvapp.visits.validation import ERROR, WARNING, Context, PlaceInfo, validate

DOG = load_config("dog_unit")
CUSTODY = load_config("custody")
TODAY = dt.date(2026, 11, 23)
SUITES = {1: PlaceInfo("Force Dog Unit", True), 2: PlaceInfo("Old Kennels", False)}
DOG_CTX = Context(config=DOG, places=SUITES, today=TODAY)
CUSTODY_CTX = Context(config=CUSTODY, places=SUITES, today=TODAY)
#: Words no message about a dog unit visit may say.
CUSTODY_WORDS = ("suite", "custody", "detainee", "cell", "conversation", "solicitor", "sergeant")


def dog(**changes) -> VisitRecord:
    rec = VisitRecord(
        place_id=1, visit_date=dt.date(2026, 11, 2), visitor_a_id=1, visitor_b_id=2, arrival=dt.time(10, 5),
        admitted=dt.time(10, 9), departure=dt.time(11, 30), rating="satisfactory",
        counts={"at_unit": CountRow(3), "seen": CountRow(2), "not_seen": CountRow(1)},
        conversations=[ConversationRecord(identifier="PD-0417", location="K3", consent=True)],
        checks={"kennels": CheckRecord("fine")},
        activities={"training": ActivityRecord(True, ["reward_food"], "")})
    return dataclasses.replace(rec, **changes)


def custody(**changes) -> VisitRecord:
    return dataclasses.replace(dog(counts={"in_custody": CountRow(3, 1, 2, 0)}, activities={}), **changes)


def problems(rec, ctx=DOG_CTX, language="en") -> list[tuple[str, str, str]]:
    return [(p.field, p.severity, p.message) for p in validate(rec, ctx, language)]


def test_a_good_dog_unit_visit_has_no_problem():
    assert problems(dog()) == []


def test_the_dog_count_asked_for_is_the_root_stages_in_the_kinds_words():
    assert problems(dog(counts={})) == [
        ("counts.at_unit.total", ERROR, "Enter the number of dogs at the time of the visit (0 if there were none).")]
    assert "cŵn" in problems(dog(counts={}), language="cy")[0][2]  # the noun in the visit's language
    # Custody still asks in its own words.
    assert problems(custody(counts={}), CUSTODY_CTX) == [
        ("counts.in_custody.total", ERROR, "Enter how many people were in custody (0 if the cells were empty).")]


@pytest.mark.parametrize(("config", "ctx", "make"), [(DOG, DOG_CTX, dog), (CUSTODY, CUSTODY_CTX, custody)],
                         ids=["dog_unit", "custody"])
@pytest.mark.parametrize("over", [-1, 0, 1], ids=["below", "at", "above"])
def test_an_identifier_may_be_as_long_as_the_kind_allows_and_no_longer(config, ctx, make, over):
    length = config.identifier_max_length + over
    found = problems(make(conversations=[ConversationRecord(identifier="9" * length, consent=True)]), ctx)
    if over <= 0:
        assert found == []
    else:
        noun = "dog identifier" if config is DOG else "custody number"
        where = "Dog 1" if config is DOG else "Conversation 1"
        assert found == [("conversations.0.identifier", ERROR,
                          (f"{where}: the {noun} can be at most {config.identifier_max_length} characters long "
                          f"({length} entered)."))]


def test_the_limits_are_the_definitions():
    assert (DOG.identifier_max_length, CUSTODY.identifier_max_length) == (20, 40)


def test_a_dog_is_named_by_the_kinds_nouns():
    rec = dog(conversations=[ConversationRecord(location="K1", consent=True),
                             ConversationRecord(identifier="PD-1", consent=False),
                             ConversationRecord(identifier="PD-1", consent=True)])
    assert problems(rec) == [
        ("conversations.0.identifier", ERROR, "Dog 1: enter the dog identifier (never a name)."),
        ("conversations.1.reason_not_seen", WARNING, "Dog 2: say why the dog was not seen."),
        ("conversations.2.identifier", WARNING, "Dog 3: dog identifier PD-1 is already used for dog 2."),
    ]


def test_no_message_about_a_dog_unit_visit_says_a_custody_word():
    rec = dog(place_id=None, arrival=None, counts={}, conversations=[
        ConversationRecord(location="K1", consent=False, issue_raised="Limping.", allegation=True, requests=["x"]),
        ConversationRecord(identifier="D" * 21)])
    found = problems(rec) + problems(dog(place_id=2, departure=None)) + problems(dog(place_id=9))
    assert len(found) >= 9
    for language in ("en", "cy"):
        said = [m.lower() for _, _, m in problems(rec, language=language)]
        assert not [m for m in said if any(word in m for word in CUSTODY_WORDS)], said
    assert not [m for _, _, m in found if any(word in m.lower() for word in CUSTODY_WORDS)], found


def test_the_place_and_times_are_asked_for_without_custody_words():
    assert [m for _, _, m in problems(dog(place_id=None, arrival=None))] == [
        "Choose the place you visited.", "Enter the time you arrived."]
    assert [m for _, _, m in problems(dog(departure=None))] == ["Enter the time you left."]
    assert [m for _, _, m in problems(dog(place_id=9))] == ["The chosen place no longer exists; choose another."]
    assert [m for _, _, m in problems(dog(place_id=2))] == [
        "Old Kennels is no longer visited; choose the place you visited, or ask the co-ordinator to reactivate it."]


def test_an_allegation_and_requests_are_refused_where_the_kind_has_none():
    rec = dog(conversations=[ConversationRecord(identifier="PD-1", consent=True, allegation=True,
                                                requests=["refreshments"])])
    assert problems(rec) == [
        ("conversations.0.allegation", ERROR, "Dog 1: an allegation is not part of this kind of visit."),
        ("conversations.0.requests", ERROR, "Dog 1: requests are not part of this kind of visit."),
    ]
    assert problems(custody(conversations=rec.conversations), CUSTODY_CTX) == []


def test_activities_and_their_choices_are_the_definitions():
    rec = dog(activities={"training": ActivityRecord(True, ["reward_food", "electric_collar"], ""),
                          "swimming": ActivityRecord(True, [], "")})
    assert problems(rec) == [
        ("activities.training.choices", ERROR, "Training observed: 'electric_collar' is not one of its choices."),
        ("activities.swimming", ERROR, "This kind of visit records no activity called 'swimming'."),
    ]
    assert problems(custody(activities={"training": ActivityRecord(True)}), CUSTODY_CTX) == [
        ("activities.training", ERROR, "This kind of visit records no activity called 'training'.")]


def test_training_not_observed_with_methods_ticked_is_flagged():
    rec = dog(activities={"training": ActivityRecord(False, ["lead_correction"], "")})
    assert problems(rec) == [
        ("activities.training.choices", ERROR, ("Training observed: marked not observed, but methods are ticked. "
                                               "Untick them, or mark it observed."))]
    assert problems(dog(activities={"training": ActivityRecord(False, [], "Not training today.")})) == []


def test_the_dog_unit_funnel_holds_in_totals():
    rec = dog(counts={"at_unit": CountRow(3), "seen": CountRow(3), "not_seen": CountRow(1)})
    assert problems(rec) == [
        ("counts.seen.total", ERROR, "Seen (3) + not seen (1) = 4, more than the 3 dogs at the unit.")]
