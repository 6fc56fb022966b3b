"""Qt Linguist catalogues (``.ts``) read by the core, and the plural rules Qt uses.

The core cannot load Qt, so it reads the same ``resources/translations/core_<lang>.ts``
files that ``pyside6-lupdate`` writes and ``pyside6-lrelease`` compiles for the Qt layer:
one set of translations serves the window, the command line and the PDFs.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field

from icvapp.errors import QT_TRANSLATE_NOOP, UserFacingError


class CatalogueError(UserFacingError):
    """A translation catalogue that cannot be read: the app carries on in English."""

    title = QT_TRANSLATE_NOOP("Translations", "Translations could not be read")


# Message key: (context, source text, disambiguation comment or "").
Key = tuple[str, str, str]


@dataclass(frozen=True)
class Catalogue:
    """The finished translations of one ``.ts`` file: a plain text, or numerus forms in Qt's order."""

    language: str
    messages: dict[Key, str] = field(default_factory=dict)
    plurals: dict[Key, tuple[str, ...]] = field(default_factory=dict)

    def lookup(self, context: str, source: str, disambiguation: str, n: int | None) -> str | None:
        """The translation, or None when the catalogue has none (the caller falls back to the source)."""
        key = (context, source, disambiguation)
        if n is not None and key in self.plurals:
            forms = self.plurals[key]
            index = min(plural_index(self.language, n), len(forms) - 1)
            return forms[index] or None
        return self.messages.get(key) or None


# Qt's numerus rules (qtbase, qtranslator / linguist numerus.cpp): the form a count takes, by index,
# in the order lupdate writes <numerusform> elements. Welsh in Qt has five forms, not CLDR's six:
# 0 | 1 | 2–5 | 6 | everything else. CLDR's "two" (2) and "few" (3) share Qt's third form, and
# QTranslator picks by this rule, so the core does too: the window and the PDF agree.
PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "cy": lambda n: 0 if n == 0 else 1 if n == 1 else 2 if 2 <= n <= 5 else 3 if n == 6 else 4,
}
PLURAL_FORM_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("one", "other"),
    "cy": ("zero (0)", "one (1)", "two to five (2–5)", "six (6)", "other (7, 8, …, 1,035)"),
}


def plural_index(language: str, n: int) -> int:
    """Which numerus form Qt uses for ``n`` in ``language`` (index into <numerusform> elements)."""
    return PLURAL_RULES.get(language, PLURAL_RULES["en"])(abs(int(n)))


def parse_ts(text: str | bytes, *, name: str = "catalogue") -> Catalogue:
    """Read a Qt Linguist ``.ts`` document. Raises CatalogueError when it is not one."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise CatalogueError(QT_TRANSLATE_NOOP("Translations", "The translation file {name} is damaged ({reason}).")
                             .format(name=name, reason=exc),
                             hint=QT_TRANSLATE_NOOP("Translations", "The app shows English until the file is "
                                                                    "replaced.")) from exc
    if root.tag != "TS":
        raise CatalogueError(QT_TRANSLATE_NOOP("Translations", "The translation file {name} is not a Qt Linguist "
                                                               "catalogue.").format(name=name),
                             hint=QT_TRANSLATE_NOOP("Translations", "The app shows English until the file is "
                                                                    "replaced."))
    language = (root.get("language") or "").split("_")[0]
    messages: dict[Key, str] = {}
    plurals: dict[Key, tuple[str, ...]] = {}
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            key = (context_name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                plurals[key] = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                messages[key] = translation.text or ""
    return Catalogue(language=language, messages=messages, plurals=plurals)
