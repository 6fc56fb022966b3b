"""The Board report's sections after its title block, in the report's language — a part of
:class:`icvapp.reports.board_pdf.BoardStory`. Every figure is the one :mod:`icvapp.metrics` computed."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from icvapp.errors import Translatable, in_language
from icvapp.i18n import QT_TRANSLATE_NOOP, translate
from icvapp.i18n.formats import format_date, format_fixed
from icvapp.reports.charts import bar_chart, coverage_strip
from icvapp.reports.nouns import Nouns, lower_first
from icvapp.reports.pdfkit import FINDING, FONT_BOLD, MUTED, grid, percent_text
from icvapp.scheme.config import funnel_keys

FIELD = "Coordinator"
TOTAL_ROW = [("FONTNAME", (0, -1), (-1, -1), FONT_BOLD)]

# The coverage section's words for each visit target period (the definition's target_every).
SLOT_WORDS = {
    "week": {
        "visited": QT_TRANSLATE_NOOP("BoardReport", "Weeks visited"),
        "closed": QT_TRANSLATE_NOOP("BoardReport", "Closed weeks"),
        "heading": QT_TRANSLATE_NOOP("BoardReport", "Visits against the weekly standard"),
        "standard": QT_TRANSLATE_NOOP("BoardReport", "The standard is one visit to each {place} every week. A week "
                                      "counts in the period that holds its Thursday; weeks it was closed are not "
                                      "expected."),
        "missed": QT_TRANSLATE_NOOP("BoardReport", "Weeks missed"),
        "none_missed": QT_TRANSLATE_NOOP("BoardReport", "No expected week was missed."),
        "share": QT_TRANSLATE_NOOP("BoardReport", "of expected weeks visited"),
    },
    "fortnight": {
        "visited": QT_TRANSLATE_NOOP("BoardReport", "Fortnights visited"),
        "closed": QT_TRANSLATE_NOOP("BoardReport", "Closed fortnights"),
        "heading": QT_TRANSLATE_NOOP("BoardReport", "Visits against the fortnightly standard"),
        "standard": QT_TRANSLATE_NOOP("BoardReport", "The standard is one visit to each {place} every fortnight. A "
                                      "fortnight counts in the period that holds its second Monday; fortnights it "
                                      "was closed are not expected."),
        "missed": QT_TRANSLATE_NOOP("BoardReport", "Fortnights missed"),
        "none_missed": QT_TRANSLATE_NOOP("BoardReport", "No expected fortnight was missed."),
        "share": QT_TRANSLATE_NOOP("BoardReport", "of expected fortnights visited"),
    },
    "month": {
        "visited": QT_TRANSLATE_NOOP("BoardReport", "Months visited"),
        "closed": QT_TRANSLATE_NOOP("BoardReport", "Closed months"),
        "heading": QT_TRANSLATE_NOOP("BoardReport", "Visits against the monthly standard"),
        "standard": QT_TRANSLATE_NOOP("BoardReport", "The standard is one visit to each {place} every month; months "
                                      "it was closed are not expected."),
        "missed": QT_TRANSLATE_NOOP("BoardReport", "Months missed"),
        "none_missed": QT_TRANSLATE_NOOP("BoardReport", "No expected month was missed."),
        "share": QT_TRANSLATE_NOOP("BoardReport", "of expected months visited"),
    },
}

# The English names icvapp.metrics.compare.changes gives its measures, marked here so the change
# table prints them in the report's language (a measure renamed there prints in English until
# the catalogue follows).
MEASURES = [
    QT_TRANSLATE_NOOP("Metrics", "Visits"),
    QT_TRANSLATE_NOOP("Metrics", "Weeks covered (%)"),
    QT_TRANSLATE_NOOP("Metrics", "Present at visits"),
    QT_TRANSLATE_NOOP("Metrics", "Offered a visit"),
    QT_TRANSLATE_NOOP("Metrics", "Accepted and seen"),
    QT_TRANSLATE_NOOP("Metrics", "Seen, of those offered (%)"),
    QT_TRANSLATE_NOOP("Metrics", "Requests made"),
    QT_TRANSLATE_NOOP("Metrics", "Issues raised"),
    QT_TRANSLATE_NOOP("Metrics", "Issues open at the end of the period"),
    QT_TRANSLATE_NOOP("Metrics", "Visits rated satisfactory (%)"),
    QT_TRANSLATE_NOOP("Metrics", "Hours volunteered on visits"),
    QT_TRANSLATE_NOOP("Metrics", "Median wait to be admitted (minutes)"),
]


class BoardSections:
    """Sections for a :class:`icvapp.reports.story.Story` holding ``d`` (the report data), ``sum`` and ``tr``.

    Every sentence is written once in general words, from the kind's nouns and its visit target's period (weeks,
    fortnights, months); a kind whose reports have long said one otherwise words it in its definition."""

    @property
    def nouns(self) -> Nouns:
        return Nouns(self.cfg, self.language)

    def slot(self, name: str) -> str:
        """One of :data:`SLOT_WORDS` for the summary's target period, in the report's language."""
        return self.tr.translate("BoardReport", SLOT_WORDS.get(self.sum.target_every, SLOT_WORDS["week"])[name])

    def slot_date(self, day: dt.date) -> str:
        """A missed week as "w/c 4 Nov"; a missed month as "November 2026"."""
        if self.sum.target_every == "month":
            return format_date(day, self.language, "month")
        return self.tr.translate("BoardReport", "w/c {date}").format(date=format_date(day, self.language, "day_month"))

    def header(self, names: list[str]) -> list:
        """A table's header row that wraps when a heading is longer than its column (Welsh often is):
        the first column's heading set left, the figures' headings right."""
        return [self.plain(names[0], "box_head"), *(self.plain(n, "num_head") for n in names[1:])]

    def pct(self, value: float | None) -> str:
        return percent_text(value, language=self.language)

    def of(self, part: int, whole: int) -> str:
        return self.tr.translate("BoardReport", "{part} of {whole}").format(part=self.count(part),
                                                                            whole=self.count(whole))

    def coverage(self) -> list:
        from reportlab.lib.units import mm

        s, tr = self.sum, self.tr
        rows = [self.header([self.nouns.place,
                             tr.translate("BoardReport", "Visits"),
                             tr.translate("BoardReport", "Target"), self.slot("visited"),
                             tr.translate("BoardReport", "Coverage"), tr.translate("BoardReport", "Abandoned"),
                             self.slot("closed")])]
        for x in s.places:
            expected = (tr.translate("BoardReport", "not expected") if x.occasional
                        else self.of(x.covered_weeks, x.expected_weeks))
            target = "—" if x.occasional else self.count(x.target_visits)
            rows.append([x.place, self.count(x.visits), target, expected, self.pct(x.coverage_pct),
                         self.count(x.abandoned), self.count(x.closed_weeks)])
        rows.append([tr.translate("BoardReport", "Total", "all places"),
                     self.count(s.completed),
                     self.count(sum(x.target_visits for x in s.places)), self.of(s.covered_weeks, s.expected_weeks),
                     self.pct(s.coverage_pct), self.count(s.abandoned), ""])
        standard = self.slot("standard").format(place=self.nouns.lower("place"))
        out = [*self.heading(self.slot("heading")), self.plain(standard, "muted"),
               self.table(rows, [34 * mm, 24 * mm, 16 * mm, 28 * mm, 20 * mm, 22 * mm, self.width - 144 * mm],
                          extra=TOTAL_ROW)]
        missed = [(x.place, x.missed_weeks) for x in s.places if x.missed_weeks]
        if missed:
            text = "; ".join(f"<b>{escape(name)}</b>: " + ", ".join(escape(self.slot_date(w)) for w in weeks)
                             for name, weeks in missed)
            head = escape(self.slot("missed"))
            out.append(self.p(f'<font color="{FINDING}"><b>{head}</b></font> — {text}.', "after_table"))
        else:
            out.append(self.plain(self.slot("none_missed"), "after_table"))
        if self.d.strip:
            out.append(coverage_strip(self.d.strip, width=self.width, language=self.language))
        if s.abandon_reasons:
            reasons = ", ".join(f"{self.label('abandon_reasons', k)} ({self.count(n)})"
                                for k, n in s.abandon_reasons.items())
            head = escape(tr.translate("BoardReport", "Abandoned visits:"))
            out.append(self.p(f"<b>{head}</b> {escape(reasons)}.", "after_table"))
        return out

    def subjects(self) -> list:
        from reportlab.lib.units import mm

        f, tr = self.sum.funnel, self.tr
        groups = list(f.by_group)
        rows = [self.header([tr.translate("BoardReport", "Stage"), tr.translate("BoardReport", "All"),
                             *[self.label("count_groups", g) for g in groups]])]
        for stage, n in f.stages.items():
            split = [f.by_group[g].get(stage, 0) for g in groups]
            # Forms record the female/male/juvenile split for those present; a stage whose split
            # was never recorded shows a dash, not a misleading row of zeros.
            shown = [self.count(v) for v in split] if any(split) or not n else ["—"] * len(split)
            rows.append([self.label("count_stages", stage), self.count(n), *shown])
        nobody, nouns = f.visits_with_nobody_present, self.nouns
        lang = self.language
        seen = tr.translate("BoardReport", "{seen}: <b>{seen_pct}</b> of {offered}; {declined}: {declined_pct}.").format(
            seen=escape(nouns.stage("seen")), seen_pct=self.pct(f.seen_pct),
            offered=escape(lower_first(nouns.stage("offered"))), declined=escape(nouns.stage("declined")),
            declined_pct=self.pct(f.declined_pct))
        empty = tr.translate("BoardReport", "%n visit(s) counted none present.", None, nobody, language=lang)
        heading = tr.translate("BoardReport", "{subjects} at the time of visits").format(subjects=nouns.subjects)
        out = [*self.heading(heading),
               self.table(rows, [50 * mm, 22 * mm] + [22 * mm] * len(groups)),
               self.p((seen + " " if self.cfg.stage_within else "") + escape(empty), "after_table")]
        reasons = [(self.label("reasons_not_seen", k), n) for k, n in f.reasons_not_seen.items() if n]
        if reasons:
            head = escape(tr.translate("BoardReport", "Reasons not seen:"))
            out.append(self.p(f"<b>{head}</b> " + escape(", ".join(f"{k} ({self.count(n)})" for k, n in reasons))
                              + "."))
        stages = [k for k in dict.fromkeys(funnel_keys(self.cfg)) if k in f.stages]
        out.append(bar_chart([self.label("count_stages", k) for k in stages], [[f.stages[k] for k in stages]],
                             width=self.width, height=120))
        return out

    def requests(self) -> list:
        from reportlab.lib.units import mm

        req, tr = self.sum.requests, self.tr
        made = [(self.label("request_categories", k), n) for k, n in req.items() if n]
        out = [*self.heading(tr.translate("BoardReport", "What {subjects} asked for").format(
            subjects=self.nouns.lower("subjects")))]
        if not made:
            return out + [self.none(tr.translate("BoardReport", "No requests were recorded."))]
        rows = [self.header([tr.translate("BoardReport", "Request"), tr.translate("BoardReport", "Number")]),
                *[[k, self.count(n)] for k, n in made],
                [tr.translate("BoardReport", "Total"), self.count(sum(req.values()))]]
        out.append(self.table(rows, [70 * mm, 25 * mm], extra=TOTAL_ROW))
        top_down = list(reversed(made))  # a horizontal chart draws its first bar at the bottom
        out.append(bar_chart([k for k, _ in top_down], [[n for _, n in top_down]], width=self.width,
                             height=max(90, 16 * len(made) + 30), horizontal=True))
        return out

    def issues(self) -> list:
        from reportlab.lib.units import mm

        i, tr = self.sum.issues, self.tr
        rows = [self.header([tr.translate("BoardReport", "Category"), tr.translate("BoardReport", "Raised"),
                             tr.translate("BoardReport", "Resolved at the visit"),
                             tr.translate("BoardReport", "Followed up"), tr.translate("BoardReport", "Open at period end")])]
        for category, fig in i.by_category.items():
            figures = [fig[k] for k in ("raised", "resolved_during_visit", "followed_up", "open_at_end")]
            rows.append([self.label("issue_categories", category), *map(self.count, figures)])
        rows.append([tr.translate("BoardReport", "All issues"), self.count(i.raised),
                     self.count(i.resolved_during_visit), self.count(i.followed_up), self.count(i.open_at_end)])
        out = [*self.heading(tr.translate("BoardReport", "Issues raised and their outcomes")),
               self.table(rows, [60 * mm, 20 * mm, 34 * mm, 26 * mm, 34 * mm], extra=TOTAL_ROW)]
        if self.d.open_issues:
            out.append(self.p(tr.translate("BoardReport", "<b>Issues still open with the police</b> (oldest first)"),
                              "h2"))
            rows = [[self.plain(h, "box_head") for h in (
                tr.translate("BoardReport", "Raised"),
                self.nouns.place,
                tr.translate("BoardReport", "Category"), tr.translate("BoardReport", "Escalated to"),
                tr.translate("BoardReport", "Days open"), tr.translate("BoardReport", "Police response"))]]
            awaited = escape(tr.translate("BoardReport", "Awaited"))
            for r in sorted(self.d.open_issues, key=lambda r: r.raised_on)[:40]:
                days = f'<font color="{FINDING}"><b>{r.days_open}</b></font>' if r.overdue else str(r.days_open)
                rows.append([format_date(r.raised_on, self.language, "short"), self.plain(r.place, "small"),
                             self.plain(self.label("issue_categories", r.category), "small"),
                             self.plain(self.label("escalation_levels", r.escalation), "small"),
                             self.p(days, "num"),
                             self.p(escape(r.police_response) or f'<font color="{MUTED}">{awaited}</font>', "small")])
            out.append(self.table(rows, [19 * mm, 25 * mm, 31 * mm, 29 * mm, 14 * mm, self.width - 118 * mm],
                                  figures_from=4, extra=[("ALIGN", (5, 0), (5, -1), "LEFT")]))
        if self.d.outcomes:
            notable = tr.translate("BoardReport", "Notable outcomes this period")
            out.append(self.p(f"<b>{escape(notable)}</b>", "h2"))
            raised = tr.translate("BoardReport", "(raised {date})")
            for r in self.d.outcomes[:20]:
                when = escape(raised.format(date=format_date(r.raised_on, self.language, "dd MMM")))
                out.append(self.p(f"<b>{escape(r.place)}, {self.label_markup('issue_categories', r.category)}</b> "
                                  f"{when}: {escape(r.outcome)}", "entry"))
        return out

    def visit_quality(self) -> list:
        s, tr = self.sum, self.tr
        minutes = tr.translate("BoardReport", "{minutes} min")
        worst = (minutes.format(minutes=s.admission_delay_worst_min)
                 if s.admission_delay_worst_min is not None else "—")
        median = (minutes.format(minutes=f"{s.admission_delay_median_min:.0f}")
                  if s.admission_delay_median_min is not None else "—")
        rated = tr.translate("BoardReport", "<b>{share}</b> of rated visits found conditions satisfactory "
                             "({satisfactory} of {rated}).")
        over, lang = s.admission_delays_over_threshold, self.language
        waits = translate("BoardReport", "Waiting to be admitted: median {median}, longest {worst}; %n wait(s) over "
                          "{limit} minutes.", None, over, language=lang)
        return [*self.heading(tr.translate("BoardReport", "Conditions and access")),
                self.p(rated.format(share=self.pct(s.satisfactory_pct), satisfactory=self.count(s.satisfactory),
                                    rated=self.count(s.rated))),
                self.plain(waits.format(median=median, worst=worst, limit=self.cfg.admission_delay_minutes))]

    def volunteers(self) -> list:
        from reportlab.lib.units import mm

        s, tr = self.sum, self.tr
        rows = [self.header([tr.translate("BoardReport", "Volunteer"), tr.translate("BoardReport", "Visits")])] + [
            [k, self.count(v)] for k, v in sorted(s.visits_per_volunteer.items(), key=lambda kv: (-kv[1], kv[0]))]
        hours = tr.translate("BoardReport", "Volunteers spent <b>{hours} hours</b> on visits (both visitors, from "
                             "arrival to departure).")
        return [*self.heading(tr.translate("BoardReport", "Volunteers")),
                self.p(hours.format(hours=format_fixed(s.volunteer_hours, self.language, 1))),
                self.table(rows, [60 * mm, 25 * mm])]

    def spread(self) -> list:
        sp, tr = self.sum.spread, self.tr
        monday = dt.date(2024, 1, 1)
        days = [format_date(monday + dt.timedelta(days=i), self.language, "EEE") for i in range(7)]
        day_chart = bar_chart(days, [sp.by_weekday], width=self.width / 2 - 6, height=120)
        bands = bar_chart(list(sp.by_time_band), [list(sp.by_time_band.values())], width=self.width / 2 - 6,
                          height=120)
        out = [*self.heading(tr.translate("BoardReport", "When visits happened")),
               self.plain(tr.translate("BoardReport", "Visits should be spread across the days of the week and the "
                                       "hours of the day (by arrival time) so that they stay unexpected."), "muted"),
               grid([[day_chart, bands]], [self.width / 2] * 2, [("LEFTPADDING", (0, 0), (-1, -1), 0)],
                    hAlign="LEFT")]
        for warning in sp.warnings:
            out.append(self.p(f'<font color="{FINDING}"><b>⚠ {escape(in_language(warning, tr))}</b></font>', "after_table"))
        if not sp.warnings:
            out.append(self.plain(tr.translate("BoardReport", "Visits are not clustering on one day or time of day."),
                                  "after_table"))
        return out

    def change(self) -> list:
        from reportlab.lib.units import mm

        prev, tr = self.d.previous.period, self.tr
        rows = [self.header([tr.translate("BoardReport", "Measure"), tr.translate("BoardReport", "This period"),
                             in_language(prev.label, tr), tr.translate("BoardReport", "Change")])]
        for c in self.d.changes:
            delta = c.delta
            rows.append([self.measure(c), self.count(c.current),
                         self.count(c.previous),
                         "—" if delta is None else (f"+{self.count(delta)}" if delta > 0 else self.count(delta))])
        return [*self.heading(tr.translate("BoardReport", "Change against the previous period")),
                self.table(rows, [70 * mm, 30 * mm, 30 * mm, 25 * mm])]

    def measure(self, c) -> str:
        """A measure's name in the report's language: the stage measures in the kind's stage names (or its own
        wording of them), the rest marked where icvapp.metrics.compare names them, else the English name looked up
        among :data:`MEASURES`."""
        nouns, tr = self.nouns, self.tr
        if c.name == "seen_pct":
            return tr.translate("BoardReport", "{seen} (% of {offered})").format(
                seen=nouns.stage("seen"), offered=lower_first(nouns.stage("offered")))
        if c.name == "present":
            return tr.translate("BoardReport", "{stage}", "the change table's first stage").format(
                stage=nouns.stage("root"))
        if c.name == "offered":
            return tr.translate("BoardReport", "{stage}", "the change table's offered stage").format(
                stage=nouns.stage("offered"))
        if c.name == "seen":
            return tr.translate("BoardReport", "{stage}", "the change table's seen stage").format(
                stage=nouns.stage("seen"))
        if isinstance(c.label, Translatable):
            return in_language(c.label, self.tr)
        return self.tr.translate("Metrics", c.label) if c.label else c.name

    def sign_off(self) -> list:
        from reportlab.platypus import KeepTogether

        tr = self.tr
        out = [*self.heading(tr.translate("BoardReport", "Sign-off"))]
        if self.d.signer is None:
            return out + [self.plain(tr.translate("BoardReport", "Not signed. Export from the co-ordinator's profile "
                                                  "to sign this report."), "muted")]
        name, when = self.d.signer
        approved = tr.translate("BoardReport", "Approved for the Strategic Assurance Board by <b>{name}</b>, scheme "
                                "co-ordinator. Signed digitally on {date} at {time} UTC.")
        head = self.d.audit_head
        log = tr.translate("BoardReport", "The office's audit log stood at {entries} entries (head {head}…) when this "
                           "report was signed.")
        return out + [KeepTogether([
            self.p(approved.format(name=escape(name), date=self.date(when), time=f"{when:%H:%M}")),
            *([self.plain(log.format(entries=self.count(head.entries), head=head.hash[:16]), "muted")]
              if head else []),
            self.signature_field(FIELD)])]
