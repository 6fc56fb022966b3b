"""The sections of the visit report, from the title block to the free-text notes.

The sign-off at the end has a module of its own (:mod:`icvapp.reports.visit_signoff`).
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from icvapp.i18n import Translator
from icvapp.reports.nouns import Nouns, lower_first
from icvapp.reports.pdfkit import (
    DRAFT_BG,
    DRAFT_INK,
    FINDING,
    FINDING_BG,
    HEAD_BG,
    MUTED,
    NAVY,
    fitted_width,
    grid,
)
from icvapp.reports.story import Story, user_text
from icvapp.reports.visit_data import VisitReportData
from icvapp.reports.visit_findings import FindingsSections
from icvapp.reports.visit_signoff import sign_off_section
from icvapp.reports.visit_wording import (
    clock_text,
    duration_text,
    long_date,
    percent_seen,
    status_label,
    status_text,
)
from icvapp.scheme.config import SchemeConfig, funnel_keys
from icvapp.scheme.wording import worded
from icvapp.visits.record import ConversationRecord, group_columns

STATUS_COLOURS = {"Draft": DRAFT_INK, "Complete": "#067647", "Abandoned": "#6b3fa0", "Signed": NAVY}


def report_title(config: SchemeConfig, tr: Translator) -> str:
    """The report's title, from the kind's visit noun ("Animal welfare visit report") or its own wording."""
    tr = worded(tr, config)
    # {visit} starts a sentence ("Animal welfare visit report"); {visit_lower} sits within one ("Adroddiad ymweliad …").
    return tr.translate("VisitReport", "{visit} report").format(visit=Nouns(config, tr.language).visit,
                                                                visit_lower=config.visit_noun(tr.language))


class VisitStory(FindingsSections, Story):
    """Builds the flowables of one visit report, section by section, in the language it was written in."""

    def __init__(self, data: VisitReportData, width: float, boxes: dict) -> None:
        super().__init__(data.config, width, boxes, data.language)
        self.data, self.rec = data, data.record
        self.nouns = Nouns(data.config, self.language)

    def flowables(self) -> list:
        out = self.title_block()
        out += self.details()
        if not self.abandoned_empty():
            out += self.funnel()
            out += self.conversations()
            if self.cfg.has_requests:
                out += self.requests()
            out += self.activities()
            out += self.issues()
            out += self.inspection()
        out += self.close_out()
        out += self.free_text(self.tr.translate("VisitReport", "Observations"), self.rec.observations)
        out += self.free_text(self.tr.translate("VisitReport", "Positive comments"), self.rec.positive_comments)
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

        d, rec, tr = self.data, self.rec, self.tr
        status = status_label(rec, signed=bool(d.signoff and d.signoff.signers))
        place = d.place_name or tr.translate("VisitReport", "{place} not recorded").format(place=self.nouns.place)
        where = f"{escape(place)} · {escape(long_date(rec.visit_date, self.language))}"
        title = report_title(self.cfg, tr)
        left = [self.plain(d.scheme_name, "scheme"), self.plain(title, "title"), self.p(where, "subtitle")]
        badge = grid([[self.plain(status_text(status, self.language).upper(), "badge")]], [32 * mm], [
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(STATUS_COLOURS[status])),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ])
        number = tr.translate("VisitReport", "Visit no. {number}").format(number=rec.id) if rec.id is not None else ""
        right = [badge, self.space(3), self.p(f'<font color="{MUTED}">{number}</font>', "num")]
        block = grid([[left, right]], [self.width - 36 * mm, 36 * mm], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 0), (-1, -1), 1.2, HexColor(NAVY)), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ])
        out = [block, self.space(6)]
        if status == "Draft":
            out.append(self.banner(tr.translate("VisitReport", "DRAFT — this report has not been completed. "
                                                "Details may be missing and may still change."), DRAFT_INK, DRAFT_BG))
        if rec.outcome == "abandoned":
            reason = self.label("abandon_reasons", rec.abandon_reason) or tr.translate("VisitReport",
                                                                                      "reason not recorded")
            text = tr.translate("VisitReport", "Visit abandoned: {reason}.").format(reason=reason)
            if self.abandoned_empty():
                text += " " + tr.translate("VisitReport", "Nothing was seen and nothing was inspected.")
            out += [self.space(4), self.banner(text, STATUS_COLOURS["Abandoned"], "#f3eefa")]
        if d.purged_at:
            text = tr.translate("VisitReport", "Conversation details were removed on {date} under the scheme's "
                                "retention period; the counts remain. This printout is not the signed original.")
            out.append(self.banner(text.format(date=self.date(d.purged_at)), MUTED, HEAD_BG, space=3))
        out += self.amendment_banner()
        out += self.glance()
        return out

    def amendment_banner(self) -> list:
        so = self.data.signoff
        if so is None or so.amendment is None:
            return []
        a, tr = so.amendment, self.tr
        earlier = tr.translate("VisitReport", "version {number}").format(number=so.version - 1)
        if so.original_sealed_at:
            signed = tr.translate("VisitReport", "{version}, signed {date}")
            earlier = signed.format(version=earlier, date=self.date(so.original_sealed_at))
        text = tr.translate("VisitReport", "Amended report — version {number}. It corrects {earlier}, which stays "
                            "on record unchanged. Reason: {reason}")
        text = text.format(number=so.version, earlier=earlier, reason=a.reason.strip())
        if a.changes:
            text += " " + tr.translate("VisitReport", "Changed: {fields}.").format(fields=", ".join(a.changes))
        return [self.space(4), self.banner(text, NAVY, HEAD_BG)]

    def glance(self) -> list:
        """The handful of figures a Board member looks for first."""
        from reportlab.lib.colors import HexColor

        rec, tr = self.rec, self.tr
        if self.abandoned_empty():
            return []
        issues = [c for c in rec.conversations if c.issue_raised.strip()]
        unresolved = sum(1 for c in issues if c.resolved_during_visit is False)
        nouns = self.nouns
        root, _offered, seen, _declined = funnel_keys(self.cfg)
        figures = [
            (nouns.stage("root"),
             self.count(rec.count(root).total), False),
            (tr.translate("VisitReport", "{stage}", "the headline's seen figure").format(stage=nouns.stage("seen")),
             self.count(rec.count(seen).total), False),
            *([(tr.translate("VisitReport", "Requests"),
                self.count(sum(len(c.requests) for c in rec.conversations)), False)] if self.cfg.has_requests else []),
            (tr.translate("VisitReport", "Issues"), self.count(len(issues)), False),
            (tr.translate("VisitReport", "Unresolved"), self.count(unresolved), unresolved > 0),
            (tr.translate("VisitReport", "Inspection issues"),
             self.count(sum(1 for c in rec.checks.values() if c.status == "issue")), False),
            *([(tr.translate("VisitReport", "Allegations"),
                self.count(sum(1 for c in rec.conversations if c.allegation)),
                any(c.allegation for c in rec.conversations))] if self.cfg.has("allegation") else []),
        ]
        boxes = [[self.p(f'<font size="15" color="{FINDING if alarm else NAVY}"><b>{value}</b></font>',
                         "body") for _, value, alarm in figures],
                 [self.plain(name, "stat") for name, _, _ in figures]]
        t = grid(boxes, [self.width / len(figures)] * len(figures), [
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(HEAD_BG)),
            ("LINEAFTER", (0, 0), (-2, -1), 0.8, HexColor("#ffffff")),
            ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ], rowHeights=[20, None])
        return [self.space(4), t]

    def details(self) -> list:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm

        d, rec, tr, lang = self.data, self.rec, self.tr, self.language
        place = escape(d.place_name)
        locations = d.place_locations
        if place and locations:
            locations_text = tr.translate("VisitReport", "%n location(s)", None, locations, language=lang)
            place += f' <font color="{MUTED}">({escape(locations_text)})</font>'
        names = [escape(n) for n in (d.visitor_a, d.visitor_b) if n]
        visitors = (tr.translate("VisitReport", "{first} and {second}").format(first=names[0], second=names[1])
                    if len(names) == 2 else "".join(names)) or self.not_recorded()
        if not d.visitor_b and rec.lone_visitor_note.strip():
            alone = escape(tr.translate("VisitReport", "Visited alone:"))
            visitors += f'<br/><font color="{MUTED}">{alone} {user_text(rec.lone_visitor_note)}</font>'
        admitted = clock_text(rec, rec.admitted, lang)
        delay = rec.admission_delay()
        if admitted and delay is not None and delay > dt.timedelta(0):
            wait = tr.translate("VisitReport", "{duration} wait").format(duration=duration_text(delay, lang))
            admitted += f' <font color="{MUTED}">({escape(wait)})</font>'
        duration = rec.duration()
        if rec.outcome == "abandoned":
            reason = self.label_markup("abandon_reasons", rec.abandon_reason) or escape(
                tr.translate("VisitReport", "reason not recorded"))
            word = escape(tr.translate("VisitReport", "Abandoned"))
            outcome = f'<font color="{FINDING}"><b>{word}</b></font> — {reason}'
        else:
            outcome = escape(tr.translate("VisitReport", "Completed"))
        unsatisfactory = escape(tr.translate("VisitReport", "Unsatisfactory"))
        ratings = {"satisfactory": escape(tr.translate("VisitReport", "Satisfactory")),
                   "unsatisfactory": f'<font color="{FINDING}"><b>{unsatisfactory}</b></font>'}
        rating = ratings.get(rec.rating or "", escape(rec.rating or ""))
        if not rating and rec.outcome == "abandoned":
            rating = escape(tr.translate("VisitReport", "Not rated (visit abandoned)"))
        rows = self.key_values([
            (self.nouns.place, place),
            (tr.translate("VisitReport", "Date"), escape(long_date(rec.visit_date, lang))),
            (tr.translate("VisitReport", "Visitors"), visitors),
            (tr.translate("VisitReport", "How visited"), self.label_markup("modes", rec.mode)),
            #: Label beside the time the visitors arrived at the place, e.g. "22:40".
            (tr.translate("VisitReport", "Arrived"), clock_text(rec, rec.arrival, lang)),
            (tr.translate("VisitReport", "Admitted"), admitted),
            #: Label beside the time the visitors left the place, e.g. "00:50 (next day)".
            (tr.translate("VisitReport", "Left"), clock_text(rec, rec.departure, lang)),
            (tr.translate("VisitReport", "Duration"), duration_text(duration, lang) if duration else ""),
            (tr.translate("VisitReport", "Outcome"), outcome), (tr.translate("VisitReport", "Rating"), rating),
        ], per_row=2)
        extra = []
        if rec.admission_delay_finding:
            wait = duration_text(delay, lang) if delay else ""
            finding = (tr.translate("VisitReport", "<b>Delay in admission:</b> the visitors waited {duration} "
                                    "before being let in.") if wait else
                       tr.translate("VisitReport", "<b>Delay in admission:</b> the visitors waited before being "
                                    "let in."))
            rows.append([self.plain(tr.translate("VisitReport", "Finding"), "label"),
                         self.p(finding.format(duration=wait), "finding"), "", ""])
            extra = [("SPAN", (1, -1), (-1, -1)), ("BACKGROUND", (0, -1), (-1, -1), HexColor(FINDING_BG))]
        # Visitors' names need more room than anything in the right-hand column.
        widths = [22 * mm, 70 * mm, 24 * mm, self.width - 116 * mm]
        return [*self.heading(tr.translate("VisitReport", "Visit details")), self.key_value_table(rows, widths,
                                                                                                  extra=extra)]

    def any_counts(self) -> bool:
        return any(not row.is_empty() for row in self.rec.counts.values())

    def abandoned_empty(self) -> bool:
        """An abandoned visit with nothing recorded inside the place: empty sections would be noise."""
        rec = self.rec
        return (rec.outcome == "abandoned" and not self.any_counts()
                and not any(not c.is_blank() for c in rec.conversations)
                and not any(c.status != "not_checked" for c in rec.checks.values()))

    # ------------------------------------------------------------------ inside the place

    def funnel(self) -> list:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm

        rec, tr = self.rec, self.tr
        out = [*self.heading(self.nouns.counts)]
        if not self.any_counts():
            return out + [self.none(tr.translate("VisitReport", "No counts recorded."))]
        groups = [g.label_in(self.language) for g in self.cfg.count_groups]
        # A definition's groups are kept in the count columns by position (court holding areas: adult, youth).
        columns = list(group_columns(g.key for g in self.cfg.count_groups).values())
        head = [self.plain(tr.translate("VisitReport", "Stage"), "box_head")] + [
            self.plain(h, "num_head") for h in (tr.translate("VisitReport", "Total"), *groups)]
        rows = [head]
        for stage in self.cfg.count_stages:
            row = rec.count(stage.key)
            values = [row.total, *(getattr(row, column) for column in columns)]
            rows.append([self.plain(stage.label_in(self.language))] + [self.p(self.count(v, ""), "num")
                                                                        for v in values])
        _root, offered_key, seen_key, _declined = funnel_keys(self.cfg)
        seen, offered = rec.count(seen_key), rec.count(offered_key)
        shares = [percent_seen(s, o, self.language)
                  for s, o in zip([seen.total, *(getattr(seen, c) for c in columns)],
                                  [offered.total, *(getattr(offered, c) for c in columns)], strict=True)]
        share_label = escape(tr.translate("VisitReport", "{seen} (% of {offered})").format(
            seen=self.nouns.stage("seen"), offered=lower_first(self.nouns.stage("offered"))))
        extra = []
        if self.cfg.stage_within:  # the share seen is a funnel's: only where stages lie within stages
            rows.append([self.p(f"<b>{share_label}</b>")] + [self.p(f"<b>{v}</b>", "num") for v in shares])
            extra = [("BACKGROUND", (0, -1), (-1, -1), HexColor(HEAD_BG)),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, HexColor(NAVY))]
        num_w = 22 * mm
        blank = tr.translate("VisitReport", "A blank means the figure was not recorded.")
        n = 1 + len(columns)
        return out + [self.table(rows, [self.width - n * num_w] + [num_w] * n, extra=extra),
                      self.p(f'<font color="{MUTED}" size="7.5">{escape(blank)}</font>', "small")]

    def conversations(self) -> list:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm

        convs, tr = self.conversations_seen(), self.tr
        nouns, requests_too = self.nouns, self.cfg.has_requests
        out = [*self.heading(tr.translate("VisitReport", "{subjects} seen").format(subjects=nouns.subjects))]
        if not convs:
            return out + [self.none(tr.translate("VisitReport", "No {subjects} recorded.").format(
                subjects=lower_first(nouns.subjects)))]
        head = [self.plain(h, "box_head") for h in (
            "#", nouns.identifier, nouns.location,
            tr.translate("VisitReport", "{met}", "the conversations' column").format(met=nouns.met),
            *([tr.translate("VisitReport", "Requests")] if requests_too else []),
            tr.translate("VisitReport", "Points to note"))]
        rows, extra = [head], []
        nothing = escape(tr.translate("VisitReport", "None"))
        for i, c in enumerate(convs, start=1):
            requests = ", ".join(self.label_markup("request_categories", r) for r in _unique(c.requests))
            asked = [self.p(requests or f'<font color="{MUTED}">{nothing}</font>', "small")] if requests_too else []
            rows.append([self.p(str(i), "small"), self.p(escape(c.identifier) or "—", "small"),
                         self.plain(c.location, "small"), self.p(self.seen_text(c), "small"), *asked,
                         self.p(self.points(c), "small")])
            if c.allegation:
                extra.append(("BACKGROUND", (0, i), (-1, i), HexColor(FINDING_BG)))
        # The location's column as wide as its heading and its entries need (11 mm at least, 24 mm at most: "Kennel 4"
        # and "Holding room" fit on a line; a longer entry wraps).
        location_w = fitted_width(nouns.location, [c.location for c in convs], padding=8, least=11 * mm, most=24 * mm)
        widths = ([7 * mm, 28 * mm, location_w, 28 * mm, 44 * mm - (location_w - 11 * mm)] if requests_too
                  else [7 * mm, 30 * mm, location_w, 28 * mm])
        widths.append(self.width - sum(widths))
        return out + [self.table(rows, widths, extra=extra)]

    def conversations_seen(self) -> list[ConversationRecord]:
        """Conversations numbered as in the table, skipping blank rows an unsaved draft may hold."""
        return [c for c in self.rec.conversations if not c.is_blank()]


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
