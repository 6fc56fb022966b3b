"""The quarterly report for the Strategic Assurance Board, signed by the co-ordinator.

Every figure comes from :mod:`icvapp.metrics`; the tables and the vector
charts print what it computed, nothing else. No custody number and no
visitor's free text reaches this report: issues appear by suite, category,
escalation and the office's recorded outcome.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from icvapp.metrics import changes, previous_period, summary
from icvapp.profile.context import AppContext
from icvapp.reports.charts import bar_chart, coverage_strip
from icvapp.reports.pdfkit import (
    FINDING,
    FONT_BOLD,
    HEAD_BG,
    MUTED,
    NAVY,
    count_text,
    grid,
    numbered_canvas,
    percent_text,
    render_a4,
)
from icvapp.reports.story import Story
from icvapp.scheme.config import SchemeConfig
from icvapp.scheme.periods import Period
from icvapp.scheme.rota import rota_grid
from icvapp.storage import audit
from icvapp.storage.atomic import write_atomic
from icvapp.trust import pades
from icvapp.trust.enrolment import require_trust
from icvapp.visits.issues import IssueFilter, list_issues

TITLE = "Report to the Strategic Assurance Board"
FIELD = "Coordinator"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
TOTAL_ROW = [("FONTNAME", (0, -1), (-1, -1), FONT_BOLD)]


@dataclass
class BoardReportData:
    scheme_name: str
    config: SchemeConfig
    summary: object  # metrics.Summary
    previous: object  # metrics.Summary of the period before
    changes: list
    open_issues: list  # issues.IssueRow still open at the end of the period
    outcomes: list  # issues.IssueRow closed during the period
    strip: list[tuple[str, list[str]]]  # suite -> week states, for the coverage chart
    generated_at: dt.datetime
    signer: tuple[str, dt.datetime] | None = None  # co-ordinator's name and signing time
    audit_head: audit.AuditHead | None = None  # where the office's audit log stood when it was signed


def load_board_data(ctx: AppContext, period: Period, *, today: dt.date | None = None) -> BoardReportData:
    current = summary(ctx.db, ctx.config, period)
    previous = summary(ctx.db, ctx.config, previous_period(period))
    as_of = min(period.end, today or dt.date.today())  # days open count to the period's end, or today if sooner
    every = list_issues(ctx.db, ctx.config, IssueFilter(status=None), today=as_of)
    open_at_end = [i for i in every if i.raised_on <= period.end
                   and (i.status == "open" or (i.closed_on and i.closed_on > period.end))]
    outcomes = [i for i in every if i.status == "closed" and i.closed_on and period.start <= i.closed_on <= period.end
                and i.outcome and not i.outcome.startswith("Resolved during the visit")]
    grid = rota_grid(ctx.db, period, today=period.end + dt.timedelta(days=7))
    states = {"visited": "covered", "missed": "missed", "closed": "closed", "optional": "optional",
              "abandoned": "abandoned", "uncovered": "missed", "assigned": "missed"}
    strip = [(name, [states[grid.cell(sid, w).state] for w in grid.weeks]) for sid, name, _occ in grid.suites]
    return BoardReportData(ctx.scheme_name(), ctx.config, current, previous, changes(current, previous),
                           open_at_end, outcomes, strip, dt.datetime.now().astimezone())


def export_board_pdf(ctx: AppContext, period: Period, out: Path, *, signer=None) -> Path:
    """Write the Board report; with ``signer`` (an unlocked co-ordinator) it carries their PAdES signature."""

    data = load_board_data(ctx, period)
    boxes: dict = {}
    if signer is not None:
        data.signer = (signer.name, dt.datetime.now(dt.UTC))
        with ctx.db.session() as s:
            data.audit_head = audit.head(s)
    pdf = render_board_pdf(data, boxes)
    if signer is not None:
        pdf = pades.add_signature_fields(pdf, {FIELD: boxes[FIELD]})
        pdf = pades.sign_field(pdf, FIELD, signer.key, signer.cert, require_trust(ctx.db).root,
                               reason="Approved for the Strategic Assurance Board", name=signer.name)
    write_atomic(Path(out), pdf)
    with ctx.db.session() as s:
        audit.append(s, audit.EXPORTED, actor=ctx.db.actor,
                     detail={"report": "board", "period": period.label, "signed": signer is not None})
    return Path(out)


# --------------------------------------------------------------------------- rendering


def render_board_pdf(data: BoardReportData, boxes: dict | None = None) -> bytes:
    """The Board report as PDF bytes (A4); ``boxes`` receives where the co-ordinator's signature field belongs."""
    p = data.summary.period
    boxes = {} if boxes is None else boxes
    return render_a4(
        lambda width: BoardStory(data, width, boxes).flowables(),
        canvasmaker=numbered_canvas(footer=f"{TITLE} · {data.scheme_name} · {p.label}",
                                    generated_at=data.generated_at),
        title=f"{TITLE} – {p.label}", author=data.scheme_name, subject="Independent custody visiting: performance",
    )


class BoardStory(Story):
    """Builds the flowables of the Board report, section by section, from the metrics it was given."""

    heading_room_mm = 40
    table_font_size = 8.5
    figures_from = 1  # a name, then figures
    split_rows = False

    def __init__(self, data: BoardReportData, width: float, boxes: dict) -> None:
        super().__init__(data.config, width, boxes)
        self.d, self.sum = data, data.summary

    def flowables(self) -> list:
        out = self.title_block()
        out += self.coverage()
        out += self.detainees()
        out += self.requests()
        out += self.issues()
        out += self.visit_quality()
        out += self.volunteers()
        out += self.spread()
        out += self.change()
        out += self.sign_off()
        return out

    def title_block(self) -> list:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm

        p, s = self.sum.period, self.sum
        out = [self.plain(self.d.scheme_name, "scheme"), self.p(TITLE, "title"),
               self.p(f"{escape(p.label)} · {p.start.day} {p.start:%B %Y} to {p.end.day} {p.end:%B %Y}", "subtitle"),
               self.space(8)]
        figures = [
            (f"{s.completed}", f"visits made (target {sum(x.target_visits for x in s.suites)})"),
            (percent_text(s.coverage_pct), "of expected weeks visited"),
            (f"{s.funnel.stages.get('in_custody', 0)}", "people in custody at visits"),
            (percent_text(s.funnel.seen_pct), "of those offered were seen"),
            (f"{sum(s.requests.values())}", "requests by detainees"),
            (f"{s.issues.open_at_end}", "issues still open"),
        ]
        alarm = {1: (s.coverage_pct or 0) < 100, 5: s.issues.open_at_end > 0}
        cells = [[self.p(f'<font size="16" color="{FINDING if alarm.get(i) else NAVY}"><b>{v}</b></font>')
                  for i, (v, _) in enumerate(figures)],
                 [self.plain(t, "small") for _, t in figures]]
        out.append(grid(cells, [self.width / 6] * 6, [
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(HEAD_BG)), ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, 0), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ("LINEAFTER", (0, 0), (-2, -1), 0.8, HexColor("#ffffff")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ], rowHeights=[22, None]))
        out.append(self.space(3 * mm))
        return out

    def coverage(self) -> list:
        from reportlab.lib.units import mm

        s = self.sum
        rows = [["Suite", "Visits", "Target", "Weeks visited", "Coverage", "Abandoned", "Closed weeks"]]
        for x in s.suites:
            expected = "not expected" if x.occasional else f"{x.covered_weeks} of {x.expected_weeks}"
            target = "—" if x.occasional else count_text(x.target_visits)
            rows.append([x.suite, count_text(x.visits), target, expected, percent_text(x.coverage_pct),
                         count_text(x.abandoned), count_text(x.closed_weeks)])
        rows.append(["All suites", count_text(s.completed), count_text(sum(x.target_visits for x in s.suites)),
                     f"{s.covered_weeks} of {s.expected_weeks}", percent_text(s.coverage_pct),
                     count_text(s.abandoned), ""])
        out = [*self.heading("Visits against the weekly standard"),
               self.p("The standard is one visit to each custody suite every week. A week counts in the period that "
                      "holds its Thursday; weeks a suite was closed are not expected.", "muted"),
               self.table(rows, [40 * mm, 18 * mm, 18 * mm, 28 * mm, 22 * mm, 22 * mm, self.width - 148 * mm],
                          extra=TOTAL_ROW)]
        missed = [(x.suite, x.missed_weeks) for x in s.suites if x.missed_weeks]
        if missed:
            text = "; ".join(f"<b>{escape(name)}</b>: " + ", ".join(f"w/c {w.day} {w:%b}" for w in weeks)
                             for name, weeks in missed)
            out.append(self.p(f'<font color="{FINDING}"><b>Weeks missed</b></font> — {text}.', "after_table"))
        else:
            out.append(self.p("No expected week was missed.", "after_table"))
        if self.d.strip:
            out.append(coverage_strip(self.d.strip, width=self.width))
        if s.abandon_reasons:
            reasons = ", ".join(f"{self.label('abandon_reasons', k)} ({n})" for k, n in s.abandon_reasons.items())
            out.append(self.p(f"<b>Abandoned visits:</b> {escape(reasons)}.", "after_table"))
        return out

    def detainees(self) -> list:
        from reportlab.lib.units import mm

        f = self.sum.funnel
        groups = list(f.by_group)
        rows = [["Stage", "All", *[self.label("detainee_groups", g) for g in groups]]]
        for stage, n in f.stages.items():
            split = [f.by_group[g].get(stage, 0) for g in groups]
            # Forms record the female/male/juvenile split for those in custody; a stage whose split
            # was never recorded shows a dash, not a misleading row of zeros.
            shown = [count_text(v) for v in split] if any(split) or not n else ["—"] * len(split)
            rows.append([self.label("detainee_stages", stage), count_text(n), *shown])
        out = [*self.heading("Detainees at the time of visits"),
               self.table(rows, [50 * mm, 22 * mm] + [22 * mm] * len(groups)),
               self.p(f"<b>{percent_text(f.seen_pct)}</b> of those offered a visit were seen; "
                      f"{percent_text(f.declined_pct)} declined. {f.visits_with_nobody_in_custody} visit(s) found "
                      "nobody in custody.", "after_table")]
        reasons = [(self.label("reasons_not_seen", k), n) for k, n in f.reasons_not_seen.items() if n]
        if reasons:
            out.append(self.p("<b>Reasons not seen:</b> " + escape(", ".join(f"{k} ({n})" for k, n in reasons)) + "."))
        stages = [k for k in ("in_custody", "offered", "seen", "declined") if k in f.stages]
        out.append(bar_chart([self.label("detainee_stages", k) for k in stages], [[f.stages[k] for k in stages]],
                             width=self.width, height=120))
        return out

    def requests(self) -> list:
        from reportlab.lib.units import mm

        req = self.sum.requests
        made = [(self.label("request_categories", k), n) for k, n in req.items() if n]
        out = [*self.heading("What detainees asked for")]
        if not made:
            return out + [self.none("No requests were recorded.")]
        rows = [["Request", "Number"], *[[k, count_text(n)] for k, n in made], ["Total", count_text(sum(req.values()))]]
        out.append(self.table(rows, [70 * mm, 25 * mm], extra=TOTAL_ROW))
        top_down = list(reversed(made))  # a horizontal chart draws its first bar at the bottom
        out.append(bar_chart([k for k, _ in top_down], [[n for _, n in top_down]], width=self.width,
                             height=max(90, 16 * len(made) + 30), horizontal=True))
        return out

    def issues(self) -> list:
        from reportlab.lib.units import mm

        i = self.sum.issues
        rows = [["Category", "Raised", "Resolved at the visit", "Followed up", "Open at period end"]]
        for category, fig in i.by_category.items():
            figures = [fig[k] for k in ("raised", "resolved_during_visit", "followed_up", "open_at_end")]
            rows.append([self.label("issue_categories", category), *map(count_text, figures)])
        rows.append(["All issues", count_text(i.raised), count_text(i.resolved_during_visit), count_text(i.followed_up),
                     count_text(i.open_at_end)])
        out = [*self.heading("Issues raised and their outcomes"),
               self.table(rows, [60 * mm, 20 * mm, 34 * mm, 26 * mm, 34 * mm],
                          extra=TOTAL_ROW)]
        if self.d.open_issues:
            out.append(self.p("<b>Issues still open with the police</b> (oldest first)", "h2"))
            rows = [["Raised", "Suite", "Category", "Escalated to", "Days open", "Police response"]]
            for r in sorted(self.d.open_issues, key=lambda r: r.raised_on)[:40]:
                days = f'<font color="{FINDING}"><b>{r.days_open}</b></font>' if r.overdue else str(r.days_open)
                rows.append([f"{r.raised_on:%d/%m/%Y}", self.plain(r.suite, "small"),
                             self.plain(self.label("issue_categories", r.category), "small"),
                             self.plain(self.label("escalation_levels", r.escalation), "small"),
                             self.p(days, "num"),
                             self.p(escape(r.police_response) or f'<font color="{MUTED}">Awaited</font>', "small")])
            out.append(self.table(rows, [19 * mm, 25 * mm, 31 * mm, 29 * mm, 14 * mm, self.width - 118 * mm],
                                  figures_from=4, extra=[("ALIGN", (5, 0), (5, -1), "LEFT")]))
        if self.d.outcomes:
            out.append(self.p("<b>Notable outcomes this period</b>", "h2"))
            for r in self.d.outcomes[:20]:
                out.append(self.p(f"<b>{escape(r.suite)}, {self.label_markup('issue_categories', r.category)}</b> "
                                  f"(raised {r.raised_on:%d %b}): {escape(r.outcome)}", "entry"))
        return out

    def visit_quality(self) -> list:
        s = self.sum
        worst = f"{s.admission_delay_worst_min} min" if s.admission_delay_worst_min is not None else "—"
        median = f"{s.admission_delay_median_min:.0f} min" if s.admission_delay_median_min is not None else "—"
        return [*self.heading("Conditions and access"),
                self.p(f"<b>{percent_text(s.satisfactory_pct)}</b> of rated visits found conditions satisfactory "
                       f"({s.satisfactory} of {s.rated})."),
                self.p(f"Waiting to be admitted: median {median}, longest {worst}; "
                       f"{s.admission_delays_over_threshold} wait(s) over {self.cfg.admission_delay_minutes} minutes.")]

    def volunteers(self) -> list:
        from reportlab.lib.units import mm

        s = self.sum
        rows = [["Volunteer", "Visits"]] + [[k, count_text(v)] for k, v in sorted(s.visits_per_volunteer.items(),
                                                                        key=lambda kv: (-kv[1], kv[0]))]
        return [*self.heading("Volunteers"),
                self.p(f"Volunteers spent <b>{s.volunteer_hours:,.1f} hours</b> on visits (both visitors, from arrival "
                       "to departure)."),
                self.table(rows, [60 * mm, 20 * mm])]

    def spread(self) -> list:
        sp = self.sum.spread
        days = bar_chart(DAYS, [sp.by_weekday], width=self.width / 2 - 6, height=120)
        bands = bar_chart(list(sp.by_time_band), [list(sp.by_time_band.values())], width=self.width / 2 - 6,
                          height=120)
        out = [*self.heading("When visits happened"),
               self.p("Visits should be spread across the days of the week and the hours of the day (by arrival "
                      "time) so that they stay unexpected.", "muted"),
               grid([[days, bands]], [self.width / 2] * 2, [("LEFTPADDING", (0, 0), (-1, -1), 0)], hAlign="LEFT")]
        for warning in sp.warnings:
            out.append(self.p(f'<font color="{FINDING}"><b>⚠ {escape(warning)}</b></font>', "after_table"))
        if not sp.warnings:
            out.append(self.p("No suite's visits are clustering on one day or time of day.", "after_table"))
        return out

    def change(self) -> list:
        from reportlab.lib.units import mm

        prev = self.d.previous.period
        rows = [["Measure", "This period", prev.label, "Change"]]
        for c in self.d.changes:
            delta = c.delta
            rows.append([c.label or c.name, count_text(c.current), count_text(c.previous),
                         "—" if delta is None else (f"+{count_text(delta)}" if delta > 0 else count_text(delta))])
        return [*self.heading("Change against the previous period"),
                self.table(rows, [70 * mm, 30 * mm, 30 * mm, 25 * mm])]

    def sign_off(self) -> list:
        from reportlab.platypus import KeepTogether

        out = [*self.heading("Sign-off")]
        if self.d.signer is None:
            return out + [self.p("Not signed. Export from the co-ordinator's profile to sign this report.", "muted")]
        name, when = self.d.signer
        return out + [KeepTogether([
            self.p(f"Approved for the Strategic Assurance Board by <b>{escape(name)}</b>, scheme co-ordinator. "
                   f"Signed digitally on {when:%d %B %Y at %H:%M} UTC."),
            *([self.p(f"The office's audit log stood at {self.d.audit_head.entries} entries "
                      f"(head {self.d.audit_head.hash[:16]}…) when this report was signed.", "muted")]
              if self.d.audit_head else []),
            self.signature_field(FIELD)])]
