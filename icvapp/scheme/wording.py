"""A kind's own wording of the reports' sentences: ``"wording"`` in its definition.

Every report sentence is written once in the code, in general words built from the definition's nouns
("{place} not recorded"), and translated in the core catalogue. A kind whose reports have long been
worded their own way names its sentences in its definition, by the report's context and the general
sentence they stand for, in each of its languages::

    "wording": {"VisitReport": {"{place} not recorded": {"en": "Unit not recorded", "cy": "…"}}}

A sentence translated with a disambiguation (``tr.translate(context, "Total", "all places")``) is named
with it in brackets: ``"Total [all places]"``. A sentence with a count (``%n``) gives each language's plural forms as a list, in the order Qt's plural
rules number them (:func:`icvapp.i18n.catalogue.plural_index`). Placeholders are the general sentence's;
an own sentence may leave some out.
"""

from __future__ import annotations

import re

from icvapp.i18n.catalogue import plural_index
from icvapp.i18n.translation import format_count

#: (context, general sentence) → ((language, text or plural forms), …)
Wording = tuple[tuple[tuple[str, str], tuple[tuple[str, str | tuple[str, ...]], ...]], ...]

PLACEHOLDER = re.compile(r"\{(\w+)\}")


class WordingError(ValueError):
    """A ``wording`` entry that cannot be used, with where and why."""


def read_wording(data, languages: tuple[str, ...]) -> Wording:
    """The definition's ``wording``, checked: by context, each general sentence with a text in every language."""
    if data is None:
        return ()
    if not isinstance(data, dict):
        raise WordingError("wording: an object of report contexts")
    out = []
    for context, sentences in data.items():
        if not isinstance(sentences, dict) or not sentences:
            raise WordingError(f"wording.{context}: an object of sentences")
        for source, texts in sentences.items():
            where = f"wording.{context}.{source!r}"
            if not isinstance(texts, dict) or set(texts) != set(languages):
                raise WordingError(f"{where}: a text in each of the scheme's languages ({', '.join(languages)})")
            allowed = set(PLACEHOLDER.findall(source))
            checked = []
            for language, text in texts.items():
                forms = tuple(text) if isinstance(text, list) else (text,)
                if "%n" in source and not isinstance(text, list):
                    raise WordingError(f"{where}: a sentence with a count gives its plural forms as a list")
                if not forms or not all(isinstance(f, str) and f.strip() for f in forms):
                    raise WordingError(f"{where}: the {language} text is empty")
                extra = {name for f in forms for name in PLACEHOLDER.findall(f)} - allowed
                if extra:
                    raise WordingError(f"{where}: the {language} text names {{{min(extra)}}}, which the "
                                       "sentence does not give")
                checked.append((language, forms if isinstance(text, list) else text))
            out.append(((str(context), str(source)), tuple(checked)))
    return tuple(out)


def plural_form(forms: tuple[str, ...], language: str, n: int) -> str:
    """The one of a kind's plural ``forms`` that ``language``'s rule gives the count ``n`` (the last form when the
    kind gives fewer; a negative count reads as none). ``%n`` is left for the caller to put the count in."""
    return forms[min(plural_index(language, max(n, 0)), len(forms) - 1)]


class Worded:
    """A translator that says a sentence in the kind's own wording where its definition has one, and otherwise
    as ``tr`` translates it: the reports' ``tr``. The same ``translate`` as a core translator, so every report
    sentence is written, marked and translated as any other."""

    def __init__(self, tr, config) -> None:
        self.tr, self.config, self.language = tr, config, tr.language

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1, **_) -> str:
        key = f"{source} [{disambiguation}]" if disambiguation else source
        own = self.config.own_wording(context, key, self.language)
        if own is None:
            return self.tr.translate(context, source, disambiguation, n)
        if isinstance(own, tuple):
            return plural_form(own, self.language, n).replace("%n", format_count(max(n, 0), self.language))
        return own


def worded(tr, config) -> Worded:
    """``tr`` speaking in ``config``'s own wording (see :class:`Worded`)."""
    return tr if isinstance(tr, Worded) else Worded(tr, config)
