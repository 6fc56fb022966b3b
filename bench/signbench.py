"""Worker for the sign benchmark: run in its own process by ``bench.run``.

App: ``icvapp.sealing.sign_off`` (officer's acknowledgement, both visitors'
record signatures, the report rendered and PAdES-signed twice, everything
written in one transaction) followed by ``export_visit_pdf`` of the signed
report. Baseline: two bare pyHanko signatures (``signers.PdfSigner``, signers
built once beforehand with the same keys, certificates, metadata and stamp)
of the same unsigned report PDF, with its two empty fields and its binding to
the record (the prepared report), that sign_off signs. Each repetition seals
a fresh visit completed outside the timer. The bare signers leave pyHanko to
size the signature container with a dummy signature, as a script using its
defaults does; ``pades.sign_field`` reserves the room instead.

Writes one JSON object to ``--json`` (or stdout); progress goes to stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.output import emit
from bench.signing_setup import SelfTimer, complete, log, make_office, officer_ack, patch_db, unlock, visit_record

PAIR = ("Amrit Sandhu", "Łukasz Nowak")  # one name outside Latin-1, as the stamp must cope with


def bare_signers(signers: list, root):
    """pyHanko PdfSigners for Visitor1 and Visitor2, built once (not timed): what a bare script would hold."""
    from asn1crypto import keys as akeys
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign import fields
    from pyhanko.sign import signers as hsigners
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    from icvapp.sealing.signoff import FIELD_NAMES, SIGN_REASON
    from icvapp.trust.pades import _asn1_cert, _stamp_name

    out = []
    for field_name, sg in zip(FIELD_NAMES, signers, strict=True):
        signer = hsigners.SimpleSigner(
            signing_cert=_asn1_cert(sg.cert),
            signing_key=akeys.PrivateKeyInfo.load(sg.key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
            cert_registry=SimpleCertificateStore.from_certs([_asn1_cert(root)]))
        meta = hsigners.PdfSignatureMetadata(field_name=field_name, subfilter=fields.SigSeedSubFilter.PADES,
                                             reason=SIGN_REASON, name=sg.name)
        style = TextStampStyle(stamp_text=f"Digitally signed by\n{_stamp_name(sg.name)}\n%(ts)s",
                               timestamp_format="%d %b %Y %H:%M UTC", border_width=1)
        out.append(hsigners.PdfSigner(meta, signer, stamp_style=style))
    return out


def bare_sign(pdf_signers: list, pdf: bytes) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    for ps in pdf_signers:
        pdf = ps.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf))).getvalue()
    return pdf


def unsigned_with_fields(ctx, vid: int, timings: dict | None = None) -> bytes:
    """The report sign_off signed, before any signature: rendered, then both empty fields and the
    binding to its record added (the prepared report)."""

    from icvapp.reports.visit_data import load_report_data
    from icvapp.reports.visit_pdf import render_visit_pdf
    from icvapp.sealing.signoff import FIELD_NAMES
    from icvapp.storage.model import Visit
    from icvapp.trust import binding, pades

    with ctx.db.session() as s:
        v = s.get(Visit, vid)
        sealed_at = v.sealed_at
        bind = binding.ReportBinding(v.record_digest, tuple(p["uid"] for p in json.loads(v.sealed_record)["visitors"]))
    data = load_report_data(ctx, vid, now=sealed_at.replace(tzinfo=dt.UTC))
    assert data.signoff and len(data.signoff.signers) == 2, "the visit should be sealed by now"
    boxes: dict = {}
    t0 = time.perf_counter()
    pdf = render_visit_pdf(data, boxes)
    t1 = time.perf_counter()
    pdf = pades.add_signature_fields(pdf, {name: boxes[name] for name in FIELD_NAMES}, bind)
    t2 = time.perf_counter()
    if timings is not None:
        timings["render"].append(t1 - t0)
        timings["add_fields"].append(t2 - t1)
    return pdf


def breakdown_timer() -> SelfTimer:
    t = SelfTimer()
    checks = "checks: trust, validation, load visit"
    for mod, attr in (("icvapp.sealing.signoff", "require_trust"), ("icvapp.sealing.signoff", "validation_context"),
                      ("icvapp.sealing.signoff", "validate"), ("icvapp.sealing.signoff", "load_row")):
        t.patch(mod, attr, checks)
    t.patch("icvapp.sealing.signoff", "document_for", "canonical record (document_for + canonical_json)")
    t.patch("icvapp.sealing.signoff", "canonical_json", "canonical record (document_for + canonical_json)")
    # sign_off imports these by name, so they are wrapped where it looks them up.
    t.patch("icvapp.sealing.signoff", "report_data_for", "report data (report_data_for)")
    t.patch("icvapp.sealing.signoff", "render_visit_pdf", "render PDF (render_visit_pdf, reportlab)")
    t.patch("icvapp.trust.pades", "add_signature_fields", "add 2 signature fields and the binding (pyHanko)")
    t.patch("icvapp.trust.pades", "sign_field", "2 PAdES signatures (pades.sign_field, pyHanko)")
    t.patch("icvapp.trust.pki", "sign_bytes", "2 record signatures (ECDSA P-256)")
    t.patch("icvapp.storage.audit", "append", "audit log entries (hash chain)")
    patch_db(t)
    # export_visit_pdf's parts
    t.patch("icvapp.reports.visit_pdf", "signed_pdf", "read the signed PDF from the database")
    t.patch("icvapp.reports.visit_pdf", "write_atomic", "write the file atomically")
    return t


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.signbench")
    p.add_argument("--reps", type=int, default=20)
    p.add_argument("--json", type=Path, help="write the result here (default: stdout)")
    args = p.parse_args(argv)

    from icvapp.reports.visit_pdf import export_visit_pdf
    from icvapp.sealing.signoff import SIGN_REASON, sign_off
    from icvapp.trust import pades

    tmp = Path(tempfile.mkdtemp(prefix="icvapp-bench-sign-"))
    result: dict = {"reps": args.reps}
    try:
        t0 = time.perf_counter()
        ctx = make_office(tmp / "office", enrol=list(PAIR))
        result["setup_seconds"] = time.perf_counter() - t0
        log(f"  office profile with scheme root and 2 enrolled volunteers in {result['setup_seconds']:.1f} s")
        by_name, unlock_times = unlock(ctx, list(PAIR))
        signers = [by_name[n] for n in PAIR]
        result["unlock"] = unlock_times
        from icvapp.trust.enrolment import require_trust

        root = require_trust(ctx.db).root
        pdf_signers = bare_signers(signers, root)
        out_pdf = tmp / "report.pdf"
        counter = iter(range(10_000))

        def fresh_visit() -> tuple[int, object]:
            i = next(counter)
            rec = visit_record(ctx, i, PAIR)
            return complete(ctx, rec), officer_ack(rec.visit_date)

        app = {"total": [], "sign_off": [], "export": []}
        base = {"pyhanko_2": [], "pades_sign_field_2": [], "render": [], "add_fields": []}
        sizes = {}

        def one_rep(record: bool, sanity: bool = False) -> None:
            vid, ack = fresh_visit()  # outside the timer
            t0 = time.perf_counter()
            sign_off(ctx, vid, ack, signers)
            t1 = time.perf_counter()
            export_visit_pdf(ctx, vid, out_pdf)
            t2 = time.perf_counter()
            pdf = unsigned_with_fields(ctx, vid, base if record else None)  # outside the timer
            t3 = time.perf_counter()
            bare = bare_sign(pdf_signers, pdf)
            t4 = time.perf_counter()
            wrapped = pdf
            for i, sg in enumerate(signers):
                wrapped = pades.sign_field(wrapped, f"Visitor{i + 1}", sg.key, sg.cert, root,
                                           reason=SIGN_REASON, name=sg.name)
            t5 = time.perf_counter()
            if record:
                app["total"].append(t2 - t0)
                app["sign_off"].append(t1 - t0)
                app["export"].append(t2 - t1)
                base["pyhanko_2"].append(t4 - t3)
                base["pades_sign_field_2"].append(t5 - t4)
            if sanity:
                sizes.update(app_pdf=out_pdf.stat().st_size, unsigned_pdf=len(pdf), bare_pdf=len(bare))
                app_check = pades.check_pdf(out_pdf.read_bytes(), root)
                bare_check = pades.check_pdf(bare, root)
                result["sanity"] = {  # both outputs must verify, or the comparison means nothing
                    side: {"signatures": [(s.field, s.intact, s.trusted, s.later_changes_allowed)
                                          for s in chk.signatures],
                           "empty_fields": chk.empty_fields}
                    for side, chk in (("app", app_check), ("bare", bare_check))}

        log("  warm-up x2 (imports reportlab and pyHanko, fonts; checks both signed PDFs)")
        one_rep(record=False, sanity=True)
        one_rep(record=False)  # the first repetition after the first was still ~50 % slower
        for r in range(args.reps):
            one_rep(record=True)
            if (r + 1) % 5 == 0 or r + 1 == args.reps:
                log(f"  sign repetition {r + 1}/{args.reps}: app {statistics.median(app['total']) * 1000:.0f} ms, "
                    f"bare pyHanko {statistics.median(base['pyhanko_2']) * 1000:.0f} ms (medians so far)")
        result["app"], result["baseline"], result["sizes"] = app, base, sizes

        # Where the app's time goes: the same steps again with the app's functions wrapped
        # (separate repetitions, so the headline figures above carry no instrumentation).
        timer = breakdown_timer()
        parts = {"sign_off": [], "export": []}
        with timer.active():
            for _ in range(args.reps):
                vid, ack = fresh_visit()
                timer.take()
                t0 = time.perf_counter()
                sign_off(ctx, vid, ack, signers)
                t1 = time.perf_counter()
                got = timer.take()
                got["other (ORM objects, SQL reads, Python glue)"] = (t1 - t0) - sum(got.values())
                got["total"] = t1 - t0
                parts["sign_off"].append(got)
                t0 = time.perf_counter()
                export_visit_pdf(ctx, vid, out_pdf)
                t1 = time.perf_counter()
                got = timer.take()
                got["other (ORM objects, SQL reads, Python glue)"] = (t1 - t0) - sum(got.values())
                got["total"] = t1 - t0
                parts["export"].append(got)
        result["breakdown"] = {
            phase: {k: statistics.median(s.get(k, 0.0) for s in samples)
                    for k in dict.fromkeys(k for s in samples for k in s)}
            for phase, samples in parts.items()}
        ctx.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return emit(result, args.json)


if __name__ == "__main__":
    sys.exit(main())
