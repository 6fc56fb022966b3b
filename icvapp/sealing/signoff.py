"""Sign-off and sealing: the officer acknowledges, both visitors sign, the
visit is sealed; corrections become signed amendments.

Sealing happens in one transaction: the canonical record, both record
signatures, the PAdES-signed PDF and the audit entries land together or not
at all, so no visit is ever left half-sealed. After that the database itself
refuses any change to the visit (see migration 0002).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput
from icvapp.i18n import localized
from icvapp.profile.context import AppContext
from icvapp.reports.visit_data import SignOff, report_data_for
from icvapp.reports.visit_pdf import render_visit_pdf
from icvapp.scheme.config import SchemeConfig
from icvapp.sealing.seal import (
    Seal,
    SealSignature,
    digest,
    report_problem,
    sealed_report_digest,
    signed_bytes,
    statement,
    store_seal,
)
from icvapp.storage import audit
from icvapp.storage.encoding import canonical_json
from icvapp.storage.model import SignedDocument, Visit, VisitStatus, utcnow
from icvapp.trust import binding, pades, pki
from icvapp.trust.enrolment import Signer, Trust, require_trust
from icvapp.trust.verdict import verify_pdf_bytes
from icvapp.visits.canonical import (
    OfficerAck,
    build_document,
    document_config,
    document_to_record,
)
from icvapp.visits.document_formats import changed_fields
from icvapp.visits.sealed import document_for, parts_for, superseding
from icvapp.visits.store import apply_record, load_row, to_record, validation_context
from icvapp.visits.validation import errors, validate

FIELD_NAMES = ("Visitor1", "Visitor2")
#: The statement each visitor signs; it is signed in the language the visit is written in.
SIGN_REASON = QT_TRANSLATE_NOOP("Signoff", "I confirm this report is a true account of the visit.")


# --------------------------------------------------------------------------- sign-off


def ordered_signers(v: Visit, signers: list[Signer]) -> list[Signer]:
    """The signers in the visit's visitor order; refuses anyone who was not on the visit."""
    expected = [i for i in (v.visitor_a_id, v.visitor_b_id) if i is not None]
    by_id = {sg.volunteer_id: sg for sg in signers}
    if sorted(by_id) != sorted(expected) or len(signers) != len(expected):
        raise InvalidInput(QT_TRANSLATE_NOOP("Signoff", "Both visitors on this visit, and only they, must sign it."),
                           hint=QT_TRANSLATE_NOOP("Signoff", "Each visitor unlocks their own signing key with "
                                                             "their own PIN."))
    return [by_id[i] for i in expected]


def sign_off(ctx: AppContext, visit_id: int, officer: OfficerAck, signers: list[Signer], *,
             now: dt.datetime | None = None) -> None:
    """Record the officer's acknowledgement, sign with both visitors' keys and seal the visit."""

    db = ctx.db
    trust = require_trust(db)
    if not officer.name.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Signoff", "Enter the name of the staff member who acknowledged "
                                                        "the findings."))
    now = (now or utcnow()).replace(microsecond=0)
    vctx = validation_context(db, ctx.config)
    with db.session() as s:
        v = load_row(s, visit_id)
        if v.is_sealed:
            raise InvalidInput(QT_TRANSLATE_NOOP("Signoff", "This visit is already signed and sealed."))
        if v.status != VisitStatus.COMPLETE:
            raise InvalidInput(QT_TRANSLATE_NOOP("Signoff", "Mark the visit complete before signing it."))
        if errors(validate(to_record(v), vctx)):
            raise InvalidInput(QT_TRANSLATE_NOOP("Signoff", "This visit has problems to fix before it can be "
                                                            "signed."))
        ordered = ordered_signers(v, signers)
        for sg in ordered:
            problem = trust.problem(sg.cert)
            if problem:
                raise InvalidInput(QT_TRANSLATE_NOOP("Signoff", "{name} cannot sign: {problem}.")
                                   .format(name=sg.name, problem=problem))
        v.officer_name, v.officer_rank, v.officer_number = officer.name, officer.rank, officer.number
        v.officer_ack_at, v.officer_signature = officer.at.replace(microsecond=0), officer.signature
        if v.supersedes_id is not None:
            original = s.get(Visit, v.supersedes_id)
            before = json.loads(original.sealed_record)
            draft_doc = document_for(s, v, ctx.config)
            v.amendment_changes = changed_fields(before, draft_doc)
            if not v.amendment_changes:
                raise InvalidInput(QT_TRANSLATE_NOOP("Signoff", "This amendment changes nothing in the report."),
                                   hint=QT_TRANSLATE_NOOP("Signoff", "Make the correction first, or delete the "
                                                                     "amendment."))
        s.flush()
        # The record and its names are worked out once, for the signed document and the PDF alike.
        rec, parts = to_record(v), parts_for(s, v)
        record = canonical_json(build_document(rec, parts, ctx.config))
        data = report_data_for(s, ctx, v, now=now.replace(tzinfo=dt.UTC), record=rec, parts=parts)
        names = [(sg.name, now.replace(tzinfo=dt.UTC), FIELD_NAMES[i]) for i, sg in enumerate(ordered)]
        original = s.get(Visit, v.supersedes_id) if v.supersedes_id else None
        data = data.with_signoff(SignOff(
            officer=parts.officer, signers=names, version=v.version, amendment=parts.amendment,
            original_sealed_at=original.sealed_at if original else None))
        bind = binding.ReportBinding(digest(record), tuple(p.uid for p in parts.visitors))
        pdf, report_digest = signed_report_pdf(data, ordered, trust, bind)
        # Each record signature names the record and the prepared report (format 2, see sealing.seal).
        covered = statement(bind.record_digest, report_digest)
        signatures = [SealSignature(volunteer_id=sg.volunteer_id, signer_name=sg.name, certificate=pki.pem(sg.cert),
                                    signature=base64.b64encode(pki.sign_bytes(sg.key, covered)).decode("ascii"),
                                    signed_at=now)
                      for sg in ordered]
        store_seal(s, v, Seal(record, signatures, pdf, sealed_at=now, report_digest=report_digest), actor=db.actor,
                   config=ctx.config)


def signed_report_pdf(data, signers: list[Signer], trust: Trust, bind: binding.ReportBinding) -> tuple[bytes, str]:
    """Render the report, create every signature field and the binding to the record in one revision,
    then sign each field in turn. Returns the signed PDF and the prepared report's SHA-256."""

    boxes: dict = {}
    pdf = render_visit_pdf(data, boxes)
    prepared = pades.add_signature_fields(pdf, {FIELD_NAMES[i]: boxes[FIELD_NAMES[i]] for i in range(len(signers))},
                                          bind)
    pdf = prepared
    for i, sg in enumerate(signers):
        pdf = pades.sign_field(pdf, FIELD_NAMES[i], sg.key, sg.cert, trust.root,
                               reason=localized(SIGN_REASON, data.language), name=sg.name)
    return pdf, binding.sha256(prepared)


# --------------------------------------------------------------------------- amendments


def start_amendment(db, visit_id: int, reason: str) -> int:
    """A new draft version of a sealed visit, to correct it; returns its id.

    The sealed original stays exactly as signed. If an amendment is already
    under way, that draft is returned rather than a second one started.
    """
    if not reason.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Signoff", "Say why the report needs correcting."),
                           hint=QT_TRANSLATE_NOOP("Signoff", "The reason is printed on the amended report and "
                                                             "signed with it."))
    with db.session() as s:
        original = load_row(s, visit_id)
        if not original.is_sealed:
            raise InvalidInput(QT_TRANSLATE_NOOP("Signoff", "Only a sealed visit is corrected by amendment; edit a "
                                                            "draft directly."))
        newer = superseding(s, original.id)
        if newer is not None:
            if newer.is_sealed:
                raise InvalidInput(QT_TRANSLATE_NOOP("Signoff", "This version has already been amended (version "
                                                                "{version}).").format(version=newer.version),
                                   hint=QT_TRANSLATE_NOOP("Signoff", "Amend the latest version instead."))
            return newer.id
        draft = Visit(status=VisitStatus.DRAFT, version=original.version + 1, supersedes_id=original.id,
                      amendment_reason=reason.strip())
        s.add(draft)
        apply_record(draft, to_record(original))
        draft.status = VisitStatus.DRAFT
        s.flush()
        audit.append(s, audit.AMENDED, actor=db.actor, visit_uid=draft.uid,
                     detail={"amends": original.uid, "version": draft.version})
        return draft.id


# --------------------------------------------------------------------------- checking a stored visit


@dataclass(frozen=True)
class StoredCheck:
    ok: bool
    problems: list[str]


def check_stored_visit(db, visit_id: int, trust: Trust | None = None, config: SchemeConfig | None = None) -> StoredCheck:
    """Does the sealed visit in the database still match what its visitors signed?

    The record against its digest and the visit's rows; the signed report through the same
    verdict as any report (certificates judged when they signed), signed by exactly the visitors
    the record names and, when bound, naming this record; and each record signature over what
    its format covers. The record is read by ``config``, the profile's definition; None reads it by the
    shipped definition of the kind the signed record names.
    """
    trust = trust or require_trust(db)
    problems = []
    with db.session() as s:
        v = load_row(s, visit_id)
        if not v.is_sealed:
            return StoredCheck(False, [QT_TRANSLATE_NOOP("StoredCheck", "the visit is not sealed")])
        kept_report = sealed_report_digest(s, v)
        if v.sealed_record is None:  # purged under retention: the signatures still fit the kept digests
            for sig in v.signatures:
                cert, signature = pki.load_cert(sig.certificate), base64.b64decode(sig.signature)
                ok = (pki.signature_valid(cert, signature, statement(v.record_digest or "", kept_report))
                      if kept_report else pki.signature_valid_for_digest(cert, signature, v.record_digest or ""))
                if not ok:
                    problems.append(QT_TRANSLATE_NOOP("StoredCheck", "{name}'s signature does not match the recorded digest")
                                    .format(name=sig.signer_name))
            return StoredCheck(not problems, problems)
        record = v.sealed_record.encode("utf-8")
        if digest(record) != v.record_digest:
            problems.append(QT_TRANSLATE_NOOP("StoredCheck", "the sealed record does not match its digest"))
        signed_doc = json.loads(record)
        # Names may have been edited since (a place renamed); the signed names are the ones compared.
        try:
            _rec, signed_parts = document_to_record(signed_doc, config)
        except InvalidInput as exc:
            return StoredCheck(False, [*problems, exc.message])
        if build_document(to_record(v), signed_parts, config or document_config(signed_doc)) != signed_doc:
            problems.append(QT_TRANSLATE_NOOP("StoredCheck", "the visit's rows no longer match the sealed record"))
        report_digest, report_problems = _stored_report(s, v, record, [p.uid for p in signed_parts.visitors],
                                                        kept_report, trust)
        problems += report_problems
        covered = signed_bytes(record, report_digest)
        sigs = list(v.signatures)
        expected = len([i for i in (v.visitor_a_id, v.visitor_b_id) if i is not None])
        if len(sigs) != expected:
            problems.append(QT_TRANSLATE_NOOP("StoredCheck", "{present} of {expected} signatures are present")
                            .format(present=len(sigs), expected=expected))
        for sig in sigs:
            cert = pki.load_cert(sig.certificate)
            if not pki.signature_valid(cert, base64.b64decode(sig.signature), covered):
                problems.append(QT_TRANSLATE_NOOP("StoredCheck", "{name}'s signature does not match the record")
                                .format(name=sig.signer_name))
            # Our own encrypted store vouches for when it was signed; a certificate
            # that expired since does not unmake the signature.
            problem = trust.problem(cert, at=sig.signed_at.replace(tzinfo=dt.UTC))
            if problem:
                problems.append(QT_TRANSLATE_NOOP("StoredCheck", "{name}: {problem}").format(name=sig.signer_name, problem=problem))
    return StoredCheck(not problems, problems)


def _stored_report(s, v: Visit, record: bytes, visitor_uids: list[str], kept_report: str | None,
                   trust: Trust) -> tuple[str | None, list[str]]:
    """The stored signed report's check: the report digest the record signatures must name (None for
    a format-1 seal), and what is wrong with it."""
    doc = s.get(SignedDocument, v.id)
    if doc is None:
        # Only a seal made before reports were bound may lack one (imported without it).
        return kept_report, [QT_TRANSLATE_NOOP("StoredCheck", "the signed report is missing")] if kept_report else []
    verdict = verify_pdf_bytes(doc.pdf, trust, at_signing=True)
    if not verdict.ok:
        return kept_report, [QT_TRANSLATE_NOOP("StoredCheck", "the signed report fails its check: {verdict}")
                             .format(verdict=verdict.headline)]
    bound = verdict.binding is not None or kept_report is not None
    problem = report_problem(verdict, record, visitor_uids, bound=bound)
    return (verdict.report_digest if bound else None), [problem] if problem else []
