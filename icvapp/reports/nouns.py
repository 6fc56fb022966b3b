"""The scheme kind's nouns as the reports print them, in the report's language.

Every report sentence that names the place, the people or animals visited, or the visit itself
takes its noun from the scheme definition (:meth:`icvapp.scheme.config.SchemeConfig.word`), so the
dog unit's reports speak of dogs and kennels. A kind whose reports have long said a sentence its own
way words it in its definition (``"wording"``, :mod:`icvapp.scheme.wording`), which the reports'
translator says instead.
"""

from __future__ import annotations

from icvapp.scheme.config import ENGLISH, SchemeConfig, funnel_keys


def lower_first(text: str) -> str:
    """"Dog unit" as it reads mid-sentence: "dog unit" (a word in capitals, "PACE", is left alone)."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


class Nouns:
    """The definition's nouns in ``language``: ``nouns.place`` ("Dog unit"), ``nouns.lower("subjects")``…"""

    def __init__(self, config: SchemeConfig, language: str | None = ENGLISH) -> None:
        self.cfg, self.language = config, language or ENGLISH

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        return self.cfg.word(name, self.language)

    def lower(self, name: str) -> str:
        return lower_first(self.cfg.word(name, self.language))

    @property
    def visit(self) -> str:
        """The visit, as a sentence's subject: "Animal welfare visit"."""
        return upper_first(self.cfg.visit_noun(self.language))

    def stage(self, which: str) -> str:
        """The label of a headline stage — "root", "offered", "seen" or "declined" — in this language."""
        root, offered, seen, declined = funnel_keys(self.cfg)
        key = {"root": root, "offered": offered, "seen": seen, "declined": declined}[which]
        return self.cfg.label("count_stages", key, self.language)
