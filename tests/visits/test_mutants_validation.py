"""Visit rules at their limits, and the order problems are listed in (written against mutation survivors).

Each limit of the scheme (custody.json's ``limits``) is tried one below, at and one above: a value at
the limit is fine, only a value past it is flagged.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from icvapp.scheme.config import load_config
from icvapp.visits.record import CheckRecord, ConversationRecord, CountRow, VisitRecord
from icvapp.visits.validation import ERROR, WARNING, Context, PlaceInfo, errors, validate

CONFIG = load_config()
TODAY = dt.date(2026, 11, 23)
CTX = Context(config=CONFIG, places={1: PlaceInfo("Beaumont Leys", True)}, today=TODAY)
ARRIVAL = dt.datetime(2026, 11, 20, 20, 0)


def visit(**changes) -> VisitRecord:
    rec = VisitRecord(
        place_id=1, visit_date=dt.date(2026, 11, 20), visitor_a_id=10, visitor_b_id=11,
        arrival=ARRIVAL.time(), admitted=dt.time(20, 5), departure=dt.time(21, 30), rating="satisfactory",
        counts={"in_custody": CountRow(6), "offered": CountRow(5), "seen": CountRow(3), "declined": CountRow(2)},
        conversations=[ConversationRecord(identifier="BL/1/26", consent=True)],
    )
    for k, v in changes.items():
        setattr(rec, k, v)
    return rec


def at(minutes: int) -> dt.time:
    return (ARRIVAL + dt.timedelta(minutes=minutes)).time()


def flagged(rec: VisitRecord, field: str, severity: str) -> list[str]:
    return [p.message for p in validate(rec, CTX) if p.field == field and p.severity == severity]


@pytest.mark.parametrize(("delta", "warned"), [(-1, False), (0, False), (1, True)])  # below, at, above
def test_an_admission_delay_is_a_finding_only_past_the_limit(delta, warned):
    limit = CONFIG.admission_delay_minutes
    rec = visit(admitted=at(limit + delta), departure=at(limit + 60))
    found = flagged(rec, "admitted", WARNING)
    assert bool(found) is warned, found
    if warned:
        assert found == [(f"You waited {limit + delta} minutes to be admitted. A delay over {limit} minutes is a "
                         "finding: tick 'Record the admission delay as a finding' to include it in the report.")]


@pytest.mark.parametrize(("delta", "warned"), [(-1, False), (0, False), (1, True)])  # below, at, above
def test_a_visit_is_unusually_long_only_past_the_limit(delta, warned):
    limit = CONFIG.long_visit_minutes
    rec = visit(departure=at(limit + delta), past_midnight=(ARRIVAL + dt.timedelta(minutes=limit + delta)).day
                != ARRIVAL.day)
    found = flagged(rec, "departure", WARNING)
    assert bool(found) is warned, found
    assert errors(validate(rec, CTX)) == []


@pytest.mark.parametrize(("days", "refused"), [(-1, False), (0, False), (1, True)])  # yesterday, today, tomorrow
def test_a_visit_date_is_refused_only_after_today(days, refused):
    rec = visit(visit_date=TODAY + dt.timedelta(days=days), arrival=dt.time(0, 0), admitted=dt.time(0, 1),
                departure=dt.time(0, 2))
    assert flagged(rec, "visit_date", ERROR) == (["The visit date 24 Nov 2026 is in the future."] if refused else [])


@pytest.mark.parametrize(("minutes", "refused"), [(-1, True), (0, False), (1, False)])
def test_admitted_may_be_the_minute_of_arrival_but_not_before(minutes, refused):
    assert bool(flagged(visit(admitted=at(minutes)), "admitted", ERROR)) is refused


@pytest.mark.parametrize(("minutes", "refused"), [(-1, True), (0, False), (1, False)])
def test_departure_may_be_the_minute_of_arrival_but_not_before(minutes, refused):
    rec = visit(admitted=None, departure=at(minutes))
    assert bool(flagged(rec, "departure", ERROR)) is refused


@pytest.mark.parametrize(("minutes", "refused"), [(4, True), (5, False), (6, False)])
def test_departure_may_be_the_minute_of_admission_but_not_before(minutes, refused):
    found = flagged(visit(admitted=at(5), departure=at(minutes)), "departure", ERROR)
    assert bool(found) is refused
    if refused:
        assert found == ["Departure (20:04) is before the time you were admitted (20:05)."]


def test_a_suite_that_no_longer_exists_is_named_as_gone():
    found = validate(visit(place_id=99), CTX)
    assert [(p.field, p.message, p.severity, p.missing) for p in found] == [
        ("place", "The chosen suite no longer exists; choose another.", ERROR, False)]


def test_a_missing_suite_is_asked_for_in_these_words():
    found = [p for p in validate(visit(place_id=None), CTX) if p.field == "place"]
    assert [(p.message, p.missing) for p in found] == [("Choose the custody suite you visited.", True)]


def test_errors_come_before_warnings_whatever_the_form_order():
    # The long-visit warning comes from the times, ahead of the counts in form order; the count error
    # must still be listed first.
    rec = visit(departure=at(CONFIG.long_visit_minutes + 30), past_midnight=True,
                counts={"in_custody": CountRow(6, 1, 1, 1)})
    found = validate(rec, CTX)
    assert [p.severity for p in found] == [ERROR, WARNING], found
    assert [p.field for p in found] == ["counts.in_custody.total", "departure"]


def test_within_errors_and_within_warnings_the_form_order_is_kept():
    rec = visit(place_id=None, visitor_b_id=None, admitted=at(CONFIG.admission_delay_minutes + 5),
                departure=at(CONFIG.long_visit_minutes + 30), past_midnight=True,
                conversations=[ConversationRecord(identifier="X1"), ConversationRecord(identifier="X1")])
    found = validate(rec, CTX)
    assert [(p.field, p.severity) for p in found] == [
        ("place", ERROR), ("visitor_b", ERROR),
        ("departure", WARNING), ("admitted", WARNING), ("conversations.1.identifier", WARNING)]


#: Words of the English messages that no Welsh sentence uses.
ENGLISH_ONLY = {"the", "is", "you", "your", "was", "of", "to", "be", "but", "more", "than", "only", "and", "visit",
                "enter", "choose", "time", "say", "conversation", "custody", "offered", "seen", "declined",
                "female", "male", "juvenile", "count", "issue", "number", "detainee", "before", "after", "whether",
                "nov", "now", "later"}

WELSH_CTX = Context(config=CONFIG, places={1: PlaceInfo("Beaumont Leys", True), 2: PlaceInfo("Old Suite", False)},
                    today=TODAY)

#: One visit for each problem validation can report (changes to the good visit above).
EVERY_PROBLEM = [
    {"place_id": None}, {"place_id": 99}, {"place_id": 2},
    {"visit_date": None}, {"visit_date": TODAY + dt.timedelta(days=1)},
    {"visitor_a_id": None}, {"visitor_b_id": None}, {"visitor_b_id": 10},
    {"outcome": "abandoned", "abandon_reason": None}, {"rating": None},
    {"arrival": None}, {"departure": None},
    {"admitted": dt.time(19, 50)}, {"admitted": None, "departure": dt.time(19, 0)},
    {"admitted": dt.time(20, 30), "departure": dt.time(20, 10)},
    {"departure": dt.time(0, 9), "past_midnight": True},  # 249 minutes: 4.15 hours, shown as 4.2
    {"admitted": dt.time(20, 45)},
    {"counts": {"in_custody": CountRow(-1)}},
    {"counts": {"in_custody": CountRow(6, 1, 1, 1)}},
    {"counts": {"in_custody": CountRow(2, 3, None, None)}},
    {"counts": {"in_custody": CountRow(4), "offered": CountRow(5)}},
    {"counts": {"in_custody": CountRow(9), "offered": CountRow(5), "seen": CountRow(3), "declined": CountRow(3)}},
    {"counts": {"in_custody": CountRow(3, 1, 1, 1), "offered": CountRow(3, 2, 1, 0)}},
    {"counts": {}},
    {"conversations": [ConversationRecord(location="3", consent=True)]},
    {"conversations": [ConversationRecord(identifier="X1"), ConversationRecord(identifier="X1")]},
    {"conversations": [ConversationRecord(identifier="X1", consent=False)]},
    {"conversations": [ConversationRecord(identifier="X1", issue_raised="No blanket")]},
    {"checks": {"cells": CheckRecord(status="issue")}},
]


@pytest.mark.parametrize("changes", EVERY_PROBLEM)
def test_every_problem_is_worded_in_welsh_when_asked(changes):
    rec = visit(**changes)
    english, welsh = validate(rec, WELSH_CTX), validate(rec, WELSH_CTX, "cy")
    assert english, "each case makes at least one problem"
    assert [(p.field, p.severity, p.missing) for p in welsh] == [(p.field, p.severity, p.missing) for p in english]
    for en, cy in zip(english, welsh, strict=True):
        assert cy.message != en.message, f"not translated: {en.message}"
        # A sentence left in English, with only a date or a name in Welsh, still differs: look for English words.
        assert not set(re.findall(r"[a-z]+", cy.message.lower())) & ENGLISH_ONLY, cy.message


def test_messages_are_english_unless_another_language_is_asked_for():
    rec = visit(place_id=None, checks={"cells": CheckRecord(status="issue")})
    assert [p.message for p in validate(rec, WELSH_CTX)] == [p.message for p in validate(rec, WELSH_CTX, "en")] == [
        "Choose the custody suite you visited.", "Describe the issue found in this area."]


def test_a_blank_visit_asks_for_each_required_field_by_name_and_holds_them_back_as_missing():
    found = [(p.field, p.message, p.severity, p.missing) for p in validate(VisitRecord(), CTX)]
    assert found == [
        ("place", "Choose the custody suite you visited.", ERROR, True),
        ("visit_date", "Enter the date of the visit.", ERROR, True),
        ("visitor_a", "Choose the first visitor.", ERROR, True),
        ("visitor_b", ("Choose the second visitor (visits are made in pairs), or explain in the note why one visitor "
                      "was alone."), ERROR, True),
        ("rating", "Rate the visit: satisfactory or unsatisfactory.", ERROR, True),
        ("arrival", "Enter the time you arrived at the suite.", ERROR, True),
        ("counts.in_custody.total", "Enter how many people were in custody (0 if the cells were empty).", ERROR,
         True),
    ]


def test_a_missing_departure_is_asked_for_once_arrival_is_given():
    found = [(p.field, p.message, p.missing) for p in validate(visit(departure=None), CTX)]
    assert found == [("departure", "Enter the time you left the suite.", True)]


ENGLISH = [
    ("place", ERROR, "Choose the custody suite you visited."),
    ("place", ERROR, "The chosen suite no longer exists; choose another."),
    ("place", ERROR, ("Old Suite is not an active suite; choose the suite you visited, or ask the co-ordinator to "
                     "reactivate it.")),
    ("visit_date", ERROR, "Enter the date of the visit."),
    ("visit_date", ERROR, "The visit date 24 Nov 2026 is in the future."),
    ("visitor_a", ERROR, "Choose the first visitor."),
    ("visitor_b", ERROR, ("Choose the second visitor (visits are made in pairs), or explain in the note why one "
                         "visitor was alone.")),
    ("visitor_b", ERROR, "The same person is chosen as both visitors; choose two different people."),
    ("abandon_reason", ERROR, "Say why the visit was abandoned."),
    ("rating", ERROR, "Rate the visit: satisfactory or unsatisfactory."),
    ("arrival", ERROR, "Enter the time you arrived at the suite."),
    ("departure", ERROR, "Enter the time you left the suite."),
    ("admitted", ERROR, ("Time admitted (19:50) is before arrival (20:00). If the visit went past midnight, tick "
                        "'Visit went past midnight'.")),
    ("departure", ERROR, ("Departure (19:00) is before arrival (20:00). If you left after midnight, tick 'Visit went "
                         "past midnight'.")),
    ("departure", ERROR, "Departure (20:10) is before the time you were admitted (20:30)."),
    ("departure", WARNING, ("This visit lasted 4.2 hours, which is unusually long. Check the arrival and departure "
                           "times.")),
    ("admitted", WARNING, ("You waited 45 minutes to be admitted. A delay over 30 minutes is a finding: tick 'Record "
                          "the admission delay as a finding' to include it in the report.")),
    ("counts.in_custody.total", ERROR, "In custody: a count cannot be negative."),
    ("counts.in_custody.total", ERROR, "In custody: female 1 + male 1 + juvenile 1 = 3, but the total is 6."),
    ("counts.in_custody.total", ERROR, "In custody: the split adds up to 3, more than the total of 2."),
    ("counts.offered.total", ERROR, "5 offered a visit, but only 4 in custody."),
    ("counts.seen.total", ERROR, "Accepted and seen (3) + declined (3) = 6, more than the 5 offered a visit."),
    ("counts.offered.female", ERROR, "Female: 2 offered a visit, but only 1 in custody."),
    ("counts.in_custody.total", ERROR, "Enter how many people were in custody (0 if the cells were empty)."),
    ("conversations.0.identifier", ERROR, ("Conversation 1: enter the detainee's custody number (never their "
                                              "name).")),
    ("conversations.1.identifier", WARNING, "Conversation 2: custody number X1 is already used in conversation 1."),
    ("conversations.0.reason_not_seen", WARNING, "Conversation 1: say why the detainee was not seen."),
    ("conversations.0.resolved_during_visit", WARNING, ("Conversation 1: say whether the issue was resolved during "
                                                       "the visit.")),
    ("checks.cells.note", WARNING, "Describe the issue found in this area."),
]


@pytest.mark.parametrize(("changes", "expected"), list(zip(EVERY_PROBLEM, ENGLISH, strict=True)))
def test_every_problem_is_worded_exactly(changes, expected):
    assert [(p.field, p.severity, p.message) for p in validate(visit(**changes), WELSH_CTX)] == [expected]


def test_a_departure_later_than_now_on_a_visit_dated_today_is_queried():
    today = dt.date.today()
    ctx = Context(config=CONFIG, places=CTX.places, today=today)
    # Leaving after midnight tonight is always later than now.
    late = visit(visit_date=today, arrival=dt.time(23, 0), admitted=dt.time(23, 5), departure=dt.time(0, 30),
                 past_midnight=True)
    assert [(p.field, p.message) for p in validate(late, ctx) if p.severity == WARNING] == [
        ("departure", "The departure time is later than now.")]
    [welsh] = [p.message for p in validate(late, ctx, "cy") if p.severity == WARNING]
    assert not set(re.findall(r"[a-z]+", welsh.lower())) & ENGLISH_ONLY, welsh
    # Leaving one minute after midnight this morning never is.
    early = visit(visit_date=today, arrival=dt.time(0, 0), admitted=dt.time(0, 0), departure=dt.time(0, 1))
    assert validate(early, ctx) == []


def test_only_a_visit_dated_today_is_compared_with_the_clock():
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    ctx = Context(config=CONFIG, places=CTX.places, today=tomorrow + dt.timedelta(days=1))
    assert validate(visit(visit_date=tomorrow), ctx) == []


def test_a_departure_a_few_minutes_ago_is_not_queried():
    left = (dt.datetime.now() - dt.timedelta(minutes=3)).replace(second=0, microsecond=0)
    ctx = Context(config=CONFIG, places=CTX.places, today=left.date())
    rec = visit(visit_date=left.date(), arrival=left.time(), admitted=left.time(), departure=left.time())
    assert validate(rec, ctx) == []


def test_an_abandoned_visit_without_its_reason_is_held_back_as_missing():
    found = [(p.field, p.missing) for p in validate(visit(outcome="abandoned", abandon_reason=None, rating=None), CTX)]
    assert found == [("abandon_reason", True)]


def test_a_blank_conversation_is_skipped_and_the_next_one_still_checked():
    rec = visit(conversations=[ConversationRecord(), ConversationRecord(location="3", consent=True)])
    assert [p.field for p in validate(rec, CTX)] == ["conversations.1.identifier"]


def test_an_area_checked_fine_needs_no_note():
    rec = visit(checks={"cells": CheckRecord(status="fine"), "kitchen": CheckRecord(status="issue", note="Dirty")})
    assert validate(rec, CTX) == []


@pytest.mark.parametrize(("row", "message"), [
    (CountRow(-1), "old_stage: a count cannot be negative."),
    (CountRow(6, 1, 1, 1), "old_stage: female 1 + male 1 + juvenile 1 = 3, but the total is 6."),
    (CountRow(2, 3, None, None), "old_stage: the split adds up to 3, more than the total of 2."),
])
def test_a_count_of_a_stage_the_scheme_no_longer_lists_is_named_by_its_key(row, message):
    counts = {"in_custody": CountRow(6), "old_stage": row}
    assert [(p.field, p.message) for p in validate(visit(counts=counts), CTX)] == [("counts.old_stage.total", message)]


@pytest.mark.parametrize(("departure", "warned"), [
    (dt.time(21, 4), False), (dt.time(21, 5), False), (dt.time(21, 6), True)])  # below, at, above now + 5 minutes
def test_a_departure_is_later_than_now_only_past_five_minutes_ahead_of_the_clock(departure, warned):
    now = dt.datetime(2026, 11, 23, 21, 0)
    ctx = Context(config=CONFIG, places=CTX.places, today=now.date(), now=now)
    rec = visit(visit_date=now.date(), arrival=dt.time(20, 0), admitted=dt.time(20, 5), departure=departure)
    found = [(p.field, p.message) for p in validate(rec, ctx) if p.severity == WARNING]
    assert found == ([("departure", "The departure time is later than now.")] if warned else [])


def test_the_clock_is_read_when_validating_unless_one_is_given():
    assert Context(config=CONFIG, places=CTX.places, today=TODAY).now is None
    # A visit dated today on a clock set at 18:00 that day: a 21:06 departure is still to come.
    rec = visit(visit_date=TODAY, arrival=dt.time(20, 0), admitted=dt.time(20, 5), departure=dt.time(21, 6))
    at_six = Context(config=CONFIG, places=CTX.places, today=TODAY, now=dt.datetime(2026, 11, 23, 18, 0))
    assert [p.message for p in validate(rec, at_six) if p.severity == WARNING] == [
        "The departure time is later than now."]
    # The computer's clock is days past 23 November 2026 by the time this runs, so it is not.
    assert dt.datetime.now() > dt.datetime(2026, 11, 23, 21, 11)
    assert [p.message for p in validate(rec, CTX) if p.severity == WARNING] == []
