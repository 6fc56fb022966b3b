#!/usr/bin/env python3
"""Write the pseudo-locale: every UI string accented and about 40% longer ("Šàṽé ţĥé ṽîšîţ ~~~~").

It reads the messages ``pyside6-lupdate`` extracted into ``resources/translations/ui_cy.ts`` and writes
``ui_pseudo.ts`` (and, with lrelease, ``ui_pseudo.qm``) into the folder given, by default the user's
cache folder, never the repository: nothing generated is committed. Placeholders (``{name}``,
``%n``, ``%Ln``), HTML tags and entities, file-dialog patterns (``(*.pdf)``) and the letter after a
mnemonic ``&`` stay as they are, so the pseudo text behaves like a real translation.

    .venv/bin/python scripts/pseudo_locale.py [OUT_DIR]
    ICVAPP_LANGUAGE=pseudo ICVAPP_TRANSLATIONS=OUT_DIR .venv/bin/icvapp   # look at it
"""

from __future__ import annotations

import math
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "translations" / "ui_cy.ts"
NAME = "ui_pseudo"

PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
ACCENTED = "àƀçđéƒĝĥîĵķļɱñôþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÔÞǪŔŠŢÛṼŴẊÝŽ"
ACCENTS = str.maketrans(PLAIN, ACCENTED)
#: What a pseudo-translated text always contains at least one of (the test's "is it translated?").
MARKS = frozenset(ACCENTED) | {"~"}
#: Kept as they are: placeholders, plural markers, tags, entities, file patterns, a mnemonic and its letter.
KEEP = re.compile(r"\{[^}]*\}|%L?n|%\d|<[^>]*>|&[a-zA-Z]+;|\(\*[^)]*\)|&&|&.|\\n|\n")


def pseudo(text: str) -> str:
    """``text`` accented, with about 40% more length as tildes at the end."""
    parts, last, letters = [], 0, 0
    for match in KEEP.finditer(text):
        chunk = text[last:match.start()]
        parts += [chunk.translate(ACCENTS), match.group()]
        letters += len(chunk)
        last = match.end()
    chunk = text[last:]
    parts.append(chunk.translate(ACCENTS))
    letters += len(chunk)
    pad = max(2, math.ceil(letters * 0.4) - 1)
    return "".join(parts) + " " + "~" * pad


def is_pseudo(text: str) -> bool:
    return any(ch in MARKS for ch in text)


def pseudo_ts(source: Path = SOURCE) -> ET.ElementTree:
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en_GB")  # English plural rules: one form and the rest
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        translation.clear()
        if message.get("numerus") == "yes":
            for form in (text.replace("(s)", ""), text.replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = pseudo(form)
        else:
            translation.text = pseudo(text)
    return tree


def write(out_dir: Path) -> Path:
    """Write ``ui_pseudo.ts`` into ``out_dir`` and compile it; returns the ``.ts``."""
    # The app's own compiler: the same lrelease, the same place it looks for the result.
    sys.path.insert(0, str(ROOT))
    from icvapp.ui.translation import compile_ts

    out_dir.mkdir(parents=True, exist_ok=True)
    ts = out_dir / f"{NAME}.ts"
    pseudo_ts().write(ts, encoding="utf-8", xml_declaration=True)
    if not compile_ts(ts, out_dir / f"{NAME}.qm"):
        raise SystemExit("lrelease failed: is PySide6 installed in this Python?")
    return ts


def default_dir() -> Path:
    sys.path.insert(0, str(ROOT))
    from icvapp.ui.translation import cache_dir

    return cache_dir() / "pseudo"


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else default_dir()
    print(write(target))
