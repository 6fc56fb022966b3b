"""Worker for the import benchmark: run in its own process by ``bench.run``.

Set-up (not measured): a scheme office profile and a volunteer laptop that
joined it by files; the laptop seals N visits (``sign_off``, four volunteers
in rotating pairs, three suites, dates over ~2.5 years) and writes each as a
submission file (``export_submission``).

Measured, over the same N files, after a warm-up on two extra files:

* app: one ``icvapp.submission.import_files(office, paths)`` call into a copy
  of the office profile (checks everything, writes each visit in its own
  transaction); per-file times from its progress callback;
* bare, file by file in turn with the app (inside that progress callback,
  off the app's clock, so a slow spell on a shared machine hits both sides):
  read the file, CMS-decrypt it with the inbox key (``pkcs7_decrypt_der``),
  parse the JSON, canonical JSON of the record, the embedded PDF's two PAdES
  signatures with ``icvapp.trust.pades.check_pdf`` (pyHanko), its binding naming
  the record and signed by the visitors it names, both certificates issued by
  the root, and both ECDSA record signatures over the record's and the
  prepared report's digests (what a format-2 record signature covers);
* the same again without the PDF check, into a second copy: bare skips the
  PAdES validation but still reads the binding and the prepared report's
  digest (the record signatures cannot be checked without it); the app runs
  with ``icvapp.sealing.submission.verify_pdf_bytes`` replaced, in this process
  only, by a stub that reads the same and says "valid" (bench
  instrumentation, not an app option).

Rate = files / summed per-file seconds. Then a breakdown of the app's time on
the first (up to) 100 files, with its functions wrapped.
Writes one JSON object to ``--json`` (or stdout); progress goes to stderr.
"""

from __future__ import annotations

import argparse
import base64
import json
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path

from bench.output import emit
from bench.signing_setup import (
    PASSPHRASE,
    VOLUNTEERS,
    SelfTimer,
    complete,
    log,
    make_laptop,
    make_office,
    officer_ack,
    patch_db,
    unlock,
    visit_record,
)

PAIRS = [(0, 1), (2, 3), (0, 2), (1, 3), (0, 3), (1, 2)]
WARMUP = 2


def make_files(n: int, folder: Path, tmp: Path) -> tuple[list[Path], dict]:
    """Office + laptop, then n sealed visits exported as submission files. Returns paths and set-up times."""
    from icvapp.sealing.signoff import sign_off
    from icvapp.sealing.submission import export_submission

    info: dict = {}
    t0 = time.perf_counter()
    office = make_office(tmp / "office")
    lap = make_laptop(tmp / "laptop", office, VOLUNTEERS)
    signers, unlock_times = unlock(lap, VOLUNTEERS)
    info["profiles_seconds"] = time.perf_counter() - t0
    info["unlock"] = unlock_times
    log(f"  office (root, {len(VOLUNTEERS)} volunteers enrolled) and laptop (joined by files, "
        f"{len(VOLUNTEERS)} keys certified) in {info['profiles_seconds']:.1f} s")
    office.close()
    folder.mkdir()
    paths, seal_times = [], []
    t0 = time.perf_counter()
    step = max(1, n // 10)
    for i in range(n):
        pair = tuple(VOLUNTEERS[j] for j in PAIRS[i % len(PAIRS)])
        rec = visit_record(lap, i, pair)
        vid = complete(lap, rec)
        t1 = time.perf_counter()
        sign_off(lap, vid, officer_ack(rec.visit_date), [signers[name] for name in pair])
        seal_times.append(time.perf_counter() - t1)
        paths.append(export_submission(lap, vid, folder / f"visit-{i:05d}.icvsub"))
        if (i + 1) % step == 0 or i + 1 == n:
            left = (time.perf_counter() - t0) / (i + 1) * (n - i - 1)
            log(f"  sealed and exported {i + 1:,}/{n:,} visits on the laptop (~{left:.0f} s left)")
    lap.close()
    info["seal_exports_seconds"] = time.perf_counter() - t0
    info["sign_off_median"] = statistics.median(seal_times)
    info["file_bytes_median"] = statistics.median(p.stat().st_size for p in paths)
    return paths, info


def inbox_material(ctx):
    """What a bare verifier is given: the root and inbox certificates and the inbox key's DER bytes."""
    from sqlalchemy import select

    from icvapp.storage.model import SchemeAuthority
    from icvapp.trust.enrolment import require_trust

    trust = require_trust(ctx.db)
    with ctx.db.session() as s:
        der = s.scalars(select(SchemeAuthority.inbox_key).limit(1)).one()
    return trust.root, trust.inbox, der


class Refused(Exception):
    pass


def light_report(data: bytes):
    """What a report says without validating a signature: its binding, the prepared report's digest,
    and each signature's field, certificate and claimed time (the bench's stand-in for the PDF check)."""
    import io

    from cryptography import x509
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.reader import PdfFileReader

    from icvapp.trust import binding
    from icvapp.trust.pades import PdfSignatureCheck

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    sigs = reader.embedded_signatures
    prepared = min(sig.signed_revision for sig in sigs) - 1
    checks = [PdfSignatureCheck(field=sig.field_name, signer="", signed_at=generic.parse_pdf_date(sig.sig_object["/M"]),
                                cert=x509.load_der_x509_certificate(sig.signer_cert.dump()), intact=True, trusted=True,
                                revision=sig.signed_revision, later_changes_allowed=True) for sig in sigs]
    return (binding.read_binding(reader, prepared),
            binding.sha256(data[:binding.revision_end(reader, data, prepared)]), checks)


def bare_verifier(root, inbox_cert, key, *, pdf: bool):
    """What a minimal verifier does with one file; raises Refused if anything fails."""
    from cryptography.hazmat.primitives.serialization import pkcs7

    from icvapp.sealing.seal import digest, statement
    from icvapp.storage.encoding import canonical_json
    from icvapp.trust.pades import check_pdf
    from icvapp.trust.pki import issued_by, load_cert, signature_valid, user_id

    def verify(path: Path) -> None:
        doc = json.loads(pkcs7.pkcs7_decrypt_der(path.read_bytes(), inbox_cert, key, []))
        record = canonical_json(doc["record"])
        uids = tuple(v["uid"] for v in doc["record"]["visitors"])
        if len(doc["signatures"]) != 2:
            raise Refused(f"{path.name}: {len(doc['signatures'])} signatures")
        report = base64.b64decode(doc["signed_pdf"])
        if pdf:
            chk = check_pdf(report, root)
            if (len(chk.signatures) != 2 or chk.empty_fields
                    or not all(s.intact and s.trusted and s.later_changes_allowed for s in chk.signatures)):
                raise Refused(f"{path.name}: the signed PDF does not verify")
            bound, report_digest, signed = chk.binding, chk.report_digest, chk.signatures
        else:
            bound, report_digest, signed = light_report(report)
        if bound is None or bound.record_digest != digest(record) or bound.visitor_uids != uids \
                or tuple(user_id(s.cert) for s in signed) != uids:
            raise Refused(f"{path.name}: the signed PDF is not bound to this record and its visitors")
        covered = statement(digest(record), report_digest)
        for sig in doc["signatures"]:
            cert = load_cert(sig["certificate"])
            if not (issued_by(cert, root) and signature_valid(cert, base64.b64decode(sig["signature"]), covered)):
                raise Refused(f"{path.name}: signature by {sig.get('name')} does not verify")

    return verify


def interleaved(ctx, paths: list[Path], root, inbox_cert, inbox_der: bytes, *,
                pdf: bool) -> tuple[list[float], list[float]]:
    """One import_files call over ``paths``; after each file (in its progress callback, off the app's
    clock) the bare verifier checks the same file. Returns per-file seconds for the app and for bare.

    The machine is shared, so the two sides take turns file by file: a slow spell hits both.
    The app's first file includes its once-per-batch work (trust and inbox key from the database);
    the bare side's first file includes loading the inbox key from its DER bytes.
    """
    from cryptography.hazmat.primitives import serialization

    from icvapp.sealing.submission import import_files

    t0 = time.perf_counter()
    # Once per batch, as the app does; like icvapp.pki.load_private (since 3d0df6a) it skips OpenSSL's
    # RSA consistency check (~125 ms for RSA-3072): the key comes from the office's own encrypted store.
    key = serialization.load_der_private_key(inbox_der, password=None, unsafe_skip_rsa_key_validation=True)
    verify = bare_verifier(root, inbox_cert, key, pdf=pdf)
    bare_times, app_times = [time.perf_counter() - t0], []
    last = [0.0]

    def progress(done: int, total: int) -> None:
        app_times.append(time.perf_counter() - last[0])
        b0 = time.perf_counter()
        verify(paths[done - 1])
        bare_times.append(time.perf_counter() - b0)
        last[0] = time.perf_counter()

    last[0] = time.perf_counter()
    results = import_files(ctx, paths, progress=progress)
    bad = [r for r in results if not r.ok]
    if bad:
        raise Refused(f"{len(bad)} of {len(paths)} files refused, e.g. {bad[0].path.name}: {bad[0].message}")
    key_load = bare_times.pop(0)
    bare_times[0] += key_load  # the key load belongs to the first file
    return app_times, bare_times


@contextmanager
def pdf_check_stubbed():
    """The app's PDF check replaced by 'valid' in this process (bench only; the app has no such switch)."""
    from icvapp.sealing import submission
    from icvapp.trust.verdict import VALID, Verdict

    def stub(data, trust, **_options):
        bound, report_digest, signed = light_report(data)
        return Verdict(VALID, "not checked (bench stub)", binding=bound, report_digest=report_digest,
                       signatures=signed)

    original = submission.verify_pdf_bytes
    submission.verify_pdf_bytes = stub
    try:
        yield
    finally:
        submission.verify_pdf_bytes = original


def summarize(per_file: list[float], chunk: int) -> dict:
    n, total = len(per_file), sum(per_file)
    chunk_rates = [chunk / sum(per_file[i:i + chunk]) for i in range(0, n - chunk + 1, chunk)]
    return {"files": n, "seconds": total, "rate": n / total, "chunk": chunk, "chunk_rates": chunk_rates,
            "per_file": per_file, "per_file_median": statistics.median(per_file)}


ONCE = "trust + inbox key from the database (once per batch)"


def breakdown(ctx, paths: list[Path]) -> tuple[dict[str, float], float]:
    """Median seconds per file by part of import_files (app functions wrapped), and the once-per-batch part."""
    from icvapp.sealing.submission import import_files

    t = SelfTimer()
    t.patch_method(Path, "read_bytes", "read the file")
    t.patch("icvapp.sealing.submission", "require_trust", ONCE)
    t.patch("icvapp.sealing.submission", "inbox_key_of", ONCE)
    t.patch("icvapp.sealing.submission", "decrypt", "CMS decrypt (RSA-3072 key transport + AES-256)")
    t.patch("icvapp.sealing.submission", "check_payload", "parse JSON, canonical record, scheme/visitor checks")
    t.patch("icvapp.sealing.submission", "document_to_record", "parse JSON, canonical record, scheme/visitor checks")
    t.patch("icvapp.trust.pki", "signature_valid", "2 ECDSA record signatures + 2 certificate checks")
    t.patch("icvapp.trust.pki", "certificate_problem", "2 ECDSA record signatures + 2 certificate checks")
    t.patch("icvapp.sealing.submission", "verify_pdf_bytes", "PDF check (verify_pdf_bytes -> pades.check_pdf, pyHanko)")
    t.patch("icvapp.sealing.submission", "build_document", "re-build the record from the stored rows (guard)")
    t.patch("icvapp.storage.audit", "append", "audit log entry (hash chain)")
    patch_db(t)
    per_file: list[dict[str, float]] = []
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        got = t.take()
        got["total"] = now - last[0]
        per_file.append(got)
        last[0] = time.perf_counter()

    with t.active():
        last[0] = time.perf_counter()
        results = import_files(ctx, paths, progress=progress)
    if not all(r.ok for r in results):
        raise Refused(next(r.message for r in results if not r.ok))
    once = per_file[0].pop(ONCE, 0.0)
    per_file[0]["total"] -= once
    other = "other (ORM objects, SQL reads, Python glue)"
    for got in per_file:
        got[other] = got["total"] - sum(v for k, v in got.items() if k != "total")
    labels = dict.fromkeys(k for got in per_file for k in got)
    return {k: statistics.median(got.get(k, 0.0) for got in per_file) for k in labels}, once


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.importbench")
    p.add_argument("--files", type=int, default=1000)
    p.add_argument("--json", type=Path, help="write the result here (default: stdout)")
    args = p.parse_args(argv)

    from icvapp.profile.context import open_profile

    n = args.files
    chunk = max(5, n // 10)
    tmp = Path(tempfile.mkdtemp(prefix="icvapp-bench-import-"))
    result: dict = {"files": n}
    try:
        log(f"  set-up: sealing {n + WARMUP:,} visits on a laptop profile (~0.2 s each; not measured)")
        all_paths, result["setup"] = make_files(n + WARMUP, tmp / "files", tmp)
        warm, paths = all_paths[:WARMUP], all_paths[WARMUP:]
        copies = {}
        for name in ("app", "app_nopdf", "breakdown"):
            shutil.copytree(tmp / "office", tmp / f"office-{name}")
            copies[name] = open_profile(tmp / f"office-{name}", PASSPHRASE)
        root, inbox_cert, inbox_der = inbox_material(copies["app"])

        passes = {}
        for label, pdf in (("", True), ("_nopdf", False)):
            what = "with the PDF check" if pdf else "PDF check stubbed out in the app, skipped by bare"
            log(f"  import_files of {n:,} files, bare verification of each file after it ({what})")
            office = copies["app" + label]
            with pdf_check_stubbed() if not pdf else nullcontext():
                interleaved(office, warm, root, inbox_cert, inbox_der, pdf=pdf)  # warm-up
                app_times, bare_times = interleaved(office, paths, root, inbox_cert, inbox_der, pdf=pdf)
            passes["app" + label], passes["bare" + label] = summarize(app_times, chunk), summarize(bare_times, chunk)
            app_rate, bare_rate = passes["app" + label]["rate"], passes["bare" + label]["rate"]
            log(f"    app {app_rate:.1f} files/s, bare {bare_rate:.1f} files/s")
        result["passes"] = passes

        k = min(n, 100)
        log(f"  where import_files spends its time: {k} files again, app functions wrapped")
        breakdown(copies["breakdown"], warm)  # warm-up
        result["breakdown"], result["breakdown_once"] = breakdown(copies["breakdown"], paths[:k])
        result["breakdown_files"] = k

        from icvapp.visits.store import count_visits

        result["imported"] = {name: count_visits(ctx.db) for name, ctx in copies.items()}
        for ctx in copies.values():
            ctx.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return emit(result, args.json)


if __name__ == "__main__":
    sys.exit(main())
