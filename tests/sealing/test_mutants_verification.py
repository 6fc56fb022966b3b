"""What sign-off, amendment and "check any file" tell the user, word for word (written against mutation
survivors): each refusal names what is wrong and the way forward.
"""

from __future__ import annotations

import datetime as dt

import pytest

from icvapp.errors import InvalidInput
from icvapp.history.retention import purge
from icvapp.sealing.signoff import check_stored_visit, start_amendment
from icvapp.sealing.verify import trust_from_root_file, verify_file
from icvapp.trust import pki
from icvapp.trust.enrolment import require_trust
from icvapp.trust.verdict import ALTERED, DAMAGED, UNSIGNED, UNTRUSTED, verify_pdf_bytes
from icvapp.visits.sealed import signed_pdf
from icvapp.visits.store import load_visit, save_draft
from tests.helpers import assert_read_in_welsh, seal


def refusal(call) -> tuple[str, str]:
    with pytest.raises(InvalidInput) as caught:
        call()
    return caught.value.message, caught.value.hint


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_an_amendment_without_a_reason_says_the_reason_is_signed(signed_ctx, reason):
    vid = seal(signed_ctx)
    assert refusal(lambda: start_amendment(signed_ctx.db, vid, reason)) == (
        "Say why the report needs correcting.", "The reason is printed on the amended report and signed with it.")


def test_an_amended_version_points_to_the_latest_one(signed_ctx):
    vid = seal(signed_ctx)
    draft = start_amendment(signed_ctx.db, vid, "The second detainee was in cell 8, not 7.")
    rec = load_visit(signed_ctx.db, draft)
    rec.conversations[1].location = "8"
    save_draft(signed_ctx.db, rec)
    seal(signed_ctx, rec)
    assert refusal(lambda: start_amendment(signed_ctx.db, vid, "Another go.")) == (
        "This version has already been amended (version 2).", "Amend the latest version instead.")


def test_a_file_that_is_not_a_pdf_is_sent_to_the_office_to_check(signed_ctx, tmp_path):
    path = tmp_path / "visit.icvsub"
    path.write_bytes(b"\x30\x82 not a PDF")
    verdict = verify_file(path, require_trust(signed_ctx.db))
    assert verdict.status == DAMAGED and not verdict.ok
    assert verdict.headline == ("This is not a PDF. Submission files can only be checked in the scheme office's "
                                "icvapp, which holds the key that opens them.")


def test_a_sealed_visit_purged_under_retention_still_checks_as_signed(signed_ctx):
    vid = seal(signed_ctx)
    visit_date = load_visit(signed_ctx.db, vid).visit_date
    assert purge(signed_ctx.db, visit_date + dt.timedelta(days=1)) == 1
    checked = check_stored_visit(signed_ctx.db, vid)
    assert (checked.ok, checked.problems) == (True, [])


def test_a_changed_byte_names_the_first_signature_it_breaks_and_its_revision(signed_ctx):
    data = signed_pdf(signed_ctx.db, seal(signed_ctx))
    # Four revisions, each ending in %%EOF: the report, its two empty signature fields, then each visitor's
    # signature; the first visitor's is the third.
    assert data.count(b"%%EOF") == 4
    i = data.index(b"Custody visit report")
    verdict = verify_pdf_bytes(data[:i] + b"c" + data[i + 1:], require_trust(signed_ctx.db))
    assert verdict.status == ALTERED
    assert verdict.headline == ("Altered after signing: Amrit Sandhu's signature no longer matches the document "
                                "(revision 3 of 4).")


def test_anyone_with_the_schemes_root_certificate_file_can_check_a_report(signed_ctx, tmp_path):
    root = require_trust(signed_ctx.db).root
    path = tmp_path / "scheme-root.pem"
    path.write_text(pki.pem(root), "ascii")
    trust = trust_from_root_file(path)
    assert trust.root == root and trust.inbox == root and trust.revoked == {}
    assert verify_file_for(signed_ctx, trust, tmp_path).ok


def test_a_root_certificate_file_too_big_to_be_one_is_refused_by_kind(tmp_path):
    path = tmp_path / "scheme-root.pem"
    path.write_bytes(b" " * (64 * 1024 + 1))
    with pytest.raises(InvalidInput) as caught:
        trust_from_root_file(path)
    assert caught.value.message == "scheme-root.pem is 65 KB; a root certificate file can be at most 64 KB."
    assert_read_in_welsh(caught.value.message)


def verify_file_for(ctx, trust, folder):
    report = folder / "report.pdf"
    report.write_bytes(signed_pdf(ctx.db, seal(ctx)))
    return verify_file(report, trust)


# --------------------------------------------------------------------------- a seal held without its report

from tests.sealing import forgery
from tests.sealing.test_integrity import _as_insider
from tests.sealing.test_report_binding import kit  # noqa: F401  (a fixture)
from tests.sealing.test_submission import laptop  # noqa: F401  (a fixture)
from tests.test_invented_kind import office, record_and_sign  # noqa: F401  (office: a fixture)


def test_a_seal_made_before_reports_were_bound_and_held_without_its_report_still_checks(kit):  # noqa: F811
    # Format 1: the record signatures cover the record alone, so the seal stands without its report.
    vid = kit.submit(forgery.as_format_1(kit.payloads[0], kit.visitors, kit.trust.root))
    _as_insider(kit.office, f"DELETE FROM signed_document WHERE visit_id = {vid}")
    result = check_stored_visit(kit.office.db, vid)
    assert result.ok, result.problems
    assert "the signed report is missing" not in result.problems


def test_a_seal_bound_to_its_report_and_held_without_it_says_the_report_is_missing(kit):  # noqa: F811
    vid = kit.submit(kit.payloads[0])
    _as_insider(kit.office, f"DELETE FROM signed_document WHERE visit_id = {vid}")
    result = check_stored_visit(kit.office.db, vid)
    assert not result.ok
    assert "the signed report is missing" in result.problems


def _with_page_content_added(pdf: bytes) -> bytes:
    """An incremental update that draws on the first page: more than filling in a form field."""
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    writer.add_stream_to_page(0, writer.add_object(generic.StreamObject(stream_data=b"0 0 1 rg 10 10 50 50 re f")))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _annotated(pdf: bytes, *, object_stream: bool) -> bytes:
    """An incremental update, written with a cross-reference stream (and the new object in an object stream),
    that hangs an annotation off the document catalogue."""
    import io

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    writer.stream_xrefs = True
    annotation = generic.DictionaryObject({generic.NameObject("/Type"): generic.NameObject("/Annot")})
    ref = writer.add_object(annotation, obj_stream=writer.prepare_object_stream() if object_stream else None)
    writer.root[generic.NameObject("/Note")] = ref
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("object_stream", [False, True], ids=["xref stream", "and an object stream"])
def test_content_added_after_the_last_signature_names_it_and_not_the_files_bookkeeping(kit, object_stream):  # noqa: F811
    pdf = _annotated(forgery.pdf_of(kit.payloads[0]), object_stream=object_stream)
    verdict = verify_pdf_bytes(pdf, kit.trust)
    assert verdict.status == ALTERED
    assert verdict.headline == "Altered after signing: content was added after Zoë Ó Briain signed (revision 5 of 5)."
    # The cross-reference and object streams are the revision's own bookkeeping, not content it changes.
    assert verdict.details[-1] == (
        "Added after signing and signed by no one: revision 5 of 5, which changes an annotation, the document "
        "catalogue, the document information (title, author, dates) and the document metadata")


def test_an_empty_revision_appended_by_hand_is_still_a_change_no_one_signed(kit):  # noqa: F811
    """A cross-reference section with no objects and a trailer: no object to name, and still not what was signed."""
    import io
    import re

    from pyhanko.pdf_utils.reader import PdfFileReader

    from tests.trust.test_verdict import assert_same_verdict_in_welsh

    pdf = forgery.pdf_of(kit.payloads[0])
    trailer = PdfFileReader(io.BytesIO(pdf), strict=False).trailer
    root, previous = trailer.raw_get("/Root"), int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    appended = pdf + (f"\nxref\n0 0\ntrailer\n<< /Size {trailer['/Size']} /Root {root.idnum} {root.generation} R "
                      f"/Prev {previous} >>\nstartxref\n{len(pdf) + 1}\n%%EOF\n").encode("ascii")
    verdict = verify_pdf_bytes(appended, kit.trust)
    assert (verdict.status, verdict.headline) == (ALTERED, (
        "Altered after signing: nothing that can be named changed in revision 5 of 5, after Zoë Ó Briain signed, "
        "and no one signed that change."))
    assert_same_verdict_in_welsh(verdict, verify_pdf_bytes(appended, kit.trust, language="cy"))


def test_content_drawn_on_a_page_between_two_signatures_names_the_signer_it_came_after(kit):  # noqa: F811
    first = forgery.through_first_signature(forgery.pdf_of(kit.payloads[0]))
    pdf = forgery.sign_as(_with_page_content_added(first), "Visitor2", kit.visitors[1], kit.trust.root)
    verdict = verify_pdf_bytes(pdf, kit.trust)
    assert verdict.status == ALTERED
    assert verdict.headline == "Altered after signing: content was added after Amrit Sandhu signed (revision 4 of 5)."
    # What the unsigned revision changes, named as a reader knows it: the drawing is a stream of no named type.
    assert verdict.details[-1] == (
        "Added after signing and signed by no one: revision 4 of 5, which changes a page, other content, the document "
        "catalogue, the document information (title, author, dates) and the document metadata")
    welsh = verify_pdf_bytes(pdf, kit.trust, language="cy").details[-1]
    assert "tudalen, cynnwys arall, catalog y ddogfen, gwybodaeth y ddogfen (teitl, awdur, dyddiadau) a " \
           "metadata'r ddogfen" in welsh, welsh


# --------------------------------------------------------------------------- what the stored check says


def test_a_draft_is_not_checked_as_sealed(signed_ctx):
    from tests.helpers import good_visit

    draft = save_draft(signed_ctx.db, good_visit(signed_ctx)).id
    checked = check_stored_visit(signed_ctx.db, draft)
    assert (checked.ok, checked.problems) == (False, ["the visit is not sealed"])
    assert_read_in_welsh(checked.problems[0])


def test_a_sealed_record_edited_by_an_insider_names_each_fault_in_english_and_welsh(signed_ctx):
    vid = seal(signed_ctx)
    # The record is edited where it is kept: its digest, the visit's rows and both signatures all disagree now.
    _as_insider(signed_ctx, f"UPDATE visit SET sealed_record = replace(sealed_record, 'Calm', 'Cold') WHERE id = {vid}")
    checked = check_stored_visit(signed_ctx.db, vid)
    assert not checked.ok
    assert checked.problems[:2] == ["the sealed record does not match its digest",
                                    "the visit's rows no longer match the sealed record"]
    for problem in checked.problems:
        assert_read_in_welsh(problem)


def test_the_stored_check_reads_the_record_by_the_profiles_own_definition(office, monkeypatch):  # noqa: F811
    """Given the profile's definition, a record of a kind this icvapp does not ship still reads; without it,
    the kind must be one it knows."""
    vid = record_and_sign(office)
    monkeypatch.delenv("ICVAPP_SCHEME_KINDS")  # the kind's file is gone; the profile still holds its definition
    assert check_stored_visit(office.db, vid, config=office.config).ok
    unknown = check_stored_visit(office.db, vid)
    assert (unknown.ok, unknown.problems) == (False, [
        "This visit record belongs to a kind of scheme this icvapp does not know (court_cells)."])


def test_pyhankos_own_complaints_go_to_the_debug_log_one_line_each(signed_ctx, caplog):
    import logging

    data = signed_pdf(signed_ctx.db, seal(signed_ctx))
    # The first signature's container, its bytes garbled: pyHanko rejects it with a traceback of its own.
    start = data.index(b"/Contents <") + len(b"/Contents <")
    with caplog.at_level(logging.DEBUG, logger="icvapp.trust.pades"):
        verify_pdf_bytes(data[:start + 200] + b"00" * 8 + data[start + 216:], require_trust(signed_ctx.db))
    relayed = [r.getMessage() for r in caplog.records if r.name == "icvapp.trust.pades"]
    assert relayed and all(m.startswith("pyHanko (pyhanko") and "\n" not in m for m in relayed), relayed


# --------------------------------------------------------------------------- sign-off's refusals, word for word


def test_a_sealed_visit_cannot_be_signed_again_and_says_so(signed_ctx):
    from icvapp.sealing.signoff import sign_off
    from tests.helpers import officer_ack

    vid = seal(signed_ctx)
    message, hint = refusal(lambda: sign_off(signed_ctx, vid, officer_ack(), []))
    assert (message, hint) == ("This visit is already signed and sealed.", "")
    assert_read_in_welsh(message)


def test_an_amendment_that_changes_nothing_says_what_to_do(signed_ctx):
    vid = seal(signed_ctx)
    draft = start_amendment(signed_ctx.db, vid, "Checking the cell numbers.")
    message, hint = refusal(lambda: seal(signed_ctx, load_visit(signed_ctx.db, draft)))
    assert (message, hint) == ("This amendment changes nothing in the report.",
                               "Make the correction first, or delete the amendment.")
    assert_read_in_welsh(message)
    assert_read_in_welsh(hint)


# --------------------------------------------------------------------------- verdicts, word for word


def test_a_submission_checked_at_the_office_names_the_visit_its_visitors_and_when_each_signed(kit):  # noqa: F811
    import re

    from icvapp.sealing.verify import verify_submission_bytes

    data = forgery.submission_of(kit.payloads[0], kit.trust)
    verdict = verify_submission_bytes(data, kit.trust, kit.inbox_key)
    assert verdict.ok
    assert verdict.headline == ("Valid: visit to Beaumont Leys on 2 November 2026, signed by the scheme's volunteers "
                                "Amrit Sandhu and Zoë Ó Briain; unchanged since.")
    when = r"\d\d \w+ \d{4} at \d\d:\d\d UTC"
    assert [re.fullmatch(f"Signed at {when} by (.+)", line)[1] for line in verdict.details] == [
        "Amrit Sandhu", "Zoë Ó Briain"]


def test_a_pdf_far_larger_than_any_report_is_refused_unread_and_its_size_never_understated(signed_ctx):
    trust = require_trust(signed_ctx.db)
    too_big = b"%PDF-1.7\n" + b"0" * (20 * 2**20)  # the limit plus the header: over by nine bytes
    verdict = verify_pdf_bytes(too_big, trust)
    assert (verdict.status, verdict.headline) == (DAMAGED, "This PDF is far larger than any report (21 MB).")
    welsh = verify_pdf_bytes(too_big, trust, language="cy")
    assert welsh.status == DAMAGED and "(21 MB)" in welsh.headline and welsh.headline != verdict.headline


def test_a_certificate_the_root_issued_with_a_critical_extension_no_one_knows_is_not_trusted(signed_ctx):
    """Our own check of the certificate passes (the root issued it, for signing, unrevoked, in date); pyHanko's
    path validation refuses an unknown critical extension, and the verdict says the certificate is not trusted."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import ObjectIdentifier

    from icvapp.trust.enrolment import unlock_authority
    from tests.conftest import ROOT_PIN
    from tests.sealing.test_signoff import _rogue_signed_pdf
    from tests.trust.test_verdict import assert_same_verdict_in_welsh

    trust = require_trust(signed_ctx.db)
    authority = unlock_authority(signed_ctx.db, ROOT_PIN)
    key, csr = pki.new_signing_request("Amrit Sandhu", "uid", "Test scheme")
    cert = (authority._builder(csr.subject, csr.public_key(), days=30, start=pki.now_utc())
            .add_extension(pki._usage(sign=True, commit=True), critical=True)
            .add_extension(x509.UnrecognizedExtension(ObjectIdentifier("1.3.6.1.4.1.99999.1"), b"\x05\x00"),
                           critical=True)
            .sign(authority.key, hashes.SHA256()))
    assert trust.problem(cert) is None
    pdf = _rogue_signed_pdf(signed_ctx, cert, key)
    verdict = verify_pdf_bytes(pdf, trust)
    assert verdict.status == UNTRUSTED
    assert verdict.headline == "Intact, but Amrit Sandhu's certificate is not trusted by this scheme."
    assert len(verdict.details) == 1 and verdict.details[0].startswith("Signature field Visitor1: Amrit Sandhu, ")
    assert_same_verdict_in_welsh(verdict, verify_pdf_bytes(pdf, trust, language="cy"))


def test_a_report_signed_in_the_second_field_only_is_checked_field_by_field(kit):  # noqa: F811
    from tests.trust.test_verdict import assert_same_verdict_in_welsh

    pdf = forgery.sign_as(forgery.prepared(forgery.pdf_of(kit.payloads[0])), "Visitor2", kit.visitors[1],
                          kit.trust.root)
    verdict = verify_pdf_bytes(pdf, kit.trust)
    assert verdict.status == UNSIGNED
    assert verdict.headline.startswith("A signature field is left unsigned (Visitor1)"), verdict.headline
    assert "Signature field Visitor1: not signed" in verdict.details, verdict.details
    assert any(line.startswith("Signature field Visitor2: Zoë Ó Briain, signed") for line in verdict.details)
    assert_same_verdict_in_welsh(verdict, verify_pdf_bytes(pdf, kit.trust, language="cy"))


def test_a_report_whose_second_field_another_volunteer_signed_names_them_with_every_field(kit):  # noqa: F811
    from tests.trust.test_verdict import assert_same_verdict_in_welsh

    pdf = forgery.sign_as(forgery.through_first_signature(forgery.pdf_of(kit.payloads[0])), "Visitor2",
                          kit.outsider, kit.trust.root)
    verdict = verify_pdf_bytes(pdf, kit.trust)
    assert verdict.status == ALTERED and "Łukasz Nowak" in verdict.headline, verdict.text()
    assert [line.split(":")[0] for line in verdict.details] == ["Signature field Visitor1", "Signature field Visitor2"]
    assert_same_verdict_in_welsh(verdict, verify_pdf_bytes(pdf, kit.trust, language="cy"))


@pytest.mark.parametrize(("name", "stamped"), [
    ("Zoë Ó Briain", "Zoë Ó Briain"),  # Latin-1 throughout: kept as it is
    ("Søren Ødegård", "Søren Ødegård"),
    ("Łukasz Nowak", "Lukasz Nowak"),  # no decomposition: mapped by hand
    ("Đorđe", "Dorde"),
    ("Ştefan Dvořák", "Stefan Dvorák"),  # decomposes: the base letter (á is Latin-1)
    ("李 Wei", "? Wei"),  # no Latin base at all
])
def test_the_signature_stamp_writes_a_name_in_its_fonts_latin_1(name, stamped):
    from icvapp.trust.pades import _stamp_name

    assert _stamp_name(name) == stamped


def test_a_prepared_report_no_one_signed_names_every_empty_field(kit):  # noqa: F811
    from tests.trust.test_verdict import assert_same_verdict_in_welsh

    prepared = forgery.prepared(forgery.pdf_of(kit.payloads[0]))
    verdict = verify_pdf_bytes(prepared, kit.trust)
    assert (verdict.status, verdict.headline) == (UNSIGNED, (
        "A signature field is left unsigned (Visitor1, Visitor2): the report is unfinished or was cut back to an "
        "earlier revision."))
    assert verdict.details == ["Signature field Visitor1: not signed", "Signature field Visitor2: not signed"]
    assert_same_verdict_in_welsh(verdict, verify_pdf_bytes(prepared, kit.trust, language="cy"))
