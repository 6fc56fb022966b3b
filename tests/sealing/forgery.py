"""Forging sealed visits the way an attacker would, for the attack tests and the forgery generator.

An attacker here holds what the attack review assumed: the office's public inbox certificate
(anyone can encrypt a submission), genuine sealed visits and their signed reports, and at most
some volunteers' own signing keys (a third volunteer certified by the scheme, or the visitors'
keys themselves to move a signature's time).
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
from contextlib import contextmanager

from icvapp.sealing.seal import digest, statement
from icvapp.sealing.submission import decrypt, encrypt_for
from icvapp.storage.encoding import canonical_json
from icvapp.trust import binding, pades, pki


def payload_of(data: bytes, trust, inbox_key) -> dict:
    return json.loads(decrypt(data, trust, inbox_key))


def submission_of(payload: dict, trust) -> bytes:
    """What anyone holding the public inbox certificate can make of a payload."""
    return encrypt_for(trust, json.dumps(payload, ensure_ascii=False).encode("utf-8"))


def pdf_of(payload: dict) -> bytes:
    return base64.b64decode(payload["signed_pdf"])


def with_pdf(payload: dict, pdf: bytes | None) -> dict:
    out = json.loads(json.dumps(payload))
    out["signed_pdf"] = None if pdf is None else base64.b64encode(pdf).decode("ascii")
    return out


def _revisions(pdf: bytes) -> tuple[object, list[int]]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    return reader, sorted(sig.signed_revision for sig in reader.embedded_signatures)


def prepared(pdf: bytes) -> bytes:
    """The report as it stood before the first signature: rendered, fields and binding added."""
    reader, signed = _revisions(pdf)
    return pdf[:binding.revision_end(reader, pdf, signed[0] - 1)]


def rendered(pdf: bytes) -> bytes:
    """The report as rendered, before its signature fields (and binding) were added."""
    reader, _signed = _revisions(pdf)
    return pdf[:binding.revision_end(reader, pdf, 0)]


def through_first_signature(pdf: bytes) -> bytes:
    """The report as it stood after the first visitor signed: the second field still empty."""
    reader, signed = _revisions(pdf)
    return pdf[:binding.revision_end(reader, pdf, signed[0])]


@contextmanager
def pyhanko_clock(at: dt.datetime | None):
    """pyHanko's clock, as a signer who sets their computer's clock would have it."""
    from pyhanko.sign.signers import pdf_signer

    if at is None:
        yield
        return
    real = pdf_signer.datetime

    class Moved(real):
        @classmethod
        def now(cls, tz=None):
            return at.astimezone(tz) if tz else at.replace(tzinfo=None)

    pdf_signer.datetime = Moved
    try:
        yield
    finally:
        pdf_signer.datetime = real


def sign_as(pdf: bytes, field: str, signer, root, *, at: dt.datetime | None = None) -> bytes:
    """``signer`` (a real, scheme-certified key) signs ``field`` as a new revision, at ``at`` by their clock."""
    with pyhanko_clock(at):
        return pades.sign_field(pdf, field, signer.key, signer.cert, root, reason="x", name=signer.name)


def signed_by(pdf: bytes, signers: list, root, *, at: dt.datetime | None = None) -> bytes:
    """``pdf`` (with its empty fields) signed field by field by ``signers``."""
    for i, sg in enumerate(signers):
        pdf = sign_as(pdf, f"Visitor{i + 1}", sg, root, at=at)
    return pdf


def record_signatures(payload: dict, signers: list, report_digest: str | None) -> list[dict]:
    """Record signatures made with ``signers``' own keys and certificates over the payload's record
    (and, for the current format, the report digest)."""
    record = canonical_json(payload["record"])
    covered = record if report_digest is None else statement(digest(record), report_digest)
    return [{"position": i + 1, "name": sg.name, "certificate": pki.pem(sg.cert), "signed_at": "2026-11-02T22:50:00",
             "signature": base64.b64encode(pki.sign_bytes(sg.key, covered)).decode("ascii")}
            for i, sg in enumerate(signers)]


def as_format_1(payload: dict, visitors: list, root) -> dict:
    """The same visit as icvapp wrote it before reports were bound: record signatures over the
    record alone, and a report with its fields but no binding, signed by the visitors."""
    pdf = pades.add_signature_fields(rendered(pdf_of(payload)), boxes(pdf_of(payload)))
    old = with_pdf(payload, signed_by(pdf, visitors, root))
    old["format"] = "icvapp-submission/1"
    old["signatures"] = record_signatures(payload, visitors, None)
    return old


def retitled(pdf: bytes, bind: binding.ReportBinding) -> bytes:
    """Another report of the same record: same binding, a changed title, fields ready to sign."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(rendered(pdf)))
    info = writer.trailer["/Info"]
    info[generic.NameObject("/Title")] = generic.TextStringObject("Nothing to report")
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    return pades.add_signature_fields(out.getvalue(), boxes(pdf), bind)


def boxes(pdf: bytes) -> dict:
    """Where each signature field of a signed report sits: (page, box) by name."""
    from pyhanko.sign import fields

    reader, _signed = _revisions(pdf)
    pages = [p.idnum for p in _page_refs(reader)]
    out = {}
    for name, _value, ref in fields.enumerate_sig_fields(reader):
        widget = ref.get_object()
        page = widget.raw_get("/P").idnum if "/P" in widget else pages[0]
        out[name] = (pages.index(page), tuple(float(v) for v in widget["/Rect"]))
    return out


def _page_refs(reader) -> list:
    root = reader.root["/Pages"]
    out = []

    def walk(node):
        for kid in node["/Kids"]:
            obj = kid.get_object()
            if obj.get("/Type") == "/Pages":
                walk(obj)
            else:
                out.append(kid)

    walk(root)
    return out
