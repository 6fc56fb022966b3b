"""The co-ordinator's dashboard: the period's compliance at a glance, with charts.

Every number comes from :func:`icvapp.metrics.summary`, computed off the GUI
thread; the charts are QtCharts. Each chart also carries its figures as an
accessible description, so a screen reader gets the numbers, not a picture.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import UserFacingError
from icvapp.metrics import summary
from icvapp.profile.context import AppContext
from icvapp.reports.board_pdf import export_board_pdf
from icvapp.reports.charts import nice_ceiling
from icvapp.reports.figures import export_csv, export_xlsx
from icvapp.scheme.periods import Period, financial_year, financial_year_of, recent_quarters
from icvapp.scheme.rota import rota_grid
from icvapp.scheme.suites import coordinators
from icvapp.trust.enrolment import signer_status, unlock_signer
from icvapp.ui.dialogs import show_error
from icvapp.ui.jobs import job_pool, run_with_progress
from icvapp.ui.widgets import named, scrolling

NAVY, GREEN, RED, GREY, AMBER = "#1f3a5f", "#2e7d32", "#c62828", "#b0b7c3", "#e6a23c"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def bar_chart(title: str, labels: list[str], values: list[float], *, horizontal: bool = False,
              colour: str = NAVY, maximum: float | None = None) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    bars = QBarSet(title)
    bars.setColor(QColor(colour))
    bars.append([float(v or 0) for v in values])
    bars.setLabelColor(QColor("#1d2433"))
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    categories, numbers = QBarCategoryAxis(), QValueAxis()
    categories.append(labels)
    if hasattr(categories, "setTruncateLabels"):
        categories.setTruncateLabels(False)  # "Update on case or release time", not "…"
    numbers.setRange(0, maximum or _nice_top(max([1.0, *[float(v or 0) for v in values]]) * 1.1))
    numbers.setLabelFormat("%d")
    numbers.setTickCount(5)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(numbers, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(numbers)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    view.setAccessibleName(title)
    view.setAccessibleDescription("; ".join(f"{k}: {v:g}" for k, v in zip(labels, values, strict=True)))
    view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return view


def _nice_top(value: float) -> float:
    """An axis top a little above ``value`` that splits into four round steps (as the Board's charts do)."""

    return max(4.0, 4 * nice_ceiling(value / 4))


class WeekGrid(QWidget):
    """Suites × weeks: a square per week, green visited, red missed, grey closed, pale not expected."""

    COLOURS = {"covered": GREEN, "missed": RED, "closed": GREY, "optional": "#e4e7ec", "to_come": "#ffffff",
               "abandoned": AMBER}

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, list[str]]] = []
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Coverage by suite and week")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_rows(self, rows: list[tuple[str, list[str]]]) -> None:
        self.rows = rows
        self.setFixedHeight(24 * len(rows) + 34)
        self.setAccessibleDescription("; ".join(
            f"{name}: {states.count('covered')} weeks visited, {states.count('missed')} missed, "
            f"{states.count('closed')} closed" for name, states in rows))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_w, row_h = 130, 24
        weeks = max((len(s) for _, s in self.rows), default=1)
        cell = min(26.0, (self.width() - label_w - 8) / max(1, weeks))
        for r, (name, states) in enumerate(self.rows):
            y = 4 + r * row_h
            p.setPen(QColor("#1d2433"))
            p.drawText(QRectF(0, y, label_w - 6, row_h - 4), Qt.AlignmentFlag.AlignVCenter, name)
            for w, state in enumerate(states):
                p.setPen(QColor("#c9ced6") if state == "to_come" else Qt.PenStyle.NoPen)
                p.setBrush(QColor(self.COLOURS.get(state, "#ffffff")))
                p.drawRoundedRect(QRectF(label_w + w * cell, y + 2, cell - 3, row_h - 8), 2, 2)
        x, y = label_w, 8 + len(self.rows) * row_h
        for state, text in (("covered", "Visited"), ("missed", "Missed"), ("abandoned", "Abandoned only"),
                            ("closed", "Closed"), ("optional", "Not expected"), ("to_come", "Still to come")):
            p.setPen(QColor("#c9ced6"))
            p.setBrush(QColor(self.COLOURS[state]))
            p.drawRect(QRectF(x, y + 4, 10, 10))
            p.setPen(QColor("#5b6472"))
            p.drawText(QRectF(x + 14, y, 120, 18), Qt.AlignmentFlag.AlignVCenter, text)
            x += 24 + p.fontMetrics().horizontalAdvance(text)


class Dashboard(QWidget):
    """Pick a period; see coverage, the funnel, requests, issues and when visits happened."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, *, today: dt.date | None = None) -> None:
        super().__init__()
        self.ctx, self.today = ctx, today or dt.date.today()
        self.summary = None
        self._asked = 0  # which refresh the figures on screen should answer
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.period = named(QComboBox(), "Period to show")
        for p in recent_quarters(self.today, 8):
            self.period.addItem(p.label, p)
        fy = financial_year_of(self.today)
        for year in (fy, fy - 1):
            p = financial_year(year)
            self.period.addItem(f"Financial year {p.label}", p)
        self.period.addItem("Custom dates…", None)
        label = QLabel("&Period")
        label.setBuddy(self.period)
        self.start = named(QDateEdit(calendarPopup=True), "From date")
        self.end = named(QDateEdit(calendarPopup=True), "To date")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("d MMM yyyy")
            edit.setVisible(False)
        self.apply = named(QPushButton("Sho&w"), "Show the custom dates")
        self.apply.setVisible(False)
        self.export_pdf = named(QPushButton("&Board PDF…"), "Export the Board report as PDF")
        self.export_csv = named(QPushButton("C&SV…"), "Export the figures as CSV")
        self.export_xlsx = named(QPushButton("&XLSX…"), "Export the figures as an Excel workbook")
        for w in (label, self.period, self.start, self.end, self.apply):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.export_pdf, self.export_csv, self.export_xlsx):
            bar.addWidget(w)
        outer.addLayout(bar)

        self.headline = named(QLabel("Working out the figures…"), "Key figures")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setStyleSheet("background: #eef1f5; padding: 10px; font-size: 11pt;")
        outer.addWidget(self.headline)
        self.warnings = named(QLabel(), "Warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a40000; font-weight: bold;")
        outer.addWidget(self.warnings)
        body = QWidget()
        self.grid = QGridLayout(body)
        self.weeks = WeekGrid()
        outer.addWidget(scrolling(body), 1)
        self.charts: dict[str, QChartView] = {}

        self.period.currentIndexChanged.connect(self._period_changed)
        self.apply.clicked.connect(self.refresh)
        self.export_pdf.clicked.connect(self._export_pdf)
        self.export_csv.clicked.connect(lambda: self._export("csv"))
        self.export_xlsx.clicked.connect(lambda: self._export("xlsx"))

    def reload(self) -> None:
        self.refresh()

    def selected_period(self) -> Period:
        p = self.period.currentData()
        if p is not None:
            return p
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return Period(start, max(start, end), f"{start:%d %b %Y} to {max(start, end):%d %b %Y}")

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
        self.headline.setText(f"Working out the figures for {period.label}…")
        self._asked += 1
        asked = self._asked

        def done(result) -> None:
            if asked == self._asked:  # an earlier, slower refresh must not overwrite a later one
                self.show_summary(result)

        job_pool(self).start(self._compute, summary, period, receiver=self, on_done=done,
                             on_failed=lambda exc: self.headline.setText(f"The figures could not be worked out: {exc}"))

    def _compute(self, summary, period):
        figures = summary(self.ctx.db, self.ctx.config, period, today=self.today)
        grid = rota_grid(self.ctx.db, period, today=self.today)
        states = {"visited": "covered", "missed": "missed", "closed": "closed", "optional": "optional",
                  "abandoned": "abandoned", "uncovered": "to_come", "assigned": "to_come"}
        rows = [(name, [states[grid.cell(sid, w).state] for w in grid.weeks]) for sid, name, _ in grid.suites]
        return figures, rows

    def show_summary(self, result) -> None:
        figures, rows = result
        self.summary = figures
        s, cfg = figures, self.ctx.config
        pct = (lambda v: "—" if v is None else f"{v:.0f}%")
        self.headline.setText(
            f"<b>{s.period.label}</b> — <b>{s.completed}</b> visits (target {s.target_visits}), "
            f"<b>{pct(s.coverage_pct)}</b> of expected weeks visited, <b>{s.funnel.stages.get('in_custody', 0)}</b> "
            f"people in custody, <b>{pct(s.funnel.seen_pct)}</b> of those offered seen, "
            f"<b>{sum(s.requests.values())}</b> requests, <b>{s.issues.raised}</b> issues raised "
            f"(<b>{s.issues.open_at_end}</b> still open), {s.volunteer_hours:,.1f} volunteer hours.")
        missed = [f"{x.suite}: " + ", ".join(f"w/c {w:%d %b}" for w in x.missed_weeks)
                  for x in s.suites if x.missed_weeks]
        self.warnings.setText("\n".join(["Weeks missed — " + "; ".join(missed)] if missed else [])
                              + ("\n" if missed and s.spread.warnings else "") + "\n".join(s.spread.warnings))
        self.weeks.set_rows(rows)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None and item.widget() is not self.weeks:
                item.widget().deleteLater()
        suites = [x for x in s.suites if not x.occasional]
        made = [(cfg.label("request_categories", k), n) for k, n in s.requests.items() if n]
        stages = [k for k in ("in_custody", "offered", "seen", "declined") if k in s.funnel.stages]
        self.charts = {
            "coverage": bar_chart("Weeks visited by suite (%)", [x.suite for x in suites],
                                  [x.coverage_pct or 0 for x in suites], colour=GREEN, maximum=100),
            "funnel": bar_chart("Detainees at the time of visits", [cfg.label("detainee_stages", k) for k in stages],
                                [s.funnel.stages[k] for k in stages]),
            "requests": bar_chart("Requests by category", [k for k, _ in reversed(made)],
                                  [n for _, n in reversed(made)], horizontal=True),
            "days": bar_chart("Visits by day of the week", DAYS, s.spread.by_weekday),
            "hours": bar_chart("Visits by time of arrival", list(s.spread.by_time_band),
                               list(s.spread.by_time_band.values())),
        }
        self.grid.addWidget(QLabel("<b>Coverage by suite and week</b>"), 0, 0, 1, 2)
        self.grid.addWidget(self.weeks, 1, 0, 1, 2)
        self.grid.addWidget(self.charts["coverage"], 2, 0)
        self.grid.addWidget(self.charts["funnel"], 2, 1)
        self.grid.addWidget(self.charts["requests"], 3, 0, 1, 2)
        self.grid.addWidget(self.charts["days"], 4, 0)
        self.grid.addWidget(self.charts["hours"], 4, 1)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.charts["requests"].setMinimumHeight(40 + 26 * max(1, len(made)))

    # ------------------------------------------------------------------ exports

    def _ask(self, title: str, suffix: str) -> Path | None:
        period = self.selected_period()
        name = f"icv-{period.label.replace(' ', '-').replace('/', '-')}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), f"*.{suffix}")
        return Path(path) if path else None

    def _export(self, fmt: str) -> None:
        if self.summary is None:
            return
        out = self._ask(f"Export the figures as {fmt.upper()}", fmt)
        if out is not None:
            (export_csv if fmt == "csv" else export_xlsx)(self.summary, self.ctx.config, out)
            self.status_message.emit(f"Wrote {out}")

    def _export_pdf(self) -> None:
        out = self._ask("Export the Board report", "pdf")
        if out is None:
            return
        signer = self._coordinator()
        label = "Writing and signing the Board report…" if signer else "Writing the Board report…"
        run_with_progress(self, label, lambda *a: export_board_pdf(*a, signer=signer), self.ctx,
                          self.selected_period(), out,
                          on_done=lambda _r: self.status_message.emit(
                              f"Wrote {out}" + (" (signed by the co-ordinator)" if signer else " (not signed)")))

    def _coordinator(self):
        """The co-ordinator's unlocked key, if they sign now (PIN asked); None to export unsigned."""
        ready = [c for c in coordinators(self.ctx.db) if signer_status(self.ctx.db, c.id).state == "ready"]
        if not ready:
            return None
        name = ready[0].name
        pin, ok = QInputDialog.getText(self, "Sign the Board report",
                                       f"{name}, type your signing PIN to sign the report (Cancel to export unsigned):",
                                       QLineEdit.EchoMode.Password)
        if not ok:
            return None
        try:
            return unlock_signer(self.ctx.db, ready[0].id, pin)
        except UserFacingError as exc:
            show_error(self, exc)
            return None
