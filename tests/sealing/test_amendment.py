"""Corrections after sealing: a new signed version, the original untouched."""

from __future__ import annotations

import subprocess

import pytest

from icvapp.errors import InvalidInput
from icvapp.sealing.signoff import check_stored_visit, start_amendment
from icvapp.trust import verdict as verdicts
from icvapp.trust.enrolment import require_trust
from icvapp.visits.sealed import signed_pdf
from icvapp.visits.store import VisitFilter, list_visits, load_visit, save_draft
from tests.helpers import seal


@pytest.fixture
def amended(signed_ctx):
    vid = seal(signed_ctx)
    original_pdf = signed_pdf(signed_ctx.db, vid)
    draft = start_amendment(signed_ctx.db, vid, "The second detainee was in cell 8, not 7.")
    rec = load_visit(signed_ctx.db, draft)
    rec.conversations[1].location = "8"
    rec.observations = "Calm suite; staff welcoming and helpful."
    save_draft(signed_ctx.db, rec)
    seal(signed_ctx, rec)
    return signed_ctx, vid, draft, original_pdf


def test_an_amendment_is_a_new_signed_version_and_the_original_stays(amended, tmp_path):
    ctx, original, amendment, original_pdf = amended
    assert load_visit(ctx.db, original).conversations[1].location == "7"
    assert signed_pdf(ctx.db, original) == original_pdf
    assert check_stored_visit(ctx.db, original).ok and check_stored_visit(ctx.db, amendment).ok
    pdf = signed_pdf(ctx.db, amendment)
    assert verdicts.verify_pdf_bytes(pdf, require_trust(ctx.db)).ok
    path = tmp_path / "v2.pdf"
    path.write_bytes(pdf)
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())
    assert "Amended report — version 2" in text
    assert "The second detainee was in cell 8, not 7." in text
    assert "conversation 2" in text and "observations" in text


def test_the_list_shows_the_original_as_superseded(amended):
    ctx, original, amendment, _ = amended
    rows = {v.id: v for v in list_visits(ctx.db, VisitFilter())}
    assert rows[original].state == "superseded"
    assert rows[amendment].state == "sealed" and rows[amendment].version == 2


def test_an_amendment_needs_a_reason_and_a_change(signed_ctx):
    vid = seal(signed_ctx)
    with pytest.raises(InvalidInput, match="why"):
        start_amendment(signed_ctx.db, vid, "  ")
    draft = start_amendment(signed_ctx.db, vid, "Checking.")
    assert start_amendment(signed_ctx.db, vid, "Again.") == draft  # the same draft, not a second one
    with pytest.raises(InvalidInput, match="changes nothing"):
        seal(signed_ctx, load_visit(signed_ctx.db, draft))


def test_only_the_latest_version_can_be_amended(amended):
    ctx, original, _, _ = amended
    with pytest.raises(InvalidInput, match="already been amended"):
        start_amendment(ctx.db, original, "Another go.")


def test_a_draft_cannot_be_amended(ctx):
    from tests.helpers import good_visit

    rec = save_draft(ctx.db, good_visit(ctx))
    with pytest.raises(InvalidInput, match="Only a sealed visit"):
        start_amendment(ctx.db, rec.id, "x")
