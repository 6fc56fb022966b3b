"""Dates, numbers and percentages as each language writes them (Babel's CLDR data).

English keeps the house's British forms ("Monday 30 November 2026", "1,035", "67%");
Welsh gets "Dydd Llun 30 Tachwedd 2026". Babel is the core's QLocale: the core cannot load Qt.
"""

from __future__ import annotations

import datetime as dt

from icvapp.i18n.languages import language_code

#: CLDR locale for each language the core has: British English, Welsh.
LOCALES = {"en": "en_GB", "cy": "cy_GB"}

#: Date patterns (CLDR syntax) the reports use, the same shape in every language.
PATTERNS = {
    "weekday": "EEEE d MMMM y",   # Monday 30 November 2026 · Dydd Llun 30 Tachwedd 2026
    "long": "d MMMM y",           # 30 November 2026 · 30 Tachwedd 2026
    "month": "MMMM y",            # November 2026 · Tachwedd 2026
    "short": "dd/MM/y",           # 30/11/2026
    "day_month": "d MMM",         # 30 Nov · 30 Tach
}


def locale_for(language: str | None) -> str:
    return LOCALES[language_code(language)]


def format_date(day: dt.date, language: str | None = "en", pattern: str = "long") -> str:
    """``day`` in one of :data:`PATTERNS` (or a CLDR pattern of its own)."""
    # deferred: Babel and its locale data load on the first date written, not before the app's first window
    from babel.dates import format_date as babel_date

    return babel_date(day, PATTERNS.get(pattern, pattern), locale=locale_for(language))


def format_datetime(moment: dt.datetime, language: str | None = "en", pattern: str = "d MMMM y HH:mm") -> str:
    """A moment as printed, keeping its own time zone (no conversion)."""
    # deferred: as format_date
    from babel.dates import format_datetime as babel_datetime

    return babel_datetime(moment, pattern, tzinfo=moment.tzinfo, locale=locale_for(language))


def format_number(value: float, language: str | None = "en", decimals: int = 0) -> str:
    """A figure with thousands grouped: "1,035"; ``decimals`` places at most, none for a whole number."""
    # deferred: as format_date
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=locale_for(language))


def format_fixed(value: float, language: str | None = "en", decimals: int = 1) -> str:
    """A figure with exactly ``decimals`` places, thousands grouped: "1,234.0"."""
    # deferred: as format_date
    from babel.numbers import format_decimal

    return format_decimal(value, format="#,##0." + "0" * decimals, locale=locale_for(language))


def format_percent(value: float, language: str | None = "en", decimals: int = 0) -> str:
    """A share given as a percentage (67.0 → "67%"), rounded to ``decimals`` places."""
    # deferred: as format_date
    from babel.numbers import format_percent as babel_percent

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    return babel_percent(value / 100, format=pattern, locale=locale_for(language))


class Moment:
    """A date or time inside a translatable message: English as ``strftime`` writes it (what the message
    always said), and in another language by a CLDR pattern, when the message is rendered for its reader."""

    def __init__(self, value: dt.date | dt.datetime, strftime: str = "%d %B %Y", pattern: str = "dd MMMM y") -> None:
        self.value, self.strftime, self.pattern = value, strftime, pattern

    def __str__(self) -> str:
        return format(self.value, self.strftime)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Moment({self.value!r})"

    def in_language(self, tr) -> str:
        language = language_code(getattr(tr, "language", None))
        if language == "en":
            return str(self)
        if isinstance(self.value, dt.datetime):
            return format_datetime(self.value, language, self.pattern)
        return format_date(self.value, language, self.pattern)
