"""The scheme kind's nouns as the reports print them, in the report's language.

Every report sentence that names the place, the people or animals visited, or the visit itself
takes its noun from the scheme definition (:meth:`icvapp.scheme.config.SchemeConfig.word`), so the
dog unit's reports speak of dogs and kennels. The first kind's reports keep the sentences (and their
reviewed Welsh) they were written with: :attr:`Nouns.legacy_wording` is true for a definition
whose nouns are the first kind's, and a report then prints its original wording, unchanged.
"""

from __future__ import annotations

from icvapp.metrics.performance import funnel_keys
from icvapp.scheme.config import ENGLISH, SchemeConfig

#: The English noun each long-standing label and report sentence was written for (the first kind's words): a kind whose
#: noun is this one keeps that label, and its reviewed translation; any other kind's is built from its own noun.
WRITTEN_FOR = {"place": "Custody suite", "places": "Custody suites", "subject": "Detainee",
               "subjects": "Detainees", "identifier": "Custody number", "location": "Cell",
               "met": "Consent given", "staff": "Custody officer", "checks": "Rights and entitlements checked",
               "flags": "Vulnerabilities", "counts": "Detainees at the time of the visit",
               "inspection": "Suite inspection", "allegation": "Allegation of ill-treatment"}


def written_for(config: SchemeConfig, noun: str) -> bool:
    """Whether the original label for ``noun`` was written for this kind's word (the first kind's)."""
    return config.word(noun, ENGLISH) == WRITTEN_FOR[noun]


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
        self.legacy_wording = all(written_for(config, noun) for noun in ("place", "subject", "location"))

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
