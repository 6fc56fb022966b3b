"""The annual summary for a financial year, in the shape of the PCC's annual report:
visits per suite, people in custody during visits, offered, spoken to (and %),
requests by category."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from icvapp.metrics import annual_summary, as_dict
from icvapp.profile.context import AppContext
from icvapp.reports.pdfkit import (
    FONT_BOLD,
    HEAD_BG,
    NAVY,
    RULE,
    grid,
    numbered_canvas,
    percent_text,
    render_a4,
)
from icvapp.reports.story import Story
from icvapp.scheme.config import SchemeConfig
from icvapp.storage.atomic import write_atomic

FORMATS = ("json", "csv", "pdf")


def annual_csv(annual, config: SchemeConfig) -> str:
    categories = list(annual.total.requests)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Suite", "Visits", "In custody during visits", "Offered a visit", "Spoken to", "Spoken to (%)",
                *[f"Requests: {config.label('request_categories', c)}" for c in categories]])
    for row in [*annual.rows, annual.total]:
        w.writerow([row.suite, row.visits, row.in_custody, row.offered, row.seen, percent_text(row.seen_pct, ""),
                    *[row.requests.get(c, 0) for c in categories]])
    return buf.getvalue()


def annual_pdf(annual, config: SchemeConfig, scheme_name: str) -> bytes:
    p = annual.period
    return render_a4(lambda width: _annual_story(Story(config, width, {}), annual, scheme_name),
                     canvasmaker=numbered_canvas(footer=f"Annual summary · {scheme_name} · {p.label}",
                                                 generated_at=dt.datetime.now().astimezone()),
                     title=f"Annual summary {p.label}", author=scheme_name)


def _annual_story(story: Story, annual, scheme_name: str) -> list:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import mm

    p = annual.period
    style = [("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(RULE)), ("BACKGROUND", (0, 0), (-1, 0), HexColor(HEAD_BG)),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(NAVY)), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    head = ["Custody suite", "Visits", "In custody during visits", "Offered a visit", "Spoken to", "%"]
    rows = [[story.p(f"<b>{h}</b>", "small") for h in head]]
    for r in [*annual.rows, annual.total]:
        rows.append([r.suite, r.visits, r.in_custody, r.offered, r.seen, percent_text(r.seen_pct, "")])
    req = [[story.p("<b>Request</b>", "small"), story.p("<b>Number</b>", "small")]]
    req += [[story.label("request_categories", k), n] for k, n in annual.total.requests.items() if n]
    req.append(["Total", sum(annual.total.requests.values())])
    return [
        story.plain(scheme_name, "scheme"), story.p("Independent custody visiting: the year", "title"),
        story.p(f"Financial year {p.label} ({p.start:%d %B %Y} to {p.end:%d %B %Y})", "subtitle"),
        story.space(10), story.p("Visits and detainees", "h1"),
        grid(rows, [50 * mm, 18 * mm, 32 * mm, 26 * mm, 24 * mm, 16 * mm], style, repeatRows=1, hAlign="LEFT"),
        story.space(6),
        story.p(f"Volunteers gave <b>{annual.volunteer_hours:,.1f} hours</b> on visits and raised "
                f"<b>{annual.issues_raised}</b> issues with custody staff."),
        story.p("Requests made by detainees", "h1"),
        grid(req, [70 * mm, 24 * mm], style, repeatRows=1, hAlign="LEFT"),
    ]


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
