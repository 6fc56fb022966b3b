"""A scheme configuration carries a label in each language it offers; English stays the default."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from icvapp.scheme.config import by_language, load_config

LISTS = ("modes", "abandon_reasons", "count_stages", "count_groups", "reasons_not_seen", "subject_checks",
         "subject_flags", "request_categories", "inspection_areas", "inspection_categories", "issue_categories",
         "escalation_levels")


def raw() -> dict:
    return json.loads(resources.files("icvapp.resources").joinpath("schemes", "custody.json").read_text("utf-8"))


def test_the_custody_scheme_offers_english_and_welsh_with_english_first():
    config = load_config()
    assert config.languages == ("en", "cy") and config.default_language == "en"
    assert config.title == "Independent Custody Visiting"
    assert config.title_in("cy") == "Ymweliadau Annibynnol â Dalfeydd"


@pytest.mark.parametrize("list_name", LISTS)
def test_every_label_is_written_in_every_language_the_scheme_offers(list_name):
    data = raw()
    for choice in data[list_name]:
        assert set(choice["label"]) == set(data["languages"]), choice["key"]
        assert all(text.strip() for text in choice["label"].values()), choice["key"]


def test_labels_in_each_language_and_english_by_default():
    config = load_config()
    assert config.label("modes", "telephone") == "Telephone monitoring"  # every existing caller
    assert config.label("modes", "telephone", "cy") == "Monitro dros y ffôn"
    assert config.label("request_categories", "medical", "cy") == "Meddyg neu nyrs"
    assert config.label("modes", "telephone", "fr") == "Telephone monitoring"  # a language the scheme lacks
    assert config.label("modes", "carrier_pigeon", "cy") == "carrier_pigeon"  # an unknown key prints as stored
    assert config.label("modes", None, "cy") == ""
    assert [c.label for c in config.count_stages][:2] == ["In custody", "Not available"]


def test_a_label_may_still_be_one_english_text():
    """A scheme file written before languages keeps working."""
    assert by_language("In person") == ("In person", (("en", "In person"),))
    assert by_language({"cy": "Yn bersonol", "en": "In person"})[0] == "In person"


def test_welsh_labels_to_review_name_real_labels():
    data = raw()
    for entry in data["review_cy"]["labels"]:
        list_name, key = entry.split(".")
        assert key in [c["key"] for c in data[list_name]], entry
