"""The co-ordinator's dashboard: the period's compliance at a glance, with charts.

Every number comes from :func:`icvapp.metrics.summary`, computed off the GUI
thread. Nothing is said by colour alone: the coverage grid puts a symbol and
words in each square (``ui/coverage_grid.py``), and every chart has a table of the
same figures, one keypress away ("Charts as tables", ``ui/chart_table.py``).
Colours come from the palette (``ui/palette.py``), so dark and high-contrast
themes stay readable.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import UserFacingError, in_language
from icvapp.metrics import summary
from icvapp.profile.context import AppContext
from icvapp.reports.board_pdf import export_board_pdf
from icvapp.reports.figures import export_csv, export_xlsx
from icvapp.reports.nouns import Nouns, lower_first
from icvapp.scheme.config import funnel_keys
from icvapp.scheme.periods import Period, financial_year, financial_year_of, recent_quarters
from icvapp.scheme.places import coordinators
from icvapp.scheme.rota import rota_grid
from icvapp.trust.enrolment import signer_status, unlock_signer
from icvapp.ui.accessible import named
from icvapp.ui.chart_table import ChartPanel, figure_text
from icvapp.ui.coverage_grid import WeekGrid, legend, legend_html
from icvapp.ui.jobs import job_pool, run_with_progress
from icvapp.ui.palette import Role, mix, status_palette
from icvapp.ui.translation import ENGLISH, LANGUAGES, core_translator, error_text, speak_for, ui_language
from icvapp.ui.widgets import DateField, scrolling

# Written out one by one: lupdate extracts only a literal text, never a loop variable's.
DAYS = [QT_TRANSLATE_NOOP("Dashboard", "Mon"), QT_TRANSLATE_NOOP("Dashboard", "Tue"),
        QT_TRANSLATE_NOOP("Dashboard", "Wed"), QT_TRANSLATE_NOOP("Dashboard", "Thu"),
        QT_TRANSLATE_NOOP("Dashboard", "Fri"), QT_TRANSLATE_NOOP("Dashboard", "Sat"),
        QT_TRANSLATE_NOOP("Dashboard", "Sun")]
# The coverage words for each visit target period (the scheme definition's target_every).
SLOT_WORDS = {
    "week": {"title": QT_TRANSLATE_NOOP("Dashboard", "<b>Coverage week by week</b>"),
             "share": QT_TRANSLATE_NOOP("Dashboard", "of expected weeks visited"),
             "chart": QT_TRANSLATE_NOOP("Dashboard", "Weeks visited (%)"),
             "missed": QT_TRANSLATE_NOOP("Dashboard", "Weeks missed — {weeks}")},
    "fortnight": {"title": QT_TRANSLATE_NOOP("Dashboard", "<b>Coverage fortnight by fortnight</b>"),
                  "share": QT_TRANSLATE_NOOP("Dashboard", "of expected fortnights visited"),
                  "chart": QT_TRANSLATE_NOOP("Dashboard", "Fortnights visited (%)"),
                  "missed": QT_TRANSLATE_NOOP("Dashboard", "Fortnights missed — {weeks}")},
    "month": {"title": QT_TRANSLATE_NOOP("Dashboard", "<b>Coverage month by month</b>"),
              "share": QT_TRANSLATE_NOOP("Dashboard", "of expected months visited"),
              "chart": QT_TRANSLATE_NOOP("Dashboard", "Months visited (%)"),
              "missed": QT_TRANSLATE_NOOP("Dashboard", "Months missed — {weeks}")},
}
GRID_STATES = {"visited": "covered", "missed": "missed", "closed": "closed", "optional": "optional",
               "abandoned": "abandoned", "uncovered": "to_come", "assigned": "to_come"}


class Dashboard(QWidget):
    """Pick a period; see coverage, the funnel, requests, issues and when visits happened."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, *, today: dt.date | None = None) -> None:
        super().__init__()
        self.ctx, self.today = ctx, today or dt.date.today()
        speak_for(ctx.config)
        self.nouns = Nouns(ctx.config, ui_language())
        self.every = ctx.config.target_every
        self.summary = None
        self._asked = 0  # which refresh the figures on screen should answer
        outer = QVBoxLayout(self)
        outer.addLayout(self._period_bar())
        self.headline = named(QLabel(self.tr("Working out the figures…")), self.tr("Key figures"))
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.headline)
        self.warnings = named(QLabel(), self.tr("Warnings"))
        self.warnings.setWordWrap(True)
        outer.addWidget(self.warnings)
        outer.addWidget(scrolling(self._body()), 1)
        self._restyle()
        self.charts: dict[str, object] = {}
        self.panels: dict[str, ChartPanel] = {}

        self.period.currentIndexChanged.connect(self._period_changed)
        self.apply.clicked.connect(self.refresh)
        self.export_pdf.clicked.connect(self._export_pdf)
        self.export_csv.clicked.connect(lambda: self._export("csv"))
        self.export_xlsx.clicked.connect(lambda: self._export("xlsx"))
        self.as_tables.toggled.connect(self._show_tables)

    def _period_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.period = named(QComboBox(), self.tr("Period to show"))
        for p in recent_quarters(self.today, 8):
            self.period.addItem(in_language(p.label, core_translator()), p)
        fy = financial_year_of(self.today)
        for year in (fy, fy - 1):
            p = financial_year(year)
            self.period.addItem(self.tr("Financial year {label}").format(label=p.label), p)
        self.period.addItem(self.tr("Custom dates…"), None)
        label = QLabel(self.tr("&Period"))
        label.setBuddy(self.period)
        self.start = named(DateField(), self.tr("From date"))
        self.end = named(DateField(), self.tr("To date"))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("d MMM yyyy")
            edit.setVisible(False)
        self.apply = named(QPushButton(self.tr("Sho&w")), self.tr("Show the custom dates"))
        self.apply.setVisible(False)
        self.as_tables = named(QPushButton(self.tr("Charts as &tables")),
                               self.tr("Show every chart as a table of its figures"))
        self.as_tables.setCheckable(True)
        self.export_pdf = named(QPushButton(self.tr("&Board PDF…")), self.tr("Export the Board report as PDF"))
        # The Board report is written in English unless the co-ordinator picks another language the scheme offers.
        self.report_language = named(QComboBox(), self.tr("Language of the Board report"),
                                     self.tr("The Board report is written in English unless you choose another "
                                             "language the scheme offers."))
        for code in self.ctx.config.languages:
            self.report_language.addItem(LANGUAGES.get(code, code), code)
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(ENGLISH)))
        language_label = QLabel(self.tr("Report &language"))
        language_label.setBuddy(self.report_language)
        offers_more = len(self.ctx.config.languages) > 1
        language_label.setVisible(offers_more)
        self.report_language.setVisible(offers_more)
        self.export_csv = named(QPushButton(self.tr("C&SV…")), self.tr("Export the figures as CSV"))
        self.export_xlsx = named(QPushButton(self.tr("&XLSX…")), self.tr("Export the figures as an Excel workbook"))
        for w in (label, self.period, self.start, self.end, self.apply):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.as_tables, language_label, self.report_language, self.export_pdf, self.export_csv,
                  self.export_xlsx):
            bar.addWidget(w)
        return bar

    def _body(self) -> QWidget:
        """The grid section (kept across refreshes) above the charts (rebuilt with each period)."""
        body = QWidget()
        column = QVBoxLayout(body)
        self.grid_title = QLabel(self.slot("title"))
        self.weeks = WeekGrid()
        self.weeks.setAccessibleName(self.slot("title").removeprefix("<b>").removesuffix("</b>"))
        self.weeks_key = legend()
        for w in (self.grid_title, self.weeks, self.weeks_key):
            column.addWidget(w)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        column.addLayout(self.grid)
        column.addStretch(1)
        return body

    def slot(self, name: str) -> str:
        """One of :data:`SLOT_WORDS` for the scheme's visit target period, in the app's language."""
        return self.tr(SLOT_WORDS.get(self.every, SLOT_WORDS["week"])[name])

    def _restyle(self) -> None:
        """Colours from the current palette, so a dark or high-contrast theme stays readable."""
        colours, palette = status_palette(), self.palette()
        panel = mix(palette.color(QPalette.ColorRole.Window), colours[Role.INFO].fill, 0.5)
        ink = palette.color(QPalette.ColorRole.WindowText)
        self.headline.setStyleSheet(f"background: {panel.name()}; color: {ink.name()}; padding: 10px; "
                                    "font-size: 11pt;")
        self.warnings.setStyleSheet(f"color: {colours[Role.ERROR].text.name()}; font-weight: bold;")
        self.weeks_key.setText(legend_html())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
            if self.summary is not None:
                self.show_summary((self.summary, self.weeks.rows, self.weeks.grid_model.weeks))  # same slots

    def reload(self) -> None:
        self.refresh()

    def selected_period(self) -> Period:
        p = self.period.currentData()
        if p is not None:
            return p
        start, end = self.start.date().toPython(), self.end.date().toPython()
        end = max(start, end)
        locale = QLocale()
        label = self.tr("{start} to {end}").format(start=locale.toString(QDate(start), "d MMM yyyy"),
                                                   end=locale.toString(QDate(end), "d MMM yyyy"))
        return Period(start, end, label)

    def _period_changed(self) -> None:
        custom = self.period.currentData() is None
        for w in (self.start, self.end, self.apply):
            w.setVisible(custom)
        if custom:
            q = recent_quarters(self.today, 1)[0]
            self.start.setDate(QDate(q.start))
            self.end.setDate(QDate(self.today))
            self.start.setFocus()
        else:
            self.refresh()

    def refresh(self) -> None:
        period = self.selected_period()
        self.headline.setText(self.tr("Working out the figures for {period}…").format(
            period=in_language(period.label, core_translator())))
        self._asked += 1
        asked = self._asked

        def done(result) -> None:
            if asked == self._asked:  # an earlier, slower refresh must not overwrite a later one
                self.show_summary(result)

        def failed(exc) -> None:
            self.headline.setText(self.tr("The figures could not be worked out: {error}").format(
                error=error_text(exc) if isinstance(exc, UserFacingError) else exc))

        job_pool(self).start(self._compute, summary, period, receiver=self, on_done=done, on_failed=failed)

    def _compute(self, summary, period):
        figures = summary(self.ctx.db, self.ctx.config, period, today=self.today)
        grid = rota_grid(self.ctx.db, period, today=self.today, every=self.every)
        rows = [(name, [GRID_STATES[grid.slot(sid, w).state] for w in grid.weeks]) for sid, name, _ in grid.places]
        return figures, rows, grid.weeks

    def show_summary(self, result) -> None:
        figures, rows, weeks = result
        self.summary = figures
        self.headline.setText(self._headline(figures))
        self.warnings.setText(self._warnings(figures))
        self.weeks.set_rows(rows, weeks, self.every)
        self._show_charts(figures)

    def _headline(self, s) -> str:
        """The headline in the scheme's own words: its stages, its target period, requests only if it has them."""
        locale, nouns = QLocale(), self.nouns
        count = locale.toString
        root, _offered, _seen, _declined = funnel_keys(self.ctx.config)
        parts = [
            self.tr("<b>{period}</b> — <b>{visits}</b> visits (target {target})").format(
                period=in_language(s.period.label, core_translator()), visits=count(s.completed),
                target=count(s.target_visits)),
            f"<b>{figure_text(s.coverage_pct, percent=True)}</b> {self.slot('share')}",
            f"{lower_first(nouns.stage('root'))}: <b>{count(s.funnel.stages.get(root, 0))}</b>",
            f"{lower_first(nouns.stage('seen'))}: <b>{figure_text(s.funnel.seen_pct, percent=True)}</b>",
            *([self.tr("<b>{requests}</b> requests").format(requests=count(sum(s.requests.values())))]
              if self.ctx.config.has_requests else []),
            self.tr("<b>{raised}</b> issues raised (<b>{still_open}</b> still open)").format(
                raised=count(s.issues.raised), still_open=count(s.issues.open_at_end)),
            self.tr("{hours} volunteer hours").format(hours=locale.toString(float(s.volunteer_hours), "f", 1)),
        ]
        return ", ".join(parts) + "."

    def _warnings(self, s) -> str:
        locale = QLocale()
        if s.target_every == "month":
            def when(w):
                return locale.toString(QDate(w), "MMMM yyyy")
        else:
            def when(w):
                return self.tr("w/c {week}").format(week=locale.toString(QDate(w), "d MMM"))
        missed = [f"{x.place}: " + ", ".join(when(w) for w in x.missed_weeks) for x in s.places if x.missed_weeks]
        missed_words = (self.tr("Weeks missed — {weeks}") if s.target_every == "week" else
                        self.tr(SLOT_WORDS.get(s.target_every, SLOT_WORDS["week"])["missed"]))
        lines = [missed_words.format(weeks="; ".join(missed))] if missed else []
        words = core_translator()
        return "\n".join(lines + [in_language(w, words) for w in s.spread.warnings])

    def _show_charts(self, s) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        cfg = self.ctx.config
        places = [x for x in s.places if not x.occasional]
        made = [(cfg.label("request_categories", k, ui_language()), n) for k, n in s.requests.items() if n]
        stages = [k for k in dict.fromkeys(funnel_keys(cfg)) if k in s.funnel.stages]
        coverage_title = self.slot("chart")
        funnel_title = self.tr("{subjects} at the time of visits").format(subjects=self.nouns.subjects)
        self.panels = {
            "coverage": ChartPanel(coverage_title, [x.place for x in places],
                                   [x.coverage_pct or 0 for x in places], percent=True),
            "funnel": ChartPanel(funnel_title,
                                 [cfg.label("count_stages", k, ui_language()) for k in stages], [s.funnel.stages[k] for k in stages]),
            "requests": ChartPanel(self.tr("Requests by category"), [k for k, _ in made], [n for _, n in made],
                                   horizontal=True),
            "days": ChartPanel(self.tr("Visits by day of the week"), [self.tr(d) for d in DAYS], s.spread.by_weekday),
            "hours": ChartPanel(self.tr("Visits by time of arrival"), list(s.spread.by_time_band),
                                list(s.spread.by_time_band.values())),
        }
        self.charts = {key: panel.chart for key, panel in self.panels.items()}
        for key, (row, col, span) in {"coverage": (0, 0, 1), "funnel": (0, 1, 1), "requests": (1, 0, 2),
                                      "days": (2, 0, 1), "hours": (2, 1, 1)}.items():
            self.grid.addWidget(self.panels[key], row, col, 1, span)
        self.panels["requests"].chart.setMinimumHeight(40 + 26 * max(1, len(made)))
        self.panels["requests"].setVisible(cfg.has_requests)  # the dog unit records no requests
        self._show_tables(self.as_tables.isChecked())

    def _show_tables(self, as_tables: bool) -> None:
        for panel in self.panels.values():
            panel.show_table(as_tables)

    # ------------------------------------------------------------------ exports

    def _ask(self, title: str, suffix: str) -> Path | None:
        period = self.selected_period()
        name = f"icv-{period.label.replace(' ', '-').replace('/', '-')}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), f"*.{suffix}")
        return Path(path) if path else None

    def _export(self, fmt: str) -> None:
        if self.summary is None:
            return
        out = self._ask(self.tr("Export the figures as {format}").format(format=fmt.upper()), fmt)
        if out is not None:
            (export_csv if fmt == "csv" else export_xlsx)(self.summary, self.ctx.config, out)
            self.status_message.emit(self.tr("Wrote {file}").format(file=out))

    def _export_pdf(self) -> None:
        out = self._ask(self.tr("Export the Board report"), "pdf")
        if out is None:
            return
        signer = self._coordinator()
        label = self.tr("Writing and signing the Board report…") if signer else self.tr("Writing the Board report…")
        done = (self.tr("Wrote {file} (signed by the co-ordinator)") if signer
                else self.tr("Wrote {file} (not signed)")).format(file=out)
        cancelled = self.tr("Cancelled: the Board report was not written, and {file} was left as it was.").format(
            file=out) if out.exists() else self.tr("Cancelled: the Board report was not written.")
        run_with_progress(self, label, write_board_pdf, self.ctx, self.selected_period(), out, signer,
                          self.report_language.currentData() or ENGLISH,
                          on_done=lambda _r: self.status_message.emit(done), steps=True, cancellable=True,
                          on_cancelled=lambda: self.status_message.emit(cancelled))

    def _coordinator(self) -> tuple[int, str] | None:
        """The co-ordinator and the PIN they typed to sign now; None to export unsigned.

        The PIN opens their key inside the job (a deliberately slow step), not here on the GUI thread.
        """
        ready = [c for c in coordinators(self.ctx.db) if signer_status(self.ctx.db, c.id).state == "ready"]
        if not ready:
            return None
        name = ready[0].name
        pin, ok = QInputDialog.getText(
            self, self.tr("Sign the Board report"),
            self.tr("{name}, type your signing PIN to sign the report (Cancel to export unsigned):").format(name=name),
            QLineEdit.EchoMode.Password)
        if not ok:
            return None
        return ready[0].id, pin


def write_board_pdf(ctx: AppContext, period: Period, out: Path, coordinator: tuple[int, str] | None,
                    language: str = ENGLISH, *, progress, stop):
    """The Board report in ``language``, signed if the co-ordinator gave their PIN; runs off the GUI thread."""
    signer = unlock_signer(ctx.db, *coordinator) if coordinator else None  # a wrong PIN stops here, plainly
    return export_board_pdf(ctx, period, out, signer=signer, language=language, progress=progress, stop=stop)
