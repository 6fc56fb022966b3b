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

Verdicts are worded in the language asked for (English by default), through :mod:`icvapp.i18n`;
the reason a lower layer gives (a certificate's problem, a damaged file) is rendered in the same language when
that layer marked it for translation (:class:`icvapp.errors.Translatable`), and as it is worded otherwise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from icvapp.errors import InvalidInput, in_language
from icvapp.i18n import QT_TRANSLATE_NOOP, Translator, translator
from icvapp.i18n.formats import format_date
from icvapp.storage.files import size_text
from icvapp.trust import binding, pades, pki
from icvapp.trust.enrolment import Trust

VALID = "valid"
UNTRUSTED = "untrusted"
CERTIFICATE = "certificate"
ALTERED = "altered"
UNSIGNED = "unsigned"
DAMAGED = "damaged"

# The signature fields each kind of report is created with, all before the first signature
# (``sealing.signoff.FIELD_NAMES`` and ``reports.board_pdf.FIELD``; a test holds them equal).
# A file with any other set was not made by icvapp, or was added to since.
VISIT_REPORT_FIELDS = ("Visitor1", "Visitor2")
BOARD_REPORT_FIELDS = ("Coordinator",)
LAYOUTS = {VISIT_REPORT_FIELDS: QT_TRANSLATE_NOOP("Verdict", "a visit report"),
           VISIT_REPORT_FIELDS[:1]: QT_TRANSLATE_NOOP("Verdict", "a lone visitor's report"),
           BOARD_REPORT_FIELDS: QT_TRANSLATE_NOOP("Verdict", "a Board report")}
# What a signature without a certificate is called; the verdict sorts by it (as trust.problem words it).
NO_CERTIFICATE = "its certificate is missing"
# A signed visit report is ~60 KB and a Board report with its charts a few hundred KB; 20 MB
# (the size of the largest submission, which carries a report) bounds memory and parsing time.
MAX_REPORT_PDF = 20 * 2**20
# How far ahead of this computer's clock a signing time may be: a laptop's clock a few minutes
# fast is ordinary, a time hours ahead is not.
CLOCK_SKEW = dt.timedelta(minutes=5)


@dataclass
class Verdict:
    status: str
    headline: str
    details: list[str] = field(default_factory=list)
    # For a checked report: its binding to its record (None for a report made without one),
    # the SHA-256 of the prepared report every signature covers, and the signatures, oldest first.
    binding: binding.ReportBinding | None = None
    report_digest: str | None = None
    signatures: list[pades.PdfSignatureCheck] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == VALID

    def text(self) -> str:
        return "\n".join([self.headline, *(f"  - {d}" for d in self.details)])


def joined_names(names: list[str], language: str = "en") -> str:
    if len(names) == 1:
        return names[0]
    last = translator(language).translate("Verdict", "{names} and {last}")
    return last.format(names=", ".join(names[:-1]), last=names[-1])


def when_signed(at: dt.datetime, tr: Translator) -> str:
    """A signing time in words, in the translator's language (times are UTC)."""
    at = at.astimezone(dt.UTC) if at.tzinfo else at
    when = tr.translate("Verdict", "{date} at {time} UTC")
    return when.format(date=format_date(at, tr.language, "dd MMMM y"), time=f"{at:%H:%M}")


def _details(check: pades.PdfCheck, tr: Translator) -> list[str]:
    by_field = {s.field: s for s in check.signatures}
    lines = []
    for name in check.fields:
        s = by_field.get(name)
        if s is not None:
            line = tr.translate("Verdict", "Signature field {field}: {signer}").format(field=name, signer=s.signer)
            if s.signed_at:
                line += tr.translate("Verdict", ", signed {moment}").format(moment=when_signed(s.signed_at, tr))
            lines.append(line)
        elif name in check.unchecked_fields:
            lines.append(tr.translate("Verdict", "Signature field {field}: no valid signature ({reason})")
                         .format(field=name, reason=in_language(check.unchecked_fields[name], tr)))
        else:
            lines.append(tr.translate("Verdict", "Signature field {field}: not signed").format(field=name))
    lines += [tr.translate("Verdict", "Added after signing and signed by no one: {what}")
              .format(what=_addition(a, check.revisions, tr)) for a in check.unsigned_additions]
    return lines


def _addition(added: pades.AddedLater, revisions: int, tr: Translator) -> str:
    if added.revision is None:
        return tr.translate("Verdict", "{count} bytes after the end of the signed file").format(count=added.extra_bytes)
    return tr.translate("Verdict", "revision {number} of {revisions}, which changes {what}").format(
        number=added.revision + 1, revisions=revisions, what=_changed(added, tr))


def _changed(added: pades.AddedLater, tr: Translator) -> str:
    """What an unsigned revision changes, in the reader's words."""
    return joined_names([in_language(c, tr) for c in added.changes], tr.language)


def _signed_last_before(sigs: list[pades.PdfSignatureCheck], revision: int | None) -> pades.PdfSignatureCheck:
    """The signature made last before ``revision`` (None: before the stray bytes at the end, so the last)."""
    return max((s for s in sigs if revision is None or s.revision < revision), key=lambda s: s.revision)


def _layout_problem(names: list[str], tr: Translator) -> str | None:
    if tuple(names) in LAYOUTS:
        return None
    expected = "; ".join(f"{tr.translate('Verdict', kind)}: {joined_names(list(f), tr.language)}"
                         for f, kind in LAYOUTS.items())
    return tr.translate("Verdict", "Not a report as icvapp makes it: its signature fields are {fields} ({expected}), "
                        "so a field was added or changed after it was made.").format(
        fields=joined_names(names, tr.language), expected=expected)


def verify_pdf_bytes(data: bytes, trust: Trust, *, at_signing: bool = False, now: dt.datetime | None = None,
                     language: str = "en") -> Verdict:
    """The verdict on a report PDF, with its binding and signatures when it is valid.

    ``at_signing`` judges each certificate at its signature's time rather than now: for reports in
    our own store, which a certificate that expired since does not unmake. ``now`` is this
    computer's clock unless given. ``language`` is the language the verdict is worded in."""
    now, tr = now or pki.now_utc(), translator(language)
    if len(data) > MAX_REPORT_PDF:
        return Verdict(DAMAGED, tr.translate("Verdict", "This PDF is far larger than any report ({size}).")
                       .format(size=size_text(len(data), up=True)))
    try:
        check = pades.check_pdf(data, trust.root, at_signing=at_signing)
    except InvalidInput as exc:
        return Verdict(DAMAGED, exc.message_in(tr))
    sigs, details = check.signatures, _details(check, tr)
    if not check.fields:
        return Verdict(UNSIGNED, tr.translate("Verdict", "This PDF carries no signatures."), details)
    if check.unchecked_fields:
        name, why = next(iter(check.unchecked_fields.items()))
        return Verdict(ALTERED, tr.translate("Verdict", "Not validly signed: signature field {field} holds no "
                                             "signature that can be checked ({reason}).")
                       .format(field=name, reason=in_language(why, tr)), details)
    for s in sigs:
        if not s.intact:
            return Verdict(ALTERED, tr.translate("Verdict", "Altered after signing: {signer}'s signature no longer "
                                                 "matches the document (revision {number} of {revisions}).")
                           .format(signer=s.signer, number=s.revision + 1, revisions=check.revisions), details)
    problem = _layout_problem(check.fields, tr)
    if problem:
        return Verdict(ALTERED, problem, details)
    if check.binding_problem:
        return Verdict(ALTERED, tr.translate("Verdict", "Not a report as icvapp makes it: what ties it to its visit "
                                             "record cannot be read ({reason}).")
                       .format(reason=in_language(check.binding_problem, tr)), details)
    for s in sigs:
        if not s.later_changes_allowed:
            # Name the revision the content is in, and the signature just before it, when no one signed it;
            # else it came with the next signature's own revision.
            added = next((a.revision for a in check.unsigned_additions
                          if a.revision is not None and a.revision > s.revision), None)
            after = s if added is None else _signed_last_before(sigs, added)
            return Verdict(ALTERED, tr.translate("Verdict", "Altered after signing: content was added after {signer} "
                                                 "signed (revision {number} of {revisions}).")
                           .format(signer=after.signer, number=s.revision + 2 if added is None else added + 1,
                                   revisions=check.revisions), details)
    if check.unsigned_additions:
        added = check.unsigned_additions[0]
        after = _signed_last_before(sigs, added.revision)
        what = (tr.translate("Verdict", "{count} bytes were added after the end of the file")
                .format(count=added.extra_bytes) if added.revision is None else
                tr.translate("Verdict", "{what} changed in revision {number} of {revisions}")
                .format(what=_changed(added, tr), number=added.revision + 1, revisions=check.revisions))
        return Verdict(ALTERED, tr.translate("Verdict", "Altered after signing: {what}, after {signer} signed, and "
                                             "no one signed that change.").format(what=what, signer=after.signer),
                       details)
    same = _same_person(sigs, tr)
    if same:
        return Verdict(ALTERED, same, details)
    if check.empty_fields:
        return Verdict(UNSIGNED, tr.translate("Verdict", "A signature field is left unsigned ({fields}): the report "
                                              "is unfinished or was cut back to an earlier revision.")
                       .format(fields=", ".join(check.empty_fields)), details)
    for s in sigs:
        problem = (trust.problem(s.cert, at=s.signed_at if at_signing else None) if s.cert is not None
                   else NO_CERTIFICATE)
        if problem:
            status = UNTRUSTED if "not issued" in problem or "missing" in problem else CERTIFICATE
            if status == UNTRUSTED:
                head = tr.translate("Verdict", "Intact, but signed by a certificate this scheme did not issue "
                                    "({signer}).").format(signer=s.signer)
            else:
                head = tr.translate("Verdict", "Intact, but {signer} cannot vouch for it: {problem}.").format(
                    signer=s.signer, problem=in_language(problem, tr))
            return Verdict(status, head, details)
        if not s.trusted:
            return Verdict(UNTRUSTED, tr.translate("Verdict", "Intact, but {signer}'s certificate is not trusted by "
                                                   "this scheme.").format(signer=s.signer), details)
        timing = _time_problem(s, now, tr)
        if timing:
            return Verdict(*timing, details)
    wrong = _wrong_signer(check, tr)
    if wrong:
        return Verdict(ALTERED, wrong, details)
    when = when_signed(max(s.signed_at for s in sigs), tr)
    return Verdict(VALID, tr.translate("Verdict", "Valid: signed by the scheme's volunteers {names} on {moment}; "
                                       "unchanged since.")
                   .format(names=joined_names([s.signer for s in sigs], tr.language), moment=when), details,
                   binding=check.binding, report_digest=check.report_digest, signatures=list(sigs))


def _time_problem(s: pades.PdfSignatureCheck, now: dt.datetime, tr: Translator) -> tuple[str, str] | None:
    """A signature's time (from inside what it signs) must exist, not lie ahead of ``now`` by more
    than :data:`CLOCK_SKEW`, and fall within its certificate's validity."""
    if s.signed_at is None:
        return ALTERED, tr.translate("Verdict", "Not validly signed: {signer}'s signature carries no time inside "
                                     "what it signs.").format(signer=s.signer)
    at = s.signed_at
    if at > now + CLOCK_SKEW:
        return ALTERED, tr.translate("Verdict", "Not validly signed: {signer}'s signature claims {moment}, which is "
                                     "still to come.").format(signer=s.signer, moment=when_signed(at, tr))
    cert = s.cert
    if cert is not None and not cert.not_valid_before_utc <= at <= cert.not_valid_after_utc:
        return CERTIFICATE, tr.translate("Verdict", "Intact, but {signer} cannot vouch for it: it claims to be signed "
                                         "on {moment}, outside their certificate's validity ({start} to {end}).")\
            .format(signer=s.signer, moment=when_signed(at, tr),
                    start=format_date(cert.not_valid_before_utc, tr.language, "dd MMMM y"),
                    end=format_date(cert.not_valid_after_utc, tr.language, "dd MMMM y"))
    return None


def _wrong_signer(check: pades.PdfCheck, tr: Translator) -> str | None:
    """With a binding, field by field the signer must be the visitor it names, by volunteer uid."""
    bound = check.binding
    if bound is None:
        return None
    if len(bound.visitor_uids) != len(check.fields):
        return tr.translate("Verdict", "Not a report as icvapp makes it: it names {visitors} visitor(s) for {fields} "
                            "signature field(s).").format(visitors=len(bound.visitor_uids), fields=len(check.fields))
    by_field = {s.field: s for s in check.signatures}
    for name, uid in zip(check.fields, bound.visitor_uids, strict=True):
        s = by_field[name]
        if s.cert is None or pki.user_id(s.cert) != uid:
            return tr.translate("Verdict", "Not validly signed: signature field {field} is signed by {signer}, who is "
                                "not the visitor this report names for it.").format(field=name, signer=s.signer)
    return None


def _same_person(sigs: list[pades.PdfSignatureCheck], tr: Translator) -> str | None:
    """Each field is signed by someone else: one signature in two fields, or one person twice, is refused."""
    seen: dict[object, pades.PdfSignatureCheck] = {}
    for s in sigs:
        for key in (("revision", s.revision), ("person", pki.user_id(s.cert) if s.cert else None)):
            if key[1] is None:
                continue
            first = seen.setdefault(key, s)
            if first is not s:
                return tr.translate("Verdict", "Not validly signed: signature fields {first} and {second} are both "
                                    "signed by {signer}; each field must be signed by a different person.")\
                    .format(first=first.field, second=s.field, signer=s.signer)
    return None
