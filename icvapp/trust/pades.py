"""PAdES signatures on report PDFs, and checking them.

Every signature field is created in one revision *before* the first
signature: otherwise a file cut back to the first signature would still
verify and the missing second signature would go unseen. pyHanko is
imported inside the functions (it costs ~370 ms to import).
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from icvapp.errors import InvalidInput
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
            out.append({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d"}.get(ch, base if ord(base) < 256 else "?"))
    return "".join(out)


def add_signature_fields(pdf: bytes, boxes: dict[str, tuple[int, tuple[float, float, float, float]]]) -> bytes:
    """One incremental revision that adds every (empty) signature field."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for name, (page, box) in boxes.items():
        fields.append_signature_field(writer, fields.SigFieldSpec(name, on_page=page, box=box))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def sign_field(pdf: bytes, field_name: str, key, cert: x509.Certificate, root: x509.Certificate, *,
               reason: str, name: str) -> bytes:
    """Sign one existing field as a new incremental revision (PAdES baseline B)."""
    from asn1crypto import keys as akeys
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    signer = signers.SimpleSigner(
        signing_cert=_asn1_cert(cert),
        signing_key=akeys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
        cert_registry=SimpleCertificateStore.from_certs([_asn1_cert(root)]),
    )
    meta = signers.PdfSignatureMetadata(field_name=field_name, subfilter=fields.SigSeedSubFilter.PADES,
                                        reason=reason, name=name)
    style = TextStampStyle(stamp_text=f"Digitally signed by\n{_stamp_name(name)}\n%(ts)s",
                           timestamp_format="%d %b %Y %H:%M UTC", border_width=1)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    return signers.PdfSigner(meta, signer, stamp_style=style).sign_pdf(writer).getvalue()


# --------------------------------------------------------------------------- checking


@dataclass
class PdfSignatureCheck:
    field: str
    signer: str
    signed_at: dt.datetime | None
    cert: x509.Certificate | None
    intact: bool
    trusted: bool
    # The revision this signature covers, and whether later revisions only filled in forms/signatures.
    revision: int
    later_changes_allowed: bool


@dataclass
class PdfCheck:
    revisions: int
    signatures: list[PdfSignatureCheck] = field(default_factory=list)
    empty_fields: list[str] = field(default_factory=list)


def check_pdf(data: bytes, root: x509.Certificate) -> PdfCheck:
    """Every signature and signature field of a PDF, as pyHanko sees them against ``root``."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        result = PdfCheck(revisions=reader.xrefs.total_revisions)
        result.empty_fields = [name for name, value, _ in fields.enumerate_sig_fields(reader) if value is None]
        vc = ValidationContext(trust_roots=[_asn1_cert(root)], allow_fetching=False)
        for sig in reader.embedded_signatures:
            try:
                status = validate_pdf_signature(sig, vc)
                intact, trusted = status.intact and status.valid, status.trusted
                level = status.modification_level
                later_ok = level is not None and level <= ModificationLevel.FORM_FILLING and status.docmdp_ok
                when = status.signer_reported_dt
            except Exception:  # a damaged signature container: not intact, whatever the reason
                intact = trusted = later_ok = False
                when = None
            cert = _signer_cert(sig)
            result.signatures.append(PdfSignatureCheck(
                field=sig.field_name, signer=_cn(cert), signed_at=when, cert=cert, intact=intact,
                trusted=trusted, revision=sig.signed_revision, later_changes_allowed=later_ok))
        return result
    except (PdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise InvalidInput(f"This PDF is damaged and cannot be checked ({exc.__class__.__name__}).") from None


def _signer_cert(sig) -> x509.Certificate | None:
    try:
        return x509.load_der_x509_certificate(sig.signer_cert.dump())
    except Exception:
        return None


def _cn(cert: x509.Certificate | None) -> str:
    if cert is None:
        return "unknown signer"

    return common_name(cert)
