"""The window speaks in the scheme kind's own wording where its definition has one (``"wording"`` by window class),
and in the catalogue's general sentences everywhere else: custody's conversations are "conversations", the dog
unit's entries are dogs, and the general sentence is the one a translator sees."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from PySide6.QtCore import QCoreApplication

from icvapp.scheme.config import load_config, parse_definition
from icvapp.ui.conversations import ConversationsSection
from icvapp.ui.translation import ENGLISH, WELSH, install_language, speak_for

CUSTODY, DOG = load_config("custody"), load_config("dog_unit")


def says(text: str) -> str:
    return QCoreApplication.translate("ConversationsSection", text)


def test_custody_conversations_are_said_in_custodys_words(qtbot):
    section = ConversationsSection(CUSTODY)
    qtbot.addWidget(section)
    assert section.add_button.text() == "&Add conversation"
    assert section.remove_button.accessibleName() == "Remove the selected conversation"
    assert section.no_identifier == "(no custody number yet)"


def test_the_dog_unit_says_the_general_sentence_with_its_nouns(qtbot):
    section = ConversationsSection(DOG)
    qtbot.addWidget(section)
    assert section.add_button.text() == "&Add dog"
    assert section.remove_button.accessibleName() == "Remove the selected entry"


def test_custody_in_welsh_keeps_its_reviewed_welsh(qtbot, qapp):
    install_language(qapp, WELSH)
    section = ConversationsSection(CUSTODY)
    qtbot.addWidget(section)
    assert section.add_button.text() == "Ychwaneg&u sgwrs"
    assert section.no_identifier == "(dim rhif dalfa eto)"


def test_a_language_the_definition_is_not_written_in_reads_the_catalogue(qapp):
    """The pseudo-locale (a translator's check for missed strings) must see every general sentence."""
    install_language(qapp, "pseudo")
    speak_for(CUSTODY)
    assert says("The selected entry") != "The selected conversation"
    assert getattr(qapp, "_icvapp_kind", None) is None
    install_language(qapp, ENGLISH)
    assert says("The selected entry") == "The selected conversation"


def test_one_kind_is_spoken_for_at_a_time_and_none_takes_it_away(qapp):
    speak_for(CUSTODY)
    first = qapp._icvapp_kind
    speak_for(CUSTODY)
    assert qapp._icvapp_kind is first  # the same kind again: nothing installed twice
    speak_for(DOG)  # the dog unit words nothing its own way in the window: the catalogue says it all
    assert says("The selected entry") == "The selected entry"
    speak_for(CUSTODY)
    assert says("The selected entry") == "The selected conversation"
    speak_for(None)  # had any custody translator been left installed, it would still answer here
    assert says("The selected entry") == "The selected entry"


def test_a_change_of_language_keeps_the_kinds_wording_first(qapp):
    speak_for(CUSTODY)
    install_language(qapp, WELSH)  # the catalogue is installed again: the kind must still be asked before it
    assert says("The selected entry") == "Y sgwrs a ddewiswyd"
    install_language(qapp, ENGLISH)
    assert says("The selected entry") == "The selected conversation"


def test_a_kinds_count_takes_its_own_plural_forms_with_the_number_put_in(qapp):
    data = json.loads(resources.files("icvapp.resources").joinpath("schemes/dog_unit.json").read_text("utf-8"))
    data["wording"] = {"Probe": {"%n dog(s) seen": {"en": ["%n hound seen", "%n hounds seen"],
                                                     "cy": ["dim", "%n ci", "%n gi", "%n chi", "%n o gŵn"]}}}
    speak_for(parse_definition(data))
    assert [QCoreApplication.translate("Probe", "%n dog(s) seen", None, n) for n in (1, 3)] == \
        ["1 hound seen", "3 hounds seen"]
    assert QCoreApplication.translate("Probe", "Something else") == "Something else"


@pytest.mark.parametrize("n", [-1, 0])
def test_a_count_below_one_takes_the_form_for_none(qapp, n):
    data = json.loads(resources.files("icvapp.resources").joinpath("schemes/dog_unit.json").read_text("utf-8"))
    data["wording"] = {"Probe": {"%n dog(s)": {"en": ["%n hound", "%n hounds"], "cy": ["a", "b", "c", "d", "e"]}}}
    speak_for(parse_definition(data))
    assert QCoreApplication.translate("Probe", "%n dog(s)", None, n).endswith("hounds")
