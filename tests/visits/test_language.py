"""A visit keeps the language it was written in: stored, signed (only when it is not English, so every
visit sealed before languages keeps its bytes), and printed in its report."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from icvapp.storage.encoding import canonical_json
from icvapp.visits.canonical import build_document, document_to_record
from icvapp.visits.store import load_visit, save_draft
from tests.helpers import good_visit, seal
from tests.visits.test_canonical import GOLDEN, full_record, parts

SNAPSHOT = Path(__file__).parents[1] / "data" / "upgrade" / "schema4"


def test_an_english_visit_signs_exactly_the_bytes_it_signed_before_languages():
    for _name, record, how, digest in GOLDEN:
        rec = record()
        assert rec.language == "en"
        doc = build_document(rec, parts(**how))
        assert "language" not in doc
        assert hashlib.sha256(canonical_json(doc)).hexdigest() == digest


def test_a_welsh_visit_signs_its_language_and_reads_it_back():
    rec = dataclasses.replace(full_record(), language="cy")
    doc = build_document(rec, parts())
    assert doc["language"] == "cy"
    english = canonical_json(build_document(full_record(), parts()))
    assert canonical_json(doc) != english  # the language is part of what the visitors sign
    back, _ = document_to_record(json.loads(canonical_json(doc)))
    assert back.language == "cy"
    assert canonical_json(build_document(back, parts())) == canonical_json(doc)


def test_a_document_without_a_language_was_written_in_english():
    doc = json.loads(canonical_json(build_document(full_record(), parts())))
    assert document_to_record(doc)[0].language == "en"


@pytest.mark.parametrize("bad", [7, None, "x" * 9, ["cy"]])
def test_a_malformed_language_is_named(bad):
    from icvapp.errors import InvalidInput

    doc = json.loads(canonical_json(build_document(full_record(), parts())))
    doc["language"] = bad
    with pytest.raises(InvalidInput, match="'language'"):
        document_to_record(doc)


def test_a_draft_keeps_its_language(ctx):
    welsh = save_draft(ctx.db, good_visit(ctx, language="cy"))
    english = save_draft(ctx.db, good_visit(ctx))
    assert load_visit(ctx.db, welsh.id).language == "cy"
    assert load_visit(ctx.db, english.id).language == "en"
    saved = load_visit(ctx.db, welsh.id)
    saved.language = "en"
    save_draft(ctx.db, saved)
    assert load_visit(ctx.db, welsh.id).language == "en"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_welsh_visit_is_sealed_with_a_welsh_report_that_verifies(signed_ctx, tmp_path):
    from icvapp.reports.visit_pdf import export_visit_pdf
    from icvapp.sealing.signoff import check_stored_visit
    from icvapp.trust.enrolment import require_trust
    from icvapp.trust.verdict import verify_pdf_bytes
    from icvapp.visits.sealed import signed_pdf

    visit_id = seal(signed_ctx, good_visit(signed_ctx, language="cy"))
    assert load_visit(signed_ctx.db, visit_id).language == "cy"
    assert check_stored_visit(signed_ctx.db, visit_id).ok
    out = export_visit_pdf(signed_ctx, visit_id, tmp_path / "adroddiad.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Adroddiad ymweliad â'r ddalfa" in text and "Dydd Llun 2 Tachwedd 2026" in text
    assert "Llofnodwyd yn ddigidol ar" in text
    verdict = verify_pdf_bytes(signed_pdf(signed_ctx.db, visit_id), require_trust(signed_ctx.db), at_signing=True,
                               language="cy")
    assert verdict.ok and verdict.headline.startswith("Dilys: wedi'i lofnodi gan wirfoddolwyr y cynllun")


@pytest.mark.skipif(not SNAPSHOT.is_dir(), reason="needs the schema 4 upgrade snapshot")
def test_visits_sealed_before_languages_upgrade_as_english_and_still_verify(tmp_path):
    from icvapp.profile.context import open_profile
    from icvapp.sealing.signoff import check_stored_visit
    from icvapp.visits.store import list_visits

    manifest = json.loads((SNAPSHOT / "manifest.json").read_text())
    shutil.copytree(SNAPSHOT, tmp_path / "profile")
    ctx = open_profile(tmp_path / "profile", manifest["passphrase"])
    try:
        visits = list_visits(ctx.db)
        assert {load_visit(ctx.db, v.id).language for v in visits} == {"en"}
        sealed = [v.id for v in visits if v.status == "sealed"][:4]
        assert sealed
        for visit_id in sealed:
            assert check_stored_visit(ctx.db, visit_id).ok, visit_id
    finally:
        ctx.close()
