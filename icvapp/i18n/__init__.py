"""Languages: the message catalogues the core reads (:mod:`.translator`, :mod:`.catalogue`),
and dates and numbers by locale (:mod:`.formats`)."""

from icvapp.i18n.translation import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    Translatable,
    Translator,
    language_code,
    later,
    localized,
    translate,
    translator,
)

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "QT_TRANSLATE_NOOP", "Translatable", "Translator", "language_code",
           "later", "localized", "translate", "translator"]
