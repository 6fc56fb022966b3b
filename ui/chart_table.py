"""The dashboard's bar charts, each with a table of the same figures for the keyboard and screen readers.

Figures are rounded once (:func:`rounded`) and formatted through ``QLocale``,
so the bar's label, the table and the accessible description say the same
"88.9%", never "88.8889". The charts take their colours from the palette.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icvapp.reports.charts import nice_ceiling
from icvapp.ui.palette import Role, status_palette
from icvapp.ui.translation import translate

PERCENT_DECIMALS = 1
PERCENT_TOP = 120.0  # room above 100 so a full bar's label sits outside the bar, on the chart's background



def rounded(value: float | None, *, percent: bool) -> float:
    """The figure a chart shows: a percentage to one decimal place, a count as it is."""
    number = float(value or 0)
    return round(number, PERCENT_DECIMALS) if percent else number


def figure_text(value: float | None, *, percent: bool, locale: QLocale | None = None) -> str:
    """'88.9%', '100%', '1,035' in the user's locale; '—' for no figure."""
    if value is None:
        return "—"
    locale = locale or QLocale()
    number = rounded(value, percent=percent)
    decimals = PERCENT_DECIMALS if percent and number != int(number) else 0
    text = locale.toString(number, "f", decimals)
    return text + locale.percent() if percent else text


def chart_view(title: str, labels: list[str], values: list[float], *, percent: bool = False,
               horizontal: bool = False) -> QChartView:
    """A one-series bar chart in the palette's colours; its figures are also its accessible description."""
    colours, palette = status_palette(), QApplication.palette()
    ink = palette.color(QPalette.ColorRole.Text)
    if horizontal:  # Qt draws the first category at the bottom; read top-down, as the table does
        labels, values = labels[::-1], values[::-1]
    shown = [rounded(v, percent=percent) for v in values]
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.setBackgroundBrush(QBrush(colours.base))
    chart.setTitleBrush(QBrush(ink))
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())
    bars = QBarSet(title)
    bars.setColor(colours[Role.OK if percent else Role.INFO].text)
    bars.setBorderColor(colours[Role.OK if percent else Role.INFO].text)
    bars.append(shown)
    bars.setLabelColor(ink)  # drawn outside the bar, on the chart's base
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value" + (QLocale().percent() if percent else ""))
    chart.addSeries(series)
    categories, numbers = QBarCategoryAxis(), value_axis(shown, percent=percent)
    categories.append(labels)
    if hasattr(categories, "setTruncateLabels"):
        categories.setTruncateLabels(False)  # "Update on case or release time", not "…"
    for axis in (categories, numbers):
        axis.setLabelsColor(ink)
        axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(numbers, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(numbers)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    view.setAccessibleName(title)
    in_order = zip(labels[::-1], values[::-1], strict=True) if horizontal else zip(labels, values, strict=True)
    view.setAccessibleDescription("; ".join(f"{k}: {figure_text(v, percent=percent)}" for k, v in in_order))
    view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return view


def value_axis(values: list[float], *, percent: bool) -> QValueAxis:
    axis = QValueAxis()
    if percent:
        axis.setRange(0, PERCENT_TOP)
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(25)
    else:
        axis.setRange(0, nice_top(max([1.0, *values]) * 1.1))
        axis.setTickCount(5)
    axis.setLabelFormat("%.0f")  # with localised numbers Qt draws no "%d" label at all
    return axis


def nice_top(value: float) -> float:
    """An axis top a little above ``value`` that splits into four round steps (as the Board's charts do)."""
    return max(4.0, 4 * nice_ceiling(value / 4))


def figures_table(title: str, labels: list[str], values: list[float], *, percent: bool = False) -> QTableView:
    """The chart's figures as a two-column table, read entry by entry with the arrow keys."""
    model = QStandardItemModel(0, 2)
    figure = translate("ChartTable", "Per cent") if percent else translate("ChartTable", "Number")
    model.setHorizontalHeaderLabels([translate("ChartTable", "Item"), figure])
    for label, value in zip(labels, values, strict=True):
        figure = QStandardItem(figure_text(value, percent=percent))
        figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        model.appendRow([QStandardItem(label), figure])
    table = QTableView()
    table.setModel(model)
    model.setParent(table)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    table.setAccessibleName(translate("ChartTable", "{title} (table)").format(title=title))
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    rows = table.verticalHeader().defaultSectionSize() * model.rowCount()
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth())
    return table


class ChartPanel(QStackedWidget):
    """A chart, or the same figures as a table: the dashboard switches all panels at once."""

    def __init__(self, title: str, labels: list[str], values: list[float], *, percent: bool = False,
                 horizontal: bool = False) -> None:
        super().__init__()
        self.chart = chart_view(title, labels, values, percent=percent, horizontal=horizontal)
        self.table = figures_table(title, labels, values, percent=percent)
        self.page = QWidget()
        column = QVBoxLayout(self.page)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(f"<b>{escape(title)}</b>")
        caption.setBuddy(self.table)
        column.addWidget(caption)
        column.addWidget(self.table)
        column.addStretch(1)
        self.addWidget(self.chart)
        self.addWidget(self.page)
        self.setAccessibleName(title)

    def show_table(self, as_table: bool) -> None:
        self.setCurrentWidget(self.page if as_table else self.chart)
