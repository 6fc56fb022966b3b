"""Vector charts for the Board's PDFs (reportlab graphics: crisp at any zoom, text searchable)."""

from __future__ import annotations

import math

from icvapp.i18n import QT_TRANSLATE_NOOP, translator
from icvapp.reports.pdfkit import FONT, INK, MUTED, NAVY, RULE

PALETTE = ["#1f3a5f", "#4f7cac", "#9ab8d8", "#c0504d", "#e6a23c", "#6b3fa0"]


def _axis_style(axis, *, font_size: float = 7) -> None:
    from reportlab.lib.colors import HexColor

    axis.labels.fontName = FONT
    axis.labels.fontSize = font_size
    axis.labels.fillColor = HexColor(INK)
    axis.strokeColor = HexColor(RULE)


def bar_chart(labels: list[str], series: list[list[float]], *, width: float, height: float,
              names: list[str] | None = None, horizontal: bool = False, max_value: float | None = None,
              value_suffix: str = "", colours: list[str] | None = None):
    """A bar chart: one bar per label, or grouped bars when there are several series."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import HexColor

    colours = colours or PALETTE
    legend_h = 14 if names and len(series) > 1 else 0
    d = Drawing(width, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    left = 30
    if horizontal:
        # Room for the longest label (Welsh ones run long), up to 40% of the width; a longer one is cut.
        room = width * 0.4
        labels = [fit_label(label, room - 8) for label in labels]
        left = max(110.0, min(room, max((label_width(x) for x in labels), default=0) + 8))
    chart.x, chart.y = left, 20 + legend_h
    chart.width, chart.height = width - left - 14, height - 30 - legend_h
    chart.data = [[float(v or 0) for v in s] for s in series] or [[0]]
    chart.categoryAxis.categoryNames = labels
    top = max([max(s) if s else 0 for s in chart.data] + [1])
    step = (max_value / 4) if max_value else nice_ceiling(top / 4)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * 4
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = "%d" + value_suffix
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = HexColor("#e4e7ec")
    _axis_style(chart.categoryAxis)
    _axis_style(chart.valueAxis)
    if not horizontal and len(labels) > 8:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = HexColor(colours[i % len(colours)])
        chart.bars[i].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = HexColor(MUTED)
    chart.barLabels.nudge = 6 if horizontal else 5
    d.add(chart)
    if legend_h:
        legend = Legend()
        legend.x, legend.y = left, 8
        legend.fontName, legend.fontSize = FONT, 7
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.dx = legend.dy = 7
        legend.deltax = 80
        legend.colorNamePairs = [(HexColor(colours[i % len(colours)]), n) for i, n in enumerate(names)]
        d.add(legend)
    return d


# Each week's state in the coverage strip: its legend text and the mark drawn in its square,
# so the strip reads without colour (printed in grey, or by a reader who cannot tell red from green).
WEEK_STATES = {
    "covered": (QT_TRANSLATE_NOOP("BoardReport", "Visited"), "✓"),
    "missed": (QT_TRANSLATE_NOOP("BoardReport", "Missed"), "✗"),
    "abandoned": (QT_TRANSLATE_NOOP("BoardReport", "Abandoned only"), "!"),
    "closed": (QT_TRANSLATE_NOOP("BoardReport", "Closed"), "–"),
    "optional": (QT_TRANSLATE_NOOP("BoardReport", "Not expected"), ""),
}


def coverage_strip(rows: list[tuple[str, list[str]]], *, width: float, row_height: float = 13,
                   label_width: float = 100, language: str = "en"):
    """Places × weeks as squares, each coloured and marked: covered, missed, abandoned only, closed, not expected."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase.pdfmetrics import stringWidth

    tr = translator(language)

    colours = {"covered": "#2e7d32", "missed": "#c62828", "closed": "#b0b7c3", "optional": "#e4e7ec",
               "abandoned": "#e6a23c"}
    weeks = max((len(states) for _, states in rows), default=1)
    step = min(16.0, (width - label_width - 4) / max(1, weeks))
    height = row_height * len(rows) + 22
    d = Drawing(width, height)
    for r, (name, states) in enumerate(rows):
        y = height - (r + 1) * row_height
        d.add(String(0, y + 3, name[:22], fontName=FONT, fontSize=7.5, fillColor=HexColor(INK)))
        for w, state in enumerate(states):
            d.add(Rect(label_width + w * step, y + 1, step - 2, row_height - 3,
                       fillColor=HexColor(colours.get(state, "#ffffff")), strokeColor=None))
            mark = WEEK_STATES.get(state, ("", ""))[1]
            if mark:
                d.add(String(label_width + w * step + (step - 2) / 2, y + 3.5, mark, fontName=FONT, fontSize=7,
                             textAnchor="middle", fillColor=HexColor(_mark_ink(state))))
    x = label_width
    for state, (text, mark) in WEEK_STATES.items():
        d.add(Rect(x, 3, 10, 10, fillColor=HexColor(colours[state]), strokeColor=None))
        if mark:
            d.add(String(x + 5, 5, mark, fontName=FONT, fontSize=7, textAnchor="middle",
                         fillColor=HexColor(_mark_ink(state))))
        words = tr.translate("BoardReport", text)
        d.add(String(x + 13, 5, words, fontName=FONT, fontSize=7, fillColor=HexColor(MUTED)))
        x += 13 + stringWidth(words, FONT, 7) + 12
    d.add(String(label_width, height - 8, "", fontName=FONT, fontSize=1, fillColor=HexColor(NAVY)))
    return d


def label_width(text: str, size: float = 7) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, FONT, size)


def fit_label(text: str, room: float) -> str:
    """``text`` cut with an ellipsis so it fits in ``room`` points at the axis' 7 pt."""
    if label_width(text) <= room:
        return text
    while text and label_width(text + "…") > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _mark_ink(state: str) -> str:
    """White on the strong colours, ink on the pale ones."""
    return INK if state in ("closed", "optional", "abandoned") else "#ffffff"


def nice_ceiling(top: float) -> float:
    """A round axis maximum a little above ``top``."""

    if top <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(top))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= top:
            return step * magnitude
    return 10 * magnitude
