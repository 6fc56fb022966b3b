"""pyside6-lupdate finds every string the core marks, and the shipped catalogue holds exactly those.

The call forms the core uses are the ones lupdate's Python parser was seen to pick up; the first
test pins that, so a Qt upgrade that changes the parser is noticed here and not by a translator.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

import icvapp

LUPDATE = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
pytestmark = pytest.mark.skipif(not Path(LUPDATE).exists(), reason="needs pyside6-lupdate (PySide6's tools)")

SAMPLE = '''
from icvapp.i18n import QT_TRANSLATE_NOOP, translate, translator
def sample(language, count, d):
    tr = translator(language)
    lang = language
    tr.translate("Ctx", "method form")
    QT_TRANSLATE_NOOP("Ctx", "noop form")
    #: a note for the translator
    tr.translate("Ctx", "with a note")
    translate("Ctx", "%n plural form", None, count, language=lang)
    tr.translate("Ctx", "%n count last is not a plural", None, count)
    translate("Ctx", "keyword third is not found", language=lang)
    translate("Ctx", "%n attribute count is not found", None, d.count, language=lang)
    f"{tr.translate('Ctx', 'inside an f-string is not found')}"
'''


def extract(source: Path, out: Path, *args: str) -> ET.Element:
    subprocess.run([LUPDATE, "-extensions", "py", "-locations", "none", *args, str(source), "-ts", str(out)],
                   check=True, capture_output=True)
    return ET.parse(out).getroot()


def keys(root: ET.Element) -> dict[tuple[str, str], bool]:
    """(context, source) → numerus, for every message still in use."""
    return {(c.findtext("name"), m.findtext("source")): m.get("numerus") == "yes"
            for c in root.iter("context") for m in c.iter("message")
            if m.find("translation").get("type") not in ("obsolete", "vanished")}


def test_lupdate_finds_the_call_forms_the_core_uses(tmp_path):
    src = tmp_path / "sample.py"
    src.write_text(SAMPLE, encoding="utf-8")
    root = extract(src, tmp_path / "sample.ts", "-target-language", "cy")
    found = keys(root)
    assert found == {("Ctx", "method form"): False, ("Ctx", "noop form"): False, ("Ctx", "with a note"): False,
                     ("Ctx", "%n plural form"): True, ("Ctx", "%n count last is not a plural"): False}
    note = next(m for m in root.iter("message") if m.findtext("source") == "with a note")
    assert note.findtext("extracomment") == "a note for the translator"
    plural = next(m for m in root.iter("message") if m.get("numerus") == "yes")
    assert len(plural.find("translation").findall("numerusform")) == 5  # Qt's Welsh: 0 | 1 | 2–5 | 6 | other


def test_the_shipped_catalogue_holds_every_string_the_core_marks(tmp_path):
    """Run scripts/update_translations (and translate) when this fails."""
    package = Path(icvapp.__file__).parent
    extracted = keys(extract(package, tmp_path / "core.ts", "-target-language", "cy"))
    shipped = keys(ET.fromstring(resources.files("icvapp.resources").joinpath(
        "translations", "core_cy.ts").read_bytes()))
    assert set(extracted) - set(shipped) == set(), "marked in the code but not in core_cy.ts"
    assert set(shipped) - set(extracted) == set(), "in core_cy.ts but no longer in the code"
    assert {k for k, numerus in extracted.items() if numerus} == {k for k, numerus in shipped.items() if numerus}
