"""A scheme kind is a definition file; each malformed one is refused on loading, naming what is wrong."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from icvapp.scheme.config import (
    DefinitionError,
    by_language,
    load_config,
    load_definition,
    parse_definition,
)
from icvapp.scheme.kinds import resource_text, scheme_kinds

COURT_CELLS = Path(__file__).parent / "kinds" / "court_cells.json"


def dog_unit() -> dict:
    return json.loads(resource_text("schemes", "dog_unit.json"))


def test_the_app_ships_custody_and_the_dog_unit():
    assert scheme_kinds() == ["custody", "dog_unit"]


def test_the_dog_unit_speaks_of_dogs_and_kennels_in_both_languages():
    config = load_config("dog_unit")
    assert (config.word("subjects"), config.word("location"), config.word("place", "cy")) == ("Dogs", "Kennel", "Uned cŵn")
    assert config.target_every == "month" and not config.has_requests and not config.has_groups
    assert config.root_stage == "at_unit" and config.ancestors("seen") == ["at_unit"]
    assert [c.key for c in config.activity("training").choices][:2] == ["reward_toy", "reward_food"]
    assert not config.has("allegation")


def test_custody_keeps_every_list_and_gains_its_words():
    config = load_config("custody")
    assert config.target_every == "week" and config.root_stage == "in_custody" and config.has("allegation")
    assert config.word("identifier") == "Custody number" and config.identifier_max_length == 40
    assert [g.key for g in config.count_groups] == ["female", "male", "juvenile"]
    assert config.activities == ()


def test_an_invented_kind_loads_from_any_file():
    config = load_definition(COURT_CELLS)
    assert (config.kind, config.target_every, config.word("place")) == ("court_cells", "fortnight", "Court")
    assert config.sum_parts("total") == ("adult", "youth")


def test_an_unknown_kind_is_refused_naming_the_known_ones():
    with pytest.raises(DefinitionError, match="no scheme definition for the kind 'prison'.*custody, dog_unit"):
        load_config("prison")


def test_a_file_that_is_not_json_is_refused_naming_it(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"kind": "x", ', "utf-8")
    with pytest.raises(DefinitionError, match="broken.json: not a JSON document"):
        load_definition(path)


def broken(change) -> dict:
    data = copy.deepcopy(dog_unit())
    change(data)
    return data


CASES = {
    "unknown entry": (lambda d: d.update(taget={"every": "week"}), "unknown entry 'taget'"),
    "missing list": (lambda d: d.pop("inspection_areas"), "'inspection_areas' is missing"),
    "empty list": (lambda d: d.update(inspection_areas=[]), "inspection_areas: the list is empty"),
    "duplicate key": (lambda d: d["subject_checks"].append(d["subject_checks"][0]), "'condition' is given twice"),
    "entry without key": (lambda d: d["modes"].append({"label": {"en": "x", "cy": "y"}}), r"modes\[1\]: an entry needs a key"),
    "label missing Welsh": (lambda d: d["subject_flags"][0]["label"].pop("cy"), "subject_flags.injury_or_illness: the label has no text in cy"),
    "blank Welsh label": (lambda d: d["words"]["place"].update(cy="  "), "words.place: the label has no text in cy"),
    "missing noun": (lambda d: d["words"].pop("identifier"), "the noun 'identifier' is missing"),
    "unknown noun": (lambda d: d["words"].update(prisoner={"en": "x", "cy": "y"}), "unknown noun 'prisoner'"),
    "unknown target": (lambda d: d.update(target={"every": "quarter"}), "'every' is one of week, fortnight, month"),
    "stage within a later stage": (lambda d: d["count_stages"][0].update(within="seen"), "must be a stage listed before it"),
    "stage within an unknown stage": (lambda d: d["count_stages"][1].update(within="kennelled"), "must be a stage listed before it"),
    "funnel names unknown stage": (lambda d: d["funnel_sums"][0].update(within="gone"), "funnel_sums"),
    "funnel of one stage": (lambda d: d["funnel_sums"][0].update(stages=["seen"]), "funnel_sums"),
    "four groups": (lambda d: d.update(count_groups=[{"key": k, "label": {"en": k, "cy": k}} for k in "abcd"]), "at most 3 groups"),
    "sum of unknown column": (lambda d: d.update(count_sums=[{"count": "total", "sum_of": ["a", "b"]}]), "is not a column"),
    "activity without choices": (lambda d: d["activities"][0].update(choices=[]), "activities.training: it offers no choices"),
    "two activities, one key": (lambda d: d["activities"].append(d["activities"][0]), "each activity needs a key of its own"),
    "identifier too long for storage": (lambda d: d.update(identifier={"max_length": 41}), "between 1 and 40"),
    "identifier of no length": (lambda d: d.update(identifier={"max_length": 0}), "between 1 and 40"),
    "limit not a number": (lambda d: d["limits"].update(long_visit_minutes="long"), "each limit is a whole number"),
    "no English": (lambda d: d.update(languages=["cy"]), "English must be one of the languages"),
    "funnel sums an unknown stage": (lambda d: d["funnel_sums"][0]["stages"].__setitem__(0, "gone"), "funnel_sums"),
    "subject's issue in no category": (lambda d: d.update(subject_issue_category="nowhere"),
                                       "subject_issue_category: 'nowhere' is not one of the issue categories"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_malformed_definition_is_refused_with_the_reason(case):
    change, words = CASES[case]
    with pytest.raises(DefinitionError, match=words):
        parse_definition(broken(change))


@pytest.mark.parametrize("length", [1, 40])
def test_identifier_lengths_at_the_limits_are_accepted(length):
    assert parse_definition(broken(lambda d: d.update(identifier={"max_length": length}))).identifier_max_length == length


def test_three_groups_are_accepted():
    groups = [{"key": k, "label": {"en": k, "cy": k}} for k in "abc"]
    assert len(parse_definition(broken(lambda d: d.update(count_groups=groups))).count_groups) == 3


@pytest.mark.parametrize(("change", "reason"), [
    (lambda d: d.update(identifier={"max_length": 41}),
     "identifier: max_length is between 1 and 40 (the stored column's width)"),
    (lambda d: d.update(languages=["cy"]), "English must be one of the languages (it is what every label falls back to)"),
])
def test_a_refusal_says_exactly_why(change, reason):
    with pytest.raises(DefinitionError) as caught:
        parse_definition(broken(change))
    assert str(caught.value) == reason


def test_a_sum_of_several_unknown_columns_names_each():
    with pytest.raises(DefinitionError, match=r"count_sums: a, b is not a column"):
        parse_definition(broken(lambda d: d.update(count_sums=[{"count": "total", "sum_of": ["a", "b"]}])))


def test_a_damaged_shipped_definition_is_refused_naming_its_file(monkeypatch):
    monkeypatch.setattr("icvapp.scheme.config.resource_text", lambda *parts: "{ damaged")
    with pytest.raises(DefinitionError, match=r"^custody\.json: not a JSON document"):
        load_config("custody")


def test_the_refusal_names_the_file(tmp_path):
    path = tmp_path / "kind.json"
    path.write_text(json.dumps(broken(lambda d: d.update(target={"every": "year"}))), "utf-8")
    with pytest.raises(DefinitionError, match=r"kind.json: target"):
        load_definition(path)


def test_a_kind_defined_outside_the_app_is_known_by_its_file_name(monkeypatch):
    monkeypatch.setenv("ICVAPP_SCHEME_KINDS", str(COURT_CELLS.parent))
    assert scheme_kinds() == ["court_cells", "custody", "dog_unit"]
    assert load_config("court_cells").word("subject") == "Defendant"


def test_a_kind_outside_the_app_cannot_replace_a_shipped_one(monkeypatch, tmp_path):
    (tmp_path / "custody.json").write_text(json.dumps(dog_unit()), "utf-8")
    monkeypatch.setenv("ICVAPP_SCHEME_KINDS", str(tmp_path))
    assert load_config("custody").word("subject") == "Detainee"


def test_a_file_naming_another_kind_is_refused(monkeypatch, tmp_path):
    (tmp_path / "kennels.json").write_text(json.dumps(dog_unit()), "utf-8")
    monkeypatch.setenv("ICVAPP_SCHEME_KINDS", str(tmp_path))
    with pytest.raises(DefinitionError, match="kennels.json: it defines the kind 'dog_unit'"):
        load_config("kennels")


# ------------------------------------------------------------------ what a definition gives, value by value
# (each of these failed on a mutant of parse_definition that the refusal tests above let through)


def test_the_limits_and_defaults_are_read_as_written():
    custody, dogs = load_config("custody"), load_config("dog_unit")
    assert (custody.long_visit_minutes, custody.admission_delay_minutes, custody.issue_overdue_days) == (240, 30, 28)
    assert (dogs.long_visit_minutes, dogs.admission_delay_minutes, dogs.issue_overdue_days) == (180, 30, 28)
    assert dogs.funnel_sums == ((("seen", "not_seen"), "at_unit"),) and dogs.default_language == "en"
    assert dogs.visit_noun() == "animal welfare visit" and dogs.visit_noun("cy") == "ymweliad lles anifeiliaid"
    assert dogs.visit_noun(None) == "animal welfare visit" and dogs.visit_noun("fr") == "animal welfare visit"


def test_what_a_definition_leaves_out_takes_its_default():
    def bare(d):
        for entry in ("identifier", "visit_noun", "count_sums", "funnel_sums", "default_language"):
            d.pop(entry, None)
        d["limits"].pop("issue_overdue_days")
        d["languages"] = ["cy", "en"]

    config = parse_definition(broken(bare))
    assert (config.identifier_max_length, config.issue_overdue_days, config.count_sums, config.funnel_sums) == (
        40, 28, (), ())
    assert config.visit_noun() == "" and config.default_language == "cy"  # the first language named


def test_a_definition_names_its_own_overdue_days_and_the_category_of_a_subjects_issue():
    def own(d):
        d["limits"]["issue_overdue_days"] = 21  # not the default (28), which both shipped kinds give
        d["subject_issue_category"] = "welfare"

    config = parse_definition(broken(own))
    assert (config.issue_overdue_days, config.subject_issue_category) == (21, "welfare")
    assert load_config("custody").subject_issue_category == "detainee_welfare"
    assert load_config("dog_unit").subject_issue_category is None


def test_a_definition_that_names_no_languages_is_in_english_alone():
    data = json.loads(COURT_CELLS.read_text("utf-8"))
    data.pop("languages")
    assert parse_definition(data).languages == ("en",)


def test_nouns_and_labels_fall_back_to_english():
    dogs, court = load_config("dog_unit"), load_definition(COURT_CELLS)
    assert dogs.word("allegation") == "" and dogs.word("allegation", "cy") == ""
    assert court.word("subject", "cy") == "Defendant" and court.word("subject", None) == "Defendant"
    training = dogs.activity("training")
    assert (training.label_in("cy"), training.label_in(None), training.label_in("fr")) == (
        "Hyfforddiant a welwyd", "Training observed", "Training observed")
    assert dogs.activity("grooming") is None and dogs.sum_parts("total") == ()
    assert dogs.offers("cy") and not court.offers("cy")


def test_a_label_without_english_reads_its_first_language():
    assert by_language({"cy": "Cenel"}) == ("Cenel", (("cy", "Cenel"),))
    assert by_language({}) == ("", ())


MORE_CASES = {
    "not an object": (lambda d: None, [], "a definition is a JSON object"),
    "stage within itself": (lambda d: d["count_stages"][1].update(within="seen"), None,
                            "count_stages.seen: it lies within 'seen', which must be a stage listed before it"),
    "entry not an object": (lambda d: d["modes"].append("in_person"), None, r"modes\[1\]: an entry needs a key"),
    "key not text": (lambda d: d["modes"].append({"key": 7, "label": {"en": "x", "cy": "y"}}), None,
                     r"modes\[1\]: an entry needs a key"),
    "words not an object": (lambda d: d.update(words=["place"]), None, "words: an object of nouns"),
    "plain label in two languages": (lambda d: d["modes"][0].update(label="In person"), None,
                                     "modes.in_person: a label is an object of texts by language"),
    "English missing from a plural label": (lambda d: d["subject_flags"][0]["label"].pop("en"), None,
                                            "subject_flags.injury_or_illness: the label has no text in en"),
    "both languages missing": (lambda d: d["words"].update(place={}), None,
                               "words.place: the label has no text in en, cy"),
    "activity choice without Welsh": (lambda d: d["activities"][0]["choices"][0]["label"].pop("cy"), None,
                                      "activities.training.choices.reward_toy: the label has no text in cy"),
    "activity label without Welsh": (lambda d: d["activities"][0]["label"].pop("cy"), None,
                                     "activities.training: the label has no text in cy"),
    "title without Welsh": (lambda d: d["title"].pop("cy"), None, "title: the label has no text in cy"),
    "visit noun without Welsh": (lambda d: d["visit_noun"].pop("cy"), None, "visit_noun: the label has no text in cy"),
    "funnel without stages": (lambda d: d["funnel_sums"][0].pop("stages"), None, "funnel_sums"),
}


@pytest.mark.parametrize("case", MORE_CASES)
def test_more_malformed_definitions_are_refused_with_the_whole_reason(case):
    change, replacement, words = MORE_CASES[case]
    data = replacement if replacement is not None else broken(change)
    with pytest.raises(DefinitionError, match=f"^{words}"):
        parse_definition(data)


def test_an_english_only_definition_may_write_plain_labels():
    court = json.loads(COURT_CELLS.read_text("utf-8"))
    court["modes"] = [{"key": "in_person", "label": "In person"}]
    assert parse_definition(court).label("modes", "in_person") == "In person"


def test_empty_and_unrelated_entries_in_the_kinds_folder_are_ignored(monkeypatch, tmp_path):
    (tmp_path / "notes.txt").write_text("not a kind", "utf-8")
    monkeypatch.setenv("ICVAPP_SCHEME_KINDS", f"{tmp_path}::{COURT_CELLS.parent}")
    assert scheme_kinds() == ["court_cells", "custody", "dog_unit"]
    assert load_definition(str(COURT_CELLS)).kind == "court_cells"
