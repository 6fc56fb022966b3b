"""One clear verdict on a signed report or submission file, for anyone.

Exit status 0 (and ``Verdict.ok``) only for a fully valid file: every
signature field signed, every signature intact, nothing added since except
the later visitor's signature, and every signer certified by this scheme's
root and neither expired nor revoked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .enrolment import Trust
from .errors import InvalidInput, UserFacingError

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


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def verify_pdf_bytes(data: bytes, trust: Trust) -> Verdict:
    from . import pades

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
    return Verdict(VALID, f"Valid: signed by the scheme's volunteers {_names([s.signer for s in sigs])} "
                          f"on {when:%d %B %Y at %H:%M} UTC; unchanged since.", details)


def verify_submission_bytes(data: bytes, trust: Trust, inbox_key) -> Verdict:
    from .submission import SubmissionRejected, check_payload, decrypt

    try:
        checked = check_payload(decrypt(data, trust, inbox_key), trust)
    except SubmissionRejected as exc:
        return Verdict(exc.kind, exc.message)
    names = [sig.get("name", "?") for sig in checked.signatures]
    doc = checked.document
    return Verdict(VALID, f"Valid: visit to {(doc.get('suite') or {}).get('name', '?')} on {doc.get('date')}, "
                          f"signed by the scheme's volunteers {_names(names)}; unchanged since.",
                   [f"Signed at {sig.get('signed_at')} by {sig.get('name')}" for sig in checked.signatures])


def verify_file(path: Path, trust: Trust, inbox_key=None) -> Verdict:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Verdict(DAMAGED, f"{path} could not be read ({exc.strerror or exc}).")
    if data.lstrip()[:5] == b"%PDF-":
        return verify_pdf_bytes(data, trust)
    if inbox_key is None:
        return Verdict(DAMAGED, "This is not a PDF. Submission files can only be checked in the scheme "
                                "office's icvapp, which holds the key that opens them.")
    return verify_submission_bytes(data, trust, inbox_key)


def trust_from_root_file(path: Path) -> Trust:
    """Trust for someone with only the scheme's root certificate (no revocation list)."""
    from . import pki

    try:
        root = pki.load_cert(Path(path).read_bytes())
    except OSError as exc:
        raise UserFacingError(f"{path} could not be read ({exc.strerror or exc}).") from None
    return Trust(root=root, inbox=root, revoked={}, scheme_uid="", scheme_name="")
