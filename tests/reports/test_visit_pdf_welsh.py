"""A visit report is printed in the language it was written in: a Welsh visit gives a Welsh report,
with Welsh dates and grouped figures; an English visit's report reads as it always has.

Rendered from plain data (no database) and read back with poppler, as a reader's viewer would.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from icvapp.i18n import translator
from icvapp.reports.visit_data import SignOff, VisitReportData
from icvapp.reports.visit_pdf import render_visit_pdf
from icvapp.scheme.config import load_config
from icvapp.visits.canonical import OfficerAck
from icvapp.visits.record import CheckRecord, ConversationRecord, CountRow, VisitRecord

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def visit(language: str, **changes) -> VisitRecord:
    rec = VisitRecord(
        id=1035, status="complete", place_id=1, visit_date=dt.date(2026, 11, 30), visitor_a_id=1, visitor_b_id=2,
        arrival=dt.time(22, 40), admitted=dt.time(23, 25), departure=dt.time(0, 50), past_midnight=True,
        rating="unsatisfactory", admission_delay_finding=True, mode="telephone", language=language,
        counts={"in_custody": CountRow(1035, 2, 1032, 1), "offered": CountRow(7, 2, 4, 1),
                "seen": CountRow(4, 1, 2, 1), "declined": CountRow(2)},
        conversations=[
            ConversationRecord(identifier="LE/40211/25", location="3", consent=True,
                               requests=["medical", "phone_call", "case_update"], issue_raised="Angen ei hanadlydd.",
                               staff_response="Daethpwyd â'r anadlydd.", resolved_during_visit=True,
                               entitlements={"appropriate_adult": "no"}, vulnerabilities=["mental_health"]),
            ConversationRecord(identifier="LE/40212/25", location="7", consent=False,
                               reason_not_seen="released_or_transferred", allegation=True, issue_raised="Honiad",
                               resolved_during_visit=False),
        ],
        checks={"kitchen_food": CheckRecord("issue", "cleanliness", "Bwyd wedi dyddio."), "cells": CheckRecord("fine")},
        officer_name="Siân Jones", officer_rank="Rhingyll", officer_number="1234",
        officer_response="Bydd yn cael ei drefnu.", observations="Roedd y ddalfa'n brysur.",
        positive_comments="Staff yn gymwynasgar.",
    )
    return dataclasses.replace(rec, **changes)


def report(rec: VisitRecord) -> VisitReportData:
    return VisitReportData(
        record=rec, scheme_name="Comisiynydd Heddlu a Throseddu Dyfed-Powys", place_name="Aberystwyth",
        place_locations=1035, visitor_a="Zoë Ó Briain", visitor_b="Łukasz Nowak", config=load_config(),
        generated_at=dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC),
        signoff=SignOff(officer=OfficerAck("Siân Jones", "Rhingyll", "1234", dt.datetime(2026, 12, 1, 0, 45)),
                        signers=[]))


def text_of(pdf: bytes, tmp_path: Path) -> str:
    """The report's words as laid out, then in reading order (a table cell's lines kept together)."""
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    words = []
    for mode in (["-layout"], []):
        out = subprocess.run(["pdftotext", *mode, str(path), "-"], capture_output=True, text=True, check=True).stdout
        words.append(" ".join(out.split()))
    return " ¶ ".join(words)


def test_a_welsh_visit_prints_a_welsh_report(tmp_path):
    text = text_of(render_visit_pdf(report(visit("cy"))), tmp_path)
    for heading in ("Adroddiad ymweliad â'r ddalfa", "1 Manylion yr ymweliad", "2 Pobl yn y ddalfa adeg yr ymweliad",
                    "3 Sgyrsiau gyda phobl yn y ddalfa", "4 Ceisiadau fesul categori", "Archwilio'r ddalfa",
                    "Canfyddiadau a drafodwyd cyn gadael", "Arsylwadau", "Sylwadau cadarnhaol", "Cymeradwyo"):
        assert heading in text, heading
    assert "Aberystwyth · Dydd Llun 30 Tachwedd 2026" in text  # Welsh date, by locale
    assert "Aberystwyth (1,035 cell)" in text and "Yn y ddalfa 1,035 2 1,032 1" in text  # 1,035 grouped
    assert "00:50 (drannoeth)" in text and "23:25 (aros 45 mun)" in text and "2 awr 10 mun" in text
    assert "Monitro dros y ffôn" in text  # the scheme's own label in Welsh
    assert "Meddyg neu nyrs" in text and "Wedi'i ryddhau neu ei drosglwyddo" in text
    assert "Rhif y ddalfa" in text and "Rhingyll 1234, am 00:45 ar 01 Rhagfyr 2026" in text
    assert "Tudalen 1 o 2" in text and "Crëwyd 01/12/2026 09:30" in text
    assert "Cyfrinachol: yn cynnwys rhifau'r ddalfa" in text
    for english in ("Visit details", "Custody no.", "Page 1", "November", "Monday", "Not recorded", "Telephone"):
        assert english not in text, english


def test_an_english_visit_prints_the_english_report_it_always_has(tmp_path):
    text = text_of(render_visit_pdf(report(visit("en"))), tmp_path)
    assert "Custody visit report" in text and "Aberystwyth · Monday 30 November 2026" in text
    assert "1 Visit details" in text and "Aberystwyth (1,035 cells)" in text
    assert "00:50 (next day)" in text and "23:25 (45 min wait)" in text and "2 h 10 min" in text
    assert "Sergeant" not in text and "Rhingyll 1234, at 00:45 on 01 December 2026" in text
    assert "Page 1 of 2" in text and "Telephone monitoring" in text
    assert "Tachwedd" not in text and "Manylion" not in text


def test_a_welsh_draft_is_marked_draft_in_welsh_on_every_page(tmp_path):
    pdf = render_visit_pdf(report(visit("cy", status="draft")))
    text = text_of(pdf, tmp_path)
    assert "DRAFFT — nid yw'r adroddiad hwn wedi'i gwblhau" in text
    assert text.count("DRAFFT") >= 3  # the banner, and the footer and watermark of each page


def test_a_welsh_abandoned_visit_gives_its_reason_in_welsh(tmp_path):
    rec = visit("cy", outcome="abandoned", abandon_reason="access_refused", rating=None, counts={},
                conversations=[], checks={})
    text = text_of(render_visit_pdf(report(rec)), tmp_path)
    assert "Gadawyd yr ymweliad: Arolygydd wedi gwrthod mynediad." in text
    assert "WEDI'I ADAEL" in text


def test_a_damaged_welsh_catalogue_prints_the_report_in_english_rather_than_failing(tmp_path, monkeypatch):
    from icvapp.i18n import translation

    monkeypatch.setattr(translation, "catalogue_text", lambda language: b"<TS><context>cut short")
    translator.cache_clear()
    try:
        assert "damaged" in translator("cy").problem
        text = text_of(render_visit_pdf(report(visit("cy"))), tmp_path)
        assert "Custody visit report" in text and "1 Visit details" in text
    finally:
        translator.cache_clear()


def test_a_welsh_report_fits_its_pages(tmp_path):
    """Welsh runs longer than English: every word stays inside the page's text column."""
    import re

    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_visit_pdf(report(visit("cy", observations="Hir iawn. " * 300))))
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', html)]
    a4_width, margin_mm = 595.28, 18
    assert right_edges and max(right_edges) <= a4_width - margin_mm * 72 / 25.4 + 1
