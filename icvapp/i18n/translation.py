"""Translating the core's words: ``tr = translator("cy")`` then ``tr.translate("Context", "Text")``.

Mark strings the way ``pyside6-lupdate``'s Python parser finds them (tried on lupdate 6.12; the
experiments are pinned by ``tests/i18n/test_extraction.py``):

- ``tr.translate("Context", "Text")`` — ``translate(`` or ``<name>.translate(`` with two string
  literals and nothing else (a keyword argument in third place hides the call from lupdate);
- ``translate("Context", "%n request(s)", None, count, language=lang)`` — a plural. lupdate marks
  it numerus only when the count and everything after it are plain names (``x.y`` or ``len(x)`` hide
  the call) *and another argument follows the count*; ``tr.translate(…, None, count)`` alone is
  taken as a plain text;
- ``QT_TRANSLATE_NOOP("Context", "Text")`` — a text translated later, when its reader's language is known:
  a constant in a table, or an error's message (``QT_TRANSLATE_NOOP("Context", "No {name}").format(name=x)``
  is a :class:`~icvapp.errors.Translatable`, English as a ``str``; see :mod:`icvapp.errors`);
- ``later.translate("Context", "%n file(s)", None, count, folder=folder)`` — the same for a count (a
  keyword argument from a plain name must follow the count, as for ``translate``);
- a ``#:`` comment on the line before becomes the message's note to the translator. lupdate gathers
  *every* ``#:`` comment since the previous message, so in a module with marked strings, document
  attributes with a plain ``#`` comment, or the code's notes reach the translator.

Placeholders are ``{name}``, filled with ``str.format`` after translating; ``%n`` is the count.
The English source text is the English wording; ``core_en.ts`` holds only English plural forms.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from icvapp.errors import QT_TRANSLATE_NOOP, Translatable, in_language, later
from icvapp.i18n.catalogue import Catalogue, CatalogueError, parse_ts
from icvapp.i18n.formats import format_number
from icvapp.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES, language_code
from icvapp.resources import path as shipped

log = logging.getLogger(__name__)
PLACEHOLDER = re.compile(r"\{(\w*)\}")
__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "QT_TRANSLATE_NOOP", "Translatable", "Translator", "language_code",
           "later", "localized", "translate", "translator"]


@dataclass(frozen=True)
class Translator:
    """Translates into one language; ``problem`` says why it fell back to English, if it did."""

    language: str
    catalogue: Catalogue
    problem: str = ""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The text in this translator's language (the same signature as QCoreApplication.translate)."""
        count = None if n is None or n < 0 else n
        text = self.catalogue.lookup(context, source, disambiguation or "", count)
        if text is not None and set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
            # A mistyped {placeholder} would make the caller's str.format fail: the English is safer.
            log.warning("The %s translation of %r has other placeholders; English is used.", self.language, source)
            text = None
        if text is None:
            text = source if count is None else _english_plural(source, count)
        if count is not None:
            text = text.replace("%n", format_count(count, self.language))
        return text


def format_count(n: int, language: str) -> str:
    """A count with its thousands grouped ("1,035"), as ``%Ln`` would print it."""
    return format_number(n, language)


def _english_plural(source: str, n: int) -> str:
    """"%n request(s)" read as English when no catalogue holds its forms."""
    return source.replace("(s)", "" if n == 1 else "s")


def catalogue_text(language: str) -> bytes | None:
    """The shipped ``core_<language>.ts`` file's bytes, or None when there is none."""
    path = shipped("translations", f"core_{language}.ts")
    return path.read_bytes() if path.is_file() else None


@functools.lru_cache(maxsize=8)
def translator(language: str | None = DEFAULT_LANGUAGE) -> Translator:
    """The translator for ``language``, its catalogue parsed once per process.

    A missing or damaged catalogue never stops the app: the translator falls back to English
    and says why in ``problem`` (logged once).
    """
    code = language_code(language)
    try:
        return translator_from(code, catalogue_text(code))
    except CatalogueError as exc:
        log.warning("%s", exc)
        return Translator(DEFAULT_LANGUAGE, _english(), problem=str(exc))


def translator_from(language: str, ts: bytes | str | None, *, name: str | None = None) -> Translator:
    """A translator from the text of a ``.ts`` file (None: the source text as it is). Raises CatalogueError."""
    if ts is None:
        if language != DEFAULT_LANGUAGE:
            raise CatalogueError(QT_TRANSLATE_NOOP("Translations", "There is no translation file for language "
                                                                   "'{language}'.").format(language=language),
                                 hint=QT_TRANSLATE_NOOP("Translations", "The app shows English instead."))
        return Translator(language, Catalogue(language))
    catalogue = parse_ts(ts, name=name or f"core_{language}.ts")
    return Translator(language, Catalogue(language, catalogue.messages, catalogue.plurals))


def _english() -> Catalogue:
    try:
        return translator_from(DEFAULT_LANGUAGE, catalogue_text(DEFAULT_LANGUAGE)).catalogue
    except CatalogueError:
        return Catalogue(DEFAULT_LANGUAGE)


def safe_translator(language: str | None, ts: bytes | str | None, *, name: str = "catalogue") -> Translator:
    """Like :func:`translator` for a given ``.ts`` text: English, with ``problem`` set, when it cannot be read."""
    try:
        return translator_from(language_code(language), ts, name=name)
    except CatalogueError as exc:
        log.warning("%s", exc)
        return Translator(DEFAULT_LANGUAGE, _english(), problem=str(exc))


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1, *,
              language: str | None = DEFAULT_LANGUAGE) -> str:
    """One text in ``language``; for code that translates a single string (lupdate does not see keyword calls)."""
    return translator(language).translate(context, source, disambiguation, n)


def localized(text: str, language: str | None) -> str:
    """``text`` in ``language`` when it is :class:`~icvapp.errors.Translatable` (an error's message, a marked
    constant); any other text as it is."""
    return in_language(text, translator(language))
