"""One clear verdict on any file a user hands us: a signed report PDF or a submission file.

Exit status 0 (and ``Verdict.ok``) only for a fully valid file: every
signature field signed, every signature intact, nothing added since except
the later visitor's signature, and every signer certified by this scheme's
root and neither expired nor revoked.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icvapp.errors import QT_TRANSLATE_NOOP, UserFacingError
from icvapp.i18n import translator
from icvapp.i18n.formats import format_date
from icvapp.sealing.submission import MAX_SIZE, SubmissionRejected, check_payload, decrypt
from icvapp.storage.files import read_bounded
from icvapp.trust import pki
from icvapp.trust.enrolment import Trust
from icvapp.trust.verdict import (
    DAMAGED,
    MAX_REPORT_PDF,
    VALID,
    Verdict,
    joined_names,
    verify_pdf_bytes,
    when_signed,
)
from icvapp.visits.document_formats import KEYS


def verify_submission_bytes(data: bytes, trust: Trust, inbox_key, *, language: str = "en") -> Verdict:
    try:
        checked = check_payload(decrypt(data, trust, inbox_key), trust)
    except SubmissionRejected as exc:
        return Verdict(exc.kind, exc.message)
    tr = translator(language)
    # Names from the record both visitors signed, times from the report's signatures: never the
    # file's own (unsigned) JSON, which anyone holding the inbox certificate could have written.
    doc = checked.document
    names = [visitor["name"] for visitor in doc["visitors"]]
    day = dt.date.fromisoformat(doc["date"]) if doc.get("date") else None
    headline = tr.translate("Verdict", "Valid: visit to {place} on {date}, signed by the scheme's volunteers "
                                       "{names}; unchanged since.")
    place = doc.get(KEYS[doc["format"]].place) or {}
    return Verdict(VALID, headline.format(place=place.get("name", "?"),
                                          date=format_date(day, language, "d MMMM y") if day else "?",
                                          names=joined_names(names, language)),
                   [tr.translate("Verdict", "Signed at {moment} by {name}").format(moment=when_signed(when, tr),
                                                                                   name=name)
                    for name, when in zip(names, checked.signed_at, strict=True)])


def verify_file(path: Path, trust: Trust, inbox_key=None, *, language: str = "en") -> Verdict:
    tr = translator(language)
    try:
        # A report or a submission, whichever it turns out to be: bounded before a byte is read.
        data = read_bounded(path, max(MAX_REPORT_PDF, MAX_SIZE),
                            QT_TRANSLATE_NOOP("Verify", "a signed report or submission file"))
    except UserFacingError as exc:
        return Verdict(DAMAGED, exc.message)
    if data.lstrip()[:5] == b"%PDF-":
        return verify_pdf_bytes(data, trust, language=language)
    if inbox_key is None:
        return Verdict(DAMAGED, tr.translate("Verdict", "This is not a PDF. Submission files can only be checked "
                                                        "in the scheme office's icvapp, which holds the key that "
                                                        "opens them."))
    return verify_submission_bytes(data, trust, inbox_key, language=language)


def trust_from_root_file(path: Path) -> Trust:
    """Trust for someone with only the scheme's root certificate (no revocation list)."""

    # A certificate is about 1 KB; 64 KB allows a PEM bundle and bounds the read.
    root = pki.load_cert(read_bounded(path, 64 * 1024, QT_TRANSLATE_NOOP("Verify", "a root certificate file")))
    return Trust(root=root, inbox=root, revoked={}, scheme_uid="", scheme_name="")
