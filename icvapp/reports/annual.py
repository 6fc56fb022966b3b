"""The annual summary for a financial year, in the shape of the PCC's annual report:
visits per suite, people in custody during visits, offered, spoken to (and %),
requests by category."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from xml.sax.saxutils import escape

from icvapp.metrics import annual_summary, as_dict
from icvapp.profile.context import AppContext
from icvapp.reports.pdfkit import (
    HEAD_BG,
    NAVY,
    RULE,
    grid,
    numbered_canvas,
    paragraph_styles,
    register_fonts,
)
from icvapp.scheme.config import SchemeConfig
from icvapp.storage.atomic import write_atomic

FORMATS = ("json", "csv", "pdf")


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}%"


def annual_csv(annual, config: SchemeConfig) -> str:
    categories = list(annual.total.requests)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Suite", "Visits", "In custody during visits", "Offered a visit", "Spoken to", "Spoken to (%)",
                *[f"Requests: {config.label('request_categories', c)}" for c in categories]])
    for row in [*annual.rows, annual.total]:
        w.writerow([row.suite, row.visits, row.in_custody, row.offered, row.seen, _pct(row.seen_pct),
                    *[row.requests.get(c, 0) for c in categories]])
    return buf.getvalue()


def annual_pdf(annual, config: SchemeConfig, scheme_name: str) -> bytes:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

    register_fonts()
    s = paragraph_styles()
    buf = io.BytesIO()
    p = annual.period
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                          bottomMargin=22 * mm, title=f"Annual summary {p.label}", author=scheme_name,
                          creator="icvapp", initialFontName="DejaVuSans")
    doc.addPageTemplates([PageTemplate(id="a", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width,
                                                             doc.height, leftPadding=0, rightPadding=0,
                                                             topPadding=0, bottomPadding=0)])])
    style = [("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(RULE)), ("BACKGROUND", (0, 0), (-1, 0), HexColor(HEAD_BG)),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(NAVY)), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("FONTNAME", (0, -1), (-1, -1), "DejaVuSans-Bold"),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    head = ["Custody suite", "Visits", "In custody during visits", "Offered a visit", "Spoken to", "%"]
    rows = [[Paragraph(f"<b>{h}</b>", s["small"]) for h in head]]
    for r in [*annual.rows, annual.total]:
        rows.append([r.suite, r.visits, r.in_custody, r.offered, r.seen, _pct(r.seen_pct)])
    story = [Paragraph(escape(scheme_name), s["scheme"]), Paragraph("Independent custody visiting: the year", s["title"]),
             Paragraph(f"Financial year {p.label} ({p.start:%d %B %Y} to {p.end:%d %B %Y})", s["subtitle"]),
             Spacer(1, 10), Paragraph("Visits and detainees", s["h1"]),
             grid(rows, [50 * mm, 18 * mm, 32 * mm, 26 * mm, 24 * mm, 16 * mm], style, repeatRows=1, hAlign="LEFT"),
             Spacer(1, 6), Paragraph(f"Volunteers gave <b>{annual.volunteer_hours:,.1f} hours</b> on visits and raised "
                                     f"<b>{annual.issues_raised}</b> issues with custody staff.", s["body"]),
             Paragraph("Requests made by detainees", s["h1"])]
    req = [[Paragraph("<b>Request</b>", s["small"]), Paragraph("<b>Number</b>", s["small"])]]
    req += [[config.label("request_categories", k), n] for k, n in annual.total.requests.items() if n]
    req.append(["Total", sum(annual.total.requests.values())])
    story.append(grid(req, [70 * mm, 24 * mm], style, repeatRows=1, hAlign="LEFT"))
    doc.build(story, canvasmaker=numbered_canvas(footer=f"Annual summary · {scheme_name} · {p.label}",
                                                 generated_at=dt.datetime.now().astimezone()))
    return buf.getvalue()


def export_annual(ctx: AppContext, fy: int, fmt: str, out: Path) -> Path:
    if fmt not in FORMATS:
        raise ValueError(fmt)
    annual = annual_summary(ctx.db, ctx.config, fy)
    if fmt == "json":
        data = json.dumps(as_dict(annual), indent=2, ensure_ascii=False).encode("utf-8")
    elif fmt == "csv":
        data = ("\ufeff" + annual_csv(annual, ctx.config)).encode("utf-8")
    else:
        data = annual_pdf(annual, ctx.config, ctx.scheme_name())
    write_atomic(Path(out), data)
    return Path(out)
