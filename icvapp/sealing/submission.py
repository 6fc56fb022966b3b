"""Submission files: a sealed visit, signed by its visitors, encrypted for the scheme office.

The file is CMS (PKCS #7) EnvelopedData in DER, encrypted with AES-256 to
the scheme's inbox certificate, so any CMS tool can open it with the inbox
key (``openssl cms -decrypt -inform DER -recip inbox.pem -inkey key.pem``).
Inside is JSON: the canonical visit record, both visitors' signatures and
certificates, the signed PDF, and where the laptop's audit log stood (see
:mod:`icvapp.sealing.laptop_logs`). Importing checks everything first and then
writes the visit in one transaction: a file is imported whole or not at all.

Format 2 (:data:`FORMAT`) carries a seal whose record signatures name the signed report and
whose report names the record (see :mod:`icvapp.sealing.seal`); format 1 (:data:`FORMAT_1`),
written before that, a seal whose record signatures cover the record alone. Both must carry their signed report, signed by exactly
the visitors the record names, and every time stored comes from inside the
report's signatures: the JSON around them is signed by no one.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7
from sqlalchemy import select

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, UserFacingError, joined
from icvapp.profile.context import AppContext
from icvapp.scheme.config import SchemeConfig
from icvapp.sealing import laptop_logs
from icvapp.sealing.seal import Seal, SealSignature, digest, report_problem, signed_bytes, statement, store_seal
from icvapp.storage import audit
from icvapp.storage.atomic import write_atomic
from icvapp.storage.database import Database
from icvapp.storage.encoding import canonical_json
from icvapp.storage.files import parse_json, read_bounded
from icvapp.storage.model import (
    Place,
    SchemeAuthority,
    SignedDocument,
    Visit,
    VisitStatus,
    Volunteer,
    utcnow,
)
from icvapp.trust import binding, pki
from icvapp.trust.enrolment import Trust, require_trust
from icvapp.trust.verdict import VISIT_REPORT_FIELDS, Verdict, verify_pdf_bytes
from icvapp.visits.canonical import build_document, document_to_record
from icvapp.visits.store import apply_record, note_event, to_record
from icvapp.visits.validation import funnel_breaches

FORMAT = "icvapp-submission/2"
FORMAT_1 = "icvapp-submission/1"
SUFFIX = ".icvsub"
MAX_SIZE = 20 * 1024 * 1024


class SubmissionRejected(UserFacingError):
    title = QT_TRANSLATE_NOOP("Submission", "Submission file refused")

    def __init__(self, message: str, *, hint: str = "", kind: str = "damaged") -> None:
        super().__init__(message, hint=hint)
        # The verdict it amounts to: damaged, untrusted, certificate, altered, duplicate.
        self.kind = kind


# --------------------------------------------------------------------------- writing


def submission_payload(db: Database, visit_id: int) -> bytes:
    return canonical_json(payload_of(db, visit_id))


def payload_of(db: Database, visit_id: int) -> dict:
    """What a submission file carries, before encryption: the signed record, its signatures, the
    signed report, and where this laptop's audit log stands (for the office's register)."""
    with db.session() as s:
        v = s.get(Visit, visit_id)
        if v is None:
            raise NotFound(QT_TRANSLATE_NOOP("Submission", "There is no visit number {visit_id}.")
                           .format(visit_id=visit_id))
        if not v.is_sealed:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Submission", "Only a signed and sealed visit can be sent to the scheme office."),
                hint=QT_TRANSLATE_NOOP("Submission", "Complete the visit and have both visitors sign it first."))
        if v.sealed_record is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Submission", "This visit's conversation details were removed under "
                                                               "the retention period, so it can no longer be sent as "
                                                               "a submission."))
        doc = s.get(SignedDocument, v.id)
        bound = doc is not None and binding.binding_in(doc.pdf) is not None
        payload = {
            # A visit sealed before reports were bound travels as it was signed.
            "format": FORMAT if bound else FORMAT_1,
            "record": json.loads(v.sealed_record),
            "signatures": [{"position": sig.position, "name": sig.signer_name, "certificate": sig.certificate,
                            "signed_at": sig.signed_at.isoformat(), "signature": sig.signature}
                           for sig in v.signatures],
            "signed_pdf": base64.b64encode(doc.pdf).decode("ascii") if doc else None,
            "audit": audit.sending_state(s),
        }
    return payload


def encrypt_for(trust: Trust, payload: bytes) -> bytes:
    return (pkcs7.PKCS7EnvelopeBuilder().set_data(payload).add_recipient(trust.inbox)
            .set_content_encryption_algorithm(algorithms.AES256)
            .encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary]))


def export_submission(ctx: AppContext, visit_id: int, out: Path) -> Path:
    """Write the sealed visit as a submission file for the scheme office."""

    trust = require_trust(ctx.db)
    payload = payload_of(ctx.db, visit_id)
    out = Path(out)
    write_atomic(out, encrypt_for(trust, canonical_json(payload)))
    log = payload["audit"]
    # The point of the log this file carried, so the next file can repeat it for the office.
    note_event(ctx.db, visit_id, audit.SUBMITTED, {"file": out.suffix, "sent_at_entry": [log["last_id"], log["hash"]]})
    return out


# --------------------------------------------------------------------------- reading


def inbox_key_of(db: Database):
    with db.session() as s:
        a = s.scalars(select(SchemeAuthority).limit(1)).first()
        if a is None or a.inbox_key is None:
            raise SubmissionRejected(
                QT_TRANSLATE_NOOP("Submission", "Submission files are opened in the scheme office's icvapp."),
                hint=QT_TRANSLATE_NOOP("Submission", "This profile does not hold the scheme's inbox key."))
        return pki.load_private(a.inbox_key)


def decrypt(data: bytes, trust: Trust, inbox_key) -> bytes:
    if len(data) > MAX_SIZE:
        raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "This file is far too large to be a submission file."))

    try:
        return pkcs7.pkcs7_decrypt_der(data, trust.inbox, inbox_key, [])
    except (ValueError, TypeError, UnsupportedAlgorithm):  # damaged structure or a mangled algorithm identifier
        raise SubmissionRejected(
            QT_TRANSLATE_NOOP("Submission", "This file cannot be opened with this scheme's inbox key."),
            hint=QT_TRANSLATE_NOOP("Submission", "It is damaged, not a submission file, or was made for another "
                                                 "scheme.")) from None


@dataclass
class CheckedSubmission:
    record: bytes  # the canonical bytes both visitors signed
    document: dict
    signatures: list[dict]  # in position order
    pdf: bytes
    # When each visitor signed, in position order (naive UTC), from inside the report's signatures.
    signed_at: list[dt.datetime]
    # The prepared report's digest the record signatures name (format 2); None for format 1.
    report_digest: str | None
    # Where the sending laptop's audit log stood (unsigned; see icvapp.sealing.laptop_logs).
    sender_log: object = None

    @property
    def uid(self) -> str:
        return self.document["uid"]


def check_payload(payload: bytes, trust: Trust, config: SchemeConfig | None = None) -> CheckedSubmission:
    """Every check a submission must pass, with no database writes; the record read by ``config`` (see
    :func:`icvapp.visits.canonical.document_to_record`)."""
    try:
        data = parse_json(payload)
    except ValueError:  # not UTF-8, not JSON, or nested absurdly deep
        raise SubmissionRejected(QT_TRANSLATE_NOOP(
            "Submission", "The submission file is damaged: its contents are not readable.")) from None
    if not isinstance(data, dict) or data.get("format") not in (FORMAT, FORMAT_1):
        raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "This is not a visit submission from icvapp."))
    bound = data["format"] == FORMAT
    record_doc, sigs = data.get("record"), data.get("signatures")
    if not isinstance(sigs, list) or not all(isinstance(x, dict) for x in sigs):
        raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "The submission file has no readable signatures."))
    try:
        _rec, parts = document_to_record(record_doc, config)
        record = canonical_json(record_doc)
    except InvalidInput as exc:
        raise SubmissionRejected(exc.message) from None
    if parts.scheme.uid != trust.scheme_uid:
        raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "This visit was recorded for another scheme "
                                                                 "({name}).").format(name=parts.scheme.name),
                                 kind="untrusted")
    if len({p.uid for p in parts.visitors}) != len(parts.visitors):
        raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "The visit record names the same visitor twice."),
                                 kind="altered")
    if len(sigs) != len(parts.visitors):
        raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "The visit names {visitors} visitor(s) but carries "
                                                                 "{signatures} signature(s).")
                                 .format(visitors=len(parts.visitors), signatures=len(sigs)))
    sigs = sorted(sigs, key=lambda x: str(x.get("position")))
    pdf, verdict = _signed_report(data, trust)
    if bound != (verdict.binding is not None):
        raise SubmissionRejected(
            QT_TRANSLATE_NOOP("Submission", "The file's format and its signed report disagree: the report is not "
                                            "tied to its visit record, as every report made in this format is.")
            if bound else
            QT_TRANSLATE_NOOP("Submission", "The file's format and its signed report disagree: the report is tied "
                                            "to its visit record, which no report made in the file's older format "
                                            "was."),
            kind="altered")
    report_digest = verdict.report_digest if bound else None
    covered = signed_bytes(record, report_digest)
    for i, (sig, visitor) in enumerate(zip(sigs, parts.visitors, strict=True)):
        try:
            cert = pki.load_cert(str(sig["certificate"]))
            signature = base64.b64decode(str(sig["signature"]), validate=True)
        except (KeyError, InvalidInput, ValueError):
            raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "Signature {number} in the file is damaged.")
                                     .format(number=i + 1)) from None
        problem = trust.problem(cert)
        if problem:
            kind = "untrusted" if "not issued" in problem else "certificate"
            raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "{name}'s signature cannot be trusted: "
                                                                     "{problem}.")
                                     .format(name=visitor.name, problem=problem), kind=kind)
        if pki.user_id(cert) != visitor.uid:
            raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "Signature {number} is not by {name}, the "
                                                                     "visitor it should be from.")
                                     .format(number=i + 1, name=visitor.name), kind="altered")
        if not pki.signature_valid(cert, signature, covered):
            raise SubmissionRejected(_mismatch(visitor.name, cert, signature, verdict, record), kind="altered")
    problem = report_problem(verdict, record, [p.uid for p in parts.visitors], bound=bound)
    if problem:
        raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "The signed report does not belong to this visit: "
                                                                 "{problem}.").format(problem=problem), kind="altered")
    by_field = {sg.field: sg.signed_at for sg in verdict.signatures}
    times = [by_field[name].astimezone(dt.UTC).replace(tzinfo=None)
             for name in VISIT_REPORT_FIELDS[:len(parts.visitors)]]
    return CheckedSubmission(record, record_doc, sigs, pdf, times, report_digest, data.get("audit"))


def _signed_report(data: dict, trust: Trust) -> tuple[bytes, Verdict]:
    """The file's signed report, valid: a submission without one is refused, in either format,
    since what is signed is the only source of when the visit was signed."""
    if not data.get("signed_pdf"):
        raise SubmissionRejected(
            QT_TRANSLATE_NOOP("Submission", "The file carries no signed report, so when and by whom the visit was "
                                            "signed cannot be checked."), kind="altered",
            hint=QT_TRANSLATE_NOOP("Submission", "Ask the visitors to export the submission again from their icvapp."))
    try:
        pdf = base64.b64decode(str(data["signed_pdf"]), validate=True)
    except ValueError:
        raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "The signed report inside the file is damaged.")
                                 ) from None
    verdict = verify_pdf_bytes(pdf, trust)
    if not verdict.ok:
        raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "The signed report inside the file fails its "
                                                                 "check: {headline}")
                                 .format(headline=verdict.headline), kind=verdict.status)
    return pdf, verdict


def _mismatch(name: str, cert, signature: bytes, verdict: Verdict, record: bytes) -> str:
    """Why a record signature fails, in words: the record changed, or the report is another one."""
    named = verdict.binding
    if named is None or (verdict.report_digest and pki.signature_valid(
            cert, signature, statement(named.record_digest, verdict.report_digest))):
        # The signature and the report agree with each other: the record is what changed.
        return QT_TRANSLATE_NOOP("Submission", "The visit record was altered after it was signed: {name}'s "
                                               "signature no longer matches it.").format(name=name)
    if named.record_digest == digest(record):
        return QT_TRANSLATE_NOOP("Submission", "The signed report in the file is not the one signed with this visit "
                                               "record: {name}'s signature names another report.").format(name=name)
    return QT_TRANSLATE_NOOP("Submission", "The signed report in the file is the report of another visit record, and "
                                           "{name}'s signature does not match this record with it.").format(name=name)


# --------------------------------------------------------------------------- importing


@dataclass
class ImportResult:
    path: Path
    ok: bool
    message: str
    visit_id: int | None = None
    # Imported, but the office should look: the sending laptop's audit log was cut or rewritten.
    warnings: list[str] = field(default_factory=list)


def import_submission(ctx: AppContext, data: bytes, *, trust: Trust | None = None, inbox_key=None) -> int:
    """Check and store one submission; returns the new visit's id. Raises SubmissionRejected."""
    return import_checked(ctx, data, trust=trust, inbox_key=inbox_key)[0]


def import_checked(ctx: AppContext, data: bytes, *, trust: Trust | None = None,
                   inbox_key=None) -> tuple[int, list[str]]:
    """Check and store one submission: the new visit's id, and warnings about the sending laptop's log."""

    trust = trust or require_trust(ctx.db)
    inbox_key = inbox_key or inbox_key_of(ctx.db)
    checked = check_payload(decrypt(data, trust, inbox_key), trust, ctx.config)
    rec, parts = document_to_record(checked.document, ctx.config)
    breaches = funnel_breaches(rec.counts, ctx.config)
    if breaches:
        raise SubmissionRejected(
            QT_TRANSLATE_NOOP("Submission", "The visit's counts do not add up: {breach}")
            .format(breach=breaches[0][2]),
            hint=QT_TRANSLATE_NOOP("Submission", "A stage cannot be larger than a stage it lies within. Ask the "
                                                 "visitors to correct the visit by an amendment and send that."))
    with ctx.db.session() as s:
        existing = s.scalars(select(Visit).where(Visit.uid == rec.uid)).first()
        if existing is not None:
            if existing.record_digest == digest(checked.record):
                raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "This visit has already been imported "
                                                                         "(visit no. {number}).")
                                         .format(number=existing.id), kind="duplicate")
            raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "A different visit with the same identity is "
                                                                     "already held (visit no. {number}); this file "
                                                                     "was not imported.").format(number=existing.id),
                                     kind="duplicate")
        place = None
        if parts.place is not None:
            place = s.scalars(select(Place).where(Place.uid == parts.place.uid)).first()
            if place is None:
                raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "The visit is to a place this scheme "
                                                                         "does not have ({place}).")
                                         .format(place=parts.place.name))
        people = []
        for p in parts.visitors:
            person = s.scalars(select(Volunteer).where(Volunteer.uid == p.uid)).first()
            if person is None:
                raise SubmissionRejected(QT_TRANSLATE_NOOP("Submission", "The visit names a volunteer this scheme "
                                                                         "does not have ({name}).").format(name=p.name))
            people.append(person)
        original = None
        if parts.amendment is not None:
            original = s.scalars(select(Visit).where(Visit.uid == parts.amendment.original_uid)).first()
            if original is None or not original.is_sealed:
                raise SubmissionRejected(
                    QT_TRANSLATE_NOOP("Submission", "This amends a visit the office does not hold yet."),
                    hint=QT_TRANSLATE_NOOP("Submission", "Import the original report first, then this amendment."))
        rec.place_id = place.id if place else None
        rec.visitor_a_id = people[0].id
        rec.visitor_b_id = people[1].id if len(people) > 1 else None
        v = Visit(uid=rec.uid, status=VisitStatus.COMPLETE, version=parts.version,
                  supersedes_id=original.id if original else None)
        s.add(v)
        apply_record(v, rec)
        if parts.officer:
            v.officer_ack_at, v.officer_signature = parts.officer.at, parts.officer.signature
        if parts.amendment:
            v.amendment_reason, v.amendment_changes = parts.amendment.reason, parts.amendment.changes
        v.completed_at = utcnow()
        s.flush()
        if build_document(to_record(v), parts, ctx.config) != checked.document:
            # A guard against our own bugs: what is stored must re-create what was signed.
            raise SubmissionRejected(
                QT_TRANSLATE_NOOP("Submission", "This visit could not be stored exactly as signed, so it was not "
                                                "imported."),
                hint=QT_TRANSLATE_NOOP("Submission", "Please report this to the icvapp developers."))
        # Times from inside the report's signatures, never from the file's unsigned JSON.
        signatures = [SealSignature(volunteer_id=people[i].id, signer_name=people[i].name,
                                    certificate=str(sig["certificate"]), signature=str(sig["signature"]),
                                    signed_at=checked.signed_at[i])
                      for i, sig in enumerate(checked.signatures)]
        # Sealed when the last visitor signed, on the laptop; not when the office imported it.
        store_seal(s, v, Seal(checked.record, signatures, checked.pdf, sealed_at=max(checked.signed_at),
                              report_digest=checked.report_digest), actor=ctx.db.actor, imported=True, config=ctx.config)
        signers = [hashlib.sha256(pki.load_cert(sig.certificate).public_bytes(serialization.Encoding.DER)).hexdigest()
                   for sig in signatures]
        warnings = laptop_logs.check_and_register(s, checked.sender_log, v.uid, signers, actor=ctx.db.actor)
        return v.id, warnings


def import_files(ctx: AppContext, paths: list[Path], progress=None) -> list[ImportResult]:
    """Import many files; each one is whole or not at all. ``progress(done, total)`` is called as it goes."""
    trust = require_trust(ctx.db)
    inbox_key = inbox_key_of(ctx.db)
    results = []
    for n, path in enumerate(map(Path, paths), start=1):
        try:
            data = read_bounded(path, MAX_SIZE, QT_TRANSLATE_NOOP("Submission", "a submission file"))
            vid, warnings = import_checked(ctx, data, trust=trust, inbox_key=inbox_key)
            message = joined(QT_TRANSLATE_NOOP("Submission", "imported as visit no. {number}").format(number=vid),
                             *(QT_TRANSLATE_NOOP("Submission", "Warning: {text}").format(text=w) for w in warnings))
            results.append(ImportResult(path, True, message, vid, warnings))
        except UserFacingError as exc:
            results.append(ImportResult(path, False, exc.text))
        except OSError as exc:
            results.append(ImportResult(path, False, QT_TRANSLATE_NOOP("Submission", "could not be read ({reason})")
                                        .format(reason=exc.strerror or exc)))
        if progress is not None:
            progress(n, len(paths))
    return results
