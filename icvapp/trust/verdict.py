"""One clear verdict on a signed PDF, for anyone.

``Verdict.ok`` only for a fully valid file: it has exactly the signature fields
its kind of report is made with; every one holds a signature pyHanko validated
(anything else in a field is refused by name, never skipped); each is intact and
by a different person; nothing was added after the first signature except the
later signatures themselves, and not one byte after the last; and every signer
is certified by this scheme's root and neither expired nor revoked; each signature's time, taken
from inside what it signs, lies within its certificate's validity and not in the future.

A report that carries a binding to its record (:mod:`icvapp.trust.binding`) must moreover be
signed, field by field, by exactly the visitors it names, matched by the volunteer uid in their
certificates; a report made before bindings keeps the checks above.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from icvapp.errors import InvalidInput
from icvapp.trust import binding, pades, pki
from icvapp.trust.enrolment import Trust

VALID = "valid"
UNTRUSTED = "untrusted"
CERTIFICATE = "certificate"
ALTERED = "altered"
UNSIGNED = "unsigned"
DAMAGED = "damaged"

#: The signature fields each kind of report is created with, all before the first signature
#: (``sealing.signoff.FIELD_NAMES`` and ``reports.board_pdf.FIELD``; a test holds them equal).
#: A file with any other set was not made by icvapp, or was added to since.
VISIT_REPORT_FIELDS = ("Visitor1", "Visitor2")
BOARD_REPORT_FIELDS = ("Coordinator",)
LAYOUTS = {VISIT_REPORT_FIELDS: "a visit report", VISIT_REPORT_FIELDS[:1]: "a lone visitor's report",
           BOARD_REPORT_FIELDS: "a Board report"}
#: A signed visit report is ~60 KB and a Board report with its charts a few hundred KB; 20 MB
#: (the size of the largest submission, which carries a report) bounds memory and parsing time.
MAX_REPORT_PDF = 20 * 2**20
#: How far ahead of this computer's clock a signing time may be: a laptop's clock a few minutes
#: fast is ordinary, a time hours ahead is not.
CLOCK_SKEW = dt.timedelta(minutes=5)


@dataclass
class Verdict:
    status: str
    headline: str
    details: list[str] = field(default_factory=list)
    #: For a checked report: its binding to its record (None for a report made without one),
    #: the SHA-256 of the prepared report every signature covers, and the signatures, oldest first.
    binding: binding.ReportBinding | None = None
    report_digest: str | None = None
    signatures: list[pades.PdfSignatureCheck] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == VALID

    def text(self) -> str:
        return "\n".join([self.headline, *(f"  - {d}" for d in self.details)])


def joined_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _when(at: dt.datetime) -> str:
    at = at.astimezone(dt.UTC) if at.tzinfo else at
    return f"{at:%d %B %Y at %H:%M} UTC"


def _details(check: pades.PdfCheck) -> list[str]:
    by_field = {s.field: s for s in check.signatures}
    lines = []
    for name in check.fields:
        s = by_field.get(name)
        if s is not None:
            lines.append(f"Signature field {name}: {s.signer}" + (f", signed {_when(s.signed_at)}" if s.signed_at
                                                                 else ""))
        elif name in check.unchecked_fields:
            lines.append(f"Signature field {name}: no valid signature ({check.unchecked_fields[name]})")
        else:
            lines.append(f"Signature field {name}: not signed")
    lines += [f"Added after signing and signed by no one: {_addition(a, check.revisions)}"
              for a in check.unsigned_additions]
    return lines


def _addition(added: pades.AddedLater, revisions: int) -> str:
    if added.revision is None:
        return f"{added.extra_bytes} bytes after the end of the signed file"
    return f"revision {added.revision + 1} of {revisions}, which changes {joined_names(list(added.changes))}"


def _layout_problem(names: list[str]) -> str | None:
    if tuple(names) in LAYOUTS:
        return None
    expected = "; ".join(f"{kind}: {joined_names(list(f))}" for f, kind in LAYOUTS.items())
    return (f"Not a report as icvapp makes it: its signature fields are {joined_names(names)} ({expected}), "
            "so a field was added or changed after it was made.")


def verify_pdf_bytes(data: bytes, trust: Trust, *, at_signing: bool = False, now: dt.datetime | None = None) -> Verdict:
    """The verdict on a report PDF, with its binding and signatures when it is valid.

    ``at_signing`` judges each certificate at its signature's time rather than now: for reports in
    our own store, which a certificate that expired since does not unmake. ``now`` is this
    computer's clock unless given."""
    now = now or pki.now_utc()
    if len(data) > MAX_REPORT_PDF:
        return Verdict(DAMAGED, f"This PDF is far larger than any report ({len(data) // 2**20} MB).")
    try:
        check = pades.check_pdf(data, trust.root, at_signing=at_signing)
    except InvalidInput as exc:
        return Verdict(DAMAGED, exc.message)
    sigs, details = check.signatures, _details(check)
    if not check.fields:
        return Verdict(UNSIGNED, "This PDF carries no signatures.", details)
    if check.unchecked_fields:
        name, why = next(iter(check.unchecked_fields.items()))
        return Verdict(ALTERED, f"Not validly signed: signature field {name} holds no signature that can be "
                                f"checked ({why}).", details)
    for s in sigs:
        if not s.intact:
            return Verdict(ALTERED, f"Altered after signing: {s.signer}'s signature no longer matches the "
                                    f"document (revision {s.revision + 1} of {check.revisions}).", details)
    problem = _layout_problem(check.fields)
    if problem:
        return Verdict(ALTERED, problem, details)
    if check.binding_problem:
        return Verdict(ALTERED, "Not a report as icvapp makes it: what ties it to its visit record cannot be "
                                f"read ({check.binding_problem}).", details)
    for s in sigs:
        if not s.later_changes_allowed:
            return Verdict(ALTERED, f"Altered after signing: content was added after {s.signer} signed "
                                    f"(revision {s.revision + 2} of {check.revisions}).", details)
    if check.unsigned_additions:
        added = check.unsigned_additions[0]
        after = max((s for s in sigs if added.revision is None or s.revision < added.revision),
                    key=lambda s: s.revision)
        what = (f"{added.extra_bytes} bytes were added after the end of the file" if added.revision is None else
                f"{joined_names(list(added.changes))} changed in revision {added.revision + 1} of {check.revisions}")
        return Verdict(ALTERED, f"Altered after signing: {what}, after {after.signer} signed, "
                                "and no one signed that change.", details)
    same = _same_person(sigs)
    if same:
        return Verdict(ALTERED, same, details)
    if check.empty_fields:
        return Verdict(UNSIGNED, f"A signature field is left unsigned ({', '.join(check.empty_fields)}): the "
                                 "report is unfinished or was cut back to an earlier revision.", details)
    for s in sigs:
        problem = (trust.problem(s.cert, at=s.signed_at if at_signing else None) if s.cert is not None
                   else "its certificate is missing")
        if problem:
            status = UNTRUSTED if "not issued" in problem or "missing" in problem else CERTIFICATE
            if status == UNTRUSTED:
                head = f"Intact, but signed by a certificate this scheme did not issue ({s.signer})."
            else:
                head = f"Intact, but {s.signer} cannot vouch for it: {problem}."
            return Verdict(status, head, details)
        if not s.trusted:
            return Verdict(UNTRUSTED, f"Intact, but {s.signer}'s certificate is not trusted by this scheme.",
                           details)
        timing = _time_problem(s, now)
        if timing:
            return Verdict(*timing, details)
    wrong = _wrong_signer(check)
    if wrong:
        return Verdict(ALTERED, wrong, details)
    when = _when(max(s.signed_at for s in sigs))
    return Verdict(VALID, f"Valid: signed by the scheme's volunteers {joined_names([s.signer for s in sigs])}"
                          f" on {when}; unchanged since.", details,
                   binding=check.binding, report_digest=check.report_digest, signatures=list(sigs))


def _time_problem(s: pades.PdfSignatureCheck, now: dt.datetime) -> tuple[str, str] | None:
    """A signature's time (from inside what it signs) must exist, not lie ahead of ``now`` by more
    than :data:`CLOCK_SKEW`, and fall within its certificate's validity."""
    if s.signed_at is None:
        return ALTERED, f"Not validly signed: {s.signer}'s signature carries no time inside what it signs."
    at = s.signed_at
    if at > now + CLOCK_SKEW:
        return ALTERED, f"Not validly signed: {s.signer}'s signature claims {_when(at)}, which is still to come."
    cert = s.cert
    if cert is not None and not cert.not_valid_before_utc <= at <= cert.not_valid_after_utc:
        return CERTIFICATE, (f"Intact, but {s.signer} cannot vouch for it: it claims to be signed on {_when(at)}, "
                             f"outside their certificate's validity ({cert.not_valid_before_utc:%d %B %Y} to "
                             f"{cert.not_valid_after_utc:%d %B %Y}).")
    return None


def _wrong_signer(check: pades.PdfCheck) -> str | None:
    """With a binding, field by field the signer must be the visitor it names, by volunteer uid."""
    bound = check.binding
    if bound is None:
        return None
    if len(bound.visitor_uids) != len(check.fields):
        return (f"Not a report as icvapp makes it: it names {len(bound.visitor_uids)} visitor(s) for "
                f"{len(check.fields)} signature field(s).")
    by_field = {s.field: s for s in check.signatures}
    for name, uid in zip(check.fields, bound.visitor_uids, strict=True):
        s = by_field[name]
        if s.cert is None or pki.user_id(s.cert) != uid:
            return (f"Not validly signed: signature field {name} is signed by {s.signer}, who is not the "
                    "visitor this report names for it.")
    return None


def _same_person(sigs: list[pades.PdfSignatureCheck]) -> str | None:
    """Each field is signed by someone else: one signature in two fields, or one person twice, is refused."""
    seen: dict[object, pades.PdfSignatureCheck] = {}
    for s in sigs:
        for key in (("revision", s.revision), ("person", pki.user_id(s.cert) if s.cert else None)):
            if key[1] is None:
                continue
            first = seen.setdefault(key, s)
            if first is not s:
                return (f"Not validly signed: signature fields {first.field} and {s.field} are both signed by "
                        f"{s.signer}; each field must be signed by a different person.")
    return None
