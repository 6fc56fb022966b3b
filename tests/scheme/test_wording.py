"""A kind's own wording of the reports' and windows' sentences (``"wording"`` in its definition): read strictly, said in the
report's language, and never a dead entry."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from icvapp.i18n import translator
from icvapp.i18n.catalogue import parse_ts
from icvapp.scheme.config import DefinitionError, load_config, parse_definition, scheme_kinds
from icvapp.scheme.wording import WordingError, read_wording, worded

CUSTODY, DOG = load_config("custody"), load_config("dog_unit")
LANGUAGES = ("en", "cy")


@pytest.mark.parametrize(("wording", "reason"), [
    (["VisitReport"], "wording: an object of report contexts"),
    ({"VisitReport": {}}, "wording.VisitReport: an object of sentences"),
    ({"VisitReport": {"Total": {"en": "All"}}}, "a text in each of the scheme's languages (en, cy)"),
    ({"VisitReport": {"Total": {"en": "All", "cy": "Pob", "fr": "Tout"}}}, "a text in each of the scheme's languages"),
    ({"VisitReport": {"Total": {"en": "All", "cy": " "}}}, "the cy text is empty"),
    ({"VisitReport": {"Total": {"en": ["All"], "cy": []}}}, "the cy text is empty"),
    ({"VisitReport": {"%n location(s)": {"en": "%n cells", "cy": "%n cell"}}},
     "a sentence with a count gives its plural forms as a list"),
    ({"VisitReport": {"{place} not recorded": {"en": "{suite} not recorded", "cy": "{place} heb ei chofnodi"}}},
     "the en text names {suite}, which the sentence does not give"),
])
def test_a_malformed_wording_is_refused_with_the_reason(wording, reason):
    with pytest.raises(WordingError) as caught:
        read_wording(wording, LANGUAGES)
    assert reason in str(caught.value)


def test_a_definition_with_a_malformed_wording_does_not_load():
    data = json.loads(resources.files("icvapp.resources").joinpath("schemes/dog_unit.json").read_text("utf-8"))
    data["wording"] = {"VisitReport": {"Total": {"en": "All"}}}
    with pytest.raises(DefinitionError, match="wording.VisitReport.'Total': a text in each"):
        parse_definition(data)


def test_an_own_sentence_may_leave_out_what_the_general_one_gives():
    assert read_wording({"VisitReport": {"{noun} {location}": {"en": "cell {location}", "cy": "cell {location}"}}},
                        LANGUAGES) == ((("VisitReport", "{noun} {location}"),
                                        (("en", "cell {location}"), ("cy", "cell {location}"))),)


def catalogue_keys() -> set[tuple[str, str]]:
    """Every sentence the reports (core_cy.ts) and the windows (ui_cy.ts) say, by context."""
    keys = set()
    for name in ("core_cy.ts", "ui_cy.ts"):
        cat = parse_ts(resources.files("icvapp.resources").joinpath(f"translations/{name}").read_bytes())
        keys |= {(c, f"{s} [{d}]" if d else s) for c, s, d in [*cat.messages, *cat.plurals]}
    return keys


@pytest.mark.parametrize("kind", scheme_kinds())
def test_every_own_sentence_stands_for_a_sentence_the_app_says(kind):
    """An entry whose general sentence the code no longer says (or a typo in it) would be silently dead."""
    keys = catalogue_keys()
    dead = [key for key, _texts in load_config(kind).wording if key not in keys]
    assert dead == []


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ("Suite not recorded", "Conversations with detainees", "Confidential: contains custody numbers",
            "All suites", "Total")),
    ("cy", ("Dalfa heb ei chofnodi", "Sgyrsiau gyda phobl yn y ddalfa", "Cyfrinachol: yn cynnwys rhifau'r ddalfa",
            "Pob dalfa", "Cyfanswm")),
])
def test_custody_reports_keep_their_own_sentences_in_each_language(language, expected):
    tr = worded(translator(language), CUSTODY)
    said = (tr.translate("VisitReport", "{place} not recorded"), tr.translate("VisitReport", "{subjects} seen"),
            tr.translate("VisitReport", "Confidential", "footer"), tr.translate("BoardReport", "Total", "all places"),
            tr.translate("BoardReport", "Total"))  # the same sentence without the disambiguation is not custody's
    assert said == expected


def test_another_kind_says_the_general_sentence_with_its_own_nouns():
    tr = worded(translator("en"), DOG)
    assert tr.translate("VisitReport", "{place} not recorded").format(place="Dog unit") == "Dog unit not recorded"
    assert tr.translate("VisitReport", "{subjects} seen").format(subjects="Dogs") == "Dogs seen"
    assert tr.translate("VisitReport", "Confidential", "footer") == "Confidential"
    assert worded(tr, DOG) is tr  # wrapping twice changes nothing


@pytest.mark.parametrize(("language", "n", "expected"), [
    ("en", 0, "0 cells"), ("en", 1, "1 cell"), ("en", 2, "2 cells"), ("en", 1035, "1,035 cells"),
    ("cy", 1, "1 cell"), ("cy", 14, "14 cell"),
])
def test_an_own_sentence_with_a_count_takes_its_plural_form(language, n, expected):
    tr = worded(translator(language), CUSTODY)
    assert tr.translate("VisitReport", "%n location(s)", None, n) == expected
    assert worded(translator(language), DOG).translate("VisitReport", "%n location(s)", None, n).startswith(
        f"{n:,}" if language == "en" else str(n))
