"""Dates, numbers and percentages as each language writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from icvapp.i18n.formats import format_date, format_fixed, format_number, format_percent
from icvapp.reports.pdfkit import count_text, percent_text

DAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(("language", "weekday", "long", "short"), [
    ("en", "Monday 30 November 2026", "30 November 2026", "30/11/2026"),
    ("cy", "Dydd Llun 30 Tachwedd 2026", "30 Tachwedd 2026", "30/11/2026"),
])
def test_dates_in_each_language(language, weekday, long, short):
    assert format_date(DAY, language, "weekday") == weekday
    assert format_date(DAY, language, "long") == long
    assert format_date(DAY, language, "short") == short


def test_welsh_months_through_the_year():
    months = [format_date(dt.date(2026, m, 1), "cy", "MMMM") for m in range(1, 13)]
    assert months == ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                      "Hydref", "Tachwedd", "Rhagfyr"]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_figures_group_thousands_in_both_languages(language):
    assert format_number(1035, language) == "1,035"
    assert format_number(1234567, language) == "1,234,567"
    assert format_number(1035.46, language, 1) == "1,035.5"
    assert format_fixed(12, language, 1) == "12.0"
    assert format_percent(66.6667, language) == "67%"
    assert count_text(1035, language=language) == "1,035"
    assert percent_text(None, "", language) == ""


def test_an_unknown_language_prints_as_english():
    assert format_date(DAY, "fr", "weekday") == "Monday 30 November 2026"
