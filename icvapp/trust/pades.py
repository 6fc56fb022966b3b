"""PAdES signatures on report PDFs, and checking them.

Every signature field is created in one revision *before* the first
signature: otherwise a file cut back to the first signature would still
verify and the missing second signature would go unseen. pyHanko is
imported inside the functions (it costs ~370 ms to import).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput
from icvapp.trust import binding
from icvapp.trust.pki import common_name


def _asn1_cert(cert: x509.Certificate):
    from asn1crypto import x509 as ax509

    return ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _stamp_name(name: str) -> str:
    """The stamp's built-in font only has Latin-1; the page text carries the exact name."""
    out = []
    for ch in name:
        if ord(ch) < 256:
            out.append(ch)
        else:
            base = unicodedata.normalize("NFKD", ch)[0]
            # Letters with no decomposition; Ø and ø are Latin-1 already (kept above).
            out.append({"Ł": "L", "ł": "l", "Đ": "D", "đ": "d"}.get(ch, base if ord(base) < 256 else "?"))
    return "".join(out)


def add_signature_fields(pdf: bytes, boxes: dict[str, tuple[int, tuple[float, float, float, float]]],
                         bind: binding.ReportBinding | None = None) -> bytes:
    """One incremental revision that adds every (empty) signature field, and the report's binding
    to its record when there is one: the *prepared* report every signature will cover."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for name, (page, box) in boxes.items():
        fields.append_signature_field(writer, fields.SigFieldSpec(name, on_page=page, box=box))
    if bind is not None:
        binding.write_binding(writer, bind)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# Room in a signature container beyond the two certificates it embeds: the signed attributes, the
# ECDSA value and the CMS structure measured ~1.1 KB; a container that outgrew it would make
# pyHanko refuse to sign (never a damaged file).
_CMS_SLACK = 2048


def sign_field(pdf: bytes, field_name: str, key, cert: x509.Certificate, root: x509.Certificate, *,
               reason: str, name: str) -> bytes:
    """Sign one existing field as a new incremental revision (PAdES baseline B)."""
    from asn1crypto import keys as akeys
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    signing_cert, root_cert = _asn1_cert(cert), _asn1_cert(root)
    signer = signers.SimpleSigner(
        signing_cert=signing_cert,
        signing_key=akeys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
        cert_registry=SimpleCertificateStore.from_certs([root_cert]),
    )
    meta = signers.PdfSignatureMetadata(field_name=field_name, subfilter=fields.SigSeedSubFilter.PADES,
                                        reason=reason, name=name)
    style = TextStampStyle(stamp_text=f"Digitally signed by\n{_stamp_name(name)}\n%(ts)s",
                           timestamp_format="%d %b %Y %H:%M UTC", border_width=1)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    # Reserving the container's room (in hex digits, as pyHanko counts) spares pyHanko a dummy
    # signature made only to measure it: a third of its signing time.
    reserved = 2 * (len(signing_cert.dump()) + len(root_cert.dump()) + _CMS_SLACK)
    return signers.PdfSigner(meta, signer, stamp_style=style).sign_pdf(writer, bytes_reserved=reserved).getvalue()


# --------------------------------------------------------------------------- checking

# The only kind of signature icvapp makes. A field holding any other kind is one
# pyHanko would skip without a word, so it is reported as unchecked, never ignored.
PADES_SUBFILTER = "/ETSI.CAdES.detached"
_PYHANKO_LOGGERS = ("pyhanko", "pyhanko_certvalidator")
log = logging.getLogger(__name__)


@dataclass
class PdfSignatureCheck:
    field: str
    # The common name in the signer's certificate; the signature's own /Name entry is never read.
    signer: str
    # The signing-time attribute if the signature carries one, else /M from inside the signed
    # bytes (PAdES puts the claimed time there); None unless it is covered by the signature.
    signed_at: dt.datetime | None
    cert: x509.Certificate | None
    intact: bool
    trusted: bool
    # The revision this signature covers, and whether later revisions only filled in forms/signatures.
    revision: int
    later_changes_allowed: bool


@dataclass(frozen=True)
class AddedLater:
    """Something in the file, after the first signature, that no signature accounts for."""

    # The revision (0-based), or None for stray bytes after the signed end of the file.
    revision: int | None
    # What it adds or replaces, in words.
    changes: tuple[str, ...]
    extra_bytes: int = 0


@dataclass
class PdfCheck:
    revisions: int
    # Every signature field's full name, in the document's order (duplicates included).
    fields: list[str] = field(default_factory=list)
    # The fields holding a signature pyHanko validated, oldest first.
    signatures: list[PdfSignatureCheck] = field(default_factory=list)
    empty_fields: list[str] = field(default_factory=list)
    # Fields that hold something, but not a signature pyHanko validated, with why in words.
    unchecked_fields: dict[str, str] = field(default_factory=dict)
    # Revisions after the first signature that are no signature's own, and bytes after the
    # newest signature's end: what nobody signed (nothing, for a file as icvapp writes it).
    unsigned_additions: list[AddedLater] = field(default_factory=list)
    # The report's binding to its record, as it stood just before the first signature.
    binding: binding.ReportBinding | None = None
    # Why a binding that is there cannot be read, in words.
    binding_problem: str | None = None
    # SHA-256 of the file up to the first signature: the prepared report every signature covers.
    report_digest: str | None = None


def check_pdf(data: bytes, root: x509.Certificate, *, at_signing: bool = False) -> PdfCheck:
    """Every signature field of a PDF, and every signature in them, as pyHanko sees them against ``root``.

    ``at_signing`` validates each certificate chain at the time its signature claims (inside
    what it signs) instead of now: for reports in our own store, which a certificate that
    expired since does not unmake."""
    from pyhanko.pdf_utils.misc import PdfError

    with _pyhanko_quiet():
        try:
            return _check(data, root, at_signing)
        except (PdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
            raise InvalidInput(QT_TRANSLATE_NOOP("Signatures", "This PDF is damaged and cannot be checked "
                                                               "({error}).")
                               .format(error=exc.__class__.__name__)) from None


def _check(data: bytes, root: x509.Certificate, at_signing: bool) -> PdfCheck:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    result = PdfCheck(revisions=reader.xrefs.total_revisions)
    roots = [_asn1_cert(root)]

    def context(at: dt.datetime | None = None):
        return ValidationContext(trust_roots=roots, allow_fetching=False, moment=at)

    now = context()
    signed: dict[int, object] = {}
    for name, value, field_ref in fields.enumerate_sig_fields(reader):
        result.fields.append(name)
        if value is None:
            result.empty_fields.append(name)
            continue
        checked = _check_field(reader, name, field_ref.get_object(), context if at_signing else lambda _at: now)
        if isinstance(checked, str):
            result.unchecked_fields[name] = checked
            continue
        check, embedded = checked
        result.signatures.append(check)
        signed[check.revision] = embedded
    result.signatures.sort(key=lambda c: c.revision)
    if signed:
        result.unsigned_additions = _unsigned_additions(reader, data, signed)
        _read_binding(result, reader, data, min(signed) - 1)
    return result


def _read_binding(result: PdfCheck, reader, data: bytes, prepared: int) -> None:
    """The binding and the prepared report's digest, from the revision before the first signature."""
    if prepared < 0:
        return
    try:
        result.binding = binding.read_binding(reader, prepared)
    except binding.BindingUnreadable as exc:
        result.binding_problem = str(exc)
    result.report_digest = binding.sha256(data[:binding.revision_end(reader, data, prepared)])


def _check_field(reader, name: str, sig_field, context) -> tuple[PdfSignatureCheck, object] | str:
    """The field's signature, validated; or why it holds none that could be validated."""
    from pyhanko.pdf_utils import generic
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import EmbeddedPdfSignature, validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    value = sig_field.get("/V")
    sig_object = value.get_object() if value is not None else None
    if not isinstance(sig_object, generic.DictionaryObject):
        return QT_TRANSLATE_NOOP("Signatures", "it holds something that is not a signature")
    subfilter = sig_object.get("/SubFilter")
    if subfilter != PADES_SUBFILTER:
        if subfilter:
            return QT_TRANSLATE_NOOP("Signatures", "it holds a signature of a kind icvapp does not make, "
                                                   "{kind}").format(kind=str(subfilter))
        return QT_TRANSLATE_NOOP("Signatures", "it holds a signature with no /SubFilter")
    try:
        embedded = EmbeddedPdfSignature(reader, sig_field, name)
        # The claimed time picks when the chain is judged; it is trusted only if the signature is intact.
        status = validate_pdf_signature(embedded, context(_signed_time(embedded, True)))
    except Exception as exc:  # a damaged or made-up signature container, whatever the library calls it
        return QT_TRANSLATE_NOOP("Signatures", "its signature cannot be read: {error}").format(
            error=exc.__class__.__name__)
    covered = status.coverage is not None and status.coverage >= SignatureCoverageLevel.ENTIRE_REVISION
    intact = bool(status.intact and status.valid and covered)
    level = status.modification_level
    cert = _signer_cert(embedded)
    return PdfSignatureCheck(
        field=name, signer=_cn(cert), signed_at=_signed_time(embedded, intact), cert=cert, intact=intact,
        trusted=bool(status.trusted), revision=embedded.signed_revision,
        later_changes_allowed=bool(level is not None and level <= ModificationLevel.FORM_FILLING
                                   and status.docmdp_ok)), embedded


def _signed_time(embedded, intact: bool) -> dt.datetime | None:
    """When the signer says they signed (in UTC), taken only from what the signature covers."""
    when = _claimed_time(embedded, intact)
    if when is None or when.tzinfo is not None:
        return when
    return when.replace(tzinfo=dt.UTC)  # a PDF date without a zone: read as UTC, as icvapp writes them


def _claimed_time(embedded, intact: bool) -> dt.datetime | None:
    from pyhanko.pdf_utils import generic
    from pyhanko.sign.validation.generic_cms import extract_self_reported_ts

    when = extract_self_reported_ts(embedded.signer_info)  # a signed attribute
    if when is not None or not intact:
        return when
    # PAdES forbids that attribute and puts the time in /M, which lies inside the signed bytes
    # of an intact signature - unless it points elsewhere, where a later revision could change it.
    raw = embedded.sig_object.raw_get("/M") if "/M" in embedded.sig_object else None
    if raw is None or isinstance(raw, generic.IndirectObject):
        return None
    try:
        return generic.parse_pdf_date(raw)
    except (ValueError, TypeError):
        return None


def _unsigned_additions(reader, data: bytes, signed: dict[int, object]) -> list[AddedLater]:
    """Every revision after the first signature that is not a signature's own, then any bytes
    after the newest signature's end."""
    total = reader.xrefs.total_revisions
    out = [AddedLater(r, _changes_in(reader, r)) for r in range(min(signed) + 1, total) if r not in signed]
    if max(signed) == total - 1:
        _, _, start2, len2 = (int(x) for x in signed[max(signed)].byte_range)
        extra = len(data) - (start2 + len2)
        if extra > 0:
            out.append(AddedLater(None, ("bytes after the end of the signed file",), extra))
    return out


# What a revision changes, in words the verdict renders in its reader's language.
_KINDS = {"/Page": QT_TRANSLATE_NOOP("Signatures", "a page"), "/Pages": QT_TRANSLATE_NOOP("Signatures", "the page list"),
          "/Annot": QT_TRANSLATE_NOOP("Signatures", "an annotation"),
          "/Catalog": QT_TRANSLATE_NOOP("Signatures", "the document catalogue"),
          "/Sig": QT_TRANSLATE_NOOP("Signatures", "a signature"),
          "/Metadata": QT_TRANSLATE_NOOP("Signatures", "the document metadata")}


def _changes_in(reader, revision: int) -> tuple[str, ...]:
    """The objects one revision adds or replaces, named as a reader would know them."""
    from pyhanko.pdf_utils import generic

    past = reader.get_historical_resolver(revision)
    trailer = past.trailer_view
    info = trailer.raw_get("/Info") if "/Info" in trailer else None
    info_ref = info.reference if isinstance(info, generic.IndirectObject) else None
    kinds = set()
    for ref in reader.xrefs.explicit_refs_in_revision(revision):
        if ref == info_ref:
            kinds.add(QT_TRANSLATE_NOOP("Signatures", "the document information (title, author, dates)"))
            continue
        obj = past.get_object(ref)
        kind = obj.get("/Type") if isinstance(obj, generic.DictionaryObject) else None
        if kind not in ("/XRef", "/ObjStm"):  # the revision's own bookkeeping
            kinds.add(_KINDS.get(kind, QT_TRANSLATE_NOOP("Signatures", "other content")))
    return tuple(sorted(kinds)) or (QT_TRANSLATE_NOOP("Signatures", "nothing that can be named"),)


@contextmanager
def _pyhanko_quiet() -> Iterator[None]:
    """pyHanko logs a full traceback for every signature it rejects; during a check its records
    go to this module's logger at debug level, one line each, instead of to stderr.

    (Checks run one at a time; two at once in threads could restore ``propagate`` out of
    order, which would only make pyHanko quieter.)"""
    relay = _Relay()
    loggers = [logging.getLogger(n) for n in _PYHANKO_LOGGERS]
    saved = [lg.propagate for lg in loggers]
    for lg in loggers:
        lg.addHandler(relay)
        lg.propagate = False
    try:
        yield
    finally:
        for lg, propagate in zip(loggers, saved, strict=True):
            lg.removeHandler(relay)
            lg.propagate = propagate


class _Relay(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        log.debug("pyHanko (%s): %s", record.name, record.getMessage())


def _signer_cert(sig) -> x509.Certificate | None:
    try:
        return x509.load_der_x509_certificate(sig.signer_cert.dump())
    except Exception:
        return None


def _cn(cert: x509.Certificate | None) -> str:
    if cert is None:
        return "unknown signer"

    return common_name(cert)
