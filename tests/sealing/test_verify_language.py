"""Check-a-file speaks the reader's language: a submission's verdict in Welsh, with a Welsh date."""

from __future__ import annotations

from icvapp.sealing.submission import export_submission, inbox_key_of
from icvapp.sealing.verify import verify_file
from icvapp.trust.enrolment import require_trust
from tests.helpers import seal
from tests.sealing.test_submission import laptop  # noqa: F401  (the fixture)


def test_a_submission_verdict_in_english_and_in_welsh(signed_ctx, laptop, tmp_path):  # noqa: F811
    office = signed_ctx
    path = export_submission(laptop, seal(laptop), tmp_path / "v.icvsub")
    trust, key = require_trust(office.db), inbox_key_of(office.db)
    english = verify_file(path, trust, key)
    welsh = verify_file(path, trust, key, language="cy")
    assert english.ok and welsh.ok
    assert english.headline.startswith("Valid: visit to Beaumont Leys on 2 November 2026")
    assert welsh.headline.startswith("Dilys: ymweliad â Beaumont Leys ar 2 Tachwedd 2026")
    assert "Amrit Sandhu" in welsh.headline and "UTC" in welsh.details[0]
    assert welsh.details[0].startswith("Llofnodwyd ar ")


def test_a_pdf_check_without_the_office_key_says_why_in_welsh(signed_ctx, laptop, tmp_path):  # noqa: F811
    path = export_submission(laptop, seal(laptop), tmp_path / "v.icvsub")
    verdict = verify_file(path, require_trust(laptop.db), None, language="cy")
    assert not verdict.ok and verdict.headline.startswith("Nid PDF yw hwn")
