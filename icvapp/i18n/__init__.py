"""Languages: the message catalogues the core reads (:mod:`.translator`, :mod:`.catalogue`),
and dates and numbers by locale (:mod:`.formats`).

The names below are re-exported from :mod:`.translation` when first asked for, so that importing
:mod:`.languages` alone (the window's first frame reads the list of languages) loads no catalogue.
"""

from __future__ import annotations

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "QT_TRANSLATE_NOOP", "Translatable", "Translator", "language_code",
           "later", "localized", "translate", "translator"]


def __getattr__(name: str):
    if name not in __all__:
        raise AttributeError(f"module 'icvapp.i18n' has no attribute {name!r}")
    # deferred: the catalogues load with the first of these names a module asks for
    from icvapp.i18n import translation

    return getattr(translation, name)
