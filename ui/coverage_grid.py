"""The dashboard's coverage grid: places × weeks (or months, or fortnights: the scheme's visit target),
each square a symbol and a word as well as a colour.

A square says what happened in its symbol (✓ visited, ✗ missed…), its tooltip and
its accessible name ("Beaumont Leys, week of 3 March: visited"); the colour only
helps the eye. It is a real table, so the arrow keys walk it and a screen reader
reads each square.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from icvapp.ui.palette import Role, status_palette
from icvapp.ui.translation import translate

# state: (symbol, words, colour role), in the key's order.
STATES = {
    "covered": ("✓", QT_TRANSLATE_NOOP("CoverageGrid", "Visited"), Role.OK),
    "missed": ("✗", QT_TRANSLATE_NOOP("CoverageGrid", "Missed"), Role.ERROR),
    "abandoned": ("~", QT_TRANSLATE_NOOP("CoverageGrid", "Abandoned only"), Role.PARTIAL),
    "closed": ("–", QT_TRANSLATE_NOOP("CoverageGrid", "Closed"), Role.MUTED),
    "optional": ("○", QT_TRANSLATE_NOOP("CoverageGrid", "Not expected"), Role.NEUTRAL),
    "to_come": ("·", QT_TRANSLATE_NOOP("CoverageGrid", "Still to come"), Role.NEUTRAL),
}



def symbol(state: str) -> str:
    return STATES[state][0]


def words(state: str) -> str:
    return translate("CoverageGrid", STATES[state][1])


def week_text(week: dt.date, pattern: str = "d MMMM") -> str:
    return QLocale().toString(QDate(week), pattern)


class WeekGridModel(QAbstractTableModel):
    """Places as rows, weeks (the target's months or fortnights) as columns; a square holds the slot's state
    ('covered', 'missed'…). ``weeks`` holds each slot's first day."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, list[str]]] = []
        self.weeks: list[dt.date] = []
        self.every = "week"

    def set_rows(self, rows: list[tuple[str, list[str]]], weeks: list[dt.date], every: str = "week") -> None:
        self.beginResetModel()
        self.rows, self.weeks, self.every = rows, weeks, every
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else max((len(states) for _, states in self.rows), default=0)

    def describe(self, row: int, column: int) -> str:
        """What a screen reader says: 'Beaumont Leys, week of 3 March: visited'."""
        name, states = self.rows[row]
        state, start = words(states[column]).lower(), self.weeks[column]
        if self.every == "month":
            return translate("CoverageGrid", "{place}, {month}: {state}").format(
                place=name, month=week_text(start, "MMMM yyyy"), state=state)
        if self.every == "fortnight":
            return translate("CoverageGrid", "{place}, fortnight from {week}: {state}").format(
                place=name, week=week_text(start), state=state)
        return translate("CoverageGrid", "{place}, week of {week}: {state}").format(
            place=name, week=week_text(start), state=state)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        state = self.rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return symbol(state)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(index.row(), index.column())
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            swatch = status_palette()[STATES[state][2]]
            return QBrush(swatch.fill if role == Qt.ItemDataRole.BackgroundRole else swatch.ink)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.rows[section][0]
            return None
        week = self.weeks[section]
        if self.every == "month":
            if role == Qt.ItemDataRole.DisplayRole:  # the year only where it changes
                new_year = section == 0 or self.weeks[section - 1].year != week.year
                return week_text(week, "MMM") + "\n" + (week_text(week, "yyyy") if new_year else "")
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return week_text(week, "MMMM yyyy")
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # the month only where it changes, so the days fit
            new_month = section == 0 or self.weeks[section - 1].month != week.month
            return (week_text(week, "MMM") if new_month else "") + "\n" + week_text(week, "d")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if self.every == "fortnight":
                return translate("CoverageGrid", "Fortnight from Monday {week}").format(
                    week=week_text(week, "d MMMM yyyy"))
            return translate("CoverageGrid", "Week of Monday {week}").format(
                week=week_text(week, "d MMMM yyyy"))
        return None


class WeekGrid(QTableView):
    """The coverage grid, one small square per place and week, read with the arrow keys."""

    SQUARE = 26

    def __init__(self) -> None:
        super().__init__()
        self.grid_model = WeekGridModel(self)
        self.setModel(self.grid_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab moves on; the arrows walk the weeks
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(self.SQUARE)
        self.horizontalHeader().setMinimumSectionSize(self.SQUARE)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.SQUARE - 2)
        self.setAccessibleName(translate("CoverageGrid", "Coverage by place and period"))

    @property
    def rows(self) -> list[tuple[str, list[str]]]:
        return self.grid_model.rows

    def set_rows(self, rows: list[tuple[str, list[str]]], weeks: list[dt.date], every: str = "week") -> None:
        self.grid_model.set_rows(rows, weeks, every)
        self.setAccessibleDescription("; ".join(summary_line(name, states, every) for name, states in rows))
        header = self.horizontalHeader()
        for col in range(self.grid_model.columnCount()):  # a month's name may be wider than a square
            header.resizeSection(col, max(self.SQUARE, header.sectionSizeHint(col)))
        self.fit()

    def fit(self) -> None:
        """As big as the squares and no bigger; a year's weeks scroll sideways when the window is narrow."""
        frame = 2 * self.frameWidth()
        self.setMaximumWidth(self.verticalHeader().sizeHint().width() + self.horizontalHeader().length() + frame)
        narrow = self.width() < self.maximumWidth()
        scroll = self.horizontalScrollBar().sizeHint().height() if narrow else 0
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + (self.SQUARE - 2) * len(self.rows)
                            + scroll + frame)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()


SUMMARY_LINES = {
    "week": QT_TRANSLATE_NOOP("CoverageGrid", "{place}: {covered} weeks visited, {missed} missed, {closed} closed"),
    "fortnight": QT_TRANSLATE_NOOP("CoverageGrid", "{place}: {covered} fortnights visited, {missed} missed, "
                                                   "{closed} closed"),
    "month": QT_TRANSLATE_NOOP("CoverageGrid", "{place}: {covered} months visited, {missed} missed, {closed} closed"),
}


def summary_line(name: str, states: list[str], every: str = "week") -> str:
    return translate("CoverageGrid", SUMMARY_LINES.get(every, SUMMARY_LINES["week"])).format(
        place=name, covered=states.count("covered"), missed=states.count("missed"), closed=states.count("closed"))


def legend() -> QLabel:
    """The key under the grid: each symbol with its words, on its square colour."""
    label = QLabel(legend_html())
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAccessibleName(translate("CoverageGrid", "Key to the coverage grid"))
    label.setAccessibleDescription(legend_text())
    return label


def legend_html() -> str:
    colours = status_palette()
    chips = []
    for state, (mark, _, role) in STATES.items():
        swatch = colours[role]
        chips.append(f'<span style="background:{swatch.fill.name()}; color:{swatch.ink.name()};">'
                     f"&nbsp;{escape(mark)}&nbsp;</span>&nbsp;{escape(words(state))}")
    return translate("CoverageGrid", "Key:") + " " + " &nbsp; ".join(chips)


def legend_text() -> str:
    return "; ".join(f"{mark} {words(state)}" for state, (mark, _, _) in STATES.items())
