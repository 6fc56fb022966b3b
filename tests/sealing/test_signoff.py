"""Signed and sealed: two visitors sign, the PDF verifies, every tamper is caught."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pytest
from sqlalchemy.exc import IntegrityError

from icvapp.errors import InvalidInput
from icvapp.reports.visit_pdf import export_visit_pdf
from icvapp.sealing import verify
from icvapp.sealing.signoff import check_stored_visit
from icvapp.storage.model import Volunteer
from icvapp.trust import pki
from icvapp.trust import verdict as verdicts
from icvapp.trust.enrolment import Trust, require_trust, revoke_certificates, unlock_signer
from icvapp.visits.sealed import signed_pdf
from icvapp.visits.store import load_visit, reopen_visit, save_draft
from tests.conftest import PINS, ROOT_PIN
from tests.helpers import good_visit, names_to_ids, seal

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def sealed(signed_ctx, tmp_path):
    vid = seal(signed_ctx)
    out = export_visit_pdf(signed_ctx, vid, tmp_path / "visit.pdf")
    return signed_ctx, vid, out.read_bytes()


def nss_dir(tmp_path, trust: Trust):
    """A throwaway NSS database that trusts the scheme root, for poppler's pdfsig."""
    if shutil.which("certutil") is None:
        return None
    d = tmp_path / "nss"
    d.mkdir()
    root = tmp_path / "root.pem"
    root.write_text(pki.pem(trust.root))
    subprocess.run(["certutil", "-N", "-d", f"sql:{d}", "--empty-password"], check=True)
    subprocess.run(["certutil", "-A", "-d", f"sql:{d}", "-n", "scheme root", "-t", "C,C,C", "-a", "-i", str(root)],
                   check=True)
    return d


def pdfsig(path, nss=None) -> str:
    cmd = ["pdfsig"] + (["-nssdir", f"sql:{nss}"] if nss else []) + [str(path)]
    return subprocess.run(cmd, capture_output=True, text=True).stdout


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "text.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


# --------------------------------------------------------------------------- the round trip


def test_both_visitors_sign_and_the_pdf_verifies_here_and_in_pdfsig(sealed, tmp_path):
    ctx, vid, data = sealed
    trust = require_trust(ctx.db)
    verdict = verdicts.verify_pdf_bytes(data, trust)
    assert verdict.ok, verdict.text()
    assert "Amrit Sandhu and Zoë Ó Briain" in verdict.headline
    text = pdf_text(data, tmp_path)
    assert "Signed digitally on" in text and "Amrit Sandhu" in text and "Zoë Ó Briain" in text
    assert "Acknowledged by Sgt Patel" in text
    path = tmp_path / "visit.pdf"
    nss = nss_dir(tmp_path, trust)
    out = pdfsig(path, nss)
    assert out.count("Signature is Valid.") == 2
    assert "Total document signed" in out
    if nss:
        assert out.count("Certificate is Trusted.") == 2
    assert check_stored_visit(ctx.db, vid).ok


def test_export_of_a_sealed_visit_is_the_signed_pdf_byte_for_byte(sealed, tmp_path):
    ctx, vid, data = sealed
    assert data == signed_pdf(ctx.db, vid)
    again = export_visit_pdf(ctx, vid, tmp_path / "again.pdf").read_bytes()
    assert again == data


def test_a_lone_visitor_signs_alone(signed_ctx):
    rec = good_visit(signed_ctx, visitor_b_id=None, lone_visitor_note="Second visitor taken ill at the door.")
    vid = seal(signed_ctx, rec)
    assert verdicts.verify_pdf_bytes(signed_pdf(signed_ctx.db, vid), require_trust(signed_ctx.db)).ok


def test_only_the_visits_own_visitors_can_sign(signed_ctx):
    from icvapp.sealing.signoff import sign_off
    from icvapp.visits.store import complete_visit, validation_context
    from icvapp.visits.validation import errors
    from tests.helpers import officer_ack

    rec = good_visit(signed_ctx)
    assert not errors(complete_visit(signed_ctx.db, rec, validation_context(signed_ctx.db, signed_ctx.config,
                                                                            dt.date(2026, 11, 23))))
    people = names_to_ids(signed_ctx, Volunteer)
    stranger = unlock_signer(signed_ctx.db, people["Łukasz Nowak"], PINS["Łukasz Nowak"])
    amrit = unlock_signer(signed_ctx.db, people["Amrit Sandhu"], PINS["Amrit Sandhu"])
    with pytest.raises(InvalidInput, match="only they"):
        sign_off(signed_ctx, rec.id, officer_ack(), [amrit, stranger])
    assert load_visit(signed_ctx.db, rec.id).status == "complete"


def test_a_wrong_pin_does_not_unlock_a_signing_key(signed_ctx):
    people = names_to_ids(signed_ctx, Volunteer)
    with pytest.raises(pki.WrongPin, match="PIN does not unlock Amrit Sandhu's signing key"):
        unlock_signer(signed_ctx.db, people["Amrit Sandhu"], PINS["Zoë Ó Briain"])


# --------------------------------------------------------------------------- sealed means sealed


def test_sealed_visits_refuse_edits_through_the_storage_api(sealed):
    ctx, vid, _ = sealed
    rec = load_visit(ctx.db, vid)
    assert rec.status == "sealed"
    rec.observations = "quietly rewritten"
    with pytest.raises(InvalidInput, match="sealed"):
        save_draft(ctx.db, rec)
    with pytest.raises(InvalidInput, match="sealed"):
        reopen_visit(ctx.db, vid)
    assert load_visit(ctx.db, vid).observations == "Calm suite; staff welcoming."


@pytest.mark.parametrize("sql", [
    "UPDATE visit SET observations = 'rewritten' WHERE id = :id",
    "DELETE FROM visit WHERE id = :id",
    "UPDATE conversation SET identifier = 'X' WHERE visit_id = :id",
    "DELETE FROM conversation WHERE visit_id = :id",
    "INSERT INTO subject_request (visit_id, category, quantity) VALUES (:id, 'doctor', 1)",
    "UPDATE stage_count SET total = 99 WHERE visit_id = :id",
    "DELETE FROM area_check WHERE visit_id = :id",
    "UPDATE visit_signature SET signer_name = 'Someone else' WHERE visit_id = :id",
    "DELETE FROM signed_document WHERE visit_id = :id",
])
def test_the_database_itself_refuses_to_change_a_sealed_visit(sealed, sql):
    from sqlalchemy import text

    ctx, vid, _ = sealed
    with pytest.raises(IntegrityError, match="sealed visit cannot be changed"):
        with ctx.db.engine.begin() as conn:
            conn.execute(text(sql), {"id": vid})
    assert check_stored_visit(ctx.db, vid).ok


# --------------------------------------------------------------------------- tampering with the PDF


def revisions(data: bytes) -> list[int]:
    """Byte offsets just after each %%EOF: where each revision ends."""
    ends, start = [], 0
    while (i := data.find(b"%%EOF", start)) != -1:
        end = i + 5
        while end < len(data) and data[end:end + 1] in b"\r\n":
            end += 1
        ends.append(end)
        start = end
    return ends


def test_one_byte_changed_is_altered(sealed, tmp_path):
    ctx, _, data = sealed
    i = data.index(b"Custody visit report")
    tampered = data[:i] + b"c" + data[i + 1:]
    verdict = verdicts.verify_pdf_bytes(tampered, require_trust(ctx.db))
    assert verdict.status == verdicts.ALTERED, verdict.text()
    path = tmp_path / "tampered.pdf"
    path.write_bytes(tampered)
    assert "Signature is Valid." not in pdfsig(path)


def test_a_file_cut_back_to_the_first_signature_shows_the_empty_field(sealed, tmp_path):
    ctx, _, data = sealed
    ends = revisions(data)
    assert len(ends) == 4  # report, empty fields, first signature, second signature
    cut = data[:ends[2]]
    verdict = verdicts.verify_pdf_bytes(cut, require_trust(ctx.db))
    assert verdict.status == verdicts.UNSIGNED and "Visitor2" in verdict.headline, verdict.text()
    path = tmp_path / "cut.pdf"
    path.write_bytes(cut)
    out = pdfsig(path)
    assert out.count("Signature is Valid.") == 1
    assert "The signature form field is not signed." in out  # pdfsig agrees


def _append_revision(data: bytes, change) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_annotation_added_after_signing_is_altered(sealed, tmp_path):
    from pyhanko.pdf_utils import generic

    ctx, _, data = sealed

    def annotate(writer):
        page = writer.root["/Pages"]["/Kids"][0].get_object()
        note = writer.add_object(generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
            generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in (50, 700, 300, 740)]),
            generic.NameObject("/Contents"): generic.TextStringObject("No issues at all"),
            generic.NameObject("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
        }))
        annots = page.get("/Annots") or generic.ArrayObject()
        annots.append(note)
        page[generic.NameObject("/Annots")] = annots
        writer.update_container(page)

    verdict = verdicts.verify_pdf_bytes(_append_revision(data, annotate), require_trust(ctx.db))
    assert verdict.status == verdicts.ALTERED and "added after" in verdict.headline, verdict.text()


def test_a_page_added_after_signing_is_altered(sealed):
    from pyhanko.pdf_utils import generic

    ctx, _, data = sealed

    def add_page(writer):
        page = generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Page"),
            generic.NameObject("/MediaBox"): generic.ArrayObject([generic.NumberObject(v) for v in (0, 0, 595, 842)]),
            generic.NameObject("/Resources"): generic.DictionaryObject(),
        })
        writer.insert_page(page)

    verdict = verdicts.verify_pdf_bytes(_append_revision(data, add_page), require_trust(ctx.db))
    assert verdict.status == verdicts.ALTERED, verdict.text()


def test_a_report_signed_in_another_scheme_is_intact_but_untrusted(sealed, tmp_path):
    from icvapp.profile.context import create_profile
    from icvapp.storage.model import Place
    from icvapp.trust.enrolment import set_up_scheme_root
    from icvapp.trust.enrolment_files import enrol_here
    from tests.conftest import PASSPHRASE

    ctx, _, _ = sealed
    other = create_profile(tmp_path / "other", "passphrase", "Another scheme", PASSPHRASE)
    try:
        with other.db.session() as s:
            s.add_all([Place(name="Beaumont Leys", locations=14), Volunteer(name="Amrit Sandhu"),
                       Volunteer(name="Zoë Ó Briain")])
        set_up_scheme_root(other.db, ROOT_PIN)
        for name, vid in names_to_ids(other, Volunteer).items():
            enrol_here(other.db, vid, PINS[name], ROOT_PIN)
        foreign = signed_pdf(other.db, seal(other))
    finally:
        other.close()
    verdict = verdicts.verify_pdf_bytes(foreign, require_trust(ctx.db))
    assert verdict.status == verdicts.UNTRUSTED, verdict.text()
    assert "did not issue" in verdict.headline


def _rogue_signed_pdf(ctx, cert, key) -> bytes:
    """A report signed by ``cert`` bypassing sign-off's own checks (as a forger would)."""
    from icvapp.reports.visit_data import SignOff, load_report_data
    from icvapp.reports.visit_pdf import render_visit_pdf
    from icvapp.trust import pades

    boxes: dict = {}
    rec = good_visit(ctx)
    save_draft(ctx.db, rec)
    render = render_visit_pdf(load_report_data(ctx, rec.id).with_signoff(
        SignOff(officer=None, signers=[("Amrit Sandhu", dt.datetime.now(dt.UTC), "Visitor1")])), boxes)
    pdf = pades.add_signature_fields(render, boxes)
    return pades.sign_field(pdf, "Visitor1", key, cert, require_trust(ctx.db).root, reason="x", name="Amrit Sandhu")


def test_a_certificate_not_issued_by_the_root_is_caught(signed_ctx):
    trust = require_trust(signed_ctx.db)
    # Same issuer name as the real root, different key: a forged certificate.
    forger = pki.Authority(pki.new_root("x").key, trust.root)
    key, csr = pki.new_signing_request("Amrit Sandhu", "forged-uid", "Test scheme")
    cert = forger.issue_signing(csr)
    verdict = verdicts.verify_pdf_bytes(_rogue_signed_pdf(signed_ctx, cert, key), trust)
    assert verdict.status == verdicts.UNTRUSTED, verdict.text()


def test_an_expired_certificate_is_caught(signed_ctx):
    from icvapp.trust.enrolment import unlock_authority

    authority = unlock_authority(signed_ctx.db, ROOT_PIN)
    key, csr = pki.new_signing_request("Amrit Sandhu", "uid", "Test scheme")
    cert = authority.issue_signing(csr, days=30, start=dt.datetime.now(dt.UTC) - dt.timedelta(days=400))
    verdict = verdicts.verify_pdf_bytes(_rogue_signed_pdf(signed_ctx, cert, key), require_trust(signed_ctx.db))
    assert verdict.status == verdicts.CERTIFICATE and "expired" in verdict.headline, verdict.text()
    expired = cert.not_valid_after_utc
    assert verdict.headline == (f"Intact, but Amrit Sandhu cannot vouch for it: its certificate expired on "
                                f"{expired.day} {expired:%B %Y}."), verdict.headline


def test_a_revoked_certificate_is_caught_and_can_no_longer_sign(sealed):
    ctx, vid, data = sealed
    people = names_to_ids(ctx, Volunteer)
    assert revoke_certificates(ctx.db, people["Amrit Sandhu"], ROOT_PIN, "laptop lost") == 1
    verdict = verdicts.verify_pdf_bytes(data, require_trust(ctx.db))
    assert verdict.status == verdicts.CERTIFICATE and "revoked" in verdict.headline, verdict.text()
    with pytest.raises(InvalidInput, match="revoked"):
        unlock_signer(ctx.db, people["Amrit Sandhu"], PINS["Amrit Sandhu"])


def test_damaged_and_non_pdf_files_get_a_plain_verdict(signed_ctx, tmp_path):
    trust = require_trust(signed_ctx.db)
    assert verdicts.verify_pdf_bytes(b"%PDF-1.7\n garbage", trust).status in (verdicts.DAMAGED, verdicts.UNSIGNED)
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    assert verify.verify_file(path, trust).status == verdicts.DAMAGED


@pytest.mark.strong_kdf
def test_signing_keys_are_sealed_with_the_full_argon2id_cost(ctx):
    import struct

    box = pki.seal_box(b"secret", "a-long-pin")
    assert struct.unpack(">III", box[7:19]) == (3, 4, 64 * 1024)
    assert pki.open_box(box, "a-long-pin") == b"secret"
    with pytest.raises(pki.WrongPin):
        pki.open_box(box, "another-pin")
