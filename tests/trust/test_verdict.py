"""Trust that cannot be faked: every forgery of a signed report that an attack review found is refused.

Each test starts from a report really signed by both visitors, forges it the
way an attacker would, and asserts the verdict — and poppler's ``pdfsig``
opinion where it has one.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys

import pytest

from icvapp.i18n.translation import translator
from icvapp.reports.visit_pdf import export_visit_pdf
from icvapp.storage.model import Volunteer
from icvapp.trust import pades
from icvapp.trust import verdict as verdicts
from icvapp.trust.enrolment import require_trust, root_certificate_pem, unlock_signer
from tests.conftest import PINS
from tests.helpers import names_to_ids, seal
from tests.sealing.test_signoff import _append_revision, nss_dir, pdfsig, revisions

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

FORGED_NAME = "Zoë Ó Briain"
FORGED_TIME = "D:20261102224000Z"  # what an attacker writes in /M: 2 November 2026, 22:40


@pytest.fixture
def sealed(signed_ctx, tmp_path):
    vid = seal(signed_ctx)
    data = export_visit_pdf(signed_ctx, vid, tmp_path / "visit.pdf").read_bytes()
    return signed_ctx, data, require_trust(signed_ctx.db)


def check(data: bytes, trust, tmp_path, name: str = "forged.pdf") -> tuple[verdicts.Verdict, str]:
    """Our verdict and pdfsig's report on the same bytes; the verdict is also read in Welsh."""
    path = tmp_path / name
    path.write_bytes(data)
    verdict = verdicts.verify_pdf_bytes(data, trust)
    assert_same_verdict_in_welsh(verdict, verdicts.verify_pdf_bytes(data, trust, language="cy"))
    return verdict, pdfsig(path)


def english_left_in(english: str, welsh: str) -> list[str]:
    """The verdict catalogue's English phrases that the English text has and the Welsh one still has."""
    left = []
    for context, source, _ in translator("cy").catalogue.messages:
        if context not in ("Verdict", "Signatures"):  # the verdict's own words, and its reasons about a field
            continue
        for phrase in re.split(r"\{\w+\}", source):
            phrase = phrase.strip(" .,:;()")
            if len(phrase) >= 10 and phrase in english and phrase in welsh:
                left.append(phrase)
    return left


def assert_same_verdict_in_welsh(english: verdicts.Verdict, welsh: verdicts.Verdict) -> None:
    """The same verdict, every line of it worded in Welsh: the catalogue finds a text by its context and
    its English, so a wrong context leaves that line in English."""
    assert (welsh.status, len(welsh.details)) == (english.status, len(english.details))
    assert welsh.headline != english.headline
    assert not english_left_in(english.text(), welsh.text()), welsh.text()


def first_signature_only(data: bytes) -> bytes:
    """The report as it stood after the first visitor signed: Visitor2 still empty."""
    return data[:revisions(data)[2]]


#: For :func:`fill_field`: the field's value is a number, not a signature dictionary at all.
NOT_A_DICTIONARY = "/NotADictionary"


def fill_field(data: bytes, field_name: str, subfilter: str | None, contents: bytes = b"\x00" * 64) -> bytes:
    """A new revision that puts a made-up signature dictionary in an empty signature field."""
    from pyhanko.pdf_utils import generic
    from pyhanko.sign import fields

    def forge(writer):
        for name, _value, ref in fields.enumerate_sig_fields(writer):
            if name != field_name:
                continue
            entries = {
                "/Type": generic.NameObject("/Sig"), "/Filter": generic.NameObject("/Adobe.PPKLite"),
                "/Name": generic.TextStringObject(FORGED_NAME), "/M": generic.TextStringObject(FORGED_TIME),
                "/ByteRange": generic.ArrayObject([generic.NumberObject(0)] * 4),
                "/Contents": generic.ByteStringObject(contents),
            }
            if subfilter:
                entries["/SubFilter"] = generic.NameObject(subfilter)
            sig = writer.add_object(generic.DictionaryObject({generic.NameObject(k): v for k, v in entries.items()}))
            if subfilter == NOT_A_DICTIONARY:
                sig = writer.add_object(generic.NumberObject(5))
            field = ref.get_object()
            field[generic.NameObject("/V")] = sig
            writer.update_container(field)

    return _append_revision(data, forge)


def assert_nothing_forged_is_shown(verdict: verdicts.Verdict) -> None:
    text = verdict.text()
    assert "Visitor2: Zoë" not in text and "02 November 2026" not in text, text


# --------------------------------------------------------------------------- a field that holds no real signature


@pytest.mark.parametrize("subfilter, contents, why", [
    (None, b"\x00" * 64, "it holds a signature with no /SubFilter"),  # pyHanko skips it without a word
    ("/Unknown.Thing", b"\x00" * 64,                                  # an unknown one: skipped the same way
     "it holds a signature of a kind icvapp does not make, /Unknown.Thing"),
    ("/ETSI.CAdES.detached", b"not a signature", "its signature cannot be read: "),  # the right kind, garbage inside
    ("/adbe.pkcs7.detached", b"\x30\x03\x02\x01\x01",
     "it holds a signature of a kind icvapp does not make, /adbe.pkcs7.detached"),
    (NOT_A_DICTIONARY, b"", "it holds something that is not a signature"),
])
def test_a_second_field_filled_with_something_unchecked_is_refused_by_name(sealed, tmp_path, subfilter, contents,
                                                                           why):
    _ctx, data, trust = sealed
    forged = fill_field(first_signature_only(data), "Visitor2", subfilter, contents)
    verdict, poppler = check(forged, trust, tmp_path)
    assert not verdict.ok and verdict.status == verdicts.ALTERED, verdict.text()
    assert "signature field Visitor2 holds no signature that can be checked" in verdict.headline
    assert f"Signature field Visitor2: no valid signature ({why}" in verdict.text()
    assert_nothing_forged_is_shown(verdict)
    assert poppler.count("Signature is Valid.") == 1  # pdfsig agrees: only Visitor1's is a signature


def test_one_signature_in_two_fields_is_not_two_signatures(sealed, tmp_path):
    from pyhanko.pdf_utils import generic
    from pyhanko.sign import fields

    _ctx, data, trust = sealed

    def share(writer):
        found = {name: ref.get_object() for name, _value, ref in fields.enumerate_sig_fields(writer)}
        found["Visitor2"][generic.NameObject("/V")] = found["Visitor1"].raw_get("/V")
        writer.update_container(found["Visitor2"])

    verdict, poppler = check(_append_revision(first_signature_only(data), share), trust, tmp_path)
    assert not verdict.ok and verdict.status == verdicts.ALTERED, verdict.text()
    assert "Total document signed" not in poppler  # pdfsig: neither signature covers the whole file


# --------------------------------------------------------------------------- names and times come from what is signed


def test_names_come_from_the_certificates_not_from_the_signatures_name_entry(signed_ctx, tmp_path):
    import datetime as dt

    from icvapp.reports.visit_data import SignOff, load_report_data
    from icvapp.reports.visit_pdf import render_visit_pdf
    from icvapp.visits.store import save_draft
    from tests.helpers import good_visit

    trust = require_trust(signed_ctx.db)
    people = names_to_ids(signed_ctx, Volunteer)
    amrit = unlock_signer(signed_ctx.db, people["Amrit Sandhu"], PINS["Amrit Sandhu"])
    zoe = unlock_signer(signed_ctx.db, people["Zoë Ó Briain"], PINS["Zoë Ó Briain"])
    rec = good_visit(signed_ctx)
    save_draft(signed_ctx.db, rec)
    boxes: dict = {}
    now = dt.datetime.now(dt.UTC)
    report = load_report_data(signed_ctx, rec.id).with_signoff(SignOff(
        officer=None, signers=[("Amrit Sandhu", now, "Visitor1"), ("Zoë Ó Briain", now, "Visitor2")]))
    pdf = pades.add_signature_fields(render_visit_pdf(report, boxes), boxes)
    # Each visitor's signature carries the *other* visitor's name in its unsigned-by-certificate /Name.
    pdf = pades.sign_field(pdf, "Visitor1", amrit.key, amrit.cert, trust.root, reason="x", name="Łukasz Nowak")
    pdf = pades.sign_field(pdf, "Visitor2", zoe.key, zoe.cert, trust.root, reason="x", name="Łukasz Nowak")
    verdict, poppler = check(pdf, trust, tmp_path)
    assert verdict.ok, verdict.text()
    assert "Amrit Sandhu and Zoë Ó Briain" in verdict.headline and "Łukasz" not in verdict.text()
    assert "Signer Certificate Common Name: Amrit Sandhu" in poppler


def test_the_signing_time_is_the_one_inside_the_signed_bytes(sealed, tmp_path):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields

    _ctx, data, trust = sealed
    verdict = verdicts.verify_pdf_bytes(data, trust)
    # PAdES carries no signing-time attribute: the claimed time is /M, inside the bytes the signature covers.
    last = PdfFileReader(io.BytesIO(data)).embedded_signatures[-1]
    signed_at = generic.parse_pdf_date(last.sig_object["/M"])
    assert verdict.ok and verdict.details[1].endswith(f"signed {signed_at:%d %B %Y at %H:%M} UTC"), verdict.text()

    def rewrite(writer):  # a later revision replaces Visitor2's signature dictionary with other words
        for name, _value, ref in fields.enumerate_sig_fields(writer):
            if name == "Visitor2":
                sig_ref = ref.get_object().raw_get("/V")
                sig = sig_ref.get_object()
                sig[generic.NameObject("/M")] = generic.TextStringObject(FORGED_TIME)
                sig[generic.NameObject("/Name")] = generic.TextStringObject("Someone else")
                writer.mark_update(sig_ref)

    verdict, poppler = check(_append_revision(data, rewrite), trust, tmp_path)
    assert not verdict.ok and verdict.status == verdicts.ALTERED, verdict.text()
    assert "02 November 2026" not in verdict.text() and "Someone else" not in verdict.text()
    # pdfsig does no revision analysis: it calls both valid and shows the rewritten /M as the signing
    # time; it does see that the last signature no longer covers the whole file.
    assert "Signing Time: Nov 02 2026 22:40" in poppler and "Total document signed" not in poppler


# --------------------------------------------------------------------------- nothing added after the last signature


def test_a_changed_title_is_named_not_unchanged_since(sealed, tmp_path):
    from pyhanko.pdf_utils import generic

    _ctx, data, trust = sealed

    def retitle(writer):
        info = writer.trailer["/Info"]
        info[generic.NameObject("/Title")] = generic.TextStringObject("Nothing to report")
        writer.update_container(info)

    verdict, poppler = check(_append_revision(data, retitle), trust, tmp_path)
    assert not verdict.ok and verdict.status == verdicts.ALTERED, verdict.text()
    assert "unchanged since" not in verdict.text()
    assert "the document information (title, author, dates)" in verdict.headline
    assert "changed in revision 5 of 5" in verdict.headline
    assert "after Zoë Ó Briain signed" in verdict.headline
    assert poppler.count("Signature is Valid.") == 2 and "Total document signed" not in poppler


@pytest.mark.parametrize("tail", [b"\n", b"% a note\n", b"<< /Title (Nothing to report) >>\n"])
def test_bytes_after_the_end_of_the_file_are_named(sealed, tmp_path, tail):
    _ctx, data, trust = sealed
    verdict, poppler = check(data + tail, trust, tmp_path)
    assert not verdict.ok and verdict.status == verdicts.ALTERED, verdict.text()
    assert f"{len(tail)} bytes were added after the end of the file" in verdict.headline
    assert "unchanged since" not in verdict.text()
    assert "Total document signed" not in poppler  # pdfsig: "Not total document signed"


def test_so_much_after_the_end_that_the_file_no_longer_reads_as_a_pdf_is_refused(sealed, tmp_path):
    _ctx, data, trust = sealed
    verdict, _poppler = check(data + b"\x00" * 4096, trust, tmp_path)
    assert verdict.status == verdicts.DAMAGED and "unchanged since" not in verdict.text(), verdict.text()


def test_a_third_signed_field_covering_the_page_is_refused(sealed, tmp_path):
    """A real scheme certificate signing a new full-page field passes pyHanko and pdfsig; not us."""
    from asn1crypto import keys as akeys
    from asn1crypto import x509 as ax509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    ctx, data, trust = sealed
    people = names_to_ids(ctx, Volunteer)
    lukasz = unlock_signer(ctx.db, people["Łukasz Nowak"], PINS["Łukasz Nowak"])
    def der(cert):
        return ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))

    signer = signers.SimpleSigner(
        signing_cert=der(lukasz.cert),
        signing_key=akeys.PrivateKeyInfo.load(lukasz.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
        cert_registry=SimpleCertificateStore.from_certs([der(trust.root)]))
    meta = signers.PdfSignatureMetadata(field_name="Visitor3", subfilter=fields.SigSeedSubFilter.PADES)
    stamp = TextStampStyle(stamp_text="NO ISSUES FOUND", border_width=0)
    forged = signers.PdfSigner(meta, signer, stamp_style=stamp, new_field_spec=fields.SigFieldSpec(
        "Visitor3", on_page=0, box=(0, 0, 595, 842))).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data))).getvalue()
    verdict, poppler = check(forged, trust, tmp_path)
    assert not verdict.ok and verdict.status == verdicts.ALTERED, verdict.text()
    assert "signature fields are Visitor1, Visitor2 and Visitor3" in verdict.headline
    nss = nss_dir(tmp_path, trust)
    poppler = pdfsig(tmp_path / "forged.pdf", nss)
    assert poppler.count("Signature is Valid.") == 3  # pdfsig sees three good signatures: the layout is ours to check


def test_the_layouts_are_the_fields_the_reports_are_made_with():
    from icvapp.reports import board_pdf
    from icvapp.sealing import signoff

    assert verdicts.VISIT_REPORT_FIELDS == signoff.FIELD_NAMES
    assert verdicts.BOARD_REPORT_FIELDS == (board_pdf.FIELD,)


def test_a_genuine_report_still_reads_valid_with_its_signers_and_time(sealed, tmp_path):
    _ctx, data, trust = sealed
    verdict, poppler = check(data, trust, tmp_path, "genuine.pdf")
    assert verdict.ok and verdict.headline.endswith("UTC; unchanged since."), verdict.text()
    assert [d.split(":")[0] for d in verdict.details] == ["Signature field Visitor1", "Signature field Visitor2"]
    assert poppler.count("Signature is Valid.") == 2 and "Total document signed" in poppler


# --------------------------------------------------------------------------- quiet


def test_checking_a_report_from_another_scheme_prints_no_traceback(sealed, tmp_path):
    """pyHanko logs a traceback for a signature it cannot trust; the command line shows only the verdict."""
    from icvapp.profile.context import create_profile
    from icvapp.storage.model import Place
    from icvapp.trust.enrolment import set_up_scheme_root
    from icvapp.trust.enrolment_files import enrol_here
    from icvapp.visits.sealed import signed_pdf
    from tests.conftest import PASSPHRASE, ROOT_PIN

    ctx, _data, _trust = sealed
    other = create_profile(tmp_path / "other", "passphrase", "Another scheme", PASSPHRASE)
    try:
        with other.db.session() as s:
            s.add_all([Place(name="Beaumont Leys", locations=14), Volunteer(name="Amrit Sandhu"),
                       Volunteer(name="Zoë Ó Briain")])
        set_up_scheme_root(other.db, ROOT_PIN)
        for name, vid in names_to_ids(other, Volunteer).items():
            enrol_here(other.db, vid, PINS[name], ROOT_PIN)
        (tmp_path / "foreign.pdf").write_bytes(signed_pdf(other.db, seal(other)))
    finally:
        other.close()
    (tmp_path / "root.pem").write_text(root_certificate_pem(ctx.db))
    run = subprocess.run([sys.executable, "-m", "icvapp", "verify", "--root", str(tmp_path / "root.pem"),
                          str(tmp_path / "foreign.pdf")], capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 1 and run.stdout.startswith("Intact, but signed by a certificate"), run.stdout
    assert run.stderr == "", run.stderr


@pytest.mark.parametrize("language, wording", [
    ("en", "This PDF is damaged and cannot be checked"),
    ("cy", "Mae'r PDF hwn wedi'i ddifrodi ac nid oes modd ei wirio"),
])
def test_a_damaged_pdf_is_refused_in_the_verdicts_language(sealed, language, wording):
    _ctx, data, trust = sealed
    verdict = verdicts.verify_pdf_bytes(data[: len(data) // 3], trust, language=language)
    assert verdict.status == verdicts.DAMAGED
    assert verdict.headline.startswith(wording), verdict.headline


# --------------------------------------------------------------------------- half signed; times without a zone


def test_a_report_the_second_visitor_has_not_signed_says_so_in_english_and_welsh(sealed, tmp_path):
    _ctx, data, trust = sealed
    verdict, _poppler = check(first_signature_only(data), trust, tmp_path)  # check() reads it in Welsh too
    assert not verdict.ok
    assert verdict.details[-1] == "Signature field Visitor2: not signed"


def test_a_stored_time_without_a_zone_is_utc_whatever_zone_the_computer_is_in():
    import datetime as dt
    import os
    import time

    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/London"  # British Summer Time in July: an hour ahead of UTC
    time.tzset()
    try:
        assert verdicts.when_signed(dt.datetime(2026, 7, 1, 10, 0), translator("en")) == "01 July 2026 at 10:00 UTC"
        assert verdicts.when_signed(dt.datetime(2026, 7, 1, 10, 0, tzinfo=dt.UTC), translator("en")) == \
            "01 July 2026 at 10:00 UTC"
    finally:
        if before is None:
            os.environ.pop("TZ")
        else:
            os.environ["TZ"] = before
        time.tzset()


def test_a_valid_reports_lines_name_each_signer_and_when_in_english_and_welsh(sealed):
    _ctx, data, trust = sealed
    english, welsh = verdicts.verify_pdf_bytes(data, trust), verdicts.verify_pdf_bytes(data, trust, language="cy")
    assert english.ok and welsh.ok
    for line in english.details:
        assert re.fullmatch(r"Signature field Visitor\d: .+, signed \d\d \w+ \d{4} at \d\d:\d\d UTC", line), line
    for line in welsh.details:
        assert ", signed " not in line and ", llofnodwyd " in line, line
