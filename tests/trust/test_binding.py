"""The binding a visit report carries: read from the revision every signature covers, never a later one.

The binding names the record's SHA-256 and the visitors' uids; the verdict
refuses a report whose signers are not the visitors it names, and keeps
today's checks for a report made before bindings existed.
"""

from __future__ import annotations

import io

import pytest

from icvapp.storage.model import Volunteer
from icvapp.trust import binding, pades, pki
from icvapp.trust import verdict as verdicts
from icvapp.trust.enrolment import require_trust, unlock_signer
from icvapp.visits.sealed import signed_pdf
from tests.conftest import PINS
from tests.helpers import names_to_ids, seal
from tests.sealing import forgery
from tests.sealing.test_signoff import _append_revision, pdfsig

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def bound(signed_ctx):
    """A report sealed by Amrit and Zoë, the scheme's trust, and everyone's unlocked keys."""
    vid = seal(signed_ctx)
    people = names_to_ids(signed_ctx, Volunteer)
    keys = {name: unlock_signer(signed_ctx.db, people[name], PINS[name]) for name in PINS}
    return signed_pdf(signed_ctx.db, vid), require_trust(signed_ctx.db), keys


def _rebind(data: bytes, bind: binding.ReportBinding) -> bytes:
    def change(writer):
        binding.write_binding(writer, bind)

    return _append_revision(data, change)


def test_a_sealed_report_names_its_visitors_in_field_order(bound):
    data, trust, keys = bound
    verdict = verdicts.verify_pdf_bytes(data, trust)
    assert verdict.ok, verdict.text()
    assert verdict.binding.visitor_uids == tuple(pki.user_id(keys[n].cert) for n in ("Amrit Sandhu", "Zoë Ó Briain"))
    assert binding.binding_in(data) == verdict.binding


def test_a_binding_rewritten_after_the_signatures_is_refused_and_never_read(bound, tmp_path):
    data, trust, keys = bound
    original = verdicts.verify_pdf_bytes(data, trust).binding
    lukasz = pki.user_id(keys["Łukasz Nowak"].cert)
    forged = _rebind(data, binding.ReportBinding("0" * 64, (original.visitor_uids[0], lukasz)))
    verdict = verdicts.verify_pdf_bytes(forged, trust)
    assert verdict.status == verdicts.ALTERED and "Altered after signing" in verdict.headline, verdict.text()
    assert "which changes the document catalogue" in verdict.text()
    assert pades.check_pdf(forged, trust.root).binding == original  # read from the signed revision
    path = tmp_path / "rebound.pdf"
    path.write_bytes(forged)
    assert "Total document signed" not in pdfsig(path)  # pdfsig: the last signature no longer covers it all


def test_a_binding_added_to_an_unbound_report_after_signing_is_refused(bound):
    data, trust, keys = bound
    unbound = forgery.signed_by(pades.add_signature_fields(forgery.rendered(data), forgery.boxes(data)),
                                [keys["Amrit Sandhu"], keys["Łukasz Nowak"]], trust.root)
    assert verdicts.verify_pdf_bytes(unbound, trust).ok  # made before bindings: it cannot name its visitors
    forged = _rebind(unbound, binding.ReportBinding("0" * 64, tuple(pki.user_id(keys[n].cert)
                                                                   for n in ("Amrit Sandhu", "Łukasz Nowak"))))
    verdict = verdicts.verify_pdf_bytes(forged, trust)
    assert verdict.status == verdicts.ALTERED and verdict.binding is None, verdict.text()
    assert pades.check_pdf(forged, trust.root).binding is None


def test_signers_in_the_wrong_fields_are_refused(bound):
    data, trust, keys = bound
    swapped = forgery.signed_by(forgery.prepared(data), [keys["Zoë Ó Briain"], keys["Amrit Sandhu"]], trust.root)
    verdict = verdicts.verify_pdf_bytes(swapped, trust)
    assert verdict.status == verdicts.ALTERED, verdict.text()
    assert "signature field Visitor1 is signed by Zoë Ó Briain, who is not the visitor" in verdict.headline


@pytest.mark.parametrize("uids, match", [
    (("a",), "it names 1 visitor(s) for 2 signature field(s)"),
])
def test_a_binding_that_does_not_fit_the_fields_is_refused(bound, uids, match):
    data, trust, keys = bound
    prepared = pades.add_signature_fields(forgery.rendered(data), forgery.boxes(data),
                                          binding.ReportBinding("0" * 64, uids))
    signed = forgery.signed_by(prepared, [keys["Amrit Sandhu"], keys["Zoë Ó Briain"]], trust.root)
    verdict = verdicts.verify_pdf_bytes(signed, trust)
    assert verdict.status == verdicts.ALTERED and match in verdict.headline, verdict.text()
    welsh = verdicts.verify_pdf_bytes(signed, trust, language="cy")
    assert "maes llofnod" in welsh.headline and "visitor(s)" not in welsh.headline, welsh.headline


@pytest.mark.parametrize("entries, why", [
    ({"/Format": "something else"}, "its format is"),
    ({"/Record": "not a digest"}, "its record digest is not a SHA-256"),
    ({"/Visitors": None}, "its list of visitors is malformed"),
])
def test_an_unreadable_binding_is_refused_by_name(bound, entries, why):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    data, trust, keys = bound
    prepared = pades.add_signature_fields(forgery.rendered(data), forgery.boxes(data),
                                          binding.ReportBinding("0" * 64, ("a", "b")))
    writer = IncrementalPdfFileWriter(io.BytesIO(prepared))
    entry = writer.root[binding.KEY]
    for key, value in entries.items():
        entry[generic.NameObject(key)] = generic.NullObject() if value is None else generic.TextStringObject(value)
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    verdict = verdicts.verify_pdf_bytes(forgery.signed_by(out.getvalue(), [keys["Amrit Sandhu"],
                                                                           keys["Zoë Ó Briain"]], trust.root), trust)
    assert verdict.status == verdicts.ALTERED, verdict.text()
    assert "what ties it to its visit record cannot be read" in verdict.headline and why in verdict.headline


def test_the_prepared_report_ends_where_the_first_signature_begins(bound):
    data, trust, _keys = bound
    verdict = verdicts.verify_pdf_bytes(data, trust)
    prepared = forgery.prepared(data)
    assert prepared.endswith(b"%%EOF\n") and data.startswith(prepared)
    from pyhanko.pdf_utils.reader import PdfFileReader

    first = min(PdfFileReader(io.BytesIO(data)).embedded_signatures, key=lambda s: s.signed_revision)
    assert len(prepared) < first.byte_range[1]  # every signature's covered bytes include all of it
    assert verdict.report_digest == binding.sha256(prepared)


@pytest.mark.parametrize("scheme_name", [
    "Cynllun Ymwelwyr Annibynnol â’r Ddalfa — Heddlu Dyfed-Powys a Gogledd Cymru",
    "Ysgol " + "ŵŷâêîôû" * 12,  # two bytes a character: past 64 bytes long before 64 characters
    "A" * 200,
])
def test_a_long_or_welsh_scheme_name_still_makes_its_certificates(scheme_name):
    from icvapp.trust.pki import fit_name, new_inbox_key, new_root, new_signing_request

    root = new_root(scheme_name)
    root.issue_inbox(new_inbox_key().public_key(), scheme_name)
    new_signing_request("Siân Ŵyn ap Gruffydd " * 5, "0" * 36, scheme_name)
    assert len(fit_name(scheme_name).encode("utf-8")) <= 64 and scheme_name.startswith(fit_name(scheme_name))
