"""One visit as a PDF report a Board member can read.

:func:`render_visit_pdf` is pure: plain data in, PDF bytes out, built in
memory because a report holds identifiers and must never touch a
temporary file. :func:`export_visit_pdf` gathers the data and writes the file
atomically. The data comes from :mod:`icvapp.reports.visit_data`, the sections
from :mod:`icvapp.reports.visit_story`.
"""

from __future__ import annotations

from pathlib import Path

from icvapp.errors import QT_TRANSLATE_NOOP, StorageFault
from icvapp.i18n import translator
from icvapp.i18n.formats import format_date
from icvapp.profile.context import AppContext
from icvapp.reports.nouns import Nouns
from icvapp.reports.pdfkit import numbered_canvas, render_a4
from icvapp.reports.visit_data import VisitReportData, load_report_data
from icvapp.reports.visit_story import VisitStory, report_title
from icvapp.reports.visit_wording import status_label
from icvapp.scheme.wording import worded
from icvapp.storage import audit
from icvapp.storage.atomic import write_atomic
from icvapp.visits.sealed import signed_pdf
from icvapp.visits.store import note_event


def export_visit_pdf(ctx: AppContext, visit_id: int, out: Path) -> Path:
    """Write the report for ``visit_id`` to exactly ``out``; returns ``out``."""
    out = Path(out)
    if out.is_dir():
        raise StorageFault(QT_TRANSLATE_NOOP("VisitReport", "{path} is a folder, not a file name.").format(path=out),
                           hint=QT_TRANSLATE_NOOP("VisitReport", "Give a file name for the report, for example "
                                                                 "visit.pdf."))
    if not out.parent.is_dir():
        raise StorageFault(QT_TRANSLATE_NOOP("VisitReport", "The folder {parent} does not exist, so the report was "
                                                            "not written.").format(parent=out.parent),
                           hint=QT_TRANSLATE_NOOP("VisitReport", "Choose an existing folder."))

    # A sealed visit's report is the PDF both visitors signed, byte for byte.
    signed = signed_pdf(ctx.db, visit_id)
    write_atomic(out, signed or render_visit_pdf(load_report_data(ctx, visit_id)))
    note_event(ctx.db, visit_id, audit.EXPORTED, {"as": "signed pdf" if signed else "pdf"})
    return out


def render_visit_pdf(data: VisitReportData, boxes: dict | None = None) -> bytes:
    """The report as PDF bytes (A4), built entirely in memory.

    ``boxes`` receives where each signer's signature field belongs.
    """
    rec, tr = data.record, translator(data.language)
    when = format_date(rec.visit_date, data.language, "long") if rec.visit_date else ""
    subtitle = ", ".join(p for p in (data.place_name, when) if p)
    boxes = {} if boxes is None else boxes
    title = report_title(data.config, tr)
    nouns = Nouns(data.config, data.language)
    about = nouns.visit or data.config.title_in(data.language)
    return render_a4(
        lambda width: VisitStory(data, width, boxes).flowables(), canvasmaker=_canvas_maker(data),
        # Metadata is indexed by desktop search: scheme, place and date only, never an identifier or name.
        title=f"{title} – {subtitle}" if subtitle else title, author=data.scheme_name,
        subject=about,
    )


def _canvas_maker(data: VisitReportData):
    rec, tr = data.record, worded(translator(data.language), data.config)
    place = data.place_name if len(data.place_name) <= 48 else data.place_name[:47] + "…"
    day = format_date(rec.visit_date, data.language, "short") if rec.visit_date else ""
    left = " · ".join(p for p in (report_title(data.config, tr), place, day) if p)
    confidential = tr.translate("VisitReport", "Confidential", "footer")
    return numbered_canvas(footer=left, generated_at=data.generated_at, draft=status_label(rec) == "Draft",
                           confidential=confidential,
                           language=data.language)
