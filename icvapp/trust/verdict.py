"""One clear verdict on a signed PDF, for anyone.

``Verdict.ok`` only for a fully valid file: every signature field signed, every
signature intact, nothing added since except the later visitor's signature,
and every signer certified by this scheme's root and neither expired nor revoked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from icvapp.errors import InvalidInput
from icvapp.trust import pades
from icvapp.trust.enrolment import Trust

VALID = "valid"
UNTRUSTED = "untrusted"
CERTIFICATE = "certificate"
ALTERED = "altered"
UNSIGNED = "unsigned"
DAMAGED = "damaged"


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


def verify_pdf_bytes(data: bytes, trust: Trust) -> Verdict:
    try:
        check = pades.check_pdf(data, trust.root)
    except InvalidInput as exc:
        return Verdict(DAMAGED, exc.message)
    sigs = check.signatures
    details = [f"Signature field {s.field}: {s.signer}, signed {s.signed_at:%d %B %Y at %H:%M} UTC"
               if s.signed_at else f"Signature field {s.field}: {s.signer}" for s in sigs]
    details += [f"Signature field {name}: not signed" for name in check.empty_fields]
    if not sigs and not check.empty_fields:
        return Verdict(UNSIGNED, "This PDF carries no signatures.", details)
    for s in sigs:
        if not s.intact:
            return Verdict(ALTERED, f"Altered after signing: {s.signer}'s signature no longer matches the "
                                    f"document (revision {s.revision + 1} of {check.revisions}).", details)
    for s in sigs:
        if not s.later_changes_allowed:
            return Verdict(ALTERED, f"Altered after signing: content was added after {s.signer} signed "
                                    f"(revision {s.revision + 2} of {check.revisions}).", details)
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
    when = max(s.signed_at for s in sigs if s.signed_at)
    return Verdict(VALID, f"Valid: signed by the scheme's volunteers {joined_names([s.signer for s in sigs])} "
                          f"on {when:%d %B %Y at %H:%M} UTC; unchanged since.", details)


