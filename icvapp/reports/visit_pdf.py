"""One visit as a PDF report a Board member can read.

:func:`render_visit_pdf` is pure: plain data in, PDF bytes out, built in
memory because a report holds custody numbers and must never touch a
temporary file. :func:`export_visit_pdf` gathers the data and writes the file
atomically. reportlab is imported inside the functions: it is slow to import
and most runs of the app never print a report.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from sqlalchemy import select

from icvapp.errors import StorageFault
from icvapp.profile.context import AppContext
from icvapp.reports.pdfkit import (
    DRAFT_BG,
    DRAFT_INK,
    FINDING,
    FINDING_BG,
    FONT,
    HEAD_BG,
    INK,
    MUTED,
    NAVY,
    RULE,
    count_text,
    grid,
    label_columns,
    numbered_canvas,
    paragraph_styles,
    register_fonts,
    signature_box,
)
from icvapp.scheme.config import SchemeConfig
from icvapp.storage import audit
from icvapp.storage.atomic import write_atomic
from icvapp.storage.model import Scheme, Suite, Volunteer
from icvapp.visits.canonical import Amendment, OfficerAck
from icvapp.visits.record import ConversationRecord, VisitRecord
from icvapp.visits.sealed import parts_for, signed_pdf
from icvapp.visits.store import load_row, note_event, to_record

TITLE = "Custody visit report"
STATUS_COLOURS = {"Draft": DRAFT_INK, "Complete": "#067647", "Abandoned": "#6b3fa0", "Signed": NAVY}


@dataclass(frozen=True)
class VisitReportData:
    """Everything the report prints: the visit plus the names it refers to by id."""

    record: VisitRecord
    scheme_name: str
    suite_name: str
    suite_cells: int | None
    visitor_a: str
    visitor_b: str
    config: SchemeConfig
    generated_at: dt.datetime
    signoff: SignOff | None = None
    purged_at: dt.datetime | None = None

    def with_signoff(self, signoff: SignOff) -> VisitReportData:
        return dataclasses.replace(self, signoff=signoff)


@dataclass(frozen=True)
class SignOff:
    """The sign-off section: the officer's acknowledgement, who signs, and any amendment.

    ``signers`` are (name, signed at, field name); a sealed report gets an
    empty box for each field, which :mod:`icvapp.pades` turns into a signature.
    """

    officer: OfficerAck | None
    signers: list[tuple[str, dt.datetime, str]]
    version: int = 1
    amendment: Amendment | None = None
    original_sealed_at: dt.datetime | None = None


# --------------------------------------------------------------------------- export


def export_visit_pdf(ctx: AppContext, visit_id: int, out: Path) -> Path:
    """Write the report for ``visit_id`` to exactly ``out``; returns ``out``."""
    out = Path(out)
    if out.is_dir():
        raise StorageFault(f"{out} is a folder, not a file name.",
                           hint="Give a file name for the report, for example visit.pdf.")
    if not out.parent.is_dir():
        raise StorageFault(f"The folder {out.parent} does not exist, so the report was not written.",
                           hint="Choose an existing folder.")

    # A sealed visit's report is the PDF both visitors signed, byte for byte.
    signed = signed_pdf(ctx.db, visit_id)
    write_atomic(out, signed or render_visit_pdf(load_report_data(ctx, visit_id)))
    note_event(ctx.db, visit_id, audit.EXPORTED, {"as": "signed pdf" if signed else "pdf"})
    return out


def load_report_data(ctx: AppContext, visit_id: int, *, now: dt.datetime | None = None) -> VisitReportData:
    """The visit and the scheme, suite and visitor names it needs. Raises NotFound."""

    with ctx.db.session() as s:
        return report_data_for(s, ctx, load_row(s, visit_id), now=now)


def report_data_for(s, ctx: AppContext, v, *, now: dt.datetime | None = None, record: VisitRecord | None = None,
                    parts=None) -> VisitReportData:

    record = record or to_record(v)
    suite = s.get(Suite, record.suite_id) if record.suite_id is not None else None
    ids = [i for i in (record.visitor_a_id, record.visitor_b_id) if i is not None]
    names = dict(s.execute(select(Volunteer.id, Volunteer.name).where(Volunteer.id.in_(ids))).all())
    scheme = s.scalars(select(Scheme).limit(1)).first()
    parts = parts or parts_for(s, v)
    signers = [(sig.signer_name, sig.signed_at.replace(tzinfo=dt.UTC), f"Visitor{sig.position}")
               for sig in v.signatures]
    return VisitReportData(
        record=record, scheme_name=scheme.name if scheme else "", suite_name=suite.name if suite else "",
        suite_cells=suite.cells if suite else None,
        visitor_a=names.get(record.visitor_a_id, ""), visitor_b=names.get(record.visitor_b_id, ""),
        config=ctx.config, generated_at=now or dt.datetime.now().astimezone(),
        signoff=SignOff(officer=parts.officer, signers=signers, version=v.version, amendment=parts.amendment),
        purged_at=v.purged_at,
    )


# --------------------------------------------------------------------------- wording


def status_label(rec: VisitRecord, signed: bool = False) -> str:
    if rec.status == "draft":
        return "Draft"
    if rec.outcome == "abandoned":
        return "Abandoned"
    return "Signed" if signed or rec.status == "sealed" else "Complete"


def long_date(day: dt.date | None) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}" if day else "Date not recorded"


def _minutes(delta: dt.timedelta) -> str:
    """'1 h 25 min'; blank for a negative span, which only a half-typed draft can hold."""
    if delta < dt.timedelta(0):
        return ""
    total = int(delta.total_seconds() // 60)
    hours, minutes = divmod(total, 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    return f"{hours} h" if hours else f"{minutes} min"


def percent_seen(seen: int | None, offered: int | None) -> str:
    """Share of those offered a visit who were seen, e.g. "67%"; blank when it cannot be worked out."""
    if seen is None or not offered:
        return ""
    return f"{round(100 * seen / offered)}%"


def _clock(rec: VisitRecord, t: dt.time | None) -> str:
    if t is None:
        return ""
    at = rec.moment(t)
    next_day = at is not None and rec.visit_date is not None and at.date() > rec.visit_date
    return f"{t:%H:%M} (next day)" if next_day else f"{t:%H:%M}"


def _text(value: str) -> str:
    """User text made safe for a reportlab paragraph, keeping its line breaks."""
    return escape(value.strip()).replace("\n", "<br/>")


# --------------------------------------------------------------------------- rendering


def render_visit_pdf(data: VisitReportData, boxes: dict | None = None) -> bytes:
    """The report as PDF bytes (A4), built entirely in memory.

    ``boxes`` receives where each signer's signature field belongs.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()
    rec = data.record
    buf = io.BytesIO()
    when = f"{rec.visit_date.day} {rec.visit_date:%B %Y}" if rec.visit_date else ""
    subtitle = ", ".join(p for p in (data.suite_name, when) if p)
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=22 * mm,
        # Metadata is indexed by desktop search: scheme, suite and date only, never a custody number or name.
        title=f"{TITLE} – {subtitle}" if subtitle else TITLE, author=data.scheme_name,
        subject="Independent custody visit", creator="icvapp",
        initialFontName=FONT,  # else an unused, unembedded Helvetica is listed in the PDF
    )
    # No frame padding, so tables, banners and headings all line up with the page margins.
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame])])
    story = _Story(data, doc.width, {} if boxes is None else boxes)
    doc.build(story.flowables(), canvasmaker=_canvas_maker(data))
    return buf.getvalue()


def _canvas_maker(data: VisitReportData):
    rec = data.record
    suite = data.suite_name if len(data.suite_name) <= 48 else data.suite_name[:47] + "…"
    left = " · ".join(p for p in (TITLE, suite, f"{rec.visit_date:%d/%m/%Y}" if rec.visit_date else "") if p)
    return numbered_canvas(footer=left, generated_at=data.generated_at, draft=status_label(rec) == "Draft",
                           confidential="Confidential: contains custody numbers")


class _Story:
    """Builds the flowables of one report, section by section."""

    def __init__(self, data: VisitReportData, width: float, boxes: dict) -> None:
        self.data, self.rec, self.cfg, self.width = data, data.record, data.config, width
        self.s = paragraph_styles()
        self.section = 0
        self.boxes = boxes

    # ------------------------------------------------------------------ helpers

    def p(self, text: str, style: str = "body"):
        from reportlab.platypus import Paragraph

        return Paragraph(text, self.s[style])

    def heading(self, title: str) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import CondPageBreak

        # A new page when little room is left, so a heading never sits alone at the foot of a page.
        # (keepWithNext would push a long table whole onto the next page, leaving a gap.)
        self.section += 1
        return [CondPageBreak(30 * mm), self.p(f"{self.section}&nbsp;&nbsp;{escape(title)}", "h1")]

    def none(self, what: str = "None recorded."):
        return self.p(escape(what), "muted")

    def table(self, rows, widths, *, header: bool = True, extra=()):
        from reportlab.lib.colors import HexColor

        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(RULE)),
        ]
        if header:
            style += [("BACKGROUND", (0, 0), (-1, 0), HexColor(HEAD_BG)),
                      ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(NAVY))]
        return grid(rows, widths, style + list(extra), repeatRows=1 if header else 0,
                     splitInRow=1, hAlign="LEFT")

    def label(self, key: str, value: str | None) -> str:
        return escape(self.cfg.label(key, value))

    # ------------------------------------------------------------------ the story

    def flowables(self) -> list:
        out = self.title_block()
        out += self.details()
        if not self.abandoned_empty():
            out += self.funnel()
            out += self.conversations()
            out += self.requests()
            out += self.issues()
            out += self.inspection()
        out += self.close_out()
        out += self.free_text("Observations", self.rec.observations)
        out += self.free_text("Positive comments", self.rec.positive_comments)
        out += self.sign_off()
        return out

    def title_block(self) -> list:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        d, rec = self.data, self.rec
        status = status_label(rec, signed=bool(d.signoff and d.signoff.signers))
        where = f"{escape(d.suite_name or 'Suite not recorded')} · {long_date(rec.visit_date)}"
        left = [self.p(escape(d.scheme_name), "scheme"), self.p(TITLE, "title"), self.p(where, "subtitle")]
        badge = grid([[self.p(status.upper(), "badge")]], [32 * mm], [
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(STATUS_COLOURS[status])),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ])
        number = f"Visit no. {rec.id}" if rec.id is not None else ""
        right = [badge, Spacer(1, 3), self.p(f'<font color="{MUTED}">{number}</font>', "num")]
        block = grid([[left, right]], [self.width - 36 * mm, 36 * mm], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 0), (-1, -1), 1.2, HexColor(NAVY)), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ])
        out = [block, Spacer(1, 6)]
        if status == "Draft":
            out.append(self.banner("DRAFT — this report has not been completed. Details may be missing "
                                   "and may still change.", DRAFT_INK, DRAFT_BG))
        if rec.outcome == "abandoned":
            reason = self.cfg.label("abandon_reasons", rec.abandon_reason) or "reason not recorded"
            text = f"Visit abandoned: {reason}."
            if self.abandoned_empty():
                text += " No detainees were seen and the suite was not inspected."
            out += [Spacer(1, 4), self.banner(text, STATUS_COLOURS["Abandoned"], "#f3eefa")]
        if d.purged_at:
            out.append(self.banner(f"Conversation details were removed on {d.purged_at:%d %B %Y} under the scheme's "
                                   "retention period; the counts remain. This printout is not the signed original.",
                                   MUTED, HEAD_BG, space=3))
        out += self.amendment_banner()
        out += self.glance()
        return out

    def amendment_banner(self) -> list:
        from reportlab.platypus import Spacer

        so = self.data.signoff
        if so is None or so.amendment is None:
            return []
        a = so.amendment
        earlier = f"version {so.version - 1}"
        if so.original_sealed_at:
            earlier += f", signed {so.original_sealed_at:%d %B %Y}"
        text = (f"Amended report — version {so.version}. It corrects {earlier}, which stays on record "
                f"unchanged. Reason: {a.reason.strip()}")
        if a.changes:
            text += f" Changed: {', '.join(a.changes)}."
        return [Spacer(1, 4), self.banner(text, NAVY, HEAD_BG)]

    def banner(self, text: str, ink: str, background: str, space: float = 0):
        from reportlab.lib.colors import HexColor

        return grid([[self.p(f'<font color="{ink}"><b>{escape(text)}</b></font>')]], [self.width], [
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(background)),
            ("LINEBEFORE", (0, 0), (0, -1), 3, HexColor(ink)),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ], spaceBefore=space, spaceAfter=space)

    def glance(self) -> list:
        """The handful of figures a Board member looks for first."""
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import Spacer

        rec = self.rec
        if self.abandoned_empty():
            return []
        issues = [c for c in rec.conversations if c.issue_raised.strip()]
        unresolved = sum(1 for c in issues if c.resolved_during_visit is False)
        figures = [
            ("In custody", count_text(rec.count("in_custody").total), False),
            ("Seen", count_text(rec.count("seen").total), False),
            ("Requests", str(sum(len(c.requests) for c in rec.conversations)), False),
            ("Issues", str(len(issues)), False),
            ("Unresolved", str(unresolved), unresolved > 0),
            ("Suite issues", str(sum(1 for c in rec.checks.values() if c.status == "issue")), False),
            ("Allegations", str(sum(1 for c in rec.conversations if c.allegation)),
             any(c.allegation for c in rec.conversations)),
        ]
        cells = [[self.p(f'<font size="15" color="{FINDING if alarm else NAVY}"><b>{value}</b></font>',
                         "body") for _, value, alarm in figures],
                 [self.p(escape(name), "stat") for name, _, _ in figures]]
        t = grid(cells, [self.width / len(figures)] * len(figures), [
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(HEAD_BG)),
            ("LINEAFTER", (0, 0), (-2, -1), 0.8, HexColor("#ffffff")),
            ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ], rowHeights=[20, None])
        return [Spacer(1, 4), t]

    def details(self) -> list:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm

        d, rec = self.data, self.rec
        suite = escape(d.suite_name) or "Not recorded"
        if d.suite_cells:
            suite += f' <font color="{MUTED}">({d.suite_cells} cells)</font>'
        visitors = " and ".join(escape(n) for n in (d.visitor_a, d.visitor_b) if n) or "Not recorded"
        if not d.visitor_b and rec.lone_visitor_note.strip():
            visitors += f'<br/><font color="{MUTED}">Visited alone: {_text(rec.lone_visitor_note)}</font>'
        admitted = _clock(rec, rec.admitted)
        delay = rec.admission_delay()
        if admitted and delay is not None and delay > dt.timedelta(0):
            admitted += f' <font color="{MUTED}">({_minutes(delay)} wait)</font>'
        duration = rec.duration()
        if rec.outcome == "abandoned":
            reason = self.label("abandon_reasons", rec.abandon_reason) or "reason not recorded"
            outcome = f'<font color="{FINDING}"><b>Abandoned</b></font> — {reason}'
        else:
            outcome = "Completed"
        ratings = {"satisfactory": "Satisfactory",
                   "unsatisfactory": f'<font color="{FINDING}"><b>Unsatisfactory</b></font>'}
        rating = ratings.get(rec.rating or "", escape(rec.rating or ""))
        if not rating and rec.outcome == "abandoned":
            rating = "Not rated (visit abandoned)"
        pairs = [
            ("Suite", suite), ("Date", escape(long_date(rec.visit_date))),
            ("Visitors", visitors), ("How visited", self.label("modes", rec.mode)),
            ("Arrived", _clock(rec, rec.arrival)), ("Admitted", admitted),
            ("Left", _clock(rec, rec.departure)), ("Duration", _minutes(duration) if duration else ""),
            ("Outcome", outcome), ("Rating", rating),
        ]
        rows, empty = [], f'<font color="{MUTED}">Not recorded</font>'
        for i in range(0, len(pairs), 2):
            row = []
            for name, value in pairs[i:i + 2]:
                row += [self.p(escape(name), "label"), self.p(value or empty)]
            rows.append(row)
        extra = []
        if rec.admission_delay_finding:
            wait = f"{_minutes(delay)} " if delay else ""
            rows.append([self.p("Finding", "label"),
                         self.p(f"<b>Delay in admission:</b> the visitors waited {wait}before being admitted "
                                "to the suite.", "finding"), "", ""])
            extra = [("SPAN", (1, -1), (-1, -1)), ("BACKGROUND", (0, -1), (-1, -1), HexColor(FINDING_BG))]
        # Visitors' names need more room than anything in the right-hand column.
        widths = [22 * mm, 70 * mm, 24 * mm, self.width - 116 * mm]
        extra += label_columns(0, 2)
        return [*self.heading("Visit details"), self.table(rows, widths, header=False, extra=extra)]

    def any_counts(self) -> bool:
        return any(not row.is_empty() for row in self.rec.counts.values())

    def abandoned_empty(self) -> bool:
        """An abandoned visit with nothing recorded inside the suite: empty sections would be noise."""
        rec = self.rec
        return (rec.outcome == "abandoned" and not self.any_counts()
                and not any(not c.is_blank() for c in rec.conversations)
                and not any(c.status != "not_checked" for c in rec.checks.values()))

    def funnel(self) -> list:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm

        rec = self.rec
        out = [*self.heading("Detainees at the time of the visit")]
        if not self.any_counts():
            return out + [self.none("No counts recorded.")]
        head = [self.p("Stage", "cell_head")] + [self.p(h, "num_head") for h in
                                                 ("Total", *(g.label for g in self.cfg.detainee_groups))]
        rows = [head]
        for stage in self.cfg.detainee_stages:
            row = rec.count(stage.key)
            values = [row.total, row.female, row.male, row.juvenile]
            rows.append([self.p(escape(stage.label))] + [self.p(count_text(v, ""), "num") for v in values])
        seen, offered = rec.count("seen"), rec.count("offered")
        shares = [percent_seen(s, o)
                  for s, o in zip([seen.total, *seen.split()], [offered.total, *offered.split()], strict=True)]
        rows.append([self.p("<b>% seen of offered</b>")] + [self.p(f"<b>{v}</b>", "num") for v in shares])
        extra = [("BACKGROUND", (0, -1), (-1, -1), HexColor(HEAD_BG)),
                 ("LINEABOVE", (0, -1), (-1, -1), 0.8, HexColor(NAVY))]
        num_w = 22 * mm
        return out + [self.table(rows, [self.width - 4 * num_w] + [num_w] * 4, extra=extra),
                      self.p(f'<font color="{MUTED}" size="7.5">A blank cell means the figure was not '
                             "recorded.</font>", "small")]

    def conversations(self) -> list:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm

        convs = self.conversations_seen()
        out = [*self.heading("Conversations with detainees")]
        if not convs:
            return out + [self.none("No conversations recorded.")]
        head = [self.p(h, "cell_head") for h in ("#", "Custody no.", "Cell", "Seen", "Requests",
                                                 "Points to note")]
        rows, extra = [head], []
        for i, c in enumerate(convs, start=1):
            requests = ", ".join(self.label("request_categories", r) for r in _unique(c.requests))
            rows.append([self.p(str(i), "small"), self.p(escape(c.custody_number) or "—", "small"),
                         self.p(escape(c.cell), "small"), self.p(self.seen_text(c), "small"),
                         self.p(requests or f'<font color="{MUTED}">None</font>', "small"),
                         self.p(self.points(c), "small")])
            if c.allegation:
                extra.append(("BACKGROUND", (0, i), (-1, i), HexColor(FINDING_BG)))
        widths = [7 * mm, 28 * mm, 11 * mm, 28 * mm, 44 * mm]
        widths.append(self.width - sum(widths))
        return out + [self.table(rows, widths, extra=extra)]

    def conversations_seen(self) -> list[ConversationRecord]:
        """Conversations numbered as in the table, skipping blank rows an unsaved draft may hold."""
        return [c for c in self.rec.conversations if not c.is_blank()]

    def seen_text(self, c: ConversationRecord) -> str:
        if c.consent:
            return "Yes, with consent"
        if c.reason_not_seen:
            return f"No — {self.label('reasons_not_seen', c.reason_not_seen)}"
        return "No" if c.consent is False else f'<font color="{MUTED}">Not recorded</font>'

    def points(self, c: ConversationRecord) -> str:
        notes = []
        if c.allegation:
            notes.append(f'<font color="{FINDING}"><b>Allegation of ill-treatment</b></font>')
        if c.issue_raised.strip():
            state = {True: "resolved during visit", False: f'<font color="{FINDING}">not resolved</font>',
                     None: "resolution not recorded"}[c.resolved_during_visit]
            notes.append(f"Issue raised — {state}")
        unmet = [self.label("entitlements", k) for k, v in c.entitlements.items() if v == "no"]
        if unmet:
            notes.append(f'<font color="{FINDING}">Not met:</font> ' + ", ".join(unmet))
        if c.vulnerabilities:
            vulnerable = ", ".join(self.label("vulnerabilities", v) for v in c.vulnerabilities)
            notes.append(f"Vulnerable: {vulnerable}")
        return "<br/>".join(notes) or f'<font color="{MUTED}">—</font>'

    def requests(self) -> list:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm

        tally = Counter(r for c in self.rec.conversations for r in c.requests)
        out = [*self.heading("Requests by category")]
        if not tally:
            return out + [self.none("No requests recorded.")]
        order = [c.key for c in self.cfg.request_categories]
        keys = sorted(tally, key=lambda k: (-tally[k], order.index(k) if k in order else len(order), k))
        rows = [[self.p("Category", "cell_head"), self.p("Requests", "num_head")]]
        rows += [[self.p(self.label("request_categories", k)), self.p(str(tally[k]), "num")] for k in keys]
        rows.append([self.p("<b>Total</b>"), self.p(f"<b>{sum(tally.values())}</b>", "num")])
        extra = [("LINEABOVE", (0, -1), (-1, -1), 0.8, HexColor(NAVY))]
        return out + [self.table(rows, [70 * mm, 22 * mm], extra=extra)]

    def issues(self) -> list:
        items = [(i, c) for i, c in enumerate(self.conversations_seen(), start=1)
                 if c.issue_raised.strip() or c.staff_response.strip() or c.allegation or c.notes.strip()]
        out = [*self.heading("Issues raised with staff")]
        if not items:
            return out + [self.none("No issues were raised.")]
        for i, c in items:
            state = {True: "Resolved during the visit",
                     False: f'<font color="{FINDING}">Not resolved during the visit</font>',
                     None: f'<font color="{MUTED}">Resolution not recorded</font>'}[c.resolved_during_visit]
            title = f"{i}. Custody no. {escape(c.custody_number) or '—'}"
            if c.cell:
                title += f" · cell {escape(c.cell)}"
            block = [self.p(title + (f" — {state}" if c.issue_raised.strip() else ""), "h2")]
            if c.allegation:
                block.append(self.banner("Allegation of ill-treatment. This must be escalated to the scheme "
                                         "co-ordinator.", FINDING, FINDING_BG, space=3))
            for name, value in (("Issue", c.issue_raised), ("Staff response", c.staff_response),
                                ("Notes", c.notes)):
                if value.strip():
                    block.append(self.p(f"<b>{name}:</b> {_text(value)}", "entry"))
            # Chained keepWithNext holds a short entry together on one page; reportlab still
            # splits an entry longer than a page.
            for flowable in block[:-1]:
                flowable.keepWithNext = 1
            out += block
        return out

    def inspection(self) -> list:
        from reportlab.lib.units import mm

        checks = self.rec.checks
        out = [*self.heading("Suite inspection")]
        if not any(c.status != "not_checked" for c in checks.values()):
            return out + [self.none("The suite was not inspected on this visit.")]
        known = [a.key for a in self.cfg.inspection_areas]
        areas = known + sorted(k for k in checks if k not in known)
        by_status: dict[str, list[str]] = {"fine": [], "issue": [], "not_checked": []}
        for area in areas:
            check = checks.get(area)
            by_status.get(check.status if check else "not_checked", by_status["not_checked"]).append(area)
        if by_status["issue"]:
            rows = [[self.p(h, "cell_head") for h in ("Area", "Category", "What was found")]]
            for area in by_status["issue"]:
                c = checks[area]
                rows.append([self.p(self.label("inspection_areas", area)),
                             self.p(self.label("inspection_categories", c.category) or "—"),
                             self.p(_text(c.note) or f'<font color="{MUTED}">No note</font>')])
            out.append(self.table(rows, [50 * mm, 36 * mm, self.width - 86 * mm]))
        else:
            out.append(self.p("No issues found in the areas inspected."))
        for status, name in (("fine", "In good order"), ("not_checked", "Not checked")):
            if by_status[status]:
                labels = ", ".join(self.label("inspection_areas", a) for a in by_status[status])
                out.append(self.p(f"<b>{name}:</b> {labels}", "after_table"))
        return out

    def close_out(self) -> list:
        from reportlab.lib.units import mm

        rec = self.rec
        out = [*self.heading("Findings discussed before leaving")]
        empty = f'<font color="{MUTED}">Not recorded</font>'
        rows = [[self.p("Officer", "label"), self.p(escape(rec.officer_name) or empty),
                 self.p("Rank", "label"), self.p(escape(rec.officer_rank) or empty),
                 self.p("Number", "label"), self.p(escape(rec.officer_number) or empty)]]
        out.append(self.table(rows, [18 * mm, 52 * mm, 14 * mm, 40 * mm, 18 * mm, self.width - 142 * mm],
                              header=False, extra=label_columns(0, 2, 4)))
        out.append(self.p("<b>Their response:</b> " + (_text(rec.officer_response) or empty), "after_table"))
        return out

    def sign_off(self) -> list:
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether

        so = self.data.signoff
        out = [*self.heading("Sign-off")]
        officer = so.officer if so else None
        if officer is None:
            out.append(self.p("The custody officer's acknowledgement has not been recorded yet.", "muted"))
        else:
            ack = (f"<b>Acknowledged by</b> {escape(officer.name)}, {escape(officer.rank)} "
                   f"{escape(officer.number)}, at {officer.at:%H:%M on %d %B %Y}.")
            parts = [self.p(ack)]
            if officer.signature:
                parts.append(_drawn_signature(officer.signature, 60 * mm, 24 * mm))
            else:
                parts.append(self.p("No signature was drawn.", "muted"))
            out.append(KeepTogether(parts))
        signers = so.signers if so else []
        if not signers:
            out.append(self.p("<b>Visitors:</b> not yet signed. Only a sealed report carries the visitors' "
                              "signatures.", "after_table"))
            return out
        cells = []
        for name, when, field_name in signers:
            cells.append([
                self.p(f"<b>{escape(name)}</b>"),
                self.p(f"Signed digitally on {when:%d %B %Y at %H:%M} UTC", "small"),
                signature_box(field_name, 78 * mm, 20 * mm, self.boxes),
            ])
        table = grid([cells], [self.width / 2] * 2 if len(cells) == 2 else [self.width],
                      [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("TOPPADDING", (0, 0), (-1, -1), 6)])
        out += [self.p("<b>Visitors' sign-off.</b> Each visitor confirms this report is a true account of "
                       "the visit.", "after_table"), KeepTogether([table])]
        return out

    def free_text(self, title: str, text: str) -> list:
        body = self.p(_text(text)) if text.strip() else self.none()
        return [*self.heading(title), body]


def _drawn_signature(strokes: list, width: float, height: float):
    """The officer's drawn signature as vector lines (strokes on a 1000 x 400 grid)."""
    from reportlab.graphics.shapes import Drawing, PolyLine, Rect
    from reportlab.lib.colors import HexColor

    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, strokeColor=HexColor(RULE), fillColor=None, strokeWidth=0.5))
    sx, sy = width / 1000, height / 400
    for stroke in strokes:
        points = [v for x, y in stroke for v in (x * sx, height - y * sy)]
        if len(points) >= 4:
            d.add(PolyLine(points, strokeColor=HexColor(INK), strokeWidth=1.1, strokeLineCap=1,
                           strokeLineJoin=1))
    return d


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
