"""The core's message catalogues: Welsh for every marked string, Qt's plural forms, and a damaged
catalogue that falls back to English instead of stopping the app."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from importlib import resources

import pytest

from icvapp.i18n import translate, translator
from icvapp.i18n.catalogue import CatalogueError, parse_ts, plural_index
from icvapp.i18n.translation import safe_translator, translator_from

CATALOGUE = resources.files("icvapp.resources").joinpath("translations", "core_cy.ts")
PLACEHOLDER = re.compile(r"\{\w*\}|%n")

#: A catalogue whose plural forms name themselves, to see which form each count takes.
FORMS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context><name>Test</name>
  <message numerus="yes"><source>%n request(s)</source>
    <translation><numerusform>zero %n</numerusform><numerusform>one %n</numerusform>
      <numerusform>few %n</numerusform><numerusform>six %n</numerusform><numerusform>other %n</numerusform>
    </translation></message>
  <message><source>Plain</source><translation>Plaen</translation></message>
  <message><source>Unfinished</source><translation type="unfinished"></translation></message>
  <message><source>Gone</source><translation type="vanished">Wedi mynd</translation></message>
  <message><source>Visit no. {number}</source><translation>Ymweliad rhif {rhif}</translation></message>
</context>
</TS>
"""


def messages() -> list[ET.Element]:
    root = ET.fromstring(CATALOGUE.read_bytes())
    return [m for m in root.iter("message")
            if m.find("translation").get("type") not in ("obsolete", "vanished")]


def translated(m: ET.Element) -> list[str]:
    t = m.find("translation")
    if m.get("numerus") == "yes":
        return [f.text or "" for f in t.iter("numerusform")]
    return [t.text or ""]


@pytest.mark.parametrize(("n", "form"), [(0, "zero"), (1, "one"), (2, "few"), (3, "few"), (5, "few"), (6, "six"),
                                         (7, "other"), (11, "other"), (1035, "other")])
def test_welsh_counts_take_qts_five_forms_in_qts_order(n, form):
    """Qt's rule for Welsh: 0 | 1 | 2–5 | 6 | other (CLDR's two and few share Qt's third form)."""
    tr = translator_from("cy", FORMS)
    expected_count = f"{n:,}"
    assert tr.translate("Test", "%n request(s)", None, n) == f"{form} {expected_count}"


def test_english_counts_take_one_and_other():
    assert [plural_index("en", n) for n in (0, 1, 2, 3, 6, 7, 1035)] == [1, 0, 1, 1, 1, 1, 1]
    assert [translate("VisitReport", "%n cell(s)", None, n, language="en") for n in (0, 1, 2, 1035)] == [
        "0 cells", "1 cell", "2 cells", "1,035 cells"]


def test_the_welsh_plural_rule_matches_qts_own_translator(tmp_path):
    """The core picks the same form as QTranslator loading the .qm that lrelease compiles from the .ts."""
    import shutil
    import subprocess

    lrelease = shutil.which("pyside6-lrelease") or str(__import__("sys").prefix + "/bin/pyside6-lrelease")
    ts, qm = tmp_path / "forms.ts", tmp_path / "forms.qm"
    ts.write_text(FORMS, encoding="utf-8")
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    assert qt.load(str(qm))
    ours = translator_from("cy", FORMS)
    for n in [*range(25), 100, 1035]:
        theirs = qt.translate("Test", "%n request(s)", None, n).split()[0]
        assert ours.translate("Test", "%n request(s)", None, n).split()[0] == theirs, n


def test_finished_translations_are_used_and_the_rest_fall_back_to_english():
    tr = translator_from("cy", FORMS)
    assert tr.translate("Test", "Plain") == "Plaen"
    assert tr.translate("Test", "Unfinished") == "Unfinished"
    assert tr.translate("Test", "Gone") == "Gone"  # a vanished message is not used
    assert tr.translate("Test", "Never marked") == "Never marked"


@pytest.mark.parametrize("damage", [
    b"<TS><context><name>x</name><message><source>a</source>",  # cut short
    b"not xml at all",
    b"<?xml version='1.0'?><html><body>a web page</body></html>",  # XML, but not a catalogue
    b"",
])
def test_a_damaged_catalogue_is_a_clear_error_and_falls_back_to_english(damage, caplog):
    with pytest.raises(CatalogueError) as err:
        parse_ts(damage, name="core_cy.ts")
    assert "core_cy.ts" in err.value.message and "English" in err.value.hint
    tr = safe_translator("cy", damage, name="core_cy.ts")
    assert tr.language == "en" and "core_cy.ts" in tr.problem
    assert tr.translate("VisitReport", "Visit details") == "Visit details"
    assert tr.translate("VisitReport", "%n cell(s)", None, 2) == "2 cells"
    assert "core_cy.ts" in caplog.text  # logged once, for whoever looks after the install


def test_a_translation_with_mistyped_placeholders_reads_in_english_rather_than_failing(caplog):
    tr = translator_from("cy", FORMS)
    assert tr.translate("Test", "Visit no. {number}").format(number=7) == "Visit no. 7"
    assert "other placeholders" in caplog.text


def test_a_language_without_a_catalogue_reads_english():
    assert translator("fr").language == "en"
    assert translator(None).language == "en"
    assert translator("cy_GB").language == "cy"


def test_every_marked_core_string_has_a_welsh_translation():
    """The share translated is 100%: lupdate's new strings arrive unfinished and fail here until translated."""
    found = messages()
    missing = [m.findtext("source") for m in found if not all(translated(m))
               or m.find("translation").get("type") == "unfinished"]
    share = 1 - len(missing) / len(found)
    assert len(found) > 250
    assert share == 1.0, f"{share:.1%} translated; missing: {missing[:10]}"


def test_each_translation_keeps_its_placeholders():
    """A misspelt {placeholder} would crash str.format; a lost %n would drop the count."""
    for m in messages():
        source = m.findtext("source")
        for text in translated(m):
            if m.get("numerus") == "yes" and text and "%n" not in text:
                assert sorted(set(PLACEHOLDER.findall(text))) == sorted(set(PLACEHOLDER.findall(source)) - {"%n"}), \
                    source
            else:
                assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source


def test_translations_a_native_speaker_should_review_are_marked():
    marked = [m for m in messages() if (m.findtext("translatorcomment") or "").startswith("REVIEW")]
    assert 30 <= len(marked) < len(messages()) / 2
    assert all(len(m.findtext("translatorcomment")) > len("REVIEW (native speaker): ") + 10 for m in marked)


def test_markup_in_a_translation_matches_its_source():
    for m in messages():
        source = m.findtext("source")
        for text in translated(m):
            assert re.findall(r"</?b>", text) == re.findall(r"</?b>", source), source
