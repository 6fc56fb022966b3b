"""The words a volunteer reads from the core in Welsh: validation messages, and check-a-file verdicts.
Only the wording changes with the language; which problems are found, and the verdict, do not."""

from __future__ import annotations

import dataclasses
import datetime as dt

from icvapp.scheme.config import load_config
from icvapp.visits.record import ConversationRecord, CountRow, VisitRecord
from icvapp.visits.validation import Context, PlaceInfo, funnel_breaches, validate

CONFIG = load_config()
CTX = Context(CONFIG, {1: PlaceInfo("Aberystwyth", True), 2: PlaceInfo("Wigston", False)}, dt.date(2026, 11, 30))


def troubled_visit() -> VisitRecord:
    return VisitRecord(
        place_id=2, visit_date=dt.date(2026, 12, 24), visitor_a_id=1, visitor_b_id=1,
        arrival=dt.time(21, 0), admitted=dt.time(21, 50), departure=dt.time(20, 0), outcome="completed",
        counts={"in_custody": CountRow(3, 1, 1, 0), "offered": CountRow(2), "seen": CountRow(7), "declined": CountRow(-1)},
        conversations=[ConversationRecord(location="2", consent=False), ConversationRecord(identifier="A1"),
                       ConversationRecord(identifier="A1", issue_raised="x")],
    )


def test_welsh_validation_finds_the_same_problems_in_welsh_words():
    english, welsh = validate(troubled_visit(), CTX), validate(troubled_visit(), CTX, language="cy")
    assert [(p.field, p.severity, p.missing) for p in english] == [(p.field, p.severity, p.missing) for p in welsh]
    assert all(e.message != w.message for e, w in zip(english, welsh, strict=True))
    text = " | ".join(p.message for p in welsh)
    assert "Nid yw Wigston yn ddalfa weithredol" in text
    assert "Mae dyddiad yr ymweliad, 24 Rhag 2026, yn y dyfodol." in text
    assert "Sgwrs 1: rhowch rif y ddalfa" in text
    assert "Yn y ddalfa: mae'r rhaniad yn dod i" not in text  # 1 + 1 + 0 = 2, not 3: a full split that differs
    assert "benyw 1 + gwryw 1 + person ifanc 0 = 2, ond y cyfanswm yw 3." in text


def test_english_validation_reads_as_it_always_has():
    text = " | ".join(p.message for p in validate(troubled_visit(), CTX))
    assert "Wigston is not an active suite; choose the suite you visited" in text
    assert "The visit date 24 Dec 2026 is in the future." in text
    assert "In custody: female 1 + male 1 + juvenile 0 = 2, but the total is 3." in text


def test_funnel_breaches_speak_the_scheme_labels_in_the_language():
    counts = {"in_custody": CountRow(3, female=1), "offered": CountRow(2, female=2), "seen": CountRow(7)}
    english = funnel_breaches(counts, CONFIG)
    welsh = funnel_breaches(counts, CONFIG, "cy")
    assert [(s, g) for s, g, _ in english] == [(s, g) for s, g, _ in welsh]
    assert "7 accepted and seen, but only 2 offered a visit." in [m for _, _, m in english]
    assert "7 derbyniodd a gwelwyd, ond dim ond 2 cynigiwyd ymweliad." in [m for _, _, m in welsh]
    assert any(m.startswith("Benyw: 2 cynigiwyd ymweliad") for _, _, m in welsh)


def test_an_unknown_language_validates_in_english():
    assert [p.message for p in validate(troubled_visit(), CTX, language="xx")] == [
        p.message for p in validate(troubled_visit(), CTX)]


def test_a_verdict_on_an_unsigned_report_keeps_its_status_in_either_language(signed_ctx):
    from icvapp.reports.pdfkit import numbered_canvas, render_a4
    from icvapp.trust.enrolment import require_trust
    from icvapp.trust.verdict import UNSIGNED, verify_pdf_bytes

    trust = require_trust(signed_ctx.db)
    unsigned = render_a4(lambda width: [], canvasmaker=numbered_canvas(footer="x", generated_at=dt.datetime(2026, 1, 1)),
                         title="t", author="a")
    english = verify_pdf_bytes(unsigned, trust)
    welsh = verify_pdf_bytes(unsigned, trust, language="cy")
    assert english.status == welsh.status == UNSIGNED
    assert english.headline == "This PDF carries no signatures."
    assert welsh.headline == "Nid oes llofnod ar y PDF hwn."
    assert dataclasses.replace(welsh, headline=english.headline) == english
