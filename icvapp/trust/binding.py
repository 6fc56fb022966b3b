"""What ties a signed visit report to its record: a small dictionary in the PDF's catalogue.

It is written in the same revision that creates the empty signature fields,
before the first signature, so both visitors' PAdES signatures cover it; it
names the SHA-256 of the canonical record and the visitors' uids in field
order. It is read back from the revision just before the first signature (what
every signature covers), never from whatever a later revision says.

The bytes of the file up to the end of that revision are the *prepared*
report; its SHA-256 is what the visitors' record signatures name in return
(see :mod:`icvapp.sealing.seal`), so each side names the other without a
circle: the record first, then the prepared report naming it, then the
signatures over both.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass

from icvapp.errors import QT_TRANSLATE_NOOP

# The catalogue key. Readers ignore keys they do not know, so the file stays an ordinary PDF.
KEY = "/ICVappReport"
FORMAT = "icvapp-report-binding/1"
_HEX64 = re.compile(r"[0-9a-f]{64}")


class BindingUnreadable(ValueError):
    """The file carries a binding, but not one icvapp wrote."""


@dataclass(frozen=True)
class ReportBinding:
    # SHA-256 (hex) of the canonical record the report was made from.
    record_digest: str
    # The visitors' uids, in the order of the signature fields they sign (Visitor1, Visitor2).
    visitor_uids: tuple[str, ...]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_binding(writer, binding: ReportBinding) -> None:
    """Put ``binding`` in the catalogue of the revision ``writer`` is building."""
    from pyhanko.pdf_utils import generic

    def text(value: str):
        return generic.TextStringObject(value)

    writer.root[generic.NameObject(KEY)] = generic.DictionaryObject({
        generic.NameObject("/Format"): text(FORMAT),
        generic.NameObject("/Record"): text(binding.record_digest),
        generic.NameObject("/Visitors"): generic.ArrayObject([text(u) for u in binding.visitor_uids]),
    })
    writer.update_root()


def read_binding(reader, revision: int) -> ReportBinding | None:
    """The binding as the file stood at ``revision``; None if there is none (a report made before
    bindings, or a Board report). Raises :class:`BindingUnreadable` for one icvapp did not write."""
    from pyhanko.pdf_utils import generic

    root = reader.get_historical_resolver(revision).root
    if KEY not in root:
        return None
    entry = root[KEY]
    if not isinstance(entry, generic.DictionaryObject):
        raise BindingUnreadable(QT_TRANSLATE_NOOP("Signatures", "it is not a dictionary"))
    values = {k: entry.get(k) for k in ("/Format", "/Record", "/Visitors")}
    if not isinstance(values["/Format"], generic.TextStringObject) or str(values["/Format"]) != FORMAT:
        raise BindingUnreadable(QT_TRANSLATE_NOOP("Signatures", "its format is {format}").format(
            format=repr(values["/Format"])))
    record, visitors = values["/Record"], values["/Visitors"]
    if not isinstance(record, generic.TextStringObject) or not _HEX64.fullmatch(str(record)):
        raise BindingUnreadable(QT_TRANSLATE_NOOP("Signatures", "its record digest is not a SHA-256"))
    if (not isinstance(visitors, generic.ArrayObject) or not 1 <= len(visitors) <= 2
            or not all(isinstance(u, generic.TextStringObject) and 0 < len(str(u)) <= 36 for u in visitors)):
        raise BindingUnreadable(QT_TRANSLATE_NOOP("Signatures", "its list of visitors is malformed"))
    return ReportBinding(str(record), tuple(str(u) for u in visitors))


def revision_end(reader, data: bytes, revision: int) -> int:
    """Where ``revision`` ends in ``data``: just after its ``%%EOF`` line.

    An incremental update appends to the earlier file unchanged, so ``data[:end]`` is the file as
    it stood then. A file that is laid out otherwise gives bytes whose digest matches nothing.
    """
    start = reader.xrefs.get_xref_container_info(revision).end_location
    eof = data.find(b"%%EOF", start)
    if eof < 0:
        return len(data)
    end = eof + 5
    if data[end:end + 2] == b"\r\n":
        return end + 2
    return end + 1 if data[end:end + 1] in (b"\r", b"\n") else end


def binding_in(data: bytes) -> ReportBinding | None:
    """The binding a signed report carries, read without checking any signature (to tell which
    format a stored report was made in); None if it has none or cannot be read."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        first = min((sig.signed_revision for sig in reader.embedded_signatures), default=0)
        return read_binding(reader, first - 1) if first > 0 else None
    except (PdfError, BindingUnreadable, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None
