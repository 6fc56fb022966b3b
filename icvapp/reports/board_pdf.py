"""The quarterly report for the Strategic Assurance Board, signed by the co-ordinator.

Every figure comes from :mod:`icvapp.metrics`; the tables and the vector
charts print what it computed, nothing else. No identifier and no
visitor's free text reaches this report: issues appear by place, category,
escalation and the office's recorded outcome.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from icvapp.i18n import QT_TRANSLATE_NOOP, localized, translator
from icvapp.i18n.formats import format_date
from icvapp.metrics import changes, previous_period, summary
from icvapp.profile.context import AppContext
from icvapp.reports.board_sections import FIELD, BoardSections
from icvapp.reports.nouns import lower_first
from icvapp.reports.pdfkit import FINDING, HEAD_BG, NAVY, grid, numbered_canvas, render_a4
from icvapp.reports.story import Story
from icvapp.scheme.config import SchemeConfig
from icvapp.scheme.periods import Period
from icvapp.scheme.rota import rota_grid
from icvapp.scheme.wording import worded
from icvapp.storage import audit
from icvapp.storage.atomic import write_atomic
from icvapp.storage.progress import Progress, Steps, Stop
from icvapp.trust import pades
from icvapp.trust.enrolment import require_trust
from icvapp.visits.issues import IssueFilter, list_issues

TITLE = QT_TRANSLATE_NOOP("BoardReport", "Report to the Strategic Assurance Board")
# The steps of loading the report's data: this period's figures, the period before, issues, the rota.
LOAD_STEPS = 4
__all__ = ["FIELD", "TITLE", "BoardReportData", "BoardStory", "export_board_pdf", "load_board_data",
           "render_board_pdf"]


@dataclass
class BoardReportData:
    scheme_name: str
    config: SchemeConfig
    summary: object  # metrics.Summary
    previous: object  # metrics.Summary of the period before
    changes: list
    open_issues: list  # issues.IssueRow still open at the end of the period
    outcomes: list  # issues.IssueRow closed during the period
    strip: list[tuple[str, list[str]]]  # place -> week states, for the coverage chart
    generated_at: dt.datetime
    signer: tuple[str, dt.datetime] | None = None  # co-ordinator's name and signing time
    audit_head: audit.AuditHead | None = None  # where the office's audit log stood when it was signed
    language: str = "en"  # the Board report is in English unless Welsh is asked for


def load_board_data(ctx: AppContext, period: Period, *, today: dt.date | None = None,
                    language: str = "en", steps: Steps | None = None) -> BoardReportData:
    """Everything the Board report prints; with ``steps``, each query is a step (a year's figures take a while)."""
    steps = steps or Steps(LOAD_STEPS)
    steps.begin()
    current = summary(ctx.db, ctx.config, period)
    steps.done()
    steps.begin()
    previous = summary(ctx.db, ctx.config, previous_period(period))
    steps.done()
    steps.begin()
    as_of = min(period.end, today or dt.date.today())  # days open count to the period's end, or today if sooner
    every = list_issues(ctx.db, ctx.config, IssueFilter(status=None), today=as_of)
    open_at_end = [i for i in every if i.raised_on <= period.end
                   and (i.status == "open" or (i.closed_on and i.closed_on > period.end))]
    outcomes = [i for i in every if i.status == "closed" and i.closed_on and period.start <= i.closed_on <= period.end
                and i.outcome and not i.outcome.startswith("Resolved during the visit")]
    steps.done()
    steps.begin()
    grid = rota_grid(ctx.db, period, today=period.end + dt.timedelta(days=7), every=ctx.config.target_every)
    states = {"visited": "covered", "missed": "missed", "closed": "closed", "optional": "optional",
              "abandoned": "abandoned", "uncovered": "missed", "assigned": "missed"}
    strip = [(name, [states[grid.slot(sid, w).state] for w in grid.weeks]) for sid, name, _occ in grid.places]
    steps.done()
    return BoardReportData(ctx.scheme_name(), ctx.config, current, previous, changes(current, previous, ctx.config),
                           open_at_end, outcomes, strip, dt.datetime.now().astimezone(), language=language)


def export_board_pdf(ctx: AppContext, period: Period, out: Path, *, signer=None, language: str = "en",
                     progress: Progress = None, stop: Stop = None) -> Path:
    """Write the Board report in ``language`` (English unless asked); with ``signer`` (an unlocked
    co-ordinator) it carries their PAdES signature.

    ``progress(done, total)`` is called after each step. ``stop`` (an event or a callable) is polled
    before each step and while the pages are laid out: once set, :class:`icvapp.storage.progress.Cancelled`
    is raised and nothing is written — a file already at ``out`` is left as it was. The report is
    built in memory and written in one atomic step, the last, so a stop after it changes nothing.
    """
    steps = Steps(LOAD_STEPS + 2 + (signer is not None), progress, stop)
    data = load_board_data(ctx, period, language=language, steps=steps)
    boxes: dict = {}
    if signer is not None:
        data.signer = (signer.name, dt.datetime.now(dt.UTC))
        with ctx.db.session() as s:
            data.audit_head = audit.head(s)
    steps.begin()
    pdf = render_board_pdf(data, boxes, check=steps.check)
    steps.done()
    if signer is not None:
        steps.begin()
        pdf = pades.add_signature_fields(pdf, {FIELD: boxes[FIELD]})
        pdf = pades.sign_field(pdf, FIELD, signer.key, signer.cert, require_trust(ctx.db).root,
                               reason=translator(language).translate("BoardReport", "Approved for the Strategic "
                                                                     "Assurance Board"), name=signer.name)
        steps.done()
    steps.begin()  # the last chance to stop: from here the file is written whole
    write_atomic(Path(out), pdf)
    with ctx.db.session() as s:
        audit.append(s, audit.EXPORTED, actor=ctx.db.actor,
                     detail={"report": "board", "period": period.label, "signed": signer is not None})
    steps.done()
    return Path(out)


# --------------------------------------------------------------------------- rendering


def render_board_pdf(data: BoardReportData, boxes: dict | None = None, *, check=None) -> bytes:
    """The Board report as PDF bytes (A4); ``boxes`` receives where the co-ordinator's signature field belongs.
    ``check`` is called after each block is laid out and may raise to stop."""
    p, tr = data.summary.period, worded(translator(data.language), data.config)
    title, label = tr.translate("BoardReport", TITLE), localized(p.label, data.language)
    boxes = {} if boxes is None else boxes
    return render_a4(
        lambda width: BoardStory(data, width, boxes).flowables(),
        canvasmaker=numbered_canvas(footer=f"{title} · {data.scheme_name} · {label}",
                                    generated_at=data.generated_at, language=data.language),
        title=f"{title} – {label}", author=data.scheme_name,
        subject=tr.translate("BoardReport", "{scheme}: performance").format(scheme=data.config.title_in(data.language)),
        check=check,
    )


class BoardStory(BoardSections, Story):
    """Builds the flowables of the Board report, section by section, from the metrics it was given."""

    heading_room_mm = 40
    table_font_size = 8.5
    figures_from = 1  # a name, then figures
    split_rows = False

    def __init__(self, data: BoardReportData, width: float, boxes: dict) -> None:
        super().__init__(data.config, width, boxes, data.language)
        self.d, self.sum = data, data.summary

    def flowables(self) -> list:
        out = self.title_block()
        out += self.coverage()
        out += self.subjects()
        if self.cfg.has_requests:
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

        p, s, tr = self.sum.period, self.sum, self.tr
        span = tr.translate("BoardReport", "{start} to {end}").format(
            start=format_date(p.start, self.language, "long"), end=format_date(p.end, self.language, "long"))
        out = [self.plain(self.d.scheme_name, "scheme"), self.plain(tr.translate("BoardReport", TITLE), "title"),
               self.plain(f"{localized(p.label, self.language)} · {span}", "subtitle"), self.space(8)]
        target = sum(x.target_visits for x in s.places)
        nouns = self.nouns
        root = s.funnel.stages.get(self.cfg.root_stage, 0)
        #: The headline figure of subjects present at visits: the kind's first stage ({stage}), or its own words.
        present = tr.translate("BoardReport", "{stage}", "present at visits").format(
            stage=lower_first(nouns.stage("root")))
        seen = tr.translate("BoardReport", "{seen}, of {offered}").format(
            seen=lower_first(nouns.stage("seen")), offered=lower_first(nouns.stage("offered")))
        # (figure, what it is, whether it calls for attention)
        figures = [
            (self.count(s.completed), tr.translate("BoardReport", "visits made (target {target})")
             .format(target=self.count(target)), False),
            (self.pct(s.coverage_pct), self.slot("share"), (s.coverage_pct or 0) < 100),
            (self.count(root), present, False),
            (self.pct(s.funnel.seen_pct), seen, False),
            *([(self.count(sum(s.requests.values())), tr.translate("BoardReport", "requests made"), False)]
              if self.cfg.has_requests else []),
            (self.count(s.issues.open_at_end), tr.translate("BoardReport", "issues still open"),
             s.issues.open_at_end > 0),
        ]
        boxes = [[self.p(f'<font size="16" color="{FINDING if alarm else NAVY}"><b>{v}</b></font>')
                  for v, _, alarm in figures],
                 [self.plain(t, "small") for _, t, _ in figures]]
        out.append(grid(boxes, [self.width / len(figures)] * len(figures), [
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(HEAD_BG)), ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, 0), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ("LINEAFTER", (0, 0), (-2, -1), 0.8, HexColor("#ffffff")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ], rowHeights=[22, None]))
        out.append(self.space(3 * mm))
        return out
