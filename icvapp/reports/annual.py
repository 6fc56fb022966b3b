"""The annual summary for a financial year, in the shape of the PCC's annual report:
visits per place, people present during visits, offered, spoken to (and %),
requests by category. Another kind's summary names its own places and stages (the dog unit:
dogs at the unit during visits, seen) and leaves out what it does not record (requests)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from xml.sax.saxutils import escape

from icvapp.i18n import translator
from icvapp.i18n.formats import format_fixed
from icvapp.metrics import annual_summary, as_dict
from icvapp.profile.context import AppContext
from icvapp.reports.nouns import Nouns
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
from icvapp.scheme.config import SchemeConfig, funnel_keys
from icvapp.storage import released
from icvapp.storage.atomic import write_atomic
from icvapp.storage.progress import Progress, Steps, Stop

FORMATS = ("json", "csv", "pdf")


def has_offered(config: SchemeConfig) -> bool:
    """Whether the kind counts an "offered" stage of its own (the first kind), or its seen lie within the root
    (dogs)."""
    root, offered, _seen, _declined = funnel_keys(config)
    return offered != root


def annual_csv(annual, config: SchemeConfig) -> str:
    categories = list(annual.total.requests) if config.has_requests else []
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    offered_too = has_offered(config)
    if config.kind == released.FIRST_KIND:  # the columns the first kind's spreadsheets have always read
        head = list(released.ANNUAL_CSV_HEAD)
    else:
        nouns = Nouns(config)
        head = [nouns.place, "Visits", f"{nouns.stage('root')} during visits",
                *([nouns.stage("offered")] if offered_too else []), nouns.stage("seen"), f"{nouns.stage('seen')} (%)"]
    w.writerow([*head, *[f"Requests: {config.label('request_categories', c)}" for c in categories]])
    for row in [*annual.rows, annual.total]:
        w.writerow([row.place, row.visits, row.present, *([row.offered] if offered_too else []), row.seen,
                    percent_text(row.seen_pct, ""), *[row.requests.get(c, 0) for c in categories]])
    return buf.getvalue()


def annual_pdf(annual, config: SchemeConfig, scheme_name: str, language: str = "en", *, check=None) -> bytes:
    p, tr = annual.period, translator(language)
    return render_a4(lambda width: _annual_story(Story(config, width, {}, language), annual, scheme_name),
                     canvasmaker=numbered_canvas(footer=tr.translate("AnnualReport", "Annual summary · {scheme} · "
                                                                     "{year}").format(scheme=scheme_name, year=p.label),
                                                 generated_at=dt.datetime.now().astimezone(), language=language),
                     title=tr.translate("AnnualReport", "Annual summary {year}").format(year=p.label),
                     author=scheme_name, check=check)


def _annual_story(story: Story, annual, scheme_name: str) -> list:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import mm

    p, tr, lang, cfg = annual.period, story.tr, story.language, story.cfg
    nouns, offered_too = Nouns(cfg, lang), has_offered(cfg)
    style = [("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(RULE)), ("BACKGROUND", (0, 0), (-1, 0), HexColor(HEAD_BG)),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(NAVY)), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    head = [nouns.place, tr.translate("AnnualReport", "Visits"),
            tr.translate("AnnualReport", "{stage} during visits").format(stage=nouns.stage("root")),
            *([nouns.stage("offered")] if offered_too else []),
            tr.translate("AnnualReport", "{stage}", "the table's seen column").format(stage=nouns.stage("seen")), "%"]
    rows = [[story.p(f"<b>{escape(h)}</b>", "small") for h in head]]
    for r in [*annual.rows, annual.total]:
        figures = (r.visits, r.present, *((r.offered,) if offered_too else ()), r.seen)
        rows.append([tr.translate("AnnualReport", "Total") if r is annual.total else r.place, *map(story.count, figures),
                     percent_text(r.seen_pct, "", lang)])
    req_head = [tr.translate("AnnualReport", "Request"), tr.translate("AnnualReport", "Number")]
    req = [[story.p(f"<b>{escape(h)}</b>", "small") for h in req_head]]
    req += [[story.label("request_categories", k), story.count(n)] for k, n in annual.total.requests.items() if n]
    req.append([tr.translate("AnnualReport", "Total"), story.count(sum(annual.total.requests.values()))])
    year = tr.translate("AnnualReport", "Financial year {year} ({start} to {end})").format(
        year=p.label, start=story.date(p.start), end=story.date(p.end))
    gave = tr.translate("AnnualReport", "Volunteers gave <b>{hours} hours</b> on visits and raised <b>{issues}</b> "
                        "issues with staff.")
    title = tr.translate("AnnualReport", "{scheme}: the year").format(scheme=cfg.title_in(lang))
    visits = tr.translate("AnnualReport", "Visits and {subjects}").format(subjects=nouns.lower("subjects"))
    asked = tr.translate("AnnualReport", "Requests made")
    widths = [50 * mm, 18 * mm, 32 * mm, *([26 * mm] if offered_too else []), 24 * mm, 16 * mm]
    out = [
        story.plain(scheme_name, "scheme"),
        story.plain(title, "title"),
        story.plain(year, "subtitle"),
        story.space(10), story.plain(visits, "h1"),
        grid(rows, widths, style, repeatRows=1, hAlign="LEFT"),
        story.space(6),
        story.p(gave.format(hours=format_fixed(annual.volunteer_hours, lang, 1), issues=story.count(annual.issues_raised))),
    ]
    if cfg.has_requests:
        out += [story.plain(asked, "h1"), grid(req, [70 * mm, 24 * mm], style, repeatRows=1, hAlign="LEFT")]
    return out


def export_annual(ctx: AppContext, fy: int, fmt: str, out: Path, language: str = "en", *,
                  progress: Progress = None, stop: Stop = None) -> Path:
    """The annual summary as JSON, CSV (figures, in English: a spreadsheet's columns) or a PDF in ``language``.

    ``progress(done, total)`` after each of its three steps (the year's figures, the file's bytes, writing);
    ``stop`` is polled before each: once set, :class:`icvapp.storage.progress.Cancelled` is raised and
    nothing is written.
    """
    if fmt not in FORMATS:
        raise ValueError(fmt)
    steps = Steps(3, progress, stop)
    steps.begin()
    annual = annual_summary(ctx.db, ctx.config, fy)
    steps.done()
    steps.begin()
    if fmt == "json":
        data = json.dumps(as_dict(annual), indent=2, ensure_ascii=False).encode("utf-8")
    elif fmt == "csv":
        data = ("\ufeff" + annual_csv(annual, ctx.config)).encode("utf-8")
    else:
        data = annual_pdf(annual, ctx.config, ctx.scheme_name(), language, check=steps.check)
    steps.done()
    steps.begin()  # the last chance to stop: from here the file is written whole
    write_atomic(Path(out), data)
    steps.done()
    return Path(out)
