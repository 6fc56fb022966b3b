"""The sections of the visit report, from the title block to the free-text notes.

The sign-off at the end has a module of its own (:mod:`icvapp.reports.visit_signoff`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from xml.sax.saxutils import escape

from icvapp.reports.pdfkit import (
    DRAFT_BG,
    DRAFT_INK,
    FINDING,
    FINDING_BG,
    HEAD_BG,
    MUTED,
    NAVY,
    count_text,
    grid,
)
from icvapp.reports.story import NOT_RECORDED, Story, user_text
from icvapp.reports.visit_data import VisitReportData
from icvapp.reports.visit_signoff import sign_off_section
from icvapp.reports.visit_wording import clock_text, duration_text, long_date, percent_seen, status_label
from icvapp.visits.record import ConversationRecord

TITLE = "Custody visit report"
STATUS_COLOURS = {"Draft": DRAFT_INK, "Complete": "#067647", "Abandoned": "#6b3fa0", "Signed": NAVY}


class VisitStory(Story):
    """Builds the flowables of one visit report, section by section."""

    def __init__(self, data: VisitReportData, width: float, boxes: dict) -> None:
        super().__init__(data.config, width, boxes)
        self.data, self.rec = data, data.record

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
        out += sign_off_section(self, self.data.signoff)
        return out

    def banner(self, text: str, ink: str, background: str, space: float = 0):
        from reportlab.lib.colors import HexColor

        return grid([[self.p(f'<font color="{ink}"><b>{escape(text)}</b></font>')]], [self.width], [
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(background)),
            ("LINEBEFORE", (0, 0), (0, -1), 3, HexColor(ink)),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ], spaceBefore=space, spaceAfter=space)

    # ------------------------------------------------------------------ the top of the first page

    def title_block(self) -> list:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm

        d, rec = self.data, self.rec
        status = status_label(rec, signed=bool(d.signoff and d.signoff.signers))
        where = f"{escape(d.suite_name or 'Suite not recorded')} · {long_date(rec.visit_date)}"
        left = [self.plain(d.scheme_name, "scheme"), self.p(TITLE, "title"), self.p(where, "subtitle")]
        badge = grid([[self.p(status.upper(), "badge")]], [32 * mm], [
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(STATUS_COLOURS[status])),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ])
        number = f"Visit no. {rec.id}" if rec.id is not None else ""
        right = [badge, self.space(3), self.p(f'<font color="{MUTED}">{number}</font>', "num")]
        block = grid([[left, right]], [self.width - 36 * mm, 36 * mm], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 0), (-1, -1), 1.2, HexColor(NAVY)), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ])
        out = [block, self.space(6)]
        if status == "Draft":
            out.append(self.banner("DRAFT — this report has not been completed. Details may be missing "
                                   "and may still change.", DRAFT_INK, DRAFT_BG))
        if rec.outcome == "abandoned":
            reason = self.label("abandon_reasons", rec.abandon_reason) or "reason not recorded"
            text = f"Visit abandoned: {reason}."
            if self.abandoned_empty():
                text += " No detainees were seen and the suite was not inspected."
            out += [self.space(4), self.banner(text, STATUS_COLOURS["Abandoned"], "#f3eefa")]
        if d.purged_at:
            out.append(self.banner(f"Conversation details were removed on {d.purged_at:%d %B %Y} under the scheme's "
                                   "retention period; the counts remain. This printout is not the signed original.",
                                   MUTED, HEAD_BG, space=3))
        out += self.amendment_banner()
        out += self.glance()
        return out

    def amendment_banner(self) -> list:
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
        return [self.space(4), self.banner(text, NAVY, HEAD_BG)]

    def glance(self) -> list:
        """The handful of figures a Board member looks for first."""
        from reportlab.lib.colors import HexColor

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
                 [self.plain(name, "stat") for name, _, _ in figures]]
        t = grid(cells, [self.width / len(figures)] * len(figures), [
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(HEAD_BG)),
            ("LINEAFTER", (0, 0), (-2, -1), 0.8, HexColor("#ffffff")),
            ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ], rowHeights=[20, None])
        return [self.space(4), t]

    def details(self) -> list:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm

        d, rec = self.data, self.rec
        suite = escape(d.suite_name) or "Not recorded"
        if d.suite_cells:
            suite += f' <font color="{MUTED}">({d.suite_cells} cells)</font>'
        visitors = " and ".join(escape(n) for n in (d.visitor_a, d.visitor_b) if n) or "Not recorded"
        if not d.visitor_b and rec.lone_visitor_note.strip():
            visitors += f'<br/><font color="{MUTED}">Visited alone: {user_text(rec.lone_visitor_note)}</font>'
        admitted = clock_text(rec, rec.admitted)
        delay = rec.admission_delay()
        if admitted and delay is not None and delay > dt.timedelta(0):
            admitted += f' <font color="{MUTED}">({duration_text(delay)} wait)</font>'
        duration = rec.duration()
        if rec.outcome == "abandoned":
            reason = self.label_markup("abandon_reasons", rec.abandon_reason) or "reason not recorded"
            outcome = f'<font color="{FINDING}"><b>Abandoned</b></font> — {reason}'
        else:
            outcome = "Completed"
        ratings = {"satisfactory": "Satisfactory",
                   "unsatisfactory": f'<font color="{FINDING}"><b>Unsatisfactory</b></font>'}
        rating = ratings.get(rec.rating or "", escape(rec.rating or ""))
        if not rating and rec.outcome == "abandoned":
            rating = "Not rated (visit abandoned)"
        rows = self.key_values([
            ("Suite", suite), ("Date", escape(long_date(rec.visit_date))),
            ("Visitors", visitors), ("How visited", self.label_markup("modes", rec.mode)),
            ("Arrived", clock_text(rec, rec.arrival)), ("Admitted", admitted),
            ("Left", clock_text(rec, rec.departure)), ("Duration", duration_text(duration) if duration else ""),
            ("Outcome", outcome), ("Rating", rating),
        ], per_row=2)
        extra = []
        if rec.admission_delay_finding:
            wait = f"{duration_text(delay)} " if delay else ""
            rows.append([self.p("Finding", "label"),
                         self.p(f"<b>Delay in admission:</b> the visitors waited {wait}before being admitted "
                                "to the suite.", "finding"), "", ""])
            extra = [("SPAN", (1, -1), (-1, -1)), ("BACKGROUND", (0, -1), (-1, -1), HexColor(FINDING_BG))]
        # Visitors' names need more room than anything in the right-hand column.
        widths = [22 * mm, 70 * mm, 24 * mm, self.width - 116 * mm]
        return [*self.heading("Visit details"), self.key_value_table(rows, widths, extra=extra)]

    def any_counts(self) -> bool:
        return any(not row.is_empty() for row in self.rec.counts.values())

    def abandoned_empty(self) -> bool:
        """An abandoned visit with nothing recorded inside the suite: empty sections would be noise."""
        rec = self.rec
        return (rec.outcome == "abandoned" and not self.any_counts()
                and not any(not c.is_blank() for c in rec.conversations)
                and not any(c.status != "not_checked" for c in rec.checks.values()))

    # ------------------------------------------------------------------ inside the suite

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
            rows.append([self.plain(stage.label)] + [self.p(count_text(v, ""), "num") for v in values])
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
            requests = ", ".join(self.label_markup("request_categories", r) for r in _unique(c.requests))
            rows.append([self.p(str(i), "small"), self.p(escape(c.custody_number) or "—", "small"),
                         self.plain(c.cell, "small"), self.p(self.seen_text(c), "small"),
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
            return f"No — {self.label_markup('reasons_not_seen', c.reason_not_seen)}"
        return "No" if c.consent is False else NOT_RECORDED

    def points(self, c: ConversationRecord) -> str:
        notes = []
        if c.allegation:
            notes.append(f'<font color="{FINDING}"><b>Allegation of ill-treatment</b></font>')
        if c.issue_raised.strip():
            state = {True: "resolved during visit", False: f'<font color="{FINDING}">not resolved</font>',
                     None: "resolution not recorded"}[c.resolved_during_visit]
            notes.append(f"Issue raised — {state}")
        unmet = [self.label_markup("entitlements", k) for k, v in c.entitlements.items() if v == "no"]
        if unmet:
            notes.append(f'<font color="{FINDING}">Not met:</font> ' + ", ".join(unmet))
        if c.vulnerabilities:
            vulnerable = ", ".join(self.label_markup("vulnerabilities", v) for v in c.vulnerabilities)
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
        rows += [[self.p(self.label_markup("request_categories", k)), self.p(str(tally[k]), "num")] for k in keys]
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
                    block.append(self.p(f"<b>{name}:</b> {user_text(value)}", "entry"))
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
                rows.append([self.p(self.label_markup("inspection_areas", area)),
                             self.p(self.label_markup("inspection_categories", c.category) or "—"),
                             self.p(user_text(c.note) or f'<font color="{MUTED}">No note</font>')])
            out.append(self.table(rows, [50 * mm, 36 * mm, self.width - 86 * mm]))
        else:
            out.append(self.p("No issues found in the areas inspected."))
        for status, name in (("fine", "In good order"), ("not_checked", "Not checked")):
            if by_status[status]:
                labels = ", ".join(self.label_markup("inspection_areas", a) for a in by_status[status])
                out.append(self.p(f"<b>{name}:</b> {labels}", "after_table"))
        return out

    # ------------------------------------------------------------------ before leaving

    def close_out(self) -> list:
        from reportlab.lib.units import mm

        rec = self.rec
        out = [*self.heading("Findings discussed before leaving")]
        rows = self.key_values([("Officer", escape(rec.officer_name)), ("Rank", escape(rec.officer_rank)),
                                ("Number", escape(rec.officer_number))], per_row=3)
        out.append(self.key_value_table(rows, [18 * mm, 52 * mm, 14 * mm, 40 * mm, 18 * mm, self.width - 142 * mm]))
        out.append(self.p("<b>Their response:</b> " + (user_text(rec.officer_response) or NOT_RECORDED),
                          "after_table"))
        return out

    def free_text(self, title: str, text: str) -> list:
        body = self.p(user_text(text)) if text.strip() else self.none()
        return [*self.heading(title), body]


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
