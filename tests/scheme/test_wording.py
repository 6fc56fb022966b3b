"""A kind's own wording of the reports' and windows' sentences (``"wording"`` in its definition): read strictly, said in the
report's language, and never a dead entry."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from icvapp.i18n import translator
from icvapp.i18n.catalogue import parse_ts
from icvapp.scheme.config import DefinitionError, load_config, parse_definition
from icvapp.scheme.kinds import scheme_kinds
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


# --------------------------------------------------------------------------- the edges (mutation testing)


def test_a_wording_that_is_not_an_object_is_refused_with_exactly_that_reason():
    with pytest.raises(WordingError) as caught:
        read_wording("Total", LANGUAGES)
    assert str(caught.value) == "wording: an object of report contexts"


def test_plural_forms_are_kept_as_forms_and_a_plain_text_as_text():
    [(_key, texts)] = read_wording({"R": {"%n dog(s)": {"en": ["%n dog", "%n dogs"], "cy": ["a", "b", "c", "d", "e"]}}},
                                   LANGUAGES)
    assert dict(texts) == {"en": ("%n dog", "%n dogs"), "cy": ("a", "b", "c", "d", "e")}
    [(_key, texts)] = read_wording({"R": {"Total": {"en": "All", "cy": "Pob"}}}, LANGUAGES)
    assert dict(texts) == {"en": "All", "cy": "Pob"}


class Asked:
    """A translator that answers with what it was asked, so the test sees what the worded one passed on."""

    language = "en"

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{context}|{source}|{disambiguation}|{n}"


def test_a_sentence_the_kind_does_not_word_is_asked_of_the_catalogue_with_its_disambiguation_and_count():
    said = worded(Asked(), DOG)
    assert said.translate("BoardReport", "Total", "all places") == "BoardReport|Total|all places|-1"
    assert said.translate("BoardReport", "%n visit(s)", None, 3) == "BoardReport|%n visit(s)|None|3"


def own_plural(forms_cy: list[str], forms_en: list[str] | None = None):
    data = json.loads(resources.files("icvapp.resources").joinpath("schemes/dog_unit.json").read_text("utf-8"))
    data["wording"] = {"BoardReport": {"%n visit(s)": {"en": forms_en or ["%n visit", "%n visits"], "cy": forms_cy}}}
    return parse_definition(data)


@pytest.mark.parametrize(("n", "expected"), [(0, "dim"), (1, "un 1"), (2, "dau 2"), (3, "dau 3"), (6, "tri 6"),
                                             (7, "llawer 7")])
def test_a_kinds_welsh_count_takes_the_form_welsh_plural_rules_choose(n, expected):
    """Qt's Welsh rule numbers the forms 0, 1, 2 (2–5), 3 (6), 4 (the rest); an English rule would not."""
    config = own_plural(["dim", "un %n", "dau %n", "tri %n", "llawer %n"])
    assert worded(translator("cy"), config).translate("BoardReport", "%n visit(s)", None, n) == expected


def test_a_kind_may_give_one_form_for_every_count():
    config = own_plural(["%n ymweliad"], ["%n visits"])
    said = worded(translator("en"), config)
    assert [said.translate("BoardReport", "%n visit(s)", None, n) for n in (0, 1, 2, 1035)] == \
        ["0 visits", "1 visits", "2 visits", "1,035 visits"]


def test_an_own_sentence_in_a_language_the_kind_is_not_written_in_reads_in_english():
    custody = load_config("custody")
    (context, source), texts = custody.wording[0]
    english = dict(texts)["en"]
    assert custody.own_wording(context, source, "fr") == english == custody.own_wording(context, source, None)
    assert custody.own_wording(context, source, "cy") == dict(texts)["cy"] != english
    assert custody.own_wording(context, "a sentence no kind words", "en") is None
