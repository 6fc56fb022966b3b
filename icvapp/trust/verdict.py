"""One clear verdict on a signed PDF, for anyone.

``Verdict.ok`` only for a fully valid file: it has exactly the signature fields
its kind of report is made with; every one holds a signature pyHanko validated
(anything else in a field is refused by name, never skipped); each is intact and
by a different person; nothing was added after the first signature except the
later signatures themselves, and not one byte after the last; and every signer
is certified by this scheme's root and neither expired nor revoked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from icvapp.errors import InvalidInput
from icvapp.trust import pades, pki
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


@dataclass
class Verdict:
    status: str
    headline: str
    details: list[str] = field(default_factory=list)

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


def verify_pdf_bytes(data: bytes, trust: Trust) -> Verdict:
    if len(data) > MAX_REPORT_PDF:
        return Verdict(DAMAGED, f"This PDF is far larger than any report ({len(data) // 2**20} MB).")
    try:
        check = pades.check_pdf(data, trust.root)
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
        problem = trust.problem(s.cert) if s.cert is not None else "its certificate is missing"
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
    times = [s.signed_at for s in sigs if s.signed_at]
    when = f" on {_when(max(times))}" if times else ""
    return Verdict(VALID, f"Valid: signed by the scheme's volunteers {joined_names([s.signer for s in sigs])}"
                          f"{when}; unchanged since.", details)


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
